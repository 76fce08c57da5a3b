"""The diagnosis rules of autograder/judge/compare.py, one test per rule.

Each test builds a case (with exercises.make_cases, or by hand), feeds compare.judge a wrong
output the way a student's function would return it, and reads the message: the visible
check (the kernel's side) and hidden grading say the same, and hidden messages never print
an expected value.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from autograder import exercises
from autograder.exercises.deep import known as known_deep
from autograder.exercises.hints import COMMON_SEEDS
from autograder.judge import compare
from nnref import deep, shallow


def judged(case: compare.Case, got) -> tuple[str, str]:
    """(visible message, hidden message) of one output; both must fail."""
    call = compare.Call(got=compare.transported(got), args_after=compare.transported(case.args))
    seen = compare.judge("ex", case, call, label="visible case 1 of 1")
    graded = compare.judge("ex", case, call, label="hidden trial 1 of 1", hidden=True)
    assert not seen.passed and not graded.passed, (seen.message, graded.message)
    assert seen.check == graded.check
    assert "expected" not in graded.message.replace("expected floats", "")
    assert len(seen.message.splitlines()) <= 15 and len(graded.message.splitlines()) <= 15
    return seen.message, graded.message


def raised(case: compare.Case, fn) -> tuple[str, str]:
    """(visible message, hidden message) of a function that raises on the case's inputs."""
    try:
        fn(*case.args)
    except Exception as exc:
        call = compare.Call(raised=type(exc).__name__, message=str(exc)[:200], where="ex")
    else:
        raise AssertionError("the function did not raise")
    seen = compare.judge("ex", case, call, label="visible case 1 of 1")
    graded = compare.judge("ex", case, call, label="hidden trial 1 of 1", hidden=True)
    assert seen.check == graded.check == "raised"
    return seen.message, graded.message


def case_of(key: str, kind: str = "random", seed: int = 11) -> compare.Case:
    return exercises.make_cases(key, seed, (kind,))[0]


def shallow_grads(case: compare.Case, dZ1_of) -> dict:
    """The backward pass of Week 3 with dZ1 = dZ1_of(W2.T @ dZ2, A1)."""
    parameters, cache, X, Y = case.args
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dZ1 = dZ1_of(parameters["W2"].T @ dZ2, A1)
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
        "dW2": dZ2 @ A1.T / m,
        "db2": np.sum(dZ2, axis=1, keepdims=True) / m,
    }


# ------------------------------------------------------------ several outputs


def test_a_wrong_tanh_derivative_names_the_right_and_the_wrong_gradients_in_backprop_order():
    """1 - A1 for tanh' (no known mistake): dW2, db2 right; dW1, db1 wrong; the layer hint."""
    case = case_of("shallow.backward_propagation")
    got = shallow_grads(case, lambda dA1, A1: dA1 * (1 - A1))
    for message in judged(case, got):
        assert "grads['dW1'] has the wrong values" in message.splitlines()[0]
        assert "dW2 and db2 are right; dW1 and db1 are wrong" in message
        assert "the gradients of layer 2 are right, those of layer 1 are not" in message
        assert "dZ1 = (W2.T @ dZ2) * g'(Z1)" in message


def test_tuple_outputs_are_reported_in_their_order():
    """linear_backward: dA_prev and db wrong, dW right; the message details dA_prev first."""
    case = case_of("deep.linear_backward")
    dA_prev, dW, db = case.expected
    for message in judged(case, (dA_prev + 0.5, dW, db + 0.25)):
        assert message.startswith("ex: dA_prev has the wrong values")
        assert "dW is right; dA_prev and db are wrong" in message


def test_a_known_mistake_is_recognised_from_the_whole_output():
    """layer_sizes returning (2, 4, n_y) where n_y happens to be 2: the hard-coded 2, not the
    swapped sizes (which give the same n_x)."""
    X, Y = np.zeros((5, 3)), np.zeros((2, 3))
    base = case_of("shallow.layer_sizes")
    ex = exercises.REGISTRY["shallow.layer_sizes"]
    case = dataclasses.replace(
        base,
        args=(X, Y),
        expected=shallow.layer_sizes(X, Y),
        wrong=exercises.known_outputs(ex, (X, Y), 0),
    )
    for message in judged(case, (2, 4, 2)):
        assert "don't hard-code 2" in message
        assert "swapped" not in message
        assert "n_h and n_y are right; n_x is wrong" in message


def test_the_gradients_of_a_layer_point_at_dW_when_db_is_right():
    case = case_of("shallow.backward_propagation")
    got = dict(case.expected, dW1=case.expected["dW1"] * 1.1 + 0.01)
    for message in judged(case, got):
        assert "dW2, db2 and db1 are right; dW1 is wrong" in message
        assert "db1 is right, so dZ1 is: check dW1 = dZ1 @ X.T / m" in message


def test_the_gradients_of_a_layer_point_at_db_when_dW_is_right():
    case = case_of("shallow.backward_propagation")
    got = dict(case.expected, db2=case.expected["db2"] + 0.3)
    for message in judged(case, got):
        assert "db2 is wrong" in message
        assert "check db2 = np.sum(dZ2, axis=1, keepdims=True) / m" in message


