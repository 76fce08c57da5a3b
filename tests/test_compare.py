"""The diagnosis rules of autograder/judge/compare.py, one test per rule.

Each test builds a case (with exercises.make_cases, or by hand), feeds compare.judge a wrong
output the way a student's function would return it, and reads the message: the visible
check (the kernel's side) and hidden grading say the same, and hidden messages never print
an expected value (``judged`` checks both, and the 15-line cap).

The rules, each with the test(s) that cover it:

pass and tolerance:
  - a right output passes: "ex: <label> passed"
      test_an_exact_answer_passes_with_the_label_in_the_message
  - allclose with the case's rtol/atol decides; both are printed on failure
      test_values_within_rtol_pass_and_values_just_outside_fail
  - a number passes as float, NumPy scalar, 0-d array or int
      test_a_single_number_passes_as_a_float_a_numpy_scalar_or_a_0d_array
      test_an_int_passes_where_the_expected_number_is_whole
  - costs as a 1-D array pass for a list; a list passes for a tuple
      test_costs_returned_as_a_1d_array_pass_like_a_list
      test_a_list_where_a_tuple_is_expected_passes

raised:
  - NotImplementedError in the function itself: "is not implemented yet"
      test_an_unwritten_function_is_not_implemented_yet
  - NotImplementedError in a helper: "calls <helper>, which is not implemented yet"
      test_an_unwritten_helper_is_named_as_the_one_not_implemented
  - _error_hint: math.exp, (n,) broadcast, * for @, np.dot/@ order, hard-coded reshape
      test_a_typical_error_gets_its_hint
  - _error_hint: np.dot of two arrays of one shape: multiply with *
      test_np_dot_of_two_arrays_of_one_shape_is_told_to_multiply_entry_by_entry
  - _error_hint: no hint for an unrelated broadcast or another error
      test_an_unfamiliar_error_is_reported_without_a_hint
  - known raise: @ and np.dot word one error alike; broadcast shapes in any order
      test_a_known_error_is_recognised_whether_written_with_at_or_np_dot
      test_a_known_broadcast_error_is_recognised_whichever_operand_comes_first
  - known raise: another type or text is not claimed
      test_a_known_error_of_another_kind_or_text_is_not_claimed
  - known raise: caches[l] for caches[l - 1], before the generic .T hint
      test_caches_l_instead_of_caches_l_minus_1_gets_the_layer_index_hint

structure:
  - arity: one value, or too many, for several outputs
      test_one_value_where_several_are_expected_is_an_arity_failure
      test_too_many_values_is_an_arity_failure_that_counts_them
  - type: not a dict; not a tuple
      test_an_array_where_a_dict_is_expected_is_a_type_failure
      test_an_array_where_a_tuple_is_expected_is_a_type_failure
  - keys: missing and unexpected listed, "and N more" past ten
      test_missing_and_unexpected_keys_are_listed
      test_more_than_ten_unexpected_keys_are_counted_and_long_lines_are_cut
  - arity of a list; of costs: "record the cost once every 100 iterations"
      test_a_list_of_the_wrong_length_says_how_many_items
      test_costs_of_the_wrong_length_are_told_to_record_every_100_iterations
      test_costs_inside_a_dict_output_are_told_to_record_every_100_iterations
  - type/arity/keys failures take a known mistake's hint from the whole value
      test_a_known_mistake_of_another_structure_gets_its_hint_on_a_type_failure

numbers:
  - an array for a number: float(...) / np.squeeze hint only when it holds one value
      test_a_one_element_array_for_a_number_is_told_to_use_float
      test_a_longer_array_for_a_number_gets_no_squeeze_hint
  - a bool, None or a string for a number: "should be a number, got <type>"
      test_a_bool_or_a_non_number_for_a_number_is_a_type_failure
      test_a_0d_complex_array_for_a_number_is_a_failure_not_a_crash
  - a wrong number: got vs expected visible, got only hidden
      test_a_wrong_number_shows_the_expected_value_only_when_visible
  - factor of m, 1/m, -1; a round constant factor only; none when 0 is expected
      test_a_number_off_by_a_factor_of_m_is_told_to_divide_by_m
      test_a_number_with_the_wrong_sign_is_told_the_sign_is_flipped
      test_a_single_value_is_off_by_a_constant_factor_only_when_the_factor_is_round
      test_a_wrong_number_where_zero_is_expected_gets_no_factor_hint
  - a known wrong number's hint first; else the exercise's own hint
      test_a_known_wrong_number_gets_its_hint_before_the_factor_hint
      test_a_wrong_number_no_hint_explains_gets_the_exercise_hint
  - NaN/inf number: log(0) outside training, divergence in a training loop
      test_an_infinite_number_outside_training_suggests_log0_or_overflow
      test_nan_in_a_training_loop_is_divergence_not_log0

arrays:
  - a list or tuple for an array: "wrap it with np.array"; anything else: no hint
      test_a_list_for_an_array_is_told_to_wrap_it_with_np_array
      test_a_number_for_an_array_is_a_type_failure_without_a_hint
      test_an_object_the_transport_cannot_carry_is_named_by_its_type
  - shape: .T, keepdims, flat, axis=1, axis=0, reshape; no hint otherwise
      test_a_wrong_shape_gets_the_hint_of_its_kind
      test_an_unrelated_wrong_shape_gets_no_hint
  - shape: a known mistake's hint before the shape hint
      test_a_known_mistake_of_another_shape_gets_its_hint_before_the_shape_hint
  - dtype: int/uint/bool hints, known dtype mistake, complex, "expected numbers"
      test_a_non_float_array_where_floats_are_expected_gets_the_hint_of_its_dtype
      test_relu_of_an_integer_array_is_told_to_return_floats
      test_a_complex_array_where_floats_are_expected_is_a_dtype_failure_without_a_hint
      test_a_complex_array_where_integers_are_expected_is_told_numbers_are_expected
  - labels: bool/int/float pass (an output or a dict key); wrong labels fail on values
      test_labels_pass_as_bools_ints_or_floats
      test_labels_inside_a_dict_output_pass_as_bools
      test_a_wrong_label_fails_on_its_values
      test_booleans_for_an_output_that_is_not_a_label_are_a_dtype_failure
  - finite: count and first NaN/inf, log(0) hint outside training
      test_nan_in_an_array_outside_training_names_the_first_and_suggests_log0
  - values: largest error and where; expected only visible, relative error hidden
      test_wrong_values_show_the_largest_error_and_where_with_expected_only_when_visible
  - values: factor of -1, m, 1/m, any constant; transposed square values
      test_an_array_off_by_a_factor_gets_the_factor_hint
      test_without_m_a_factor_of_m_is_a_constant_factor
      test_the_transposed_values_of_a_square_matrix_get_the_T_hint
  - values: a known mistake's hint first; else the exercise's own hint
      test_a_known_wrong_array_gets_its_hint_before_the_factor_hint
      test_wrong_values_no_hint_explains_get_the_exercise_hint
  - initializers: a seed inside the function is a known mistake
      test_an_initializer_that_reseeds_is_told_to_remove_the_seed
      test_an_uncommon_seed_inside_an_initializer_still_says_to_remove_it

several outputs:
  - right and wrong parts named, in order (tuple) or in backprop order (dict)
      test_tuple_outputs_are_reported_in_their_order
      test_gradients_are_read_from_the_output_layer_back_other_keys_as_declared
      test_a_key_with_the_name_of_an_output_is_named_by_its_full_path
      test_a_dict_of_one_key_is_judged_as_one_output
  - a known mistake of the whole output replaces the part's hint
      test_a_known_mistake_is_recognised_from_the_whole_output
  - layer hint: dW, db, dA, the layer below; none for the top layer
      test_the_gradients_of_a_layer_point_at_dW_when_db_is_right
      test_the_gradients_of_a_layer_point_at_db_when_dW_is_right
      test_a_wrong_dA_passed_down_is_named_where_it_enters
      test_a_wrong_tanh_derivative_names_the_right_and_the_wrong_gradients_in_backprop_order
      test_wrong_top_layer_gradients_get_no_layer_hint
  - divergence: costs grow (or overflow) where the reference's fall, in training only
      test_growing_costs_of_a_training_loop_get_the_divergence_hint
      test_a_nan_cost_in_the_costs_of_a_training_loop_is_divergence
      test_growing_costs_are_not_divergence_when_the_reference_grows_too_or_it_is_no_training

mutation:
  - an input array or dict key changed in place: "modified its input <path>"
      test_an_update_in_place_of_an_input_array_is_a_mutation
      test_an_update_in_place_of_a_dict_input_names_the_key
      test_a_number_changed_in_place_inside_a_list_input_is_a_mutation
      test_an_item_of_a_list_input_replaced_by_none_is_a_mutation_not_a_crash
  - wrong values come before a mutation; NaN left alone is no mutation
      test_wrong_values_are_reported_before_a_mutation
      test_nan_in_an_input_left_alone_is_not_a_mutation

message layout and running:
  - inputs line: names (or arg0...) and shapes, cut at 200 characters
      test_a_message_names_the_inputs_by_name_and_shape
      test_a_long_inputs_line_is_cut_at_200_characters
  - at most 15 lines of at most MAX_LINE characters
      test_a_multiline_error_message_still_gives_a_message_of_at_most_15_lines
  - run_cases stops at the first failure; call seeds np.random when the case says so
      test_run_cases_stops_at_the_first_failed_case
      test_call_seeds_np_random_when_the_case_says_so

describe and the codec:
  - describe: shapes, keys, types, never values; cut at MAX_LINE
      test_describe_gives_shapes_keys_and_types_never_values
      test_describe_is_cut_at_max_line
  - dump/load keep types, shapes, dtypes, bits; Opaque for the rest; depth 20
      test_the_codec_keeps_types_shapes_dtypes_and_every_bit
      test_the_codec_carries_what_it_cannot_send_as_an_opaque_named_by_its_type
      test_the_codec_stops_at_a_depth_of_20
  - load rejects what dump did not write; the readable form reads back
      test_load_rejects_anything_dump_did_not_write
      test_the_readable_codec_writes_lists_and_plain_numbers_and_reads_back
"""

