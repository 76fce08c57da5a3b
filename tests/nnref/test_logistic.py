"""nnref.logistic: logistic regression as a one-unit network."""

import math

import numpy as np
import pytest

from nnref import logistic
from tests.nnref.gradcheck import numerical_gradient, relative_error

SEEDS = [0, 1, 2]
MODEL_KEYS = {
    "costs",
    "Y_prediction_test",
    "Y_prediction_train",
    "w",
    "b",
    "learning_rate",
    "num_iterations",
}


def separable_set(seed, n_x=4, m=40):
    """Gaussian points labelled by the side of a random hyperplane (both classes present)."""
    rng = np.random.default_rng(seed)
    while True:
        X = rng.standard_normal((n_x, m))
        w_true = rng.standard_normal((n_x, 1))
        Y = (w_true.T @ X > 0).astype(float)
        if 0 < Y.sum() < m:
            return X, Y


def classic_example():
    w = np.array([[1.0], [2.0]])
    b = 2.0
    X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]])
    Y = np.array([[1, 0, 1]])
    return w, b, X, Y


# ---------------------------------------------------------- small functions


def test_sigmoid_values_and_shape():
    z = np.array([[0.0, 2.0], [-1.0, 100.0]])
    s = logistic.sigmoid(z)
    assert s.shape == (2, 2)
    np.testing.assert_allclose(s, 1 / (1 + np.exp(-z)), rtol=1e-15)
    assert s[0, 0] == 0.5


@pytest.mark.parametrize("dim", [1, 2, 12288])
def test_initialize_with_zeros_returns_zero_column_and_float_zero_bias(dim):
    w, b = logistic.initialize_with_zeros(dim)
    assert isinstance(w, np.ndarray)
    assert w.shape == (dim, 1)
    assert w.dtype == np.float64
    assert not w.any()
    assert type(b) is float
    assert b == 0.0


# ---------------------------------------------------------------- propagate


def test_propagate_classic_values():
    grads, cost = logistic.propagate(*classic_example())
    np.testing.assert_allclose(grads["dw"], [[0.99845601], [2.39507239]], atol=1e-8)
    assert grads["db"] == pytest.approx(0.001455578136784208, rel=1e-12)
    assert cost == pytest.approx(5.801545319394553, rel=1e-14)


@pytest.mark.parametrize("n_x, m", [(1, 1), (1, 5), (4, 1), (3, 7)])
def test_propagate_shapes_and_python_float_types(n_x, m):
    rng = np.random.default_rng(0)
    w = rng.standard_normal((n_x, 1))
    X = rng.standard_normal((n_x, m))
    Y = rng.integers(0, 2, size=(1, m)).astype(float)
    grads, cost = logistic.propagate(w, 0.3, X, Y)
    assert set(grads) == {"dw", "db"}
    assert grads["dw"].shape == (n_x, 1)
    assert type(grads["db"]) is float
    assert type(cost) is float


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, m", [(1, 1), (3, 5), (4, 8)])
def test_propagate_gradients_match_centred_differences(seed, n_x, m):
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((n_x, 1))
    b = float(rng.standard_normal())
    X = rng.standard_normal((n_x, m))
    Y = rng.integers(0, 2, size=(1, m)).astype(float)
    grads, _ = logistic.propagate(w, b, X, Y)
    num_dw = numerical_gradient(lambda v: logistic.propagate(v, b, X, Y)[1], w)
    num_db = numerical_gradient(lambda v: logistic.propagate(w, float(v[0]), X, Y)[1], [b])
    assert relative_error(grads["dw"], num_dw) < 1e-7
    assert relative_error([grads["db"]], num_db) < 1e-7


# ----------------------------------------------------------------- optimize


def test_optimize_classic_values():
    params, grads, costs = logistic.optimize(
        *classic_example(), num_iterations=100, learning_rate=0.009
    )
    np.testing.assert_allclose(params["w"], [[0.19033591], [0.12259159]], atol=1e-8)
    assert params["b"] == pytest.approx(1.92535983008, rel=1e-10)
    np.testing.assert_allclose(grads["dw"], [[0.67752042], [1.41625495]], atol=1e-8)
    assert grads["db"] == pytest.approx(0.219194504541, rel=1e-10)
    assert costs == [pytest.approx(5.801545319394553, rel=1e-14)]


@pytest.mark.parametrize("num_iterations", [1, 99, 100, 101, 250, 300])
def test_optimize_records_one_cost_per_hundred_iterations(num_iterations):
    X, Y = separable_set(0)
    w, b = logistic.initialize_with_zeros(X.shape[0])
    _, _, costs = logistic.optimize(w, b, X, Y, num_iterations=num_iterations, learning_rate=0.1)
    assert len(costs) == math.ceil(num_iterations / 100)
    assert all(type(c) is float for c in costs)


