"""Mistake zoo of the Week 4 step-by-step notebook (deep_nn_step_by_step.ipynb)."""

from autograder.exercises.zoo import Mistake

_M = Mistake

# ------------------------------------------------------------- initialize_parameters

_INIT = "deep.initialize_parameters"
_INIT_W1 = "W1 = np.random.randn(n_h, n_x) * 0.01"
_INIT_B1 = "b1 = np.zeros((n_h, 1))"

_INITIALIZE_PARAMETERS = [
    _M(
        _INIT,
        "no-0.01-scale",
        "forgets to scale W1 by 0.01",
        _INIT_W1,
        "W1 = np.random.randn(n_h, n_x)",
        "constant factor of 100",
    ),
    _M(
        _INIT,
        "xavier-scale",
        "scales by 1/sqrt(n_prev) as in the application, not by 0.01",
        "W1 = np.random.randn(n_h, n_x) * 0.01\n    b1 = np.zeros((n_h, 1))\n"
        "    W2 = np.random.randn(n_y, n_h) * 0.01",
        "W1 = np.random.randn(n_h, n_x) / np.sqrt(n_x)\n    b1 = np.zeros((n_h, 1))\n"
        "    W2 = np.random.randn(n_y, n_h) / np.sqrt(n_h)",
        "scales the weights by 1/sqrt",
    ),
    _M(
        _INIT,
        "W1-shape-transposed",
        "draws W1 with shape (n_x, n_h)",
        _INIT_W1,
        "W1 = np.random.randn(n_x, n_h) * 0.01",
        "transposed",
    ),
    _M(
        _INIT,
        "W2-drawn-first",
        "draws W2 before W1",
        "W1 = np.random.randn(n_h, n_x) * 0.01\n    b1 = np.zeros((n_h, 1))\n"
        "    W2 = np.random.randn(n_y, n_h) * 0.01",
        "W2 = np.random.randn(n_y, n_h) * 0.01\n    W1 = np.random.randn(n_h, n_x) * 0.01\n"
        "    b1 = np.zeros((n_h, 1))",
        "W2 is drawn before W1",
    ),
    _M(
        _INIT,
        "reseeds",
        "copies np.random.seed(1) from the classic notebook into the function",
        _INIT_W1,
        "np.random.seed(1)\n    " + _INIT_W1,
        "remove np.random.seed(1) from the function",
    ),
    _M(
        _INIT,
        "reseeds-42",
        "seeds with 42 inside the function, to get 'reproducible' weights",
        _INIT_W1,
        "np.random.seed(42)\n    " + _INIT_W1,
        "remove np.random.seed(42) from the function",
    ),
    _M(
        _INIT,
        "ones-bias",
        "initializes the biases with ones",
        _INIT_B1,
        "b1 = np.ones((n_h, 1))",
        "the biases start at zero",
    ),
    _M(
        _INIT,
        "uniform-rand",
        "draws from np.random.rand (uniform) instead of np.random.randn (normal)",
        _INIT_W1,
        "W1 = np.random.rand(n_h, n_x) * 0.01",
        "np.random.rand",
    ),
    _M(
        _INIT,
        "flat-bias",
        "makes b1 a flat (n_h,) vector",
        _INIT_B1,
        "b1 = np.zeros(n_h)",
        "a column (n, 1) is expected",
    ),
    _M(
        _INIT,
        "scalar-bias",
        "sets b1 to the number 0 and relies on broadcasting",
        _INIT_B1,
        "b1 = 0",
        "should be a NumPy array",
    ),
]

# -------------------------------------------------------- initialize_parameters_deep

_DEEP = "deep.initialize_parameters_deep"
_DEEP_W = 'parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01'
_DEEP_B = 'parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))'