from __future__ import annotations

import dataclasses
import math
import re

import numpy as np
import pytest

from autograder import exercises
from autograder.exercises.deep import known as known_deep
from autograder.exercises.hints import COMMON_SEEDS
from autograder.judge import compare
from nnref import deep, shallow

# What a hidden message may say after "expected": a shape or a kind of dtype, never a value.
_NOT_A_VALUE = re.compile(r"is expected|expected (floats|numbers|\([\d, ]*\))")


def judged(case: compare.Case, got) -> tuple[str, str]:
    """(visible message, hidden message) of one output; both must fail."""
    call = compare.Call(got=compare.transported(got), args_after=compare.transported(case.args))
    seen = compare.judge("ex", case, call, label="visible case 1 of 1")
    graded = compare.judge("ex", case, call, label="hidden trial 1 of 1", hidden=True)
    assert not seen.passed and not graded.passed, (seen.message, graded.message)
    assert seen.check == graded.check
    assert not re.search(r"\bexpected\b", _NOT_A_VALUE.sub("", graded.message)), graded.message
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


# ------------------------------------------------------------- helpers, by hand


def verdict(case: compare.Case, got, *, hidden: bool = False) -> compare.Result:
    """The Result of one output (passed or not), after the transport."""
    call = compare.Call(got=compare.transported(got), args_after=compare.transported(case.args))
    label = "hidden trial 1 of 1" if hidden else "visible case 1 of 1"
    return compare.judge("ex", case, call, label=label, hidden=hidden)


