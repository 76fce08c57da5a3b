"""Kernel-free grading gives the scores of the kernel path, cell by cell.

``nndl grade`` runs no notebook cell by default (``ResilientExecute.run_cells = False``):
trusted grading, which alone decides the scores, rebuilds each graded function from the
cells' sources. ``nndl grade --kernel`` runs every cell in a Jupyter kernel first, as plain
``nbgrader autograde`` does. One course is copied twice and graded both ways; every grade
cell of every student must get the same automatic score, needs-manual-grade flag and
comment, every test cell the same verdict, and every submission the same total.

The submissions: a demo cohort of Week 1 (``autograder.demo.cohort``: the solution, the
blank release, an error in an ungraded cell, a cell that never finishes, students with zoo
mistakes), and for every notebook of the course a sample of the mistake zoo (round 1: one
mistake of each graded function) and of the accepted-variant zoo (round 1: a variant of
each). The adversarial corpus is graded both ways in ``tests/test_adversarial.py``. The whole
of both zoos, both ways (about 20 minutes on 2 cores):

    NNDL_KERNEL_FREE_ROUNDS=all pytest tests/test_kernel_free.py
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import nbformat
import pytest

from autograder.demo import cohort
from autograder.instructor import build, export
from autograder.pipeline import grading
from tests.gradebook_dump import gradebook as dump
from tests.mistakes import run as zoo_run
from tests.variants import run as variants_run

ROOT = Path(__file__).resolve().parents[1]
WEEKS = ["week1", "week2", "week3", "week4"]
ROUNDS = os.environ.get("NNDL_KERNEL_FREE_ROUNDS", "")

pytestmark = pytest.mark.notebooks


def _rounds(subs: list, keep: set[int]) -> list:
    """The submissions of the given rounds (round 0, the solution, is the cohort's s01)."""
    if ROUNDS == "all":
        return [s for s in subs if not s.student.endswith("-00")]
    return [s for s in subs if int(s.student.rsplit("-", 1)[1]) in keep]


def _add(course: Path, sub: zoo_run.Submission, prefix: str) -> None:
    dest = course / "submitted" / f"{prefix}{sub.student}" / sub.week
    shutil.copytree(course / "release" / sub.week, dest, ignore=shutil.ignore_patterns("*.ipynb"))
    nb = zoo_run.doctor(sub)
    cohort._student_copy(nb)
    nbformat.write(nb, dest / sub.path.name)


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("modes") / "course"
    shutil.copytree(ROOT / "source", course / "source")
    # s04's endless cell is stopped by the per-cell limit in the kernel path
    config = (ROOT / "nbgrader_config.py").read_text() + "\nc.Execute.timeout = 5\n"
    (course / "nbgrader_config.py").write_text(config)
    for week in WEEKS:
        build.generate_release(week, course)
    cohort.make_cohort(course, "week1", course / "submitted", n=8)
    for sub in _rounds(zoo_run.plan(zoo_run.all_mistakes()), {1}):
        _add(course, sub, "")
    for sub in _rounds(zoo_run.plan(variants_run.all_variants()), {1}):
        _add(course, sub, "ok-")
    return course


def graded(base: Path, dest: Path, kernel: bool) -> tuple[Path, float]:
    shutil.copytree(base, dest)
    started = time.monotonic()
    outcomes = grading.grade(dest, WEEKS, workers=2, kernel=kernel)
    assert outcomes and all(o.status == "graded" for o in outcomes), [
        (o.student, o.week, o.message[-1500:]) for o in outcomes if o.status != "graded"
    ]
    return dest, time.monotonic() - started


def gradebook(course: Path) -> dict:
    return dump(course, WEEKS)["submissions"]


def test_kernel_free_grading_gives_the_kernel_paths_scores(course, tmp_path, capsys):
    with_kernel, kernel_s = graded(course, tmp_path / "kernel", kernel=True)
    free, free_s = graded(course, tmp_path / "free", kernel=False)
    n = len(gradebook(free))
    with capsys.disabled():
        print(
            f"\n{n} submissions: with the kernel {kernel_s:.0f} s, kernel-free {free_s:.0f} s"
            f" ({kernel_s / free_s:.1f}x)"
        )
    expected = gradebook(with_kernel)
    assert len(expected) == n >= 20
    got = gradebook(free)
    differ = [k for k in expected if expected[k] != got.get(k)]
    assert not differ, {k: (expected[k], got.get(k)) for k in differ[:3]}
    verdicts = [json.dumps(export.test_results(c), sort_keys=True) for c in (with_kernel, free)]
    assert verdicts[0] == verdicts[1]
    # the cohort's designed scores (the zoo's are checked by tests/test_zoo.py)
    scores = {k: v["score"] for k, v in got.items()}
    assert scores["s01/week1"] == 12 and scores["s02/week1"] == 0
    assert scores["s04/week1"] == 12  # the endless cell: never run, nothing to stop


def test_feedback_of_the_kernel_free_mode_shows_every_verdict(tmp_path):
    """The graded notebook of a kernel-free run: each test cell holds its verdict, each
    other code cell says it was not run (and why)."""
    course = tmp_path / "c"
    shutil.copytree(ROOT / "source", course / "source", ignore=shutil.ignore_patterns("week[234]"))
    shutil.copy(ROOT / "nbgrader_config.py", course)
    build.generate_release("week1", course)
    cohort.make_cohort(course, "week1", course / "submitted", n=1)
    (outcome,) = grading.grade(course, ["week1"], workers=1)
    assert (outcome.status, outcome.score) == ("graded", 12)
    nb = nbformat.read(course / "autograded/s01/week1/intro_to_deep_learning.ipynb", 4)
    tests = [c for c in nb.cells if c.metadata.get("nndl")]
    assert len(tests) == 12
    for cell in tests:
        text = "".join(o.get("text", "") for o in cell.outputs)
        assert cell.metadata["nndl"]["message"].strip() in text
    others = [c for c in nb.cells if c.cell_type == "code" and not c.metadata.get("nndl")]
    assert others and all("not run while grading" in c.outputs[0].text for c in others)
