"""Accepted variants of the Week 4 step-by-step notebook (deep_nn_step_by_step.ipynb)."""

from autograder.exercises.zoo import Variant

_V = Variant

# ------------------------------------------------------------- initialize_parameters

_INIT = "deep.initialize_parameters"

_INITIALIZE_PARAMETERS = [
    _V(
        _INIT,
        "dict-literal",
        "builds the dictionary in one literal; its values are evaluated W1, b1, W2, b2 in order",
        """def initialize_parameters(n_x, n_h, n_y):
    parameters = {
        "W1": np.random.randn(n_h, n_x) * 0.01,
        "b1": np.zeros((n_h, 1)),
        "W2": np.random.randn(n_y, n_h) * 0.01,
        "b2": np.zeros((n_y, 1)),
    }
    return parameters
""",
    ),
    _V(
        _INIT,
        "divide-by-100-asserts",
        "divides by 100 instead of multiplying by 0.01, with the classic template's assert lines",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) / 100
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) / 100
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
        "standard-normal-size",
        "np.random.standard_normal(size=...) (the same draws as randn), scale written first",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = 0.01 * np.random.standard_normal(size=(n_h, n_x))
    b1 = np.zeros(shape=(n_h, 1))
    W2 = 0.01 * np.random.standard_normal(size=(n_y, n_h))
    b2 = np.zeros(shape=(n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
    ),
    _V(
        _INIT,
        "normal-loc-scale",
        "np.random.normal(0, 0.01, size) draws the same numbers as randn * 0.01",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.normal(0.0, 0.01, size=(n_h, n_x))
    b1 = np.zeros((n_h, 1), dtype=float)
    W2 = np.random.normal(0.0, 0.01, size=(n_y, n_h))
    b2 = np.zeros((n_y, 1), dtype=float)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
    ),
    _V(
        _INIT,
        "loop-over-layers",
        "a loop over the two layers with a list of sizes, keys built with str(l)",
        """def initialize_parameters(n_x, n_h, n_y):
    sizes = [n_x, n_h, n_y]
    parameters = {}
    for l in range(1, 3):
        parameters["W" + str(l)] = np.random.randn(sizes[l], sizes[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((sizes[l], 1))
    return parameters
""",
    ),
    _V(
        _INIT,
        "biases-first",
        "creates both biases before drawing the weights (np.zeros draws nothing)",
        """def initialize_parameters(n_x, n_h, n_y):
    b1 = np.zeros((n_h, 1))
    b2 = np.zeros((n_y, 1))
    W1 = np.random.randn(n_h, n_x) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
    ),
    _V(
        _INIT,
        "seeded-trial-below",
        "the old test lines left below the def: np.random.seed(1) and a printed call, outside it",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters


np.random.seed(1)
parameters = initialize_parameters(3, 2, 1)
print("W1 = " + str(parameters["W1"]))
print("b1 = " + str(parameters["b1"]))
""",
    ),
    _V(
        _INIT,
        "flat-draw-reshape-print",
        "draws a flat vector and reshapes it (same C order), imports numpy inside, prints shapes",
        """def initialize_parameters(n_x, n_h, n_y):
    import numpy as np

    W1 = np.random.randn(n_h * n_x).reshape(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y * n_h).reshape((n_y, n_h)) * 0.01
    b2 = np.zeros((n_y, 1))
    print("W1", W1.shape, "b1", b1.shape, "W2", W2.shape, "b2", b2.shape)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
    ),
]

# -------------------------------------------------------- initialize_parameters_deep

_DEEP = "deep.initialize_parameters_deep"

_INITIALIZE_PARAMETERS_DEEP = [
    _V(
        _DEEP,
        "fstring-len",
        "f-string keys and range(1, len(layer_dims)) without a variable L",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters
""",
    ),
    _V(
        _DEEP,
        "zip-pairs",
        "walks (n_prev, n) pairs with zip and enumerate(start=1)",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    pairs = zip(layer_dims[:-1], layer_dims[1:])
    for l, (n_prev, n) in enumerate(pairs, start=1):
        parameters["W" + str(l)] = np.random.randn(n, n_prev) * 0.01
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
""",
    ),
    _V(
        _DEEP,
        "weights-then-biases",
        "two loops: every W first (same draw order), then every b; keys in another order",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
    for l in range(1, L + 1):
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters
""",
    ),
    _V(
        _DEEP,
        "standard-normal-divide",
        "np.random.standard_normal(shape) / 100",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        shape = (layer_dims[l], layer_dims[l - 1])
        parameters["W" + str(l)] = np.random.standard_normal(shape) / 100
        parameters["b" + str(l)] = np.zeros((shape[0], 1))
    return parameters
""",
    ),
    _V(
        _DEEP,
        "while-loop",
        "a while loop over the layers",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    l = 1
    while l <= L:
        parameters["W%d" % l] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b%d" % l] = np.zeros((layer_dims[l], 1))
        l += 1
    return parameters
""",
    ),
    _V(
        _DEEP,
        "classic-asserts",
        "the classic template: L = len(layer_dims), range(1, L), assert lines on every shape",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims)  # number of layers in the network, the input included

    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

        assert parameters["W" + str(l)].shape == (layer_dims[l], layer_dims[l - 1])
        assert parameters["b" + str(l)].shape == (layer_dims[l], 1)

    return parameters
""",
    ),
    _V(
        _DEEP,
        "from-numpy-random-import",
        "randn imported by name at the top of the cell (the global generator's), shape unpacked",
        """from numpy.random import randn


def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        shape = (layer_dims[l], layer_dims[l - 1])
        parameters["W" + str(l)] = randn(*shape) * 0.01
        parameters["b" + str(l)] = np.zeros((shape[0], 1))
    return parameters
""",
    ),
    _V(
        _DEEP,
        "ordered-dict-normal",
        "an OrderedDict (imported at the top of the cell) and np.random.normal(0, 0.01, size)",
        """from collections import OrderedDict


def initialize_parameters_deep(layer_dims):
    parameters = OrderedDict()
    for l in range(1, len(layer_dims)):
        n, n_prev = layer_dims[l], layer_dims[l - 1]
        parameters["W" + str(l)] = np.random.normal(0, 0.01, size=(n, n_prev))
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters
""",
    ),
]

# -------------------------------------------------------------------- linear_forward

_LF = "deep.linear_forward"

_LINEAR_FORWARD = [
    _V(
        _LF,
        "np-dot",
        "np.dot(W, A) + b",
        """def linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    cache = (A, W, b)
    return Z, cache
""",
    ),
    _V(
        _LF,
        "matmul-assert",
        "np.matmul with the classic template's assert on Z's shape",
        """def linear_forward(A, W, b):
    Z = np.matmul(W, A) + b
    assert Z.shape == (W.shape[0], A.shape[1])
    cache = (A, W, b)
    return Z, cache
""",
    ),
    _V(
        _LF,
        "method-dot-add",
        "W.dot(A) and np.add",
        """def linear_forward(A, W, b):
    Z = np.add(W.dot(A), b)
    cache = (A, W, b)
    return Z, cache
""",
    ),
    _V(
        _LF,
        "loop-over-examples",
        "one column of Z per example, filled in a loop",
        """def linear_forward(A, W, b):
    m = A.shape[1]
    Z = np.zeros((W.shape[0], m))
    for i in range(m):
        Z[:, i] = W @ A[:, i] + b[:, 0]
    cache = (A, W, b)
    return Z, cache
""",
    ),
    _V(
        _LF,
        "loop-over-units",
        "one row of Z per unit: the weighted sum of the rows of A, written with * and np.sum",
        """def linear_forward(A, W, b):
    n_l = W.shape[0]
    Z = np.zeros((n_l, A.shape[1]))
    for j in range(n_l):
        Z[j, :] = np.sum(W[j, :].reshape(-1, 1) * A, axis=0) + b[j, 0]
    cache = (A, W, b)
    return Z, cache
""",
    ),
    _V(
        _LF,
        "einsum-tile",
        "np.einsum for the product and np.tile to repeat b over the examples",
        """def linear_forward(A, W, b):
    Z = np.einsum("ij,jk->ik", W, A) + np.tile(b, (1, A.shape[1]))
    cache = (A, W, b)
    return Z, cache
""",
    ),
    _V(
        _LF,
        "cache-list-trial-print",
        "the cache as a list [A, W, b], and a trial call left at the bottom of the cell",
        """def linear_forward(A, W, b):
    Z = W @ A + b
    cache = [A, W, b]
    return Z, cache


A_try = np.array([[1.0, 2.0], [3.0, 4.0]])
print(linear_forward(A_try, np.array([[1.0, -1.0]]), np.array([[0.5]]))[0])
""",
    ),
]

# --------------------------------------------------------- linear_activation_forward

_LAF = "deep.linear_activation_forward"

_LINEAR_ACTIVATION_FORWARD = [
    _V(
        _LAF,
        "linear-once",
        "calls linear_forward once before the if, then only the activation differs",
        """def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        A, activation_cache = relu(Z)
    else:
        raise ValueError("unknown activation " + str(activation))
    cache = (linear_cache, activation_cache)
    return A, cache
""",
    ),
    _V(
        _LAF,
        "local-dispatch-dict",
        "picks the activation from a dictionary built inside the function",
        """def linear_activation_forward(A_prev, W, b, activation):
    activations = {"sigmoid": sigmoid, "relu": relu}
    Z, linear_cache = linear_forward(A_prev, W, b)
    A, activation_cache = activations[activation](Z)
    return A, (linear_cache, activation_cache)
""",
    ),
    _V(
        _LAF,
        "module-level-dispatch-dict",
        "the same dictionary, defined once at the top of the cell, above the def",
        """ACTIVATIONS = {"sigmoid": sigmoid, "relu": relu}


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    A, activation_cache = ACTIVATIONS[activation](Z)
    return A, (linear_cache, activation_cache)
""",
    ),
    _V(
        _LAF,
        "keywords-lower",
        "calls linear_forward with keyword arguments and compares activation.lower()",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation.lower() == "sigmoid":
        Z, linear_cache = linear_forward(A=A_prev, W=W, b=b)
        A, activation_cache = sigmoid(Z=Z)
    elif activation.lower() == "relu":
        Z, linear_cache = linear_forward(A=A_prev, W=W, b=b)
        A, activation_cache = relu(Z=Z)
    cache = (linear_cache, activation_cache)
    return A, cache
""",
    ),
    _V(
        _LAF,
        "inline-sigmoid",
        "computes the sigmoid itself (and caches Z) instead of calling sigmoid",
        """def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A = 1 / (1 + np.exp(-Z))
        activation_cache = Z
    else:
        A, activation_cache = relu(Z)
    return A, (linear_cache, activation_cache)
""",
    ),
    _V(
        _LAF,
        "inline-relu-where",
        "computes the ReLU itself with np.where, the sigmoid with the given function",
        """def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "relu":
        A = np.where(Z > 0, Z, 0.0)
        activation_cache = Z
    elif activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    return A, (linear_cache, activation_cache)
""",
    ),
    _V(
        _LAF,
        "inline-relu-mask-list-cache",
        "ReLU as Z * (Z > 0), cache stored as a list, an assert on A's shape",
        """def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        A = Z * (Z > 0)
        activation_cache = Z
    assert A.shape == (W.shape[0], A_prev.shape[1])
    cache = [linear_cache, activation_cache]
    return A, cache
""",
    ),
    _V(
        _LAF,
        "conditional-expression",
        "one line with a conditional expression choosing sigmoid or relu",
        """def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    A, activation_cache = sigmoid(Z) if activation == "sigmoid" else relu(Z)
    return A, (linear_cache, activation_cache)
""",
    ),
]

