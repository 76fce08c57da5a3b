"""The synthetic cohort: known expected scores, reproduced exactly by `nndl grade`."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from autograder.demo import cohort
from autograder.instructor import build, collect
from autograder.pipeline import grading

ROOT = Path(__file__).resolve().parents[1]


def test_cohort_of_week4_is_varied_and_looks_like_student_work(tmp_path):
    made = cohort.make_cohort(ROOT, "week4", tmp_path, n=30)
    assert len(made) == 30
    full = sum(p for _, p in cohort.points_by_key(ROOT, "week4").values())
    assert made["s01"]["expected"] == full and made["s02"]["expected"] == 0
    others = [v["expected"] for k, v in made.items() if k not in cohort.SPECIAL]
    assert all(0 <= e < full for e in others) and len(set(others)) > 5
    for student in made:
        for path in (tmp_path / student / "week4").glob("*.ipynb"):
            text = path.read_text()
            assert "BEGIN HIDDEN TESTS" not in text
            nbformat.validate(nbformat.read(path, as_version=4))


@pytest.mark.notebooks
def test_nndl_grade_reproduces_the_expected_scores(tmp_path):
    course = tmp_path / "course"
    shutil.copytree(ROOT / "source", course / "source")
    # the cohort's never-ending cell is stopped after 10 s instead of 120 s
    config = (ROOT / "nbgrader_config.py").read_text() + "\nc.Execute.timeout = 10\n"
    (course / "nbgrader_config.py").write_text(config)
    build.generate_release("week1", course)
    expected = cohort.make_cohort(course, "week1", tmp_path / "cohort", n=30)
    archive = cohort.lms_zip(tmp_path / "cohort", "week1", tmp_path / "canvas.zip")
    got = collect.collect_zip(course, "week1", archive)
    assert len(got.taken) == 30 and not got.skipped

    parallel = grading.grade(course, ["week1"], workers=2)
    scores = {o.student: o.score for o in parallel}
    wrong = {s: (scores.get(s), e) for s, e in expected.items() if scores.get(s) != e["expected"]}
    assert not wrong, wrong

    some = ["s01", "s02", "s03", "s05", "s06"]
    sequential = grading.grade(course, ["week1"], students=some, workers=1, force=True)
    assert {o.student: o.score for o in sequential} == {s: scores[s] for s in some}


@pytest.mark.notebooks
def test_the_demo_course_flow_runs_end_to_end(tmp_path):
    """`nndl demo`'s course half, small: release, zip, collect, grade, feedback, export,
    report, and every grade as expected."""
    from autograder.demo import flow as demo_course

    lines = []
    assert demo_course.run(tmp_path, per_week=3, weeks=["week1"], log=lines.append) == 0
    text = "\n".join(lines)
    assert "every grade equals the expected one" in text
    assert (tmp_path / "course/reports/all/index.html").is_file()
    assert (tmp_path / "course/exports/grades.csv").read_text().count("\n") == 4  # 3 + header
    assert len(list((tmp_path / "course/feedback").glob("*/week1/*.html"))) == 3
