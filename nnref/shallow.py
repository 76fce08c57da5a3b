"""Week 3: a network with one hidden tanh layer and a sigmoid output.

Used on 2-D planar data, where logistic regression can only draw a straight
line between the classes.
"""

import numpy as np


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def layer_sizes(X, Y):
    """Sizes of the three layers for this data.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (n_y, m)

    Returns
    -------
    n_x : int
        Input size, X.shape[0].
    n_h : int
        Hidden layer size, fixed at 4.
    n_y : int
        Output size, Y.shape[0].
    """
    return X.shape[0], 4, Y.shape[0]


def initialize_parameters(n_x, n_h, n_y):
    """Small random weights and zero biases.

    Draws W1 then W2 from the global legacy generator (``np.random.randn``),
    scaled by 0.01; it never reseeds.

    Parameters
    ----------
    n_x, n_h, n_y : int

    Returns
    -------
    parameters : dict
        W1 (n_h, n_x), b1 (n_h, 1), W2 (n_y, n_h), b2 (n_y, 1).
    """
    W1 = np.random.randn(n_h, n_x) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


def forward_propagation(X, parameters):
    """Forward pass: Z1 = W1 X + b1, A1 = tanh(Z1), Z2 = W2 A1 + b2, A2 = sigmoid(Z2).

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    parameters : dict
        W1, b1, W2, b2.

    Returns
    -------
    A2 : ndarray of shape (n_y, m)
    cache : dict
        "Z1", "A1" of shape (n_h, m) and "Z2", "A2" of shape (n_y, m).
    """
    Z1 = parameters["W1"] @ X + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = parameters["W2"] @ A1 + parameters["b2"]
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def compute_cost(A2, Y):
    """Cross-entropy cost, -(1/m) sum(Y log A2 + (1 - Y) log(1 - A2)).

    Parameters
    ----------
    A2 : ndarray of shape (1, m)
    Y : ndarray of shape (1, m)

    Returns
    -------
    cost : float
    """
    m = Y.shape[1]
    logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)
    return float(-np.sum(logprobs) / m)


def backward_propagation(parameters, cache, X, Y):
    """Gradients of the cost for the one-hidden-layer network.

    dZ2 = A2 - Y, dW2 = (1/m) dZ2 A1^T, db2 = (1/m) sum(dZ2),
    dZ1 = W2^T dZ2 * (1 - A1^2), dW1 = (1/m) dZ1 X^T, db1 = (1/m) sum(dZ1).
    dZ2 and dZ1 are derivatives of each example's loss (column i: example i);
    dW and db are derivatives of the cost J = (1/m) sum of the losses, which is
    where the 1/m enters.

    Parameters
    ----------
    parameters : dict
        W1, b1, W2, b2.
    cache : dict
        Z1, A1, Z2, A2 from :func:`forward_propagation`.
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (n_y, m)

    Returns
    -------
    grads : dict
        dW1 (n_h, n_x), db1 (n_h, 1), dW2 (n_y, n_h), db2 (n_y, 1).
    """
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1**2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(parameters, grads, learning_rate=1.2):
    """One gradient-descent step, theta - learning_rate * dtheta.

    Parameters
    ----------
    parameters : dict
        W1, b1, W2, b2.
    grads : dict
        dW1, db1, dW2, db2.
    learning_rate : float

    Returns
    -------
    dict
        New arrays W1, b1, W2, b2; the inputs are left unchanged.
    """
    return {k: parameters[k] - learning_rate * grads["d" + k] for k in ("W1", "b1", "W2", "b2")}


def nn_model(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    """Train the one-hidden-layer network by batch gradient descent.

    Seeds the global generator with 3 at the start, as the classic course did.

    Parameters
    ----------
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (n_y, m)
    n_h : int
        Size of the hidden layer.
    num_iterations : int
    print_cost : bool
        Print the cost every 1000 iterations.
    learning_rate : float

    Returns
    -------
    parameters : dict
        The trained W1, b1, W2, b2.
    """
    np.random.seed(3)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        grads = backward_propagation(parameters, cache, X, Y)
        if print_cost and i % 1000 == 0:
            print(f"Cost after iteration {i}: {compute_cost(A2, Y):f}")
        parameters = update_parameters(parameters, grads, learning_rate)
    return parameters


def predict(parameters, X):
    """Class 1 where the network's output is above 0.5, else 0.

    Parameters
    ----------
    parameters : dict
        W1, b1, W2, b2.
    X : ndarray of shape (n_x, m)

    Returns
    -------
    predictions : ndarray of shape (1, m)
        Booleans; compare with Y or cast with ``astype(int)``.
    """
    A2, _ = forward_propagation(X, parameters)
    return A2 > 0.5
