"""`nndl report`: what an instructor reads.

- The counts (fabricated result records, fast): integers; an exercise not attempted (its answer
  cell still raises NotImplementedError) is counted apart and is never a common mistake; weeks
  without results are left out; each student's points out of the points available.
- The page in Debian's chromium (pytest -m browser): a week1 course of three students (blank,
  one right relu, one wrong relu), graded by the trusted grader that `nndl grade` uses (without
  nbgrader's kernel run, so it takes seconds), then `nndl report all`: every figure loads, the
  page is never wider than a 1280 or an 800 pixel window, and the tables say the above.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

from autograder.cli import main
from autograder.instructor import report

ROOT = Path(__file__).resolve().parents[1]
NB = "intro_to_deep_learning.ipynb"


def _record(student, key, score, message, week="week1", attempted=True, max_points=1.0):
    return {
        "student": student,
        "week": week,
        "notebook": "nb",
        "grade_id": f"test_{key}",
        "key": key,
        "score": score,
        "max_points": max_points,
        "check": "passed" if score >= max_points else "raised",
        "message": message,
        "attempted": attempted,
    }


RECORDS = [
    _record("blank", "intro.relu", 0.0, "relu: is not implemented yet (it raised ...)"),
    _record("blank", "week1.q1", 0.0, "q1: None is not the right answer", attempted=False),
    _record("sam", "intro.relu", 1.0, "relu: all 5 hidden trials passed"),
    _record("sam", "week1.q1", 0.0, "q1: 'a' is not the right answer"),
    _record("alex", "intro.relu", 0.0, "relu: values wrong\n  hint: use np.maximum"),
    _record("alex", "week1.q1", 1.0, "q1: correct"),
    _record("alex", "logistic.sigmoid", 0.5, "sigmoid: partial", week="week2", max_points=2.0),
    {"student": "alex", "week": "week1", "notebook": "nb", "flagged": ["line 1: import os"]},
]


def test_counts_are_integers_and_not_attempted_is_no_mistake():
    s = report.summarize(RECORDS, ["week1", "week3"])
    assert s.weeks == ["week1"]  # week3 has no results, week2 was not asked for
    assert s.students == ["alex", "blank", "sam"]
    got = {e.key: (e.full, e.mistake, e.not_attempted) for e in s.exercises}
    assert got == {"intro.relu": (1, 1, 1), "week1.q1": (1, 1, 1)}
    assert sorted(s.mistakes) == [
        (1, "intro.relu", "use np.maximum"),
        (1, "week1.q1", "raised: 'a' is not the right answer"),
    ]
    assert s.counts == {"full": 2, "mistake": 2, "not attempted": 2}
    for e in s.exercises:
        assert all(type(n) is int for n in (e.full, e.mistake, e.not_attempted))
    assert all(type(n) is int for n, _, _ in s.mistakes)


def test_each_student_has_points_out_of_the_points_available_per_week_and_in_total():
    s = report.summarize(RECORDS, ["week1", "week2"])
    assert s.weeks == ["week1", "week2"]
    assert s.max_points == {"week1": 2.0, "week2": 2.0}
    assert s.points == {
        ("blank", "week1"): 0.0,
        ("sam", "week1"): 1.0,
        ("alex", "week1"): 1.0,
        ("alex", "week2"): 0.5,
    }
    assert (s.total("alex"), s.total("sam"), s.total_max()) == (1.5, 1.0, 4.0)
    page = report.render(s, {"scores": "scores.png", "exercises": "exercises.png"}, [], [])
    assert (
        '<td>alex</td><td class="n">1 / 2</td><td class="n">0.5 / 2</td><td class="n">1.5 / 4</td>'
        in page
    )
    assert '<td>sam</td><td class="n">1 / 2</td><td class="n none">&mdash;</td>' in page


def test_the_page_escapes_what_students_wrote():
    records = [
        _record("x", "intro.relu", 0.0, "relu: raised ValueError: <script>alert(1)</script>")
    ]
    page = report.render(
        report.summarize(records, ["week1"]), {"scores": "", "exercises": ""}, [], []
    )
    assert "<script>" not in page and "&lt;script&gt;" in page


# ---- the page in a browser ----------------------------------------------------------------


def _graded(source: nbformat.NotebookNode, release: nbformat.NotebookNode, answers: dict):
    """The notebook as `nndl grade` leaves it in autograded/: the release's answer cells (with
    ``answers``: {grade_id: source} written in), the source's test cells, the trusted verdicts."""
    from autograder.pipeline.nbgrader_plugin import TrustedGrading

    stubs = {c.metadata.get("nbgrader", {}).get("grade_id"): c.source for c in release.cells}
    nb = nbformat.from_dict(json.loads(json.dumps(source)))
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution"):
            cell.source = answers.get(meta["grade_id"], stubs[meta["grade_id"]])
    nb, _ = TrustedGrading().preprocess(nb, {})
    return nb


