"""An HTML report of a cohort's results, with PNG figures: ``nndl report WEEK|all``.

Only the weeks with graded notebooks are shown:

- the distribution of the automatic scores of each week;
- each exercise: how many students got full marks, made a mistake, or did not attempt it
  (its answer cell still raises NotImplementedError), counted apart;
- the most common mistakes, from the trusted grader's diagnoses: failures are grouped by
  exercise and by the hint they got (or, without a hint, by the check that failed); an
  exercise not attempted is never a mistake;
- every student's automatic points and the points available, per week and in total;
- the slowest submissions to grade;
- what grading had to repair or leave out in each submission (re-matched cells, restored
  test cells, unreadable notebooks, links and special files), from ``nndl grade``.

The page is rendered from ``templates/report.html.j2``; its figures are PNG files beside it,
so the folder works offline.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from autograder.instructor.export import test_results

# The diagnosis of an exercise whose own stub raised (not a helper it calls).
NOT_IMPLEMENTED = re.compile(r"^\w+: is not implemented yet")


def mistake_label(verdict: dict) -> str:
    """What a failure was: its hint if it had one, else the failed check and output."""
    message = verdict.get("message", "")
    hint = re.search(r"hint: (.+)", message)
    if hint:
        return hint.group(1).strip()
    first = message.splitlines()[0] if message else verdict.get("check", "")
    first = re.sub(r"\((hidden trial|visible case) \d+ of \d+\)", "", first)
    first = re.sub(r"^\w+: ", "", first).strip()
    return f"{verdict.get('check', '?')}: {first[:120]}"


def outcome(record: dict) -> str:
    """``"full"`` (full marks), ``"not attempted"`` or ``"mistake"`` for one result record."""
    if record["score"] >= record["max_points"]:
        return "full"
    if record.get("attempted") is False or NOT_IMPLEMENTED.match(record.get("message", "")):
        return "not attempted"
    return "mistake"


@dataclass
class Exercise:
    """How the students did on one exercise: a number of students for each outcome."""

    key: str
    week: str
    full: int = 0
    mistake: int = 0
    not_attempted: int = 0


@dataclass
class Summary:
    """What the report shows, counted from the result records of the weeks with results."""

    weeks: list[str]  # the weeks with results, in the order asked for
    students: list[str]
    points: dict[tuple[str, str], float]  # (student, week): automatic points
    max_points: dict[str, float]  # week: the automatic points available
    exercises: list[Exercise]
    mistakes: list[tuple[int, str, str]]  # (students, exercise key, diagnosis), most first
    graded: int = 0  # graded test cells
    counts: dict[str, int] = field(default_factory=dict)  # outcome: graded test cells

    def total(self, student: str) -> float:
        return round(sum(self.points.get((student, w), 0.0) for w in self.weeks), 2)

    def total_max(self) -> float:
        return round(sum(self.max_points.values()), 2)


def summarize(records: list[dict], weeks: list[str], top: int = 20) -> Summary:
    """Count the result records (``export.test_results``) of ``weeks``; flagged-code records
    and weeks without results are left out."""
    results = [r for r in records if r.get("week") in weeks and "key" in r]
    shown = [w for w in weeks if any(r["week"] == w for r in results)]
    points: dict[tuple[str, str], float] = {}
    cell_max: dict[tuple[str, str, Any], float] = {}
    exercises: dict[tuple[str, str], Exercise] = {}
    mistakes: Counter[tuple[str, str]] = Counter()
    counts: Counter[str] = Counter()
    for r in results:
        week, student = r["week"], r["student"]
        points[(student, week)] = round(points.get((student, week), 0.0) + r["score"], 2)
        cell = (week, r["notebook"], r.get("grade_id") or r["key"])
        cell_max[cell] = max(cell_max.get(cell, 0.0), float(r["max_points"]))
        ex = exercises.setdefault((week, r["key"]), Exercise(r["key"], week))
        kind = outcome(r)
        counts[kind] += 1
        if kind == "full":
            ex.full += 1
        elif kind == "not attempted":
            ex.not_attempted += 1
        else:
            ex.mistake += 1
            mistakes[(r["key"], mistake_label(r))] += 1
    max_points = {w: round(sum(m for c, m in cell_max.items() if c[0] == w), 2) for w in shown}
    return Summary(
        weeks=shown,
        students=sorted({r["student"] for r in results}),
        points=points,
        max_points=max_points,
        exercises=sorted(exercises.values(), key=lambda e: (shown.index(e.week), e.key)),
        mistakes=[(n, key, label) for (key, label), n in mistakes.most_common(top)],
        graded=len(results),
        counts=dict(counts),
    )


def _ledgers(course: Path, weeks: list[str]) -> Iterator[tuple[str, str, dict]]:
    for ledger in sorted((course / "autograded").glob("*/*/graded.json")):
        week, student = ledger.parent.name, ledger.parent.parent.name
        if week in weeks:
            try:
                yield student, week, json.loads(ledger.read_text())
            except (ValueError, OSError):
                continue


def _timings(course: Path, weeks: list[str]) -> list[tuple[float, str, str]]:
    out = []
    for student, week, ledger in _ledgers(course, weeks):
        try:
            out.append((float(ledger["seconds"]), student, week))
        except (KeyError, TypeError, ValueError):
            continue
    return sorted(out, reverse=True)


def _figures(summary: Summary, out: Path) -> dict[str, str]:
    """Write the figures into ``out``; {what: file name}. Counts of students on integer axes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    weeks = summary.weeks
    cols = min(2, len(weeks))
    rows = -(-len(weeks) // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.6 * cols, 2.7 * rows), squeeze=False)
    for ax in axes.flat[len(weeks) :]:
        ax.set_visible(False)
    for ax, week in zip(axes.flat, weeks, strict=False):
        best = summary.max_points[week]
        pct = [
            100 * summary.points.get((s, week), 0.0) / best
            for s in summary.students
            if (s, week) in summary.points and best
        ]
        ax.hist(pct, bins=[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100.001], color="steelblue")
        ax.set_title(f"{week} ({len(pct)} students)")
        ax.set_xlabel("automatic score, % of points")
        ax.set_ylabel("students")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    fig.tight_layout()
    fig.savefig(out / "scores.png", dpi=90)
    plt.close(fig)

    exercises = summary.exercises
    fig, ax = plt.subplots(figsize=(7, 0.25 * len(exercises) + 1.4))
    y = range(len(exercises))
    left = [0] * len(exercises)
    for label, attr, color in (
        ("full marks", "full", "seagreen"),
        ("mistake", "mistake", "darkorange"),
        ("not attempted", "not_attempted", "lightgray"),
    ):
        n = [getattr(e, attr) for e in exercises]
        ax.barh(y, n, left=left, color=color, label=label)
        left = [a + b for a, b in zip(left, n, strict=True)]
    ax.set_yticks(list(y), [e.key for e in exercises], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("students")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize=8, frameon=False)
    fig.tight_layout()
    fig.savefig(out / "exercises.png", dpi=90)
    plt.close(fig)
    return {"scores": "scores.png", "exercises": "exercises.png"}


def _points(value: float) -> str:
    return f"{value:g}"


def render(
    summary: Summary,
    figures: dict[str, str],
    slow: list[tuple[float, str, str]],
    repaired: list[tuple[str, str, str]],
) -> str:
    """The report page (``templates/report.html.j2``)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("autograder.instructor"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["points"] = _points
    return env.get_template("report.html.j2").render(
        s=summary, figures=figures, slow=slow, repaired=repaired
    )


def build(course: Path, weeks: list[str], out: Path) -> Path:
    """Write ``out/index.html`` and its figures; the page's path."""
    course = course.resolve()
    summary = summarize(test_results(course), weeks)
    if not summary.weeks:
        raise FileNotFoundError(f"no graded notebooks for {', '.join(weeks)} in {course}")
    out.mkdir(parents=True, exist_ok=True)
    figures = _figures(summary, out)
    repaired = [
        (student, week, problem)
        for student, week, ledger in _ledgers(course, summary.weeks)
        for problem in ledger.get("problems", [])
    ]
    page = render(summary, figures, _timings(course, summary.weeks)[:10], repaired)
    index = out / "index.html"
    index.write_text(page)
    return index