def single(expected, **kw) -> compare.Case:
    """A case of one output called ``out`` and one input ``x`` of shape (3, 4)."""
    kw.setdefault("args", (np.ones((3, 4)),))
    kw.setdefault("arg_names", ("x",))
    return compare.Case(expected=expected, outputs=kw.pop("outputs", ("out",)), **kw)


E34 = np.arange(1.0, 13.0).reshape(3, 4)  # no zero, no two equal values


# ----------------------------------------------------------------------- passing


def test_an_exact_answer_passes_with_the_label_in_the_message():
    result = verdict(single(E34), E34.copy())
    assert result.passed and result.check == "values"
    assert result.message == "ex: visible case 1 of 1 passed"


def test_values_within_rtol_pass_and_values_just_outside_fail():
    case = single(E34, rtol=1e-6, atol=0.0)
    assert verdict(case, E34 * (1 + 5e-7)).passed
    result = verdict(case, E34 * (1 + 5e-6))
    assert not result.passed and result.check == "values"
    assert "(rtol=1e-06, atol=0)" in result.message


@pytest.mark.parametrize(
    "got",
    [2.5, np.float64(2.5), np.float32(2.5), np.array(2.5), np.array([2.5])[0]],
    ids=["float", "np.float64", "np.float32", "0-d array", "array item"],
)
def test_a_single_number_passes_as_a_float_a_numpy_scalar_or_a_0d_array(got):
    assert verdict(single(2.5), got).passed


def test_an_int_passes_where_the_expected_number_is_whole():
    assert verdict(single(3.0), 3).passed


def test_costs_returned_as_a_1d_array_pass_like_a_list():
    case = single((E34, [0.7, 0.5, 0.3]), outputs=("w", "costs"))
    assert verdict(case, (E34, np.array([0.7, 0.5, 0.3]))).passed


def test_a_list_where_a_tuple_is_expected_passes():
    assert verdict(single((3, 4)), [3, 4]).passed


# ------------------------------------------------------------------ raised errors


def test_an_unwritten_function_is_not_implemented_yet():
    def sigmoid_backward(x):
        raise NotImplementedError

    case = single(E34)
    result = compare.judge(
        "sigmoid_backward", case, compare.call(sigmoid_backward, case), label="visible case 1 of 1"
    )
    assert result.check == "raised" and not result.passed
    assert result.message.startswith(
        "sigmoid_backward: is not implemented yet (it raised NotImplementedError)"
    )


def test_an_unwritten_helper_is_named_as_the_one_not_implemented():
    def sigmoid(z):
        raise NotImplementedError

    def sigmoid_backward(x):
        return sigmoid(x) * (1 - sigmoid(x))

    case = single(E34)
    result = compare.judge(
        "sigmoid_backward", case, compare.call(sigmoid_backward, case), label="visible case 1 of 1"
    )
    assert "calls sigmoid, which is not implemented yet (it raised NotImplementedError)" in (
        result.message
    )


def _broadcast_rows(A):
    return A - np.max(A, axis=1)


@pytest.mark.parametrize(
    "args, fn, hint",
    [
        (
            (np.ones((3, 4)),),
            lambda z: math.exp(z),
            "math.exp / math.log work on single numbers only: use np.exp / np.log on arrays",
        ),
        (
            (np.ones((3, 4)),),
            _broadcast_rows,
            "an (n,) result of a sum or max lines up with the last axis: keep the reduced axis"
            " with keepdims=True",
        ),
        (
            (np.ones((3, 4)), np.ones((4, 5))),
            lambda W, X: W * X,
            "* multiplies entry by entry: use @ (np.dot) for a matrix product",
        ),
        (
            (np.ones((3, 4)), np.ones((3, 5))),
            lambda W, X: np.dot(W, X),
            "the inner dimensions of a matrix product disagree: check the order and the .T",
        ),
        (
            (np.ones((3, 4)), np.ones((3, 5))),
            lambda W, X: W @ X,
            "the inner dimensions of a matrix product disagree: check the order and the .T",
        ),
        (
            (np.ones((3, 4)),),
            lambda X: X.reshape(10, -1),
            "compute the sizes from the input's shape instead of hard-coding numbers",
        ),
    ],
    ids=["math.exp", "broadcast-flat", "star-for-matmul", "np.dot-order", "at-order", "reshape"],
)
def test_a_typical_error_gets_its_hint(args, fn, hint):
    case = single(np.zeros((3, 5)), args=args, arg_names=())
    for message in raised(case, fn):
        assert message.startswith("ex: raised ")
        assert f"  hint: {hint}" in message