_INITIALIZE_PARAMETERS_DEEP = [
    _M(
        _DEEP,
        "xavier-scale",
        "scales by 1/sqrt(n_prev) as in the application, not by 0.01",
        _DEEP_W,
        'parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(\n'
        "            layer_dims[l - 1]\n        )",
        "scales the weights by 1/sqrt",
    ),
    _M(
        _DEEP,
        "no-0.01-scale",
        "forgets the 0.01",
        _DEEP_W,
        'parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1])',
        "constant factor of 100",
    ),
    _M(
        _DEEP,
        "W-shape-transposed",
        "draws W{l} with shape (n_{l-1}, n_l)",
        _DEEP_W,
        'parameters["W" + str(l)] = np.random.randn(layer_dims[l - 1], layer_dims[l]) * 0.01',
        "transposed",
    ),
    _M(
        _DEEP,
        "reseeds",
        "copies np.random.seed(3) from the classic notebook into the function",
        "    parameters = {}\n",
        "    np.random.seed(3)\n    parameters = {}\n",
        "remove np.random.seed(3) from the function",
    ),
    _M(
        _DEEP,
        "reseeds-0",
        "seeds with 0 inside the function",
        "    parameters = {}\n",
        "    np.random.seed(0)\n    parameters = {}\n",
        "remove np.random.seed(0) from the function",
    ),
    _M(
        _DEEP,
        "reseeds-in-loop",
        "seeds with an uncommon seed at every layer of the loop",
        _DEEP_W,
        "np.random.seed(7)\n        " + _DEEP_W,
        "remove any np.random.seed from the function",
    ),
    _M(
        _DEEP,
        "loop-misses-last-layer",
        "loops over range(1, L) and never makes W{L}, b{L}",
        "for l in range(1, L + 1):",
        "for l in range(1, L):",
        "missing: W",
    ),
    _M(
        _DEEP,
        "L-counts-input",
        "takes L = len(layer_dims), counting the input as a layer",
        "L = len(layer_dims) - 1  # number",
        "L = len(layer_dims)  # number",
        "raised IndexError",
    ),
    _M(
        _DEEP,
        "random-bias",
        "draws the biases at random too (which also shifts the later draws)",
        _DEEP_B,
        'parameters["b" + str(l)] = np.random.randn(layer_dims[l], 1) * 0.01',
        "the biases are drawn at random",
    ),
    _M(
        _DEEP,
        "last-layer-first",
        "draws the layers from the last to the first",
        "for l in range(1, L + 1):",
        "for l in range(L, 0, -1):",
        "in the order W1, W2",
    ),
    _M(
        _DEEP,
        "uniform-rand",
        "draws from np.random.rand (uniform) instead of np.random.randn (normal)",
        _DEEP_W,
        'parameters["W" + str(l)] = np.random.rand(layer_dims[l], layer_dims[l - 1]) * 0.01',
        "np.random.rand",
    ),
    _M(
        _DEEP,
        "ones-bias",
        "initializes the biases with ones",
        _DEEP_B,
        'parameters["b" + str(l)] = np.ones((layer_dims[l], 1))',
        "the biases start at zero",
    ),
]

# -------------------------------------------------------------------- linear_forward

_LF = "deep.linear_forward"
_LF_Z = "Z = W @ A + b"

_LINEAR_FORWARD = [
    _M(_LF, "no-bias", "forgets to add b", _LF_Z, "Z = W @ A", "b is never added"),
    _M(_LF, "minus-bias", "subtracts b", _LF_Z, "Z = W @ A - b", "b is subtracted"),
    _M(
        _LF,
        "elementwise-product",
        "uses * instead of a matrix product",
        _LF_Z,
        "Z = W * A + b",
        "could not be broadcast",
    ),
    _M(
        _LF,
        "relu-in-linear",
        "applies the ReLU inside the linear step",
        _LF_Z,
        "Z = np.maximum(0, W @ A + b)",
        "only the linear step",
    ),
    _M(
        _LF,
        "cache-order",
        "stores the cache as (W, A, b)",
        "cache = (A, W, b)",
        "cache = (W, A, b)",
        "cache must be (A, W, b)",
    ),
    _M(
        _LF,
        "cache-holds-Z",
        "stores Z in the cache instead of the layer's input A",
        "cache = (A, W, b)",
        "cache = (Z, W, b)",
        "the input A of the layer, not Z",
    ),
    _M(
        _LF,
        "cache-without-b",
        "leaves b out of the cache",
        "cache = (A, W, b)",
        "cache = (A, W)",
        "should hold 3 items",
    ),
]

# --------------------------------------------------------- linear_activation_forward

_LAF = "deep.linear_activation_forward"