def test_optimize_records_the_cost_before_the_update_of_iterations_0_100_200():
    X, Y = separable_set(1)
    w0, b0 = logistic.initialize_with_zeros(X.shape[0])
    _, _, costs = logistic.optimize(w0, b0, X, Y, num_iterations=201, learning_rate=0.1)
    assert len(costs) == 3
    for k, recorded in enumerate(costs):
        if k == 0:
            w, b = w0, b0
        else:
            trained, _, _ = logistic.optimize(
                w0, b0, X, Y, num_iterations=100 * k, learning_rate=0.1
            )
            w, b = trained["w"], trained["b"]
        assert recorded == logistic.propagate(w, b, X, Y)[1]


@pytest.mark.parametrize("seed", SEEDS)
def test_optimize_costs_decrease_on_separable_data(seed):
    X, Y = separable_set(seed)
    w, b = logistic.initialize_with_zeros(X.shape[0])
    _, _, costs = logistic.optimize(w, b, X, Y, num_iterations=1000, learning_rate=0.1)
    assert len(costs) == 10
    assert costs[0] == pytest.approx(math.log(2), rel=1e-14)
    assert all(later < earlier for earlier, later in zip(costs, costs[1:], strict=False))
    assert costs[-1] < 0.5 * costs[0]


def test_optimize_does_not_modify_w_or_other_inputs(call_unchanged):
    X, Y = separable_set(2)
    w = np.random.default_rng(3).standard_normal((X.shape[0], 1))
    params, grads, _ = call_unchanged(
        logistic.optimize, w, 0.5, X, Y, num_iterations=50, learning_rate=0.1
    )
    assert params["w"] is not w
    assert not np.array_equal(params["w"], w)
    assert set(params) == {"w", "b"}
    assert params["w"].shape == w.shape
    assert set(grads) == {"dw", "db"}


def test_optimize_prints_cost_every_hundred_iterations(capsys):
    X, Y = separable_set(0)
    w, b = logistic.initialize_with_zeros(X.shape[0])
    logistic.optimize(w, b, X, Y, num_iterations=201, learning_rate=0.1, print_cost=True)
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Cost after iteration 0",
        "Cost after iteration 100",
        "Cost after iteration 200",
    ]


# ------------------------------------------------------------------ predict


def test_predict_classic_values():
    w = np.array([[0.1124579], [0.23106775]])
    X = np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])
    p = logistic.predict(w, -0.3, X)
    np.testing.assert_array_equal(p, [[1.0, 1.0, 0.0]])


@pytest.mark.parametrize("n_x, m", [(1, 1), (1, 6), (5, 1), (3, 9)])
def test_predict_returns_float_zero_one_row_thresholded_at_half(n_x, m):
    rng = np.random.default_rng(n_x * 10 + m)
    w = rng.standard_normal((n_x, 1))
    b = 0.2
    X = rng.standard_normal((n_x, m))
    p = logistic.predict(w, b, X)
    assert p.shape == (1, m)
    assert p.dtype == np.float64
    assert set(np.unique(p)) <= {0.0, 1.0}
    np.testing.assert_array_equal(p, (logistic.sigmoid(w.T @ X + b) > 0.5).astype(float))


# -------------------------------------------------------------------- model


@pytest.mark.parametrize("seed", SEEDS)
def test_model_returns_exact_keys_shapes_and_decreasing_costs(seed, call_unchanged):
    X, Y = separable_set(seed, n_x=4, m=60)
    X_train, Y_train, X_test, Y_test = X[:, :45], Y[:, :45], X[:, 45:], Y[:, 45:]
    d = call_unchanged(
        logistic.model, X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=0.5
    )
    assert set(d) == MODEL_KEYS
    assert d["w"].shape == (4, 1)
    assert type(d["b"]) is float
    assert d["Y_prediction_train"].shape == (1, 45)
    assert d["Y_prediction_test"].shape == (1, 15)
    assert d["learning_rate"] == 0.5
    assert d["num_iterations"] == 1000
    costs = d["costs"]
    assert len(costs) == 10
    assert all(later < earlier for earlier, later in zip(costs, costs[1:], strict=False))
    assert np.mean(d["Y_prediction_train"] == Y_train) > 0.9
    np.testing.assert_array_equal(d["Y_prediction_test"], logistic.predict(d["w"], d["b"], X_test))


def test_model_equals_optimize_from_zeros_then_predict():
    X, Y = separable_set(4)
    d = logistic.model(X, Y, X, Y, num_iterations=150, learning_rate=0.05)
    w, b = logistic.initialize_with_zeros(X.shape[0])
    params, _, costs = logistic.optimize(w, b, X, Y, num_iterations=150, learning_rate=0.05)
    np.testing.assert_array_equal(d["w"], params["w"])
    assert d["b"] == params["b"]
    assert d["costs"] == costs


def test_propagate_and_predict_do_not_modify_inputs(call_unchanged):
    w, b, X, Y = classic_example()
    call_unchanged(logistic.propagate, w, b, X, Y)
    call_unchanged(logistic.predict, w, b, X)
    call_unchanged(logistic.sigmoid, X)
