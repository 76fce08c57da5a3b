"""nnref.basics: activations, reshaping, normalization and the two losses."""

import math
import warnings

import numpy as np
import pytest

from nnref import basics
from tests.nnref.gradcheck import numerical_gradient, relative_error

SEEDS = [0, 1, 2]


# ------------------------------------------------------------------- sigmoids


@pytest.mark.parametrize("x", [0, 3, -2.5, 0.1])
def test_basic_sigmoid_returns_python_float_with_right_value(x):
    s = basics.basic_sigmoid(x)
    assert type(s) is float
    assert s == pytest.approx(1 / (1 + math.exp(-x)), rel=1e-15)


def test_basic_sigmoid_known_values():
    assert basics.basic_sigmoid(0) == 0.5
    assert basics.basic_sigmoid(3) == pytest.approx(0.9525741268224334, rel=1e-15)


@pytest.mark.parametrize("shape", [(3,), (1, 1), (4, 1), (1, 5), (2, 3, 4)])
def test_sigmoid_is_elementwise_and_keeps_shape(shape):
    x = np.random.default_rng(0).standard_normal(shape) * 3
    s = basics.sigmoid(x)
    assert s.shape == shape
    np.testing.assert_allclose(s, 1 / (1 + np.exp(-x)), rtol=1e-15)
    assert np.all((s > 0) & (s < 1))


def test_sigmoid_known_values():
    np.testing.assert_allclose(
        basics.sigmoid(np.array([1, 2, 3])),
        [0.7310585786300049, 0.8807970779778823, 0.9525741268224334],
        rtol=1e-14,
    )


@pytest.mark.parametrize("shape", [(5,), (1, 1), (3, 4), (1, 6), (2, 2, 2)])
def test_sigmoid_derivative_keeps_shape(shape):
    x = np.random.default_rng(1).standard_normal(shape)
    assert basics.sigmoid_derivative(x).shape == shape


def test_sigmoid_derivative_known_values():
    np.testing.assert_allclose(
        basics.sigmoid_derivative(np.array([1, 2, 3])),
        [0.19661193324148185, 0.1049935854035065, 0.045176659730912],
        rtol=1e-13,
    )
    assert basics.sigmoid_derivative(0.0) == pytest.approx(0.25, rel=1e-15)


@pytest.mark.parametrize("seed", SEEDS)
def test_sigmoid_derivative_matches_centred_difference_of_sigmoid(seed):
    x = np.random.default_rng(seed).standard_normal((3, 4)) * 2
    # d/dx_i of sum(sigmoid(x)) is sigmoid'(x_i), since sigmoid is element-wise.
    numeric = numerical_gradient(lambda v: np.sum(basics.sigmoid(v)), x)
    assert relative_error(basics.sigmoid_derivative(x), numeric) < 1e-7


# ----------------------------------------------------------------- reshaping


@pytest.mark.parametrize("shape", [(3, 3, 2), (1, 1, 1), (2, 5, 3), (64, 64, 3), (1, 4, 1)])
def test_image2vector_shape_and_order_equal_reshape(shape):
    image = np.arange(np.prod(shape), dtype=float).reshape(shape)
    v = basics.image2vector(image)
    assert v.shape == (np.prod(shape), 1)
    np.testing.assert_array_equal(v, image.reshape(-1, 1))


def test_image2vector_known_example():
    image = np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
    np.testing.assert_array_equal(
        basics.image2vector(image), [[1], [2], [3], [4], [5], [6], [7], [8]]
    )


# -------------------------------------------------------------- normalization


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("shape", [(2, 3), (1, 4), (5, 1), (1, 1), (6, 7)])
def test_normalize_rows_gives_unit_rows_and_keeps_direction(seed, shape):
    x = np.random.default_rng(seed).standard_normal(shape) + 0.1
    y = basics.normalize_rows(x)
    assert y.shape == shape
    np.testing.assert_allclose(np.linalg.norm(y, axis=1), 1.0, rtol=1e-14)
    # Each row is a positive multiple of the input row.
    np.testing.assert_allclose(y * np.linalg.norm(x, axis=1, keepdims=True), x, rtol=1e-13)


