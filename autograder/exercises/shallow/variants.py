"""Accepted variants of the Week 3 planar-classification notebook (planar_classification.ipynb).

Round r of the notebook holds the r-th variant of every function at once, so the variants of
one round must work together in the notebook's own cells (``nn_model`` runs the round's
``forward_propagation``, ``compute_cost``, ``backward_propagation`` and ``update_parameters``).
"""

from autograder.exercises.zoo import Variant

_V = Variant

# -------------------------------------------------------------------- layer_sizes

_SIZES = "shallow.layer_sizes"

_LAYER_SIZES = [
    _V(
        _SIZES,
        "len",
        "len(X) and len(Y): the number of rows",
        """def layer_sizes(X, Y):
    n_x = len(X)
    n_h = 4
    n_y = len(Y)
    return n_x, n_h, n_y
""",
    ),
    _V(
        _SIZES,
        "np-shape",
        "np.shape(...)[0], returned as a parenthesized tuple",
        """def layer_sizes(X, Y):
    n_x = np.shape(X)[0]
    n_h = 4
    n_y = np.shape(Y)[0]
    return (n_x, n_h, n_y)
""",
    ),
    _V(
        _SIZES,
        "np-size-axis",
        "np.size along axis 0, positional and keyword",
        """def layer_sizes(X, Y):
    n_x = np.size(X, 0)
    n_h = 4
    n_y = np.size(Y, axis=0)
    return n_x, n_h, n_y
""",
    ),
    _V(
        _SIZES,
        "unpack-shape",
        "the shapes unpacked into (rows, columns)",
        """def layer_sizes(X, Y):
    n_x, _ = X.shape
    n_y, m = Y.shape
    n_h = 4
    return n_x, n_h, n_y
""",
    ),
    _V(
        _SIZES,
        "list",
        "returns a list instead of a tuple, in one line",
        """def layer_sizes(X, Y):
    return [X.shape[0], 4, Y.shape[0]]
""",
    ),
    _V(
        _SIZES,
        "print-column-size",
        "the size of one column, X[:, 0].size, and a print of the sizes",
        """def layer_sizes(X, Y):
    n_x = X[:, 0].size
    n_h = 4
    n_y = Y[:, 0].size
    print("The size of the input layer is: n_x = " + str(n_x))
    print("The size of the hidden layer is: n_h = " + str(n_h))
    print("The size of the output layer is: n_y = " + str(n_y))
    return n_x, n_h, n_y
""",
    ),
    _V(
        _SIZES,
        "module-constant",
        "the hidden size as a constant at the top of the cell",
        """N_HIDDEN = 4


def layer_sizes(X, Y):
    n_x = X.shape[0]
    n_y = Y.shape[0]
    return n_x, N_HIDDEN, n_y
""",
    ),
]

# ---------------------------------------------------------- initialize_parameters

_INIT = "shallow.initialize_parameters"

_INITIALIZE = [
    _V(
        _INIT,
        "classic-asserts",
        "the classic template: the four arrays, assert lines on every shape, then the dict",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    assert W1.shape == (n_h, n_x)
    assert b1.shape == (n_h, 1)
    assert W2.shape == (n_y, n_h)
    assert b2.shape == (n_y, 1)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
    ),
    _V(
        _INIT,
        "standard-normal",
        "np.random.standard_normal with a shape tuple (the same draws as randn)",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = 0.01 * np.random.standard_normal((n_h, n_x))
    b1 = np.zeros(shape=(n_h, 1))
    W2 = 0.01 * np.random.standard_normal((n_y, n_h))
    b2 = np.zeros(shape=(n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
    ),
    _V(
        _INIT,
        "normal-scale",
        "np.random.normal(0, 0.01, size): the scale given to the generator",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.normal(0, 0.01, size=(n_h, n_x))
    b1 = np.zeros((n_h, 1))
    W2 = np.random.normal(0, 0.01, size=(n_y, n_h))
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
    ),
    _V(
        _INIT,
        "divide-100",
        "divides by 100 instead of multiplying by 0.01, the dict built with dict(...)",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) / 100
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) / 100
    b2 = np.zeros((n_y, 1))
    return dict(W1=W1, b1=b1, W2=W2, b2=b2)
""",
    ),
    _V(
        _INIT,
        "flat-reshape",
        "draws flat vectors and reshapes them (the same numbers in the same order)",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h * n_x).reshape(n_h, n_x) * 0.01
    W2 = np.random.randn(n_y * n_h).reshape((n_y, n_h)) * 0.01
    b1 = np.zeros((n_h, 1))
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
    ),
    _V(
        _INIT,
        "loop-over-layers",
        "a loop over the two layers filling the dict with f-string keys",
        """def initialize_parameters(n_x, n_h, n_y):
    sizes = [n_x, n_h, n_y]
    parameters = {}
    for l in range(1, 3):
        parameters[f"W{l}"] = np.random.randn(sizes[l], sizes[l - 1]) * 0.01
        parameters[f"b{l}"] = np.zeros((sizes[l], 1))
    return parameters
""",
    ),
    _V(
        _INIT,
        "multiply-zeros-like",
        "np.multiply by 0.01, biases as np.zeros_like of a column of ones",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.multiply(np.random.randn(n_h, n_x), 0.01)
    W2 = np.multiply(np.random.randn(n_y, n_h), 0.01)
    b1 = np.zeros_like(np.ones((n_h, 1)))
    b2 = np.zeros_like(np.ones((n_y, 1)))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
    ),
    _V(
        _INIT,
        "module-scale",
        "the scale as a named constant 1 / 100 at the top of the cell",
        """SCALE = 1 / 100


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * SCALE
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * SCALE
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
    ),
]

