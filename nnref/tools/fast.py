"""Exact fast training of the application's networks when there are fewer examples than inputs.

Batch gradient descent changes the first layer's weights only by multiples of the
examples: every update is ``W1 -= lr / m * dZ1 @ X.T``. So after any number of steps

    W1 = W1_0 + C @ X.T        with C of shape (n_1, m), C_0 = 0, C -= lr / m * dZ1,

and the first layer's pre-activation needs only m x m numbers of X:

    Z1 = W1 @ X + b1 = (W1_0 @ X) + C @ G + b1,        G = X.T @ X.

``W1_0 @ X`` and ``G`` are computed once. On the course images (m = 209, n_x = 12288) an
iteration then costs about n_1 * m * m multiply-adds in the first layer instead of three
products with the 12288 x 209 input, and ``dA0`` is never needed. The result is the same
gradient descent in exact arithmetic (the output layer's dZ is written as A - Y, which is
what the standard path's dA * s * (1 - s) equals); in floating point the costs agree with
the standard path to about 1e-12 and the predictions are identical
(``tests/nnref/test_fast.py``, ``benchmarks/train.py``).
W1 itself is formed once, at the end.
"""

import numpy as np

from nnref import app, deep


def gram_gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost=False):
    """:func:`nnref.app.gradient_descent` computed through the Gram matrix of X.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (1, m)
    parameters : dict
        Starting W1, b1, ..., WL, bL ([LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID).
    learning_rate : float
    num_iterations : int
    print_cost : bool

    Returns
    -------
    parameters : dict
        The trained parameters (new arrays; the inputs are not modified).
    costs : list of float
        The cost before the updates of iterations 0, 100, 200, ...
    """
    X = np.ascontiguousarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64).reshape(1, -1)
    L = len(parameters) // 2
    m = X.shape[1]
    W1_0 = parameters["W1"]
    P = W1_0 @ X  # (n_1, m), the first layer's start, computed once
    G = X.T @ X  # (m, m)
    C = np.zeros((W1_0.shape[0], m))
    W = [None, None] + [parameters[f"W{l}"] for l in range(2, L + 1)]
    b = [None] + [parameters[f"b{l}"] for l in range(1, L + 1)]
    lr_m = learning_rate / m
    costs = []
    Z = [None] * (L + 1)
    A = [None] * (L + 1)
    for i in range(num_iterations):
        # forward
        Z[1] = P + C @ G + b[1]
        A[1] = np.maximum(Z[1], 0)
        for l in range(2, L):
            Z[l] = W[l] @ A[l - 1] + b[l]
            A[l] = np.maximum(Z[l], 0)
        AL = 1 / (1 + np.exp(-(W[L] @ A[L - 1] + b[L])))
        if i % 100 == 0 or i == num_iterations - 1:
            cost = float(deep.compute_cost(AL, Y))
            if i % 100 == 0:
                costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost}")
        # backward: for a sigmoid output and the cross-entropy cost, dZ_L = A_L - Y
        dZ = AL - Y
        for l in range(L, 1, -1):
            dW = dZ @ A[l - 1].T
            db = dZ.sum(axis=1, keepdims=True)
            dA = W[l].T @ dZ
            W[l] = W[l] - lr_m * dW
            b[l] = b[l] - lr_m * db
            dZ = dA * (Z[l - 1] > 0)
        # the first layer: W1 moves through C, b1 directly
        b[1] = b[1] - lr_m * dZ.sum(axis=1, keepdims=True)
        C = C - lr_m * dZ
    trained = {"W1": W1_0 + C @ X.T, "b1": b[1]}
    for l in range(2, L + 1):
        trained[f"W{l}"], trained[f"b{l}"] = W[l], b[l]
    return {k: trained[k] for k in parameters}, costs


def _gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost):
    """The Gram path when it pays (fewer examples than inputs), the standard one otherwise."""
    if X.shape[1] < X.shape[0]:
        return gram_gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost)
    return app.gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost)


def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    """:func:`nnref.app.two_layer_model`, trained through the Gram matrix when m < n_x."""
    np.random.seed(1)
    n_x, n_h, n_y = layers_dims
    parameters = deep.initialize_parameters(n_x, n_h, n_y)
    return _gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost)


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    """:func:`nnref.app.L_layer_model`, trained through the Gram matrix when m < n_x."""
    np.random.seed(1)
    parameters = app.initialize_parameters_deep(layers_dims)
    return _gradient_descent(X, Y, parameters, learning_rate, num_iterations, print_cost)
