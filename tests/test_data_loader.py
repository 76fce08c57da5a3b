"""nnref.data's image loader: schema checks with errors that name the file and the key."""

import h5py
import numpy as np
import pytest

from nnref import data


def _write(folder, split, n=4, x_shape=None, y=None, drop=None, classes=True):
    path = folder / f"{split}_catvnoncat.h5"
    x = np.zeros(x_shape or (n, 64, 64, 3), dtype=np.uint8)
    arrays = {
        f"{split}_set_x": x,
        f"{split}_set_y": np.arange(n) % 2 if y is None else y,
        "list_classes": np.array([b"non-cat", b"cat"]),
    }
    if not classes:
        del arrays["list_classes"]
    with h5py.File(path, "w") as f:
        for key, value in arrays.items():
            if key != drop:
                f.create_dataset(key, data=value)
    return path


@pytest.fixture
def folder(tmp_path):
    _write(tmp_path, "train", n=6)
    _write(tmp_path, "test", n=4)
    return tmp_path


def test_loader_returns_the_classic_shapes_and_label_rows(folder):
    train_x, train_y, test_x, test_y, classes = data.load_catvnoncat(folder)
    assert train_x.shape == (6, 64, 64, 3) and train_x.dtype == np.uint8
    assert train_y.shape == (1, 6) and train_y.dtype == np.int64
    assert test_x.shape == (4, 64, 64, 3) and test_y.shape == (1, 4)
    assert list(classes) == [b"non-cat", b"cat"]


def test_environment_variable_selects_the_folder(folder, monkeypatch):
    monkeypatch.setenv(data.DATA_DIR_ENV, str(folder))
    assert data.resolve_data_dir() == folder
    assert data.load_catvnoncat()[0].shape[0] == 6


def test_argument_wins_over_the_environment_variable(folder, tmp_path_factory, monkeypatch):
    monkeypatch.setenv(data.DATA_DIR_ENV, str(tmp_path_factory.mktemp("elsewhere")))
    assert data.load_catvnoncat(folder)[0].shape[0] == 6


def test_missing_key_names_the_file_the_key_and_the_expected_shape(tmp_path):
    path = _write(tmp_path, "train", drop="train_set_y")
    _write(tmp_path, "test")
    with pytest.raises(data.DatasetError) as err:
        data.load_catvnoncat(tmp_path)
    message = str(err.value)
    assert str(path) in message and "'train_set_y'" in message and "(m,)" in message


def test_wrong_image_shape_names_the_file_the_key_and_what_was_expected(tmp_path):
    _write(tmp_path, "train")
    path = _write(tmp_path, "test", x_shape=(4, 32, 32, 3))
    with pytest.raises(data.DatasetError) as err:
        data.load_catvnoncat(tmp_path)
    message = str(err.value)
    assert str(path) in message and "'test_set_x'" in message
    assert "(4, 32, 32, 3)" in message and "(m, 64, 64, 3)" in message


def test_labels_other_than_0_and_1_are_refused(tmp_path):
    _write(tmp_path, "train", y=np.array([0, 1, 2, 1]))
    _write(tmp_path, "test")
    with pytest.raises(data.DatasetError, match="only 0"):
        data.load_catvnoncat(tmp_path)


def test_image_and_label_counts_must_agree(tmp_path):
    _write(tmp_path, "train", y=np.array([0, 1, 1]))
    _write(tmp_path, "test")
    with pytest.raises(
        data.DatasetError, match="train_set_x has 4 images but train_set_y has 3 labels"
    ):
        data.load_catvnoncat(tmp_path)


def test_missing_file_is_named(tmp_path):
    _write(tmp_path, "train")
    with pytest.raises(data.DatasetError, match="test_catvnoncat.h5: file not found"):
        data.load_catvnoncat(tmp_path)


def test_a_file_that_is_not_hdf5_is_named(tmp_path):
    _write(tmp_path, "train")
    (tmp_path / "test_catvnoncat.h5").write_text("not hdf5")
    with pytest.raises(data.DatasetError, match="not a readable HDF5 file"):
        data.load_catvnoncat(tmp_path)


def test_flatten_images_gives_contiguous_columns_in_0_1():
    x = np.arange(2 * 2 * 2 * 3, dtype=np.uint8).reshape(2, 2, 2, 3)
    flat = data.flatten_images(x)
    assert flat.shape == (12, 2) and flat.flags.c_contiguous and flat.dtype == np.float64
    np.testing.assert_array_equal(flat[:, 1], x[1].ravel() / 255.0)


def test_manifest_check_reports_changed_and_missing_files(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"a")
    (tmp_path / "b.bin").write_bytes(b"b")
    (tmp_path / "SHA256SUMS").write_text(
        f"{data.sha256(tmp_path / 'a.bin')}  a.bin\n{data.sha256(tmp_path / 'b.bin')}  b.bin\n"
        f"{'0' * 64}  c.bin\n"
    )
    assert data.verify_manifest(tmp_path) == [
        f"{tmp_path / 'c.bin'}: listed in SHA256SUMS but missing"
    ]
    (tmp_path / "b.bin").write_bytes(b"changed")
    problems = data.verify_manifest(tmp_path)
    assert len(problems) == 2 and "b.bin: SHA-256 differs" in problems[0]


def test_packaged_data_matches_its_manifest():
    assert data.verify_manifest(data.PACKAGED_DATA_DIR) == []