# ------------------------------------------------------------------- L_model_forward

_LMF = "deep.L_model_forward"

_L_MODEL_FORWARD = [
    _V(
        _LMF,
        "one-loop",
        "one loop over all L layers, the activation chosen by l == L",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        activation = "sigmoid" if l == L else "relu"
        A, cache = linear_activation_forward(
            A, parameters["W" + str(l)], parameters["b" + str(l)], activation
        )
        caches.append(cache)
    AL = A
    return AL, caches
""",
    ),
    _V(
        _LMF,
        "count-W-keys",
        "L counted from the keys that start with W, f-string keys",
        """def L_model_forward(X, parameters):
    L = sum(1 for key in parameters if key.startswith("W"))
    caches = []
    A = X
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
    caches.append(cache)
    return AL, caches
""",
    ),
    _V(
        _LMF,
        "classic-assert",
        "the classic template: A_prev = A in the loop, an assert on AL's shape",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2

    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], activation="relu"
        )
        caches.append(cache)

    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], activation="sigmoid"
    )
    caches.append(cache)

    assert AL.shape == (parameters["W" + str(L)].shape[0], X.shape[1])
    return AL, caches
""",
    ),
    _V(
        _LMF,
        "int-division-keywords",
        "L = int(len(parameters) / 2) and every argument given by keyword",
        """def L_model_forward(X, parameters):
    L = int(len(parameters) / 2)
    caches = []
    A = X
    for l in range(1, L):
        A, cache = linear_activation_forward(
            A_prev=A,
            W=parameters["W" + str(l)],
            b=parameters["b" + str(l)],
            activation="relu",
        )
        caches.append(cache)
    AL, cache = linear_activation_forward(
        A_prev=A, W=parameters["W" + str(L)], b=parameters["b" + str(L)], activation="sigmoid"
    )
    caches.append(cache)
    return AL, caches
""",
    ),
    _V(
        _LMF,
        "while-loop",
        "a while loop over the hidden layers",
        """def L_model_forward(X, parameters):
    L = len(parameters) // 2
    caches = []
    A = X
    l = 1
    while l < L:
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        A, cache = linear_activation_forward(A, W, b, "relu")
        caches.append(cache)
        l += 1
    W, b = parameters["W" + str(L)], parameters["b" + str(L)]
    AL, cache = linear_activation_forward(A, W, b, "sigmoid")
    caches.append(cache)
    return AL, caches
""",
    ),
    _V(
        _LMF,
        "zero-based-concat",
        "range(L - 1) with l + 1 in the keys, caches grown with + [cache]",
        """def L_model_forward(X, parameters):
    L = len(parameters) // 2
    caches = []
    A = X
    for l in range(L - 1):
        A, cache = linear_activation_forward(
            A, parameters["W" + str(l + 1)], parameters["b" + str(l + 1)], "relu"
        )
        caches = caches + [cache]
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches = caches + [cache]
    return AL, caches
""",
    ),
    _V(
        _LMF,
        "print-shapes",
        "prints the shape of every layer's output while going forward",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(
            A, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )
        print("layer", l, "A", A.shape)
        caches.append(cache)
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    print("layer", L, "AL", AL.shape)
    caches.append(cache)
    return AL, caches
""",
    ),
]

# ---------------------------------------------------------------------- compute_cost

_COST = "deep.compute_cost"

_COMPUTE_COST = [
    _V(
        _COST,
        "np-dot-squeeze",
        "the classic template's cross-entropy with np.dot, then np.squeeze (a 0-d array)",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -1 / m * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))
    cost = np.squeeze(cost)
    return cost
""",
    ),
    _V(
        _COST,
        "python-float",
        "returns a Python float made with float(...)",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    return float(cost)
""",
    ),
    _V(
        _COST,
        "math-log-loop",
        "a loop over the examples with math.log, the sum kept in a Python float",
        """import math


def compute_cost(AL, Y):
    m = Y.shape[1]
    total = 0.0
    for i in range(m):
        y, a = Y[0, i], AL[0, i]
        total += y * math.log(a) + (1 - y) * math.log(1 - a)
    cost = -total / m
    return cost
""",
    ),
    _V(
        _COST,
        "np-mean",
        "-np.mean of the per-example terms (a NumPy scalar), no m needed",
        """def compute_cost(AL, Y):
    cost = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return cost
""",
    ),
    _V(
        _COST,
        "multiply-squeeze-array",
        "np.multiply for the products, then np.squeeze(np.array(cost))",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)
    cost = -1 / m * np.sum(logprobs)
    cost = np.squeeze(np.array(cost))
    return cost
""",
    ),
    _V(
        _COST,
        "log-of-true-label-item",
        "the log of the probability given to the true label via np.where, returned with .item()",
        """def compute_cost(AL, Y):
    m = AL.shape[1]
    p_true = np.where(Y == 1, AL, 1 - AL)
    cost = -np.sum(np.log(p_true)) / m
    return cost.item()
""",
    ),
    _V(
        _COST,
        "einsum-size",
        "np.einsum for the sums, m from Y.size",
        """def compute_cost(AL, Y):
    m = Y.size
    total = np.einsum("ij,ij->", Y, np.log(AL)) + np.einsum("ij,ij->", 1 - Y, np.log(1 - AL))
    cost = -total / m
    return cost
""",
    ),
    _V(
        _COST,
        "matmul-squeeze-method-trial",
        "the (1, 1) matrix product squeezed with .squeeze(), and a trial print below the def",
        """def compute_cost(AL, Y):
    m = AL.shape[-1]
    cost = -(np.log(AL) @ Y.T + np.log(1 - AL) @ (1 - Y).T) / m
    cost = cost.squeeze()
    return cost


print(compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]])))
""",
    ),
]

