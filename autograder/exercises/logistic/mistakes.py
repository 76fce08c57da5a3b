"""Mistake zoo of nnref.logistic: wrong answer cells that must lose points with their hint.

Each entry is the whole answer cell a student might have written (see
:mod:`autograder.exercises.zoo`), so rewording the solution never breaks it.
"""

from autograder.exercises.zoo import Mistake

_M = Mistake

MISTAKES = [
    # --------------------------------------------------------------- sigmoid
    _M(
        "logistic.sigmoid",
        "exp-sign",
        "drops the minus sign in the exponent",
        """def sigmoid(z):
    s = 1 / (1 + np.exp(z))
    return s
""",
        "np.exp(z) has the wrong sign",
    ),
    _M(
        "logistic.sigmoid",
        "precedence",
        "leaves out the parentheses around the denominator",
        """def sigmoid(z):
    s = 1 / 1 + np.exp(-z)
    return s
""",
        "put the denominator in parentheses",
    ),
    _M(
        "logistic.sigmoid",
        "missing-1-plus",
        "forgets the 1 + in the denominator",
        """def sigmoid(z):
    s = 1 / np.exp(-z)
    return s
""",
        "missing the 1 +",
    ),
    _M(
        "logistic.sigmoid",
        "minus-in-denominator",
        "subtracts exp(-z) in the denominator",
        """def sigmoid(z):
    s = 1 / (1 - np.exp(-z))
    return s
""",
        "the denominator adds",
    ),
    _M(
        "logistic.sigmoid",
        "tanh",
        "uses np.tanh as if it were the sigmoid",
        """def sigmoid(z):
    s = np.tanh(z)
    return s
""",
        "that is np.tanh",
    ),
    _M(
        "logistic.sigmoid",
        "derivative",
        "returns the sigmoid derivative s * (1 - s) from the previous notebook",
        """def sigmoid(z):
    s = np.exp(-z) / (1 + np.exp(-z)) ** 2
    return s
""",
        "the derivative s * (1 - s)",
    ),
    _M(
        "logistic.sigmoid",
        "typed-e",
        "types e in as 2.718 instead of calling np.exp",
        """def sigmoid(z):
    s = 1 / (1 + 2.718 ** (-z))
    return s
""",
        "a typed-in 2.718",
    ),
    # ------------------------------------------------- initialize_with_zeros
    _M(
        "logistic.initialize_with_zeros",
        "row-vector",
        "makes w a row (1, dim)",
        """def initialize_with_zeros(dim):
    w = np.zeros((1, dim))
    b = 0.0
    return w, b
""",
        "the shape is transposed",
    ),
    _M(
        "logistic.initialize_with_zeros",
        "flat",
        "makes w a flat (dim,) array",
        """def initialize_with_zeros(dim):
    w = np.zeros(dim)
    b = 0.0
    return w, b
""",
        "reshape(-1, 1)",
    ),
    _M(
        "logistic.initialize_with_zeros",
        "square",
        "makes w a dim x dim matrix",
        """def initialize_with_zeros(dim):
    w = np.zeros((dim, dim))
    b = 0.0
    return w, b
""",
        "not a dim x dim matrix",
    ),
    _M(
        "logistic.initialize_with_zeros",
        "int-dtype",
        "asks for integer zeros",
        """def initialize_with_zeros(dim):
    w = np.zeros((dim, 1), dtype=int)
    b = 0.0
    return w, b
""",
        "dtype=int",
    ),
    _M(
        "logistic.initialize_with_zeros",
        "array-bias",
        "makes b a (1, 1) array instead of a number",
        """def initialize_with_zeros(dim):
    w = np.zeros((dim, 1))
    b = np.zeros((1, 1))
    return w, b
""",
        "use float(...)",
    ),
    _M(
        "logistic.initialize_with_zeros",
        "ones",
        "starts w at ones",
        """def initialize_with_zeros(dim):
    w = np.ones((dim, 1))
    b = 0.0
    return w, b
""",
        "np.zeros, not np.ones",
    ),
    _M(
        "logistic.initialize_with_zeros",
        "python-list",
        "builds w as a Python list of lists",
        """def initialize_with_zeros(dim):
    w = [[0.0]] * dim
    b = 0.0
    return w, b
""",
        "wrap it with np.array",
    ),
    _M(
        "logistic.initialize_with_zeros",
        "bias-row",
        "adds an extra row for the bias to w",
        """def initialize_with_zeros(dim):
    w = np.zeros((dim + 1, 1))
    b = 0.0
    return w, b
""",
        "b is kept separately",
    ),
    # ------------------------------------------------------------- propagate
    _M(
        "logistic.propagate",
        "cost-missing-1/m",
        "sums the losses but never divides by m",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "factor of m",
    ),
    _M(
        "logistic.propagate",
        "cost-sign",
        "leaves out the minus sign of the cross-entropy",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "the sign is flipped",
    ),
    _M(
        "logistic.propagate",
        "cost-no-1-minus-y",
        "keeps only the Y log A term of the cost",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A)) / m
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "leaves out the (1 - Y) * log(1 - A) term",
    ),
    _M(
        "logistic.propagate",
        "cost-mean-and-1/m",
        "takes np.mean and then divides by m again",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "divide by m only once",
    ),
    _M(
        "logistic.propagate",
        "dw-missing-1/m",
        "forgets to average dw over the examples",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "factor of m",
    ),
    _M(
        "logistic.propagate",
        "dw-transposed",
        "computes dw as dZ @ X.T, a row",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = dZ @ X.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "the shape is transposed",
    ),
    _M(
        "logistic.propagate",
        "dw-elementwise",
        "multiplies X and dZ element-wise and never sums over the examples",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = X * dZ / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "one value per row is expected",
    ),
    _M(
        "logistic.propagate",
        "db-missing-1/m",
        "sums dZ for db but never divides by m",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ)
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "factor of m",
    ),
    _M(
        "logistic.propagate",
        "dz-sign",
        "writes dZ = Y - A",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = Y - A
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "the sign is flipped",
    ),
    _M(
        "logistic.propagate",
        "dz-is-A",
        "forgets to subtract the labels: dZ = A",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "the labels Y are left out",
    ),
    _M(
        "logistic.propagate",
        "no-bias",
        "leaves b out of the forward pass",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(w.T @ X)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "A leaves out the bias",
    ),
    _M(
        "logistic.propagate",
        "no-sigmoid",
        "forgets the sigmoid: A = w.T @ X + b",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = w.T @ X + b
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "A needs the sigmoid",
    ),
    _M(
        "logistic.propagate",
        "A-column",
        "computes X.T @ w, a column (m, 1), which broadcasts against Y into (m, m)",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    # forward pass
    A = sigmoid(X.T @ w + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    # backward pass
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
        "A should be a row (1, m)",
    ),
    # -------------------------------------------------------------- optimize
    _M(
        "logistic.optimize",
        "ascent",
        "adds the gradient instead of subtracting it",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w + learning_rate * grads["dw"]
        b = b + learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
        "gradient descent subtracts",
    ),
    _M(
        "logistic.optimize",
        "b-not-updated",
        "updates w only and forgets b",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        pass
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
        "b is never updated",
    ),
    _M(
        "logistic.optimize",
        "in-place",
        "updates w in place with -=, changing the caller's array",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w -= learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
        "modified its input",
    ),
    _M(
        "logistic.optimize",
        "default-rate",
        "hard-codes the default step 0.009 instead of using learning_rate",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - 0.009 * grads["dw"]
        b = b - 0.009 * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
        "a fixed 0.009",
    ),
    _M(
        "logistic.optimize",
        "cost-after-update",
        "recomputes the cost after the update and records that one",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        _, cost = propagate(w, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
        "costs records the cost after the update",
    ),
    _M(
        "logistic.optimize",
        "divides-by-m",
        "averages the already averaged gradients over m once more",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"] / X.shape[1]
        b = b - learning_rate * grads["db"] / X.shape[1]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
        "don't divide by m again",
    ),
    _M(
        "logistic.optimize",
        "b-no-rate",
        "forgets the learning rate in the update of b",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
        "the step of b is missing the learning_rate",
    ),
    _M(
        "logistic.optimize",
        "w-ascent",
        "adds the step to w (and subtracts it from b)",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w + learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
        "training diverges",
    ),
    # --------------------------------------------------------------- predict
    _M(
        "logistic.predict",
        "probabilities",
        "returns the probabilities A instead of 0/1 labels",
        """def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    Y_prediction = A
    return Y_prediction
""",
        "not the probabilities A",
    ),
    _M(
        "logistic.predict",
        "no-bias",
        "leaves b out of the forward pass",
        """def predict(w, b, X):
    A = sigmoid(w.T @ X)
    Y_prediction = (A > 0.5).astype(float)
    return Y_prediction
""",
        "A leaves out the bias",
    ),
    _M(
        "logistic.predict",
        "threshold-0",
        "compares the probability with 0, as if it were the score z",
        """def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    Y_prediction = (A > 0).astype(float)
    return Y_prediction
""",
        "not with 0",
    ),
    _M(
        "logistic.predict",
        "no-sigmoid",
        "thresholds the score w.T @ X + b at 0.5",
        """def predict(w, b, X):
    A = w.T @ X + b
    Y_prediction = (A > 0.5).astype(float)
    return Y_prediction
""",
        "apply the sigmoid before comparing",
    ),
    _M(
        "logistic.predict",
        "reversed",
        "labels 1 where A < 0.5",
        """def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    Y_prediction = (A < 0.5).astype(float)
    return Y_prediction
""",
        "the comparison is reversed",
    ),
    _M(
        "logistic.predict",
        "loop-rows",
        "loops over A.shape[0] (one row) instead of the m examples",
        """def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    Y_prediction = np.zeros((1, X.shape[1]))
    for i in range(A.shape[0]):
        Y_prediction[0, i] = 1.0 if A[0, i] > 0.5 else 0.0
    return Y_prediction
""",
        "range(A.shape[1])",
    ),
    _M(
        "logistic.predict",
        "column",
        "computes X.T @ w, one prediction per row instead of per column",
        """def predict(w, b, X):
    A = sigmoid(X.T @ w + b)
    Y_prediction = (A > 0.5).astype(float)
    return Y_prediction
""",
        "the shape is transposed",
    ),
    # ----------------------------------------------------------------- model
    _M(
        "logistic.model",
        "default-rate",
        "calls optimize without the learning rate, so it trains with the default",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations
    )
    w, b = params["w"], params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    d = {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
    return d
""",
        "trains with its default 0.009",
    ),
    _M(
        "logistic.model",
        "fixed-rate",
        "passes the default 0.5 of model instead of learning_rate",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, 0.5, print_cost
    )
    w, b = params["w"], params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    d = {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
    return d
""",
        "not a fixed 0.5",
    ),
    _M(
        "logistic.model",
        "trains-on-test",
        "trains on the test set",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_test, Y_test, num_iterations, learning_rate, print_cost
    )
    w, b = params["w"], params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    d = {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
    return d
""",
        "the test set is only for predict",
    ),
    _M(
        "logistic.model",
        "test-predictions-on-train",
        "predicts the training examples for Y_prediction_test",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w, b = params["w"], params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_train)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    d = {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
    return d
""",
        "Y_prediction_test must be predict(w, b, X_test)",
    ),
    _M(
        "logistic.model",
        "untrained",
        "never takes w and b out of params, so it predicts with the initial zeros",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    d = {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
    return d
""",
        "not the zeros you started from",
    ),
    _M(
        "logistic.model",
        "grads-as-params",
        "takes w and b from the gradients",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w, b = grads["dw"], grads["db"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    d = {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
    return d
""",
        "not from grads",
    ),
    _M(
        "logistic.model",
        "rescales",
        "divides the (already scaled) inputs by 255 again",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    X_train, X_test = X_train / 255, X_test / 255
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w, b = params["w"], params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    d = {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
    return d
""",
        "don't divide X by 255",
    ),
]
