"""Mistake zoo of nnref.deep: wrong answer cells that must lose points with their hint.

Each entry is the whole answer cell a student might have written (see
:mod:`autograder.exercises.zoo`), so rewording the solution never breaks it.
"""

from autograder.exercises.zoo import Mistake

_M = Mistake

MISTAKES = [
    # ------------------------------------------------- initialize_parameters
    _M(
        "deep.initialize_parameters",
        "no-0.01-scale",
        "forgets to scale W1 by 0.01",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x)
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "constant factor of 100",
    ),
    _M(
        "deep.initialize_parameters",
        "xavier-scale",
        "scales by 1/sqrt(n_prev) as in the application, not by 0.01",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) / np.sqrt(n_x)
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) / np.sqrt(n_h)
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "scales the weights by 1/sqrt",
    ),
    _M(
        "deep.initialize_parameters",
        "W1-shape-transposed",
        "draws W1 with shape (n_x, n_h)",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_x, n_h) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "transposed",
    ),
    _M(
        "deep.initialize_parameters",
        "W2-drawn-first",
        "draws W2 before W1",
        """def initialize_parameters(n_x, n_h, n_y):
    W2 = np.random.randn(n_y, n_h) * 0.01
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "W2 is drawn before W1",
    ),
    _M(
        "deep.initialize_parameters",
        "reseeds",
        "copies np.random.seed(1) from the classic notebook into the function",
        """def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(1)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "remove np.random.seed(1) from the function",
    ),
    _M(
        "deep.initialize_parameters",
        "reseeds-42",
        "seeds with 42 inside the function, to get 'reproducible' weights",
        """def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(42)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "remove np.random.seed(42) from the function",
    ),
    _M(
        "deep.initialize_parameters",
        "ones-bias",
        "initializes the biases with ones",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.ones((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "the biases start at zero",
    ),
    _M(
        "deep.initialize_parameters",
        "uniform-rand",
        "draws from np.random.rand (uniform) instead of np.random.randn (normal)",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.rand(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "np.random.rand",
    ),
    _M(
        "deep.initialize_parameters",
        "flat-bias",
        "makes b1 a flat (n_h,) vector",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros(n_h)
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "a column (n, 1) is expected",
    ),
    _M(
        "deep.initialize_parameters",
        "scalar-bias",
        "sets b1 to the number 0 and relies on broadcasting",
        """def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = 0
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters
""",
        "should be a NumPy array",
    ),
    # -------------------------------------------- initialize_parameters_deep
    _M(
        "deep.initialize_parameters_deep",
        "xavier-scale",
        "scales by 1/sqrt(n_prev) as in the application, not by 0.01",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(
            layer_dims[l - 1]
        )
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "scales the weights by 1/sqrt",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "no-0.01-scale",
        "forgets the 0.01",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "constant factor of 100",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "W-shape-transposed",
        "draws W{l} with shape (n_{l-1}, n_l)",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l - 1], layer_dims[l]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "transposed",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "reseeds",
        "copies np.random.seed(3) from the classic notebook into the function",
        """def initialize_parameters_deep(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "remove np.random.seed(3) from the function",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "reseeds-0",
        "seeds with 0 inside the function",
        """def initialize_parameters_deep(layer_dims):
    np.random.seed(0)
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "remove np.random.seed(0) from the function",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "reseeds-in-loop",
        "seeds with an uncommon seed at every layer of the loop",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        np.random.seed(7)
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "remove any np.random.seed from the function",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "loop-misses-last-layer",
        "loops over range(1, L) and never makes W{L}, b{L}",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "missing: W",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "L-counts-input",
        "takes L = len(layer_dims), counting the input as a layer",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims)  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "raised IndexError",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "random-bias",
        "draws the biases at random too (which also shifts the later draws)",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.random.randn(layer_dims[l], 1) * 0.01

    return parameters
""",
        "the biases are drawn at random",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "last-layer-first",
        "draws the layers from the last to the first",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(L, 0, -1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "in the order W1, W2",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "uniform-rand",
        "draws from np.random.rand (uniform) instead of np.random.randn (normal)",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.rand(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))

    return parameters
""",
        "np.random.rand",
    ),
    _M(
        "deep.initialize_parameters_deep",
        "ones-bias",
        "initializes the biases with ones",
        """def initialize_parameters_deep(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1  # number of layers, the input not counted

    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.ones((layer_dims[l], 1))

    return parameters
""",
        "the biases start at zero",
    ),
    # -------------------------------------------------------- linear_forward
    _M(
        "deep.linear_forward",
        "no-bias",
        "forgets to add b",
        """def linear_forward(A, W, b):
    Z = W @ A
    cache = (A, W, b)
    return Z, cache
""",
        "b is never added",
    ),
    _M(
        "deep.linear_forward",
        "minus-bias",
        "subtracts b",
        """def linear_forward(A, W, b):
    Z = W @ A - b
    cache = (A, W, b)
    return Z, cache
""",
        "b is subtracted",
    ),
    _M(
        "deep.linear_forward",
        "elementwise-product",
        "uses * instead of a matrix product",
        """def linear_forward(A, W, b):
    Z = W * A + b
    cache = (A, W, b)
    return Z, cache
""",
        "could not be broadcast",
    ),
    _M(
        "deep.linear_forward",
        "relu-in-linear",
        "applies the ReLU inside the linear step",
        """def linear_forward(A, W, b):
    Z = np.maximum(0, W @ A + b)
    cache = (A, W, b)
    return Z, cache
""",
        "only the linear step",
    ),
    _M(
        "deep.linear_forward",
        "cache-order",
        "stores the cache as (W, A, b)",
        """def linear_forward(A, W, b):
    Z = W @ A + b
    cache = (W, A, b)
    return Z, cache
""",
        "cache must be (A, W, b)",
    ),
    _M(
        "deep.linear_forward",
        "cache-holds-Z",
        "stores Z in the cache instead of the layer's input A",
        """def linear_forward(A, W, b):
    Z = W @ A + b
    cache = (Z, W, b)
    return Z, cache
""",
        "the input A of the layer, not Z",
    ),
    _M(
        "deep.linear_forward",
        "cache-without-b",
        "leaves b out of the cache",
        """def linear_forward(A, W, b):
    Z = W @ A + b
    cache = (A, W)
    return Z, cache
""",
        "should hold 3 items",
    ),
    # --------------------------------------------- linear_activation_forward
    _M(
        "deep.linear_activation_forward",
        "sigmoid-branch-relu",
        "applies relu in the sigmoid branch (copy-paste)",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    cache = (linear_cache, activation_cache)
    return A, cache
""",
        "the 'sigmoid' branch applies relu",
    ),
    _M(
        "deep.linear_activation_forward",
        "relu-branch-sigmoid",
        "applies sigmoid in the relu branch (copy-paste)",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    cache = (linear_cache, activation_cache)
    return A, cache
""",
        "the 'relu' branch applies sigmoid",
    ),
    _M(
        "deep.linear_activation_forward",
        "cache-order",
        "stores (activation_cache, linear_cache)",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    cache = (activation_cache, linear_cache)
    return A, cache
""",
        "cache[0] should be a tuple of 3",
    ),
    _M(
        "deep.linear_activation_forward",
        "cache-holds-A",
        "stores the activation A as the activation cache instead of Z",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    cache = (linear_cache, A)
    return A, cache
""",
        "the activation cache holds Z",
    ),
    _M(
        "deep.linear_activation_forward",
        "sigmoid-sign",
        "writes the sigmoid by hand as 1 / (1 + exp(Z))",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = 1 / (1 + np.exp(Z)), Z
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    cache = (linear_cache, activation_cache)
    return A, cache
""",
        "1 / (1 + exp(-Z))",
    ),
    _M(
        "deep.linear_activation_forward",
        "returns-Z",
        "returns the linear output Z instead of the activation A",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    cache = (linear_cache, activation_cache)
    return Z, cache
""",
        "returns Z",
    ),
    _M(
        "deep.linear_activation_forward",
        "flat-cache",
        "flattens the cache into (A_prev, W, b, Z)",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    cache = (*linear_cache, activation_cache)
    return A, cache
""",
        "should hold 2 items",
    ),
    _M(
        "deep.linear_activation_forward",
        "leaky-relu",
        "writes the ReLU by hand as a leaky ReLU",
        """def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = np.maximum(0.01 * Z, Z), Z
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    cache = (linear_cache, activation_cache)
    return A, cache
""",
        "ReLU is max(0, Z)",
    ),
    # ------------------------------------------------------- L_model_forward
    _M(
        "deep.L_model_forward",
        "loop-skips-a-layer",
        "runs the hidden layers over range(1, L - 1)",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers

    # [LINEAR -> RELU] for layers 1 .. L-1
    for l in range(1, L - 1):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )
        caches.append(cache)

    # LINEAR -> SIGMOID for layer L
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches.append(cache)

    return AL, caches
""",
        "inner dimensions of a matrix product disagree",
    ),
    _M(
        "deep.L_model_forward",
        "L-not-halved",
        "takes L = len(parameters), which counts W and b separately",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters)  # number of layers

    # [LINEAR -> RELU] for layers 1 .. L-1
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )
        caches.append(cache)

    # LINEAR -> SIGMOID for layer L
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches.append(cache)

    return AL, caches
""",
        "KeyError: 'W",
    ),
    _M(
        "deep.L_model_forward",
        "last-layer-relu",
        "uses relu for the output layer",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers

    # [LINEAR -> RELU] for layers 1 .. L-1
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )
        caches.append(cache)

    # LINEAR -> SIGMOID for layer L
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "relu"
    )
    caches.append(cache)

    return AL, caches
