"""nnref.shallow: one hidden tanh layer and a sigmoid output, on planar data."""

import numpy as np
import pytest

from nnref import data, deep, shallow
from tests.nnref.gradcheck import numerical_gradient, relative_error

SEEDS = [0, 1, 2]
PARAM_KEYS = {"W1", "b1", "W2", "b2"}
GRAD_KEYS = {"dW1", "db1", "dW2", "db2"}


def random_problem(seed, n_x, n_h, n_y, m, scale=1.0):
    rng = np.random.default_rng(seed)
    params = {
        "W1": rng.standard_normal((n_h, n_x)) * scale,
        "b1": rng.standard_normal((n_h, 1)) * scale,
        "W2": rng.standard_normal((n_y, n_h)) * scale,
        "b2": rng.standard_normal((n_y, 1)) * scale,
    }
    X = rng.standard_normal((n_x, m))
    Y = rng.integers(0, 2, size=(n_y, m)).astype(float)
    return X, Y, params


@pytest.mark.parametrize("n_x, n_y, m", [(2, 1, 400), (1, 1, 1), (5, 3, 7)])
def test_layer_sizes_reads_data_and_fixes_hidden_size_at_4(n_x, n_y, m):
    sizes = shallow.layer_sizes(np.zeros((n_x, m)), np.zeros((n_y, m)))
    assert sizes == (n_x, 4, n_y)
    assert all(type(s) is int for s in sizes)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_h, n_y", [(2, 4, 1), (1, 1, 1), (3, 5, 2)])
def test_initialize_parameters_draws_W1_then_W2_scaled_by_0_01(seed, n_x, n_h, n_y):
    np.random.seed(seed)
    p = shallow.initialize_parameters(n_x, n_h, n_y)
    np.random.seed(seed)
    assert set(p) == PARAM_KEYS
    np.testing.assert_allclose(p["W1"], np.random.randn(n_h, n_x) * 0.01, rtol=1e-15)
    np.testing.assert_allclose(p["W2"], np.random.randn(n_y, n_h) * 0.01, rtol=1e-15)
    assert p["b1"].shape == (n_h, 1) and not p["b1"].any()
    assert p["b2"].shape == (n_y, 1) and not p["b2"].any()


def test_initialize_parameters_never_reseeds():
    np.random.seed(2)
    first = shallow.initialize_parameters(2, 4, 1)
    second = shallow.initialize_parameters(2, 4, 1)
    assert not np.array_equal(first["W1"], second["W1"])


@pytest.mark.parametrize(
    "n_x, n_h, n_y, m", [(2, 4, 1, 5), (1, 1, 1, 1), (3, 6, 1, 1), (1, 2, 1, 8)]
)
def test_forward_propagation_values_shapes_and_exact_cache_keys(n_x, n_h, n_y, m):
    X, _, params = random_problem(0, n_x, n_h, n_y, m)
    A2, cache = shallow.forward_propagation(X, params)
    assert set(cache) == {"Z1", "A1", "Z2", "A2"}
    assert A2.shape == (n_y, m)
    assert cache["Z1"].shape == cache["A1"].shape == (n_h, m)
    assert cache["Z2"].shape == cache["A2"].shape == (n_y, m)
    Z1 = params["W1"] @ X + params["b1"]
    Z2 = params["W2"] @ np.tanh(Z1) + params["b2"]
    np.testing.assert_allclose(cache["Z1"], Z1, rtol=1e-14)
    np.testing.assert_allclose(cache["A1"], np.tanh(Z1), rtol=1e-14)
    np.testing.assert_allclose(cache["Z2"], Z2, rtol=1e-14)
    np.testing.assert_allclose(A2, 1 / (1 + np.exp(-Z2)), rtol=1e-14)
    np.testing.assert_array_equal(cache["A2"], A2)


def test_compute_cost_known_value_is_python_float():
    cost = shallow.compute_cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]]))
    assert type(cost) is float
    assert cost == pytest.approx(0.2797765635793422, rel=1e-15)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m", [1, 3, 10])
def test_compute_cost_is_float_mean_cross_entropy_equal_to_deep_cost(seed, m):
    rng = np.random.default_rng(seed)
    A2 = rng.uniform(0.05, 0.95, size=(1, m))
    Y = rng.integers(0, 2, size=(1, m)).astype(float)
    cost = shallow.compute_cost(A2, Y)
    assert type(cost) is float
    assert cost == pytest.approx(float(deep.compute_cost(A2, Y)), rel=1e-14)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_h, m", [(2, 4, 5), (1, 1, 1), (3, 2, 1), (2, 5, 7)])