@pytest.mark.parametrize(
    "args, fn",
    [
        ((np.ones((3, 4)), np.ones((2, 5))), lambda A, B: A * B),
        ((np.ones((3, 4)),), lambda A: {}["W1"]),
    ],
    ids=["unrelated-broadcast", "KeyError"],
)
def test_an_unfamiliar_error_is_reported_without_a_hint(args, fn):
    case = single(np.zeros((3, 4)), args=args, arg_names=())
    for message in raised(case, fn):
        assert "raised " in message.splitlines()[0]
        assert "hint:" not in message


def test_a_known_broadcast_error_is_recognised_whichever_operand_comes_first():
    A, b = np.ones((3, 4)), np.ones(3)
    try:
        A * b
    except ValueError as exc:
        record = compare.raised_record(exc)
    case = single(np.zeros((3, 4)), args=(A, b), wrong={"b is (n,), not (n, 1)": record})
    for message in raised(case, lambda A, b: b * A):
        assert "hint: b is (n,), not (n, 1)" in message
        assert "keepdims" not in message  # the known mistake's hint wins over the generic one


def test_a_known_error_of_another_kind_or_text_is_not_claimed():
    case = single(np.zeros((3, 4)), wrong={"W1 is missing": {compare.RAISED: "KeyError: 'W1'"}})
    for message in raised(case, lambda x: {}["W2"]):
        assert "W1 is missing" not in message


# -------------------------------------------------------------- return structure


def test_one_value_where_several_are_expected_is_an_arity_failure():
    case = single((E34, {"Z": E34}), outputs=("A", "cache"))
    for message in judged(case, E34):
        assert message.startswith("ex: should return 2 values (A, cache), got array (3, 4)")
    assert verdict(case, E34).check == "arity"


def test_too_many_values_is_an_arity_failure_that_counts_them():
    case = single((E34, {"Z": E34}), outputs=("A", "cache"))
    for message in judged(case, (E34, {"Z": E34}, E34)):
        assert message.startswith("ex: should return 2 values (A, cache), got 3")


def test_an_array_where_a_dict_is_expected_is_a_type_failure():
    case = single({"W1": E34, "b1": E34[:, :1]}, outputs=("parameters",))
    for message in judged(case, E34):
        assert "parameters should be a dict, got array (3, 4)" in message
    assert verdict(case, E34).check == "type"


def test_missing_and_unexpected_keys_are_listed():
    case = single({"W1": E34, "b1": E34[:, :1]}, outputs=("parameters",))
    for message in judged(case, {"W1": E34, "B1": E34[:, :1]}):
        assert "parameters has the wrong keys" in message
        assert "  missing: b1" in message and "  unexpected: B1" in message
    assert verdict(case, {"W1": E34}).check == "keys"


def test_more_than_ten_unexpected_keys_are_counted_and_long_lines_are_cut():
    case = single({"W1": E34}, outputs=("parameters",))
    got = {"W1": E34, **{f"key_{i}_" + "x" * 40: 0.0 for i in range(15)}}
    for message in judged(case, got):
        line = next(x for x in message.splitlines() if "unexpected:" in x)
        assert len(line) == compare.MAX_LINE and line.endswith("...")
    short = {"W1": E34, **{f"k{i}": 0.0 for i in range(15)}}
    for message in judged(case, short):
        assert "k9 and 5 more" in message and "k10" not in message


def test_an_array_where_a_tuple_is_expected_is_a_type_failure():
    for message in judged(single((3, 4)), np.array([3, 4])):
        assert "out should be a tuple of 2, got array (2,)" in message


def test_a_list_of_the_wrong_length_says_how_many_items():
    for message in judged(single([1.0, 2.0, 3.0]), [1.0, 2.0]):
        assert "out should hold 3 items, got 2" in message
        assert "hint:" not in message


def test_costs_of_the_wrong_length_are_told_to_record_every_100_iterations():
    case = single((E34, [0.7, 0.5]), outputs=("w", "costs"))
    for message in judged(case, (E34, [0.7, 0.6, 0.5])):
        assert "costs should hold 2 items, got 3" in message
        assert "hint: record the cost once every 100 iterations (when i % 100 == 0)" in message


def test_costs_inside_a_dict_output_are_told_to_record_every_100_iterations():
    case = single({"costs": [0.7, 0.5], "w": E34}, outputs=("d",))
    for message in judged(case, {"costs": [0.7, 0.6, 0.5], "w": E34}):
        assert "d['costs'] should hold 2 items, got 3" in message
        assert "record the cost once every 100 iterations" in message


def test_a_known_mistake_of_another_structure_gets_its_hint_on_a_type_failure():
    dW, db = E34, E34[:, :1]
    case = single({"dW": dW, "db": db}, outputs=("grads",), wrong={"return a dict": (dW, db)})
    for message in judged(case, (dW, db)):
        assert "grads should be a dict, got (array (3, 4), array (3, 1))" in message
        assert "hint: return a dict" in message


# ------------------------------------------------------------------------ numbers


def test_a_one_element_array_for_a_number_is_told_to_use_float():
    for message in judged(single(2.5), np.array([[2.5]])):
        assert "out should be a single number, got array (1, 1)" in message
        assert "hint: use float(...) or np.squeeze(...) to return a single number" in message


