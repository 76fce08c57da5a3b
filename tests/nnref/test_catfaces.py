"""Tests of the procedurally drawn cat / non-cat set (nnref.tools.catfaces).

The training calibration (logistic regression, 2-layer and 4-layer networks)
is slow and lives in benchmarks/calibrate_catfaces.py; these tests check the
files, their reproducibility and a few properties of the images.
"""

import hashlib
from pathlib import Path

import h5py
import numpy as np
import pytest

from nnref.tools import catfaces

DATASETS = Path(catfaces.__file__).parents[1] / "datasets"
NAMES = ("train_catvnoncat.h5", "test_catvnoncat.h5", "SHA256SUMS")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    """The files written by ``python -m nnref.tools.catfaces OUT_DIR`` (its main function)."""
    out = tmp_path_factory.mktemp("catfaces")
    catfaces.main([str(out)])
    return out


@pytest.fixture(scope="module")
def committed():
    d = {}
    for prefix in ("train", "test"):
        with h5py.File(DATASETS / f"{prefix}_catvnoncat.h5", "r") as f:
            for key in f:
                d[key if key != "list_classes" else f"{prefix}_classes"] = f[key][()]
    return d


def test_regeneration_reproduces_committed_files_byte_for_byte(regenerated):
    for name in NAMES:
        assert (regenerated / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_sha256sums_manifest_matches_files():
    lines = (DATASETS / "SHA256SUMS").read_text().splitlines()
    assert len(lines) == 2
    for line, name in zip(lines, NAMES[:2], strict=True):
        digest, fname = line.split("  ")
        assert fname == name
        assert digest == hashlib.sha256((DATASETS / name).read_bytes()).hexdigest()


def test_write_returns_the_three_paths(tmp_path, monkeypatch):
    x, y = catfaces.make_images(3, seed=0)
    small = {
        "train_set_x": x,
        "train_set_y": y,
        "test_set_x": x,
        "test_set_y": y,
        "list_classes": catfaces.CLASSES,
    }
    monkeypatch.setattr(catfaces, "make_catvnoncat", lambda: small)
    paths = catfaces.write_catvnoncat(tmp_path / "sub")
    assert [p.name for p in paths] == list(NAMES)
    assert all(p.is_file() for p in paths)


def test_schema(committed):
    d = committed
    assert set(d) == {
        "train_set_x",
        "train_set_y",
        "train_classes",
        "test_set_x",
        "test_set_y",
        "test_classes",
    }
    assert d["train_set_x"].shape == (209, 64, 64, 3)
    assert d["test_set_x"].shape == (50, 64, 64, 3)
    assert d["train_set_x"].dtype == np.uint8 and d["test_set_x"].dtype == np.uint8
    assert d["train_set_y"].shape == (209,) and d["test_set_y"].shape == (50,)
    assert d["train_set_y"].dtype == np.int64 and d["test_set_y"].dtype == np.int64
    for key in ("train_classes", "test_classes"):
        assert d[key].dtype == np.dtype("S7")
        assert d[key].tolist() == [b"non-cat", b"cat"]


def test_class_balance_matches_the_classic_set(committed):
    ytr, yte = committed["train_set_y"], committed["test_set_y"]
    assert set(np.unique(ytr)) == {0, 1} and set(np.unique(yte)) == {0, 1}
    assert int(ytr.sum()) == 72 and int(yte.sum()) == 33
    # shuffled, not sorted by class
    assert np.any(np.diff(ytr) < 0) and np.any(np.diff(ytr) > 0)


def test_make_catvnoncat_equals_committed_arrays(committed):
    d = catfaces.make_catvnoncat()
    for key in ("train_set_x", "train_set_y", "test_set_x", "test_set_y"):
        np.testing.assert_array_equal(d[key], committed[key])


def test_make_images_api_and_determinism():
    x, y = catfaces.make_images(8, seed=3, n_cats=3)
    assert x.shape == (8, 64, 64, 3) and x.dtype == np.uint8
    assert y.shape == (8,) and y.dtype == np.int64 and int(y.sum()) == 3
    x2, y2 = catfaces.make_images(8, seed=3, n_cats=3)
    np.testing.assert_array_equal(x, x2)
    np.testing.assert_array_equal(y, y2)
    x3, _ = catfaces.make_images(8, seed=4, n_cats=3)
    assert not np.array_equal(x, x3)
    _, y4 = catfaces.make_images(10, seed=0)
    assert int(y4.sum()) == 5


def test_generation_leaves_the_global_random_state_alone():
    np.random.seed(12345)
    before = np.random.get_state()
    catfaces.make_images(6, seed=0)
    after = np.random.get_state()
    assert before[0] == after[0]
    np.testing.assert_array_equal(before[1], after[1])
    assert before[2:] == after[2:]


def test_images_are_not_blank(committed):
    x = np.concatenate([committed["train_set_x"], committed["test_set_x"]]).astype(float)
    assert np.all(x.reshape(len(x), -1).std(axis=1) > 10)
    assert len({im.tobytes() for im in x}) == len(x)


def test_not_separable_by_mean_colour(committed):
    """A nearest-class-mean classifier on each image's mean RGB is near chance level."""

    def mean_rgb(x):
        return x.reshape(len(x), -1, 3).mean(axis=1) / 255.0

    ftr, ytr = mean_rgb(committed["train_set_x"]), committed["train_set_y"]
    fte, yte = mean_rgb(committed["test_set_x"]), committed["test_set_y"]
    centres = np.stack([ftr[ytr == k].mean(axis=0) for k in (0, 1)])
    assert np.max(np.abs(centres[0] - centres[1])) < 0.06
    for f, y in ((ftr, ytr), (fte, yte)):
        pred = np.argmin(((f[:, None, :] - centres[None]) ** 2).sum(-1), axis=1)
        balanced = np.mean([np.mean(pred[y == k] == k) for k in (0, 1)])
        assert balanced < 0.7
