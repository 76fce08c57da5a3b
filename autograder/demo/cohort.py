"""A synthetic cohort with known scores, made from the source solutions and the mistake zoo.

For a week, ``make_cohort`` writes ``n`` submissions (one folder per student, laid out as
``<student>/<week>/``) and returns the automatic score each must get:

- ``s01`` the instructor's solution: every automatic point;
- ``s02`` the blank release: 0;
- ``s03`` the solution plus a cell that raises in an ungraded place: every point;
- ``s04`` the solution plus a cell that never finishes (stopped by the per-cell time limit,
  the kernel is interrupted): every point;
- the others: the solution with 1 to 3 mistakes of the zoo (the exercises' ``mistakes.py``)
  planted in different exercises without partial credit: every point but those of these exercises
  (each exercise is graded with reference building blocks, so a mistake costs only its own
  exercise; the zoo run checks exactly that).

``lms_zip`` packs a cohort as a Canvas "download all submissions" archive.
"""

from __future__ import annotations

import random
import shutil
import zipfile
from pathlib import Path

import nbformat

from autograder import exercises
from autograder.exercises import zoo
from autograder.pipeline import notebook, trusted

SPECIAL = {
    "s01": "solution",
    "s02": "blank release",
    "s03": "error in an ungraded cell",
    "s04": "a cell that never finishes",
}


def points_by_key(course: Path, week: str) -> dict[str, tuple[str, float]]:
    """{exercise key: (notebook file name, points)} of a week's trusted test cells."""
    out = {}
    for path in sorted((course / "source" / week).glob("*.ipynb")):
        tasks, _ = trusted.tasks_of(nbformat.read(path, as_version=4))
        for t in tasks:
            out[t.key] = (path.name, t.points)
    return out


def _student_copy(nb: nbformat.NotebookNode) -> None:
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = notebook.strip_hidden(cell.source, "\n").rstrip() + (
                "\n" if cell.source else ""
            )


def _insert_after_first_code(nb: nbformat.NotebookNode, source: str) -> None:
    i = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    nb.cells.insert(i + 1, nbformat.v4.new_code_cell(source))


def make_cohort(course: Path, week: str, out: Path, n: int = 30, seed: int = 0) -> dict[str, dict]:
    """Write the cohort of one week under ``out``; {student: {"expected", "what"}}."""
    rng = random.Random(f"{week}:{seed}")
    points = points_by_key(course, week)
    full = sum(p for _, p in points.values())
    notebooks = sorted((course / "source" / week).glob("*.ipynb"))
    mistakes = [
        m
        for ex in exercises.REGISTRY.values()
        if ex.key in points and not ex.partial
        for m in ex.mistakes
    ]
    cohort = {}
    for i in range(1, n + 1):
        student = f"s{i:02d}"
        dest = out / student / week
        shutil.copytree(course / "release" / week, dest)
        if student == "s02":
            cohort[student] = {"expected": 0.0, "what": SPECIAL[student]}
            continue
        chosen = []
        if student not in SPECIAL:
            keys = sorted({m.key for m in mistakes})
            for key in rng.sample(keys, rng.randint(1, 3)):
                chosen.append(rng.choice([m for m in mistakes if m.key == key]))
        for path in notebooks:
            mine = [m for m in chosen if points[m.key][0] == path.name]
            nb = nbformat.read(path, as_version=4)
            zoo.plant(nb, mine)
            _student_copy(nb)
            if student == "s03":
                _insert_after_first_code(nb, 'raise RuntimeError("a typo in an ungraded cell")')
            if student == "s04" and path == notebooks[0]:
                _insert_after_first_code(nb, "import time\n\ntime.sleep(10_000)")
            nbformat.write(nb, dest / path.name)
        lost = sum(points[m.key][1] for m in chosen)
        what = SPECIAL.get(student) or "mistakes: " + ", ".join(m.id for m in chosen)
        cohort[student] = {"expected": full - lost, "what": what}
    return cohort


def lms_zip(cohort_dir: Path, week: str, archive: Path) -> Path:
    """A Canvas-style archive of a cohort's notebooks for one week."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        students = sorted(p.name for p in cohort_dir.iterdir() if (p / week).is_dir())
        for uid, student in enumerate(students, start=1001):
            for path in sorted((cohort_dir / student / week).glob("*.ipynb")):
                zf.write(path, f"{student}_{uid}_{uid + 5000}_{path.name}")
    return archive
