"""nnref.deep: the L-layer network built step by step.

Gradient convention of the course: ``dA`` and ``dZ`` carry the per-example loss
gradients (m times d J / d A of the mean cost J), while ``dW`` and ``db`` are the
gradients of J itself. The gradient checks below therefore compare dW, db with
d J / d W, d J / d b and dA_prev / m with d J / d A_prev.
"""

import math

import numpy as np
import pytest

from nnref import deep
from tests.nnref.gradcheck import numerical_gradient, relative_error

SEEDS = [0, 1, 2]
TOL = 1e-7
MARGIN = 1e-3  # keep every ReLU pre-activation this far from its kink


def random_layer(rng, n_prev, n, m):
    """A_prev, W, b with every Z = W A_prev + b at least MARGIN away from 0."""
    for _ in range(1000):
        A = rng.standard_normal((n_prev, m))
        W = rng.standard_normal((n, n_prev))
        b = rng.standard_normal((n, 1))
        if np.min(np.abs(W @ A + b)) > MARGIN:
            return A, W, b
    raise AssertionError("could not draw a layer away from the ReLU kink")


def random_network(rng, layer_dims, m):
    """X, Y, parameters with no hidden pre-activation within MARGIN of 0.

    The output is also kept away from 0 and 1: there ``1 - AL`` loses digits and the
    centred differences of the cost become too noisy for a 1e-7 check.
    """
    for _ in range(1000):
        params = {}
        for l in range(1, len(layer_dims)):
            n_prev, n = layer_dims[l - 1], layer_dims[l]
            params[f"W{l}"] = rng.standard_normal((n, n_prev)) / math.sqrt(n_prev) * 1.5
            params[f"b{l}"] = rng.standard_normal((n, 1)) * 0.5
        X = rng.standard_normal((layer_dims[0], m))
        Y = rng.integers(0, 2, size=(1, m)).astype(float)
        AL, caches = deep.L_model_forward(X, params)
        unsaturated = np.all((AL > 0.02) & (AL < 0.98))
        if unsaturated and all(np.min(np.abs(Z)) > MARGIN for _, Z in caches[:-1]):
            return X, Y, params
    raise AssertionError("could not draw a network away from the ReLU kinks")


# --------------------------------------------------------------- activations


@pytest.mark.parametrize("shape", [(1, 1), (3, 1), (1, 4), (3, 5)])
def test_sigmoid_and_relu_values_shapes_and_cache_is_Z(shape):
    Z = np.random.default_rng(0).standard_normal(shape)
    A, cache = deep.sigmoid(Z)
    assert A.shape == shape
    np.testing.assert_allclose(A, 1 / (1 + np.exp(-Z)), rtol=1e-15)
    np.testing.assert_array_equal(cache, Z)
    A, cache = deep.relu(Z)
    assert A.shape == shape
    np.testing.assert_array_equal(A, np.maximum(Z, 0))
    np.testing.assert_array_equal(cache, Z)


@pytest.mark.parametrize("seed", SEEDS)
def test_sigmoid_backward_matches_centred_difference(seed):
    rng = np.random.default_rng(seed)
    Z = rng.standard_normal((3, 4)) * 2
    G = rng.standard_normal((3, 4))
    dZ = deep.sigmoid_backward(G, Z)
    assert dZ.shape == Z.shape
    numeric = numerical_gradient(lambda z: np.sum(G * deep.sigmoid(z)[0]), Z)
    assert relative_error(dZ, numeric) < TOL


@pytest.mark.parametrize("seed", SEEDS)
def test_relu_backward_matches_centred_difference_away_from_kink(seed):
    rng = np.random.default_rng(seed)
    Z = rng.standard_normal((4, 5))
    Z[np.abs(Z) < MARGIN] = 0.5
    G = rng.standard_normal((4, 5))
    dZ = deep.relu_backward(G, Z)
    assert dZ.shape == Z.shape
    numeric = numerical_gradient(lambda z: np.sum(G * deep.relu(z)[0]), Z)
    assert relative_error(dZ, numeric) < TOL


def test_relu_backward_is_zero_where_Z_is_not_positive():
    Z = np.array([[-1.0, 0.0, 2.0]])
    dA = np.array([[5.0, 6.0, 7.0]])
    np.testing.assert_array_equal(deep.relu_backward(dA, Z), [[0.0, 0.0, 7.0]])


# ------------------------------------------------------------ initialization


def test_initialize_parameters_acceptance_values_seed_1():
    np.random.seed(1)
    W1 = deep.initialize_parameters(3, 2, 1)["W1"]
    np.testing.assert_allclose(W1[0], [0.01624345, -0.00611756, -0.00528172], atol=1e-8)


