"""Accepted variants of the Week 2 logistic-regression notebook (logistic_regression.ipynb).

Round r of the notebook holds the r-th variant of every function at once, so the variants of
one round must work together in the notebook's own cells (the gradient check after
``propagate`` prints ``grads["db"]`` with ``:.8f``, for instance).
"""

from autograder.exercises.zoo import Variant

_V = Variant

# ------------------------------------------------------------------------ sigmoid

_SIG = "logistic.sigmoid"

_SIGMOID = [
    _V(
        _SIG,
        "float-literals",
        "1.0 / (1.0 + np.exp(-z)) with float literals and no intermediate name",
        """def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
""",
    ),
    _V(
        _SIG,
        "math-exp-loop-stable",
        "math.exp in a loop over every element (np.ndenumerate), the stable two-branch form",
        """import math


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    s = np.empty_like(z)
    for index, value in np.ndenumerate(z):
        if value >= 0:
            s[index] = 1 / (1 + math.exp(-value))
        else:
            e = math.exp(value)
            s[index] = e / (1 + e)
    return s
""",
    ),
    _V(
        _SIG,
        "vectorize-helper",
        "a scalar helper with math.exp, applied with np.vectorize inside the function",
        """import math


def _sigmoid_of_number(x):
    if x < -700:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def sigmoid(z):
    s = np.vectorize(_sigmoid_of_number, otypes=[float])(z)
    return s
""",
    ),
    _V(
        _SIG,
        "e-power",
        "np.e ** (-z) instead of np.exp(-z)",
        """def sigmoid(z):
    s = 1 / (1 + np.e ** (-z))
    return s
""",
    ),
    _V(
        _SIG,
        "where-stable",
        "np.where between 1/(1+e^-z) and e^z/(1+e^z), with np.errstate to silence overflow",
        """def sigmoid(z):
    with np.errstate(over="ignore", invalid="ignore"):
        positive = 1 / (1 + np.exp(-z))
        negative = np.exp(z) / (1 + np.exp(z))
    s = np.where(z >= 0, positive, negative)
    return s
""",
    ),
    _V(
        _SIG,
        "tanh-identity",
        "the identity sigmoid(z) = (1 + tanh(z / 2)) / 2",
        """def sigmoid(z):
    s = 0.5 * (1 + np.tanh(z / 2))
    return s
""",
    ),
    _V(
        _SIG,
        "softplus",
        "exp(-log(1 + exp(-z))) with np.logaddexp, never overflows",
        """def sigmoid(z):
    s = np.exp(-np.logaddexp(0, -z))
    return s
""",
    ),
    _V(
        _SIG,
        "module-level-vectorized",
        "np.vectorize of a math.exp helper, built once at the top of the cell",
        """import math


def _one_sigmoid(x):
    return 1 / (1 + math.exp(-x)) if x > -700 else 0.0


_sigmoid_all = np.vectorize(_one_sigmoid, otypes=[float])


def sigmoid(z):
    return _sigmoid_all(z)
""",
    ),
]

_SIGMOID.append(
    _V(
        _SIG,
        "vectorize-decorator",
        "a scalar helper decorated with @np.vectorize, stable for very negative numbers",
        """import math


@np.vectorize
def _sigmoid_number(x):
    if x < 0:
        e = math.exp(x)
        return e / (1.0 + e)
    return 1.0 / (1.0 + math.exp(-x))


def sigmoid(z):
    s = _sigmoid_number(z)
    return s
""",
    )
)

# ------------------------------------------------------------ initialize_with_zeros

_INIT = "logistic.initialize_with_zeros"

