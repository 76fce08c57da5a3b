"""Input generators shared by the exercises of several modules.

A generator takes a NumPy Generator and a trial kind (``random``, ``m=1``, ``n=1``,
``large``, or an exercise's own) and returns the arguments of one call.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def dims(rng: np.random.Generator, kind: str) -> tuple[int, int, float]:
    """(n, m, scale) for a trial kind: n features or units, m examples."""
    n = 1 if kind == "n=1" else int(rng.integers(2, 6))
    m = 1 if kind == "m=1" else int(rng.integers(2, 7))
    scale = 50.0 if kind == "large" else 1.0
    return n, m, scale


def labels(rng: np.random.Generator, m: int) -> np.ndarray:
    """(1, m) float labels with both classes present when m > 1."""
    y = rng.integers(0, 2, size=(1, m)).astype(float)
    if m > 1:
        y[0, 0], y[0, 1] = 0.0, 1.0
    return y


def probs(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    return rng.uniform(0.05, 0.95, size=shape)


def layer_dims(rng: np.random.Generator, kind: str, depth: int) -> tuple[list[int], int]:
    n, m, _ = dims(rng, kind)
    hidden = [1 if kind == "n=1" else int(rng.integers(2, 5)) for _ in range(depth - 1)]
    return [n, *hidden, 1], m


def deep_params(
    rng: np.random.Generator, layer_dims: list[int], scale: float = 1.0
) -> dict[str, np.ndarray]:
    params = {}
    for l in range(1, len(layer_dims)):
        n_prev = layer_dims[l - 1]
        params[f"W{l}"] = rng.standard_normal((layer_dims[l], n_prev)) / np.sqrt(n_prev) * scale
        params[f"b{l}"] = rng.standard_normal((layer_dims[l], 1)) * 0.1 * scale
    return params


def m_cols(i: int) -> Callable[[tuple], int | None]:
    return lambda args: int(np.shape(args[i])[1]) if np.ndim(args[i]) == 2 else None


def matrix_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray]:
    n, m, scale = dims(rng, kind)
    return (rng.standard_normal((n, m)) * 3 * scale,)


def init3_args(rng: np.random.Generator, kind: str) -> tuple[int, int, int]:
    n, _, _ = dims(rng, kind)
    return n, (1 if kind == "n=1" else int(rng.integers(2, 6))), (1 if kind != "large" else 2)
