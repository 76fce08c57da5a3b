"""A class from an LMS, tried as a new instructor would: a Canvas download with homonyms,
accents, a non-Latin name, a late submission, a resubmission, a renamed notebook and a
corrupt member goes through collect, grade and export, and the files Canvas and Moodle
import come out by their documented rules.

Week 1 (one notebook, automatic and manual points) keeps it short: it is released once,
the solution stands for a correct student and the release for a blank one.
"""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

import pytest

from autograder.cli import main
from autograder.instructor import build
from tests.test_collect import _corrupt

ROOT = Path(__file__).resolve().parents[1]
NB = "intro_to_deep_learning.ipynb"
ON_TIME, LATE = (2026, 11, 20, 10, 0, 0), (2026, 11, 22, 9, 0, 0)

pytestmark = pytest.mark.notebooks


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The course after collect and grade; (course, collect's output)."""
    tmp = tmp_path_factory.mktemp("lms")
    course = tmp / "course"
    shutil.copytree(ROOT / "source/week1", course / "source/week1")
    config = (ROOT / "nbgrader_config.py").read_text()
    config += '\nc.Deadlines.due = {"week1": "2026-11-21 23:59 +00:00"}\n'
    (course / "nbgrader_config.py").write_text(config)
    build.generate_release("week1", course)
    solved = (ROOT / "source/week1" / NB).read_bytes()
    blank = (course / "release/week1" / NB).read_bytes()
    archive = tmp / "submissions.zip"
    members = [
        (f"smithjane_101_1_{NB}", ON_TIME, solved),
        (f"smithjane_102_2_{NB}", ON_TIME, blank),  # another Jane Smith
        (f"josépérez_103_3_{NB}", ON_TIME, solved),
        (f"王小明_LATE_104_4_{NB}", LATE, solved),
        (f"doejohn_105_5_{NB}", ON_TIME, blank),
        (f"doejohn_105_6_{NB.replace('.ipynb', '-1.ipynb')}", ON_TIME, solved),  # resubmitted
        (f"иванова_106_7_Copy of {NB}", ON_TIME, solved),
        (f"leeann_107_8_{NB}", ON_TIME, solved),
    ]
    with zipfile.ZipFile(archive, "w") as zf:
        for name, when, data in members:
            zf.writestr(zipfile.ZipInfo(name, when), data)
    _corrupt(archive, f"leeann_107_8_{NB}")
    return course, archive


@pytest.fixture(scope="module")
def collected(graded):
    course, archive = graded
    import io
    from contextlib import redirect_stdout

    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["collect", "week1", "--zip", str(archive), "--course", str(course)]) == 0
    with redirect_stdout(io.StringIO()):
        assert main(["grade", "week1", "--course", str(course), "--workers", "2"]) == 0
    return course, out.getvalue()


def _rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_person_is_collected_once_and_the_corrupt_member_is_named(collected):
    course, out = collected
    students = sorted(p.name for p in (course / "submitted").iterdir() if p.is_dir())
    assert students == ["doejohn", "ivanova", "joseperez", "lms104", "smithjane", "smithjane-102"]
    assert f"SKIPPED leeann_107_8_{NB}: corrupt in the archive" in out
    assert "lms104: intro_to_deep_learning.ipynb (LATE: 2026-11-22 09:00:00" in out
    assert (course / "submitted/ivanova/week1" / f"Copy of {NB}").is_file()
    assert (course / "submitted/doejohn/week1" / NB).read_bytes() == (
        ROOT / "source/week1" / NB
    ).read_bytes()  # the resubmission


def _auto(course: Path) -> dict[str, tuple[float, float, float]]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        return {
            s.student.id: (s.score, s.late_submission_penalty, s.max_score)
            for s in gb.find_assignment("week1").submissions
        }


def test_the_late_one_is_penalized_per_the_due_date_and_nobody_else(collected):
    course, _ = collected
    got = _auto(course)
    full = got["smithjane"][0]
    assert full > 0 and got["smithjane"][1] == 0
    for sid in ("joseperez", "doejohn", "ivanova"):  # correct, on time (renamed, resubmitted)
        assert got[sid] == (full, 0.0, got["smithjane"][2]), sid
    assert got["lms104"][0] == full and got["lms104"][1] == full  # "zero": all of it taken
    assert got["smithjane-102"][0] == 0


def test_feedback_is_packed_for_canvas_upload_named_after_each_submission(collected, capsys):
    from autograder.instructor.collect import CANVAS

    course, _ = collected
    assert main(["feedback", "week1", "--lms", "canvas", "--course", str(course)]) == 0
    assert "feedback_lms/week1-canvas.zip" in capsys.readouterr().out
    with zipfile.ZipFile(course / "feedback_lms/week1-canvas.zip") as zf:
        names = sorted(zf.namelist())
        page = zf.read(f"smithjane_101_1_{NB.replace('.ipynb', '-feedback.html')}")
    uids = sorted(CANVAS.match(n)["uid"] for n in names)  # Canvas matches by user id
    assert uids == ["101", "102", "103", "104", "105", "106"]
    assert f"王小明_LATE_104_4_{NB.replace('.ipynb', '-feedback.html')}" in names
    assert b"relu" in page


