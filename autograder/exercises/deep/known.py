"""Known mistakes of the Week 4 step-by-step exercises."""

import numpy as np

from autograder.exercises.hints import COMMON_SEEDS, reseeds
from nnref import deep

# ------------------------------------------------------------- initialize_parameters


def _init2(draw=np.random.randn, scale=(0.01, 0.01), bias=np.zeros, seed=None, w2_first=False):
    """initialize_parameters with one knob turned: the draw, the scales, the biases..."""

    def init(n_x, n_h, n_y):
        if seed is not None:
            np.random.seed(seed)
        if w2_first:
            W2 = draw(n_y, n_h)
            W1 = draw(n_h, n_x)
        else:
            W1 = draw(n_h, n_x)
            W2 = draw(n_y, n_h)
        s1, s2 = scale(n_x, n_h) if callable(scale) else scale
        return {"W1": W1 * s1, "b1": bias((n_h, 1)), "W2": W2 * s2, "b2": bias((n_y, 1))}

    return init


def _xavier_scales(n_x, n_h):
    return 1 / np.sqrt(n_x), 1 / np.sqrt(n_h)


# -------------------------------------------------------- initialize_parameters_deep


def _init_deep(draw=np.random.randn, scale=None, bias=np.zeros, seed=None, random_bias=False):
    """initialize_parameters_deep with one knob turned."""

    def init(layer_dims):
        if seed is not None:
            np.random.seed(seed)
        parameters = {}
        for l in range(1, len(layer_dims)):
            n, n_prev = layer_dims[l], layer_dims[l - 1]
            s = 0.01 if scale is None else scale(n_prev)
            parameters[f"W{l}"] = draw(n, n_prev) * s
            parameters[f"b{l}"] = np.random.randn(n, 1) * 0.01 if random_bias else bias((n, 1))
        return parameters

    return init


def _inv_sqrt(n_prev):
    return 1 / np.sqrt(n_prev)


# -------------------------------------------------------------------- linear_forward


def _linear_forward_no_b(A, W, b):
    return W @ A, (A, W, b)


def _linear_forward_minus_b(A, W, b):
    return W @ A - b, (A, W, b)


def _linear_forward_relu(A, W, b):
    return np.maximum(0, W @ A + b), (A, W, b)


def _linear_forward_cache_WAb(A, W, b):
    return W @ A + b, (W, A, b)


def _linear_forward_cache_Z(A, W, b):
    Z = W @ A + b
    return Z, (Z, W, b)


# --------------------------------------------------------- linear_activation_forward


def _laf(act=None, cache_A=False, return_Z=False):
    """linear_activation_forward with one knob turned; act maps the activation name to (A, Z)."""

    def forward(A_prev, W, b, activation):
        Z, linear_cache = deep.linear_forward(A_prev, W, b)
        if act is not None:
            A = act(activation, Z)
        else:
            A = deep.sigmoid(Z)[0] if activation == "sigmoid" else deep.relu(Z)[0]
        activation_cache = A if cache_A else Z
        return (Z if return_Z else A), (linear_cache, activation_cache)

    return forward


def _all_relu(activation, Z):
    return deep.relu(Z)[0]


def _all_sigmoid(activation, Z):
    return deep.sigmoid(Z)[0]


def _sigmoid_sign(activation, Z):
    return 1 / (1 + np.exp(Z)) if activation == "sigmoid" else deep.relu(Z)[0]


def _leaky(activation, Z):
    return deep.sigmoid(Z)[0] if activation == "sigmoid" else np.maximum(0.01 * Z, Z)


# ------------------------------------------------------------------- L_model_forward


def _lmf(hidden="relu", last="sigmoid", reverse_hidden=False, return_hidden=False):
    """L_model_forward with one knob turned."""

    def forward(X, parameters):
        L = len(parameters) // 2
        A = X
        caches = []
        for l in range(1, L):
            A, cache = deep.linear_activation_forward(
                A, parameters[f"W{l}"], parameters[f"b{l}"], hidden
            )
            if reverse_hidden:
                caches.insert(0, cache)
            else:
                caches.append(cache)
        AL, cache = deep.linear_activation_forward(
            A, parameters[f"W{L}"], parameters[f"b{L}"], last
        )
        caches.append(cache)
        return (A if return_hidden else AL), caches

    return forward


# ---------------------------------------------------------------------- compute_cost


def _cost(terms):
    def cost(AL, Y):
        m = Y.shape[1]
        return np.squeeze(-(1 / m) * np.sum(terms(np.asarray(AL), np.asarray(Y))))

    return cost


# ------------------------------------------------------------------- linear_backward


