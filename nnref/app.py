"""Week 4, part 2: the deep network applied to image classification.

The models seed NumPy's global generator at their start (``np.random.seed(1)``)
as the classic course did, so its published numbers reproduce. Training skips
work the result does not need: the gradient with respect to the input, dA0,
is never computed.
"""

import numpy as np

from nnref import deep


def initialize_parameters_deep(layer_dims):
    """Scaled random weights and zero biases for the application's deep network.

    W{l} = randn(n_l, n_{l-1}) / sqrt(n_{l-1}), drawn in layer order from the
    global legacy generator; it never reseeds. The 1/sqrt(n_{l-1}) scale keeps
    the activations of a deep ReLU stack from vanishing on 12288 inputs.

    Parameters
    ----------
    layer_dims : sequence of int
        [n_x, n_1, ..., n_L].

    Returns
    -------
    parameters : dict
        W{l} of shape (n_l, n_{l-1}) and b{l} of shape (n_l, 1) for l = 1..L.
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        parameters[f"W{l}"] = W
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def backward_for_training(AL, Y, caches):
    """:func:`nnref.deep.L_model_backward` without dA0, which training never uses."""
    L = len(caches)
    grads = {}
    dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    for l in range(L, 0, -1):
        linear_cache, Z = caches[l - 1]
        if l == L:
            dZ = deep.sigmoid_backward(dA, Z)
        else:
            dZ = deep.relu_backward(dA, Z)
        if l > 1:
            dA, grads[f"dW{l}"], grads[f"db{l}"] = deep.linear_backward(dZ, linear_cache)
        else:
            A_prev = linear_cache[0]
            m = A_prev.shape[1]
            grads["dW1"] = dZ @ A_prev.T / m
            grads["db1"] = np.sum(dZ, axis=1, keepdims=True) / m
    return grads


def gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost):
    """Batch gradient descent from ``parameters``; the cost is recorded every 100 steps."""
    X = np.ascontiguousarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64).reshape(1, -1)
    costs = []
    for i in range(num_iterations):
        AL, caches = deep.L_model_forward(X, parameters)
        grads = backward_for_training(AL, Y, caches)
        if i % 100 == 0 or i == num_iterations - 1:
            cost = float(deep.compute_cost(AL, Y))
            if i % 100 == 0:
                costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost}")
        parameters = deep.update_parameters(parameters, grads, learning_rate)
    return parameters, costs


def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    """Train LINEAR -> RELU -> LINEAR -> SIGMOID with batch gradient descent.

    Seeds the global generator with 1, then initializes with
    :func:`nnref.deep.initialize_parameters` (weights scaled by 0.01).

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (1, m)
        Labels, 0 or 1.
    layers_dims : tuple of int
        (n_x, n_h, n_y).
    learning_rate : float
    num_iterations : int
    print_cost : bool
        Print the cost every 100 iterations and at the last one.

    Returns
    -------
    parameters : dict
        W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1).
    costs : list of float
        The cost before the updates of iterations 0, 100, 200, ...
    """
    np.random.seed(1)
    n_x, n_h, n_y = layers_dims
    parameters = deep.initialize_parameters(n_x, n_h, n_y)
    return gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost)


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    """Train [LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID with batch gradient descent.

    Seeds the global generator with 1, then initializes with
    :func:`initialize_parameters_deep` (weights scaled by 1/sqrt(n_{l-1})).

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (1, m)
    layers_dims : sequence of int
        [n_x, n_1, ..., n_L].
    learning_rate : float
    num_iterations : int
    print_cost : bool

    Returns
    -------
    parameters : dict
        W1, b1, ..., WL, bL.
    costs : list of float
        The cost before the updates of iterations 0, 100, 200, ...
    """
    np.random.seed(1)
    parameters = initialize_parameters_deep(layers_dims)
    return gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost)


def predict(X, y, parameters):
    """Predict labels with a trained L-layer network and print the accuracy.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    y : ndarray of shape (1, m)
        True labels, used only for the printed accuracy.
    parameters : dict
        W1, b1, ..., WL, bL.

    Returns
    -------
    p : ndarray of shape (1, m)
        1.0 where the predicted probability is above 0.5, else 0.0.
    """
    AL, _ = deep.L_model_forward(X, parameters)
    p = (AL > 0.5).astype(float)
    print(f"Accuracy: {accuracy(p, y)}")
    return p


def accuracy(p, y):
    """Fraction of predictions equal to the labels.

    Parameters
    ----------
    p, y : ndarray of shape (1, m)

    Returns
    -------
    float
    """
    return float(np.mean(np.asarray(p) == np.asarray(y)))
