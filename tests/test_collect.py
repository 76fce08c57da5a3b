"""`nndl collect --zip`: Canvas and Moodle downloads into submitted/, bad files reported."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from autograder.cli import main
from autograder.instructor import collect

ROOT = Path(__file__).resolve().parents[1]
NB = "deep_nn_step_by_step.ipynb"
APP = "deep_nn_application.ipynb"


@pytest.fixture
def course(tmp_path) -> Path:
    course = tmp_path / "course"
    (course / "release/week4").mkdir(parents=True)
    for name in (NB, APP):
        shutil.copy(ROOT / "release/week4" / name, course / "release/week4" / name)
    return course


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_canvas_and_moodle_names(course, tmp_path):
    archive = _zip(
        tmp_path / "lms.zip",
        {
            f"smithjane_1234_5678_{NB}": b"jane-v1",
            f"smithjane_1234_5690_{NB.replace('.ipynb', '-1.ipynb')}": b"jane-v2",
            f"doejohn_LATE_2222_3333_{APP}": b"john",
            f"Ada Lovelace_77_assignsubmission_file_/{NB}": b"ada",
            f"Alan Turing_78_assignsubmission_file_{APP}": b"alan",
            "smithjane_1234_5678_notes.txt": b"x",
            "random.ipynb": b"x",
            f"../../evil_1_2_{NB}": b"evil",
            f"/abs_1_2_{NB}": b"evil",
        },
    )
    got = collect.collect_zip(course, "week4", archive)
    assert got.taken == {
        "smithjane": [NB],
        "doejohn": [APP],
        "adalovelace": [NB],
        "alanturing": [APP],
    }
    sub = course / "submitted"
    assert (sub / "smithjane/week4" / NB).read_bytes() == b"jane-v2"  # the later version
    assert (sub / "doejohn/week4" / APP).read_bytes() == b"john"
    assert (sub / "adalovelace/week4" / NB).read_bytes() == b"ada"
    reasons = "\n".join(got.skipped)
    assert "notes.txt is not a notebook of this assignment" in reasons
    assert "random.ipynb: not a Canvas or Moodle submission name" in reasons
    assert f"../../evil_1_2_{NB}: unsafe path" in reasons
    assert f"/abs_1_2_{NB}: unsafe path" in reasons
    assert f"smithjane_1234_5678_{NB}: replaced by" in reasons
    written = sorted(p.relative_to(course).as_posix() for p in course.rglob("*") if p.is_file())
    assert all(w.startswith(("release/", "submitted/")) for w in written), written
    assert not (course.parent / "evil_1_2_" / NB).exists()


def test_the_cli_reports_and_a_broken_zip_is_a_clear_error(course, tmp_path, capsys):
    archive = _zip(tmp_path / "c.zip", {f"smithjane_1_2_{NB}": b"a", "x/y.txt": b"b"})
    assert main(["collect", "week4", "--zip", str(archive), "--course", str(course)]) == 0
    out = capsys.readouterr().out
    assert "smithjane: deep_nn_step_by_step.ipynb" in out and "SKIPPED x/y.txt" in out
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    assert main(["collect", "week4", "--zip", str(bad), "--course", str(course)]) == 2
    assert "bad.zip: not a readable zip file" in capsys.readouterr().err


def test_two_people_are_never_merged_and_no_name_is_lost(course, tmp_path):
    long_name = "x" * 300
    archive = _zip(
        tmp_path / "lms.zip",
        {
            f"smithjane_1234_5678_{NB}": b"jane-1234",
            f"smithjane_9876_5679_{NB}": b"jane-9876",  # another person, the same name
            f"josépérez_55_5680_{NB}": b"jose",
            f"王小明_66_5681_{NB}": b"wang",
            f"{long_name}_77_5682_{NB}": b"long",
        },
    )
    got = collect.collect_zip(course, "week4", archive)
    assert sorted(got.taken) == sorted(
        ["smithjane", "smithjane-9876", "joseperez", "lms66", "x" * 60]
    )
    sub = course / "submitted"
    assert (sub / "smithjane/week4" / NB).read_bytes() == b"jane-1234"
    assert (sub / "smithjane-9876/week4" / NB).read_bytes() == b"jane-9876"
    # the next week, each keeps their id, whoever comes first in the archive
    again = _zip(
        tmp_path / "w2.zip", {f"smithjane_9876_1_{NB}": b"b", f"smithjane_1234_2_{NB}": b"a"}
    )
    assert sorted(collect.collect_zip(course, "week4", again).taken) == [
        "smithjane",
        "smithjane-9876",
    ]
    assert (sub / "smithjane-9876/week4" / NB).read_bytes() == b"b"
