"""Grades for an LMS and per-test results, from the gradebook and the graded notebooks.

``grades.csv``: one row per student, one column per assignment (its points so far, automatic
and manual, less nbgrader's late penalty), a ``total`` column and a ``pending`` column: the
assignments whose manual points (Week 1's written answers) are not graded yet in formgrader,
so their points are not final; a missing submission counts 0.

``results.json``: one record per graded test cell with the trusted verdict (exercise key,
score, points, the check that failed and the diagnosis shown to the student, which never
contains expected values), and one record per notebook with code the static scan flagged
(``"flagged": [lines]``).

For an LMS (``nndl export --lms canvas|moodle``), students collected from its download
(``nndl collect --zip``, which records their LMS ids):

- ``canvas_grades.csv`` follows Canvas' gradebook import: the identity columns ``Student``
  (``Last, First``), ``ID`` (the Canvas user id), ``SIS User ID``, ``SIS Login ID`` and
  ``Section`` (from ``--roster``, else empty), one column per assignment, and a second row
  ``Points Possible``. A new column name creates that assignment in Canvas; to fill an
  existing one, name it as Canvas' export does (``Week 3 (12345)``) in
  ``c.LmsExport.columns``. A pending grade is an empty cell, which Canvas leaves unchanged.
- ``moodle_grades.csv`` follows Moodle's CSV grade import: ``First name``, ``Last name``,
  ``Email address`` (from a roster), ``ID number`` and ``User ID`` (the participant id of the
  download), then one column per grade item. On import, map ``User ID`` to "userid" (or
  ``Email address`` to "useremail") and each assignment column to its grade item. A pending
  grade is an empty cell (no grade).

Students the LMS does not know (collected from the exchange, say) are left out of the LMS
files and listed.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from traitlets import Dict, Unicode
from traitlets.config import Configurable

from autograder.instructor import collect
from autograder.pipeline.course import Course


class LmsExport(Configurable):
    """How ``nndl export --lms`` names the assignment columns."""

    columns = Dict(
        key_trait=Unicode(),
        value_trait=Unicode(),
        help='Column name per assignment in the LMS file, e.g. {"week3": "Week 3 (12345)"} '
        "(Canvas matches an existing assignment by its name and id). Default: the week.",
    ).tag(config=True)


@dataclass
class Grades:
    assignments: list[str]
    max_points: dict[str, float]  # assignment -> points possible
    rows: list[dict] = field(default_factory=list)  # student, <assignment>, total, pending


def grades(course: Path) -> Grades:
    """Every student's points per assignment, their total, and the assignments whose
    manual points are still to be graded (``pending``, space-separated)."""
    from nbgrader.api import MissingEntry

    with Course(course).gradebook() as gb:
        assignments = sorted(a.name for a in gb.assignments)
        out = Grades(assignments, {a.name: float(a.max_score) for a in gb.assignments})
        for student in sorted(gb.students, key=lambda s: s.id):
            row: dict = {"student": student.id}
            pending = []
            for name in assignments:
                try:
                    sub = gb.find_submission(name, student.id)
                except MissingEntry:
                    row[name] = 0.0
                    continue
                late = float(sub.late_submission_penalty or 0.0)  # as nbgrader's export
                row[name] = round(max(0.0, float(sub.score) - late), 2)
                if sub.needs_manual_grade:
                    pending.append(name)
            row["total"] = round(sum(row[a] for a in assignments), 2)
            row["pending"] = " ".join(pending)
            out.rows.append(row)
    return out


def grade_rows(course: Path) -> tuple[list[str], list[dict]]:
    """(assignment names, [{"student": id, <assignment>: score, ..., "total": sum}])."""
    got = grades(course)
    return got.assignments, got.rows


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


@dataclass
class Exported:
    files: list[Path]  # grades.csv, results.json and the LMS file
    left_out: list[str] = field(default_factory=list)  # students the LMS file cannot name


def export(course: Path, out: Path | None = None, lms: str | None = None) -> Exported:
    """Write grades.csv and results.json (and the LMS file of ``lms``, "canvas" or
    "moodle") into ``out`` (default ``<course>/exports``)."""
    course = course.resolve()
    out = out if out is not None else course / "exports"
    out.mkdir(parents=True, exist_ok=True)
    got = grades(course)
    written = [out / "grades.csv", out / "results.json"]
    with written[0].open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["student", *got.assignments, "total", "pending"])
        writer.writeheader()
        writer.writerows(got.rows)
    written[1].write_text(json.dumps(test_results(course), indent=1))
    done = Exported(written)
    if lms:
        written.append(_write_lms(course, out, lms, got, done.left_out))
    return done


def _write_lms(course: Path, out: Path, lms: str, got: Grades, left_out: list[str]) -> Path:
    columns = LmsExport(config=Course(course).config()).columns
    heads = [columns.get(a, a) for a in got.assignments]
    people = collect.ledger(course)["students"]

    def score(row: dict, name: str) -> str:  # a grade still to be finished is not sent
        return "" if name in row["pending"].split() else f"{row[name]:g}"

    rows = []
    for row in got.rows:
        who = people.get(row["student"])
        if not who or who.get("lms") != lms:
            left_out.append(row["student"])
            continue
        rows.append((who, [score(row, a) for a in got.assignments]))
    path = out / f"{lms}_grades.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        if lms == "canvas":
            writer.writerow(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *heads])
            possible = [f"{got.max_points[a]:g}" for a in got.assignments]
            writer.writerow(["Points Possible", "", "", "", "", *possible])
            for who, scores in rows:
                first, last = who.get("first_name"), who.get("last_name")
                name = f"{last}, {first}" if first and last else who.get("lms_name", "")
                writer.writerow(
                    [
                        name,
                        who["lms_id"],
                        who.get("sis_user_id", ""),
                        who.get("sis_login_id", ""),
                        who.get("section", ""),
                        *scores,
                    ]
                )
        else:
            writer.writerow(
                ["First name", "Last name", "Email address", "ID number", "User ID", *heads]
            )
            for who, scores in rows:
                writer.writerow(
                    [
                        who.get("first_name", ""),
                        who.get("last_name", ""),
                        who.get("email", ""),
                        who.get("id_number", ""),
                        who["lms_id"],
                        *scores,
                    ]
                )
    return path