def test_manual_points_are_pending_until_graded_then_canvas_and_moodle_files_import(
    collected, capsys
):
    from nbgrader.api import Gradebook

    course, _ = collected
    assert main(["export", "--course", str(course)]) == 0
    rows = {r["student"]: r for r in _rows(course / "exports/grades.csv")}
    auto = _auto(course)["smithjane"][0]
    # written answers not graded yet; a blank one needs no grading (nbgrader: unchanged, 0)
    assert {s: r["pending"] for s, r in rows.items() if r["pending"]} == dict.fromkeys(
        ["doejohn", "ivanova", "joseperez", "lms104", "smithjane"], "week1"
    )
    assert float(rows["smithjane"]["week1"]) == auto  # the points so far
    assert float(rows["smithjane-102"]["week1"]) == 0
    # the instructor grades the written answers in formgrader, José Pérez's still to do
    manual = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for sub in gb.find_assignment("week1").submissions:
            if sub.student.id == "joseperez":
                continue
            for grade in (g for nb in sub.notebooks for g in nb.grades):
                if grade.needs_manual_grade:
                    grade.manual_score = grade.max_score
                    grade.needs_manual_grade = False  # as formgrader does
                    manual[sub.student.id] = manual.get(sub.student.id, 0) + grade.max_score
        gb.db.commit()
    assert manual["smithjane"] > 0
    manual = manual["smithjane"]
    for lms in ("canvas", "moodle"):
        assert main(["export", "--lms", lms, "--course", str(course)]) == 0
    rows = {r["student"]: r for r in _rows(course / "exports/grades.csv")}
    assert float(rows["smithjane"]["week1"]) == auto + manual
    assert float(rows["lms104"]["week1"]) == manual  # the penalty took the automatic points
    assert rows["joseperez"]["pending"] == "week1" and rows["smithjane"]["pending"] == ""
    assert float(rows["smithjane-102"]["week1"]) == 0

    # Canvas: the identity columns, one column per assignment, a Points Possible row
    with (course / "exports/canvas_grades.csv").open(newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "week1"]
    assert table[1][0] == "Points Possible" and float(table[1][5]) > 0
    by_id = {r[1]: r for r in table[2:]}
    assert sorted(by_id) == ["101", "102", "103", "104", "105", "106"]  # the LMS ids
    assert all(r[1].isdigit() for r in table[2:])
    assert float(by_id["101"][5]) == auto + manual
    assert by_id["103"][5] == ""  # pending: an empty cell leaves Canvas' grade unchanged
    assert float(by_id["102"][5]) == 0
    assert by_id["104"][0] == "王小明"
    for r in table[2:]:
        assert r[5] == "" or 0 <= float(r[5]) <= float(table[1][5])

    assert "not in moodle's download" in capsys.readouterr().out  # nobody came from Moodle

    # Moodle: two students hand in through Moodle (folders per student), with a roster
    archive = course.parent / "moodle.zip"
    solved = (ROOT / "source/week1" / NB).read_bytes()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"Tomás Ruiz_201_assignsubmission_file_/{NB}", solved)
        zf.writestr(f"Ana Lima_202_assignsubmission_file_/{NB}", solved)
    roster = course.parent / "participants.csv"
    roster.write_text(
        "First name,Last name,ID number,Email address\n"
        "Tomás,Ruiz,T201,tomas@example.org\nAna,Lima,,ana@example.org\n",
        encoding="utf-8",
    )
    zipped = ["collect", "week1", "--zip", str(archive), "--roster", str(roster)]
    assert main([*zipped, "--course", str(course)]) == 0
    assert main(["grade", "week1", "--course", str(course)]) == 0
    assert main(["export", "--lms", "moodle", "--course", str(course)]) == 0
    moodle = _rows(course / "exports/moodle_grades.csv")
    heads = ["First name", "Last name", "Email address", "ID number", "User ID", "week1"]
    assert list(moodle[0]) == heads
    assert {r["User ID"]: r["Email address"] for r in moodle} == {
        "201": "tomas@example.org",
        "202": "ana@example.org",
    }
    assert [r["First name"] for r in moodle] == ["Ana", "Tomás"]
    assert {r["week1"] for r in moodle} == {""}  # written answers still to grade: no grade
    assert main(["feedback", "week1", "--lms", "moodle", "--course", str(course)]) == 0
    with zipfile.ZipFile(course / "feedback_lms/week1-moodle.zip") as zf:
        assert sorted(zf.namelist()) == [  # Moodle matches by the participant id of the folder
            f"Ana Lima_202_assignsubmission_file_/{NB.replace('.ipynb', '-feedback.html')}",
            f"Tomás Ruiz_201_assignsubmission_file_/{NB.replace('.ipynb', '-feedback.html')}",
        ]