_LINEAR_ACTIVATION_FORWARD = [
    _M(
        _LAF,
        "sigmoid-branch-relu",
        "applies relu in the sigmoid branch (copy-paste)",
        "A, activation_cache = sigmoid(Z)",
        "A, activation_cache = relu(Z)",
        "the 'sigmoid' branch applies relu",
    ),
    _M(
        _LAF,
        "relu-branch-sigmoid",
        "applies sigmoid in the relu branch (copy-paste)",
        "A, activation_cache = relu(Z)",
        "A, activation_cache = sigmoid(Z)",
        "the 'relu' branch applies sigmoid",
    ),
    _M(
        _LAF,
        "cache-order",
        "stores (activation_cache, linear_cache)",
        "cache = (linear_cache, activation_cache)",
        "cache = (activation_cache, linear_cache)",
        "cache[0] should be a tuple of 3",
    ),
    _M(
        _LAF,
        "cache-holds-A",
        "stores the activation A as the activation cache instead of Z",
        "cache = (linear_cache, activation_cache)",
        "cache = (linear_cache, A)",
        "the activation cache holds Z",
    ),
    _M(
        _LAF,
        "sigmoid-sign",
        "writes the sigmoid by hand as 1 / (1 + exp(Z))",
        "A, activation_cache = sigmoid(Z)",
        "A, activation_cache = 1 / (1 + np.exp(Z)), Z",
        "1 / (1 + exp(-Z))",
    ),
    _M(
        _LAF,
        "returns-Z",
        "returns the linear output Z instead of the activation A",
        "    return A, cache",
        "    return Z, cache",
        "returns Z",
    ),
    _M(
        _LAF,
        "flat-cache",
        "flattens the cache into (A_prev, W, b, Z)",
        "cache = (linear_cache, activation_cache)",
        "cache = (*linear_cache, activation_cache)",
        "should hold 2 items",
    ),
    _M(
        _LAF,
        "leaky-relu",
        "writes the ReLU by hand as a leaky ReLU",
        "A, activation_cache = relu(Z)",
        "A, activation_cache = np.maximum(0.01 * Z, Z), Z",
        "ReLU is max(0, Z)",
    ),
]

# ------------------------------------------------------------------- L_model_forward

_LMF = "deep.L_model_forward"
_LMF_LAST = 'A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"'

_L_MODEL_FORWARD = [
    _M(
        _LMF,
        "loop-skips-a-layer",
        "runs the hidden layers over range(1, L - 1)",
        "for l in range(1, L):",
        "for l in range(1, L - 1):",
        "inner dimensions of a matrix product disagree",
    ),
    _M(
        _LMF,
        "L-not-halved",
        "takes L = len(parameters), which counts W and b separately",
        "L = len(parameters) // 2",
        "L = len(parameters)",
        "KeyError: 'W",
    ),
    _M(
        _LMF,
        "last-layer-relu",
        "uses relu for the output layer",
        _LMF_LAST,
        'A, parameters["W" + str(L)], parameters["b" + str(L)], "relu"',
        "the output layer L uses sigmoid",
    ),
    _M(
        _LMF,
        "hidden-sigmoid",
        "uses sigmoid for the hidden layers",
        'parameters["b" + str(l)], "relu"',
        'parameters["b" + str(l)], "sigmoid"',
        "the hidden layers use relu",
    ),
    _M(
        _LMF,
        "hidden-caches-not-kept",
        "forgets to append the caches of the hidden layers",
        "        caches.append(cache)\n",
        "",
        "should hold",
    ),
    _M(
        _LMF,
        "caches-reversed",
        "inserts each cache at the front, so the caches end up last layer first",
        "        caches.append(cache)\n",
        "        caches.insert(0, cache)\n",
        "layer 1 first",
    ),
    _M(
        _LMF,
        "returns-last-hidden",
        "returns A of the last hidden layer instead of AL",
        "    return AL, caches",
        "    return A, caches",
        "returns A of the last hidden layer",
    ),
    _M(
        _LMF,
        "output-layer-on-X",
        "feeds X instead of A into the output layer",
        _LMF_LAST,
        'X, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"',
        "inner dimensions of a matrix product disagree",
    ),
]

# ---------------------------------------------------------------------- compute_cost

_CC = "deep.compute_cost"
_CC_COST = "cost = -(1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))"

