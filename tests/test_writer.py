"""The writer saves exactly what nbgrader would: the same gradebook rows, the same files.

``nndl grade`` saves each worker's graded notebooks into the real SQLite gradebook through
nbgrader's Gradebook API (``grading.Writer``), no longer by running ``nbgrader autograde``
once more per submission with only ``SaveAutoGrades`` and ``AssignLatePenalties``. Here a
course is graded by ``nndl grade``; a copy of it taken before, with the same due dates, is
given the very same graded folders through that nbgrader run (the oracle). Both gradebooks
must be equal (per submission and grade cell: automatic, manual and max score, extra credit,
the needs-manual-grade flag, the automatic comments, the late penalty, the totals; the
row counts) and so must the ``autograded/`` trees (contents and modes).

The cases: on time, late (penalty "zero"), no timestamp, a notebook missing from a
two-notebook week, the blank release, and a regrade after a manual score was entered (the
cell must then need manual grading again).
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from autograder.instructor import build
from autograder.pipeline import grading
from autograder.pipeline.course import Course
from tests.gradebook_dump import gradebook as dump

ROOT = Path(__file__).resolve().parents[1]
WEEKS = ["week1", "week2"]
NB = "intro_to_deep_learning"
DUE = '\nc.Deadlines.due = {"week1": "2026-01-10 12:00 +00:00"}\n'

pytestmark = pytest.mark.notebooks


def nbgrader_save(course: Path, student: str, week: str, staged: Path) -> None:
    """What the writer did before: nbgrader autograde of the graded folder, saving only."""
    from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades

    api = Course(course).api(
        **{
            "CourseDirectory.submitted_directory": str(staged),
            "Autograde.sanitize_preprocessors": [],
            "Autograde.autograde_preprocessors": [SaveAutoGrades, AssignLatePenalties],
        }
    )
    result = api.autograde(week, student, force=True, create=True)
    assert result["success"], result.get("log")


def oracle(graded: Path, blank: Path, dest: Path) -> Path:
    """``blank`` (the course before grading) given ``graded``'s graded folders by nbgrader."""
    if not dest.exists():
        shutil.copytree(blank, dest)
    Course(dest).sync_due_dates(WEEKS)
    staged = dest.parent / f"{dest.name}-staged"
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(graded / "autograded", staged, ignore=shutil.ignore_patterns("graded.json"))
    for folder in sorted(staged.glob("*/*")):
        nbgrader_save(dest, folder.parent.name, folder.name, staged)
    return dest


def gradebook(course: Path) -> dict:
    return dump(course, WEEKS)


def files(course: Path) -> dict:
    out = {}
    for path in sorted((course / "autograded").rglob("*")):
        if path.name == "graded.json":
            continue
        mode = stat.filemode(path.lstat().st_mode)
        out[str(path.relative_to(course))] = (mode, path.read_bytes() if path.is_file() else b"")
    return out


@pytest.fixture(scope="module")
def blank(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("writer") / "blank"
    shutil.copytree(ROOT / "source", course / "source", ignore=shutil.ignore_patterns("week[34]"))
    (course / "nbgrader_config.py").write_text((ROOT / "nbgrader_config.py").read_text() + DUE)
    for week in WEEKS:
        build.generate_release(week, course)
    sub = course / "submitted"
    for student, stamp in (("ontime", "2026-01-09"), ("late", "2026-01-11"), ("nostamp", "")):
        shutil.copytree(course / "source/week1", sub / student / "week1")
        if stamp:
            (sub / student / "week1/timestamp.txt").write_text(f"{stamp} 08:00:00.000000 UTC")
    shutil.copytree(course / "release/week1", sub / "blank/week1")
    shutil.copytree(course / "source/week2", sub / "ontime/week2")
    (sub / "ontime/week2/logistic_regression.ipynb").unlink()  # a notebook not handed in
    shutil.copytree(course / "release/week2", sub / "blank/week2")
    return course


def test_the_writer_saves_what_nbgrader_would(blank, tmp_path):
    course = tmp_path / "graded"
    shutil.copytree(blank, course)
    outcomes = grading.grade(course, WEEKS, workers=2)
    assert {o.status for o in outcomes} == {"graded"}, [o.message for o in outcomes]
    scores = {f"{o.student}/{o.week}": o.score for o in outcomes}
    assert scores["late/week1"] == scores["ontime/week1"] == scores["nostamp/week1"] == 12
    late = gradebook(course)["submissions"]
    assert late["late/week1"]["late"][1] == 12  # penalty "zero": all 12 points taken
    assert late["ontime/week1"]["late"][1] == 0

    expected = oracle(course, blank, tmp_path / "oracle")
    assert gradebook(course) == gradebook(expected)
    assert files(course) == files(expected)

    # a manual score entered in formgrader, then a regrade: the cell needs review again
    from nbgrader.api import Gradebook

    for c in (course, expected):
        with Gradebook(f"sqlite:///{c / 'gradebook.db'}") as gb:
            gb.find_grade("test_relu", NB, "week1", "ontime").manual_score = 1
            gb.db.commit()
    grading.grade(course, WEEKS, students=["ontime"], workers=1, force=True)
    oracle(course, blank, expected)
    got, want = gradebook(course), gradebook(expected)
    differ = {k: (v, want["submissions"].get(k)) for k, v in got["submissions"].items()
              if v != want["submissions"].get(k)}  # fmt: skip
    assert not differ and got["counts"] == want["counts"], differ
    relu = [c for c in got["submissions"]["ontime/week1"]["cells"] if c[1] == "test_relu"]
    assert relu == [(NB, "test_relu", 1.0, 1.0, None, 1.0, True)]  # needs review again
