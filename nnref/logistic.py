"""Week 2, part 2: logistic regression as a neural network with no hidden layer.

A single sigmoid unit, yhat = sigmoid(w^T X + b), trained by batch gradient
descent on the cross-entropy cost.
"""

import numpy as np


def sigmoid(z):
    """Element-wise sigmoid, 1 / (1 + exp(-z)).

    Parameters
    ----------
    z : scalar or ndarray of any shape

    Returns
    -------
    s : ndarray, same shape as z
    """
    return 1 / (1 + np.exp(-z))


def initialize_with_zeros(dim):
    """A zero weight column and a zero bias.

    Parameters
    ----------
    dim : int
        Number of input features, n_x.

    Returns
    -------
    w : ndarray of shape (dim, 1)
    b : float
        0.0
    """
    return np.zeros((dim, 1)), 0.0


def propagate(w, b, X, Y):
    """Cost and gradients of logistic regression on a batch.

    A = sigmoid(w^T X + b),
    cost = -(1/m) sum(Y log A + (1 - Y) log(1 - A)),
    dw = (1/m) X (A - Y)^T, db = (1/m) sum(A - Y).

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
    b : float
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (1, m)
        Labels, 0 or 1.

    Returns
    -------
    grads : dict
        "dw" of shape (n_x, 1) and "db", a float.
    cost : float
    """
    m = X.shape[1]
    A = sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dZ = A - Y
    dw = X @ dZ.T / m
    db = np.sum(dZ) / m
    return {"dw": dw, "db": float(db)}, float(cost)


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    """Batch gradient descent on w and b.

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
        Start value; it is not modified.
    b : float
    X : ndarray of shape (n_x, m)
    Y : ndarray of shape (1, m)
    num_iterations : int
    learning_rate : float
    print_cost : bool
        Print the cost every 100 iterations.

    Returns
    -------
    params : dict
        "w" of shape (n_x, 1) and "b", a float: the values after training.
    grads : dict
        "dw" and "db" of the last iteration.
    costs : list of float
        The cost at iterations 0, 100, 200, ... (before that iteration's update).
    """
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print(f"Cost after iteration {i}: {cost:f}")
    return {"w": w, "b": b}, grads, costs


def predict(w, b, X):
    """Label each example 1 when sigmoid(w^T x + b) > 0.5, else 0.

    Parameters
    ----------
    w : ndarray of shape (n_x, 1)
    b : float
    X : ndarray of shape (n_x, m)

    Returns
    -------
    Y_prediction : ndarray of shape (1, m)
        Floats, 0.0 or 1.0.
    """
    A = sigmoid(w.reshape(X.shape[0], 1).T @ X + b)
    return (A > 0.5).astype(float)


def model(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    """Train logistic regression from zeros and predict on both sets.

    Parameters
    ----------
    X_train : ndarray of shape (n_x, m_train)
    Y_train : ndarray of shape (1, m_train)
    X_test : ndarray of shape (n_x, m_test)
    Y_test : ndarray of shape (1, m_test)
    num_iterations : int
    learning_rate : float
    print_cost : bool
        Print the cost every 100 iterations and the two accuracies.

    Returns
    -------
    d : dict
        "costs" (list of float), "Y_prediction_test" (1, m_test),
        "Y_prediction_train" (1, m_train), "w" (n_x, 1), "b" (float),
        "learning_rate", "num_iterations".
    """
    w, b = initialize_with_zeros(X_train.shape[0])
    params, _, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w, b = params["w"], params["b"]
    Y_prediction_train = predict(w, b, X_train)
    Y_prediction_test = predict(w, b, X_test)
    if print_cost:
        print(f"train accuracy: {100 * np.mean(Y_prediction_train == Y_train):.1f} %")
        print(f"test accuracy: {100 * np.mean(Y_prediction_test == Y_test):.1f} %")
    return {
        "costs": costs,
        "Y_prediction_test": Y_prediction_test,
        "Y_prediction_train": Y_prediction_train,
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }
