"""The graded exercises of nnref.intro (Week 1): one declaration each.

Beside this file: ``known.py`` (wrong functions whose outputs the checks recognize, each
with its hint), ``mistakes.py`` (the mistake zoo: wrong answer cells that must lose points
with the right hint) and ``variants.py`` (correct answer cells that must get full marks).
"""

from __future__ import annotations

import numpy as np

from autograder.exercises import KINDS, declare, inputs
from nnref import intro


def _relu_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray]:
    """Scores; the ``int`` kind is an integer array: relu must still return floats."""
    n, m, _ = inputs.dims(rng, kind)
    if kind == "int":
        z = rng.integers(-5, 6, size=(n, m))
        z.flat[:2] = (-3, 4)  # both signs
        return (z,)
    return (rng.standard_normal((n, m)) * (100 if kind == "large" else 2),)


declare(
    "intro.relu",
    "week1",
    intro.relu,
    _relu_args,
    ["z"],
    ["a"],
    kinds=(*KINDS, "int"),
    visible_extra=("int",),
)


def _price_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray, float, float]:
    _, m, scale = inputs.dims(rng, kind)
    return (
        rng.uniform(0.3, 4.0, size=(1, m)) * scale,
        float(rng.uniform(50, 150)),
        float(rng.uniform(-80, -10)),
    )


declare(
    "intro.predict_price",
    "week1",
    intro.predict_price,
    _price_args,
    ["size", "w", "b"],
    ["price"],
    uses=("relu",),
)


def _stack_args(rng: np.random.Generator, kind: str) -> tuple[list[np.ndarray]]:
    n, m, scale = inputs.dims(rng, kind)
    return ([rng.standard_normal(n) * scale for _ in range(m)],)


declare("intro.stack_examples", "week1", intro.stack_examples, _stack_args, ["examples"], ["X"])


def _images_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray]:
    _, m, _ = inputs.dims(rng, kind)
    h, w = (1, 1) if kind == "n=1" else (int(rng.integers(2, 5)), int(rng.integers(2, 5)))
    return (rng.integers(0, 256, size=(m, h, w, 3)).astype(np.uint8),)


declare("intro.flatten_images", "week1", intro.flatten_images, _images_args, ["images"], ["X"])
