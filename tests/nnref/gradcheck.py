"""Centred-difference gradient checking for the nnref tests."""

import numpy as np


def numerical_gradient(f, x, eps=1e-6):
    """Centred-difference gradient of a scalar function at ``x``.

    Parameters
    ----------
    f : callable
        Takes an array shaped like ``x`` and returns a scalar (float or 0-d array).
    x : array_like
        Point at which to differentiate; it is copied, never modified.
    eps : float
        Step: d f / d x_i ~ (f(x + eps e_i) - f(x - eps e_i)) / (2 eps).

    Returns
    -------
    ndarray of float64, same shape as ``x``
    """
    x = np.array(x, dtype=np.float64, copy=True)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + eps
        f_plus = float(f(x))
        x[idx] = old - eps
        f_minus = float(f(x))
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / (2 * eps)
    return grad


def relative_error(a, b):
    """||a - b|| / (||a|| + ||b||), and 0.0 when both are zero."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    assert a.shape == b.shape, f"shapes differ: {a.shape} vs {b.shape}"
    denom = np.linalg.norm(a) + np.linalg.norm(b)
    if denom == 0:
        return 0.0
    return float(np.linalg.norm(a - b) / denom)
