"""Open a course folder: its nbgrader config, its weeks, its gradebook, nbgrader's API.

Every instructor command (release, collect, grade, feedback, export, report) opens the
course it works on through this module, so they all read the same ``nbgrader_config.py``
the same way and agree on which weeks exist:

    course = Course(Path("."))
    course.weeks()            # ["week1", "week2", ...]: source/<week>/ holding notebooks
    course.config()           # the traitlets Config of its nbgrader_config.py
    course.api()              # nbgrader's NbGraderAPI on it
    course.gradebook_url()    # sqlite:///.../gradebook.db, or the configured db_url
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nbgrader.apps import NbGraderAPI
    from traitlets.config import Config

from traitlets import Dict, Unicode
from traitlets.config import Configurable

WEEKS = ("week1", "week2", "week3", "week4")
CONFIG_FILE = "nbgrader_config.py"
DEFAULT_EXCHANGE = "/srv/nbgrader/exchange"  # nbgrader's default c.Exchange.root
LOCK_SECONDS = 5.0  # how long a command waits for a gradebook another program is writing


class CourseError(Exception):
    """A course folder that cannot be used as it is: the message names the file and the fix."""


def ensure_path_env() -> None:
    """Put this interpreter's bin/ first on PATH: nbgrader shells out to ``alembic``."""
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def without_iri_grammar() -> None:
    """Spare a grading process the second that importing nbformat costs where
    ``rfc3987_syntax`` is installed (jupyter-events pulls it in): jsonschema imports it at
    import time, and it builds a Lark grammar then. Only jsonschema's ``iri`` format checks
    use it, and neither nbformat nor nbgrader checks formats. Call it before the process
    first imports nbformat; a process that already has the module keeps it."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def quiet_nbgrader_warnings() -> None:
    """Hide the one SQLAlchemy warning nbgrader 0.9 prints for every submission it grades.

    ``Gradebook.add_submission`` (nbgrader/api.py) links new SubmittedAssignment,
    SubmittedNotebook, Grade and Comment rows to stored ones, then reads
    ``submission.assignment.notebooks`` and ``notebook.grade_cells`` before it adds the
    submission to the session. SQLAlchemy 2 autoflushes on those reads and warns
    (``SAWarning: Object of type <SubmittedAssignment> not in session, add operation along
    'Assignment.submissions' will not proceed``) that a backref no longer adds the new rows
    to the session (2.0 dropped ``cascade_backrefs``). Nothing is lost: nbgrader adds the
    submission right after, and the save-update cascade takes every new row with it (the
    tests compare whole gradebooks). SQLAlchemy is not pinned below 2 for it: nbgrader 0.9
    supports 2.x, and other packages of the environment want it. Only this message, this
    category and nbgrader's module are ignored; any other warning still shows.

    Filters live in a process: call this in every process that runs nbgrader (the CLI,
    each grading worker, a Dask worker's task)."""
    from sqlalchemy.exc import SAWarning

    warnings.filterwarnings(
        "ignore",
        message=r"Object of type <\w+> not in session, add operation along",
        category=SAWarning,
        module=r"nbgrader\.api",
    )


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite:")


class Deadlines(Configurable):
    """When each week is due: ``c.Deadlines.due = {"week3": "2026-11-20 23:59 +00:00"}``."""

    due = Dict(
        key_trait=Unicode(),
        value_trait=Unicode(),
        help="Due date per week, ISO 8601 (a time without offset is UTC). nndl collect and "
        "nndl grade write it into the gradebook; a submission whose timestamp.txt is later "
        "gets the penalty of c.LateSubmissionPlugin.penalty_method.",
    ).tag(config=True)


class Course:
    """A course folder: ``source/<week>/``, ``release/``, ``submitted/``, ..., and the
    ``nbgrader_config.py`` that holds every setting of it."""

    def __init__(self, root: str | Path):
        self.root = Path(root).resolve()

    def __repr__(self) -> str:
        return f"Course({str(self.root)!r})"

    @property
    def config_file(self) -> Path:
        return self.root / CONFIG_FILE

    def config(self, **overrides: Any) -> Config:
        """The course's nbgrader config, rooted at this folder; ``overrides`` are dotted
        trait names (``{"ResilientExecute.run_cells": False}``)."""
        from traitlets.config import Config

        path = self.config_file
        try:
            text = path.read_text()
        except FileNotFoundError:
            raise CourseError(
                f"{path}: no nbgrader_config.py here; is {self.root} a course folder?"
                " (--course DIR points at one)"
            ) from None
        config = Config()
        namespace = {"get_config": lambda: config, "__file__": str(path)}
        try:
            exec(compile(text, str(path), "exec"), namespace)
        except Exception as exc:  # noqa: BLE001 (any error in the instructor's file)
            raise CourseError(f"{path}: cannot be read ({type(exc).__name__}: {exc})") from None
        config.CourseDirectory.root = str(self.root)
        for dotted, value in overrides.items():
            section, name = dotted.split(".")
            setattr(getattr(config, section), name, value)
        return config

    def weeks(self) -> list[str]:
        """The weeks of this course: ``source/<week>/`` folders holding notebooks."""
        return [w for w in WEEKS if any((self.root / "source" / w).glob("*.ipynb"))]

    def week(self, name: str) -> str:
        """``name`` if the course has that week, else a CourseError listing the weeks it has."""
        weeks = self.weeks()
        if name not in weeks:
            have = ", ".join(weeks) if weeks else "none"
            raise CourseError(
                f"{self.root / 'source'}: no week {name!r} in this course (weeks: {have})"
            )
        return name

    def weeks_of(self, spec: str) -> list[str]:
        """``all`` as the course's weeks, or the one week named (checked)."""
        return self.weeks() if spec == "all" else [self.week(spec)]

    def gradebook_url(self, config: Config | None = None) -> str:
        """The ``CourseDirectory.db_url`` of the config (a PostgreSQL server, say), else
        nbgrader's default, ``gradebook.db`` in the course. ``config``: the course's config,
        when the caller has loaded it already."""
        config = config or self.config()
        if "db_url" in config.CourseDirectory:
            return str(config.CourseDirectory.db_url)
        return f"sqlite:///{self.root / 'gradebook.db'}"

    def due_date(self, week: str) -> datetime | None:
        """The week's due date (``c.Deadlines.due``), in UTC; None if it has none."""
        text = Deadlines(config=self.config()).due.get(week)
        if not text:
            return None
        try:
            when = datetime.fromisoformat(text.strip().replace(" UTC", "+00:00"))
        except ValueError:
            raise CourseError(
                f"{self.config_file}: c.Deadlines.due[{week!r}] = {text!r} is not a date"
                " (write it as 2026-11-20 23:59 +00:00)"
            ) from None
        return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)

    def sync_due_dates(self, weeks: list[str]) -> None:
        """Write the configured due dates of ``weeks`` into the gradebook (nbgrader reads
        them there for its late penalty)."""
        dates = {w: self.due_date(w) for w in weeks}
        if not any(dates.values()):
            return
        with self.gradebook() as gb:
            for week, when in dates.items():
                if when is not None:
                    gb.update_or_create_assignment(week, duedate=when.replace(tzinfo=None))

    def check(self) -> None:
        """Fail early, with one line naming the file, on what would stop a command midway:
        a missing or broken ``nbgrader_config.py``, a corrupt SQLite gradebook, or one locked
        by another program (formgrader, another command) for more than a few seconds."""
        import sqlite3

        config = self.config()
        url = self.gradebook_url(config)
        db = Path(url.removeprefix("sqlite:///"))
        if not is_sqlite(url) or not db.is_file():
            return
        try:
            conn = sqlite3.connect(db, timeout=LOCK_SECONDS)
            try:
                conn.execute("PRAGMA schema_version").fetchone()
                conn.execute("BEGIN IMMEDIATE")  # waits for a writer, fails if it never ends
                conn.rollback()
            finally:
                conn.close()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise CourseError(
                    f"{db}: the gradebook is locked by another program (formgrader, another "
                    f"nndl or nbgrader command) for over {LOCK_SECONDS:g} s; close it and run "
                    "again"
                ) from None
            raise CourseError(f"{db}: cannot open the gradebook ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise CourseError(
                f"{db}: not a readable gradebook ({exc}); restore it from a backup"
            ) from None

    def exchange_root(self) -> Path:
        """nbgrader's exchange folder (``c.Exchange.root``), checked to exist."""
        config = self.config()
        root = Path(str(config.Exchange.root) if "root" in config.Exchange else DEFAULT_EXCHANGE)
        if not root.is_dir():
            raise CourseError(
                f"{self.config_file}: no nbgrader exchange at {root} (c.Exchange.root); create "
                "it (README: the exchange) or collect an LMS download with --zip"
            )
        return root

    @contextmanager
    def gradebook(self) -> Iterator[Any]:
        """nbgrader's Gradebook of this course; a corrupt or locked file is a CourseError
        naming it."""
        from nbgrader.api import Gradebook
        from sqlalchemy.exc import DatabaseError, OperationalError

        quiet_nbgrader_warnings()
        url = self.gradebook_url()
        shown = url.removeprefix("sqlite:///") if is_sqlite(url) else url.split("@")[-1]
        try:
            with Gradebook(url) as gb:
                yield gb
        except OperationalError as exc:
            if "locked" in str(exc):
                raise CourseError(
                    f"{shown}: the gradebook is locked by another program (formgrader, "
                    "another nndl or nbgrader command); close it and run again"
                ) from None
            raise CourseError(f"{shown}: cannot open the gradebook ({exc.orig})") from None
        except DatabaseError as exc:
            raise CourseError(
                f"{shown}: not a readable gradebook ({exc.orig}); restore it from a backup"
            ) from None

    def api(self, **overrides: Any) -> NbGraderAPI:
        """nbgrader's NbGraderAPI on this course (alembic on PATH)."""
        from nbgrader.apps import NbGraderAPI

        ensure_path_env()
        quiet_nbgrader_warnings()
        return NbGraderAPI(config=self.config(**overrides))