""",
        "the output layer L uses sigmoid",
    ),
    _M(
        "deep.L_model_forward",
        "hidden-sigmoid",
        "uses sigmoid for the hidden layers",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers

    # [LINEAR -> RELU] for layers 1 .. L-1
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "sigmoid"
        )
        caches.append(cache)

    # LINEAR -> SIGMOID for layer L
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches.append(cache)

    return AL, caches
""",
        "the hidden layers use relu",
    ),
    _M(
        "deep.L_model_forward",
        "hidden-caches-not-kept",
        "forgets to append the caches of the hidden layers",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers

    # [LINEAR -> RELU] for layers 1 .. L-1
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )

    # LINEAR -> SIGMOID for layer L
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches.append(cache)

    return AL, caches
""",
        "should hold",
    ),
    _M(
        "deep.L_model_forward",
        "caches-reversed",
        "inserts each cache at the front, so the caches end up last layer first",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers

    # [LINEAR -> RELU] for layers 1 .. L-1
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )
        caches.insert(0, cache)

    # LINEAR -> SIGMOID for layer L
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches.append(cache)

    return AL, caches
""",
        "layer 1 first",
    ),
    _M(
        "deep.L_model_forward",
        "returns-last-hidden",
        "returns A of the last hidden layer instead of AL",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers

    # [LINEAR -> RELU] for layers 1 .. L-1
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )
        caches.append(cache)

    # LINEAR -> SIGMOID for layer L
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches.append(cache)

    return A, caches