def test_initialize_parameters_deep_acceptance_values_seed_3():
    np.random.seed(3)
    W1 = deep.initialize_parameters_deep([5, 4, 3])["W1"]
    np.testing.assert_allclose(
        W1[0], [0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388], atol=1e-8
    )


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_x, n_h, n_y", [(3, 2, 1), (1, 1, 1), (5, 7, 1), (2, 4, 3)])
def test_initialize_parameters_draws_W1_then_W2_scaled_by_0_01(seed, n_x, n_h, n_y):
    np.random.seed(seed)
    p = deep.initialize_parameters(n_x, n_h, n_y)
    np.random.seed(seed)
    W1 = np.random.randn(n_h, n_x) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    assert set(p) == {"W1", "b1", "W2", "b2"}
    np.testing.assert_allclose(p["W1"], W1, rtol=1e-15)
    np.testing.assert_allclose(p["W2"], W2, rtol=1e-15)
    assert p["b1"].shape == (n_h, 1)
    assert p["b2"].shape == (n_y, 1)
    assert not p["b1"].any()
    assert not p["b2"].any()


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("dims", [[5, 4, 3], [1, 1], [4, 1], [3, 5, 4, 1], [2, 3, 3, 3, 1]])
def test_initialize_parameters_deep_draws_in_layer_order(seed, dims):
    np.random.seed(seed)
    p = deep.initialize_parameters_deep(dims)
    np.random.seed(seed)
    L = len(dims) - 1
    assert set(p) == {f"W{l}" for l in range(1, L + 1)} | {f"b{l}" for l in range(1, L + 1)}
    for l in range(1, L + 1):
        expected = np.random.randn(dims[l], dims[l - 1]) * 0.01
        np.testing.assert_allclose(p[f"W{l}"], expected, rtol=1e-15)
        assert p[f"b{l}"].shape == (dims[l], 1)
        assert not p[f"b{l}"].any()


def test_initializers_never_reseed():
    np.random.seed(0)
    first = deep.initialize_parameters_deep([4, 3, 1])
    second = deep.initialize_parameters_deep([4, 3, 1])
    assert not np.array_equal(first["W1"], second["W1"])
    third = deep.initialize_parameters(4, 3, 1)
    fourth = deep.initialize_parameters(4, 3, 1)
    assert not np.array_equal(third["W1"], fourth["W1"])


# ------------------------------------------------------------------- forward


@pytest.mark.parametrize("n_prev, n, m", [(1, 1, 1), (3, 1, 4), (1, 3, 1), (4, 3, 5)])
def test_linear_forward_computes_WA_plus_b_and_caches_inputs(n_prev, n, m):
    rng = np.random.default_rng(0)
    A, W, b = (
        rng.standard_normal((n_prev, m)),
        rng.standard_normal((n, n_prev)),
        rng.standard_normal((n, 1)),
    )
    Z, cache = deep.linear_forward(A, W, b)
    assert Z.shape == (n, m)
    np.testing.assert_allclose(Z, W @ A + b, rtol=1e-14)
    assert len(cache) == 3
    for cached, original in zip(cache, (A, W, b), strict=True):
        np.testing.assert_array_equal(cached, original)


@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
@pytest.mark.parametrize("n_prev, n, m", [(1, 1, 1), (3, 2, 1), (1, 4, 6), (4, 3, 5)])
def test_linear_activation_forward_output_and_cache(activation, n_prev, n, m):
    rng = np.random.default_rng(1)
    A_prev, W, b = random_layer(rng, n_prev, n, m)
    A, cache = deep.linear_activation_forward(A_prev, W, b, activation)
    Z = W @ A_prev + b
    assert A.shape == (n, m)
    expected = np.maximum(Z, 0) if activation == "relu" else 1 / (1 + np.exp(-Z))
    np.testing.assert_allclose(A, expected, rtol=1e-14)
    (c_A, c_W, c_b), c_Z = cache
    np.testing.assert_array_equal(c_A, A_prev)
    np.testing.assert_array_equal(c_W, W)
    np.testing.assert_array_equal(c_b, b)
    np.testing.assert_allclose(c_Z, Z, rtol=1e-14)


@pytest.mark.parametrize("bad", ["tanh", "ReLU", "", None])
def test_linear_activation_forward_and_backward_reject_unknown_activation(bad):
    rng = np.random.default_rng(2)
    A_prev, W, b = random_layer(rng, 3, 2, 4)
    with pytest.raises(ValueError):
        deep.linear_activation_forward(A_prev, W, b, bad)
    _, cache = deep.linear_activation_forward(A_prev, W, b, "relu")
    with pytest.raises(ValueError):
        deep.linear_activation_backward(np.ones((2, 4)), cache, bad)


