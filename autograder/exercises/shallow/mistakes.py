"""Mistake zoo of nnref.shallow: wrong answer cells that must lose points with their hint.

Each entry is the whole answer cell a student might have written (see
:mod:`autograder.exercises.zoo`), so rewording the solution never breaks it.
"""

from autograder.exercises.zoo import Mistake

_M = Mistake

MISTAKES = [
    # ----------------------------------------------------------- layer_sizes
    _M(
        "shallow.layer_sizes",
        "n_x-columns",
        "reads the number of examples X.shape[1] as the input size",
        """def layer_sizes(X, Y):
    n_x = X.shape[1]
    n_h = 4
    n_y = Y.shape[0]
    return n_x, n_h, n_y
""",
        "n_x is the number of rows of X",
    ),
    _M(
        "shallow.layer_sizes",
        "n_y-columns",
        "reads Y.shape[1] as the output size",
        """def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[1]
    return n_x, n_h, n_y
""",
        "n_y is the number of rows of Y",
    ),
    _M(
        "shallow.layer_sizes",
        "n_y-hard-coded",
        "hard-codes one output unit",
        """def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = 1
    return n_x, n_h, n_y
""",
        "don't hard-code 1",
    ),
    _M(
        "shallow.layer_sizes",
        "n_y-from-X",
        "copies the n_x line and reads n_y from X",
        """def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = X.shape[0]
    return n_x, n_h, n_y
""",
        "n_y comes from Y, not from X",
    ),
    _M(
        "shallow.layer_sizes",
        "swapped",
        "swaps the input and the output size",
        """def layer_sizes(X, Y):
    n_x = Y.shape[0]
    n_h = 4
    n_y = X.shape[0]
    return n_x, n_h, n_y
""",
        "n_x and n_y are swapped",
    ),
    _M(
        "shallow.layer_sizes",
        "n_x-hard-coded",
        "hard-codes the 2 features of the flower data",
        """def layer_sizes(X, Y):
    n_x = 2
    n_h = 4
    n_y = Y.shape[0]
    return n_x, n_h, n_y
""",
        "don't hard-code 2",
    ),
    # ------------------------------------------------- initialize_parameters
    _M(
        "shallow.initialize_parameters",
        "scale-0.1",
        "scales W1 by 0.1 instead of 0.01",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.1
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "constant factor of 10",
    ),
    _M(
        "shallow.initialize_parameters",
        "no-scale",
        "forgets to scale W1 by 0.01",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x)
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "constant factor of 100",
    ),
    _M(
        "shallow.initialize_parameters",
        "W1-transposed",
        "draws W1 with shape (n_x, n_h)",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_x, n_h) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "the shape is transposed",
    ),
    _M(
        "shallow.initialize_parameters",
        "W2-drawn-first",
        "draws W2 before W1",
        """def initialize_parameters(n_x, n_h, n_y):
    W2 = np.random.randn(n_y, n_h) * 0.01
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "W2 was drawn before W1",
    ),
    _M(
        "shallow.initialize_parameters",
        "reseeds",
        "copies np.random.seed(2) of the classic notebook into the function",
        """def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(2)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "remove np.random.seed(2) from the function",
    ),
    _M(
        "shallow.initialize_parameters",
        "reseeds-42",
        "seeds with 42 inside the function",
        """def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(42)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "remove np.random.seed(42) from the function",
    ),
    _M(
        "shallow.initialize_parameters",
        "random-biases",
        "draws the biases at random like the weights",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.random.randn(n_h, 1) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.random.randn(n_y, 1) * 0.01
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "the biases start at zero",
    ),
    _M(
        "shallow.initialize_parameters",
        "flat-bias",
        "makes b1 a flat (n_h,) array",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros(n_h)
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "got a flat (n,) array",
    ),
    _M(
        "shallow.initialize_parameters",
        "b2-hidden-size",
        "copies the b1 line for b2 and keeps n_h",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_h, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "b2 has one entry per output unit",
    ),
    _M(
        "shallow.initialize_parameters",
        "uniform",
        "uses np.random.rand (uniform) instead of np.random.randn",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.rand(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.rand(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "use np.random.randn",
    ),
    _M(
        "shallow.initialize_parameters",
        "default-rng",
        "draws from a new np.random.default_rng() instead of the global generator",
        """def initialize_parameters(n_x, n_h, n_y):
    rng = np.random.default_rng()
    W1 = rng.standard_normal((n_h, n_x)) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = rng.standard_normal((n_y, n_h)) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "draw each W",
    ),
    # --------------------------------------------------- forward_propagation
    _M(
        "shallow.forward_propagation",
        "sigmoid-hidden",
        "uses the sigmoid in the hidden layer too",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = sigmoid(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "the hidden layer uses np.tanh, not sigmoid",
    ),
    _M(
        "shallow.forward_propagation",
        "relu-hidden",
        "uses ReLU in the hidden layer",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.maximum(0, Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "not ReLU",
    ),
    _M(
        "shallow.forward_propagation",
        "tanh-output",
        "uses tanh at the output too",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = np.tanh(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "the output layer uses sigmoid",
    ),
    _M(
        "shallow.forward_propagation",
        "inline-sigmoid-sign",
        "writes the sigmoid inline and drops the minus sign",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = 1 / (1 + np.exp(Z2))
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "the minus sign is missing",
    ),
    _M(
        "shallow.forward_propagation",
        "Z2-from-Z1",
        "feeds Z1 instead of A1 = tanh(Z1) into the output layer",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ Z1 + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "use the activation A1, not Z1",
    ),
    _M(
        "shallow.forward_propagation",
        "no-b1",
        "forgets b1",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "Z1 leaves out the bias b1",
    ),
    _M(
        "shallow.forward_propagation",
        "no-b2",
        "forgets b2",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "Z2 leaves out the bias b2",
    ),
    _M(
        "shallow.forward_propagation",
        "W1-transposed",
        "transposes W1 as in w.T @ X of logistic regression",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1.T @ X + b1
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "Z1 = W1 @ X, without .T",
    ),
    _M(
        "shallow.forward_propagation",
        "Z1-overwritten",
        "overwrites Z1 with its activation, so the cache holds tanh(Z1) as Z1",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    Z1 = np.tanh(Z1)
    A1 = Z1
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
        "don't overwrite Z1",
    ),
    # ---------------------------------------------------------- compute_cost
    _M(
        "shallow.compute_cost",
        "missing-1/m",
        "sums the losses but never divides by m",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)
    cost = float(-np.sum(logprobs))
    return cost
""",
        "factor of m",
    ),
    _M(
        "shallow.compute_cost",
        "len-Y",
        "divides by len(Y), which is 1 for a (1, m) row",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)
    cost = float(-np.sum(logprobs) / len(Y))
    return cost
""",
        "factor of m",
    ),
    _M(
        "shallow.compute_cost",
        "sign",
        "leaves out the minus sign",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)
    cost = float(np.sum(logprobs) / m)
    return cost
""",
        "the sign is flipped",
    ),
    _M(
        "shallow.compute_cost",
        "mean-and-1/m",
        "takes np.mean and then divides by m again",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)
    cost = float(-np.mean(logprobs) / m)
    return cost
""",
        "divide by m only once",
    ),
    _M(
        "shallow.compute_cost",
        "dot-array",
        "uses np.dot, which returns a (1, 1) array, and never converts it to a number",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    cost = -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m
    return cost
""",
        "use float(...)",
    ),
    _M(
        "shallow.compute_cost",
        "no-1-minus-y",
        "keeps only the Y log A2 term",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log(A2)
    cost = float(-np.sum(logprobs) / m)
    return cost
""",
        "leaves out the (1 - Y) * log(1 - A2) term",
    ),
    _M(
        "shallow.compute_cost",
        "swapped-logs",
        "pairs Y with log(1 - A2) and (1 - Y) with log(A2)",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log(1 - A2) + (1 - Y) * np.log(A2)
    cost = float(-np.sum(logprobs) / m)
    return cost
""",
        "log(A2) goes with Y",
    ),
    _M(
        "shallow.compute_cost",
        "log10",
        "uses the base-10 logarithm",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = Y * np.log10(A2) + (1 - Y) * np.log10(1 - A2)
    cost = float(-np.sum(logprobs) / m)
    return cost
""",
        "not np.log10",
    ),
    _M(
        "shallow.compute_cost",
        "squared-error",
        "uses the squared error of the earlier notebook instead of the cross-entropy",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    cost = float(np.sum((A2 - Y) ** 2) / m)
    return cost
""",
        "not the squared error",
    ),
    # -------------------------------------------------- backward_propagation
    _M(
        "shallow.backward_propagation",
        "tanh-derivative-of-Z1",
        "takes the tanh derivative from Z1 instead of A1",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - cache["Z1"] ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "not 1 - Z1**2",
    ),
    _M(
        "shallow.backward_propagation",
        "sigmoid-derivative",
        "uses the sigmoid derivative A1 * (1 - A1) for the tanh layer",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * A1 * (1 - A1)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "not A1 * (1 - A1)",
    ),
    _M(
        "shallow.backward_propagation",
        "tanh-twice",
        "applies tanh to A1 again in the derivative",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - np.tanh(A1) ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "not 1 - np.tanh(A1)**2",
    ),
    _M(
        "shallow.backward_propagation",
        "no-derivative",
        "forgets the activation derivative in dZ1",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = W2.T @ dZ2
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "the tanh derivative is missing",
    ),
    _M(
        "shallow.backward_propagation",
        "square-of-difference",
        "squares (1 - A1) instead of A1",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1) ** 2
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "not (1 - A1)**2",
    ),
    _M(
        "shallow.backward_propagation",
        "no-W2",
        "forgets to carry dZ2 back through W2",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = dZ2 * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "the W2.T @ is missing",
    ),
    _M(
        "shallow.backward_propagation",
        "product-order",
        "writes dZ2.T @ W2 instead of W2.T @ dZ2",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (dZ2.T @ W2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "not dZ2.T @ W2",
    ),
    _M(
        "shallow.backward_propagation",
        "tanh-derivative-1-minus-A1",
        "writes the tanh derivative as 1 - A1",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "the gradients of layer 2 are right, those of layer 1 are not",
    ),
    _M(
        "shallow.backward_propagation",
        "dZ2-sign",
        "writes dZ2 = Y - A2",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = Y - A2
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "the sign is flipped",
    ),
    _M(
        "shallow.backward_propagation",
        "dW1-missing-1/m",
        "forgets to average dW1 over the examples",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "factor of m",
    ),
    _M(
        "shallow.backward_propagation",
        "dW1-from-A1",
        "copies the dW2 line and multiplies by A1.T instead of X.T",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ A1.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "the input of layer 1 is X, not A1",
    ),
    _M(
        "shallow.backward_propagation",
        "db1-no-keepdims",
        "sums db1 over axis 1 without keepdims=True",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "keepdims=True",
    ),
    _M(
        "shallow.backward_propagation",
        "db1-axis-0",
        "sums db1 over the units (axis=0) instead of the examples",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=0, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "not axis=0",
    ),
    _M(
        "shallow.backward_propagation",
        "db1-no-axis",
        "sums all of dZ1 into one number",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "db1 has one value per hidden unit",
    ),
    _M(
        "shallow.backward_propagation",
        "db2-missing-1/m",
        "sums dZ2 for db2 but never divides by m",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "factor of m",
    ),
    _M(
        "shallow.backward_propagation",
        "dW2-transposed",
        "computes dW2 as A1 @ dZ2.T",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = A1 @ dZ2.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
        "the shape is transposed",
    ),
    # ----------------------------------------------------- update_parameters
    _M(
        "shallow.update_parameters",
        "ascent",
        "adds the gradient instead of subtracting it",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"] + learning_rate * grads["dW1"]
    b1 = parameters["b1"] + learning_rate * grads["db1"]
    W2 = parameters["W2"] + learning_rate * grads["dW2"]
    b2 = parameters["b2"] + learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "gradient descent subtracts",
    ),
    _M(
        "shallow.update_parameters",
        "in-place",
        "updates the arrays in place with -=",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"]
    W1 -= learning_rate * grads["dW1"]
    b1 = parameters["b1"] - learning_rate * grads["db1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    b2 = parameters["b2"] - learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "modified its input",
    ),
    _M(
        "shallow.update_parameters",
        "dict-assignment",
        "writes the new W1 back into the parameters dict it was given",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    parameters["W1"] = parameters["W1"] - learning_rate * grads["dW1"]
    W1 = parameters["W1"]
    b1 = parameters["b1"] - learning_rate * grads["db1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    b2 = parameters["b2"] - learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "modified its input",
    ),
    _M(
        "shallow.update_parameters",
        "no-rate-W1",
        "forgets the learning rate in the W1 step",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"] - grads["dW1"]
    b1 = parameters["b1"] - learning_rate * grads["db1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    b2 = parameters["b2"] - learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "the learning rate is missing",
    ),
    _M(
        "shallow.update_parameters",
        "default-rate",
        "hard-codes the default 1.2 instead of using learning_rate",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"] - 1.2 * grads["dW1"]
    b1 = parameters["b1"] - 1.2 * grads["db1"]
    W2 = parameters["W2"] - 1.2 * grads["dW2"]
    b2 = parameters["b2"] - 1.2 * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "not the default 1.2",
    ),
    _M(
        "shallow.update_parameters",
        "b1-with-dW1",
        "copies the W1 line for b1 and keeps dW1",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"] - learning_rate * grads["dW1"]
    b1 = parameters["b1"] - learning_rate * grads["dW1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    b2 = parameters["b2"] - learning_rate * grads["db2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "b1 is updated with grads['db1']",
    ),
    _M(
        "shallow.update_parameters",
        "biases-frozen",
        "updates the weights only",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"] - learning_rate * grads["dW1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"] - learning_rate * grads["dW2"]
    b2 = parameters["b2"]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "b1 and b2 must be updated too",
    ),
    _M(
        "shallow.update_parameters",
        "divides-rate",
        "divides the gradient by the learning rate",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"] - grads["dW1"] / learning_rate
    b1 = parameters["b1"] - grads["db1"] / learning_rate
    W2 = parameters["W2"] - grads["dW2"] / learning_rate
    b2 = parameters["b2"] - grads["db2"] / learning_rate
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
        "don't divide by it",
    ),
    # -------------------------------------------------------------- nn_model
    _M(
        "shallow.nn_model",
        "hidden-size-4",
        "unpacks n_h from layer_sizes, overwriting the n_h argument with 4",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, n_h, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
""",
        "use the n_h argument",
    ),
    _M(
        "shallow.nn_model",
        "range-from-1",
        "counts iterations from 1, making one step too few",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(1, num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
""",
        "one step too few",
    ),
    _M(
        "shallow.nn_model",
        "update-not-assigned",
        "calls update_parameters without keeping its result",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
""",
        "parameters = update_parameters(...)",
    ),
    _M(
        "shallow.nn_model",
        "update-after-loop",
        "indents the update one level too little, so it runs once after the loop",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    parameters = update_parameters(parameters, grads, learning_rate)
    return parameters
""",
        "must run inside the loop, once per iteration",
    ),
    _M(
        "shallow.nn_model",
        "reinitialises",
        "initialises the parameters inside the loop",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    for i in range(num_iterations):
        parameters = initialize_parameters(n_x, n_h, n_y)
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
""",
        "runs once, before the loop",
    ),
    _M(
        "shallow.nn_model",
        "stale-forward",
        "runs the forward pass once before the loop and reuses its cache",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    A2, cache = forward_propagation(X, parameters)
    for i in range(num_iterations):
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
""",
        "on the current parameters",
    ),
    _M(
        "shallow.nn_model",
        "reseeds",
        "seeds with 2 before initialising, as initialize_parameters did in the classic notebook",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    np.random.seed(2)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
""",
        "don't reseed",
    ),
    _M(
        "shallow.nn_model",
        "ascent",
        "passes -learning_rate to update_parameters: training climbs the gradient",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, -learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
""",
        "training diverges",
    ),
    # --------------------------------------------------------------- predict
    _M(
        "shallow.predict",
        "probabilities",
        "returns the probabilities A2",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = A2
    return predictions
""",
        "not the probabilities A2",
    ),
    _M(
        "shallow.predict",
        "reversed",
        "labels class 1 where A2 < 0.5",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = A2 < 0.5
    return predictions
""",
        "the comparison is reversed",
    ),
    _M(
        "shallow.predict",
        "threshold-0",
        "compares the probability with 0",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = A2 > 0
    return predictions
""",
        "compare A2 with 0.5, not 0",
    ),
    _M(
        "shallow.predict",
        "threshold-Z2",
        "thresholds the score Z2 from the cache",
        """def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = cache["Z2"] > 0.5
    return predictions
""",
        "not Z2",
    ),
    _M(
        "shallow.predict",
        "flattened",
        "flattens the predictions to a 1-D array",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = (A2 > 0.5).ravel()
    return predictions
""",
        "check the reshape",
    ),
    _M(
        "shallow.predict",
        "loop-features",
        "loops over X.shape[0] (the features) instead of the m examples",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = np.zeros((1, X.shape[1]), dtype=bool)
    for i in range(X.shape[0]):
        predictions[0, i] = A2[0, i] > 0.5
    return predictions
""",
        "range(X.shape[1])",
    ),
    _M(
        "shallow.predict",
        "column",
        "reshapes the predictions into a column, one row per example",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = (A2 > 0.5).reshape(-1, 1)
    return predictions
""",
        "the shape is transposed",
    ),
]
