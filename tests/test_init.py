"""`nndl init DIR`: a course folder from the package, never over an existing one.

Here the template is the repository (an editable install); tests/test_packaging.py makes a
course from a built wheel in a fresh venv and runs the whole instructor flow on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from traitlets.config.loader import PyFileConfigLoader

from autograder import cli
from autograder.instructor import build, init
from autograder.pipeline.course import Course

ROOT = Path(__file__).resolve().parents[1]


def test_init_makes_a_course_with_every_week_its_data_and_its_config(tmp_path):
    course = init.init_course(tmp_path / "mycourse")
    assert Course(course).weeks() == Course(ROOT).weeks() == ["week1", "week2", "week3", "week4"]
    for week in Course(ROOT).weeks():
        for path in (ROOT / "source" / week).rglob("*"):
            if path.is_file():
                copy = course / path.relative_to(ROOT)
                assert copy.read_bytes() == path.read_bytes(), copy
    for rel, content in build.data_files("week4").items():
        assert (course / "source/week4" / rel).read_bytes() == content
    cfg = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    assert Path(cfg.CourseDirectory.root) == course
    readme = (course / "README.md").read_text()
    for command in ("release all", "collect", "grade", "feedback", "export", "report"):
        assert f"nndl {command}" in readme
    assert "submitted/" in (course / ".gitignore").read_text()
    assert not list(tmp_path.glob(".*nndl-init*"))  # the folder it was built in is gone


def test_init_refuses_a_folder_that_is_not_empty_and_leaves_it_as_it_was(tmp_path, capsys):
    target = tmp_path / "course"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    assert cli.main(["init", str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"nndl init: {target}: exists and is not empty; nndl init never overwrites\n"
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    assert (target / "notes.txt").read_text() == "mine"


def test_init_refuses_a_file(tmp_path, capsys):
    (tmp_path / "course").write_text("")
    assert cli.main(["init", str(tmp_path / "course")]) == 2
    assert capsys.readouterr().err.startswith(f"nndl init: {tmp_path / 'course'}: ")


def test_init_fills_an_empty_folder(tmp_path, capsys):
    (tmp_path / "course").mkdir()
    assert cli.main(["init", str(tmp_path / "course")]) == 0
    assert (tmp_path / "course/nbgrader_config.py").is_file()
    assert "nndl release all" in capsys.readouterr().out


def test_version_prints_the_installed_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"nndl {version('nndl-course')}\n"


def test_grading_on_dask_without_dask_says_how_to_install_it(monkeypatch, capsys):
    monkeypatch.setattr(cli, "_has_module", lambda name: name != "distributed")
    assert cli.main(["grade", "week1", "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert capsys.readouterr().err == (
        "nndl grade: --scheduler needs Dask: pip install 'nndl-course[dask]'\n"
    )
