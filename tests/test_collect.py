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
    for folder in ("release/week4", "source/week4"):
        (course / folder).mkdir(parents=True)
        for name in (NB, APP):
            shutil.copy(ROOT / "release/week4" / name, course / folder / name)
    shutil.copy(ROOT / "nbgrader_config.py", course)
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
    allowed = ("release/", "source/", "submitted/", "gradebook.db", "nbgrader_config.py")
    assert all(w.startswith(allowed) for w in written), written
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


def _corrupt(archive: Path, member: str) -> None:
    """Flip a byte of one stored member's data: its CRC no longer matches."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(member)
    data = bytearray(archive.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start] ^= 0xFF
    archive.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Straße", "strasse"),
        ("Müller Jörg", "mullerjorg"),
        ("Иван Петров", "ivanpetrov"),
        ("Ελένη", "eleni"),
        ("Łukasz Øster", "lukaszoster"),
        ("李Ming", "ming-42"),  # a letter without a spelling here: never dropped silently
        ("王小明", "lms42"),
    ],
)
def test_names_are_spelled_in_latin_letters_and_none_is_dropped(name, expected):
    assert collect.student_id(name, "42") == expected


def test_a_renamed_notebook_is_collected_and_a_corrupt_member_is_named(course, tmp_path):
    archive = tmp_path / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:  # stored: one flipped byte breaks the CRC
        zf.writestr(f"leeann_5_1_{NB}", b"first")
        zf.writestr(f"leeann_5_2_{NB.replace('.ipynb', '-1.ipynb')}", b"second, corrupt")
        zf.writestr(f"parkmin_6_3_Copy of {APP}", b"renamed")
        zf.writestr(f"kimbo_7_4_{NB}", b"corrupt, no other")
    _corrupt(archive, f"leeann_5_2_{NB.replace('.ipynb', '-1.ipynb')}")
    _corrupt(archive, f"kimbo_7_4_{NB}")
    got = collect.collect_zip(course, "week4", archive)
    assert got.taken == {"leeann": [NB], "parkmin": [f"Copy of {APP}"]}
    sub = course / "submitted"
    assert (sub / "leeann/week4" / NB).read_bytes() == b"first"  # the readable version
    assert (sub / "parkmin/week4" / f"Copy of {APP}").read_bytes() == b"renamed"
    reasons = "\n".join(got.skipped)
    assert f"leeann_5_2_{NB.replace('.ipynb', '-1.ipynb')}: corrupt in the archive" in reasons
    assert f"kimbo_7_4_{NB}: corrupt in the archive" in reasons


def test_identities_times_and_late_flags_reach_the_gradebook(course, tmp_path):
    from nbgrader.api import Gradebook

    archive = tmp_path / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(zipfile.ZipInfo(f"smithjane_LATE_11_1_{NB}", (2026, 11, 21, 8, 30, 0)), b"a")
        zf.writestr(zipfile.ZipInfo(f"doejohn_12_2_{NB}", (2026, 11, 19, 12, 0, 0)), b"b")
        zf.writestr(
            zipfile.ZipInfo(f"Ada Lovelace_13_assignsubmission_file_/{NB}", (2026, 11, 1, 0, 0, 0)),
            b"c",
        )
    roster = tmp_path / "canvas.csv"
    roster.write_text(
        "Student,ID,SIS User ID,SIS Login ID,Section,Week 4 (99)\n"
        "    Points Possible,,,,,100\n"
        '"Smith, Jane",11,S011,jsmith,Section A,\n'
        '"Doe, John",12,S012,jdoe,Section B,\n'
    )
    config = course / "nbgrader_config.py"
    config.write_text(config.read_text() + '\nc.Deadlines.due = {"week4": "2026-11-20 23:59"}\n')
    got = collect.collect_zip(course, "week4", archive, roster)
    assert sorted(got.taken) == ["adalovelace", "doejohn", "smithjane"]
    assert got.late == {"smithjane": "2026-11-21 08:30:00.000000 UTC"}
    stamp = (course / "submitted/doejohn/week4/timestamp.txt").read_text()
    assert stamp.startswith("2026-11-19 12:00:00")
    assert any("Ada Lovelace (LMS id 13) is not in the roster" in n for n in got.notes)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        jane = gb.find_student("smithjane")
        assert (jane.lms_user_id, jane.first_name, jane.last_name) == ("11", "Jane", "Smith")
        ada = gb.find_student("adalovelace")
        assert (ada.lms_user_id, ada.first_name, ada.last_name) == ("13", "Ada", "Lovelace")
        due = gb.find_assignment("week4").duedate
        assert due.isoformat() == "2026-11-20T23:59:00"
    people = collect.ledger(course)["students"]
    assert people["smithjane"]["sis_login_id"] == "jsmith"
    assert people["doejohn"]["section"] == "Section B"


def test_a_moodle_roster_fills_emails_and_names_two_homonyms_apart(course, tmp_path):
    archive = _zip(
        tmp_path / "m.zip",
        {
            f"Jane Smith_21_assignsubmission_file_/{NB}": b"a",
            f"Jane Smith_22_assignsubmission_file_/{NB}": b"b",
            f"Tomás Ruiz_23_assignsubmission_file_/{NB}": b"c",
        },
    )
    roster = tmp_path / "moodle.csv"
    roster.write_text(
        "First name,Last name,ID number,Email address\n"
        "Jane,Smith,,jane1@example.org\n"
        "Jane,Smith,,jane2@example.org\n"
        "Tomás,Ruiz,T23,tomas@example.org\n",
        encoding="utf-8",
    )
    got = collect.collect_zip(course, "week4", archive, roster)
    assert sorted(got.taken) == ["janesmith", "janesmith-22", "tomasruiz"]
    people = collect.ledger(course)["students"]
    assert people["tomasruiz"]["email"] == "tomas@example.org"
    assert "email" not in people["janesmith"]  # the roster cannot tell the two apart
    assert any("2 people of that name in the roster" in n for n in got.notes)


def test_a_file_that_is_no_roster_is_a_clear_error(course, tmp_path, capsys):
    archive = _zip(tmp_path / "c.zip", {f"smithjane_1_2_{NB}": b"a"})
    bad = tmp_path / "roster.csv"
    bad.write_text("name,score\nx,1\n")
    args = ["collect", "week4", "--zip", str(archive), "--roster", str(bad)]
    assert main([*args, "--course", str(course)]) == 2
    assert "roster.csv: not a Canvas gradebook export" in capsys.readouterr().err
    assert not (course / "submitted/smithjane").exists()  # nothing half-collected
