"""Centred-difference gradient checks of the backward exercises.

An exercise declares ``gradcheck=builder``: ``builder(rng)`` returns small trials, each the
inputs of one call and, for some outputs, the gradient that centred differences of a scalar
function (computed with nnref's forward pass and cost) say it must return. The grader runs
the student's function on those inputs and compares, independently of nnref's backward
code. The helpers of those builders live here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

EPS = 1e-6
TOLERANCE = 1e-6  # relative error |g - n| / (|g| + |n|)


def numeric_gradient(f: Callable[[], float], x: np.ndarray) -> np.ndarray:
    """d f / d x by centred differences, perturbing ``x`` in place and restoring it."""
    grad = np.zeros_like(x, dtype=float)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + EPS
        plus = f()
        flat[i] = old - EPS
        minus = f()
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * EPS)
    return grad


def relative_error(got: ArrayLike, numeric: ArrayLike) -> float:
    got = np.asarray(got, dtype=float)
    numeric = np.asarray(numeric, dtype=float)
    if got.shape != numeric.shape:
        return float("inf")
    denom = np.linalg.norm(got) + np.linalg.norm(numeric)
    return 0.0 if denom == 0 else float(np.linalg.norm(got - numeric) / denom)


def at(value: Any, path: Iterable[int | str]) -> Any:
    """The part of a returned value at ``path`` (indices and dict keys)."""
    for step in path:
        value = value[step]
    return value