# ------------------------------------------------------------------- linear_backward

_LB = "deep.linear_backward"

_LINEAR_BACKWARD = [
    _V(
        _LB,
        "np-dot-classic",
        "the classic template: 1./m * np.dot(...), keepdims=True, assert lines",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = 1.0 / m * np.dot(dZ, A_prev.T)
    db = 1.0 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)

    assert dA_prev.shape == A_prev.shape
    assert dW.shape == W.shape
    assert db.shape == b.shape

    return dA_prev, dW, db
""",
    ),
    _V(
        _LB,
        "reshape-column",
        "db as a flat sum reshaped to a column with reshape(-1, 1), np.matmul",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.matmul(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1).reshape(-1, 1) / m
    dA_prev = np.matmul(W.T, dZ)
    return dA_prev, dW, db
""",
    ),
    _V(
        _LB,
        "mean-keepdims",
        "db as np.mean(..., keepdims=True), m from dZ.shape[1]",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = dZ.shape[1]
    dW = dZ @ A_prev.T / m
    db = np.mean(dZ, axis=1, keepdims=True)
    dA_prev = W.T @ dZ
    return dA_prev, dW, db
""",
    ),
    _V(
        _LB,
        "none-index",
        "db = dZ.sum(axis=1)[:, None] / m, m read with X.shape[-1]",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[-1]
    dW = (dZ @ A_prev.T) / m
    db = dZ.sum(axis=1)[:, None] / m
    dA_prev = W.T @ dZ
    return dA_prev, dW, db
""",
    ),
    _V(
        _LB,
        "loop-over-examples",
        "accumulates each example's outer product and column, then divides by m",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.zeros(W.shape)
    db = np.zeros(b.shape)
    dA_prev = np.zeros(A_prev.shape)
    for i in range(m):
        dW += np.outer(dZ[:, i], A_prev[:, i])
        db += dZ[:, i : i + 1]
        dA_prev[:, i] = W.T @ dZ[:, i]
    dW = dW / m
    db = db / m
    return dA_prev, dW, db
""",
    ),
    _V(
        _LB,
        "einsum",
        "np.einsum for all three products",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.einsum("ik,jk->ij", dZ, A_prev) / m
    db = np.einsum("ik->i", dZ).reshape(-1, 1) / m
    dA_prev = np.einsum("ji,jk->ik", W, dZ)
    return dA_prev, dW, db
""",
    ),
    _V(
        _LB,
        "ones-vector-len",
        "db as dZ times a column of ones, m = len(A_prev[0]), b unpacked as _",
        """def linear_backward(dZ, cache):
    A_prev, W, _ = cache
    m = len(A_prev[0])
    dW = np.dot(dZ, A_prev.T) / m
    db = np.dot(dZ, np.ones((m, 1))) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
""",
    ),
    _V(
        _LB,
        "helper-in-cell",
        "a helper defined in the same cell averages over the examples",
        """def average_over_examples(M):
    return np.sum(M, axis=1, keepdims=True) / M.shape[1]


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = average_over_examples(dZ)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db
""",
    ),
]

