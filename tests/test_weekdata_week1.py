"""The Week 1 scale curve (autograder/exercises/weekdata/week1.py): deterministic, well-formed
JSON."""

import json

import numpy as np
import pytest

from autograder.exercises.weekdata import week1

# A reduced configuration: same code path, a second instead of half a minute.
SMALL = week1.ScaleConfig(
    train_sizes=(8, 16),
    n_test=12,
    num_steps=15,
    batch_size=8,
    repeats=2,
    models={
        "logistic": ("logistic regression", (), 0.01),
        "deep": ("deep network", (4, 3), 0.05),
    },
)


@pytest.fixture(scope="module")
def small_files():
    return week1.files(SMALL)


def test_files_returns_only_the_scale_curve_as_bytes(small_files):
    assert list(small_files) == ["scale_curve.json"]
    assert isinstance(small_files["scale_curve.json"], bytes)


def test_two_calls_give_identical_bytes(small_files):
    assert week1.files(SMALL) == small_files


def test_json_has_sorted_keys_and_the_expected_structure(small_files):
    text = small_files["scale_curve.json"].decode()
    curve = json.loads(text)
    assert text == json.dumps(curve, indent=1, sort_keys=True) + "\n"
    assert curve["train_sizes"] == [8, 16]
    assert curve["test_size"] == 12
    assert curve["n_x"] == 16 * 16 * 3
    assert isinstance(curve["setup"], str) and curve["setup"]
    assert set(curve["models"]) == {"logistic", "deep"}
    for model in curve["models"].values():
        assert isinstance(model["label"], str)
        assert model["layer_dims"][0] == curve["n_x"] and model["layer_dims"][-1] == 1
        for key in ("test_accuracy", "train_accuracy"):
            assert len(model[key]) == len(curve["train_sizes"])
        assert len(model["test_accuracy_runs"]) == curve["config"]["repeats"]
        assert all(len(run) == len(curve["train_sizes"]) for run in model["test_accuracy_runs"])


def test_accuracies_lie_in_the_unit_interval(small_files):
    curve = json.loads(small_files["scale_curve.json"])
    for model in curve["models"].values():
        acc = np.array(
            [
                *model["test_accuracy"],
                *model["train_accuracy"],
                *sum(model["test_accuracy_runs"], []),
            ]
        )
        assert np.all((acc >= 0) & (acc <= 1))


def test_global_random_state_is_left_alone(same_rng_state):
    np.random.seed(123)
    before = np.random.get_state()
    week1.files(SMALL)
    assert same_rng_state(before, np.random.get_state())


def test_downsample_averages_blocks_into_columns():
    images = np.zeros((2, 64, 64, 3), dtype=np.uint8)
    images[1, :4, :4, 0] = 255  # the top-left 4x4 block of image 1, red channel
    X = week1.downsample(images, 16)
    assert X.shape == (768, 2)
    assert X[0, 1] == 1.0 and X[:, 0].sum() == 0 and X[1:, 1].sum() == 0


@pytest.mark.slow
def test_default_curve_is_well_formed():
    curve = json.loads(week1.files()["scale_curve.json"])
    assert curve["train_sizes"] == list(week1.ScaleConfig().train_sizes)
    for model in curve["models"].values():
        acc = np.array(model["test_accuracy"])
        assert np.all((acc >= 0) & (acc <= 1))


def test_child_process_gives_the_bytes_of_an_in_process_run(small_files):
    assert week1.curve_bytes(SMALL) == small_files["scale_curve.json"]


def test_training_sets_are_balanced_and_nested():
    labels = np.array([1, 1, 0, 1, 0, 0, 1, 0, 0, 1])
    small, large = week1.balanced_first(labels, 4), week1.balanced_first(labels, 8)
    assert labels[small].sum() == 2 and labels[large].sum() == 4
    assert set(small) <= set(large)
    with pytest.raises(ValueError):
        week1.balanced_first(labels, 12)