""",
        "returns A of the last hidden layer",
    ),
    _M(
        "deep.L_model_forward",
        "output-layer-on-X",
        "feeds X instead of A into the output layer",
        """def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2  # number of layers

    # [LINEAR -> RELU] for layers 1 .. L-1
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )
        caches.append(cache)

    # LINEAR -> SIGMOID for layer L
    AL, cache = linear_activation_forward(
        X, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches.append(cache)

    return AL, caches
""",
        "inner dimensions of a matrix product disagree",
    ),
    # ---------------------------------------------------------- compute_cost
    _M(
        "deep.compute_cost",
        "missing-minus",
        "forgets the minus sign",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = (1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    cost = np.squeeze(cost)  # a single number, not [[cost]]
    return cost
""",
        "the sign is flipped",
    ),
    _M(
        "deep.compute_cost",
        "missing-1/m",
        "sums over the examples without dividing by m",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    cost = np.squeeze(cost)  # a single number, not [[cost]]
    return cost
""",
        "too large by a factor of m",
    ),
    _M(
        "deep.compute_cost",
        "mean-and-1/m",
        "takes the mean and also divides by m",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(1 / m) * np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    cost = np.squeeze(cost)  # a single number, not [[cost]]
    return cost
""",
        "too small by a factor of m",
    ),
    _M(
        "deep.compute_cost",
        "only-positive-term",
        "keeps only the Y log(AL) term",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(1 / m) * np.sum(Y * np.log(AL))
    cost = np.squeeze(cost)  # a single number, not [[cost]]
    return cost
""",
        "the (1 - Y) log(1 - AL) term is missing",
    ),
    _M(
        "deep.compute_cost",
        "terms-swapped",
        "pairs Y with log(1 - AL) and (1 - Y) with log(AL)",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(1 / m) * np.sum(Y * np.log(1 - AL) + (1 - Y) * np.log(AL))
    cost = np.squeeze(cost)  # a single number, not [[cost]]
    return cost
""",
        "the log terms are swapped",
    ),
    _M(
        "deep.compute_cost",
        "log10",
        "uses np.log10 instead of the natural log",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(1 / m) * np.sum(Y * np.log10(AL) + (1 - Y) * np.log10(1 - AL))
    cost = np.squeeze(cost)  # a single number, not [[cost]]
    return cost
""",
        "np.log10",
    ),
    _M(
        "deep.compute_cost",
        "m-from-rows",
        "takes m = Y.shape[0], the number of rows",
        """def compute_cost(AL, Y):
    m = Y.shape[0]
    cost = -(1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    cost = np.squeeze(cost)  # a single number, not [[cost]]
    return cost
""",
        "too large by a factor of m",
    ),
    _M(
        "deep.compute_cost",
        "dot-without-squeeze",
        "writes the sum with np.dot and drops np.squeeze, returning [[cost]]",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(1 / m) * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))
    ### END SOLUTION  # a single number, not [[cost]]
    return cost
""",
        "should be a single number",
    ),
    _M(
        "deep.compute_cost",
        "sum-over-rows",
        "sums over axis=0, leaving one value per example",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=0)
    cost = np.squeeze(cost)  # a single number, not [[cost]]
    return cost
""",
        "should be a single number",
    ),
    # ------------------------------------------------------- linear_backward
    _M(
        "deep.linear_backward",
        "missing-1/m",
        "forgets to average the gradient over the m examples",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = dZ @ A_prev.T
    db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = W.T @ dZ

    return dA_prev, dW, db
""",
        "factor",
    ),
    _M(
        "deep.linear_backward",
        "db-missing-1/m",
        "sums dZ for db but forgets to divide by m",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = (1 / m) * (dZ @ A_prev.T)
    db = np.sum(dZ, axis=1, keepdims=True)
    dA_prev = W.T @ dZ

    return dA_prev, dW, db
""",
        "db sums dZ over the examples but never divides by m",
    ),
    _M(
        "deep.linear_backward",
        "db-no-keepdims",
        "forgets keepdims=True in db",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = (1 / m) * (dZ @ A_prev.T)
    db = (1 / m) * np.sum(dZ, axis=1)
    dA_prev = W.T @ dZ

    return dA_prev, dW, db
""",
        "keepdims=True",
    ),
    _M(
        "deep.linear_backward",
        "db-wrong-axis",
        "sums dZ over axis=0 (the units) instead of axis=1 (the examples)",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = (1 / m) * (dZ @ A_prev.T)
    db = (1 / m) * np.sum(dZ, axis=0, keepdims=True)
    dA_prev = W.T @ dZ

    return dA_prev, dW, db
""",
        "db sums over axis=0",
    ),
    _M(
        "deep.linear_backward",
        "db-sum-all",
        "sums every entry of dZ into a single bias gradient",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = (1 / m) * (dZ @ A_prev.T)
    db = (1 / m) * np.sum(dZ, keepdims=True)
    dA_prev = W.T @ dZ

    return dA_prev, dW, db
""",
        "db sums every entry of dZ",
    ),
    _M(
        "deep.linear_backward",
        "dA-without-transpose",
        "computes dA_prev with W instead of W.T",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = (1 / m) * (dZ @ A_prev.T)
    db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = W @ dZ

    return dA_prev, dW, db
""",
        "dA_prev uses W instead of W.T",
    ),
    _M(
        "deep.linear_backward",
        "dW-transposed",
        "computes A_prev dZ^T, the transpose of dW",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = (1 / m) * (A_prev @ dZ.T)
    db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = W.T @ dZ

    return dA_prev, dW, db
""",
        "transposed",
    ),
    _M(
        "deep.linear_backward",
        "dA-averaged",
        "also divides dA_prev by m",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]

    dW = (1 / m) * (dZ @ A_prev.T)
    db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = (1 / m) * (W.T @ dZ)

    return dA_prev, dW, db
