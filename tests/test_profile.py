"""The grading profile (demo cells not run) changes no grade.

The same synthetic cohort is graded twice by ``nndl grade --kernel`` (the profile only
matters when the cells run): once with the course config
(``c.ResilientExecute.skip_tags = ["demo"]``) and once running every cell
(``skip_tags = []``). Every grade cell of every student must have the same score and the
same verdict. By default the cohort is 2 students of Week 3 (under a minute); the whole
demo cohort can be checked with

    NNDL_PROFILE_WEEKS="week1 week2 week3 week4" NNDL_PROFILE_N=30 pytest tests/test_profile.py
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from autograder.demo import cohort
from autograder.instructor import build, export
from autograder.pipeline import grading

ROOT = Path(__file__).resolve().parents[1]
WEEKS = os.environ.get("NNDL_PROFILE_WEEKS", "week3").split()
N = int(os.environ.get("NNDL_PROFILE_N", "2"))

pytestmark = pytest.mark.notebooks


def graded_course(tmp: Path, name: str, extra: str) -> tuple[Path, float]:
    course = tmp / name
    shutil.copytree(ROOT / "source", course / "source")
    config = (ROOT / "nbgrader_config.py").read_text() + "\nc.Execute.timeout = 30\n" + extra
    (course / "nbgrader_config.py").write_text(config)
    for week in WEEKS:
        build.generate_release(week, course)
        cohort.make_cohort(course, week, tmp / f"{name}-cohort", n=N)
        for student in sorted((tmp / f"{name}-cohort").iterdir()):
            shutil.copytree(student / week, course / "submitted" / student.name / week)
    started = time.monotonic()
    outcomes = grading.grade(course, WEEKS, workers=2, kernel=True)  # cells run
    assert all(o.status == "graded" for o in outcomes), [o.message for o in outcomes]
    return course, time.monotonic() - started


def scores(course: Path) -> list:
    from nbgrader.api import Gradebook

    out = []
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for week in WEEKS:
            for sub in gb.assignment_submissions(week):
                for nb in sub.notebooks:
                    for g in nb.grades:
                        out.append((sub.student.id, week, nb.name, g.name, g.auto_score))
    return sorted(out, key=str)


def test_skipping_demo_cells_changes_no_grade(tmp_path, capsys):
    lean, lean_s = graded_course(tmp_path, "profile", "")
    full, full_s = graded_course(tmp_path, "full", "c.ResilientExecute.skip_tags = []\n")
    with capsys.disabled():
        print(f"\ngrading profile: {lean_s:.0f} s, every cell: {full_s:.0f} s ({WEEKS}, n={N})")
    assert scores(lean) == scores(full)
    verdicts = [json.dumps(export.test_results(c), sort_keys=True) for c in (lean, full)]
    assert verdicts[0] == verdicts[1]
    assert len({row[0] for row in scores(lean)}) == N
