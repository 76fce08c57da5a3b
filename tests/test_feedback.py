"""No leaks: canary strings planted in every hidden test and every solution block appear in
no release file, no graded notebook, no feedback file, no exported result and no report.

A throwaway copy of Week 1 gets a unique canary comment at the end of each hidden block and
each solution block. It is released, two students (one blank, one who wrote relu in their
own words) are graded by `nndl grade`'s driver, then feedback and exports are made.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import uuid
from pathlib import Path

import nbformat
import pytest

from autograder.instructor import build, export, feedback, report
from autograder.pipeline import grading

ROOT = Path(__file__).resolve().parents[1]
NB = "intro_to_deep_learning.ipynb"

pytestmark = pytest.mark.notebooks


def _plant(path: Path, tag: str) -> tuple[str, str]:
    nb = nbformat.read(path, as_version=4)
    hidden, solution = f"canary-hidden-{tag}", f"canary-solution-{tag}"
    for cell in nb.cells:
        cell.source = re.sub(
            r"(\n?)(\s*)### END HIDDEN TESTS",
            rf"\1\2# {hidden}\n\2### END HIDDEN TESTS",
            cell.source,
        )
        cell.source = re.sub(
            r"(\n?)([ \t]*)### END SOLUTION", rf"\1\2# {solution}\n\2### END SOLUTION", cell.source
        )
    nbformat.write(nb, path)
    return hidden, solution


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = tmp_path_factory.mktemp("leaks") / "course"
    shutil.copytree(ROOT / "source", course / "source")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    hidden, solution = _plant(course / "source/week1" / NB, uuid.uuid4().hex[:12])
    src = (course / "source/week1" / NB).read_text()
    assert src.count(hidden) >= 12 and src.count(solution) >= 4  # planted everywhere
    build.generate_release("week1", course)
    shutil.copytree(course / "release/week1", course / "submitted/blank/week1")
    shutil.copytree(course / "release/week1", course / "submitted/sam/week1")
    nb = nbformat.read(course / "submitted/sam/week1" / NB, as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "code" and "def relu(" in c.source)
    cell.source = cell.source.replace("raise NotImplementedError()", "a = np.where(z > 0, z, 0.0)")
    nbformat.write(nb, course / "submitted/sam/week1" / NB)
    outcomes = grading.grade(course, ["week1"], workers=2)
    assert {o.student: o.score for o in outcomes} == {"blank": 0, "sam": 1}
    made, problems = feedback.generate(course, "week1")
    assert not problems, problems
    export.export(course, course / "exports")
    report.build(course, ["week1"], course / "reports")
    return course, hidden, solution, made


def _files(folder: Path):
    return [p for p in folder.rglob("*") if p.is_file()]


def test_no_canary_in_release(course):
    course, hidden, solution, _ = course
    for path in _files(course / "release"):
        text = path.read_bytes().decode(errors="replace")
        assert hidden not in text and solution not in text, path


def test_no_canary_in_graded_notebooks_feedback_exports_or_reports(course):
    course, hidden, solution, made = course
    assert set(made) == {"blank", "sam"} and all(made.values())
    for folder in ("autograded", "feedback", "exports", "reports"):
        files = _files(course / folder)
        assert files, folder
        for path in files:
            text = path.read_bytes().decode(errors="replace")
            assert hidden not in text, path
            assert solution not in text, path


def test_feedback_shows_the_diagnosis(course):
    course, *_ = course
    page = feedback.visible_text(course / "feedback/sam/week1" / NB.replace(".ipynb", ".html"))
    assert re.search(r"relu: all \d+ hidden trials passed", page)
    assert "predict_price is not implemented yet" in page or "not implemented" in page


def test_exports(course):
    course, *_ = course
    rows = list(csv.DictReader((course / "exports/grades.csv").open()))
    assert [(r["student"], float(r["week1"]), float(r["total"])) for r in rows] == [
        ("blank", 0.0, 0.0),
        ("sam", 1.0, 1.0),
    ]
    results = json.loads((course / "exports/results.json").read_text())
    sam = {r["key"]: r for r in results if r["student"] == "sam"}
    assert sam["intro.relu"]["score"] == 1 and sam["intro.predict_price"]["score"] == 0
    assert len(sam) == 12  # 4 functions + 8 quiz questions


def test_a_feedback_file_with_hidden_code_is_withheld(course, tmp_path):
    """The check itself: a page that shows a hidden line is found (in highlighted HTML too)."""
    course, *_ = course
    lines = feedback.hidden_lines(course, "week1")
    line = next(iter(sorted(lines)))
    page = tmp_path / "page.html"
    spans = "".join(f'<span class="n">{html_escape(w)}</span> ' for w in line.split())
    page.write_text(f"<html><body><pre>{spans}</pre></body></html>")
    assert feedback.leaks(page, lines) == [line]


def test_a_solution_line_is_a_leak_only_where_the_student_did_not_write_it(course, tmp_path):
    course, *_ = course
    solutions = feedback.hidden_lines(course, "week1", feedback.SOLUTION)
    line = max(solutions, key=len)
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><pre>{html_escape(line)}</pre></body></html>")
    assert feedback.leaks(page, solutions) == [line]  # shown in an output: withheld
    assert feedback.leaks(page, solutions, {line}) == []  # the student's own line: sent


def html_escape(text: str) -> str:
    import html

    return html.escape(text)


def test_report_lists_scores_exercises_and_common_mistakes(course):
    course, *_ = course
    page = (course / "reports/index.html").read_text()
    assert (course / "reports/scores.png").stat().st_size > 1000
    assert (course / "reports/exercises.png").stat().st_size > 1000
    assert "2 students" in page
    # both students left predict_price as the stub: not attempted by 2, and no mistake
    row = '<td>intro.predict_price</td><td class="n">0</td><td class="n">0</td><td class="n">2</td>'
    assert row in page
    mistakes = page.split('id="mistakes"')[1].split("</table>")[0]
    assert "not implemented" not in mistakes and "predict_price" not in mistakes
    assert '<td>sam</td><td class="n">1 / 12</td><td class="n">1 / 12</td>' in page
    assert "<td>sam</td><td>week1</td>" in page or "<td>blank</td><td>week1</td>" in page


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_failed_feedback_or_release_keeps_the_earlier_output(course, tmp_path):
    """A corrupt gradebook: nbgrader fails, and the feedback and the release made before are
    still there, byte for byte."""
    course, *_ = course
    copy = tmp_path / "course"
    shutil.copytree(course, copy)
    feedback_before = _tree(copy / "feedback")
    release_before = _tree(copy / "release/week1")
    assert feedback_before and release_before
    (copy / "gradebook.db").write_bytes(b"this is not a database" * 100)
    _, problems = feedback.generate(copy, "week1")
    assert problems and all("feedback failed, the earlier feedback is kept" in p for p in problems)
    assert _tree(copy / "feedback") == feedback_before
    with pytest.raises(build.ReleaseError, match="release/week1 is kept as it was"):
        build.generate_release("week1", copy)
    assert _tree(copy / "release/week1") == release_before