_COMPUTE_COST = [
    _M(
        _CC,
        "missing-minus",
        "forgets the minus sign",
        _CC_COST,
        "cost = (1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))",
        "the sign is flipped",
    ),
    _M(
        _CC,
        "missing-1/m",
        "sums over the examples without dividing by m",
        _CC_COST,
        "cost = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))",
        "too large by a factor of m",
    ),
    _M(
        _CC,
        "mean-and-1/m",
        "takes the mean and also divides by m",
        _CC_COST,
        "cost = -(1 / m) * np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))",
        "too small by a factor of m",
    ),
    _M(
        _CC,
        "only-positive-term",
        "keeps only the Y log(AL) term",
        _CC_COST,
        "cost = -(1 / m) * np.sum(Y * np.log(AL))",
        "the (1 - Y) log(1 - AL) term is missing",
    ),
    _M(
        _CC,
        "terms-swapped",
        "pairs Y with log(1 - AL) and (1 - Y) with log(AL)",
        _CC_COST,
        "cost = -(1 / m) * np.sum(Y * np.log(1 - AL) + (1 - Y) * np.log(AL))",
        "the log terms are swapped",
    ),
    _M(
        _CC,
        "log10",
        "uses np.log10 instead of the natural log",
        _CC_COST,
        "cost = -(1 / m) * np.sum(Y * np.log10(AL) + (1 - Y) * np.log10(1 - AL))",
        "np.log10",
    ),
    _M(
        _CC,
        "m-from-rows",
        "takes m = Y.shape[0], the number of rows",
        "m = Y.shape[1]",
        "m = Y.shape[0]",
        "too large by a factor of m",
    ),
    _M(
        _CC,
        "dot-without-squeeze",
        "writes the sum with np.dot and drops np.squeeze, returning [[cost]]",
        _CC_COST + "\n    ### END SOLUTION\n    cost = np.squeeze(cost)",
        "cost = -(1 / m) * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))\n"
        "    ### END SOLUTION",
        "should be a single number",
    ),
    _M(
        _CC,
        "sum-over-rows",
        "sums over axis=0, leaving one value per example",
        _CC_COST,
        "cost = -(1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=0)",
        "should be a single number",
    ),
]

# ------------------------------------------------------------------- linear_backward

_LB = "deep.linear_backward"
_LB_DW = "dW = (1 / m) * (dZ @ A_prev.T)"
_LB_DB = "db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)"
_LB_DA = "dA_prev = W.T @ dZ"

_LINEAR_BACKWARD = [
    _M(
        _LB,
        "missing-1/m",
        "forgets to average the gradient over the m examples",
        _LB_DW,
        "dW = dZ @ A_prev.T",
        "factor",
    ),
    _M(
        _LB,
        "db-missing-1/m",
        "sums dZ for db but forgets to divide by m",
        _LB_DB,
        "db = np.sum(dZ, axis=1, keepdims=True)",
        "db sums dZ over the examples but never divides by m",
    ),
    _M(
        _LB,
        "db-no-keepdims",
        "forgets keepdims=True in db",
        _LB_DB,
        "db = (1 / m) * np.sum(dZ, axis=1)",
        "keepdims=True",
    ),
    _M(
        _LB,
        "db-wrong-axis",
        "sums dZ over axis=0 (the units) instead of axis=1 (the examples)",
        _LB_DB,
        "db = (1 / m) * np.sum(dZ, axis=0, keepdims=True)",
        "db sums over axis=0",
    ),
    _M(
        _LB,
        "db-sum-all",
        "sums every entry of dZ into a single bias gradient",
        _LB_DB,
        "db = (1 / m) * np.sum(dZ, keepdims=True)",
        "db sums every entry of dZ",
    ),
    _M(
        _LB,
        "dA-without-transpose",
        "computes dA_prev with W instead of W.T",
        _LB_DA,
        "dA_prev = W @ dZ",
        "dA_prev uses W instead of W.T",
    ),
    _M(
        _LB,
        "dW-transposed",
        "computes A_prev dZ^T, the transpose of dW",
        _LB_DW,
        "dW = (1 / m) * (A_prev @ dZ.T)",
        "transposed",
    ),
    _M(
        _LB,
        "dA-averaged",
        "also divides dA_prev by m",
        _LB_DA,
        "dA_prev = (1 / m) * (W.T @ dZ)",
        "too small by a factor of m",
    ),
    _M(
        _LB,
        "m-from-rows",
        "takes m = A_prev.shape[0], the number of units",
        "m = A_prev.shape[1]",
        "m = A_prev.shape[0]",
        "m is the number of columns",
    ),
]

