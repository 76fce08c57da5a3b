"""The graded exercises of nnref.basics (Week 2, NumPy basics): one declaration each.

Beside this file: ``known.py`` (wrong functions whose outputs the checks recognize, each
with its hint), ``mistakes.py`` (the mistake zoo: wrong answer cells that must lose points
with the right hint) and ``variants.py`` (correct answer cells that must get full marks).
"""

from __future__ import annotations

import numpy as np

from autograder.exercises import GradientTrial, declare, gradcheck, inputs
from nnref import basics


def _scalar_args(rng: np.random.Generator, kind: str) -> tuple[float]:
    return (float(rng.uniform(-30, 30) if kind == "large" else rng.uniform(-4, 4)),)


def _image_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray]:
    h, w = (1, 1) if kind == "n=1" else (int(rng.integers(2, 5)), int(rng.integers(2, 5)))
    return (rng.uniform(0, 1, size=(h, w, 3)),)


def _loss_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray, np.ndarray]:
    _, m, scale = inputs.dims(rng, kind)
    return rng.uniform(0, 1, size=m) * scale, rng.integers(0, 2, size=m).astype(float)


declare("basics.basic_sigmoid", "week2", basics.basic_sigmoid, _scalar_args, ["x"], ["s"])
declare(
    "basics.sigmoid",
    "week2",
    basics.sigmoid,
    inputs.matrix_args,
    ["x"],
    ["s"],
    visible_extra=("large",),
)


def _sigmoid_derivative_gradients(rng: np.random.Generator) -> list[GradientTrial]:
    """The derivative by centred differences of the reference sigmoid."""
    x = rng.standard_normal((3, 4)) * 2
    numeric = (basics.sigmoid(x + gradcheck.EPS) - basics.sigmoid(x - gradcheck.EPS)) / (
        2 * gradcheck.EPS
    )
    return [((x,), [((), numeric)])]


declare(
    "basics.sigmoid_derivative",
    "week2",
    basics.sigmoid_derivative,
    inputs.matrix_args,
    ["x"],
    ["ds"],
    uses=("sigmoid",),
    gradcheck=_sigmoid_derivative_gradients,
)
declare("basics.image2vector", "week2", basics.image2vector, _image_args, ["image"], ["v"])
declare(
    "basics.normalize_rows",
    "week2",
    basics.normalize_rows,
    inputs.matrix_args,
    ["x"],
    ["x_normalized"],
)


def _softmax_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray]:
    """Scores; the large trial reaches +-1000, where exp overflows unless the row max is removed."""
    n, m, _ = inputs.dims(rng, kind)
    x = rng.standard_normal((n, m)) * 3
    if kind == "large":
        x = x * 300 + 1000 * np.sign(x)
    return (x,)


declare(
    "basics.softmax",
    "week2",
    basics.softmax,
    _softmax_args,
    ["x"],
    ["s"],
    hint="subtract each row's maximum before np.exp: same result, and exp cannot overflow",
    visible_extra=("large",),
)
declare("basics.L1", "week2", basics.L1, _loss_args, ["yhat", "y"], ["loss"])
declare("basics.L2", "week2", basics.L2, _loss_args, ["yhat", "y"], ["loss"])