_INITIALIZE = [
    _V(
        _INIT,
        "int-b",
        "b = 0, a Python int, and np.zeros(shape=...) by keyword",
        """def initialize_with_zeros(dim):
    w = np.zeros(shape=(dim, 1))
    b = 0
    return w, b
""",
    ),
    _V(
        _INIT,
        "classic-asserts",
        "the classic template's assert lines on the shape and the type of b",
        """def initialize_with_zeros(dim):
    w = np.zeros((dim, 1))
    b = 0.0
    assert w.shape == (dim, 1)
    assert isinstance(b, float) or isinstance(b, int)
    return w, b
""",
    ),
    _V(
        _INIT,
        "reshape-float-b",
        "a flat np.zeros(dim) reshaped to a column, b = float(0)",
        """def initialize_with_zeros(dim):
    w = np.zeros(dim).reshape(dim, 1)
    b = float(0)
    return w, b
""",
    ),
    _V(
        _INIT,
        "float64-b-list-shape",
        "the shape as a list with an explicit dtype, b a NumPy float64",
        """def initialize_with_zeros(dim):
    w = np.zeros([dim, 1], dtype=float)
    b = np.float64(0)
    return w, b
""",
    ),
    _V(
        _INIT,
        "full",
        "np.full with 0.0, returned as an explicit tuple",
        """def initialize_with_zeros(dim):
    w = np.full((dim, 1), 0.0)
    b = 0.0
    return (w, b)
""",
    ),
    _V(
        _INIT,
        "list-of-rows",
        "a column built from a list comprehension of one-element rows",
        """def initialize_with_zeros(dim):
    w = np.array([[0.0] for _ in range(dim)])
    b = 0.0
    return w, b
""",
    ),
    _V(
        _INIT,
        "newaxis-import",
        "imports numpy inside the function and adds the column axis with np.newaxis",
        """def initialize_with_zeros(dim):
    import numpy as np

    w = np.zeros(dim)[:, np.newaxis]
    b = 0.0
    return w, b
""",
    ),
]

# ------------------------------------------------------------------------ propagate

_PROP = "logistic.propagate"

_PROPAGATE = [
    _V(
        _PROP,
        "classic-np-dot",
        "the classic template: np.dot, -1/m * np.sum, np.squeeze(np.array(cost)), NumPy results",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dw = 1 / m * np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)
    cost = np.squeeze(np.array(cost))
    grads = {"dw": dw, "db": db}
    return grads, cost
""",
    ),
    _V(
        _PROP,
        "dot-cross-entropy",
        "the cost as np.dot(Y, log(A).T) + np.dot(1 - Y, log(1 - A).T), squeezed to 0-d",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -(np.dot(Y, np.log(A).T) + np.dot(1 - Y, np.log(1 - A).T)) / m
    cost = np.squeeze(cost)
    dZ = A - Y
    dw = np.dot(X, dZ.T) / m
    db = np.sum(dZ) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
    ),
    _V(
        _PROP,
        "loop-over-examples",
        "a loop over the examples with math.log on the term of each label",
        """import math


def propagate(w, b, X, Y):
    n_x, m = X.shape
    cost = 0.0
    dw = np.zeros((n_x, 1))
    db = 0.0
    for i in range(m):
        x = X[:, i].reshape(n_x, 1)
        a = float(sigmoid(np.dot(w[:, 0], x[:, 0]) + b))
        y = Y[0, i]
        if y == 1:
            cost -= math.log(a)
        else:
            cost -= math.log(1 - a)
        dw += (a - y) * x
        db += a - y
    cost = cost / m
    dw = dw / m
    db = db / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
    ),
    _V(
        _PROP,
        "einsum-mean",
        "np.einsum for both products, np.mean for the cost and db",
        """def propagate(w, b, X, Y):
    A = sigmoid(np.einsum("ij,ik->jk", w, X) + b)
    cost = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dZ = A - Y
    dw = np.einsum("ij,kj->ik", X, dZ) / X.shape[1]
    db = np.mean(dZ)
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
    ),
    _V(
        _PROP,
        "matmul-multiply-asserts",
        "np.matmul and np.multiply, m from X.shape[-1], assert lines, db left a NumPy float",
        """def propagate(w, b, X, Y):
    m = X.shape[-1]
    A = sigmoid(np.matmul(w.T, X) + b)
    logprobs = np.multiply(Y, np.log(A)) + np.multiply(1 - Y, np.log(1 - A))
    cost = -np.sum(logprobs) / m
    dw = np.matmul(X, (A - Y).T) / m
    db = np.sum(A - Y) / m
    assert dw.shape == w.shape
    assert db.dtype == float
    cost = np.squeeze(cost)
    assert cost.shape == ()
    grads = {"dw": dw, "db": db}
    return grads, cost
""",
    ),
    _V(
        _PROP,
        "where-loss-size",
        "the loss of each example picked with np.where on the label, m from Y.size",
        """def propagate(w, b, X, Y):
    m = Y.size
    A = sigmoid(w.T @ X + b)
    with np.errstate(divide="ignore"):
        losses = np.where(Y == 1, -np.log(A), -np.log(1 - A))
    cost = losses.sum() / m
    dw = X @ (A - Y).T / m
    db = (A - Y).sum() / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
    ),
    _V(
        _PROP,
        "logaddexp-from-z",
        "the cost from Z as mean(log(1 + e^Z) - Y Z) with np.logaddexp, A only for the gradient",
        """def propagate(w, b, X, Y):
    m = X.shape[1]
    Z = w.T @ X + b
    A = sigmoid(Z)
    cost = np.sum(np.logaddexp(0, Z) - Y * Z) / m
    dw = X @ (A - Y).T / m
    db = np.sum(A - Y) / m
    grads = {"dw": dw, "db": float(db)}
    return grads, float(cost)
""",
    ),
    _V(
        _PROP,
        "transposed-dw-item",
        "dw as ((A - Y) X^T)^T, db summed with keepdims then .item()",
        """def propagate(w, b, X, Y):
    m = len(Y[0])
    A = sigmoid(np.dot(w.T, X) + b)
    cost = (-1 / m) * (np.sum(Y * np.log(A)) + np.sum((1 - Y) * np.log(1 - A)))
    dw = (np.dot(A - Y, X.T) / m).T
    db = np.sum(A - Y, axis=1, keepdims=True) / m
    grads = {"dw": dw, "db": db.item()}
    return grads, cost
""",
    ),
]