def test_a_longer_array_for_a_number_gets_no_squeeze_hint():
    for message in judged(single(2.5), np.array([2.5, 1.0])):
        assert "out should be a single number, got array (2,)" in message
        assert "squeeze" not in message


@pytest.mark.parametrize(
    "got, kind", [(True, "bool"), (None, "NoneType"), ("2.5", "str"), (np.True_, "bool")]
)
def test_a_bool_or_a_non_number_for_a_number_is_a_type_failure(got, kind):
    for message in judged(single(2.5), got):
        assert f"out should be a number, got {kind}" in message


def test_a_0d_complex_array_for_a_number_is_a_failure_not_a_crash():
    result = verdict(single(2.5), np.array(2.5 + 1j))
    assert not result.passed and result.check in ("type", "dtype")


def test_a_wrong_number_shows_the_expected_value_only_when_visible():
    seen, graded = judged(single(2.0), 3.0)
    assert "out has the wrong value (rtol=1e-06, atol=1e-08)" in seen
    assert "  got 3, expected 2" in seen
    assert "  got 3\n" in graded and "expected" not in graded


def test_a_number_off_by_a_factor_of_m_is_told_to_divide_by_m():
    for message in judged(single(2.0, m=4), 8.0):
        assert "hint: too large by a factor of m = 4: the formula divides by m (the 1/m)" in message
    for message in judged(single(2.0, m=4), 0.5):
        assert "hint: too small by a factor of m = 4: divide by m only once" in message


def test_a_number_with_the_wrong_sign_is_told_the_sign_is_flipped():
    for message in judged(single(2.0), -2.0):
        assert "hint: the sign is flipped: check the minus sign" in message


def test_a_wrong_number_where_zero_is_expected_gets_no_factor_hint():
    for message in judged(single(0.0), 3.0):
        assert "hint:" not in message


def test_a_known_wrong_number_gets_its_hint_before_the_factor_hint():
    case = single(2.0, wrong={"use np.sum, not np.mean": 20.0})
    for message in judged(case, 20.0):
        assert "hint: use np.sum, not np.mean" in message and "factor" not in message


def test_a_wrong_number_no_hint_explains_gets_the_exercise_hint():
    case = single(2.0, hint="the cost is -(1/m) * sum(...)")
    for message in judged(case, 2.37):
        assert "hint: the cost is -(1/m) * sum(...)" in message


def test_an_infinite_number_outside_training_suggests_log0_or_overflow():
    for message in judged(single(2.0), float("inf")):
        assert "out is inf: look for log(0), a division by zero or an overflow" in message
    assert verdict(single(2.0), float("inf")).check == "finite"


# ------------------------------------------------------------------------- arrays


@pytest.mark.parametrize("got", [[[1.0, 2.0]], (1.0, 2.0)], ids=["list", "tuple"])
def test_a_list_for_an_array_is_told_to_wrap_it_with_np_array(got):
    for message in judged(single(np.array([1.0, 2.0])), got):
        assert "out should be a NumPy array (2,), got " in message
        assert "hint: wrap it with np.array(...) or keep the NumPy result" in message


def test_a_number_for_an_array_is_a_type_failure_without_a_hint():
    for message in judged(single(np.array([1.0, 2.0])), 1.0):
        assert "out should be a NumPy array (2,), got float" in message
        assert "hint:" not in message


def test_an_object_the_transport_cannot_carry_is_named_by_its_type():
    for message in judged(single(np.array([1.0, 2.0])), {1.0, 2.0}):
        assert "out should be a NumPy array (2,), got set" in message


@pytest.mark.parametrize(
    "got, exp, hint",
    [
        ((4, 3), (3, 4), "the shape is transposed: look for a missing or extra .T"),
        ((3,), (3, 1), "a column (n, 1) is expected, got a flat (n,) array: keepdims=True"),
        ((3, 1), (3,), "a flat (n,) array is expected, got a column (n, 1)"),
        ((3, 4), (3, 1), "one value per row is expected: sum over axis=1 (with keepdims=True)"),
        ((3, 4), (1, 4), "one value per example is expected: reduce over axis=0"),
        ((2, 6), (3, 4), "the right number of values in the wrong shape: check the reshape"),
    ],
    ids=["transposed", "keepdims", "flat", "axis=1", "axis=0", "reshape"],
)
def test_a_wrong_shape_gets_the_hint_of_its_kind(got, exp, hint):
    for message in judged(single(np.ones(exp)), np.ones(got)):
        assert f"out has shape {got}, expected {exp}" in message
        assert f"  hint: {hint}" in message


def test_an_unrelated_wrong_shape_gets_no_hint():
    case = single(np.ones((3, 4)))
    for message in judged(case, np.ones(5)):
        assert "out has shape (5,), expected (3, 4)" in message and "hint:" not in message
    assert verdict(case, np.ones(5)).check == "shape"


def test_a_known_mistake_of_another_shape_gets_its_hint_before_the_shape_hint():
    case = single(np.ones((3, 4)), wrong={"X is (n_x, m): use X.shape[0]": np.ones((4, 3))})
    for message in judged(case, np.ones((4, 3))):
        assert "hint: X is (n_x, m): use X.shape[0]" in message and ".T" not in message


