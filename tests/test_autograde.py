"""Real nbgrader end to end: the instructor's own notebooks earn full marks, the release zero.

A throwaway course folder gets source/ and the config; the source notebooks (and, as a
second student, the unmodified release notebooks) are placed in submitted/ and graded by
nbgrader's autograde (through `nndl grade`'s parallel driver); scores are read back from
the gradebook.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from autograder.instructor import build
from autograder.pipeline import grading
from autograder.pipeline.course import Course

ROOT = Path(__file__).resolve().parents[1]
WEEKS = Course(build.ROOT).weeks()

pytestmark = pytest.mark.notebooks


@pytest.fixture(scope="module")
def graded_course(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("course")
    shutil.copytree(ROOT / "source", course / "source")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    for week in WEEKS:
        build.generate_release(week, course)
        for student, folder in (("instructor", "source"), ("blank", "release")):
            dest = course / "submitted" / student / week
            shutil.copytree(course / folder / week, dest)
    # nbgrader autograde of all eight submissions, two at a time (autograder/pipeline/grading.py)
    outcomes = grading.grade(course, WEEKS, workers=2)
    failed = [
        f"{o.student}/{o.week}: {o.message[-2000:]}" for o in outcomes if o.status != "graded"
    ]
    assert not failed, failed
    return course


def _scores(course: Path, week: str, student: str) -> tuple[float, float, list[str]]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission(week, student)
        lost = [
            f"{g.notebook.name}/{g.name}"
            for nb in sub.notebooks
            for g in nb.grades
            if g.auto_score is not None and g.auto_score < g.max_score
        ]
        auto_max = sum(
            g.max_score for nb in sub.notebooks for g in nb.grades if g.auto_score is not None
        )
        return sub.code_score, auto_max, lost


@pytest.mark.parametrize("week", WEEKS)
def test_source_notebooks_earn_full_autograded_marks(graded_course, week):
    score, max_score, lost = _scores(graded_course, week, "instructor")
    assert max_score > 0 and score == max_score, f"{week}: points lost on {lost}"


@pytest.mark.parametrize("week", WEEKS)
def test_unmodified_release_earns_zero(graded_course, week):
    score, max_score, _ = _scores(graded_course, week, "blank")
    assert max_score > 0 and score == 0, f"{week}: {score} free points"


@pytest.mark.parametrize("week", WEEKS)
def test_the_grading_profile_runs_every_other_cell_without_error(graded_course, week):
    """Skipping the demo cells (figures, long trainings) must leave every cell that does run
    its names: an error here would show in the student's feedback (source/AUTHORING.md)."""
    import nbformat

    errors = []
    for path in sorted((graded_course / "autograded" / "instructor" / week).glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    errors.append(f"{path.name} {cell.get('id')}: {out.ename}: {out.evalue}")
    assert not errors, "\n".join(errors)
