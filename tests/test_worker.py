"""A worker's autograde writes what nbgrader's own converter would write.

With a SQLite gradebook, ``nndl grade``'s workers grade against a throwaway snapshot of it
and the one writer saves the grades. So a worker runs nbgrader's ``Autograde`` as
``nbgrader_plugin.AutogradeUnsaved`` (no student, submission or zero rows made in the
snapshot) with ``nbgrader_plugin``'s ``OverwriteCells`` and ``CheckCellMetadata`` (rows
read once, schema compiled once). Here every submission is graded twice by
``grading.grade_in_copy``: as the workers do (one gradebook snapshot for the whole batch,
each notebook's cells read from it once), and with nbgrader's own converter and
preprocessors (a snapshot per submission); the graded folders must hold the same files,
byte for byte, with the same modes, and the same problems must be reported.

The submissions: a Week 1 demo cohort (the solution, the blank release, zoo mistakes, an
error in an ungraded cell), the adversarial corpus's cases that change a notebook's
structure (a deleted test cell, an edited locked cell, edited points, a cell turned into
markdown, a duplicated grade_id, an unknown grade_id, stripped metadata, reordered cells,
unreadable files, a renamed notebook, nothing handed in...), a notebook saved with another
kernel (the source's kernelspec is put back) and an edited data file (the course's copy
replaces it, and the student's is not even copied for grading), and a Week 2 submission with a
notebook missing (grading puts the release's blank copy in its place), a data file of
its own and a timestamp.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import nbformat
import pytest
from nbgrader.converters import Autograde

from autograder.demo import cohort
from autograder.instructor import build
from autograder.pipeline import grading, nbgrader_plugin
from tests.adversarial.cases import CASES
from tests.test_adversarial import solution

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.notebooks

STRUCTURAL = {
    "invalid-json", "empty-file", "binary-junk", "wrong-nbformat", "renamed-notebook",
    "nothing-submitted", "test-cell-deleted", "test-cell-deleted-wrong", "answer-duplicated",
    "grade-id-duplicated", "unknown-grade-id", "locked-source-edited", "points-edited",
    "cell-type-edited", "faked-outputs", "extra-cells", "metadata-stripped",
    "metadata-and-ids-stripped", "cells-reordered", "exception-ungraded", "stderr-noise",
    "folder-named-notebook", "newer-copy", "lambda-and-magic",
}  # fmt: skip


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("worker") / "course"
    shutil.copytree(ROOT / "source", course / "source", ignore=shutil.ignore_patterns("week[34]"))
    config = (ROOT / "nbgrader_config.py").read_text() + "\nc.TrustedGrading.task_seconds = 15\n"
    (course / "nbgrader_config.py").write_text(config)
    for week in ("week1", "week2"):
        build.generate_release(week, course)
    sub = course / "submitted"
    cohort.make_cohort(course, "week1", sub, n=6)
    ctx = {"course": course, "root": ROOT, "release": course / "release/week1", "port": 9}
    for case in CASES:
        if case.name in STRUCTURAL:
            case.make(solution(), sub / f"adv-{case.name}" / "week1", ctx)
    other = sub / "other-kernel/week1"  # saved from a notebook opened with another kernel
    shutil.copytree(course / "source/week1", other)
    for path in other.glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        cohort._student_copy(nb)
        nb.metadata["kernelspec"] = {"name": "ir", "display_name": "R", "language": "R"}
        nbformat.write(nb, path)
    (other / "datasets/train_catvnoncat.h5").write_bytes(b"not the course's data")
    week2 = sub / "s01/week2"
    shutil.copytree(course / "source/week2", week2)
    (week2 / "logistic_regression.ipynb").unlink()  # a notebook not handed in
    (week2 / "notes.txt").write_text("my own file\n")
    (week2 / "timestamp.txt").write_text("2026-01-09 08:00:00.000000 UTC")
    nb = nbformat.read(week2 / "numpy_basics.ipynb", as_version=4)
    cohort._student_copy(nb)
    nbformat.write(nb, week2 / "numpy_basics.ipynb")
    return course


def graded(result: dict) -> dict:
    folder = Path(result["graded"])
    out = {}
    for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
        mode = stat.filemode(path.lstat().st_mode)
        out[str(path.relative_to(folder))] = (mode, path.read_bytes() if path.is_file() else b"")
    return out


def submissions(course: Path) -> list[tuple[str, str]]:
    return sorted((p.parent.name, p.name) for p in (course / "submitted").glob("*/*"))


def test_a_worker_writes_what_nbgrader_would(course, tmp_path, monkeypatch):
    (tmp_path / "ours").mkdir()
    snapshot = grading.batch_snapshot(course, tmp_path / "ours")  # one for all, as in a batch
    ours = {
        s: grading.grade_in_copy(
            str(course), *s, str(tmp_path / "ours" / "-".join(s)), snapshot=snapshot
        )
        for s in submissions(course)
    }
    assert nbgrader_plugin._Snapshot.url == snapshot and nbgrader_plugin._Snapshot.cells
    monkeypatch.setattr(nbgrader_plugin, "AutogradeUnsaved", Autograde)
    monkeypatch.setattr(grading, "_worker_chains", lambda config: None)
    stock = {
        s: grading.grade_in_copy(str(course), *s, str(tmp_path / "stock" / "-".join(s)))
        for s in submissions(course)
    }
    assert len(ours) == len(STRUCTURAL) + 6 + 2
    assert sum(r["ok"] for r in ours.values()) >= len(ours) - 3  # a few cannot be read at all
    differ = []
    for s, mine in ours.items():
        theirs = stock[s]
        if (mine["ok"], mine["problems"]) != (theirs["ok"], theirs["problems"]):
            differ.append(
                f"{s}: {mine['ok'], mine['problems']} != {theirs['ok'], theirs['problems']}"
            )  # noqa: E501
        elif graded(mine) != graded(theirs):
            a, b = graded(mine), graded(theirs)
            names = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
            differ.append(f"{s}: {names}")
    assert not differ, "\n".join(differ)
    week2 = graded(ours[("s01", "week2")])
    assert {"numpy_basics.ipynb", "notes.txt", "timestamp.txt"} <= week2.keys()
    assert "logistic_regression.ipynb" in week2  # the release's blank copy (rematch)
    other = Path(ours[("other-kernel", "week1")]["graded"])
    for path in other.glob("*.ipynb"):
        assert nbformat.read(path, as_version=4).metadata.kernelspec.name == "python3"
    data = "datasets/train_catvnoncat.h5"  # the course's copy replaces the student's...
    assert (other / data).read_bytes() == (course / "source/week1" / data).read_bytes()
    work = tmp_path / "ours/other-kernel-week1/submitted/other-kernel/week1"
    assert (work / "intro_to_deep_learning.ipynb").is_file()
    assert not (work / data).exists()  # ...which was not even copied for grading
