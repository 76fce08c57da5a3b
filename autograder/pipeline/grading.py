"""Grade a cohort in parallel with nbgrader, one writer to the gradebook.

Each (student, week) submission is autograded by real nbgrader (the course's config: trusted
grading, resilient execution, the grading profile) in its own working copy of the course: a
temporary folder whose ``source/`` and ``submitted/`` point at the real ones and whose
gradebook is a snapshot. By default no cell of the notebook runs (kernel-free:
``ResilientExecute.run_cells = False``; the scores come from trusted grading alone, which
rebuilds each graded function from the cells' sources); ``kernel=True`` (``nndl grade
--kernel``) runs them in a Jupyter kernel first, as plain ``nbgrader autograde`` does, with
the same scores. Those runs are independent, so they go to a pool of worker processes (one
per core by default). The real SQLite gradebook is written by this process only
(:class:`Writer`): for each finished submission, the worker's graded notebooks are recorded
through nbgrader's Gradebook API with nbgrader's own ``SaveAutoGrades`` and
``AssignLatePenalties`` steps, in one transaction, so scores, late penalties and the
``autograded/`` folder are what ``nbgrader autograde`` would write, and SQLite never sees
two writers. With a database server (``CourseDirectory.db_url``), each worker's nbgrader
saves its own grades.

A submission is graded again only when its files (or the week's source) changed since the
last grading, unless ``force``. A submission whose grading fails is graded once more in a
fresh copy; a second failure is reported and never stops the batch.

SIGINT (Ctrl+C) and SIGTERM stop a batch the same way (:class:`Interrupted`): the submission
being saved is saved whole, the workers are stopped (each stops its kernel, its sandboxed
children and removes its folders; what is still alive after a grace period is killed by
pid), the temporary folder goes, and a rerun resumes after the saved submissions.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager, suppress
from dataclasses import asdict, dataclass, field
from multiprocessing import forkserver, get_context
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import FrameType
from typing import Any

from autograder.pipeline import rematch
from autograder.pipeline.course import (
    Course,
    ensure_path_env,
    is_sqlite,
    quiet_nbgrader_warnings,
    without_iri_grammar,
)
from autograder.pipeline.notebook import read as read_notebook

LEDGER = "graded.json"  # in autograded/<student>/<week>/: the fingerprint it was graded from


@dataclass
class Outcome:
    student: str
    week: str
    status: str  # "graded", "unchanged", "failed"
    seconds: float = 0.0
    score: float | None = None
    max_score: float | None = None
    message: str = ""
    # seconds per stage of its grading (rematch, nbgrader, trusted child start, trials,
    # judging, save), for benchmarks/grading.py
    stages: dict[str, float] = field(default_factory=dict)


Progress = Callable[[int, int, "Outcome | None"], None]  # (done, total, the last outcome)
Todo = tuple[str, str, str]  # (student, week, fingerprint) of a submission to grade
Task = tuple[int, str, str, str, str]  # (number, student, week, fingerprint, first failure)


# ------------------------------------------------------------------------ discovery


def submissions(
    course: Path, weeks: list[str], students: list[str] | None = None
) -> list[tuple[str, str]]:
    """(student, week) pairs found in submitted/, sorted."""
    found: list[tuple[str, str]] = []
    root = course / "submitted"
    if not root.is_dir():
        return found
    for student_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if students and student_dir.name not in students:
            continue
        for week in weeks:
            if (student_dir / week).is_dir():
                found.append((student_dir.name, week))
    return found


def _notebooks(course: Path, week: str) -> int:
    """How many notebooks a week has: the grading cost estimate that orders the work, so a
    two-notebook week does not start last and leave the other workers idle at the end."""
    return len(list((course / "release" / week).glob("*.ipynb")))


def fingerprint(
    course: Path,
    student: str,
    week: str,
    kernel: bool = False,
    digests: dict[tuple, bytes] | None = None,
) -> str:
    """A hash of the submission's files, the week's source notebooks, the config and the
    mode (a submission graded without the kernel is graded again with ``kernel``).

    ``digests``: the files' hashes already computed in this batch, by path and status (the
    week's source folder, datasets included, is the same for every student): read again
    only if a file changed."""
    digests = {} if digests is None else digests
    h = hashlib.sha256(b"kernel:" if kernel else b"")
    folders = [course / "submitted" / student / week, course / "source" / week]
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if ".ipynb_checkpoints" in path.parts:
                continue
            h.update(str(path.relative_to(folder)).encode())
            info = path.lstat()  # links, fifos and huge files: never followed or read
            if stat.S_ISLNK(info.st_mode):
                h.update(b"link:" + os.readlink(path).encode())
            elif not stat.S_ISREG(info.st_mode) or info.st_size > rematch.MAX_FILE_BYTES:
                h.update(f"{info.st_mode}:{info.st_size}:{info.st_mtime_ns}".encode())
            else:
                key = (str(path), info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
                if key not in digests:
                    digests[key] = hashlib.sha256(path.read_bytes()).digest()
                h.update(digests[key])
    h.update((course / "nbgrader_config.py").read_bytes())
    return h.hexdigest()


def _ledger(course: Path, student: str, week: str) -> Path:
    return course / "autograded" / student / week / LEDGER


def is_current(course: Path, student: str, week: str, print_: str) -> bool:
    path = _ledger(course, student, week)
    try:
        return json.loads(path.read_text()).get("fingerprint") == print_
    except (OSError, ValueError):
        return False


# -------------------------------------------------------------------------- workers


def grade_in_copy(
    course: str, student: str, week: str, workdir: str, kernel: bool = False, snapshot: str = ""
) -> dict:
    """Worker: nbgrader autograde of one submission in a private copy of the course.

    ``kernel``: run the notebook's cells in a Jupyter kernel first, as plain ``nbgrader
    autograde`` does; without it no cell runs (``ResilientExecute.run_cells = False``), and
    the scores, which come from trusted grading alone, are the same.

    ``snapshot``: with a SQLite gradebook, the URL of the batch's snapshot of it
    (:func:`batch_snapshot`), which the worker reads and never writes; without it, the
    worker snapshots the gradebook for this submission alone.

    Returns {"ok", "seconds", "graded" (the folder with the graded notebooks), "log"}.
    """
    without_iri_grammar()  # a Dask worker's too
    from nbgrader.apps import NbGraderAPI

    from autograder.pipeline.nbgrader_plugin import course_files

    ensure_path_env()
    quiet_nbgrader_warnings()  # a Dask worker's task too, not only the local pool's workers
    from autograder.pipeline import trusted

    begun = time.monotonic()
    course_p, work = Path(course), Path(workdir)
    work.mkdir(parents=True, exist_ok=True)
    (work / "source").symlink_to(course_p / "source", target_is_directory=True)
    mine, shown = work / "submitted" / student / week, f"submitted/{student}/{week}"
    release = course_p / "release" / week
    shutil.copy(course_p / "nbgrader_config.py", work / "nbgrader_config.py")
    work_course = Course(work)  # the course's config, rooted in the working copy
    # read once per submission
    config = work_course.config(**({} if kernel else {"ResilientExecute.run_cells": False}))
    caps = rematch.SubmissionLimits(config=config)
    problems = rematch.copy_submission(
        course_p / "submitted" / student / week,
        mine,
        shown,
        caps.max_file_bytes,
        caps.max_total_bytes,
        # the course's own files (a week's 3 MiB of datasets): autograde puts them in place
        replaced=set(course_files(config, str(course_p / "source" / week), week)),
    )
    problems += rematch.prepare(mine, release, shown)
    _worker_chains(config)
    shared = not is_sqlite(work_course.gradebook_url(config))
    if not shared and snapshot:  # SQLite: the batch's snapshot; the writer saves to the real file
        from autograder.pipeline import nbgrader_plugin

        config.CourseDirectory.db_url = snapshot
        nbgrader_plugin.read_snapshot(snapshot)
    elif not shared:
        snapshot_gradebook(course_p / "gradebook.db", work / "gradebook.db")
    if not shared:
        _without_saving(config)  # what the worker would save to the snapshot: thrown away
    started = time.monotonic()
    before = dict(trusted.TIMES)
    api = NbGraderAPI(config=config)
    if shared:
        result = api.autograde(week, student, force=True, create=True)
    else:  # NbGraderAPI.autograde with the converter of a worker that does not save
        from nbgrader.utils import capture_log, temp_attrs

        from autograder.pipeline.nbgrader_plugin import AutogradeUnsaved

        with temp_attrs(api.coursedir, assignment_id=week, student_id=student):
            app = AutogradeUnsaved(coursedir=api.coursedir, parent=api)
            app.force, app.create_student = True, True
            result = capture_log(app)
    graded = work / "autograded" / student / week
    ok = bool(result.get("success")) and graded.is_dir()
    if ok:
        problems += flagged(graded, shown)
    spent = {k: v - before[k] for k, v in trusted.TIMES.items()}
    stages = {
        "rematch": started - begun,  # the copy, the repairs, the gradebook snapshot
        "nbgrader": time.monotonic() - started - sum(spent.values()),  # the rest of autograde
        **spent,
    }
    return {
        "stages": stages,
        "ok": ok,
        "seconds": time.monotonic() - started,
        "graded": str(graded),
        "saved": shared,  # a database server: nbgrader has saved the grades already
        "log": "" if ok else str(result.get("log") or result.get("error") or "")[-3000:],
        "problems": problems,
    }


def _chain(config: Any, name: str) -> list:
    from nbgrader.converters import Autograde

    section = config.Autograde
    return list(section[name] if name in section else Autograde.class_traits()[name].default())


def _worker_chains(config: Any) -> None:
    """nbgrader's ``CheckCellMetadata``, ``OverwriteCells`` and ``OverwriteKernelspec`` in
    the passes of a worker's autograde become ``nbgrader_plugin``'s: the same checks, the
    metadata schema compiled once and the source cells read from the gradebook once per
    notebook (once per batch from the batch's snapshot). And nbconvert
    validates each pass's notebook once, after its last preprocessor, instead of after every
    one (``optimistic_validation``: the same check of what is written)."""
    from nbgrader import preprocessors as stock

    from autograder.pipeline import nbgrader_plugin

    config.NotebookExporter.optimistic_validation = True
    names = ("CheckCellMetadata", "OverwriteCells", "OverwriteKernelspec")
    swap = {name: getattr(nbgrader_plugin, name) for name in names}

    def ours(pp: Any) -> Any:
        for name, mine in swap.items():
            if pp is getattr(stock, name) or pp == f"nbgrader.preprocessors.{name}":
                return mine
        return pp

    for name in ("sanitize_preprocessors", "autograde_preprocessors"):
        config.Autograde[name] = [ours(pp) for pp in _chain(config, name)]


def _without_saving(config: Any) -> None:
    """Drop ``SaveAutoGrades`` and ``AssignLatePenalties`` from a worker's autograde: with a
    SQLite gradebook the worker grades against a snapshot, and the writer saves the grades
    from the graded notebooks (the outputs those two only read)."""
    dropped = ("SaveAutoGrades", "AssignLatePenalties")
    config.Autograde.autograde_preprocessors = [
        pp
        for pp in _chain(config, "autograde_preprocessors")
        if str(getattr(pp, "__name__", pp)).rsplit(".", 1)[-1] not in dropped
    ]


def write_private(path: Path, text: str) -> None:
    """Write a file of the grader's own (a ledger), never through a link: a symbolic link
    at that path (whoever made it) is replaced, not followed, and the new content is swapped
    in whole (written beside it, then renamed)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.replace(tmp, path)  # rename() replaces a link itself, never its target


def flagged(graded: Path, shown: str) -> list[str]:
    """Problem lines for the code that trusted grading's static scan flagged (lines that
    reach for the grader's internals): reported to the instructor, never scored."""
    lines = []
    for path in sorted(graded.glob("*.ipynb")):
        try:
            notes = read_notebook(path).metadata.get("nndl", {}).get("suspicious")
        except Exception:  # noqa: BLE001 (a graded notebook nbgrader wrote: never unreadable)
            continue
        for note in (notes or [])[:10]:
            lines.append(f"{shown}/{path.name}: flagged: {str(note)[:200]}")
    return lines


def batch_snapshot(course: Path, folder: Path, course_id: str = "") -> str:
    """The URL of a snapshot of the course's SQLite gradebook in ``folder``, for a batch's
    workers: made once, before the first worker starts, and read by all of them (they need
    the assignments' cells only, which the batch does not change; the writer saves the
    grades to the real file). Its course rows are made here, so that no worker writes."""
    from nbgrader.api import Gradebook

    path = folder / "gradebook.db"
    snapshot_gradebook(course / "gradebook.db", path)
    url = f"sqlite:///{path}"
    for name in {"default_course", course_id}:  # nbgrader's default, and the config's
        Gradebook(url, name).close()
    return url


def snapshot_gradebook(db: Path, dest: Path) -> None:
    """A consistent copy of the gradebook. SQLite's backup API reads under a shared lock, so
    never half of a commit the writer is making, and first rolls back what a killed writer
    left in a hot journal (``gradebook.db-journal``); copying the file alone would take that
    half-written transaction into the copy, without the journal that undoes it."""
    with closing(sqlite3.connect(db, timeout=60)) as src, closing(sqlite3.connect(dest)) as out:
        src.backup(out)


class Writer:
    """The one writer of a SQLite gradebook: records a worker's graded notebooks in the real
    gradebook and ``autograded/``, as ``nbgrader autograde`` with only ``SaveAutoGrades`` and
    ``AssignLatePenalties`` would (the same rows: ``tests/test_writer.py`` compares), without
    starting nbgrader's converter for each submission: one gradebook session for the whole
    batch, nbgrader's own preprocessors applied cell by cell, and one commit per submission,
    so that a writer killed mid-save leaves none of that submission's grades behind.

    The steps are nbgrader's (``Autograde.init_assignment``, ``SaveAutoGrades``,
    ``AssignLatePenalties``): the student is created if new; the submission's timestamp is
    read from the graded folder's ``timestamp.txt``; a notebook of the assignment missing
    from the folder scores 0; each notebook's grade cells get their automatic score (and
    need manual grading if a manual score exists or none could be found), its answer and
    task cells their automatic comment, then the late penalty of
    ``LateSubmissionPlugin.penalty_method`` (the due dates: ``c.Deadlines.due``, in the
    gradebook already)."""

    def __init__(self, course: Path, url: str) -> None:
        from nbgrader.api import Gradebook
        from nbgrader.coursedir import CourseDirectory
        from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades

        ensure_path_env()
        config = Course(course).config()
        self.course = course
        self.coursedir = CourseDirectory(config=config)
        self.gb = Gradebook(url, self.coursedir.course_id)
        self.autograde = SaveAutoGrades(config=config)
        self.late = AssignLatePenalties(config=config)
        self.late.init_plugin()

    def close(self) -> None:
        self.gb.close()

    def save(self, student: str, week: str, graded: Path) -> tuple[bool, str]:
        """Record ``graded`` (a worker's ``autograded/<student>/<week>``); (ok, log)."""
        ok, log = _take_graded(self.course, student, week, graded)
        if not ok:
            return ok, log
        db = self.gb.db
        try:
            db.commit = db.flush  # nbgrader commits per cell: one transaction instead
            self._save_rows(student, week, self.course / "autograded" / student / week)
            del db.commit
            db.commit()
        except Exception as exc:  # noqa: BLE001 (reported for this submission; the batch goes on)
            vars(db).pop("commit", None)
            db.rollback()
            return False, f"could not save the grades: {type(exc).__name__}: {exc}"
        finally:
            vars(db).pop("commit", None)
        return True, ""

    def _save_rows(self, student: str, week: str, folder: Path) -> None:
        gb = self.gb
        gb.update_or_create_student(student)
        assignment = gb.find_assignment(week)
        timestamp = self.coursedir.get_existing_timestamp(str(folder))
        if timestamp:
            gb.update_or_create_submission(week, student, timestamp=timestamp)
        else:
            gb.update_or_create_submission(week, student)
        present = []
        for notebook in assignment.notebooks:
            if (folder / f"{notebook.name}.ipynb").exists():
                present.append(notebook.name)
                continue
            for grade in gb.find_submission_notebook(notebook.name, week, student).grades:
                grade.auto_score = 0
                grade.needs_manual_grade = False
        for name in sorted(present):
            # written by the worker's nbconvert, which validated it: read, not validated again
            nb = read_notebook(folder / f"{name}.ipynb")
            resources = {"nbgrader": {"notebook": name, "assignment": week, "student": student}}
            pp = self.autograde  # SaveAutoGrades.preprocess, on this session
            pp.notebook_id, pp.assignment_id, pp.student_id = name, week, student
            pp.gradebook = _OneNotebook(gb, name, week, student)
            with gb.db.no_autoflush:
                for i, cell in enumerate(nb.cells):
                    pp.preprocess_cell(cell, resources, i)
            gb.db.flush()
            gb.db.expire_all()  # the scores below are SQL sums: read them again
            submission = gb.find_submission(week, student)
            notebook = gb.find_submission_notebook(name, week, student)
            notebook.late_submission_penalty = None  # AssignLatePenalties.preprocess
            if submission.total_seconds_late > 0:
                penalty = self.late.plugin_inst.late_submission_penalty(
                    student, notebook.score, submission.total_seconds_late
                )
                if penalty is not None:
                    notebook.late_submission_penalty = self.late._check_late_penalty(
                        notebook, penalty
                    )
            gb.db.flush()

    def scores(self, student: str, week: str) -> tuple[float, float] | None:
        from nbgrader.api import MissingEntry

        self.gb.db.expire_all()
        try:
            sub = self.gb.find_submission(week, student)
        except MissingEntry:
            return None
        return float(sub.score), float(sub.max_score)


class _OneNotebook:
    """The gradebook as nbgrader's ``SaveAutoGrades`` uses it while one submitted notebook
    is saved: its grades and comments read in one query each, where nbgrader queries once
    per cell; its per-cell commits left to one flush per notebook (the writer commits each
    submission whole). A cell not among them is looked up as nbgrader does."""

    def __init__(self, gb: Any, notebook: str, assignment: str, student: str) -> None:
        from nbgrader import api

        def rows(model: Any, cell: Any) -> dict[str, Any]:
            query = (
                gb.db.query(cell.name, model)
                .join(cell, cell.id == model.cell_id)
                .join(api.SubmittedNotebook, api.SubmittedNotebook.id == model.notebook_id)
                .join(api.Notebook, api.Notebook.id == api.SubmittedNotebook.notebook_id)
                .join(
                    api.SubmittedAssignment,
                    api.SubmittedAssignment.id == api.SubmittedNotebook.assignment_id,
                )
                .join(api.Assignment, api.Assignment.id == api.SubmittedAssignment.assignment_id)
                .join(api.Student, api.Student.id == api.SubmittedAssignment.student_id)
                .filter(
                    api.Notebook.name == notebook,
                    api.Assignment.name == assignment,
                    api.Student.id == student,
                )
            )
            return {name: row for name, row in query.all()}

        self._gb = gb
        self._grades = rows(api.Grade, api.GradeCell)
        self._comments = rows(api.Comment, api.SolutionCell)
        self.db = _NoCommit()

    def find_grade(self, cell: str, *where: str) -> Any:
        return self._grades[cell] if cell in self._grades else self._gb.find_grade(cell, *where)

    def find_comment(self, cell: str, *where: str) -> Any:
        if cell in self._comments:
            return self._comments[cell]
        return self._gb.find_comment(cell, *where)


class _NoCommit:
    def commit(self) -> None:
        pass  # SaveAutoGrades commits after every cell; the notebook is flushed once


def _take_graded(course: Path, student: str, week: str, graded: Path) -> tuple[bool, str]:
    """The graded folder moves into the course's ``autograded/`` (the old one replaced whole,
    never removed before its replacement is there): renamed where the worker's working copy
    is on the course's file system (it is thrown away with the batch), copied elsewhere. A
    database server: the worker's nbgrader saved the grades; this is all there is to do."""
    dest = course / "autograded" / student / week
    staged = dest.with_name(f".{week}.incoming")
    try:
        shutil.rmtree(staged, ignore_errors=True)
        staged.parent.mkdir(parents=True, exist_ok=True)
        try:
            graded.rename(staged)
        except OSError:  # another file system (or a worker on another machine's copy)
            shutil.copytree(graded, staged, symlinks=True)
        shutil.rmtree(dest, ignore_errors=True)
        staged.rename(dest)
    except OSError as exc:
        return False, f"could not copy the graded notebooks to {dest}: {exc}"
    return True, ""


def _add_students(url: str, students: set[str]) -> None:
    """Create the students first, in this process: two workers grading two weeks of one new
    student would both insert them, and one would fail on the unique id."""
    from nbgrader.api import Gradebook

    with Gradebook(url) as gb:
        known = {s.id for s in gb.students}
        for student in sorted(students - known):
            gb.add_student(student)


def scores(course: Path, student: str, week: str, url: str = "") -> tuple[float, float] | None:
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(url or Course(course).gradebook_url()) as gb:
        try:
            sub = gb.find_submission(week, student)
        except MissingEntry:
            return None
        return float(sub.score), float(sub.max_score)


# ------------------------------------------------------------------ stopping a batch


class Interrupted(KeyboardInterrupt):
    """A batch stopped by SIGINT or SIGTERM, after its workers, their kernels and sandboxed
    children were stopped and its temporary folder removed. ``saved``: the submissions this
    run saved (a rerun resumes after them). ``exit_code``: 128 + the signal's number, the
    shell's convention (130 for SIGINT, 143 for SIGTERM)."""

    def __init__(self, signum: int, saved: int = 0) -> None:
        super().__init__(signum)
        self.signum, self.saved = signum, saved

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


class _Signals:
    """SIGINT and SIGTERM in the writer while a batch runs: both raise :class:`Interrupted`
    where the writer is, except while it saves a submission (:meth:`held`), which ends first;
    a second signal during that save does not wait. Signals that come while the batch is
    being stopped are ignored: the stop is bounded (see ``_stop_workers``). Only in the main
    thread (where Python runs signal handlers); elsewhere nothing changes."""

    def __init__(self) -> None:
        self.signum = 0  # the first signal received
        self.raised = False
        self.saving = False
        self._old: dict[int, Any] = {}

    def __enter__(self) -> _Signals:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._old[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, old in self._old.items():
            signal.signal(signum, old)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        first, self.signum = not self.signum, self.signum or signum
        if self.raised or (self.saving and first):
            return
        self.raised = True
        raise Interrupted(self.signum)

    @contextmanager
    def held(self) -> Iterator[None]:
        self.saving = True
        try:
            yield
        finally:
            self.saving = False
        if self.signum:  # deferred, or raised in the save and swallowed (nbgrader catches all)
            self.raised = True
            raise Interrupted(self.signum)


@dataclass
class _WorkerState:
    busy: bool = False  # grading a submission now
    stopping: bool = False  # SIGTERM came while busy


_WORKER = _WorkerState()
STOP_GRACE = 10.0  # seconds a worker has to stop its kernel and clean up, then SIGKILL


def pool_context() -> BaseContext:
    """How local workers start: forked from a server that imported what they need
    (:mod:`autograder.pipeline.preload`), started here; its imports run while the grading
    process reads the course's config. Where no server can start (its socket's path too long
    under a deep TMPDIR, say), each worker is a fresh interpreter."""
    context = get_context("forkserver")
    context.set_forkserver_preload(["autograder.pipeline.preload"])
    try:
        forkserver.ensure_running()  # returns at once; the server imports on its own
    except OSError:
        return get_context("spawn")
    return context


def _stop_pool_server() -> None:
    """The fork server goes with the batch (a signal, a test, the next batch: none finds
    it). Killed: asked to stop, it spends 0.3 s tearing down what it imported, for nothing.
    Through multiprocessing's private state, so tolerated missing."""
    server = forkserver._forkserver
    pid = getattr(server, "_forkserver_pid", None)
    if pid:
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    stop = getattr(server, "_stop", None)
    if stop:
        stop()  # closes its descriptor, waits for it, removes its socket


def _worker_started(tmp: str, environ: dict[str, str] | None = None) -> None:
    """A local pool worker starts: the grading process's environment now (the fork server
    has the one it started with); nbgrader's warning filtered; its temporary files (kernel
    folders, trusted grading's) inside the batch's folder, so that they go with it even if
    the worker has to be killed; SIGINT left to the writer (Ctrl+C reaches the whole
    process group; the writer then stops the workers with SIGTERM)."""
    if environ is not None:
        os.environ.clear()
        os.environ.update(environ)
    without_iri_grammar()
    quiet_nbgrader_warnings()
    tempfile.tempdir = tempfile.mkdtemp(prefix="w", dir=tmp)  # short: kernels put sockets there
    signal.signal(signal.SIGINT, _ignore)  # a handler, not SIG_IGN: kernels must not inherit it
    signal.signal(signal.SIGTERM, _worker_stop)


def _ignore(signum: int, frame: FrameType | None) -> None:
    pass


def _worker_stop(signum: int, frame: FrameType | None) -> None:
    """SIGTERM in a pool worker: idle, it exits; grading, the submission is abandoned by an
    exception, so that the executor's cleanup runs (the kernel's process group is killed, its
    folder removed; a trusted-grading child dies with its parent), then ``_in_worker`` exits."""
    if not _WORKER.busy:
        os._exit(128 + signum)
    if not _WORKER.stopping:
        _WORKER.stopping = True
        raise Interrupted(signum)


def _in_worker(fn: Callable[..., dict], *args: str | bool) -> dict:
    """Run ``fn(*args)`` in a pool worker; exit once it returns if SIGTERM came meanwhile
    (nbgrader catches every exception of a notebook's run, so the worker must not go on)."""
    _WORKER.busy = True
    try:
        return fn(*args)
    finally:
        _WORKER.busy = False
        if _WORKER.stopping:
            os._exit(128 + signal.SIGTERM)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a local pool now: queued submissions cancelled; each worker sent SIGTERM and
    given ``STOP_GRACE`` seconds to stop its kernel; then every worker and every process
    below one (kernels, sandboxes, what they started: in sessions of their own, so no
    process group reaches them all) still alive is killed by pid."""
    # the pool's worker processes (Python 3.14 has pool.terminate_workers())
    procs: list[BaseProcess] = list((pool._processes or {}).values())
    family = set(_descendants([p.pid for p in procs if p.pid]))
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        p.terminate()
    deadline = time.monotonic() + STOP_GRACE
    for p in procs:
        p.join(max(0.0, deadline - time.monotonic()))
    family |= set(_descendants([p.pid for p in procs if p.pid and p.is_alive()]))
    for p in procs:
        if p.is_alive():
            p.kill()
            p.join(5)
    for pid, started in family:
        _kill_same(pid, started)
    gone = time.monotonic() + 5
    while time.monotonic() < gone and any(_start_time(pid) == s for pid, s in family):
        time.sleep(0.05)
    pool.shutdown(wait=True)


def _descendants(pids: list[int]) -> list[tuple[int, str]]:
    """Every process below ``pids``, as (pid, start time) from /proc; [] without /proc."""
    children: dict[int, list[int]] = {}
    started: dict[int, str] = {}
    try:
        entries = [e for e in os.listdir("/proc") if e.isdigit()]
    except OSError:
        return []
    for entry in entries:
        fields = _stat_fields(int(entry))
        if fields:
            children.setdefault(int(fields[1]), []).append(int(entry))
            started[int(entry)] = fields[19]
    found, stack = [], list(pids)
    while stack:
        for kid in children.get(stack.pop(), []):
            found.append((kid, started[kid]))
            stack.append(kid)
    return found


def _stat_fields(pid: int) -> list[str]:
    """/proc/<pid>/stat after the command name: state, ppid, ..., start time at [19]."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return text[text.rfind(")") + 2 :].split()


def _start_time(pid: int) -> str | None:
    """A live process's start time (None once it is gone or a zombie)."""
    fields = _stat_fields(pid)
    return fields[19] if fields and fields[0] != "Z" else None


def _kill_same(pid: int, started: str) -> None:
    """SIGKILL ``pid`` if it is still the process that started at ``started``."""
    if _start_time(pid) == started:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


# --------------------------------------------------------------------------- driver


def grade(
    course: Path,
    weeks: list[str],
    students: list[str] | None = None,
    workers: int | None = None,
    force: bool = False,
    progress: Progress | None = None,
    scheduler: str | None = None,
    kernel: bool = False,
) -> list[Outcome]:
    """Autograde every matching submission; an Outcome per (student, week).

    ``progress(done, total, outcome)`` is called with ``(0, total, None)`` as soon as the
    submissions are counted, then after each one. SIGINT or SIGTERM (in the main thread)
    raises :class:`Interrupted` once the workers are stopped and the temporary folder is gone.

    ``scheduler`` (``tcp://host:port``) sends the work to a Dask cluster instead of local
    processes; its workers must see the course folder and the temporary folder at the same
    paths (one machine, or shared storage). A SQLite gradebook is written here only; with a
    database server (``CourseDirectory.db_url``), each worker's nbgrader saves its grades.

    ``kernel``: run every notebook's cells in a Jupyter kernel before trusted grading, as
    plain ``nbgrader autograde`` does (feedback then shows the cells' outputs). By default
    no cell runs: trusted grading, which alone decides the scores, rebuilds each graded
    function from the cells' sources, so the scores are the same, several times faster.
    """
    context = None if scheduler else pool_context()
    try:
        return _grade_course(
            course, weeks, students, workers, force, progress, scheduler, kernel, context
        )
    finally:
        if context:
            _stop_pool_server()


def _grade_course(
    course: Path,
    weeks: list[str],
    students: list[str] | None,
    workers: int | None,
    force: bool,
    progress: Progress | None,
    scheduler: str | None,
    kernel: bool,
    context: BaseContext | None,
) -> list[Outcome]:
    without_iri_grammar()
    course = course.resolve()
    url = Course(course).gradebook_url()
    if is_sqlite(url) and not (course / "gradebook.db").exists():
        raise FileNotFoundError(
            f"{course / 'gradebook.db'} does not exist: release the assignments first "
            "(nndl release, or nbgrader generate_assignment)"
        )
    Course(course).sync_due_dates(weeks)  # the late penalty needs them in the gradebook
    lock = open(course / ".nndl-grade.lock", "w")  # noqa: SIM115 (held until the end)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        raise RuntimeError(f"another nndl grade is running on {course}; wait for it") from None
    quiet_nbgrader_warnings()
    try:
        with _Signals() as signals:
            return _grade(
                course,
                url,
                weeks,
                students,
                workers,
                force,
                progress,
                scheduler,
                signals,
                kernel,
                context,
            )
    finally:
        lock.close()  # also released by the kernel if this process is killed


def _grade(
    course: Path,
    url: str,
    weeks: list[str],
    students: list[str] | None,
    workers: int | None,
    force: bool,
    progress: Progress | None,
    scheduler: str | None,
    signals: _Signals,
    kernel: bool = False,
    context: BaseContext | None = None,
) -> list[Outcome]:
    found = submissions(course, weeks, students)
    if progress and found:
        progress(0, len(found), None)  # at once: fingerprints and the first result take time
    if is_sqlite(url):
        # a run killed while saving may have left a hot journal: roll it back before any copy
        with closing(sqlite3.connect(course / "gradebook.db", timeout=60)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    todo: list[tuple[str, str, str]] = []
    outcomes: list[Outcome] = []
    digests: dict[tuple, bytes] = {}
    for student, week in found:
        fp = fingerprint(course, student, week, kernel, digests)
        if not force and is_current(course, student, week, fp):
            got = scores(course, student, week, url)
            outcomes.append(
                Outcome(student, week, "unchanged", score=got and got[0], max_score=got and got[1])
            )
        else:
            todo.append((student, week, fp))
    workers = max(1, workers or os.cpu_count() or 1)
    total = len(outcomes) + len(todo)
    todo.sort(key=lambda t: -_notebooks(course, t[1]))  # the longest first (a stable sort)
    if todo and not is_sqlite(url):
        _add_students(url, {student for student, _, _ in todo})
    writer = Writer(course, url) if todo and is_sqlite(url) else None
    settle = _Settle(course, url, len(todo), outcomes, total, progress, signals, writer)
    try:
        if scheduler:
            _grade_on_dask(course, todo, scheduler, settle, kernel)
        else:
            _grade_locally(course, todo, workers, settle, kernel, context)
    except Interrupted as stop:
        stop.saved = sum(o.status == "graded" for o in outcomes)
        raise
    finally:
        if writer:
            writer.close()
    order = {(s, w): i for i, (s, w) in enumerate(submissions(course, weeks, students))}
    return sorted(outcomes, key=lambda o: order.get((o.student, o.week), 0))


@dataclass
class _Settle:
    """What happens to each finished grading task, wherever it ran: the result is saved and
    reported, or, on a first failure, the task is sent once more (``resubmit``)."""

    course: Path
    url: str
    n_tasks: int  # a retry's working copy is numbered after every first attempt's
    outcomes: list
    total: int
    progress: Progress | None
    signals: _Signals
    writer: Writer | None  # None: a database server, where the workers save

    def __call__(self, fut: Any, task: Task, resubmit: Callable[..., None]) -> None:
        i, student, week, fp, first_failure = task
        with self.signals.held():  # a submission is saved whole, or not at all
            outcome = _record(
                self.course, self.url, student, week, fp, fut, first_failure, self.writer
            )
            if _worth_a_retry(outcome, fut, first_failure):
                try:
                    resubmit(i + self.n_tasks, student, week, fp, outcome.message)
                    return
                except RuntimeError:  # the local pool is broken or shutting down
                    pass
            self.outcomes.append(outcome)
            if self.progress:
                self.progress(len(self.outcomes), self.total, outcome)


def _snapshot_for(writer: Writer | None, folder: Path) -> str:
    """The batch's gradebook snapshot for its workers; "" with a database server (no writer:
    the workers use the server)."""
    if writer is None:
        return ""
    return batch_snapshot(writer.course, folder, writer.coursedir.course_id)


def _grade_locally(
    course: Path,
    todo: list[Todo],
    workers: int,
    settle: _Settle,
    kernel: bool = False,
    context: BaseContext | None = None,
) -> None:
    with tempfile.TemporaryDirectory(prefix="nndl-grade-", ignore_cleanup_errors=True) as tmp:
        snapshot = _snapshot_for(settle.writer, Path(tmp))
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context or get_context("spawn"),  # no server started that none stops
            initializer=_worker_started,
            initargs=(tmp, dict(os.environ)),
        ) as pool:
            futures: dict[Future, tuple] = {}

            def submit(i: int, student: str, week: str, fp: str, first_failure: str = "") -> None:
                work = f"{tmp}/{i:05d}"
                # grade_in_copy looked up here, so that a test can replace it
                fut = pool.submit(
                    _in_worker, grade_in_copy, str(course), student, week, work, kernel, snapshot
                )
                futures[fut] = (i, student, week, fp, first_failure)
                pending.add(fut)

            pending: set[Future] = set()
            try:
                for i, task in enumerate(todo):
                    submit(i, *task)
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        settle(fut, futures.pop(fut), submit)
            except BaseException:  # Interrupted, or the writer failed: no more grading
                _stop_workers(pool)
                raise


def _grade_on_dask(
    course: Path, todo: list[Todo], scheduler: str, settle: _Settle, kernel: bool = False
) -> None:
    from distributed import Client, as_completed

    with tempfile.TemporaryDirectory(prefix="nndl-grade-") as tmp, Client(scheduler) as client:
        futures = {}
        running = as_completed()
        snapshot = _snapshot_for(settle.writer, Path(tmp))

        def submit(i: int, student: str, week: str, fp: str, first_failure: str = "") -> None:
            work = f"{tmp}/{i:05d}"
            args = (str(course), student, week, work, kernel, snapshot)
            fut = client.submit(grade_in_copy, *args, pure=False)
            futures[fut] = (i, student, week, fp, first_failure)
            running.add(fut)

        for i, task in enumerate(todo):
            submit(i, *task)
        try:
            for fut in running:
                settle(fut, futures.pop(fut), submit)
        except BaseException:  # a task already running on a Dask worker runs to its end
            client.cancel(list(futures))
            raise


def _worth_a_retry(outcome: Outcome, fut: Any, first_failure: str) -> bool:
    """A failed submission is graded once more, in a fresh copy, before it is reported:
    a kernel that could not start on a loaded machine, or a process killed from outside,
    should not cost a student their grade. A second failure is reported (the first's
    reason goes with it); a broken worker pool is not retried (its rerun resumes)."""
    if outcome.status != "failed" or first_failure:
        return False
    exc = fut.exception() if fut.done() else None
    return not isinstance(exc, BrokenProcessPool)


def _record(
    course: Path,
    url: str,
    student: str,
    week: str,
    fp: str,
    fut: Future,
    first_failure: str,
    writer: Writer | None = None,
) -> Outcome:
    """The writer's half: save a worker's result in the gradebook and the ledger."""
    earlier = f"\n(an earlier attempt failed too: {_last_line(first_failure)})" * bool(
        first_failure
    )
    try:
        result = fut.result()
    except Exception as exc:  # the worker process itself failed
        return Outcome(student, week, "failed", message=f"{type(exc).__name__}: {exc}{earlier}")
    if not result["ok"]:
        return Outcome(student, week, "failed", result["seconds"], message=result["log"] + earlier)
    started = time.monotonic()
    if writer is None:  # a database server: the worker's nbgrader saved the grades
        ok, log = _take_graded(course, student, week, Path(result["graded"]))
    else:
        ok, log = writer.save(student, week, Path(result["graded"]))
    stages = {**result.get("stages", {}), "save": time.monotonic() - started}
    if not ok:
        return Outcome(student, week, "failed", result["seconds"], message=log[-3000:] + earlier)
    problems = list(result.get("problems", []))
    if first_failure:
        problems.append(
            f"submitted/{student}/{week}: graded on a second attempt; the first failed"
            f" ({_last_line(first_failure)})"
        )
    ledger = _ledger(course, student, week)
    write_private(
        ledger,
        json.dumps(
            {
                "fingerprint": fp,
                "graded_at": time.time(),
                "seconds": result["seconds"],
                "problems": problems,
            }
        ),
    )
    got = writer.scores(student, week) if writer else scores(course, student, week, url)
    return Outcome(
        student,
        week,
        "graded",
        result["seconds"],
        got and got[0],
        got and got[1],
        message="\n".join(problems),
        stages=stages,
    )


def _last_line(log: str) -> str:
    """The line of a failure log that says most: its last non-blank one, shortened."""
    lines = [line.strip() for line in log.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else "no log")[:300]


def as_json(outcomes: list[Outcome]) -> str:
    return json.dumps([asdict(o) for o in outcomes], indent=1)