def _linear_backward_no_mean_db(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, np.sum(dZ, axis=1, keepdims=True)


def _linear_backward_db_axis0(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, np.sum(dZ, axis=0, keepdims=True) / m


def _linear_backward_db_all(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, np.sum(dZ, keepdims=True) / m


def _linear_backward_W_not_transposed(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    return W @ dZ, dZ @ A_prev.T / m, np.sum(dZ, axis=1, keepdims=True) / m


def _linear_backward_m_rows(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[0]
    return W.T @ dZ, dZ @ A_prev.T / m, np.sum(dZ, axis=1, keepdims=True) / m


# -------------------------------------------------------- linear_activation_backward


def _lab(relu_dZ=None, sigmoid_dZ=None):
    """linear_activation_backward with the dZ of one branch replaced: f(dA, Z) -> dZ."""

    def backward(dA, cache, activation):
        linear_cache, Z = cache
        if activation == "relu":
            dZ = (relu_dZ or deep.relu_backward)(dA, Z)
        else:
            dZ = (sigmoid_dZ or deep.sigmoid_backward)(dA, Z)
        return deep.linear_backward(dZ, linear_cache)

    return backward


def _identity_dZ(dA, Z):
    return dA


def _relu_mask_dA(dA, Z):
    return dA * (dA > 0)


def _times_relu(dA, Z):
    return dA * np.maximum(0, Z)


def _sigmoid_of_Z_as_A(dA, Z):
    return dA * Z * (1 - Z)


def _sigmoid_without_1_minus_s(dA, Z):
    return dA * deep.sigmoid(Z)[0]


# ------------------------------------------------------------------ L_model_backward


def _dAL_right(AL, Y):
    return -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))


def _lmb(dAL=_dAL_right, last="sigmoid", hidden="relu", hidden_get_dAL=False, cache_shift=0):
    """L_model_backward with one knob turned (cache_shift=1: layer l < L reads caches[l])."""

    def backward(AL, Y, caches):
        L = len(caches)
        Y = Y.reshape(AL.shape)
        grads = {}
        dA_L = dAL(AL, Y)
        dA = dA_L
        for l in range(L, 0, -1):
            activation = last if l == L else hidden
            dA_in = dA_L if (hidden_get_dAL and l < L) else dA
            cache = caches[l - 1 + (cache_shift if l < L else 0)]
            dA, grads[f"dW{l}"], grads[f"db{l}"] = deep.linear_activation_backward(
                dA_in, cache, activation
            )
            grads[f"dA{l - 1}"] = dA
        return grads

    return backward


def _dAL_one_term(AL, Y):
    return -np.divide(Y, AL)


def _dAL_is_dZ(AL, Y):
    return AL - Y


# ----------------------------------------------------------------- update_parameters


def _update(W_step, b_step):
    """update_parameters with new W = W_step(W, dW, lr) and new b = b_step(b, db, dW, lr)."""

    def update(params, grads, learning_rate):
        parameters = {}
        for l in range(1, len(params) // 2 + 1):
            W, b = params[f"W{l}"], params[f"b{l}"]
            dW, db = grads[f"dW{l}"], grads[f"db{l}"]
            parameters[f"W{l}"] = W_step(W, dW, learning_rate)
            parameters[f"b{l}"] = b_step(b, db, dW, learning_rate)
        return parameters

    return update


def _W_right(W, dW, lr):
    return W - lr * dW


def _b_right(b, db, dW, lr):
    return b - lr * db


KNOWN = {
    "deep.initialize_parameters": [
        (
            "scales the weights by 1/sqrt(n_prev), the application's rule: this one uses 0.01",
            _init2(scale=_xavier_scales),
        ),
        ("W2 is drawn before W1: draw W1 first, then W2", _init2(w2_first=True)),
        *((reseeds(k), _init2(seed=k)) for k in COMMON_SEEDS),
        (
            "the biases start at zero: use np.zeros, not np.ones",
            _init2(bias=np.ones),
        ),
        (
            "np.random.rand draws uniform numbers: use np.random.randn (standard normal)",
            _init2(draw=np.random.rand),
        ),
    ],
    "deep.initialize_parameters_deep": [
        (
            "scales the weights by 1/sqrt(n_prev), the application's rule: this one uses 0.01",
            _init_deep(scale=_inv_sqrt),
        ),
        *((reseeds(k), _init_deep(seed=k)) for k in COMMON_SEEDS),
        (
            "the biases are drawn at random: they start at zero (np.zeros)",
            _init_deep(random_bias=True),
        ),
        ("the biases start at zero: use np.zeros, not np.ones", _init_deep(bias=np.ones)),
        (
            "np.random.rand draws uniform numbers: use np.random.randn (standard normal)",
            _init_deep(draw=np.random.rand),
        ),
    ],
    "deep.linear_forward": [
        ("b is never added: Z = W A + b", _linear_forward_no_b),
        ("b is subtracted: Z = W A + b", _linear_forward_minus_b),
        (
            "a ReLU is applied: linear_forward is only the linear step W A + b",
            _linear_forward_relu,
        ),
        ("the cache must be (A, W, b), in this order", _linear_forward_cache_WAb),
        ("the cache must hold the input A of the layer, not Z", _linear_forward_cache_Z),
    ],
    "deep.linear_activation_forward": [
        ("the 'sigmoid' branch applies relu", _laf(act=_all_relu)),
        ("the 'relu' branch applies sigmoid", _laf(act=_all_sigmoid)),
        ("the activation cache holds Z, not the activation A", _laf(cache_A=True)),
        ("the sigmoid is 1 / (1 + exp(-Z)): a minus sign is missing", _laf(act=_sigmoid_sign)),
        ("returns Z, the linear output, instead of the activation A", _laf(return_Z=True)),
        ("the ReLU is max(0, Z), not a leaky max(0.01 Z, Z)", _laf(act=_leaky)),
    ],
    "deep.L_model_forward": [
        ("the output layer L uses sigmoid, not relu", _lmf(last="relu")),
        ("the hidden layers use relu, not sigmoid", _lmf(hidden="sigmoid")),
        (
            "the caches are in the wrong order: keep layer 1 first (append each cache)",
            _lmf(reverse_hidden=True),
        ),
        ("returns A of the last hidden layer instead of AL", _lmf(return_hidden=True)),
    ],
    "deep.compute_cost": [
        (
            "the (1 - Y) log(1 - AL) term is missing",
            _cost(lambda AL, Y: Y * np.log(AL)),
        ),
        (
            "the log terms are swapped: Y goes with log(AL), 1 - Y with log(1 - AL)",
            _cost(lambda AL, Y: Y * np.log(1 - AL) + (1 - Y) * np.log(AL)),
        ),
        (
            "np.log10 is not the natural log: use np.log",
            _cost(lambda AL, Y: Y * np.log10(AL) + (1 - Y) * np.log10(1 - AL)),
        ),
    ],
    "deep.linear_backward": [
        ("db sums dZ over the examples but never divides by m", _linear_backward_no_mean_db),
        (
            "db sums over axis=0 (the units): sum dZ over axis=1, the examples",
            _linear_backward_db_axis0,
        ),
        (
            "db sums every entry of dZ: sum over axis=1 only, one value per unit",
            _linear_backward_db_all,
        ),
        ("dA_prev uses W instead of W.T", _linear_backward_W_not_transposed),
        (
            "m is the number of columns of A_prev (A_prev.shape[1]), not of its rows",
            _linear_backward_m_rows,
        ),
    ],
    "deep.linear_activation_backward": [
        ("the ReLU layer uses the sigmoid derivative", _lab(relu_dZ=deep.sigmoid_backward)),
        ("the sigmoid layer uses the ReLU derivative", _lab(sigmoid_dZ=deep.relu_backward)),
        (
            "dZ = dA skips the ReLU derivative: dZ = dA where Z > 0, else 0",
            _lab(relu_dZ=_identity_dZ),
        ),
        ("the ReLU derivative tests dA > 0 instead of Z > 0", _lab(relu_dZ=_relu_mask_dA)),
        (
            "multiplies dA by relu(Z): the ReLU derivative is 1 where Z > 0, else 0",
            _lab(relu_dZ=_times_relu),
        ),
        (
            "the sigmoid derivative uses Z (1 - Z): compute s = sigmoid(Z), then s (1 - s)",
            _lab(sigmoid_dZ=_sigmoid_of_Z_as_A),
        ),
        (
            "the sigmoid derivative is missing: linear_backward gets dA instead of dZ",
            _lab(sigmoid_dZ=_identity_dZ),
        ),
        (
            "dZ = dA * s misses a factor: the sigmoid derivative is s (1 - s)",
            _lab(sigmoid_dZ=_sigmoid_without_1_minus_s),
        ),
    ],
    "deep.L_model_backward": [
        ("dAL lacks the (1 - Y)/(1 - AL) term", _lmb(dAL=_dAL_one_term)),
        (
            "dAL = AL - Y is dZ of the output layer, not dAL: use -(Y/AL - (1 - Y)/(1 - AL))",
            _lmb(dAL=_dAL_is_dZ),
        ),
        ("the output layer is a sigmoid layer, not relu", _lmb(last="relu")),
        ("the hidden layers are ReLU layers, not sigmoid", _lmb(hidden="sigmoid")),
        (
            "each hidden layer must get dA{l} from the layer above, not dAL",
            _lmb(hidden_get_dAL=True),
        ),
        (
            "layer l's cache is caches[l - 1] (layer 1 is at index 0): caches[l] belongs to"
            " layer l + 1",
            _lmb(cache_shift=1),
        ),
    ],
    "deep.update_parameters": [
        (
            "adds learning_rate * dW: gradient descent subtracts it",
            _update(lambda W, dW, lr: W + lr * dW, _b_right),
        ),
        (
            "subtracts dW without the learning_rate",
            _update(lambda W, dW, lr: W - dW, _b_right),
        ),
        (
            "b is updated with dW instead of db",
            _update(_W_right, lambda b, db, dW, lr: b - lr * dW),
        ),
        (
            "b is never updated: b{l} - learning_rate * db{l}",
            _update(_W_right, lambda b, db, dW, lr: b),
        ),
    ],
}