@pytest.mark.parametrize(
    "got, hint",
    [
        (np.ones((2, 2), dtype=np.int64), "integer arithmetic or np.zeros(..., dtype=int) loses"),
        (np.ones((2, 2), dtype=np.uint8), "integer arithmetic or np.zeros(..., dtype=int) loses"),
        (np.ones((2, 2), dtype=bool), "a comparison gives booleans: convert with .astype(float)"),
    ],
    ids=["int", "unsigned", "bool"],
)
def test_a_non_float_array_where_floats_are_expected_gets_the_hint_of_its_dtype(got, hint):
    for message in judged(single(np.ones((2, 2))), got):
        assert f"out has dtype {got.dtype}, expected floats (float64)" in message
        assert f"  hint: {hint}" in message
    assert verdict(single(np.ones((2, 2))), got).check == "dtype"


def test_a_complex_array_where_floats_are_expected_is_a_dtype_failure_without_a_hint():
    for message in judged(single(np.ones(2)), np.ones(2, dtype=complex)):
        assert "out has dtype complex128, expected floats (float64)" in message
        assert "hint:" not in message


def test_a_complex_array_where_integers_are_expected_is_told_numbers_are_expected():
    for message in judged(single(np.ones(2, dtype=int)), np.ones(2, dtype=complex)):
        assert "out has dtype complex128, expected numbers" in message


@pytest.mark.parametrize("dtype", [bool, np.int64, np.float64])
def test_labels_pass_as_bools_ints_or_floats(dtype):
    labels = np.array([[1.0, 0.0, 1.0, 1.0]])
    case = single(labels, outputs=("predictions",), labels=("predictions",))
    assert verdict(case, labels.astype(dtype)).passed
    assert verdict(case, labels.astype(dtype), hidden=True).passed


def test_labels_inside_a_dict_output_pass_as_bools():
    labels = np.array([[1.0, 0.0]])
    case = single(
        {"Y_prediction_test": labels, "w": E34}, outputs=("d",), labels=("Y_prediction_test",)
    )
    assert verdict(case, {"Y_prediction_test": labels > 0.5, "w": E34}).passed


def test_a_wrong_label_fails_on_its_values():
    labels = np.array([[1.0, 0.0, 1.0, 1.0]])
    case = single(labels, outputs=("predictions",), labels=("predictions",))
    for message in judged(case, np.array([[True, True, True, True]])):
        assert "predictions has the wrong values" in message
        assert "  1 of 4 values differ" in message


def test_booleans_for_an_output_that_is_not_a_label_are_a_dtype_failure():
    labels = np.array([[1.0, 0.0]])
    for message in judged(single(labels), labels > 0.5):
        assert "a comparison gives booleans: convert with .astype(float)" in message


def test_nan_in_an_array_outside_training_names_the_first_and_suggests_log0():
    got = E34.copy()
    got[0, 1] = got[2, 3] = np.nan
    for message in judged(single(E34), got):
        assert "out holds 2 NaN/inf value(s), first at [0, 1]" in message
        assert "hint: look for log(0), a division by zero or exp overflow" in message
    assert verdict(single(E34), got).check == "finite"


def test_wrong_values_show_the_largest_error_and_where_with_expected_only_when_visible():
    got = E34.copy()
    got[1, 2] += 0.5  # 7 -> 7.5
    got[0, 0] += 0.1
    seen, graded = judged(single(E34), got)
    assert "out has the wrong values (rtol=1e-06, atol=1e-08)" in seen
    assert "  largest error 0.5 at [1, 2]: got 7.5, expected 7" in seen
    assert "  largest error at [1, 2]: relative error 0.071" in graded
    assert "7.5" not in graded
    for message in (seen, graded):
        assert "  2 of 12 values differ" in message


@pytest.mark.parametrize(
    "factor, m, hint",
    [
        (-1.0, None, "the sign is flipped: check the minus sign (or the order of a subtraction)"),
        (4.0, 4, "too large by a factor of m = 4: the formula divides by m (the 1/m)"),
        (0.25, 4, "too small by a factor of m = 4: divide by m only once"),
        (1.37, 4, "off by a constant factor of 1.37: check the scaling"),
    ],
    ids=["sign", "m", "1/m", "any-constant"],
)
def test_an_array_off_by_a_factor_gets_the_factor_hint(factor, m, hint):
    for message in judged(single(E34, m=m), E34 * factor):
        assert f"  hint: {hint}" in message


def test_without_m_a_factor_of_m_is_a_constant_factor():
    for message in judged(single(E34), E34 * 4):
        assert "off by a constant factor of 4" in message and "m = " not in message


def test_the_transposed_values_of_a_square_matrix_get_the_T_hint():
    S = np.arange(1.0, 10.0).reshape(3, 3)
    for message in judged(single(S), S.T):
        assert "hint: these are the transposed values: look for a missing or extra .T" in message


def test_a_known_wrong_array_gets_its_hint_before_the_factor_hint():
    case = single(E34, wrong={"divide by m once": E34 * 2})
    for message in judged(case, E34 * 2):
        assert "hint: divide by m once" in message and "factor" not in message


def test_wrong_values_no_hint_explains_get_the_exercise_hint():
    got = E34.copy()
    got[0, 0] = 0.0
    for message in judged(single(E34, hint="Z = W @ A_prev + b"), got):
        assert "hint: Z = W @ A_prev + b" in message


# --------------------------------------------------------------- several outputs


def test_gradients_are_read_from_the_output_layer_back_other_keys_as_declared():
    keys = ["dW1", "db1", "dA0", "dW2", "db2", "dA1"]
    assert compare._backprop_order(keys) == ["dW2", "db2", "dA1", "dW1", "db1", "dA0"]
    assert compare._backprop_order(["W1", "b1", "W2"]) == ["W1", "b1", "W2"]


