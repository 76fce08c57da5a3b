"""planar_data.json of Week 3: reproducible bytes, the right arrays, an honest baseline."""

import json
import time

import numpy as np
import pytest

from autograder.exercises.weekdata import week3
from nnref import data

EXTRA_NAMES = ("blobs", "gaussian_quantiles", "no_structure", "noisy_circles", "noisy_moons")


@pytest.fixture(scope="module")
def content():
    return week3.files()


@pytest.fixture(scope="module")
def planar(content):
    return json.loads(content[week3.FILE_NAME])


def test_files_holds_only_the_planar_json(content):
    assert list(content) == ["planar_data.json"]
    assert isinstance(content["planar_data.json"], bytes)


def test_files_is_byte_identical_on_a_second_call(content):
    assert week3.files() == content


def test_files_leaves_the_global_random_state_alone(same_rng_state):
    np.random.seed(123)
    before = np.random.get_state()
    week3.files()
    assert same_rng_state(before, np.random.get_state())


def test_files_is_fast():
    start = time.perf_counter()
    week3.files()
    assert time.perf_counter() - start < 5


def test_top_level_keys(planar):
    assert sorted(planar) == ["extra", "flower", "logistic_baseline"]


def test_flower_equals_the_reference_exactly(planar):
    X_ref, Y_ref = data.load_planar_dataset()
    X, Y = np.array(planar["flower"]["X"]), np.array(planar["flower"]["Y"])
    assert X.shape == (2, 400) and Y.shape == (1, 400)
    assert X.dtype == np.float64
    assert np.array_equal(X, X_ref)  # exact: json writes floats that read back bit for bit
    assert np.array_equal(Y, Y_ref)
    assert set(np.unique(Y)) == {0, 1}


@pytest.mark.parametrize("name", EXTRA_NAMES)
def test_extra_dataset_shapes_labels_and_values(planar, name):
    X_ref, Y_ref = data.load_extra_datasets()[name]
    X, Y = np.array(planar["extra"][name]["X"]), np.array(planar["extra"][name]["Y"])
    assert X.shape == (2, 200) and Y.shape == (1, 200)
    assert set(np.unique(Y)) <= {0, 1}
    assert np.array_equal(X, X_ref)
    assert np.array_equal(Y, Y_ref)


def test_extra_holds_exactly_the_five_datasets(planar):
    assert sorted(planar["extra"]) == list(EXTRA_NAMES)


def test_baseline_accuracy_matches_its_stored_weights(planar):
    base = planar["logistic_baseline"]
    w, b = np.array(base["w"]), base["b"]
    assert w.shape == (2, 1)
    X, Y = np.array(planar["flower"]["X"]), np.array(planar["flower"]["Y"])
    predictions = 1 / (1 + np.exp(-(w.T @ X + b))) > 0.5
    assert np.mean(predictions == Y) == base["train_accuracy"]


def test_baseline_is_near_chance_on_the_flower(planar):
    # A straight line cannot separate the petals: about 47 %, the classic course's figure.
    assert 0.40 <= planar["logistic_baseline"]["train_accuracy"] <= 0.55


def test_baseline_has_converged(planar):
    base = planar["logistic_baseline"]
    assert base["num_iterations"] == week3.BASELINE_ITERATIONS
    assert base["learning_rate"] == week3.BASELINE_LEARNING_RATE
    assert 0.6 < base["final_cost"] < 0.69  # below log 2, the cost of w = 0, b = 0