# ------------------------------------------------------------------------- optimize

_OPT = "logistic.optimize"

_OPTIMIZE = [
    _V(
        _OPT,
        "classic-template",
        "the classic template: dw, db unpacked, a %-formatted print, grads rebuilt at the end",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        dw = grads["dw"]
        db = grads["db"]
        w = w - learning_rate * dw
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
        if print_cost and i % 100 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    params = {"w": w, "b": b}
    grads = {"dw": dw, "db": db}
    return params, grads, costs
""",
    ),
    _V(
        _OPT,
        "deepcopy-inplace",
        "copy.deepcopy of w and b first, then in-place -= updates on the copies",
        """import copy


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    w = copy.deepcopy(w)
    b = copy.deepcopy(b)
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w -= learning_rate * grads["dw"]
        b -= learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    params = {"w": w, "b": b}
    return params, grads, costs
""",
    ),
    _V(
        _OPT,
        "copy-method-subtract-out",
        "w.copy() then np.subtract(..., out=w), costs stored as float(cost)",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    w = w.copy()
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        np.subtract(w, learning_rate * grads["dw"], out=w)
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(float(cost))
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    return {"w": w, "b": b}, grads, costs
""",
    ),
    _V(
        _OPT,
        "while-keywords",
        "a while loop, propagate called with keyword arguments, a tuple update",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    i = 0
    while i < num_iterations:
        grads, cost = propagate(w=w, b=b, X=X, Y=Y)
        dw, db = grads["dw"], grads["db"]
        w, b = w - learning_rate * dw, b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
        i += 1
    params = dict(w=w, b=b)
    return params, grads, costs
""",
    ),
    _V(
        _OPT,
        "plot-costs",
        "plots the recorded costs with matplotlib at the end (pyplot imported at the top)",
        """import matplotlib.pyplot as plt


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    plt.plot(costs)
    plt.ylabel("cost")
    plt.xlabel("iterations (per hundreds)")
    plt.title("Learning rate = " + str(learning_rate))
    plt.show()
    params = {"w": w, "b": b}
    return params, grads, costs
""",
    ),
    _V(
        _OPT,
        "always-prints",
        "prints progress every 100 iterations whatever print_cost says",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            print("iteration", i, "cost", cost)
    print("final b:", b)
    params = {"w": w, "b": b}
    return params, grads, costs
""",
    ),
    _V(
        _OPT,
        "multiply-import-inside",
        "imports numpy inside, updates with np.multiply, costs kept from a separate list of all",
        """def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    import numpy as np

    all_costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        all_costs.append(cost)
        w = w - np.multiply(learning_rate, grads["dw"])
        b = b - np.multiply(learning_rate, grads["db"])
        if print_cost and i % 100 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    costs = all_costs[::100]
    params = {"w": w, "b": b}
    return params, grads, costs
""",
    ),
]