@pytest.mark.parametrize(
    "dims, m", [([1, 1], 1), ([3, 1], 4), ([4, 3, 1], 1), ([3, 5, 4, 1], 6), ([1, 2, 2, 2, 1], 3)]
)
def test_L_model_forward_output_and_cache_structure(dims, m):
    rng = np.random.default_rng(3)
    X, _, params = random_network(rng, dims, m)
    AL, caches = deep.L_model_forward(X, params)
    L = len(dims) - 1
    assert AL.shape == (dims[-1], m)
    assert np.all((AL > 0) & (AL < 1))
    assert isinstance(caches, list)
    assert len(caches) == L
    np.testing.assert_array_equal(caches[0][0][0], X)
    A = X
    for l, cache in enumerate(caches, start=1):
        assert isinstance(cache, tuple) and len(cache) == 2
        (A_prev, W, b), Z = cache
        assert isinstance(cache[0], tuple)
        np.testing.assert_array_equal(A_prev, A)
        np.testing.assert_array_equal(W, params[f"W{l}"])
        np.testing.assert_array_equal(b, params[f"b{l}"])
        np.testing.assert_allclose(Z, W @ A_prev + b, rtol=1e-14)
        assert Z.shape == (dims[l], m)
        A = np.maximum(Z, 0) if l < L else 1 / (1 + np.exp(-Z))
    np.testing.assert_allclose(AL, A, rtol=1e-14)


# ---------------------------------------------------------------------- cost


def test_compute_cost_acceptance_value_is_exact_0d_array():
    cost = deep.compute_cost([[0.8, 0.9, 0.4]], [[1, 1, 0]])
    assert isinstance(cost, np.ndarray)
    assert cost.shape == ()
    assert cost == 0.2797765635793422


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("m", [1, 2, 9])
def test_compute_cost_is_mean_cross_entropy_as_0d_array(seed, m):
    rng = np.random.default_rng(seed)
    AL = rng.uniform(0.05, 0.95, size=(1, m))
    Y = rng.integers(0, 2, size=(1, m)).astype(float)
    cost = deep.compute_cost(AL, Y)
    assert isinstance(cost, np.ndarray) and cost.shape == ()
    expected = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    assert float(cost) == pytest.approx(expected, rel=1e-13)


# ------------------------------------------------------------------ backward


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n_prev, n, m", [(1, 1, 1), (3, 2, 1), (1, 3, 4), (4, 3, 5)])
def test_linear_backward_matches_centred_differences(seed, n_prev, n, m):
    rng = np.random.default_rng(seed)
    A, W, b = (
        rng.standard_normal((n_prev, m)),
        rng.standard_normal((n, n_prev)),
        rng.standard_normal((n, 1)),
    )
    G = rng.standard_normal((n, m))  # dZ: the per-example gradients of J = mean(sum(G * Z))

    def J(A_, W_, b_):
        return np.sum(G * deep.linear_forward(A_, W_, b_)[0]) / m

    dA_prev, dW, db = deep.linear_backward(G, (A, W, b))
    assert dA_prev.shape == (n_prev, m) and dW.shape == (n, n_prev) and db.shape == (n, 1)
    assert relative_error(dW, numerical_gradient(lambda w: J(A, w, b), W)) < TOL
    assert relative_error(db, numerical_gradient(lambda v: J(A, W, v), b)) < TOL
    assert relative_error(dA_prev / m, numerical_gradient(lambda a: J(a, W, b), A)) < TOL


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("activation", ["relu", "sigmoid"])
@pytest.mark.parametrize("n_prev, n, m", [(1, 1, 1), (3, 2, 1), (1, 3, 4), (4, 3, 5)])
def test_linear_activation_backward_matches_centred_differences(seed, activation, n_prev, n, m):
    rng = np.random.default_rng(seed)
    A, W, b = random_layer(rng, n_prev, n, m)
    G = rng.standard_normal((n, m))  # dA: the per-example gradients of J = mean(sum(G * A))

    def J(A_, W_, b_):
        return np.sum(G * deep.linear_activation_forward(A_, W_, b_, activation)[0]) / m

    _, cache = deep.linear_activation_forward(A, W, b, activation)
    dA_prev, dW, db = deep.linear_activation_backward(G, cache, activation)
    assert dA_prev.shape == (n_prev, m) and dW.shape == (n, n_prev) and db.shape == (n, 1)
    assert relative_error(dW, numerical_gradient(lambda w: J(A, w, b), W)) < TOL
    assert relative_error(db, numerical_gradient(lambda v: J(A, W, v), b)) < TOL
    assert relative_error(dA_prev / m, numerical_gradient(lambda a: J(a, W, b), A)) < TOL


