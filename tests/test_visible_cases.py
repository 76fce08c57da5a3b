"""The visible cases catch what they can: distinct sizes, and what the instructions require.

The visible cases are those autograder/instructor/build.py records (exercises.make_cases with the
build's visible seed and VISIBLE_KINDS, plus each exercise's ``visible_extra`` kinds). The
hidden trials must hold the same traps, so each requirement is checked on both.
"""

from __future__ import annotations

import numpy as np
import pytest

from autograder import exercises
from autograder.instructor import build
from autograder.judge import compare

KEYS = sorted(exercises.REGISTRY)


def visible(key: str) -> list[compare.Case]:
    return exercises.make_cases(key, build.visible_seed(key), build.VISIBLE_KINDS)


def hidden_trials(key: str) -> list[compare.Case]:
    return exercises.make_cases(key, exercises.hidden_seed(key))


def passes(cases: list[compare.Case], fn) -> bool:
    return all(r.passed for r in compare.run_cases("ex", fn, cases))


def test_the_build_asks_for_the_kinds_the_registry_expands():
    """build.py records make_cases(key, seed, build.VISIBLE_KINDS): the registry's visible
    kinds start with exactly those, so the visible_extra kinds are recorded too."""
    assert exercises.VISIBLE_KINDS == build.VISIBLE_KINDS
    assert [len(visible(k)) for k in ("intro.relu", "basics.softmax")] == [3, 3]


@pytest.mark.parametrize("key", KEYS)
def test_no_size_can_be_taken_for_another_in_a_visible_case_or_a_random_trial(key):
    """n_x, n_h, n_y, m, n_l and n_{l-1} differ wherever they meet: no square matrix, no
    matrix of another's transposed shape (a missing .T changes a shape)."""
    trials = dict(zip(exercises.REGISTRY[key].kinds, hidden_trials(key), strict=True))
    for case in [*visible(key), trials["random"]]:
        assert exercises.sizes_distinct(case.args), (key, compare.describe(case.args))
        assert exercises.sizes_distinct(case.expected), (key, compare.describe(case.expected))


def test_sizes_distinct_rejects_square_and_transposed_shapes():
    assert exercises.sizes_distinct((np.ones((3, 4)), np.ones((3, 1)), np.ones((1, 1))))
    assert not exercises.sizes_distinct((np.ones((4, 4)),))
    assert not exercises.sizes_distinct({"W1": np.ones((3, 4)), "A": [np.ones((4, 3))]})
    assert not exercises.sizes_distinct((np.ones((2, 3, 3)),))


def test_relu_gets_an_integer_array_and_must_return_floats():
    """The Week 1 instructions: 'it must return floats (use 0.0, not 0, so that an array of
    integers does not stay an array of integers)'."""
    for cases in (visible("intro.relu"), hidden_trials("intro.relu")):
        assert any(np.asarray(c.args[0]).dtype.kind == "i" for c in cases)
        assert passes(cases, lambda z: np.maximum(0.0, z))
        assert not passes(cases, lambda z: np.maximum(0, z))


def test_layer_sizes_are_not_the_flower_data_s():
    """A hard-coded `return 2, 4, 1` (the flower data's sizes) fails visibly and hidden."""
    for cases in (visible("shallow.layer_sizes"), hidden_trials("shallow.layer_sizes")):
        assert passes(cases, lambda X, Y: (X.shape[0], 4, Y.shape[0]))
        assert not passes(cases, lambda X, Y: (2, 4, 1))
        assert not passes(cases, lambda X, Y: (2, 4, Y.shape[0]))
        assert not passes(cases, lambda X, Y: (X.shape[0], 4, 1))


def test_softmax_gets_scores_where_exp_overflows_without_the_row_maximum():
    def naive(x):
        e = np.exp(x)
        return e / e.sum(axis=1, keepdims=True)

    for cases in (visible("basics.softmax"), hidden_trials("basics.softmax")):
        with np.errstate(over="ignore", invalid="ignore"):
            assert any(not np.isfinite(np.exp(c.args[0])).all() for c in cases)
            assert not passes(cases, naive)


@pytest.mark.parametrize(
    "key", [k for k in KEYS if exercises.REGISTRY[k].labels and k != "logistic.model"]
)
def test_visible_predictions_hold_both_classes(key):
    """A threshold at 0 (or on the wrong side) changes some label of every visible case."""
    for case in visible(key):
        labels = np.asarray(case.expected, dtype=float)
        assert labels.size == 1 or labels.min() != labels.max(), key


@pytest.mark.parametrize(
    "key", ["deep.linear_activation_forward", "deep.linear_activation_backward"]
)
def test_both_activations_are_visible(key):
    assert {c.args[-1] for c in visible(key)} == {"relu", "sigmoid"}
    assert {c.args[-1] for c in hidden_trials(key)} == {"relu", "sigmoid"}
