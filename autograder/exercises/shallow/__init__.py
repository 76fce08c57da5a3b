"""The graded exercises of nnref.shallow (Week 3, one hidden layer): one declaration each.

Beside this file: ``known.py`` (wrong functions whose outputs the checks recognize, each
with its hint), ``mistakes.py`` (the mistake zoo: wrong answer cells that must lose points
with the right hint) and ``variants.py`` (correct answer cells that must get full marks).
"""

from __future__ import annotations

import numpy as np

from autograder.exercises import GradientTrial, declare, gradcheck, inputs
from nnref import shallow


def _shallow_params(
    rng: np.random.Generator, n_x: int, n_h: int, n_y: int, scale: float = 1.0
) -> dict[str, np.ndarray]:
    return {
        "W1": rng.standard_normal((n_h, n_x)) * 0.5 * scale,
        "b1": rng.standard_normal((n_h, 1)) * 0.1,
        "W2": rng.standard_normal((n_y, n_h)) * 0.5 * scale,
        "b2": rng.standard_normal((n_y, 1)) * 0.1,
    }


def _shallow_setup(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    n, m, _ = inputs.dims(rng, kind)
    n_h = 1 if kind == "n=1" else int(rng.integers(2, 6))
    X = rng.standard_normal((n, m)) * (10.0 if kind == "large" else 1.0)
    return X, inputs.labels(rng, m), _shallow_params(rng, n, n_h, 1)


def _planar_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray, np.ndarray]:
    n, m, _ = inputs.dims(rng, kind)
    m = 1 if kind == "m=1" else int(rng.integers(10, 30))
    X = rng.standard_normal((2, m)) * 2
    Y = (np.sum(X**2, axis=0, keepdims=True) > 4).astype(float)
    return X, Y


def _sizes_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray, np.ndarray]:
    """X (n_x, m) and Y (n_y, m) of other sizes than the flower data's (2, 4, 1): n_x >= 3
    and n_y >= 2 in the random trial, so hard-coded sizes fail; n_x = 1 and n_y = 1 at the
    edges; the large trial has as many features as a small image."""
    m = 1 if kind == "m=1" else int(rng.integers(2, 12))
    n_x = (
        1 if kind == "n=1" else int(rng.integers(40, 80) if kind == "large" else rng.integers(3, 8))
    )
    n_y = 1 if kind in ("m=1", "n=1") else int(rng.integers(2, 4))
    return rng.standard_normal((n_x, m)), rng.standard_normal((n_y, m))


declare(
    "shallow.layer_sizes",
    "week3",
    shallow.layer_sizes,
    _sizes_args,
    ["X", "Y"],
    ["n_x", "n_h", "n_y"],
    partial=True,
)


declare(
    "shallow.initialize_parameters",
    "week3",
    shallow.initialize_parameters,
    inputs.init3_args,
    ["n_x", "n_h", "n_y"],
    ["parameters"],
    global_seed=True,
)


def _forward_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    X, _, params = _shallow_setup(rng, kind)
    return X, params


declare(
    "shallow.forward_propagation",
    "week3",
    shallow.forward_propagation,
    _forward_args,
    ["X", "parameters"],
    ["A2", "cache"],
)
declare(
    "shallow.compute_cost",
    "week3",
    shallow.compute_cost,
    lambda rng, kind: (lambda m: (inputs.probs(rng, (1, m)), inputs.labels(rng, m)))(
        inputs.dims(rng, kind)[1]
    ),
    ["A2", "Y"],
    ["cost"],
    m_of=inputs.m_cols(1),
)


def _shallow_backward_args(
    rng: np.random.Generator, kind: str
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], np.ndarray, np.ndarray]:
    X, Y, params = _shallow_setup(rng, kind)
    _, cache = shallow.forward_propagation(X, params)
    return params, cache, X, Y


def _backward_propagation_gradients(rng: np.random.Generator) -> list[GradientTrial]:
    """Every gradient by centred differences of the cost of the forward pass."""
    n_x, n_h, m = 3, 4, 5
    p = {
        "W1": rng.standard_normal((n_h, n_x)),
        "b1": rng.standard_normal((n_h, 1)) * 0.1,
        "W2": rng.standard_normal((1, n_h)),
        "b2": rng.standard_normal((1, 1)) * 0.1,
    }
    X, Y = rng.standard_normal((n_x, m)), np.array([[1.0, 0.0, 0.0, 1.0, 1.0]])
    _, cache = shallow.forward_propagation(X, p)

    def cost() -> float:
        return shallow.compute_cost(shallow.forward_propagation(X, p)[0], Y)

    checks = [
        ((f"d{k}",), gradcheck.numeric_gradient(cost, p[k])) for k in ("W1", "b1", "W2", "b2")
    ]
    return [((p, cache, X, Y), checks)]


declare(
    "shallow.backward_propagation",
    "week3",
    shallow.backward_propagation,
    _shallow_backward_args,
    ["parameters", "cache", "X", "Y"],
    ["grads"],
    m_of=inputs.m_cols(2),
    partial=True,
    gradcheck=_backward_propagation_gradients,
)


def _shallow_update_args(
    rng: np.random.Generator, kind: str
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], float]:
    params, cache, X, Y = _shallow_backward_args(rng, kind)
    return params, shallow.backward_propagation(params, cache, X, Y), float(rng.uniform(0.1, 2))


declare(
    "shallow.update_parameters",
    "week3",
    shallow.update_parameters,
    _shallow_update_args,
    ["parameters", "grads", "learning_rate"],
    ["parameters"],
)
declare(
    "shallow.nn_model",
    "week3",
    shallow.nn_model,
    lambda rng, kind: (
        *_planar_args(rng, kind),
        int(rng.integers(1, 5)),
        int(rng.integers(150, 400)),
    ),
    ["X", "Y", "n_h", "num_iterations"],
    ["parameters"],
    rtol=1e-5,
    uses=(
        "layer_sizes",
        "initialize_parameters",
        "forward_propagation",
        "compute_cost",
        "backward_propagation",
        "update_parameters",
    ),
)


def _predict_args(rng: np.random.Generator, kind: str) -> tuple[dict[str, np.ndarray], np.ndarray]:
    X, _, params = _shallow_setup(rng, kind)
    return params, X


declare(
    "shallow.predict",
    "week3",
    shallow.predict,
    _predict_args,
    ["parameters", "X"],
    ["predictions"],
    labels=("predictions",),
    uses=("forward_propagation",),
)
