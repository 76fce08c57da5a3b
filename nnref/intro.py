"""Week 1: the first building blocks, a ReLU neuron and the data layout of the course."""

import numpy as np


def relu(z):
    """Rectified linear unit, max(0, z), element-wise.

    Parameters
    ----------
    z : scalar or ndarray of any shape

    Returns
    -------
    ndarray, same shape as z
        Floats: 0 where z < 0, z elsewhere.
    """
    return np.maximum(0.0, z)


def predict_price(size, w, b):
    """The one-neuron housing-price model, price = ReLU(w * size + b).

    A price is never negative, which is why the neuron ends in a ReLU.

    Parameters
    ----------
    size : float or ndarray of shape (1, m)
        House sizes (one per column).
    w : float
        Price per unit of size.
    b : float
        Offset (negative: very small houses are worth nothing).

    Returns
    -------
    ndarray, same shape as size
    """
    return relu(w * np.asarray(size, dtype=float) + b)


def stack_examples(examples):
    """Put m feature vectors side by side as the columns of X.

    Parameters
    ----------
    examples : sequence of m array_like of shape (n_x,)
        One feature vector per example.

    Returns
    -------
    X : ndarray of shape (n_x, m)
        Floats; column i is example i.
    """
    return np.column_stack([np.asarray(x, dtype=float) for x in examples])


def flatten_images(images):
    """Unroll each image into one column.

    Parameters
    ----------
    images : ndarray of shape (m, height, width, channels)

    Returns
    -------
    X : ndarray of shape (height * width * channels, m)
        Column i is image i unrolled in row-major order (``images[i].reshape(-1)``).
    """
    return images.reshape(images.shape[0], -1).T