def test_backward_propagation_matches_centred_differences_of_the_cost(seed, n_x, n_h, m):
    X, Y, params = random_problem(seed, n_x, n_h, 1, m, scale=0.8)
    _, cache = shallow.forward_propagation(X, params)
    grads = shallow.backward_propagation(params, cache, X, Y)
    assert set(grads) == GRAD_KEYS

    def cost(params_):
        return shallow.compute_cost(shallow.forward_propagation(X, params_)[0], Y)

    for key in ("W1", "b1", "W2", "b2"):
        assert grads["d" + key].shape == params[key].shape
        numeric = numerical_gradient(lambda v, key=key: cost({**params, key: v}), params[key])
        err = relative_error(grads["d" + key], numeric)
        assert err < 1e-7, f"d{key}: relative error {err:.2e}"


def test_update_parameters_returns_new_dict_and_leaves_inputs_alone(call_unchanged):
    X, Y, params = random_problem(3, 2, 4, 1, 6)
    _, cache = shallow.forward_propagation(X, params)
    grads = shallow.backward_propagation(params, cache, X, Y)
    new = call_unchanged(shallow.update_parameters, params, grads)
    assert new is not params
    assert set(new) == PARAM_KEYS
    for key in PARAM_KEYS:
        assert new[key] is not params[key]
        # The default learning rate is 1.2.
        np.testing.assert_allclose(new[key], params[key] - 1.2 * grads["d" + key], rtol=1e-15)
    custom = shallow.update_parameters(params, grads, learning_rate=0.1)
    np.testing.assert_allclose(custom["W1"], params["W1"] - 0.1 * grads["dW1"], rtol=1e-15)


@pytest.mark.parametrize("m", [1, 9])
def test_predict_returns_boolean_row_thresholded_at_half(m):
    X, _, params = random_problem(4, 2, 4, 1, m, scale=2.0)
    p = shallow.predict(params, X)
    assert p.shape == (1, m)
    assert p.dtype == np.bool_
    A2, _ = shallow.forward_propagation(X, params)
    np.testing.assert_array_equal(p, A2 > 0.5)


def test_nn_model_learns_the_planar_flower(capsys):
    X, Y = data.load_planar_dataset()
    params = shallow.nn_model(X, Y, n_h=4, num_iterations=2000, print_cost=True)
    assert set(params) == PARAM_KEYS
    assert params["W1"].shape == (4, 2) and params["W2"].shape == (1, 4)
    printed = [float(line.split(":")[1]) for line in capsys.readouterr().out.strip().splitlines()]
    assert len(printed) == 2  # iterations 0 and 1000
    np.random.seed(3)
    initial = shallow.initialize_parameters(2, 4, 1)
    initial_cost = shallow.compute_cost(shallow.forward_propagation(X, initial)[0], Y)
    final_cost = shallow.compute_cost(shallow.forward_propagation(X, params)[0], Y)
    assert printed[0] == pytest.approx(initial_cost, abs=1e-6)
    assert printed[1] < printed[0]
    assert final_cost < printed[1]
    accuracy = np.mean(shallow.predict(params, X) == Y)
    assert accuracy > 0.85


def test_nn_model_seeds_the_global_generator_with_3(same_rng_state):
    X, Y = data.load_planar_dataset(m=40)
    np.random.seed(123)
    first = shallow.nn_model(X, Y, n_h=3, num_iterations=5)
    after_call = np.random.get_state()
    np.random.seed(3)
    shallow.initialize_parameters(2, 3, 1)
    assert same_rng_state(after_call, np.random.get_state())
    np.random.seed(999)
    second = shallow.nn_model(X, Y, n_h=3, num_iterations=5)
    for key in PARAM_KEYS:
        np.testing.assert_array_equal(first[key], second[key])


def test_no_shallow_function_modifies_its_inputs(call_unchanged):
    X, Y, params = random_problem(5, 2, 4, 1, 6)
    call_unchanged(shallow.layer_sizes, X, Y)
    A2, cache = call_unchanged(shallow.forward_propagation, X, params)
    call_unchanged(shallow.compute_cost, A2, Y)
    grads = call_unchanged(shallow.backward_propagation, params, cache, X, Y)
    call_unchanged(shallow.update_parameters, params, grads, 0.5)
    call_unchanged(shallow.predict, params, X)
    call_unchanged(shallow.nn_model, X, Y, 3, num_iterations=3)