def test_a_key_with_the_name_of_an_output_is_named_by_its_full_path():
    case = single((E34, {"A1": E34, "A2": E34}), outputs=("A2", "cache"))
    for message in judged(case, (E34, {"A1": E34 + 1, "A2": E34})):
        assert message.startswith("ex: cache['A1'] has the wrong values")
        assert "A2 and cache['A2'] are right; cache['A1'] is wrong" in message


def test_a_dict_of_one_key_is_judged_as_one_output():
    case = single({"dW1": E34}, outputs=("grads",))
    for message in judged(case, {"dW1": E34 + 1}):
        assert "grads['dW1'] has the wrong values" in message
        assert " right;" not in message and "all wrong" not in message


def test_wrong_top_layer_gradients_get_no_layer_hint():
    case = case_of("shallow.backward_propagation")
    got = dict(case.expected)
    got["dW2"] = got["dW2"] + 0.1
    got["db2"] = got["db2"] + 0.1
    for message in judged(case, got):
        assert "dW1 and db1 are right; dW2 and db2 are wrong" in message
        assert "hint:" not in message


def _training_case(expected_costs: list[float], arg_names: tuple[str, ...]) -> compare.Case:
    return single(
        ({"w": E34}, expected_costs),
        outputs=("params", "costs"),
        args=(E34, 100),
        arg_names=arg_names,
    )


def test_growing_costs_are_not_divergence_when_the_reference_grows_too_or_it_is_no_training():
    got = ({"w": E34 * 3}, [0.5, 0.9])
    for message in judged(_training_case([0.5, 0.7], ("X", "num_iterations")), got):
        assert compare.DIVERGES not in message
    for message in judged(_training_case([0.5, 0.3], ("X", "n")), got):
        assert compare.DIVERGES not in message
    for message in judged(_training_case([0.5, 0.3], ("X", "num_iterations")), got):
        assert compare.DIVERGES in message


# ---------------------------------------------------------------------- mutation


def _update(W, dW):
    W -= 0.5 * dW
    return W


def test_an_update_in_place_of_an_input_array_is_a_mutation():
    W, dW = np.ones((2, 3)), np.ones((2, 3))
    case = single(W - 0.5 * dW, args=(W, dW), arg_names=("W", "dW"))
    result = compare.run_case("ex", _update, case, label="visible case 1 of 1")
    assert result.check == "mutated" and not result.passed
    assert result.message.startswith("ex: modified its input W in place (visible case 1 of 1)")
    assert "hint: build new arrays (W = W - lr * dW) instead of -=, += or item" in result.message
    assert np.array_equal(case.args[0], np.ones((2, 3)))  # the case's own inputs are untouched


def test_an_update_in_place_of_a_dict_input_names_the_key():
    def update(parameters, grads):
        parameters["W1"] -= grads["dW1"]
        return parameters

    params, grads = {"W1": np.ones((2, 3)), "b1": np.zeros((2, 1))}, {"dW1": np.ones((2, 3))}
    case = single(
        {"W1": np.zeros((2, 3)), "b1": np.zeros((2, 1))},
        args=(params, grads),
        arg_names=("parameters", "grads"),
    )
    result = compare.run_case("ex", update, case, label="hidden trial 1 of 1", hidden=True)
    assert result.check == "mutated"
    assert "modified its input parameters['W1'] in place" in result.message


def test_wrong_values_are_reported_before_a_mutation():
    W, dW = np.ones((2, 3)), np.ones((2, 3))
    case = single(W - 0.1 * dW, args=(W, dW), arg_names=("W", "dW"))
    assert compare.run_case("ex", _update, case, label="visible case 1 of 1").check == "values"


def test_nan_in_an_input_left_alone_is_not_a_mutation():
    case = single(np.array([0.0, 1.0]), args=(np.array([np.nan, 1.0]),), arg_names=("x",))
    assert compare.run_case("ex", np.nan_to_num, case, label="visible case 1 of 1").passed


def test_a_number_changed_in_place_inside_a_list_input_is_a_mutation():
    def init(layer_dims):
        layer_dims[0] = 7
        return np.ones(2)

    case = single(np.ones(2), args=([5, 4, 1],), arg_names=("layer_dims",))
    result = compare.run_case("ex", init, case, label="visible case 1 of 1")
    assert result.check == "mutated"


def test_an_item_of_a_list_input_replaced_by_none_is_a_mutation_not_a_crash():
    def backward(caches):
        caches[0] = None
        return np.ones(2)

    case = single(np.ones(2), args=([(np.ones(2), np.ones(2))],), arg_names=("caches",))
    result = compare.run_case("ex", backward, case, label="visible case 1 of 1")
    assert result.check == "mutated" and "caches[0]" in result.message


# --------------------------------------------------------------- message layout


def test_a_message_names_the_inputs_by_name_and_shape():
    case = single(E34, args=(np.ones((3, 4)), 0.5, [1, 2]), arg_names=("X", "lr", "dims"))
    for message in judged(case, E34 + 1):
        assert message.splitlines()[-1] == "  inputs: X array (3, 4), lr float, dims [int, int]"
    unnamed = single(E34, args=(np.ones((3, 4)),), arg_names=())
    for message in judged(unnamed, E34 + 1):
        assert message.splitlines()[-1] == "  inputs: arg0 array (3, 4)"