""",
        "too small by a factor of m",
    ),
    _M(
        "deep.linear_backward",
        "m-from-rows",
        "takes m = A_prev.shape[0], the number of units",
        """def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[0]

    dW = (1 / m) * (dZ @ A_prev.T)
    db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = W.T @ dZ

    return dA_prev, dW, db
""",
        "m is the number of columns",
    ),
    # -------------------------------------------- linear_activation_backward
    _M(
        "deep.linear_activation_backward",
        "relu-branch-sigmoid",
        "uses the sigmoid derivative in the relu branch (copy-paste)",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "the ReLU layer uses the sigmoid derivative",
    ),
    _M(
        "deep.linear_activation_backward",
        "sigmoid-branch-relu",
        "uses the ReLU derivative in the sigmoid branch (copy-paste)",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "the sigmoid layer uses the ReLU derivative",
    ),
    _M(
        "deep.linear_activation_backward",
        "relu-skipped",
        "passes dA straight through as dZ in the relu branch",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = dA
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "dZ = dA skips the ReLU derivative",
    ),
    _M(
        "deep.linear_activation_backward",
        "relu-mask-from-dA",
        "zeroes dZ where dA <= 0 instead of where Z <= 0",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = dA * (dA > 0)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "tests dA > 0 instead of Z > 0",
    ),
    _M(
        "deep.linear_activation_backward",
        "relu-times-relu",
        "multiplies dA by relu(Z) instead of by the indicator Z > 0",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = dA * np.maximum(0, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "multiplies dA by relu(Z)",
    ),
    _M(
        "deep.linear_activation_backward",
        "sigmoid-derivative-of-Z",
        "computes Z (1 - Z), treating the cached Z as if it were the activation",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = dA * activation_cache * (1 - activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "uses Z (1 - Z)",
    ),
    _M(
        "deep.linear_activation_backward",
        "sigmoid-skipped",
        "passes dA to linear_backward in the sigmoid branch",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dA, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "the sigmoid derivative is missing",
    ),
    _M(
        "deep.linear_activation_backward",
        "sigmoid-without-1-s",
        "multiplies dA by s instead of s (1 - s)",
        """def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache

    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = dA * sigmoid(activation_cache)[0]
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "s (1 - s)",
    ),
    _M(
        "deep.linear_activation_backward",
        "cache-unpacked-reversed",
        "unpacks the cache as (activation_cache, linear_cache)",
        """def linear_activation_backward(dA, cache, activation):
    activation_cache, linear_cache = cache

    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    else:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")

    return dA_prev, dW, db
""",
        "raised TypeError",
    ),
    # ------------------------------------------------------ L_model_backward
    _M(
        "deep.L_model_backward",
        "dAL-sign",
        "drops the leading minus of dAL",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "the sign is flipped",
    ),
    _M(
        "deep.L_model_backward",
        "dAL-one-term",
        "keeps only -Y/AL in dAL",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = -np.divide(Y, AL)

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "dAL lacks the (1 - Y)/(1 - AL) term",
    ),
    _M(
        "deep.L_model_backward",
        "dAL-is-dZ",
        "starts from AL - Y, which is already dZ of the output layer",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = AL - Y

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "AL - Y is dZ",
    ),
    _M(
        "deep.L_model_backward",
        "dAL-averaged",
        "divides dAL by m, so the 1/m is applied twice",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)) / AL.shape[1]

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "too small by a factor of m",
    ),
    _M(
        "deep.L_model_backward",
        "output-layer-relu",
        "backpropagates the output layer as a ReLU layer",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "relu")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "the output layer is a sigmoid layer",
    ),
    _M(
        "deep.L_model_backward",
        "hidden-sigmoid",
        "backpropagates the hidden layers as sigmoid layers",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "sigmoid")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "the hidden layers are ReLU layers",
    ),
    _M(
        "deep.L_model_backward",
        "hidden-get-dAL",
        "feeds dAL into every hidden layer instead of dA{l}",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(dAL, caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "not dAL",
    ),
    _M(
        "deep.L_model_backward",
        "cache-index-off-by-one",
        "uses caches[l] for layer l",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "layer l's cache is caches[l - 1]",
    ),
    _M(
        "deep.L_model_backward",
        "loop-skips-layer-1",
        "loops over reversed(range(2, L)), taking layer 1 for the input, and never reaches it",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(2, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "missing: dW1",
    ),
    _M(
        "deep.L_model_backward",
        "dA-key-off-by-one",
        "stores the output layer's dA_prev under dA{L} and then reads a missing key",
        """def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)  # number of layers
    Y = Y.reshape(AL.shape)

    # Derivative of each example's loss with respect to its output (column i: example i)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))

    # Layer L: SIGMOID -> LINEAR backward
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads["dA" + str(L)] = dA_prev
    grads["dW" + str(L)] = dW
    grads["db" + str(L)] = db

    # Layers L-1 .. 1: RELU -> LINEAR backward
    for l in reversed(range(1, L)):
        dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")
        grads["dA" + str(l - 1)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db

    return grads
""",
        "KeyError: 'dA",
    ),
    # ----------------------------------------------------- update_parameters
    _M(
        "deep.update_parameters",
        "plus-sign",
        "adds the gradient (gradient ascent)",
        """def update_parameters(params, grads, learning_rate):
    parameters = {}
    L = len(params) // 2  # number of layers

    for l in range(1, L + 1):
        parameters["W" + str(l)] = params["W" + str(l)] + learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["db" + str(l)]

    return parameters
""",
        "adds learning_rate * dW",
    ),
    _M(
        "deep.update_parameters",
        "no-learning-rate",
        "subtracts the raw gradient, without the learning rate",
        """def update_parameters(params, grads, learning_rate):
    parameters = {}
    L = len(params) // 2  # number of layers

    for l in range(1, L + 1):
        parameters["W" + str(l)] = params["W" + str(l)] - grads["dW" + str(l)]
        parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["db" + str(l)]

    return parameters
""",
        "without the learning_rate",
    ),
    _M(
        "deep.update_parameters",
        "in-place",
        "updates the input arrays in place with -=",
        """def update_parameters(params, grads, learning_rate):
    parameters = {}
    L = len(params) // 2  # number of layers

    for l in range(1, L + 1):
        params["W" + str(l)] -= learning_rate * grads["dW" + str(l)]
        parameters["W" + str(l)] = params["W" + str(l)]
        parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["db" + str(l)]

    return parameters
""",
        "modified its input",
    ),
    _M(
        "deep.update_parameters",
        "same-dict",
        "writes the new arrays into the input dict (parameters = params)",
        """def update_parameters(params, grads, learning_rate):
    parameters = params
    L = len(params) // 2  # number of layers

    for l in range(1, L + 1):
        parameters["W" + str(l)] = params["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["db" + str(l)]

    return parameters
""",
        "modified its input",
    ),
    _M(
        "deep.update_parameters",
        "loop-misses-last",
        "loops over range(1, L) and never updates layer L",
        """def update_parameters(params, grads, learning_rate):
    parameters = {}
    L = len(params) // 2  # number of layers

    for l in range(1, L):
        parameters["W" + str(l)] = params["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["db" + str(l)]

    return parameters
""",
        "missing: W",
    ),
    _M(
        "deep.update_parameters",
        "L-not-halved",
        "takes L = len(params), which counts W and b separately",
        """def update_parameters(params, grads, learning_rate):
    parameters = {}
    L = len(params)  # number of layers

    for l in range(1, L + 1):
        parameters["W" + str(l)] = params["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["db" + str(l)]

    return parameters
""",
        "KeyError: 'W",
    ),
    _M(
        "deep.update_parameters",
        "b-with-dW",
        "updates b with dW",
        """def update_parameters(params, grads, learning_rate):
    parameters = {}
    L = len(params) // 2  # number of layers

    for l in range(1, L + 1):
        parameters["W" + str(l)] = params["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["dW" + str(l)]

    return parameters
""",
        "b is updated with dW",
    ),
    _M(
        "deep.update_parameters",
        "b-not-updated",
        "copies b unchanged",
        """def update_parameters(params, grads, learning_rate):
    parameters = {}
    L = len(params) // 2  # number of layers

    for l in range(1, L + 1):
        parameters["W" + str(l)] = params["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = params["b" + str(l)]

    return parameters
""",
        "b is never updated",
    ),
]