DEPTHS = [
    ([3, 1], 5),
    ([1, 1], 1),
    ([4, 3, 1], 5),
    ([3, 5, 4, 1], 6),
    ([3, 5, 4, 1], 1),
    ([2, 4, 3, 3, 1], 4),
]


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("dims, m", DEPTHS)
def test_L_model_backward_matches_centred_differences_of_the_cost(seed, dims, m):
    rng = np.random.default_rng(seed)
    X, Y, params = random_network(rng, dims, m)
    L = len(dims) - 1
    AL, caches = deep.L_model_forward(X, params)
    grads = deep.L_model_backward(AL, Y, caches)

    def cost(X_, params_):
        return deep.compute_cost(deep.L_model_forward(X_, params_)[0], Y)

    for l in range(1, L + 1):
        for name in ("W", "b"):
            key = f"{name}{l}"
            numeric = numerical_gradient(
                lambda v, key=key: cost(X, {**params, key: v}), params[key]
            )
            err = relative_error(grads[f"d{key}"], numeric)
            assert err < TOL, f"d{key}: relative error {err:.2e}"
    numeric_dX = numerical_gradient(lambda x: cost(x, params), X)
    assert relative_error(grads["dA0"] / m, numeric_dX) < TOL


@pytest.mark.parametrize("dims, m", DEPTHS)
def test_L_model_backward_returns_exact_keys_and_shapes(dims, m):
    rng = np.random.default_rng(5)
    X, Y, params = random_network(rng, dims, m)
    AL, caches = deep.L_model_forward(X, params)
    grads = deep.L_model_backward(AL, Y, caches)
    L = len(dims) - 1
    expected = (
        {f"dA{l}" for l in range(L)}
        | {f"dW{l}" for l in range(1, L + 1)}
        | {f"db{l}" for l in range(1, L + 1)}
    )
    assert set(grads) == expected
    for l in range(L):
        assert grads[f"dA{l}"].shape == (dims[l], m)
    for l in range(1, L + 1):
        assert grads[f"dW{l}"].shape == params[f"W{l}"].shape
        assert grads[f"db{l}"].shape == params[f"b{l}"].shape


# -------------------------------------------------------------------- update


@pytest.mark.parametrize("dims", [[3, 1], [4, 3, 1], [3, 5, 4, 1]])
def test_update_parameters_returns_new_dict_and_leaves_inputs_alone(dims, call_unchanged):
    rng = np.random.default_rng(6)
    X, Y, params = random_network(rng, dims, 4)
    AL, caches = deep.L_model_forward(X, params)
    grads = deep.L_model_backward(AL, Y, caches)
    new = call_unchanged(deep.update_parameters, params, grads, 0.1)
    assert new is not params
    assert set(new) == set(params)
    for key, value in params.items():
        assert new[key] is not value
        assert new[key].shape == value.shape
        np.testing.assert_allclose(new[key], value - 0.1 * grads["d" + key], rtol=1e-15)


def test_update_parameters_ignores_gradient_keys_it_does_not_need():
    params = {"W1": np.ones((2, 3)), "b1": np.zeros((2, 1))}
    grads = {"dW1": np.full((2, 3), 2.0), "db1": np.ones((2, 1)), "dA0": np.full((3, 4), np.nan)}
    new = deep.update_parameters(params, grads, 0.5)
    np.testing.assert_array_equal(new["W1"], np.zeros((2, 3)))
    np.testing.assert_array_equal(new["b1"], np.full((2, 1), -0.5))


# ------------------------------------------------------------------ mutation


def test_no_deep_function_modifies_its_inputs(call_unchanged):
    rng = np.random.default_rng(7)
    X, Y, params = random_network(rng, [3, 4, 1], 5)
    Z = rng.standard_normal((4, 5))
    dA = rng.standard_normal((4, 5))
    call_unchanged(deep.sigmoid, Z)
    call_unchanged(deep.relu, Z)
    call_unchanged(deep.sigmoid_backward, dA, Z)
    call_unchanged(deep.relu_backward, dA, Z)
    call_unchanged(deep.linear_forward, X, params["W1"], params["b1"])
    for activation in ("relu", "sigmoid"):
        _, cache = call_unchanged(
            deep.linear_activation_forward, X, params["W1"], params["b1"], activation
        )
        call_unchanged(deep.linear_activation_backward, dA, cache, activation)
    call_unchanged(deep.linear_backward, dA, (X, params["W1"], params["b1"]))
    AL, caches = call_unchanged(deep.L_model_forward, X, params)
    call_unchanged(deep.compute_cost, AL, Y)
    grads = call_unchanged(deep.L_model_backward, AL, Y, caches)
    call_unchanged(deep.update_parameters, params, grads, 0.3)