# -------------------------------------------------------------------------- predict

_PRED = "logistic.predict"

_PREDICT = [
    _V(
        _PRED,
        "classic-loop",
        "the classic template: w reshaped, a loop filling np.zeros((1, m)) with 1 or 0",
        """def predict(w, b, X):
    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    w = w.reshape(X.shape[0], 1)
    A = sigmoid(np.dot(w.T, X) + b)
    for i in range(A.shape[1]):
        if A[0, i] > 0.5:
            Y_prediction[0, i] = 1
        else:
            Y_prediction[0, i] = 0
    return Y_prediction
""",
    ),
    _V(
        _PRED,
        "where-int",
        "np.where(A > 0.5, 1, 0): an int array",
        """def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    Y_prediction = np.where(A > 0.5, 1, 0)
    return Y_prediction
""",
    ),
    _V(
        _PRED,
        "bool",
        "returns the boolean comparison A > 0.5 as it is",
        """def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    return A > 0.5
""",
    ),
    _V(
        _PRED,
        "round",
        "np.round(A): 0.5 rounds to 0, so the same labels as A > 0.5",
        """def predict(w, b, X):
    A = sigmoid(np.dot(w.T, X) + b)
    Y_prediction = np.round(A)
    return Y_prediction
""",
    ),
    _V(
        _PRED,
        "greater-times-one",
        "np.greater(A, 0.5) * 1.0, with w reshaped by reshape(-1, 1)",
        """def predict(w, b, X):
    w = w.reshape(-1, 1)
    A = sigmoid(np.matmul(w.T, X) + b)
    Y_prediction = np.greater(A, 0.5) * 1.0
    return Y_prediction
""",
    ),
    _V(
        _PRED,
        "enumerate-ravel",
        "a loop over A.ravel() with enumerate, m from np.size(X, 1)",
        """def predict(w, b, X):
    m = np.size(X, 1)
    Y_prediction = np.zeros((1, m))
    A = sigmoid(w.T @ X + b)
    for i, a in enumerate(A.ravel()):
        Y_prediction[0, i] = 1.0 if a > 0.5 else 0.0
    return Y_prediction
""",
    ),
    _V(
        _PRED,
        "list-comprehension",
        "a list comprehension of ints wrapped back into a (1, m) array",
        """def predict(w, b, X):
    A = sigmoid(np.dot(w.T, X) + b)
    Y_prediction = np.array([[1 if a > 0.5 else 0 for a in A[0]]])
    return Y_prediction
""",
    ),
]

_OPTIMIZE.append(
    _V(
        _OPT,
        "pyplot-from-import",
        "from matplotlib import pyplot as plt at the top, the curve drawn when print_cost is set",
        """from matplotlib import pyplot as plt


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    fig, ax = plt.subplots()
    ax.plot(np.arange(len(costs)) * 100, costs)
    ax.set_xlabel("iteration")
    plt.close(fig)
    return {"w": w, "b": b}, grads, costs
""",
    )
)
_PREDICT.append(
    _V(
        _PRED,
        "mask-assign",
        "np.zeros((1, m)) with the positive entries set through a boolean mask",
        """def predict(w, b, X):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    Y_prediction = np.zeros((1, m))
    Y_prediction[A > 0.5] = 1
    return Y_prediction
""",
    )
)