def test_a_wrong_dA_passed_down_is_named_where_it_enters():
    """L_model_backward: layer 2 right but dA1 wrong (and so everything below it)."""
    case = case_of("deep.L_model_backward")
    L = len(case.args[2])
    got = dict(case.expected)
    for key in [f"dA{L - 1}"] + [f"{g}{l}" for l in range(1, L) for g in ("dW", "db")]:
        got[key] = got[key] + 0.1
    for message in judged(case, got):
        assert message.startswith(f"ex: grads['dA{L - 1}'] has the wrong values")
        assert f"dW{L} and db{L} are right" in message
        assert f"check dA{L - 1} = W{L}.T @ dZ{L}" in message


# ------------------------------------------------------------------- training


def test_growing_costs_of_a_training_loop_get_the_divergence_hint():
    case = case_of("app.two_layer_model")
    parameters, costs = case.expected
    climbing = [costs[0] * (1 + i) for i in range(len(costs))]
    got = ({k: v * 3 for k, v in parameters.items()}, climbing)
    for message in judged(case, got):
        assert compare.DIVERGES in message
        assert "log(0)" not in message
        assert "costs are all wrong" in message


def test_nan_in_a_training_loop_is_divergence_not_log0():
    case = case_of("shallow.nn_model")
    got = {k: np.full_like(v, np.nan) for k, v in case.expected.items()}
    for message in judged(case, got):
        assert compare.DIVERGES in message and "log(0)" not in message
    cost_case = case_of("deep.compute_cost")  # not a training loop: the log(0) hint stays
    for message in judged(cost_case, float("nan")):
        assert "log(0)" in message and compare.DIVERGES not in message


def test_a_nan_cost_in_the_costs_of_a_training_loop_is_divergence():
    case = case_of("logistic.optimize")
    params, grads, costs = case.expected
    for message in judged(case, (params, grads, [*costs[:-1], float("inf")])):
        assert compare.DIVERGES in message


# ---------------------------------------------------------------- known errors


def test_caches_l_instead_of_caches_l_minus_1_gets_the_layer_index_hint():
    case = case_of("deep.L_model_backward")
    off_by_one = known_deep._lmb(cache_shift=1)
    for message in raised(case, off_by_one):
        assert "layer l's cache is caches[l - 1]" in message
        assert "check the order and the .T" not in message


def test_a_known_error_is_recognised_whether_written_with_at_or_np_dot():
    """The known mistake raised with @; the student's np.dot words the same error otherwise."""
    W, dZ = np.ones((3, 5)), np.ones((3, 4))
    try:
        W @ dZ
    except ValueError as exc:
        record = compare.raised_record(exc)
    case = compare.Case(
        args=(W, dZ), expected=np.zeros((5, 4)), outputs=("dA",), wrong={"use W.T": record}
    )
    for message in raised(case, lambda W, dZ: np.dot(W, dZ)):
        assert "not aligned" in message and "hint: use W.T" in message


def test_np_dot_of_two_arrays_of_one_shape_is_told_to_multiply_entry_by_entry():
    case = compare.Case(args=(np.ones((3, 4)),), expected=np.ones((3, 4)), outputs=("ds",))
    for message in raised(case, lambda s: np.dot(s, 1 - s)):
        assert "np.dot is a matrix product: multiply entry by entry with *" in message


# ---------------------------------------------------------------- initializers


@pytest.mark.parametrize("seed", COMMON_SEEDS)
def test_an_initializer_that_reseeds_is_told_to_remove_the_seed(seed):
    for key, init in (
        ("deep.initialize_parameters_deep", deep.initialize_parameters_deep),
        ("deep.initialize_parameters", deep.initialize_parameters),
        ("shallow.initialize_parameters", shallow.initialize_parameters),
    ):
        case = case_of(key)
        np.random.seed(seed)
        got = init(*case.args)
        for message in judged(case, got):
            assert f"remove np.random.seed({seed}) from the function" in message, key


def test_an_uncommon_seed_inside_an_initializer_still_says_to_remove_it():
    case = case_of("deep.initialize_parameters_deep")
    np.random.seed(7)
    got = deep.initialize_parameters_deep(*case.args)
    for message in judged(case, got):
        assert "remove any np.random.seed from the function" in message


# ---------------------------------------------------------------------- dtypes


def test_relu_of_an_integer_array_is_told_to_return_floats():
    case = case_of("intro.relu", kind="int")
    (z,) = case.args
    assert z.dtype.kind == "i" and case.expected.dtype.kind == "f"
    for message in judged(case, np.maximum(0, z)):
        assert "has dtype int64, expected floats" in message
        assert "np.maximum(0.0, z), with 0.0 and not 0" in message


# ---------------------------------------------------------------------- factors


def test_a_single_value_is_off_by_a_constant_factor_only_when_the_factor_is_round():
    """Any wrong number is some multiple of the right one: only 2, 10, 0.5... tell something."""
    case = case_of("basics.L2")
    for message in judged(case, case.expected * 10):
        assert "off by a constant factor of 10" in message
    for message in judged(case, case.expected * 1.37):
        assert "constant factor" not in message
