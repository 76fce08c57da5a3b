"""The nndl demo: the headline table and the calibration of the course images."""

import pytest

from autograder import cli
from autograder.demo import models as demo


def _rows(lr_train, lr_test, two_test, four_test):
    def row(name, train, test):
        return demo.Row(name, "cat images", train, test, 0.1, 1.0)

    return [
        row("logistic regression", lr_train, lr_test),
        row("2-layer 12288-7-1", 1.0, two_test),
        row("4-layer 12288-20-7-5-1", 1.0, four_test),
    ]


def test_calibration_accepts_the_classic_course_numbers():
    assert demo.calibration_problems(_rows(0.99, 0.70, 0.72, 0.80)) == []


@pytest.mark.parametrize(
    ("rows", "broken"),
    [
        (_rows(0.90, 0.70, 0.72, 0.80), "train accuracy >= 95%"),
        (_rows(0.99, 0.80, 0.80, 0.86), "in [60%, 75%]"),
        (_rows(0.99, 0.70, 0.66, 0.80), "2-layer test accuracy >= logistic"),
        (_rows(0.99, 0.70, 0.72, 0.76), "4-layer test accuracy >= 78%"),
        (_rows(0.99, 0.70, 0.78, 0.80), "at least 4 points above"),
    ],
)
def test_calibration_names_each_broken_target(rows, broken):
    problems = demo.calibration_problems(rows)
    assert len(problems) == 1 and broken in problems[0]


def test_table_shows_every_model_with_percentages():
    text = demo.format_table(_rows(0.99, 0.70, 0.72, 0.80))
    assert "4-layer 12288-20-7-5-1" in text and "80.0%" in text and "99.0%" in text


def test_data_verify_passes_on_the_packaged_files(capsys):
    assert cli.main(["data", "verify"]) == 0
    assert "match SHA256SUMS" in capsys.readouterr().out


def test_data_verify_fails_and_names_the_file_when_one_changed(tmp_path, capsys):
    from nnref import data

    for name in ("train_catvnoncat.h5", "test_catvnoncat.h5", "SHA256SUMS"):
        (tmp_path / name).write_bytes((data.PACKAGED_DATA_DIR / name).read_bytes())
    with open(tmp_path / "test_catvnoncat.h5", "r+b") as f:
        f.seek(-1, 2)
        f.write(b"\x01")
    assert cli.main(["data", "verify", str(tmp_path)]) == 1
    assert "test_catvnoncat.h5: SHA-256 differs" in capsys.readouterr().out


@pytest.mark.slow
def test_demo_meets_the_calibration_targets_and_writes_the_plots(tmp_path, capsys):
    assert cli.main(["demo", "--models-only", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "calibration targets met" in out
    assert "planar flower" in out
    for png in ("costs.png", "samples.png"):
        assert (tmp_path / png).stat().st_size > 10_000