def test_a_long_inputs_line_is_cut_at_200_characters():
    case = single(E34, args=tuple(np.ones((3, 4)) for _ in range(20)), arg_names=())
    for message in judged(case, E34 + 1):
        line = message.splitlines()[-1]
        assert len(line) == 202 and line.endswith("...")


def test_a_multiline_error_message_still_gives_a_message_of_at_most_15_lines():
    def fn(x):
        raise ValueError("\n".join("x" * 30))

    for message in raised(single(E34), fn):
        assert len(message.splitlines()) <= 15


def test_run_cases_stops_at_the_first_failed_case():
    cases = [single(E34), single(E34 + 1), single(E34)]
    results = compare.run_cases("ex", lambda x: E34, cases, hidden=True)
    assert [r.passed for r in results] == [True, False]
    assert results[0].message == "ex: hidden trial 1 of 3 passed"
    assert "(hidden trial 2 of 3)" in results[1].message


def test_call_seeds_np_random_when_the_case_says_so():
    case = single(np.zeros(1), args=(), arg_names=(), seed=3)
    np.random.seed(3)
    first = np.random.rand()
    np.random.seed(99)
    assert compare.call(lambda: np.random.rand(), case).got == first


# ---------------------------------------------------------------------- describe


@pytest.mark.parametrize(
    "value, text",
    [
        (np.ones((3, 4)), "array (3, 4)"),
        (np.array(2.0), "0-d array"),
        ({"W1": np.ones((2, 3)), "b1": 0.0}, "{W1: array (2, 3), b1: float}"),
        ((np.ones(2), [1, 2]), "(array (2,), [int, int])"),
        ({"a": {"b": {"c": 1}}}, "{a: {b: dict}}"),
        (list(range(25)), "list of 25 items"),
        (compare.Opaque("Foo"), "Foo"),
        (True, "bool"),
        (np.float32(1), "float32"),
    ],
    ids=["array", "0-d", "dict", "tuple", "nested", "long", "opaque", "bool", "np-scalar"],
)
def test_describe_gives_shapes_keys_and_types_never_values(value, text):
    assert compare.describe(value) == text


def test_describe_is_cut_at_max_line():
    text = compare.describe({f"key_{i}_" + "x" * 20: np.ones(2) for i in range(20)})
    assert len(text) == compare.MAX_LINE and text.endswith("...")


# ------------------------------------------------------------------------- codec


def test_the_codec_keeps_types_shapes_dtypes_and_every_bit():
    value = {
        "A": np.asfortranarray(np.arange(6.0).reshape(2, 3) / 7),
        "z": np.array(0.1 + 0.2),
        "s": np.float32(1 / 3),
        "i": np.int8(-3),
        "t": (1, 2.5, None, "x", True),
        "l": [np.array([1, 2], dtype=np.uint16)],
        "inf": float("-inf"),
    }
    back = compare.transported(value)
    assert set(back) == set(value) and isinstance(back["t"], tuple) and back["t"] == value["t"]
    assert np.array_equal(back["A"], value["A"]) and back["A"].dtype == np.float64
    assert back["z"].shape == () and back["z"] == 0.1 + 0.2
    assert type(back["s"]) is np.float32 and back["s"] == np.float32(1 / 3)
    assert type(back["i"]) is np.int8 and back["l"][0].dtype == np.uint16
    assert back["inf"] == float("-inf")


@pytest.mark.parametrize(
    "value, name",
    [
        (np.array([object()]), "ndarray of dtype object"),
        ({1: 2}, "dict with non-string keys"),
        ({1, 2}, "set"),
        (np.broadcast_to(np.zeros(1), (2**24,)), "ndarray of dtype float64"),  # 128 MiB
    ],
    ids=["object-array", "int-keys", "set", "too-large"],
)
def test_the_codec_carries_what_it_cannot_send_as_an_opaque_named_by_its_type(value, name):
    back = compare.transported(value)
    assert isinstance(back, compare.Opaque) and back.type_name == name


def test_the_codec_stops_at_a_depth_of_20():
    value: list = [1.0]
    for _ in range(25):
        value = [value]
    inner = compare.transported(value)
    for _ in range(21):
        inner = inner[0]
    assert isinstance(inner, compare.Opaque) and inner.type_name == "deeply nested value"


@pytest.mark.parametrize(
    "wire",
    [
        {"foo": 1},
        {"__ndarray__": "", "dtype": "|O", "shape": [0]},
        {"__scalar__": "", "dtype": "|O"},
        {"a": 1, "b": 2, "c": 3, "d": 4},
    ],
    ids=["unknown-tag", "object-array", "object-scalar", "four-keys"],
)
def test_load_rejects_anything_dump_did_not_write(wire):
    with pytest.raises(ValueError):
        compare.load(wire)


def test_the_readable_codec_writes_lists_and_plain_numbers_and_reads_back():
    value = {"A": np.arange(4.0).reshape(2, 2), "J": np.float64(0.5), "t": (np.int64(3),)}
    wire = compare.dump(value, readable=True)
    assert wire["__dict__"]["A"]["__ndarray__"] == [[0.0, 1.0], [2.0, 3.0]]
    assert type(wire["__dict__"]["J"]) is float
    back = compare.load(wire)
    assert np.array_equal(back["A"], value["A"]) and back["A"].dtype == np.float64
    assert back["J"] == 0.5 and back["t"] == (3,)
