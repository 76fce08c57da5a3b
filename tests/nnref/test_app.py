"""nnref.app: the deep network trained end to end (on small random data here)."""

import math

import numpy as np
import pytest

from nnref import app, deep

SEEDS = [0, 1, 2]


def learnable_set(seed=0, n_x=20, m=30):
    """Gaussian inputs labelled by a random hyperplane (both classes present)."""
    rng = np.random.default_rng(seed)
    while True:
        X = rng.standard_normal((n_x, m))
        Y = (rng.standard_normal((1, n_x)) @ X > 0).astype(float)
        if 0 < Y.sum() < m:
            return X, Y


def random_network(seed, dims, m):
    rng = np.random.default_rng(seed)
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) / math.sqrt(dims[l - 1])
        params[f"b{l}"] = rng.standard_normal((dims[l], 1)) * 0.1
    X = rng.standard_normal((dims[0], m))
    Y = rng.integers(0, 2, size=(1, m)).astype(float)
    return X, Y, params


# ------------------------------------------------------------ initialization


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("dims", [[12288, 20, 7, 5, 1], [5, 4, 3], [1, 1], [20, 7, 1]])
def test_initialize_parameters_deep_is_randn_over_sqrt_n_prev_in_layer_order(seed, dims):
    np.random.seed(seed)
    p = app.initialize_parameters_deep(dims)
    np.random.seed(seed)
    L = len(dims) - 1
    assert set(p) == {f"W{l}" for l in range(1, L + 1)} | {f"b{l}" for l in range(1, L + 1)}
    for l in range(1, L + 1):
        expected = np.random.randn(dims[l], dims[l - 1]) / np.sqrt(dims[l - 1])
        np.testing.assert_allclose(p[f"W{l}"], expected, rtol=1e-14)
        assert p[f"b{l}"].shape == (dims[l], 1)
        assert not p[f"b{l}"].any()


def test_initialize_parameters_deep_never_reseeds():
    np.random.seed(1)
    first = app.initialize_parameters_deep([4, 3, 1])
    second = app.initialize_parameters_deep([4, 3, 1])
    assert not np.array_equal(first["W1"], second["W1"])


# ------------------------------------------------------------------ backward


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "dims, m", [([3, 1], 4), ([1, 1], 1), ([4, 3, 1], 5), ([5, 4, 3, 1], 1), ([6, 5, 4, 3, 1], 7)]
)
def test_backward_for_training_equals_L_model_backward_without_dA0(seed, dims, m, call_unchanged):
    X, Y, params = random_network(seed, dims, m)
    AL, caches = deep.L_model_forward(X, params)
    expected = deep.L_model_backward(AL, Y, caches)
    del expected["dA0"]
    got = call_unchanged(app.backward_for_training, AL, Y, caches)
    assert set(got) == {key for key in expected if not key.startswith("dA")}
    for key in got:
        assert np.array_equal(got[key], expected[key]), key


# -------------------------------------------------------------------- models

MODELS = [
    pytest.param(app.two_layer_model, (20, 7, 1), id="two_layer_model"),
    pytest.param(app.L_layer_model, [20, 7, 5, 1], id="L_layer_model"),
]


def initial_draws(model, dims):
    """The draws the model's initializer makes after its np.random.seed(1)."""
    np.random.seed(1)
    if model is app.two_layer_model:
        return deep.initialize_parameters(*dims)
    return app.initialize_parameters_deep(dims)


@pytest.mark.parametrize("model, dims", MODELS)
@pytest.mark.parametrize("num_iterations", [1, 100, 101, 250])
def test_model_records_one_cost_per_hundred_iterations(model, dims, num_iterations):
    X, Y = learnable_set()
    params, costs = model(X, Y, dims, learning_rate=0.05, num_iterations=num_iterations)
    assert len(costs) == math.ceil(num_iterations / 100)
    assert all(type(c) is float for c in costs)
    assert set(params) == {f"{n}{l}" for l in range(1, len(dims)) for n in "Wb"}


@pytest.mark.parametrize("model, dims", MODELS)
def test_model_first_cost_is_cost_of_initial_parameters(model, dims):
    X, Y = learnable_set(1)
    _, costs = model(X, Y, dims, learning_rate=0.05, num_iterations=1)
    params = initial_draws(model, dims)
    assert costs[0] == pytest.approx(
        float(deep.compute_cost(deep.L_model_forward(X, params)[0], Y)), rel=1e-14
    )


@pytest.mark.parametrize("model, dims", MODELS)
@pytest.mark.parametrize("seed", [0, 1])
def test_model_costs_decrease_on_learnable_data(model, dims, seed):
    X, Y = learnable_set(seed)
    params, costs = model(X, Y, dims, learning_rate=0.1, num_iterations=300)
    assert len(costs) == 3
    assert costs[-1] < costs[0]
    assert all(later < earlier for earlier, later in zip(costs, costs[1:], strict=False))
    for key, value in params.items():
        assert np.all(np.isfinite(value)), key
    AL, _ = deep.L_model_forward(X, params)
    assert float(deep.compute_cost(AL, Y)) < costs[-1]


@pytest.mark.parametrize("model, dims", MODELS)
def test_model_seeds_global_generator_with_1(model, dims, same_rng_state, call_unchanged):
    X, Y = learnable_set(2)
    np.random.seed(12345)
    first, first_costs = call_unchanged(model, X, Y, dims, learning_rate=0.05, num_iterations=120)
    after_call = np.random.get_state()
    initial_draws(model, dims)
    assert same_rng_state(after_call, np.random.get_state())
    np.random.seed(54321)
    second, second_costs = model(X, Y, dims, learning_rate=0.05, num_iterations=120)
    assert first_costs == second_costs
    for key in first:
        np.testing.assert_array_equal(first[key], second[key])


@pytest.mark.parametrize("model, dims", MODELS)
def test_model_prints_cost_every_hundred_iterations_and_at_the_last(model, dims, capsys):
    X, Y = learnable_set(3)
    model(X, Y, dims, learning_rate=0.05, num_iterations=150, print_cost=True)
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "Cost after iteration 0",
        "Cost after iteration 100",
        "Cost after iteration 149",
    ]


# ------------------------------------------------------------------- predict


@pytest.mark.parametrize("m", [1, 12])
def test_predict_returns_float_zero_one_row_and_prints_accuracy(m, capsys, call_unchanged):
    X, Y, params = random_network(4, [5, 4, 1], m)
    p = call_unchanged(app.predict, X, Y, params)
    assert p.shape == (1, m)
    assert p.dtype == np.float64
    assert set(np.unique(p)) <= {0.0, 1.0}
    AL, _ = deep.L_model_forward(X, params)
    np.testing.assert_array_equal(p, (AL > 0.5).astype(float))
    out = capsys.readouterr().out
    assert "Accuracy:" in out
    assert float(out.split("Accuracy:")[1].split()[0]) == pytest.approx(np.mean(p == Y))


def test_accuracy_is_python_float_fraction_of_matches():
    acc = app.accuracy(np.array([[1.0, 0.0, 1.0, 1.0]]), np.array([[1, 1, 1, 0]]))
    assert type(acc) is float
    assert acc == 0.5
