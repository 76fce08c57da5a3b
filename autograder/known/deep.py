"""Known mistakes of the Week 4 step-by-step exercises (see autograder/known/__init__.py)."""

import numpy as np


def _linear_backward_no_mean_db(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    return W.T @ dZ, dZ @ A_prev.T / m, np.sum(dZ, axis=1, keepdims=True)


KNOWN = {
    "deep.linear_backward": [
        ("db sums dZ over the examples but never divides by m", _linear_backward_no_mean_db),
    ],
}