def test_normalize_rows_known_example():
    x = np.array([[0.0, 3.0, 4.0], [1.0, 6.0, 4.0]])
    expected = [[0.0, 0.6, 0.8], [1 / math.sqrt(53), 6 / math.sqrt(53), 4 / math.sqrt(53)]]
    np.testing.assert_allclose(basics.normalize_rows(x), expected, rtol=1e-15, atol=1e-15)


# -------------------------------------------------------------------- softmax


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("shape", [(2, 5), (1, 3), (4, 1), (1, 1), (3, 10)])
def test_softmax_rows_are_positive_and_sum_to_one(seed, shape):
    x = np.random.default_rng(seed).standard_normal(shape) * 5
    s = basics.softmax(x)
    assert s.shape == shape
    assert np.all(s > 0)
    np.testing.assert_allclose(s.sum(axis=1), 1.0, rtol=1e-14)
    e = np.exp(x)
    np.testing.assert_allclose(s, e / e.sum(axis=1, keepdims=True), rtol=1e-13)


def test_softmax_known_example():
    x = np.array([[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]], dtype=float)
    expected = [
        [9.80897665e-01, 8.94462891e-04, 1.79657674e-02, 1.21052389e-04, 1.21052389e-04],
        [8.78679856e-01, 1.18916387e-01, 8.01252314e-04, 8.01252314e-04, 8.01252314e-04],
    ]
    np.testing.assert_allclose(basics.softmax(x), expected, rtol=1e-8)


def test_softmax_is_stable_for_huge_inputs_without_warnings():
    x = np.array([[1000.0, 1001.0, 1002.0], [5000.0, 5000.0, -5000.0], [-1000.0, -1000.0, -999.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        s = basics.softmax(x)
    assert np.all(np.isfinite(s))
    np.testing.assert_allclose(s.sum(axis=1), 1.0, rtol=1e-14)
    # Shift invariance: softmax(x) == softmax(x - row max).
    small = np.array([[-2.0, -1.0, 0.0], [0.0, 0.0, -10000.0], [-1.0, -1.0, 0.0]])
    np.testing.assert_allclose(s, basics.softmax(small), rtol=1e-14)
    np.testing.assert_allclose(s[1], [0.5, 0.5, 0.0], atol=1e-300)


# --------------------------------------------------------------------- losses

YHAT = np.array([0.9, 0.2, 0.1, 0.4, 0.9])
Y = np.array([1, 0, 0, 1, 1])


def test_L1_known_example_is_float_1_1():
    loss = basics.L1(YHAT, Y)
    assert type(loss) is float
    assert loss == pytest.approx(1.1, rel=1e-14)


def test_L2_known_example_is_float_0_43():
    loss = basics.L2(YHAT, Y)
    assert type(loss) is float
    assert loss == pytest.approx(0.43, rel=1e-14)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m", [1, 7])
def test_losses_match_definitions_and_vanish_on_perfect_predictions(seed, m):
    rng = np.random.default_rng(seed)
    yhat = rng.uniform(size=m)
    y = rng.integers(0, 2, size=m).astype(float)
    assert basics.L1(yhat, y) == pytest.approx(np.sum(np.abs(y - yhat)), rel=1e-14)
    assert basics.L2(yhat, y) == pytest.approx(np.sum((y - yhat) ** 2), rel=1e-14)
    assert basics.L1(y, y) == 0.0
    assert basics.L2(y, y) == 0.0


# ------------------------------------------------------------------ mutation


def test_no_basics_function_modifies_its_input(call_unchanged):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((3, 4))
    call_unchanged(basics.sigmoid, x)
    call_unchanged(basics.sigmoid_derivative, x)
    call_unchanged(basics.normalize_rows, x)
    call_unchanged(basics.softmax, x)
    call_unchanged(basics.image2vector, rng.standard_normal((2, 3, 3)))
    call_unchanged(basics.L1, YHAT.copy(), Y.copy())
    call_unchanged(basics.L2, YHAT.copy(), Y.copy())
