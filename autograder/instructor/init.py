"""Start a course folder from the installed package: ``nndl init DIR``.

The course comes from the package's template, ``autograder/course_template/`` in a wheel
(the repository's ``source/`` and ``nbgrader_config.py``, copied there at build time by
``setup.py``), or from the repository itself in a checkout or an editable install. A new
course gets:

- ``source/<week>/``: the instructor notebooks and the files a student needs with them;
- ``source/<week>/datasets/``: the image files, for the weeks whose notebooks load them,
  from nnref's packaged copies (or ``$NNDL_DATA_DIR``), as ``nndl release`` writes them;
- ``nbgrader_config.py``, the course's settings, rooted at the folder it is in;
- ``README.md`` (what each folder is, the next commands) and a ``.gitignore`` that keeps
  students' work out of git.

The folder is built beside DIR and renamed into place, so a failure leaves nothing half
made; an existing DIR is used only when it is empty, and nothing is ever overwritten.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from autograder import package_version
from autograder.instructor import build
from autograder.pipeline.course import CONFIG_FILE, CourseError

PACKAGED_TEMPLATE = Path(__file__).resolve().parents[1] / "course_template"  # in a wheel
CHECKOUT = Path(__file__).resolve().parents[2]  # the repository, for an editable install
# what nbgrader_config.py's CourseDirectory.ignore keeps out of a release
IGNORED = (".ipynb_checkpoints", "__pycache__", "*.pyc", ".DS_Store")

GITIGNORE = """\
# students' work and what is made from it: never commit these
submitted/
autograded/
feedback/
gradebook.db
exports/
reports/
.nbgrader.lock
.nndl-grade.lock
.ipynb_checkpoints/
__pycache__/
"""

README = """\
# {name}: a course made by `nndl init` (nndl-course {version})

- `source/<week>/`: the instructor notebooks (solutions, hidden tests, nbgrader metadata) and
  the files students get with them; edit the notebooks here (`source/AUTHORING.md`).
- `nbgrader_config.py`: every grading setting of the course, each explained.
- Made by the commands below: `release/<week>/` (the student versions), `submitted/`,
  `autograded/`, `feedback/`, `gradebook.db`, `exports/`, `reports/`. All but `release/`
  hold students' work: `.gitignore` keeps them out of git.

Next, from this folder (every command also takes `--course DIR`):

    nndl release all                     # release/<week>/, checked (source passes, release fails)
    nndl collect week1 --zip canvas.zip  # a Canvas or Moodle download (no --zip: the exchange)
    nndl grade week1                     # autograde what is new or changed (or: all)
    nndl feedback week1                  # feedback/: HTML per student
    nndl export                          # exports/grades.csv and exports/results.json
    nndl report week1                    # reports/week1/index.html
"""


def template_root() -> Path:
    """The folder holding the course's ``source/`` and ``nbgrader_config.py``."""
    for root in (PACKAGED_TEMPLATE, CHECKOUT):
        if (root / CONFIG_FILE).is_file() and (root / "source").is_dir():
            return root
    raise CourseError(
        f"{PACKAGED_TEMPLATE}: the installed package has no course template;"
        " reinstall it from a wheel or a checkout (pip install nndl-course)"
    )


def _write_course(folder: Path, name: str) -> None:
    template = template_root()
    shutil.copytree(template / "source", folder / "source", ignore=shutil.ignore_patterns(*IGNORED))
    shutil.copyfile(template / CONFIG_FILE, folder / CONFIG_FILE)
    for week in sorted(p.name for p in (folder / "source").iterdir() if p.is_dir()):
        for rel, content in build.data_files(week).items():
            path = folder / "source" / week / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    (folder / "README.md").write_text(README.format(name=name, version=package_version()))
    (folder / ".gitignore").write_text(GITIGNORE)


def init_course(target: Path) -> Path:
    """Make the course folder ``target`` (absent or empty); returns its resolved path."""
    if target.exists() and not target.is_dir():
        raise CourseError(f"{target}: exists and is not a folder")
    if target.is_dir() and any(target.iterdir()):
        raise CourseError(f"{target}: exists and is not empty; nndl init never overwrites")
    final = target.resolve()
    final.parent.mkdir(parents=True, exist_ok=True)
    building = final.with_name(f".{final.name}.nndl-init-{os.getpid()}")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    try:
        _write_course(building, final.name)
        try:  # rename(2) replaces an empty folder, and refuses one that filled up meanwhile
            building.rename(final)
        except OSError as exc:
            raise CourseError(f"{target}: {exc.strerror}; nndl init never overwrites") from None
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return final
