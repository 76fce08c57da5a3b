"""The graded exercises of nnref.app (Week 4, Part 2 (the application)): one declaration each.

Beside this file: ``known.py`` (wrong functions whose outputs the checks recognize, each
with its hint), ``mistakes.py`` (the mistake zoo: wrong answer cells that must lose points
with the right hint) and ``variants.py`` (correct answer cells that must get full marks).
"""

from __future__ import annotations

import numpy as np

from autograder.exercises import declare, inputs
from nnref import app, deep

# The application notebook imports these Part 1 functions (functions_from); its exercises
# may call any of them, and are graded with the reference versions.
PART1 = {
    name: getattr(deep, name)
    for name in (
        "initialize_parameters",
        "linear_activation_forward",
        "linear_activation_backward",
        "L_model_forward",
        "L_model_backward",
        "compute_cost",
        "update_parameters",
        "sigmoid",
        "relu",
        "sigmoid_backward",
        "relu_backward",
    )
}


def _app_data(rng: np.random.Generator, kind: str) -> tuple[np.ndarray, np.ndarray]:
    n = 1 if kind == "n=1" else int(rng.integers(6, 15))
    m = 1 if kind == "m=1" else int(rng.integers(8, 20))
    X = rng.uniform(0, 1, size=(n, m))
    return X, inputs.labels(rng, m)


def _two_layer_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, np.ndarray, tuple[int, int, int], float, int]:
    X, Y = _app_data(rng, kind)
    n_h = 1 if kind == "n=1" else int(rng.integers(2, 6))
    return X, Y, (X.shape[0], n_h, 1), float(rng.uniform(0.05, 0.5)), int(rng.integers(101, 300))


def _L_layer_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, np.ndarray, list[int], float, int]:
    X, Y = _app_data(rng, kind)
    hidden = (
        [1] if kind == "n=1" else [int(rng.integers(2, 6)) for _ in range(int(rng.integers(1, 4)))]
    )
    return (
        X,
        Y,
        [X.shape[0], *hidden, 1],
        float(rng.uniform(0.05, 0.5)),
        int(rng.integers(101, 300)),
    )


def _app_predict_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    X, Y = _app_data(rng, kind)
    dims = [X.shape[0], 3, 1] if kind != "n=1" else [X.shape[0], 1]
    return X, Y, inputs.deep_params(rng, dims, scale=3.0)


declare(
    "app.two_layer_model",
    "week4",
    app.two_layer_model,
    _two_layer_args,
    ["X", "Y", "layers_dims", "learning_rate", "num_iterations"],
    ["parameters", "costs"],
    rtol=1e-5,
    uses=PART1,
)
declare(
    "app.L_layer_model",
    "week4",
    app.L_layer_model,
    _L_layer_args,
    ["X", "Y", "layers_dims", "learning_rate", "num_iterations"],
    ["parameters", "costs"],
    rtol=1e-5,
    uses={**PART1, "initialize_parameters_deep": app.initialize_parameters_deep},
)
declare(
    "app.predict",
    "week4",
    app.predict,
    _app_predict_args,
    ["X", "y", "parameters"],
    ["p"],
    labels=("p",),
    uses=PART1,
)
