"""`nndl release` and `nndl collect` through nbgrader's exchange, with a student in between.

The course releases Week 1 (with the gate: the source passes every test, the release fails
every graded one) into a local exchange; a student fetches and submits with nbgrader's own
commands (the student id is the Unix user); `nndl collect` brings the submission into
submitted/<user>/week1/.
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.cli import main

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.notebooks


def test_release_fetch_submit_collect(tmp_path, capsys):
    course, exchange, home = tmp_path / "course", tmp_path / "exchange", tmp_path / "student"
    shutil.copytree(ROOT / "source", course / "source")
    config = (ROOT / "nbgrader_config.py").read_text() + f"\nc.Exchange.root = {str(exchange)!r}\n"
    (course / "nbgrader_config.py").write_text(config)
    exchange.mkdir()
    exchange.chmod(0o777)

    assert main(["release", "week1", "--exchange", "--course", str(course)]) == 0
    out = capsys.readouterr().out
    assert "source  intro_to_deep_learning.ipynb: 12/12 tests pass" in out
    assert "release intro_to_deep_learning.ipynb: 12/12 tests fail" in out
    assert "exchange: released" in out
    assert (exchange / "nndl/outbound/week1/intro_to_deep_learning.ipynb").is_file()

    home.mkdir()
    (home / "nbgrader_config.py").write_text(f"c.Exchange.root = {str(exchange)!r}\n")
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    for cmd in (["fetch_assignment", "week1"], ["submit", "week1"]):
        proc = subprocess.run(
            [nbgrader, *cmd, "--course", "nndl"],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]

    assert main(["collect", "week1", "--course", str(course)]) == 0
    user = getpass.getuser()
    assert (course / "submitted" / user / "week1/intro_to_deep_learning.ipynb").is_file()
    assert (course / "submitted" / user / "week1/timestamp.txt").is_file()