# -------------------------------------------------------- linear_activation_backward

_LAB = "deep.linear_activation_backward"
_LAB_RELU = "dZ = relu_backward(dA, activation_cache)"
_LAB_SIG = "dZ = sigmoid_backward(dA, activation_cache)"

_LINEAR_ACTIVATION_BACKWARD = [
    _M(
        _LAB,
        "relu-branch-sigmoid",
        "uses the sigmoid derivative in the relu branch (copy-paste)",
        _LAB_RELU,
        "dZ = sigmoid_backward(dA, activation_cache)",
        "the ReLU layer uses the sigmoid derivative",
    ),
    _M(
        _LAB,
        "sigmoid-branch-relu",
        "uses the ReLU derivative in the sigmoid branch (copy-paste)",
        _LAB_SIG,
        "dZ = relu_backward(dA, activation_cache)",
        "the sigmoid layer uses the ReLU derivative",
    ),
    _M(
        _LAB,
        "relu-skipped",
        "passes dA straight through as dZ in the relu branch",
        _LAB_RELU,
        "dZ = dA",
        "dZ = dA skips the ReLU derivative",
    ),
    _M(
        _LAB,
        "relu-mask-from-dA",
        "zeroes dZ where dA <= 0 instead of where Z <= 0",
        _LAB_RELU,
        "dZ = dA * (dA > 0)",
        "tests dA > 0 instead of Z > 0",
    ),
    _M(
        _LAB,
        "relu-times-relu",
        "multiplies dA by relu(Z) instead of by the indicator Z > 0",
        _LAB_RELU,
        "dZ = dA * np.maximum(0, activation_cache)",
        "multiplies dA by relu(Z)",
    ),
    _M(
        _LAB,
        "sigmoid-derivative-of-Z",
        "computes Z (1 - Z), treating the cached Z as if it were the activation",
        _LAB_SIG,
        "dZ = dA * activation_cache * (1 - activation_cache)",
        "uses Z (1 - Z)",
    ),
    _M(
        _LAB,
        "sigmoid-skipped",
        "passes dA to linear_backward in the sigmoid branch",
        _LAB_SIG + "\n        dA_prev, dW, db = linear_backward(dZ, linear_cache)",
        _LAB_SIG + "\n        dA_prev, dW, db = linear_backward(dA, linear_cache)",
        "the sigmoid derivative is missing",
    ),
    _M(
        _LAB,
        "sigmoid-without-1-s",
        "multiplies dA by s instead of s (1 - s)",
        _LAB_SIG,
        "dZ = dA * sigmoid(activation_cache)[0]",
        "s (1 - s)",
    ),
    _M(
        _LAB,
        "cache-unpacked-reversed",
        "unpacks the cache as (activation_cache, linear_cache)",
        "linear_cache, activation_cache = cache",
        "activation_cache, linear_cache = cache",
        "raised TypeError",
    ),
]

# ------------------------------------------------------------------ L_model_backward

_LMB = "deep.L_model_backward"
_LMB_DAL = "dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))"
_LMB_LOOP_CALL = (
    'dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], "relu")'
)

