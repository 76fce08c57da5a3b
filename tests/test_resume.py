"""Resumable batches: `nndl grade` killed with SIGKILL in the middle of a cohort, then run
again, ends with exactly the gradebook of an uninterrupted run.

A Week 1 course with a synthetic cohort of five students (``autograder.demo.cohort``: the
solution, the blank release, an error in an ungraded cell, two with zoo mistakes; the
never-ending cell of s04 is left out, it would cost two minutes per run) is built once and
copied twice:

- the reference copy is graded by one uninterrupted ``nndl grade week1 --workers 2``;
- the resumed copy is graded by
  1. a run killed (SIGKILL to its whole process group) as soon as two submissions have their
     ledger (``autograded/<student>/week1/graded.json``, written after each submission is
     saved): whatever the workers and the writer are doing at that moment;
  2. a second run, killed while the writer saves a submission (its ``autograded/`` folder
     is rebuilt, its ledger not yet written; the grades go in as one transaction, so the
     kill leaves none of them, or all with no ledger), or at worst as soon as one more
     submission is saved;
  3. one ledger deleted by hand: exactly the state of a kill after the gradebook and
     ``autograded/`` were written but before the ledger (too short a moment to hit by
     timing);
  4. a final run without ``--force``, which must complete.

It proves:

- each kill really happened mid-batch (fewer ledgers than students);
- the final run exits 0, reports as ``unchanged`` exactly the submissions whose ledger
  survived (it resumed instead of grading everything again) and grades all the others,
  including the partly saved one;
- the final gradebook equals the reference one: the same submissions, and per student and
  per grade cell the same auto score, manual score, extra credit, max score and
  needs-manual-grade flag, the same automatic comments, late penalty and totals;
- nothing is doubled or lost: the ``grade``, ``comment``, ``submitted_notebook``,
  ``submitted_assignment`` and ``student`` tables have as many rows as the reference's, no
  (notebook, cell) pair is graded twice, and every student has a ledger and a graded
  notebook;
- a killed run leaves its ``nndl-grade-*`` folder in the temporary directory and the next
  runs do not depend on it: the second run starts with the first one's stale folder
  present; the final run starts after that folder was deleted and with the second one's
  still there, and leaves exactly that one behind (its own is removed, the stale one is not
  touched).

The runs are subprocesses with TMPDIR and JUPYTER_RUNTIME_DIR inside the test's folder.
Kernels and trusted-grading children run in sessions of their own, so the kill of the
process group does not reach them: the test ends those the killed run started, by pid
(run with ``-s`` to see where each kill landed and what was left running).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import psutil
import pytest

from autograder.demo import cohort
from autograder.instructor import build
from tests.gradebook_dump import gradebook as dump

ROOT = Path(__file__).resolve().parents[1]
WEEK = "week1"
STUDENTS = ["s01", "s02", "s03", "s05", "s06"]  # s04: see above
N = len(STUDENTS)
NB = "intro_to_deep_learning.ipynb"
RUN_SECONDS = 300  # the limit for one run (a whole batch takes about a minute)

pytestmark = pytest.mark.notebooks


# ------------------------------------------------------------------------------ helpers


class Grader:
    """`nndl grade week1` in a subprocess of its own session, killable mid-batch."""

    def __init__(self, course: Path, root: Path, name: str):
        self.course, self.tmp, self.name = course, root / "tmp", name
        self.tmp.mkdir(exist_ok=True)
        self.marker = uuid.uuid4().hex
        env = dict(os.environ)
        env.update(
            PATH=str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", ""),
            OPENBLAS_NUM_THREADS="1",
            OMP_NUM_THREADS="1",
            TMPDIR=str(self.tmp),
            JUPYTER_RUNTIME_DIR=str(root / "runtime"),
            NNDL_RESUME_TEST=self.marker,
        )
        self.out = root / f"{name}.out"
        self.err = root / f"{name}.err"
        cmd = [sys.executable, "-m", "autograder.cli", "grade", WEEK, "--workers", "2"]
        with open(self.out, "w") as out, open(self.err, "w") as err:
            self.proc = subprocess.Popen(
                [*cmd, "--course", str(course)],
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        self.started = time.monotonic()
        self.seen: dict[int, psutil.Process] = {}

    def _note_descendants(self) -> None:
        try:
            kids = psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.Error:
            return
        for p in kids:
            self.seen.setdefault(p.pid, p)

    def wait_until(self, condition, what: str, deadline: float = RUN_SECONDS) -> bool:
        """Poll ``condition()`` every 10 ms; False if the grader exited first."""
        last_scan = 0.0
        while time.monotonic() - self.started < deadline:
            if condition():
                return True
            if self.proc.poll() is not None:
                return False
            if time.monotonic() - last_scan > 0.25:
                self._note_descendants()
                last_scan = time.monotonic()
            time.sleep(0.01)
        self.kill()
        pytest.fail(f"{self.name}: no {what} within {deadline} s\n{self.log()}")

    def kill(self) -> None:
        """SIGKILL the process group, then whatever it started in other sessions."""
        self._note_descendants()
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=30)
        alive = [p for p in self.seen.values() if _alive(p)]
        self.survivors = sorted(_kind(p) for p in alive)
        strays = set(alive)
        for p in psutil.process_iter():
            try:
                if p.environ().get("NNDL_RESUME_TEST") == self.marker or _under(p, self.tmp):
                    strays.add(p)
            except psutil.Error:
                continue
        for p in strays:
            try:
                p.kill()  # by pid: kernels and sandboxes this run started
            except psutil.Error:
                pass
        psutil.wait_procs(list(strays), timeout=30)

    def finish(self) -> subprocess.CompletedProcess:
        try:
            code = self.proc.wait(timeout=RUN_SECONDS - (time.monotonic() - self.started))
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"{self.name}: did not finish within {RUN_SECONDS} s\n{self.log()}")
        return subprocess.CompletedProcess(
            self.proc.args, code, self.out.read_text(), self.err.read_text()
        )

    def log(self) -> str:
        return (self.out.read_text() + self.err.read_text())[-3000:]


def _alive(p: psutil.Process) -> bool:
    try:
        return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _kind(p: psutil.Process) -> str:
    try:
        line = " ".join(p.cmdline())
    except psutil.Error:
        return "?"
    return next((k for k in ("sandbox", "ipykernel", "multiprocessing") if k in line), line[-40:])


def _under(p: psutil.Process, folder: Path) -> bool:
    try:
        return Path(p.cwd()).is_relative_to(folder)
    except (psutil.Error, OSError):
        return False


def ledgers(course: Path) -> set[str]:
    return {p.parent.parent.name for p in (course / "autograded").glob(f"*/{WEEK}/graded.json")}


def saving(course: Path, since: float) -> set[str]:
    """Students whose autograded/ folder was (re)made after ``since`` and has no ledger yet:
    the writer is saving them."""
    out = set()
    for folder in (course / "autograded").glob(f"*/{WEEK}"):
        try:
            fresh = folder.stat().st_ctime > since
        except OSError:
            continue
        if fresh and not (folder / "graded.json").exists():
            out.add(folder.parent.name)
    return out


def stale_dirs(root: Path) -> set[str]:
    return {p.name for p in (root / "tmp").glob("nndl-grade-*")}


def statuses(stdout: str) -> dict[str, str]:
    """{student: status} from the table `nndl grade` prints."""
    out = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[1] == WEEK:
            out[parts[0]] = parts[2]
    return out


def scored(course: Path, student: str) -> tuple[int, int]:
    """(grade cells with an automatic score, grade cells) of a student in the gradebook."""
    db = sqlite3.connect(f"file:{course / 'gradebook.db'}?mode=ro", uri=True, timeout=1)
    try:
        return db.execute(
            "SELECT count(g.auto_score), count(*) FROM grade g"
            " JOIN submitted_notebook n ON g.notebook_id = n.id"
            " JOIN submitted_assignment a ON n.assignment_id = a.id WHERE a.student_id = ?",
            (student,),
        ).fetchone()
    finally:
        db.close()


def scored_cells(course: Path, student: str) -> str:
    """For the log; read-only, so that a hot journal is left for the next run to handle."""
    try:
        done, total = scored(course, student)
    except sqlite3.Error as exc:  # a hot journal: only a writer may roll it back
        return f"{student} (gradebook not readable read-only: {exc})"
    return f"{student} ({done} of {total} grade cells scored, no ledger)"


def gradebook(course: Path) -> dict:
    return dump(course, [WEEK])


# --------------------------------------------------------------------------------- test


def make_course(course: Path) -> Path:
    """A Week 1 course at ``course`` with the cohort of the module docstring."""
    shutil.copytree(ROOT / "source", course / "source")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    build.generate_release(WEEK, course)
    cohort.make_cohort(course, WEEK, course / "submitted", n=6)
    shutil.rmtree(course / "submitted" / "s04")
    assert sorted(p.name for p in (course / "submitted").iterdir()) == STUDENTS
    return course


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    return make_course(tmp_path_factory.mktemp("resume") / "base")


@pytest.fixture
def graders():
    """Starts graders; kills any still running when the test ends (a failed assertion)."""
    started: list[Grader] = []

    def start(course: Path, root: Path, name: str) -> Grader:
        started.append(Grader(course, root, name))
        return started[-1]

    yield start
    for g in started:
        if g.proc.poll() is None:
            g.kill()


def test_a_killed_batch_resumes_to_the_uninterrupted_gradebook(base, graders, tmp_path):
    students = set(STUDENTS)
    ref_root, res_root = tmp_path / "reference", tmp_path / "resumed"
    ref, res = ref_root / "course", res_root / "course"
    shutil.copytree(base, ref, symlinks=True)
    shutil.copytree(base, res, symlinks=True)

    # the reference: one uninterrupted run
    t0 = time.monotonic()
    done = graders(ref, ref_root, "reference").finish()
    t_ref = time.monotonic() - t0
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert statuses(done.stdout) == dict.fromkeys(students, "graded")
    expected = gradebook(ref)
    assert (
        set(expected["submissions"]) == {f"{s}/{WEEK}" for s in students}
        and not expected["doubled"]
    )
    assert not stale_dirs(ref_root)

    # kill 1: as soon as two submissions are saved, whatever the grader is doing then
    first = graders(res, res_root, "kill1")
    assert first.wait_until(lambda: len(ledgers(res)) >= 2, "second ledger"), first.log()
    first.kill()
    after_first = ledgers(res)
    assert 2 <= len(after_first) < N, after_first
    stale_first = stale_dirs(res_root)
    assert len(stale_first) == 1  # left behind by the killed run

    # kill 2: while the writer saves a submission (its autograded/ folder rebuilt, no ledger
    # yet), or at worst as soon as one more submission is saved
    since = time.time()
    second = graders(res, res_root, "kill2")
    hit = second.wait_until(
        lambda: bool(saving(res, since)) or len(ledgers(res)) > len(after_first), "saving"
    )
    assert hit, f"the second run finished before it could be killed\n{second.log()}"
    second.kill()
    in_writer = {s for s in saving(res, since) if s not in ledgers(res)}
    after_second = ledgers(res)
    assert after_first <= after_second and len(after_second) < N, after_second
    assert len(stale_dirs(res_root)) == 2
    print(
        f"\nkill 1 after {sorted(after_first)} were saved; kill 2 "
        + (
            "while saving " + ", ".join(scored_cells(res, s) for s in sorted(in_writer))
            if in_writer
            else "after a ledger"
        )
        + f". Left outside the process group: {first.survivors} and {second.survivors}."
        + f" Hot journal: {(res / 'gradebook.db-journal').exists()}."
    )

    # a kill between the gradebook and the ledger: the grades are in, the ledger is not
    lost_ledger = sorted(after_second)[0]
    (res / "autograded" / lost_ledger / WEEK / "graded.json").unlink()
    kept = after_second - {lost_ledger}

    # the first killed run's folder goes (nothing may refer to it), the second's stays
    for name in stale_first:
        shutil.rmtree(res_root / "tmp" / name)
    stale_second = stale_dirs(res_root)

    t1 = time.monotonic()
    final = graders(res, res_root, "final").finish()
    print(
        f"reference {t_ref:.0f} s, the killed runs {t1 - t0 - t_ref:.0f} s, the final run "
        f"{time.monotonic() - t1:.0f} s"
    )
    assert final.returncode == 0, final.stdout[-2000:] + final.stderr[-2000:]
    got_status = statuses(final.stdout)
    assert got_status == {s: "unchanged" if s in kept else "graded" for s in students}
    assert f"{N - len(kept)} graded, {len(kept)} unchanged, 0 failed" in final.stdout
    assert stale_dirs(res_root) == stale_second

    got = gradebook(res)
    assert got["submissions"] == expected["submissions"]
    assert got["counts"] == expected["counts"] and not got["doubled"]
    assert ledgers(res) == students
    for s in students:
        assert (res / "autograded" / s / WEEK / NB).is_file()