_INITIALIZE.append(
    _V(
        _INIT,
        "from-numpy-random-import",
        "randn imported by name from numpy.random at the top of the cell (the same generator)",
        """from numpy.random import randn


def initialize_parameters(n_x, n_h, n_y):
    W1 = randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
    )
)

# ------------------------------------------------------------ forward_propagation

_FWD = "shallow.forward_propagation"

_FORWARD = [
    _V(
        _FWD,
        "np-dot-assert",
        "np.dot, and the classic template's assert on the shape of A2",
        """def forward_propagation(X, parameters):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    assert A2.shape == (W2.shape[0], X.shape[1])
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
    ),
    _V(
        _FWD,
        "inline-sigmoid-matmul",
        "np.matmul, and the sigmoid written out instead of calling sigmoid",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = np.matmul(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.matmul(W2, A1) + b2
    A2 = 1 / (1 + np.exp(-Z2))
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
    ),
    _V(
        _FWD,
        "loop-over-examples",
        "a loop over the examples, one column at a time into preallocated arrays",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    m = X.shape[1]
    Z1 = np.zeros((W1.shape[0], m))
    Z2 = np.zeros((W2.shape[0], m))
    for i in range(m):
        x = X[:, i : i + 1]
        Z1[:, i : i + 1] = W1 @ x + b1
        Z2[:, i : i + 1] = W2 @ np.tanh(Z1[:, i : i + 1]) + b2
    A1 = np.tanh(Z1)
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
    ),
    _V(
        _FWD,
        "loop-over-hidden-units",
        "a loop over the hidden units, one row of Z1 at a time",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    n_h = W1.shape[0]
    Z1 = np.zeros((n_h, X.shape[1]))
    for j in range(n_h):
        Z1[j, :] = W1[j, :] @ X + b1[j, 0]
    A1 = np.tanh(Z1)
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
    ),
    _V(
        _FWD,
        "einsum",
        "np.einsum for both layers",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = np.einsum("hk,km->hm", W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.einsum("yh,hm->ym", W2, A1) + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
    ),
    _V(
        _FWD,
        "tanh-from-sigmoid",
        "tanh through the identity tanh(z) = 2 sigmoid(2z) - 1",
        """def forward_propagation(X, parameters):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = W1 @ X + b1
    A1 = 2 * sigmoid(2 * Z1) - 1
    Z2 = W2 @ A1 + b2
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache
""",
    ),
    _V(
        _FWD,
        "get-cache-first",
        "parameters read with .get, the cache filled first and A2 returned from it",
        """def forward_propagation(X, parameters):
    W1 = parameters.get("W1")
    b1 = parameters.get("b1")
    W2 = parameters.get("W2")
    b2 = parameters.get("b2")
    cache = {}
    cache["Z1"] = W1 @ X + b1
    cache["A1"] = np.tanh(cache["Z1"])
    cache["Z2"] = W2 @ cache["A1"] + b2
    cache["A2"] = sigmoid(cache["Z2"])
    return cache["A2"], cache
""",
    ),
]

# ------------------------------------------------------------------- compute_cost

_COST = "shallow.compute_cost"

_COMPUTE_COST = [
    _V(
        _COST,
        "dot-squeeze",
        "the cross-entropy with np.dot, np.squeeze to a 0-d array, returned without float()",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    cost = -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m
    cost = np.squeeze(cost)
    return cost
""",
    ),
    _V(
        _COST,
        "classic-logprobs",
        "the classic template: logprobs with np.multiply, -np.sum / m, float(np.squeeze(cost))",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(1 - Y, np.log(1 - A2))
    cost = -np.sum(logprobs) / m
    cost = float(np.squeeze(cost))
    return cost
""",
    ),
    _V(
        _COST,
        "mean",
        "-np.mean of the losses: a NumPy float64, no m",
        """def compute_cost(A2, Y):
    cost = -np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
    return cost
""",
    ),
    _V(
        _COST,
        "math-log-loop",
        "a loop over the examples with math.log on the term of each label",
        """import math


def compute_cost(A2, Y):
    m = Y.shape[1]
    total = 0.0
    for i in range(m):
        if Y[0, i] == 1:
            total += math.log(A2[0, i])
        else:
            total += math.log(1 - A2[0, i])
    cost = -total / m
    return cost
""",
    ),
    _V(
        _COST,
        "sum-axis1-index",
        "sums along axis 1 (shape (1,)) and takes the single entry",
        """def compute_cost(A2, Y):
    m = Y.shape[1]
    per_row = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2), axis=1) / m
    cost = float(per_row[0])
    return cost
""",
    ),
    _V(
        _COST,
        "squeeze-array-prefactor",
        "(-1 / m) * np.sum(...), np.squeeze(np.array(cost)), m from len(Y[0])",
        """def compute_cost(A2, Y):
    m = len(Y[0])
    cost = (-1 / m) * np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
    cost = np.squeeze(np.array(cost))
    return cost
""",
    ),
    _V(
        _COST,
        "einsum-item",
        "the two sums as np.einsum contractions, m from Y.size, .item() at the end",
        """def compute_cost(A2, Y):
    m = Y.size
    total = np.einsum("ij,ij->", Y, np.log(A2)) + np.einsum("ij,ij->", 1 - Y, np.log(1 - A2))
    cost = (-total / m).item()
    return cost
""",
    ),
]

# ----------------------------------------------------------- backward_propagation

_BWD = "shallow.backward_propagation"

_BACKWARD = [
    _V(
        _BWD,
        "classic-np-dot-power",
        "the classic template: np.dot, (1 / m) * ..., 1 - np.power(A1, 2)",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    A1 = cache["A1"]
    A2 = cache["A2"]
    dZ2 = A2 - Y
    dW2 = (1 / m) * np.dot(dZ2, A1.T)
    db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = (1 / m) * np.dot(dZ1, X.T)
    db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return grads
""",
    ),
    _V(
        _BWD,
        "reshape-and-none",
        "the bias sums reshaped with .reshape(-1, 1) and [:, None] instead of keepdims",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1).reshape(-1, 1) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = dZ1.sum(axis=1)[:, None] / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
    ),
    _V(
        _BWD,
        "mean-keepdims",
        "np.mean(..., axis=1, keepdims=True) for the biases",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.mean(dZ2, axis=1, keepdims=True)
    dZ1 = W2.T @ dZ2 * (1 - A1 * A1)
    dW1 = dZ1 @ X.T / m
    db1 = np.mean(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
    ),
    _V(
        _BWD,
        "loop-over-examples",
        "a loop over the examples accumulating each example's gradients, divided by m at the end",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W1, W2 = parameters["W1"], parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dW1 = np.zeros(W1.shape)
    db1 = np.zeros((W1.shape[0], 1))
    dW2 = np.zeros(W2.shape)
    db2 = np.zeros((W2.shape[0], 1))
    for i in range(m):
        x = X[:, i : i + 1]
        a1 = A1[:, i : i + 1]
        dz2 = A2[:, i : i + 1] - Y[:, i : i + 1]
        dW2 += dz2 @ a1.T
        db2 += dz2
        dz1 = (W2.T @ dz2) * (1 - a1**2)
        dW1 += dz1 @ x.T
        db1 += dz1
    return {"dW1": dW1 / m, "db1": db1 / m, "dW2": dW2 / m, "db2": db2 / m}
""",
    ),
    _V(
        _BWD,
        "tanh-of-z1",
        "the tanh derivative recomputed from the cached Z1, m from Y.shape[1]",
        """def backward_propagation(parameters, cache, X, Y):
    m = Y.shape[1]
    W2 = parameters["W2"]
    dZ2 = cache["A2"] - Y
    dW2 = np.dot(dZ2, cache["A1"].T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.tanh(cache["Z1"]) ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
    ),
    _V(
        _BWD,
        "einsum",
        "np.einsum for the weight gradients and the back-propagated error",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = np.einsum("ym,hm->yh", dZ2, A1) / m
    db2 = np.einsum("ym->y", dZ2)[:, np.newaxis] / m
    dZ1 = np.einsum("yh,ym->hm", W2, dZ2) * (1 - A1**2)
    dW1 = np.einsum("hm,xm->hx", dZ1, X) / m
    db1 = np.einsum("hm->h", dZ1).reshape(-1, 1) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
""",
    ),
    _V(
        _BWD,
        "multiply-matmul-dict",
        "np.multiply and np.matmul, the grads dict filled key by key",
        """def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    grads = {}
    dZ2 = np.subtract(A2, Y)
    grads["dW2"] = np.matmul(dZ2, A1.T) / m
    grads["db2"] = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.multiply(np.matmul(W2.T, dZ2), 1 - np.multiply(A1, A1))
    grads["dW1"] = np.matmul(dZ1, X.T) / m
    grads["db1"] = np.sum(dZ1, axis=1, keepdims=True) / m
    return grads
""",
    ),
]

# -------------------------------------------------------------- update_parameters

_UPD = "shallow.update_parameters"

_UPDATE = [
    _V(
        _UPD,
        "classic-unpack",
        "the classic template: every array and gradient unpacked, then a new dict",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    dW1 = grads["dW1"]
    db1 = grads["db1"]
    dW2 = grads["dW2"]
    db2 = grads["db2"]
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
    ),
    _V(
        _UPD,
        "deepcopy-inplace",
        "copy.deepcopy of the parameters, then in-place -= on the copies",
        """import copy


def update_parameters(parameters, grads, learning_rate=1.2):
    parameters = copy.deepcopy(parameters)
    parameters["W1"] -= learning_rate * grads["dW1"]
    parameters["b1"] -= learning_rate * grads["db1"]
    parameters["W2"] -= learning_rate * grads["dW2"]
    parameters["b2"] -= learning_rate * grads["db2"]
    return parameters
""",
    ),
    _V(
        _UPD,
        "loop-over-keys",
        "a loop over the four names building a new dict",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    new_parameters = {}
    for key in ("W1", "b1", "W2", "b2"):
        new_parameters[key] = parameters[key] - learning_rate * grads["d" + key]
    return new_parameters
""",
    ),
    _V(
        _UPD,
        "dict-copy-rebind",
        "parameters.copy() (a shallow copy), then each entry rebound to a new array",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    parameters = parameters.copy()
    for key in parameters:
        parameters[key] = parameters[key] - learning_rate * grads["d" + key]
    return parameters
""",
    ),
    _V(
        _UPD,
        "comprehension-items",
        "a dict comprehension over parameters.items() with f-string gradient names",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    return {name: value - learning_rate * grads[f"d{name}"] for name, value in parameters.items()}
""",
    ),
    _V(
        _UPD,
        "np-subtract",
        "np.subtract and np.multiply for every update",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    W1 = np.subtract(parameters["W1"], np.multiply(learning_rate, grads["dW1"]))
    b1 = np.subtract(parameters["b1"], np.multiply(learning_rate, grads["db1"]))
    W2 = np.subtract(parameters["W2"], np.multiply(learning_rate, grads["dW2"]))
    b2 = np.subtract(parameters["b2"], np.multiply(learning_rate, grads["db2"]))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
""",
    ),
    _V(
        _UPD,
        "lambda-helper",
        "a one-line lambda helper for the step, defined at the top of the cell",
        """step = lambda value, gradient, rate: value - rate * gradient  # noqa: E731


def update_parameters(parameters, grads, learning_rate=1.2):
    return {k: step(parameters[k], grads["d" + k], learning_rate) for k in ("W1", "b1", "W2", "b2")}
""",
    ),
    _V(
        _UPD,
        "copy-arrays-loop-layers",
        "each array copied with .copy() then updated in place, in a loop over the two layers",
        """def update_parameters(parameters, grads, learning_rate=1.2):
    updated = {}
    for l in range(1, 3):
        W = parameters["W" + str(l)].copy()
        b = parameters["b" + str(l)].copy()
        W -= learning_rate * grads["dW" + str(l)]
        b -= learning_rate * grads["db" + str(l)]
        updated["W" + str(l)] = W
        updated["b" + str(l)] = b
    return updated
""",
    ),
]

# ----------------------------------------------------------------------- nn_model

_NN = "shallow.nn_model"

_NN_MODEL = [
    _V(
        _NN,
        "classic-template",
        "the classic template: sizes by index, range(0, n), %-formatted print every 1000",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(0, num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print("Cost after iteration %i: %f" % (i, cost))
    return parameters
""",
    ),
    _V(
        _NN,
        "cost-only-when-printed",
        "computes the cost only on the iterations it prints",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {compute_cost(A2, Y):f}")
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters
""",
    ),
    _V(
        _NN,
        "keyword-calls",
        "every building block called with keyword arguments",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X=X, Y=Y)
    parameters = initialize_parameters(n_x=n_x, n_h=n_h, n_y=n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X=X, parameters=parameters)
        cost = compute_cost(A2=A2, Y=Y)
        grads = backward_propagation(parameters=parameters, cache=cache, X=X, Y=Y)
        parameters = update_parameters(
            parameters=parameters, grads=grads, learning_rate=learning_rate
        )
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters
""",
    ),
    _V(
        _NN,
        "plot-costs",
        "records the costs and plots them at the end (pyplot imported at the top of the cell)",
        """import matplotlib.pyplot as plt


def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 1000 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    plt.plot(costs)
    plt.xlabel("iterations (thousands)")
    plt.ylabel("cost")
    return parameters
""",
    ),
    _V(
        _NN,
        "while-loop",
        "a while loop with its own counter, learning_rate passed positionally",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    i = 0
    while i < num_iterations:
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
        i += 1
    return parameters
""",
    ),
    _V(
        _NN,
        "always-prints",
        "prints the cost every 1000 iterations and the final one, whatever print_cost says",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    sizes = layer_sizes(X, Y)
    n_x, n_y = sizes[0], sizes[2]
    parameters = initialize_parameters(n_x, n_h, n_y)
    cost = None
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        if i % 1000 == 0:
            print("iteration", i, "cost", cost)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
    print("final cost:", cost)
    return parameters
""",
    ),
    _V(
        _NN,
        "cost-from-cache",
        "the cost from cache['A2'], the forward output unpacked into an unused name",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        _, cache = forward_propagation(X, parameters)
        cost = compute_cost(cache["A2"], Y)
        grads = backward_propagation(parameters, cache, X, Y)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
        parameters = update_parameters(parameters, grads, learning_rate=learning_rate)
    return parameters
""",
    ),
]

_NN_MODEL.append(
    _V(
        _NN,
        "time-magic",
        "a quick timing run with IPython's %time after the def, in the same cell",
        """def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {cost:f}")
    return parameters


%time _ = nn_model(X, Y, 4, num_iterations=200)
""",
    )
)

# ------------------------------------------------------------------------ predict

_PRED = "shallow.predict"

_PREDICT = [
    _V(
        _PRED,
        "round",
        "the classic template's np.round(A2): float 0/1 (0.5 rounds to 0, as > 0.5 says)",
        """def predict(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = np.round(A2)
    return predictions
""",
    ),
    _V(
        _PRED,
        "astype-int",
        "the comparison cast to int",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = (A2 > 0.5).astype(int)
    return predictions
""",
    ),
    _V(
        _PRED,
        "where-float",
        "np.where(A2 > 0.5, 1.0, 0.0)",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    return np.where(A2 > 0.5, 1.0, 0.0)
""",
    ),
    _V(
        _PRED,
        "loop-fill-zeros",
        "a loop over the examples filling np.zeros((1, m))",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    m = X.shape[1]
    predictions = np.zeros((1, m))
    for i in range(m):
        predictions[0, i] = 1 if A2[0, i] > 0.5 else 0
    return predictions
""",
    ),
    _V(
        _PRED,
        "cache-a2",
        "the probabilities read from the cache instead of the first output",
        """def predict(parameters, X):
    _, cache = forward_propagation(X, parameters)
    predictions = cache["A2"] > 0.5
    return predictions
""",
    ),
    _V(
        _PRED,
        "greater-times-one",
        "np.greater(A2, 0.5) * 1: an int array",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = np.greater(A2, 0.5) * 1
    return predictions
""",
    ),
    _V(
        _PRED,
        "list-comprehension",
        "a list comprehension over the row of A2, wrapped back into a (1, m) array",
        """def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    predictions = np.array([[a > 0.5 for a in A2[0]]])
    return predictions
""",
    ),
]

VARIANTS = (
    _LAYER_SIZES
    + _INITIALIZE
    + _FORWARD
    + _COMPUTE_COST
    + _BACKWARD
    + _UPDATE
    + _NN_MODEL
    + _PREDICT
)
