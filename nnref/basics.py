"""Week 2, part 1: NumPy basics.

Small functions that practise vectorized NumPy: activations, reshaping,
normalization and the two classic losses.
"""

import math

import numpy as np


def basic_sigmoid(x):
    """Sigmoid of one real number with the math module, 1 / (1 + e^-x).

    Parameters
    ----------
    x : float

    Returns
    -------
    float
    """
    return 1 / (1 + math.exp(-x))


def sigmoid(x):
    """Element-wise sigmoid, 1 / (1 + exp(-x)).

    Parameters
    ----------
    x : scalar or ndarray of any shape

    Returns
    -------
    s : ndarray, same shape as x
    """
    return 1 / (1 + np.exp(-x))


def sigmoid_derivative(x):
    """Derivative of the sigmoid, s(x) * (1 - s(x)), element-wise.

    Parameters
    ----------
    x : scalar or ndarray of any shape

    Returns
    -------
    ds : ndarray, same shape as x
    """
    s = sigmoid(x)
    return s * (1 - s)


def image2vector(image):
    """Unroll an image into one column.

    Parameters
    ----------
    image : ndarray of shape (height, width, channels)

    Returns
    -------
    v : ndarray of shape (height * width * channels, 1)
    """
    return image.reshape(-1, 1)


def normalize_rows(x):
    """Divide each row by its Euclidean norm.

    Parameters
    ----------
    x : ndarray of shape (n, m)

    Returns
    -------
    ndarray of shape (n, m)
        Every row has norm 1 (rows of zeros would divide by zero).
    """
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def softmax(x):
    """Row-wise softmax, exp(x_ij) / sum_j exp(x_ij).

    The row maximum is subtracted first, which leaves the result unchanged and
    keeps ``exp`` from overflowing on large inputs.

    Parameters
    ----------
    x : ndarray of shape (n, m)

    Returns
    -------
    s : ndarray of shape (n, m)
        Every row is positive and sums to 1.
    """
    e = np.exp(x - np.max(x, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def L1(yhat, y):
    """L1 loss, sum_i |y_i - yhat_i|.

    Parameters
    ----------
    yhat, y : ndarray of shape (m,)
        Predictions and true labels.

    Returns
    -------
    float
    """
    return float(np.sum(np.abs(y - yhat)))


def L2(yhat, y):
    """L2 loss, sum_i (y_i - yhat_i)^2.

    Parameters
    ----------
    yhat, y : ndarray of shape (m,)
        Predictions and true labels.

    Returns
    -------
    float
    """
    d = y - yhat
    return float(np.dot(d, d))
