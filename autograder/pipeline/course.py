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
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nbgrader.apps import NbGraderAPI
    from traitlets.config import Config

WEEKS = ("week1", "week2", "week3", "week4")
CONFIG_FILE = "nbgrader_config.py"


class CourseError(Exception):
    """A course folder that cannot be used as it is: the message names the file and the fix."""


def ensure_path_env() -> None:
    """Put this interpreter's bin/ first on PATH: nbgrader shells out to ``alembic``."""
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite:")


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

    def api(self, **overrides: Any) -> NbGraderAPI:
        """nbgrader's NbGraderAPI on this course (alembic on PATH)."""
        from nbgrader.apps import NbGraderAPI

        ensure_path_env()
        return NbGraderAPI(config=self.config(**overrides))
