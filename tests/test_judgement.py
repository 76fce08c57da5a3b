"""One judgement, visible and hidden: a value the notebook's check accepts is never rejected
by hidden grading for its representation, and the other way round.

The visible check calls the student's function in the kernel; hidden grading calls it in a
separate process and receives its outputs as JSON (compare.dump / compare.load). Both pass the
outputs through the same codec (compare.dump / compare.load) and judge them with the same
code, so every representation below gets the same verdict on both sides, for every kind of
value the 39 graded functions return.

What counts (documented in source/AUTHORING.md and in the notebooks):
- a single number: a Python int or float, a NumPy scalar or a 0-d array; not an array of
  shape (1,) or (1, 1) (the classic course squeezes those; the check says so);
- predictions: arrays of bool, int or float 0/1 labels;
- several outputs: a tuple or a list; a dict or any dict subclass with the right keys.
"""

from __future__ import annotations

import json
from collections import OrderedDict

import numpy as np
import pytest

from autograder import exercises
from autograder.judge import compare
from autograder.pipeline import trusted

KEYS = sorted(exercises.REGISTRY)


def _map_scalars(value, to):
    """``value`` with every single number (float, NumPy scalar, 0-d array) passed to ``to``."""
    if isinstance(value, dict):
        return {k: _map_scalars(v, to) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return type(value)(_map_scalars(v, to) for v in value)
    if isinstance(value, np.ndarray) and value.ndim > 0:
        return value
    if isinstance(value, (bool, str)) or value is None:
        return value
    if isinstance(value, (int, float, np.generic, np.ndarray)):
        return to(value)
    return value


def _map_labels(value, case: compare.Case, to):
    if case.labels and isinstance(value, dict):
        return {k: (to(v) if k in case.labels else v) for k, v in value.items()}
    if case.labels and isinstance(value, np.ndarray) and case.outputs[0] in case.labels:
        return to(value)
    return value


def representations(case: compare.Case) -> list[tuple[str, object]]:
    """The reference output of a case, written the ways correct students write it."""
    exp = case.expected
    reps = [
        ("as computed", exp),
        ("numbers as float", _map_scalars(exp, float)),
        ("numbers as 0-d arrays", _map_scalars(exp, np.asarray)),
        ("numbers as NumPy scalars", _map_scalars(exp, lambda x: np.float64(np.asarray(x)))),
    ]
    if case.labels:
        reps += [
            ("labels as int", _map_labels(exp, case, lambda a: np.asarray(a).astype(int))),
            ("labels as bool", _map_labels(exp, case, lambda a: np.asarray(a) > 0.5)),
            ("labels as float", _map_labels(exp, case, lambda a: np.asarray(a).astype(float))),
        ]
    if len(case.outputs) > 1:
        reps.append(("outputs as a list", list(exp)))
    if isinstance(exp, dict):
        reps.append(("an OrderedDict", OrderedDict(exp)))
    return reps


def visible(case: compare.Case, got) -> compare.Result:
    """The notebook's check: the function runs in this process."""
    return compare.run_case("ex", lambda *args: got, case, label="case")


def hidden(case: compare.Case, got) -> compare.Result:
    """Hidden grading: outputs dumped in the child, sent as JSON, loaded by the grader."""
    record = json.loads(
        json.dumps({"got": compare.dump(got), "args_after": compare.dump(tuple(case.args))})
    )
    return compare.judge("ex", case, trusted._call_of(record), label="case", hidden=True)


@pytest.fixture(scope="module")
def cases() -> dict[str, list[compare.Case]]:
    return {key: exercises.make_cases(key, 7, ("random", "m=1")) for key in KEYS}


@pytest.mark.parametrize("key", KEYS)
def test_every_representation_of_a_right_output_passes_both_sides(key, cases):
    for case in cases[key]:
        for label, got in representations(case):
            seen, graded = visible(case, got), hidden(case, got)
            assert seen.passed, f"{key}, {label}: visible check rejects it:\n{seen.message}"
            assert graded.passed, f"{key}, {label}: hidden grading rejects it:\n{graded.message}"


@pytest.mark.parametrize("key", KEYS)
def test_a_wrong_representation_gets_the_same_verdict_on_both_sides(key, cases):
    """(1,) and (1, 1) arrays for single numbers, lists for arrays: the same failure."""

    def as_row(x):
        return np.asarray(x, dtype=float).reshape(1, 1)

    for case in cases[key]:
        for got in (
            _map_scalars(case.expected, as_row),
            _map_scalars(case.expected, lambda x: np.asarray(x, dtype=float).reshape(1)),
        ):
            seen, graded = visible(case, got), hidden(case, got)
            assert seen.passed == graded.passed, key
            assert seen.check == graded.check, (key, seen.message, graded.message)


def test_a_0d_array_survives_the_wire_as_a_0d_array():
    """The defect: np.ascontiguousarray made a 0-d cost (1,), and 'a single number' failed."""
    for value in (np.array(0.5), np.squeeze(np.array([[0.25]])), np.array(3, dtype=np.int64)):
        back = compare.transported(value)
        assert isinstance(back, np.ndarray) and back.shape == () and back == value
    back = compare.transported({"costs": [np.array(0.7), np.array(0.6)]})
    assert [c.shape for c in back["costs"]] == [(), ()]


def test_a_cost_squeezed_from_np_dot_passes_hidden_grading():
    """The classic template's own line, cost = np.squeeze(np.dot(...)), in hidden grading."""
    case = exercises.make_cases("deep.compute_cost", 3, ("random",))[0]
    AL, Y = case.args
    m = Y.shape[1]
    cost = np.squeeze(-(np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T)) / m)
    assert cost.shape == ()
    assert hidden(case, cost).passed and visible(case, cost).passed


def test_a_single_number_in_a_1_by_1_array_is_told_to_squeeze():
    case = exercises.make_cases("deep.compute_cost", 3, ("random",))[0]
    result = hidden(case, np.asarray(case.expected).reshape(1, 1))
    assert not result.passed and "np.squeeze" in result.message