# -------------------------------------------------------- linear_activation_backward

_LAB = "deep.linear_activation_backward"

_LINEAR_ACTIVATION_BACKWARD = [
    _V(
        _LAB,
        "linear-once-return",
        "only dZ depends on the branch; one return linear_backward(dZ, linear_cache)",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
    else:
        raise ValueError(activation)
    return linear_backward(dZ, linear_cache)
""",
    ),
    _V(
        _LAB,
        "dispatch-dict",
        "picks the activation's backward function from a dictionary",
        """def linear_activation_backward(dA, cache, activation):
    backward = {"relu": relu_backward, "sigmoid": sigmoid_backward}[activation]
    linear_cache, activation_cache = cache
    dZ = backward(dA, activation_cache)
    dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
""",
    ),
    _V(
        _LAB,
        "inline-relu-copy",
        "the classic ReLU backward inline: a copy of dA with the entries where Z <= 0 set to 0",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        Z = activation_cache
        dZ = np.array(dA, copy=True)
        dZ[Z <= 0] = 0
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
    dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
""",
    ),
    _V(
        _LAB,
        "inline-sigmoid-derivative",
        "the sigmoid's derivative written inline from Z, s * (1 - s)",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "sigmoid":
        s = 1 / (1 + np.exp(-activation_cache))
        dZ = dA * s * (1 - s)
    else:
        dZ = relu_backward(dA, activation_cache)
    dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
""",
    ),
    _V(
        _LAB,
        "nested-unpack-keywords",
        "unpacks ((A_prev, W, b), Z) at once and calls the building blocks with keywords",
        """def linear_activation_backward(dA, cache, activation):
    (A_prev, W, b), Z = cache
    if activation == "relu":
        dZ = relu_backward(dA=dA, cache=Z)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA=dA, cache=Z)
    dA_prev, dW, db = linear_backward(dZ=dZ, cache=(A_prev, W, b))
    return dA_prev, dW, db
""",
    ),
    _V(
        _LAB,
        "inline-relu-mask",
        "ReLU backward as dA * (Z > 0)",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    if activation == "relu":
        dZ = dA * (Z > 0)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, Z)
    return linear_backward(dZ, linear_cache)
""",
    ),
    _V(
        _LAB,
        "module-level-lambda",
        "the ReLU's derivative as a lambda defined at the top of the cell",
        """relu_derivative = lambda Z: (Z > 0).astype(float)  # noqa: E731


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = dA * relu_derivative(activation_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)
""",
    ),
    _V(
        _LAB,
        "index-cache-asserts",
        "reads the two caches by index and asserts the shapes of the results",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache = cache[0]
    activation_cache = cache[1]
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    assert dA_prev.shape == linear_cache[0].shape
    assert dW.shape == linear_cache[1].shape
    assert db.shape == linear_cache[2].shape
    return dA_prev, dW, db
""",
    ),
]

# ------------------------------------------------------------------ L_model_backward

_LMB = "deep.L_model_backward"

_L_MODEL_BACKWARD = [
    _V(
        _LMB,
        "classic-zero-based",
        "the classic template: current_cache, *_temp names, reversed(range(L - 1)) with l + 1",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    m = AL.shape[1]
    Y = Y.reshape(AL.shape)

    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))

    current_cache = caches[L - 1]
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, current_cache, "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp

    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(
            grads["dA" + str(l + 1)], current_cache, "relu"
        )
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp

    return grads
""",
    ),
    _V(
        _LMB,
        "one-loop",
        "one loop from L down to 1, the activation chosen by l == L",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    for l in range(L, 0, -1):
        activation = "sigmoid" if l == L else "relu"
        dA, dW, db = linear_activation_backward(dA, caches[l - 1], activation)
        grads["dA" + str(l - 1)] = dA
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db
    return grads
""",
    ),
    _V(
        _LMB,
        "fstring-tuple-target",
        "assigns the three results straight into grads[f...] with one tuple target",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = -(Y / AL - (1 - Y) / (1 - AL))
    grads[f"dA{L - 1}"], grads[f"dW{L}"], grads[f"db{L}"] = linear_activation_backward(
        dAL, caches[L - 1], "sigmoid"
    )
    for l in reversed(range(1, L)):
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = linear_activation_backward(
            grads[f"dA{l}"], caches[l - 1], "relu"
        )
    return grads
""",
    ),
    _V(
        _LMB,
        "dAL-one-fraction",
        "dAL written as one fraction, (AL - Y) / (AL (1 - AL))",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = (AL - Y) / (AL * (1 - AL))
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db
    return grads
""",
    ),
    _V(
        _LMB,
        "dZL-shortcut",
        "sigmoid + cross-entropy: dZL = AL - Y, then the notebook's linear_backward for layer L",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    linear_cache, _ = caches[L - 1]
    dZL = AL - Y
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = linear_backward(
        dZL, linear_cache
    )
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db
    return grads
""",
    ),
    _V(
        _LMB,
        "while-loop-keywords",
        "np.reshape, a while loop, and the activation given by keyword",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = np.reshape(Y, AL.shape)
    dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA, grads["dW" + str(L)], grads["db" + str(L)] = linear_activation_backward(
        dA, caches[-1], activation="sigmoid"
    )
    grads["dA" + str(L - 1)] = dA
    l = L - 1
    while l >= 1:
        dA, dW, db = linear_activation_backward(dA, caches[l - 1], activation="relu")
        grads["dA" + str(l - 1)] = dA
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db
        l -= 1
    return grads
""",
    ),
    _V(
        _LMB,
        "enumerate-reversed-caches",
        "walks the hidden layers' caches with reversed(list(enumerate(..., start=1)))",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA, dW, db = linear_activation_backward(dAL, caches[-1], "sigmoid")
    grads.update({f"dA{L - 1}": dA, f"dW{L}": dW, f"db{L}": db})
    for l, cache in reversed(list(enumerate(caches[:-1], start=1))):
        dA, dW, db = linear_activation_backward(dA, cache, "relu")
        grads.update({f"dA{l - 1}": dA, f"dW{l}": dW, f"db{l}": db})
    return grads
""",
    ),
]

