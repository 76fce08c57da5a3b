"""Every instructor command on a course it cannot use: one line `nndl CMD: FILE: problem`
on stderr, exit code 2, no traceback, and nothing in the course folder changed.

The failures a new instructor meets first: no course here (an empty --course folder), a
broken nbgrader_config.py, a corrupt or locked gradebook, a week the course does not have,
and collecting from an exchange that was never set up.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from autograder.cli import main
from autograder.pipeline import course as course_mod

ROOT = Path(__file__).resolve().parents[1]
NB = "intro_to_deep_learning.ipynb"


def _commands(archive: Path) -> list[list[str]]:
    return [
        ["release", "week1"],
        ["collect", "week1", "--zip", str(archive)],
        ["collect", "week1"],
        ["grade", "week1"],
        ["feedback", "week1"],
        ["export"],
        ["report", "week1"],
    ]


@pytest.fixture
def course(tmp_path) -> Path:
    course = tmp_path / "course"
    shutil.copytree(ROOT / "source/week1", course / "source/week1")
    shutil.copytree(ROOT / "release/week1", course / "release/week1")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    (course / "submitted/ada/week1").mkdir(parents=True)
    shutil.copy(ROOT / "release/week1" / NB, course / "submitted/ada/week1")
    with sqlite3.connect(course / "gradebook.db") as db:  # any valid SQLite file will do
        db.execute("CREATE TABLE t (x)")
    return course


@pytest.fixture
def archive(tmp_path) -> Path:
    path = tmp_path / "lms.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"smithjane_1_2_{NB}", (ROOT / "release/week1" / NB).read_bytes())
    return path


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _one_line(argv: list[str], folder: Path, capsys) -> str:
    before = _tree(folder)
    assert main([*argv, "--course", str(folder)]) == 2, argv
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert "Traceback" not in captured.err + captured.out
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"nndl {argv[0]}: "), err
    assert _tree(folder) == before, f"{argv}: the course folder changed"
    return err


def test_an_empty_course_folder(tmp_path, archive, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    for argv in _commands(archive):
        err = _one_line(argv, empty, capsys)
        assert f"{empty / 'nbgrader_config.py'}: no nbgrader_config.py here" in err, err


def test_a_broken_config(course, archive, capsys):
    config = course / "nbgrader_config.py"
    config.write_text(config.read_text() + "\nc.Exchange.root = \n")
    for argv in _commands(archive):
        err = _one_line(argv, course, capsys)
        assert f"{config}: cannot be read (SyntaxError" in err, err


def test_a_corrupt_gradebook(course, archive, capsys):
    (course / "gradebook.db").write_bytes(b"this is not a database " * 200)
    for argv in _commands(archive):
        err = _one_line(argv, course, capsys)
        assert f"{course / 'gradebook.db'}: not a readable gradebook" in err, err


def test_a_locked_gradebook(course, archive, capsys, monkeypatch):
    monkeypatch.setattr(course_mod, "LOCK_SECONDS", 0.2)
    holder = sqlite3.connect(course / "gradebook.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # formgrader in the middle of a write, say
    try:
        for argv in _commands(archive):
            err = _one_line(argv, course, capsys)
            assert f"{course / 'gradebook.db'}: the gradebook is locked" in err, err
    finally:
        holder.rollback()
        holder.close()


def test_a_week_the_course_does_not_have(course, archive, capsys):
    for argv in _commands(archive):
        if len(argv) < 2:
            continue
        argv = [argv[0], "week9", *argv[2:]]
        err = _one_line(argv, course, capsys)
        assert "no week 'week9' in this course (weeks: week1)" in err, err


def test_collecting_from_an_exchange_that_does_not_exist(course, tmp_path, capsys):
    config = course / "nbgrader_config.py"
    missing = tmp_path / "no-exchange"
    config.write_text(config.read_text() + f"\nc.Exchange.root = {str(missing)!r}\n")
    err = _one_line(["collect", "week1"], course, capsys)
    assert f"no nbgrader exchange at {missing} (c.Exchange.root)" in err, err


def test_a_release_nbgrader_cannot_compile_is_one_line_and_keeps_the_release(course, capsys):
    """A source notebook nbgrader rejects (a solution block never closed): the earlier
    release stays, byte for byte, and the line points at the whole log."""
    import nbformat

    path = course / "source/week1" / NB
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if "### END SOLUTION" in c.source)
    cell.source = cell.source.replace("### END SOLUTION", "")
    nbformat.write(nb, path)
    release = _tree(course / "release/week1")
    assert main(["release", "week1", "--course", str(course)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert err.startswith(f"nndl release: {course / 'source/week1'}: nbgrader generate_assignment")
    assert f"whole log: {course / 'logs/release-week1.log'}" in err
    assert "RuntimeError: no end solution statement found" in err
    assert _tree(course / "release/week1") == release
