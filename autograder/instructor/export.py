"""Grades for an LMS and per-test results, from the gradebook and the graded notebooks.

``grades.csv``: one row per student, one column per assignment (its total, automatic and
manual points) and a ``total`` column; a missing submission counts 0. ``results.json``: one
record per graded test cell with the trusted verdict (exercise key, score, points, the check
that failed and the diagnosis shown to the student, which never contains expected values),
and one record per notebook with code the static scan flagged (``"flagged": [lines]``).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import nbformat


def grade_rows(course: Path) -> tuple[list[str], list[dict]]:
    """(assignment names, [{"student": id, <assignment>: score, ..., "total": sum}])."""
    from nbgrader.api import Gradebook, MissingEntry

    from autograder.pipeline.course import Course

    with Gradebook(Course(course).gradebook_url()) as gb:
        assignments = sorted(a.name for a in gb.assignments)
        rows = []
        for student in sorted(gb.students, key=lambda s: s.id):
            row = {"student": student.id}
            for name in assignments:
                try:
                    row[name] = round(float(gb.find_submission(name, student.id).score), 2)
                except MissingEntry:
                    row[name] = 0.0
            row["total"] = round(sum(row[a] for a in assignments), 2)
            rows.append(row)
    return assignments, rows


def test_results(course: Path) -> list[dict]:
    """One record per trusted test cell of every graded notebook.

    ``"attempted"`` is false when an answer cell since the previous test cell still holds the
    template's ``raise NotImplementedError()`` (nndl report counts it apart from mistakes)."""
    out: list[dict] = []
    root = course / "autograded"
    if not root.is_dir():
        return out
    for path in sorted(root.glob("*/*/*.ipynb")):
        student, week = path.parent.parent.name, path.parent.name
        nb = nbformat.read(path, as_version=4)
        flags = nb.metadata.get("nndl", {}).get("suspicious") or []
        if flags:  # the static scan's lines: for the instructor, never scored
            out.append({"student": student, "week": week, "notebook": path.stem, "flagged": flags})
        answers: list[str] = []  # the lines of the answer cells since the previous test cell
        for cell in nb.cells:
            if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution"):
                answers += [line.strip() for line in cell.source.splitlines()]
            verdict = cell.metadata.get("nndl")
            if not verdict:
                continue
            out.append(
                {
                    "student": student,
                    "week": week,
                    "notebook": path.stem,
                    "grade_id": cell.metadata.get("nbgrader", {}).get("grade_id"),
                    **verdict,
                    "attempted": not any(
                        a.startswith("raise NotImplementedError") for a in answers
                    ),
                }
            )
            answers = []
    return out


def export(course: Path, out: Path) -> tuple[Path, Path]:
    """Write grades.csv and results.json into ``out``; their paths."""
    course = course.resolve()
    out.mkdir(parents=True, exist_ok=True)
    assignments, rows = grade_rows(course)
    grades = out / "grades.csv"
    with grades.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["student", *assignments, "total"])
        writer.writeheader()
        writer.writerows(rows)
    results = out / "results.json"
    results.write_text(json.dumps(test_results(course), indent=1))
    return grades, results
