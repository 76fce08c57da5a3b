"""Week 4, part 1: a deep L-layer network built step by step.

Hidden layers use ReLU, the output layer a sigmoid. Every forward step returns
``(output, cache)``; every backward step takes ``(d_output, cache)`` and
returns the gradients in the order of the step's inputs.

The backward steps follow the course's convention: ``dA`` and ``dZ`` hold the
derivatives of each example's loss L(a^(i), y^(i)), column i for example i
(m times the derivatives of the cost), and only ``dW`` and ``db`` are
derivatives of the cost J = (1/m) sum_i L(a^(i), y^(i)). In the backward pass
the 1/m therefore enters in :func:`linear_backward` and nowhere else.
"""

import numpy as np

# ---------------------------------------------------------------- activations


def sigmoid(Z):
    """Sigmoid activation, 1 / (1 + exp(-Z)).

    Parameters
    ----------
    Z : ndarray of any shape

    Returns
    -------
    A : ndarray, same shape as Z
    cache : ndarray
        Z itself, for :func:`sigmoid_backward`.
    """
    A = 1 / (1 + np.exp(-Z))
    return A, Z


def relu(Z):
    """ReLU activation, max(0, Z).

    Parameters
    ----------
    Z : ndarray of any shape

    Returns
    -------
    A : ndarray, same shape as Z
    cache : ndarray
        Z itself, for :func:`relu_backward`.
    """
    A = np.maximum(0, Z)
    return A, Z


def sigmoid_backward(dA, cache):
    """Gradient through a sigmoid: dZ = dA * s * (1 - s) with s = sigmoid(Z).

    Parameters
    ----------
    dA : ndarray of shape (n_l, m)
    cache : ndarray of shape (n_l, m)
        Z, as stored by :func:`sigmoid`.

    Returns
    -------
    dZ : ndarray of shape (n_l, m)
    """
    s = 1 / (1 + np.exp(-cache))
    return dA * s * (1 - s)


def relu_backward(dA, cache):
    """Gradient through a ReLU: dZ = dA where Z > 0, else 0.

    Parameters
    ----------
    dA : ndarray of shape (n_l, m)
    cache : ndarray of shape (n_l, m)
        Z, as stored by :func:`relu`.

    Returns
    -------
    dZ : ndarray of shape (n_l, m)
    """
    return np.where(cache > 0, dA, 0.0)


_FORWARD = {"sigmoid": sigmoid, "relu": relu}
_BACKWARD = {"sigmoid": sigmoid_backward, "relu": relu_backward}


def _check_activation(activation):
    if activation not in _FORWARD:
        raise ValueError(f"activation must be 'sigmoid' or 'relu', got {activation!r}")


# ------------------------------------------------------------- initialization


def initialize_parameters(n_x, n_h, n_y):
    """Small random weights and zero biases for a 2-layer network.

    Draws W1 then W2 from the global legacy generator (``np.random.randn``)
    and scales them by 0.01. It never reseeds.

    Parameters
    ----------
    n_x, n_h, n_y : int
        Sizes of the input, hidden and output layers.

    Returns
    -------
    parameters : dict
        W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1).
    """
    W1 = np.random.randn(n_h, n_x) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


