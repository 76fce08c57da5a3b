"""nnref.data planar sets: the flower of Week 3 and the extra 2-D sets."""

import numpy as np
import pytest

from nnref import data

EXTRA_NAMES = {"noisy_circles", "noisy_moons", "blobs", "gaussian_quantiles", "no_structure"}


def test_planar_dataset_shapes_dtype_and_200_points_per_class():
    X, Y = data.load_planar_dataset()
    assert X.shape == (2, 400)
    assert Y.shape == (1, 400)
    assert X.dtype == np.float64
    assert Y.dtype == np.uint8
    assert set(np.unique(Y)) == {0, 1}
    assert int(np.sum(Y == 0)) == 200
    assert int(np.sum(Y == 1)) == 200
    assert np.all(np.isfinite(X))


def test_planar_dataset_is_deterministic():
    X1, Y1 = data.load_planar_dataset()
    X2, Y2 = data.load_planar_dataset()
    np.testing.assert_array_equal(X1, X2)
    np.testing.assert_array_equal(Y1, Y2)
    X3, _ = data.load_planar_dataset(seed=2)
    assert not np.array_equal(X1, X3)


def test_planar_dataset_reproduces_the_classic_draws():
    # Seed 1, angle noise then radius noise, class 0 then class 1 (per the docstring).
    rng = np.random.RandomState(1)
    t = np.linspace(0, 3.12, 200) + rng.randn(200) * 0.2
    r = 4 * np.sin(4 * t) + rng.randn(200) * 0.2
    X, _ = data.load_planar_dataset()
    np.testing.assert_allclose(X[:, :200], np.vstack([r * np.sin(t), r * np.cos(t)]), rtol=1e-14)


def test_planar_dataset_leaves_global_random_state_alone(same_rng_state):
    np.random.seed(42)
    before = np.random.get_state()
    data.load_planar_dataset()
    data.load_extra_datasets()
    assert same_rng_state(before, np.random.get_state())


@pytest.mark.parametrize("m", [2, 10, 100])
def test_planar_dataset_size_argument(m):
    X, Y = data.load_planar_dataset(m=m)
    assert X.shape == (2, m) and Y.shape == (1, m)
    assert int(Y.sum()) == m // 2


def test_extra_datasets_shapes_labels_and_both_classes():
    sets = data.load_extra_datasets()
    assert set(sets) == EXTRA_NAMES
    for name, (X, Y) in sets.items():
        assert X.shape == (2, 200), name
        assert Y.shape == (1, 200), name
        assert Y.dtype == np.uint8, name
        assert set(np.unique(Y)) == {0, 1}, name
        assert np.all(np.isfinite(X)), name


def test_extra_datasets_are_deterministic():
    a = data.load_extra_datasets()
    b = data.load_extra_datasets()
    for name in EXTRA_NAMES:
        np.testing.assert_array_equal(a[name][0], b[name][0])
        np.testing.assert_array_equal(a[name][1], b[name][1])


@pytest.mark.parametrize("n", [2, 51])
def test_extra_datasets_size_argument(n):
    for name, (X, Y) in data.load_extra_datasets(n=n).items():
        assert X.shape == (2, n), name
        assert Y.shape == (1, n), name