_L_MODEL_BACKWARD = [
    _M(
        _LMB,
        "dAL-sign",
        "drops the leading minus of dAL",
        _LMB_DAL,
        "dAL = np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)",
        "the sign is flipped",
    ),
    _M(
        _LMB,
        "dAL-one-term",
        "keeps only -Y/AL in dAL",
        _LMB_DAL,
        "dAL = -np.divide(Y, AL)",
        "dAL lacks the (1 - Y)/(1 - AL) term",
    ),
    _M(
        _LMB,
        "dAL-is-dZ",
        "starts from AL - Y, which is already dZ of the output layer",
        _LMB_DAL,
        "dAL = AL - Y",
        "AL - Y is dZ",
    ),
    _M(
        _LMB,
        "dAL-averaged",
        "divides dAL by m, so the 1/m is applied twice",
        _LMB_DAL,
        "dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)) / AL.shape[1]",
        "too small by a factor of m",
    ),
    _M(
        _LMB,
        "output-layer-relu",
        "backpropagates the output layer as a ReLU layer",
        'linear_activation_backward(dAL, caches[L - 1], "sigmoid")',
        'linear_activation_backward(dAL, caches[L - 1], "relu")',
        "the output layer is a sigmoid layer",
    ),
    _M(
        _LMB,
        "hidden-sigmoid",
        "backpropagates the hidden layers as sigmoid layers",
        _LMB_LOOP_CALL,
        'dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l - 1], '
        '"sigmoid")',
        "the hidden layers are ReLU layers",
    ),
    _M(
        _LMB,
        "hidden-get-dAL",
        "feeds dAL into every hidden layer instead of dA{l}",
        _LMB_LOOP_CALL,
        'dA_prev, dW, db = linear_activation_backward(dAL, caches[l - 1], "relu")',
        "not dAL",
    ),
    _M(
        _LMB,
        "cache-index-off-by-one",
        "uses caches[l] for layer l",
        _LMB_LOOP_CALL,
        'dA_prev, dW, db = linear_activation_backward(grads["dA" + str(l)], caches[l], "relu")',
        "layer l's cache is caches[l - 1]",
    ),
    _M(
        _LMB,
        "loop-skips-layer-1",
        "loops over reversed(range(2, L)), taking layer 1 for the input, and never reaches it",
        "for l in reversed(range(1, L)):",
        "for l in reversed(range(2, L)):",
        "missing: dW1",
    ),
    _M(
        _LMB,
        "dA-key-off-by-one",
        "stores the output layer's dA_prev under dA{L} and then reads a missing key",
        'grads["dA" + str(L - 1)] = dA_prev',
        'grads["dA" + str(L)] = dA_prev',
        "KeyError: 'dA",
    ),
]

# ----------------------------------------------------------------- update_parameters

_UP = "deep.update_parameters"
_UP_W = 'parameters["W" + str(l)] = params["W" + str(l)] - learning_rate * grads["dW" + str(l)]'
_UP_B = 'parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["db" + str(l)]'

_UPDATE_PARAMETERS = [
    _M(
        _UP,
        "plus-sign",
        "adds the gradient (gradient ascent)",
        _UP_W,
        'parameters["W" + str(l)] = params["W" + str(l)] + learning_rate * grads["dW" + str(l)]',
        "adds learning_rate * dW",
    ),
    _M(
        _UP,
        "no-learning-rate",
        "subtracts the raw gradient, without the learning rate",
        _UP_W,
        'parameters["W" + str(l)] = params["W" + str(l)] - grads["dW" + str(l)]',
        "without the learning_rate",
    ),
    _M(
        _UP,
        "in-place",
        "updates the input arrays in place with -=",
        _UP_W,
        'params["W" + str(l)] -= learning_rate * grads["dW" + str(l)]\n'
        '        parameters["W" + str(l)] = params["W" + str(l)]',
        "modified its input",
    ),
    _M(
        _UP,
        "same-dict",
        "writes the new arrays into the input dict (parameters = params)",
        "    parameters = {}\n",
        "    parameters = params\n",
        "modified its input",
    ),
    _M(
        _UP,
        "loop-misses-last",
        "loops over range(1, L) and never updates layer L",
        "for l in range(1, L + 1):",
        "for l in range(1, L):",
        "missing: W",
    ),
    _M(
        _UP,
        "L-not-halved",
        "takes L = len(params), which counts W and b separately",
        "L = len(params) // 2",
        "L = len(params)",
        "KeyError: 'W",
    ),
    _M(
        _UP,
        "b-with-dW",
        "updates b with dW",
        _UP_B,
        'parameters["b" + str(l)] = params["b" + str(l)] - learning_rate * grads["dW" + str(l)]',
        "b is updated with dW",
    ),
    _M(
        _UP,
        "b-not-updated",
        "copies b unchanged",
        _UP_B,
        'parameters["b" + str(l)] = params["b" + str(l)]',
        "b is never updated",
    ),
]

MISTAKES = [
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
