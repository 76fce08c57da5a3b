"""`nndl grade` stopped by SIGTERM stops everything it started, and its rerun resumes; its
terminal output starts with 0/N and carries no SQLAlchemy warning.

The Week 1 cohort of tests/test_resume.py (five students) is graded by subprocesses
(``test_resume.Grader``: a session of their own, TMPDIR and JUPYTER_RUNTIME_DIR in the test's
folders, an environment marker):

- a reference run, uninterrupted; then ``nndl feedback`` and ``nndl export`` on its course;
- a run sent SIGTERM (to its main process only, as ``kill`` or a service manager does) as
  soon as one submission is saved. It must exit within a few seconds with 143 (128 + 15)
  and print "interrupted: N saved; run again to resume" with N the ledgers on disk; then no
  process it started may be left: no process noted below it during the run (pool workers,
  kernels, trusted-grading children, which run in sessions of their own), none in its
  session (the resource tracker too), none with its marker or working under its TMPDIR, and
  its TMPDIR is empty (its folder, the workers' kernel and trusted-grading folders);
- a rerun, which grades the rest and reports the saved ones unchanged, and ends with the
  gradebook of the reference run (the same scores per cell, the same row counts, no cell
  graded twice).

The TMPDIRs are short folders in /tmp: a worker's kernel folders stay inside the batch's
folder only while that path is short enough for the kernel's Unix sockets.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from autograder.pipeline.grading import STOP_GRACE
from tests import test_resume as resume

pytestmark = pytest.mark.notebooks


@pytest.fixture(scope="module")
def short_dirs() -> Iterator[Callable[[], Path]]:
    made: list[Path] = []

    def make() -> Path:
        made.append(Path(tempfile.mkdtemp(prefix="sig-", dir="/tmp")))
        return made[-1]

    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    return resume.make_course(tmp_path_factory.mktemp("signals") / "base")


@pytest.fixture(scope="module")
def reference(base, short_dirs, tmp_path_factory) -> dict:
    """One uninterrupted run; feedback and export after it."""
    course = tmp_path_factory.mktemp("reference") / "course"
    shutil.copytree(base, course, symlinks=True)
    done = resume.Grader(course, short_dirs(), "reference").finish()
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert resume.statuses(done.stdout) == dict.fromkeys(resume.STUDENTS, "graded")
    others = {
        name: subprocess.run(
            [sys.executable, "-m", "autograder.cli", *argv, "--course", str(course)],
            cwd=resume.ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        for name, argv in (
            ("feedback", ["feedback", resume.WEEK]),
            ("export", ["export", "--out", str(course / "exports")]),
        )
    }
    for name, proc in others.items():
        assert proc.returncode == 0, f"{name}: {proc.stderr[-2000:]}"
    return {"grade": done, **others, "gradebook": resume.gradebook(course)}


def _sqlalchemy_lines(stderr: str) -> list[str]:
    return [
        line for line in stderr.splitlines() if "SAWarning" in line or "sqlalchemy" in line.lower()
    ]


def test_grade_prints_0_of_n_first_and_no_sqlalchemy_warning(reference):
    grade = reference["grade"]
    progress = [line for line in grade.stderr.splitlines() if re.match(r"\[\d+/\d+\]", line)]
    assert progress[0].startswith(f"[0/{resume.N}]"), grade.stderr[-2000:]
    assert progress[-1].startswith(f"[{resume.N}/{resume.N}]")
    for name in ("grade", "feedback", "export"):
        assert not _sqlalchemy_lines(reference[name].stderr), (name, reference[name].stderr)


def _left_behind(grader: resume.Grader) -> list[str]:
    """Processes the grader started that are still alive, described."""
    left = {p for p in grader.seen.values() if resume._alive(p)}
    for p in psutil.process_iter():
        try:
            if p.pid == os.getpid():
                continue
            mine = os.getsid(p.pid) == grader.proc.pid
            if mine or p.environ().get("NNDL_RESUME_TEST") == grader.marker:
                left.add(p)
            elif resume._under(p, grader.tmp):
                left.add(p)
        except (psutil.Error, OSError):
            continue
    return sorted(f"{p.pid} {resume._kind(p)}" for p in left if resume._alive(p))


def test_sigterm_stops_every_process_and_folder_and_the_rerun_resumes(
    base, reference, short_dirs, tmp_path
):
    course = tmp_path / "course"
    shutil.copytree(base, course, symlinks=True)
    root = short_dirs()
    stopped = resume.Grader(course, root, "sigterm")
    try:
        saved_one = stopped.wait_until(lambda: len(resume.ledgers(course)) >= 1, "ledger")
        assert saved_one, f"the batch ended before it could be stopped\n{stopped.log()}"
        stopped._note_descendants()
        sent = time.monotonic()
        stopped.proc.send_signal(signal.SIGTERM)
        code = stopped.proc.wait(timeout=STOP_GRACE + 30)
        seconds = time.monotonic() - sent
        left = _left_behind(stopped)
    finally:
        if stopped.proc.poll() is None or _left_behind(stopped):
            stopped.kill()  # by pid: what a failed stop left running
    saved = resume.ledgers(course)
    print(f"\nstopped {seconds:.1f} s after SIGTERM with {sorted(saved)} saved")
    err = stopped.err.read_text()
    assert code == 128 + signal.SIGTERM, stopped.log()
    assert seconds < STOP_GRACE + 5, stopped.log()
    assert 1 <= len(saved) < resume.N, saved  # it really stopped mid-batch
    assert f"interrupted: {len(saved)} saved; run again to resume" in err, err[-2000:]
    assert not left, left
    assert sorted(p.name for p in stopped.tmp.iterdir()) == []
    assert not _sqlalchemy_lines(err)

    rerun = resume.Grader(course, root, "rerun").finish()
    assert rerun.returncode == 0, rerun.stdout[-2000:] + rerun.stderr[-2000:]
    assert resume.statuses(rerun.stdout) == {
        s: "unchanged" if s in saved else "graded" for s in resume.STUDENTS
    }
    got, expected = resume.gradebook(course), reference["gradebook"]
    assert got["submissions"] == expected["submissions"]
    assert got["counts"] == expected["counts"] and not got["doubled"]
    assert resume.ledgers(course) == set(resume.STUDENTS)
