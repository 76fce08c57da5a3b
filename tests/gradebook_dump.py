"""Everything grading wrote to a course's gradebook, as plain data two runs can be compared by."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = ("grade", "comment", "submitted_notebook", "submitted_assignment", "student")


def gradebook(course: Path, weeks: list[str]) -> dict:
    """``submissions``: per ``student/week``, each grade cell's scores and flags, each comment
    cell's comments, the time stamp, the late penalties and the totals; ``counts``: the rows
    of the tables grading writes; ``doubled``: grade rows saved twice for one cell."""
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for week in weeks:
            for sub in gb.assignment_submissions(week):
                out[f"{sub.student.id}/{week}"] = {
                    "cells": sorted(
                        (
                            nb.name,
                            g.name,
                            g.auto_score,
                            g.manual_score,
                            g.extra_credit,
                            g.max_score,
                            g.needs_manual_grade,
                        )
                        for nb in sub.notebooks
                        for g in nb.grades
                    ),  # fmt: skip
                    "comments": sorted(
                        (nb.name, c.name, c.auto_comment, c.manual_comment)
                        for nb in sub.notebooks
                        for c in nb.comments
                    ),
                    "timestamp": str(sub.timestamp),
                    "late": (sub.total_seconds_late, sub.late_submission_penalty),
                    "penalties": sorted(
                        (nb.name, nb.late_submission_penalty) for nb in sub.notebooks
                    ),
                    "score": sub.score,
                    "max_score": sub.max_score,
                    "code_score": sub.code_score,
                }
    db = sqlite3.connect(course / "gradebook.db")
    try:
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        doubled = db.execute(
            "SELECT notebook_id, cell_id, count(*) FROM grade"
            " GROUP BY notebook_id, cell_id HAVING count(*) > 1"
        ).fetchall()
    finally:
        db.close()
    return {"submissions": out, "counts": counts, "doubled": doubled}