def initialize_parameters_deep(layer_dims):
    """Random weights and zero biases for an L-layer network.

    W1 is drawn first, then W2, ..., each with ``np.random.randn(n_l, n_{l-1})``
    and scaled by 0.01.

    Parameters
    ----------
    layer_dims : sequence of int
        [n_x, n_1, ..., n_L], so the network has L = len(layer_dims) - 1 layers.

    Returns
    -------
    parameters : dict
        W{l} of shape (n_l, n_{l-1}) and b{l} of shape (n_l, 1) for l = 1..L.
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


# -------------------------------------------------------------------- forward


def linear_forward(A, W, b):
    """Linear step of one layer, Z = W A + b.

    Parameters
    ----------
    A : ndarray of shape (n_{l-1}, m)
        Activations of the previous layer (or X).
    W : ndarray of shape (n_l, n_{l-1})
    b : ndarray of shape (n_l, 1)

    Returns
    -------
    Z : ndarray of shape (n_l, m)
    cache : tuple
        (A, W, b), for :func:`linear_backward`.
    """
    Z = W @ A + b
    return Z, (A, W, b)


def linear_activation_forward(A_prev, W, b, activation):
    """One layer: the linear step followed by an activation.

    Parameters
    ----------
    A_prev : ndarray of shape (n_{l-1}, m)
    W : ndarray of shape (n_l, n_{l-1})
    b : ndarray of shape (n_l, 1)
    activation : {"sigmoid", "relu"}

    Returns
    -------
    A : ndarray of shape (n_l, m)
    cache : tuple
        (linear_cache, activation_cache) = ((A_prev, W, b), Z).
    """
    _check_activation(activation)
    Z, linear_cache = linear_forward(A_prev, W, b)
    A, activation_cache = _FORWARD[activation](Z)
    return A, (linear_cache, activation_cache)


def L_model_forward(X, parameters):
    """Forward pass: [LINEAR -> RELU] x (L-1), then LINEAR -> SIGMOID.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    parameters : dict
        W1, b1, ..., WL, bL as made by :func:`initialize_parameters_deep`.

    Returns
    -------
    AL : ndarray of shape (n_L, m)
        Output of the last layer (probabilities).
    caches : list of L tuples
        The cache of each layer, layer 1 first.
    """
    L = len(parameters) // 2
    A = X
    caches = []
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters[f"W{L}"], parameters[f"b{L}"], "sigmoid")
    caches.append(cache)
    return AL, caches


def compute_cost(AL, Y):
    """Cross-entropy cost, J = -(1/m) sum(Y log AL + (1 - Y) log(1 - AL)).

    Parameters
    ----------
    AL : array_like of shape (1, m)
        Predicted probabilities.
    Y : array_like of shape (1, m)
        True labels, 0 or 1.

    Returns
    -------
    cost : ndarray of shape ()
        A 0-d array (``np.squeeze`` of the sum).
    """
    AL = np.asarray(AL, dtype=float)
    Y = np.asarray(Y, dtype=float)
    m = Y.shape[1]
    cost = -(1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return np.squeeze(np.asarray(cost))


# ------------------------------------------------------------------- backward


def linear_backward(dZ, cache):
    """Gradients of the linear step Z = W A_prev + b for one layer.

    Parameters
    ----------
    dZ : ndarray of shape (n_l, m)
        Derivative of each example's loss with respect to Z (column i: example i).
    cache : tuple
        (A_prev, W, b), as stored by :func:`linear_forward`.

    Returns
    -------
    dA_prev : ndarray of shape (n_{l-1}, m)
        Derivative of each example's loss with respect to A_prev (no 1/m).
    dW : ndarray of shape (n_l, n_{l-1})
        Gradient of the cost with respect to W: (1/m) dZ A_prev^T.
    db : ndarray of shape (n_l, 1)
        Gradient of the cost with respect to b: (1/m) times the row sums of dZ.
    """
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = dZ @ A_prev.T / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = W.T @ dZ
    return dA_prev, dW, db


def linear_activation_backward(dA, cache, activation):
    """Gradients of one LINEAR -> ACTIVATION layer.

    Parameters
    ----------
    dA : ndarray of shape (n_l, m)
        Derivative of each example's loss with respect to this layer's output.
    cache : tuple
        ((A_prev, W, b), Z), as stored by :func:`linear_activation_forward`.
    activation : {"sigmoid", "relu"}

    Returns
    -------
    dA_prev : ndarray of shape (n_{l-1}, m)
    dW : ndarray of shape (n_l, n_{l-1})
    db : ndarray of shape (n_l, 1)
    """
    _check_activation(activation)
    linear_cache, activation_cache = cache
    dZ = _BACKWARD[activation](dA, activation_cache)
    return linear_backward(dZ, linear_cache)


def L_model_backward(AL, Y, caches):
    """Backward pass through [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID.

    Parameters
    ----------
    AL : ndarray of shape (1, m)
        Output of :func:`L_model_forward`.
    Y : ndarray of shape (1, m)
        True labels, 0 or 1.
    caches : list of L tuples
        As returned by :func:`L_model_forward`.

    Returns
    -------
    grads : dict
        Exactly the keys dA0 .. dA{L-1}, dW1 .. dWL and db1 .. dbL, where
        dA{l} has the shape of A{l} and dW{l}, db{l} the shapes of W{l}, b{l}.
        dA{l} are per-example derivatives of the loss, dW{l} and db{l}
        gradients of the cost.
    """
    L = len(caches)
    Y = Y.reshape(AL.shape)
    grads = {}
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA = dAL
    for l in range(L, 0, -1):
        activation = "sigmoid" if l == L else "relu"
        dA, grads[f"dW{l}"], grads[f"db{l}"] = linear_activation_backward(
            dA, caches[l - 1], activation
        )
        grads[f"dA{l - 1}"] = dA
    return grads


def update_parameters(params, grads, learning_rate):
    """One step of gradient descent, W{l} - learning_rate * dW{l} (same for b).

    Parameters
    ----------
    params : dict
        W1, b1, ..., WL, bL.
    grads : dict
        dW1, db1, ..., dWL, dbL (other keys are ignored).
    learning_rate : float

    Returns
    -------
    parameters : dict
        New arrays with the same keys and shapes; ``params`` is left unchanged.
    """
    L = len(params) // 2
    parameters = {}
    for l in range(1, L + 1):
        parameters[f"W{l}"] = params[f"W{l}"] - learning_rate * grads[f"dW{l}"]
        parameters[f"b{l}"] = params[f"b{l}"] - learning_rate * grads[f"db{l}"]
    return parameters