# ---------------------------------------------------------------------------- model

_MODEL = "logistic.model"

_MODEL_VARIANTS = [
    _V(
        _MODEL,
        "classic-template",
        "the classic template: parameters/grads unpacked, accuracy as 100 - mean(|Yp - Y|) * 100",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    parameters, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w = parameters["w"]
    b = parameters["b"]
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    if print_cost:
        print(
            "train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100)
        )
        print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))
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
    ),
    _V(
        _MODEL,
        "keyword-args",
        "optimize called with keyword arguments in another order, dim from len(X_train)",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    dim = len(X_train)
    w, b = initialize_with_zeros(dim)
    params, _, costs = optimize(
        w,
        b,
        X_train,
        Y_train,
        learning_rate=learning_rate,
        print_cost=print_cost,
        num_iterations=num_iterations,
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
    ),
    _V(
        _MODEL,
        "dict-constructor",
        "the result built with dict(...), parameters read with .get, test predicted first",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(np.shape(X_train)[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w = params.get("w")
    b = params.get("b")
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    return dict(
        costs=costs,
        Y_prediction_test=Y_prediction_test,
        Y_prediction_train=Y_prediction_train,
        w=w,
        b=b,
        learning_rate=learning_rate,
        num_iterations=num_iterations,
    )
""",
    ),
    _V(
        _MODEL,
        "plot-inside",
        "plots the learning curve inside the function (pyplot imported at the top of the cell)",
        """import matplotlib.pyplot as plt


def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w, b = params["w"], params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    plt.plot(np.squeeze(costs))
    plt.ylabel("cost")
    plt.xlabel("iterations (per hundreds)")
    plt.title("Learning rate =" + str(learning_rate))
    plt.show()
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
    ),
    _V(
        _MODEL,
        "always-prints-accuracy",
        "prints both accuracies on every call, computed with np.sum and the set sizes",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w = params["w"]
    b = params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    train_accuracy = 100 * np.sum(Y_prediction_train == Y_train) / Y_train.shape[1]
    test_accuracy = 100 * np.sum(Y_prediction_test == Y_test) / Y_test.shape[1]
    print("train accuracy:", train_accuracy, "%")
    print("test accuracy:", test_accuracy, "%")
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
    ),
    _V(
        _MODEL,
        "helper-accuracy",
        "a helper for the accuracy defined in the cell, the dict filled key by key",
        """def accuracy(Y_prediction, Y):
    return 100 * np.mean(Y_prediction == Y)


def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    n_x = X_train.shape[0]
    w, b = initialize_with_zeros(n_x)
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    d = {}
    d["costs"] = costs
    d["Y_prediction_test"] = predict(params["w"], params["b"], X_test)
    d["Y_prediction_train"] = predict(params["w"], params["b"], X_train)
    d["w"] = params["w"]
    d["b"] = params["b"]
    d["learning_rate"] = learning_rate
    d["num_iterations"] = num_iterations
    if print_cost:
        print(f"train accuracy: {accuracy(d['Y_prediction_train'], Y_train):.1f} %")
        print(f"test accuracy: {accuracy(d['Y_prediction_test'], Y_test):.1f} %")
    return d
""",
    ),
    _V(
        _MODEL,
        "generator-predictions",
        "both predictions from one generator expression over the two sets",
        """def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(
        w, b, X_train, Y_train, num_iterations, learning_rate, print_cost
    )
    w = params["w"]
    b = params["b"]
    Y_prediction_train, Y_prediction_test = (predict(w, b, X) for X in (X_train, X_test))
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
    ),
]

_MODEL_VARIANTS.append(
    _V(
        _MODEL,
        "cell-time-magic",
        "IPython's %%time on the first line of the cell, to time the cell",
        """%%time
def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
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
    )
)

VARIANTS = _SIGMOID + _INITIALIZE + _PROPAGATE + _OPTIMIZE + _PREDICT + _MODEL_VARIANTS
