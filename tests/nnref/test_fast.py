"""The Gram-matrix fast path trains the same networks as the standard path."""

import numpy as np
import pytest

from nnref import app, data, deep
from nnref.tools import fast


def _problem(n_x=300, m=40, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.uniform(0, 1, size=(n_x, m))
    w = rng.standard_normal((1, n_x))
    Y = (w @ X > np.median(w @ X)).astype(float)
    return X, Y


@pytest.mark.parametrize(
    "standard, quick, dims",
    [
        (app.two_layer_model, fast.two_layer_model, (300, 5, 1)),
        (app.L_layer_model, fast.L_layer_model, [300, 8, 4, 1]),
        (app.L_layer_model, fast.L_layer_model, [300, 6, 5, 3, 1]),
    ],
)
def test_fast_path_matches_the_standard_path(standard, quick, dims):
    X, Y = _problem()
    p_std, c_std = standard(X, Y, dims, learning_rate=0.05, num_iterations=400)
    p_fast, c_fast = quick(X, Y, dims, learning_rate=0.05, num_iterations=400)
    assert c_std[-1] < c_std[0]  # it did learn
    assert len(c_fast) == len(c_std)
    assert max(abs(a - b) for a, b in zip(c_std, c_fast, strict=True)) < 1e-9
    assert p_fast.keys() == p_std.keys()
    for k in p_std:
        assert p_fast[k].shape == p_std[k].shape
        np.testing.assert_allclose(p_fast[k], p_std[k], rtol=1e-7, atol=1e-10)
    AL_std, _ = deep.L_model_forward(X, p_std)
    AL_fast, _ = deep.L_model_forward(X, p_fast)
    assert np.array_equal(AL_std > 0.5, AL_fast > 0.5)


def test_fast_path_on_the_course_images():
    train_x_orig, train_y, *_ = data.load_catvnoncat()
    X = data.flatten_images(train_x_orig)
    dims = [X.shape[0], 20, 7, 5, 1]
    p_std, c_std = app.L_layer_model(X, train_y, dims, num_iterations=101)
    p_fast, c_fast = fast.L_layer_model(X, train_y, dims, num_iterations=101)
    assert max(abs(a - b) for a, b in zip(c_std, c_fast, strict=True)) < 1e-9
    for k in p_std:
        np.testing.assert_allclose(p_fast[k], p_std[k], rtol=1e-7, atol=1e-12)


def test_fast_path_leaves_its_inputs_alone_and_falls_back_when_m_is_large():
    X, Y = _problem(n_x=5, m=60)
    params = app.initialize_parameters_deep([5, 4, 1])
    before = {k: v.copy() for k, v in params.items()}
    p1, c1 = fast._gradient_descent(X, Y, params, 0.1, 50, False)
    p2, c2 = app.gradient_descent(X, Y, params, 0.1, 50, False)
    assert c1 == c2 and all(np.array_equal(p1[k], p2[k]) for k in p1)  # the standard path
    p3, c3 = fast.gram_gradient_descent(X, Y, params, 0.1, 50)
    assert max(abs(a - b) for a, b in zip(c1, c3, strict=True)) < 1e-9
    assert all(np.array_equal(params[k], before[k]) for k in params)