# ----------------------------------------------------------------- update_parameters

_UP = "deep.update_parameters"

_UPDATE_PARAMETERS = [
    _V(
        _UP,
        "deepcopy-inplace",
        "copy.deepcopy(params) first (import at the top of the cell), then -= on the copy",
        """import copy


def update_parameters(params, grads, learning_rate):
    parameters = copy.deepcopy(params)
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] -= learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] -= learning_rate * grads["db" + str(l + 1)]
    return parameters
""",
    ),
    _V(
        _UP,
        "shallow-copy-rebind",
        "params.copy(), then every entry rebound to a new array (no in-place change)",
        """def update_parameters(params, grads, learning_rate):
    parameters = params.copy()
    L = len(parameters) // 2
    for l in range(1, L + 1):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters
""",
    ),
    _V(
        _UP,
        "dict-comprehension",
        "one dict comprehension over params.items(), the gradient found as 'd' + key",
        """def update_parameters(params, grads, learning_rate):
    parameters = {key: value - learning_rate * grads["d" + key] for key, value in params.items()}
    return parameters
""",
    ),
    _V(
        _UP,
        "np-subtract-fstring",
        "np.subtract and f-string keys",
        """def update_parameters(params, grads, learning_rate):
    parameters = {}
    L = len(params) // 2
    for l in range(1, L + 1):
        parameters[f"W{l}"] = np.subtract(params[f"W{l}"], learning_rate * grads[f"dW{l}"])
        parameters[f"b{l}"] = np.subtract(params[f"b{l}"], learning_rate * grads[f"db{l}"])
    return parameters
""",
    ),
    _V(
        _UP,
        "count-W-keys",
        "L counted from the keys starting with W; the learning rate multiplied last",
        """def update_parameters(params, grads, learning_rate):
    L = len([key for key in params if key.startswith("W")])
    parameters = {}
    for l in range(1, L + 1):
        parameters["W" + str(l)] = params["W" + str(l)] - grads["dW" + str(l)] * learning_rate
        parameters["b" + str(l)] = params["b" + str(l)] - grads["db" + str(l)] * learning_rate
    return parameters
""",
    ),
    _V(
        _UP,
        "copy-arrays-inplace",
        "copies every array with .copy() in a comprehension, then -= on the copies",
        """def update_parameters(params, grads, learning_rate):
    parameters = {key: value.copy() for key, value in params.items()}
    for key in parameters:
        parameters[key] -= learning_rate * grads["d" + key]
    return parameters
""",
    ),
    _V(
        _UP,
        "import-inside-np-copy",
        "imports copy inside the function, copy.copy of the dict and np.copy of each array",
        """def update_parameters(params, grads, learning_rate):
    import copy

    parameters = copy.copy(params)
    L = len(params) // 2
    for l in range(1, L + 1):
        W = np.copy(params["W" + str(l)])
        b = np.copy(params["b" + str(l)])
        W -= learning_rate * grads["dW" + str(l)]
        b -= learning_rate * grads["db" + str(l)]
        parameters["W" + str(l)] = W
        parameters["b" + str(l)] = b
    return parameters
""",
    ),
]

VARIANTS = [
    *_INITIALIZE_PARAMETERS,
    *_INITIALIZE_PARAMETERS_DEEP,
    *_LINEAR_FORWARD,
    *_LINEAR_ACTIVATION_FORWARD,
    *_L_MODEL_FORWARD,
    *_COMPUTE_COST,
    *_LINEAR_BACKWARD,
    *_LINEAR_ACTIVATION_BACKWARD,
    *_L_MODEL_BACKWARD,
    *_UPDATE_PARAMETERS,
]