@pytest.fixture
def course(tmp_path):
    """A course of four weeks with three graded week1 submissions."""
    course = tmp_path / "course"
    for path in (ROOT / "source").glob("*/*.ipynb"):  # the weeks of `all`
        (course / path.parent.relative_to(ROOT)).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, course / path.relative_to(ROOT))
    shutil.copy(ROOT / "nbgrader_config.py", course)
    source = nbformat.read(ROOT / "source/week1" / NB, as_version=4)
    release = nbformat.read(ROOT / "release/week1" / NB, as_version=4)
    relu = next(c.source for c in release.cells if c.source.startswith("def relu("))
    answers = {
        "blank": {},
        "sam": {"relu": relu.replace("raise NotImplementedError()", "a = np.maximum(0.0, z)")},
        "alex": {
            "relu": relu.replace("raise NotImplementedError()", "a = np.maximum(1.0, z)"),
            "q1": 'q1 = "c"',
        },
    }
    for i, (student, written) in enumerate(answers.items()):
        folder = course / "autograded" / student / "week1"
        folder.mkdir(parents=True)
        nbformat.write(_graded(source, release, written), folder / NB)
        ledger = {"seconds": 10.0 + i, "problems": [f"{student}: a problem line"] if i else []}
        (folder / "graded.json").write_text(json.dumps(ledger))
    return course


def _rows(page, table: str) -> list[list[str]]:
    return page.eval_on_selector_all(
        f"#{table} tr", "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))"
    )[1:]


@pytest.mark.browser
def test_the_report_in_chromium_fits_the_window_and_counts_the_blank_as_not_attempted(
    course, tmp_path
):
    from playwright.sync_api import sync_playwright

    from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, SHOTS

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium: apt-get install chromium")
    assert main(["report", "all", "--out", str(tmp_path / "reports"), "--course", str(course)]) == 0
    index = tmp_path / "reports/all/index.html"
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(index.as_uri())
            loaded = page.eval_on_selector_all(
                "img", "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)"
            )
            assert loaded == [True, True]
            for width in (1280, 800, 480):  # 480: a phone, where the CSS must scale
                page.set_viewport_size({"width": width, "height": 900})
                wide = page.evaluate("document.documentElement.scrollWidth")
                assert wide <= page.evaluate("window.innerWidth"), width
                page.screenshot(path=SHOTS / f"report-{width}.png", full_page=True)

            text = page.inner_text("body")
            assert "Results: week1" in text
            assert not any(w in text for w in ("week2", "week3", "week4"))
            exercises = {row[1]: row[2:] for row in _rows(page, "exercises")}
            assert exercises["intro.relu"] == ["1", "1", "1"]  # sam, alex, blank
            assert exercises["intro.predict_price"] == ["0", "0", "3"]
            assert exercises["week1.q1"] == ["1", "0", "2"]
            mistakes = _rows(page, "mistakes")
            assert [row[:2] for row in mistakes] == [["1", "intro.relu"]]  # alex's, only
            assert "not implemented" not in page.inner_text("#mistakes")
            students = {row[0]: row[1:] for row in _rows(page, "students")}
            assert students == {
                "alex": ["1 / 12", "1 / 12"],
                "blank": ["0 / 12", "0 / 12"],
                "sam": ["1 / 12", "1 / 12"],
            }
            assert [row[0] for row in _rows(page, "slowest")] == ["alex", "sam", "blank"]
            assert [row[0] for row in _rows(page, "repaired")] == ["alex", "sam"]
        finally:
            browser.close()
