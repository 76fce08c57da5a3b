"""The graded exercises of nnref.logistic (Week 2, logistic regression): one declaration each.

Beside this file: ``known.py`` (wrong functions whose outputs the checks recognize, each
with its hint), ``mistakes.py`` (the mistake zoo: wrong answer cells that must lose points
with the right hint) and ``variants.py`` (correct answer cells that must get full marks).
"""

from __future__ import annotations

import numpy as np

from autograder.exercises import GradientTrial, declare, gradcheck, inputs
from nnref import logistic


def _logistic_data(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    n, m, scale = inputs.dims(rng, kind)
    w = rng.standard_normal((n, 1)) * 0.5
    b = float(rng.standard_normal() * 0.5)
    X = rng.standard_normal((n, m)) * (5.0 if kind == "large" else 1.0)
    return w, b, X, inputs.labels(rng, m)


def _propagate_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    return _logistic_data(rng, kind)


def _optimize_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, float, np.ndarray, np.ndarray, int, float, bool]:
    w, b, X, Y = _logistic_data(rng, kind)
    return w, b, X, Y, int(rng.integers(101, 260)), float(rng.uniform(0.01, 0.2)), False


def _model_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int, float, bool]:
    _, _, X, Y = _logistic_data(rng, kind)
    _, _, X_test, Y_test = _logistic_data(rng, "random" if kind != "n=1" else "n=1")
    X_test = rng.standard_normal((X.shape[0], X_test.shape[1]))
    return X, Y, X_test, Y_test, int(rng.integers(101, 260)), float(rng.uniform(0.01, 0.2)), False


declare("logistic.sigmoid", "week2", logistic.sigmoid, inputs.matrix_args, ["z"], ["s"])
declare(
    "logistic.initialize_with_zeros",
    "week2",
    logistic.initialize_with_zeros,
    lambda rng, kind: (1 if kind == "n=1" else int(rng.integers(2, 40)),),
    ["dim"],
    ["w", "b"],
)


def _propagate_gradients(rng: np.random.Generator) -> list[GradientTrial]:
    """dw and db by centred differences of the cost."""
    n, m = 4, 5
    w, b = rng.standard_normal((n, 1)), np.array([0.3])
    X, Y = rng.standard_normal((n, m)), np.array([[1.0, 0.0, 1.0, 0.0, 0.0]])

    def cost() -> float:
        return logistic.propagate(w, float(b[0]), X, Y)[1]

    numeric = gradcheck.numeric_gradient
    checks = [((0, "dw"), numeric(cost, w)), ((0, "db"), numeric(cost, b)[0])]
    return [((w, 0.3, X, Y), checks)]


declare(
    "logistic.propagate",
    "week2",
    logistic.propagate,
    _propagate_args,
    ["w", "b", "X", "Y"],
    ["grads", "cost"],
    m_of=inputs.m_cols(2),
    uses=("sigmoid",),
    partial=True,
    gradcheck=_propagate_gradients,
)
declare(
    "logistic.optimize",
    "week2",
    logistic.optimize,
    _optimize_args,
    ["w", "b", "X", "Y", "num_iterations", "learning_rate", "print_cost"],
    ["params", "grads", "costs"],
    rtol=1e-5,
    m_of=inputs.m_cols(2),
    uses=("propagate",),
)
declare(
    "logistic.predict",
    "week2",
    logistic.predict,
    lambda rng, kind: _logistic_data(rng, kind)[:3],
    ["w", "b", "X"],
    ["Y_prediction"],
    labels=("Y_prediction",),
    uses=("sigmoid",),
)
declare(
    "logistic.model",
    "week2",
    logistic.model,
    _model_args,
    ["X_train", "Y_train", "X_test", "Y_test", "num_iterations", "learning_rate", "print_cost"],
    ["d"],
    rtol=1e-5,
    labels=("Y_prediction_test", "Y_prediction_train"),
    uses=("initialize_with_zeros", "optimize", "predict"),
)
