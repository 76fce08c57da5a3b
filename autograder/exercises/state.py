"""Exercises graded by the variables a notebook computes, not by a function.

Week 2 asks for the data's sizes (``m_train``, ``m_test``, ``num_px``) and for the
flattened, standardized image arrays. Their hidden checks compare the student's values
with those computed here from the course data files (the packaged ones, or those of
``$NNDL_DATA_DIR``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np

from autograder.judge.compare import describe
from nnref.data import load_catvnoncat


@cache
def _data() -> tuple[np.ndarray, np.ndarray]:
    train_x, _, test_x, _, _ = load_catvnoncat()
    return train_x, test_x


@cache
def _flat(name: str) -> np.ndarray:
    """The right value of a Week 2 array (read-only: every judge in this process shares it)."""
    train_x, test_x = _data()
    orig = train_x if name.startswith("train") else test_x
    want = orig.reshape(orig.shape[0], -1).T / (1 if name.endswith("_flatten") else 255)
    want.flags.writeable = False
    return want


def _is_int(value: object) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _shapes(values: dict) -> str | None:
    train_x, test_x = _data()
    want = {"m_train": train_x.shape[0], "m_test": test_x.shape[0], "num_px": train_x.shape[1]}
    for name, expected in want.items():
        if name not in values:
            return f"{name} is not defined"
        if not _is_int(values[name]):
            return f"{name} should be an integer, got {describe(values[name])}"
        if values[name] != expected:
            where = {
                "m_train": "the number of training images (the first axis of train_set_x_orig)",
                "m_test": "the number of test images (the first axis of test_set_x_orig)",
                "num_px": "the height of an image in pixels (the second axis)",
            }[name]
            return f"{name} = {values[name]} is not {where}"
    return None


def _flatten(values: dict) -> str | None:
    for name, scale in (
        ("train_set_x_flatten", 1),
        ("test_set_x_flatten", 1),
        ("train_set_x", 255),
        ("test_set_x", 255),
    ):
        if name not in values:
            return f"{name} is not defined"
        got = values[name]
        want = _flat(name)
        if not isinstance(got, np.ndarray):
            return f"{name} should be a NumPy array, got {describe(got)}"
        if got.shape != want.shape:
            hint = (
                " (transposed: reshape to (m, -1), then .T)"
                if got.shape == want.shape[::-1]
                else ""
            )
            return f"{name} has shape {got.shape}, expected (features, images) = {want.shape}{hint}"
        if scale == 255 and got.dtype.kind != "f":
            return f"{name} has dtype {got.dtype}: divide by 255 with /, which gives floats"
        same = np.array_equal(got, want)  # the usual case, and 10x faster than allclose
        if not same and not np.allclose(got.astype(float), want, rtol=1e-6, atol=1e-9):
            if scale == 255 and np.allclose(got.astype(float), want * 255):
                return f"{name} is not standardized: divide the flattened pixels by 255"
            return (
                f"{name}: the columns are not the images unrolled in order: reshape to (m, -1)"
                " first, then transpose"
            )
    return None


STATE: dict[str, tuple[tuple[str, ...], Callable[[dict], str | None]]] = {
    "logistic.shapes": (("m_train", "m_test", "num_px"), _shapes),
    "logistic.flatten": (
        ("train_set_x_flatten", "test_set_x_flatten", "train_set_x", "test_set_x"),
        _flatten,
    ),
}


def check_state(key: str, values: dict) -> str | None:
    """The failure message for these variable values, or None when they are right."""
    _, check = STATE[key]
    return check(values)
