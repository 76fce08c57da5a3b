"""An HTML report of a cohort's results, with PNG figures: ``nndl report WEEK|all``.

- the distribution of the automatic scores of each week;
- the pass rate of every exercise (the share of students with full marks on it);
- the most common mistakes, from the trusted grader's diagnoses: failures are grouped by
  exercise and by the hint they got (or, without a hint, by the check that failed);
- the slowest submissions to grade;
- what grading had to repair or leave out in each submission (re-matched cells, restored
  test cells, unreadable notebooks, links and special files), from ``nndl grade``.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from autograder.instructor.export import test_results


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


def _ledgers(course: Path, weeks: list[str]):
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


def _figures(results: list[dict], weeks: list[str], out: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = []
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in results:
        t = totals[(r["week"], r["student"])]
        t[0] += r["score"]
        t[1] += r["max_points"]
    fig, axes = plt.subplots(1, len(weeks), figsize=(3.2 * len(weeks), 2.8), squeeze=False)
    for ax, week in zip(axes[0], weeks, strict=True):
        pct = [100 * s / m for (w, _), (s, m) in totals.items() if w == week and m]
        ax.hist(pct, bins=[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100.001], color="steelblue")
        ax.set_title(f"{week} ({len(pct)} students)")
        ax.set_xlabel("automatic score, % of points")
    axes[0][0].set_ylabel("students")
    fig.tight_layout()
    fig.savefig(out / "scores.png", dpi=90)
    plt.close(fig)
    names.append("scores.png")

    by_key: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by_key[r["key"]].append(r["score"] >= r["max_points"])
    keys = sorted(by_key)
    fig, ax = plt.subplots(figsize=(7, 0.22 * len(keys) + 1))
    rates = [100 * sum(by_key[k]) / len(by_key[k]) for k in keys]
    ax.barh(range(len(keys)), rates, color="seagreen")
    ax.set_yticks(range(len(keys)), keys, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("students with full marks, %")
    fig.tight_layout()
    fig.savefig(out / "pass_rates.png", dpi=90)
    plt.close(fig)
    names.append("pass_rates.png")
    return names


def build(course: Path, weeks: list[str], out: Path) -> Path:
    """Write ``out/index.html`` and its figures; the page's path."""
    course = course.resolve()
    out.mkdir(parents=True, exist_ok=True)
    results = [r for r in test_results(course) if r["week"] in weeks and "key" in r]
    if not results:
        raise FileNotFoundError(f"no graded notebooks for {', '.join(weeks)} in {course}")
    figures = _figures(results, weeks, out)
    mistakes = Counter(
        (r["key"], mistake_label(r)) for r in results if r["score"] < r["max_points"]
    )
    students = len({r["student"] for r in results})
    rows = "\n".join(
        f"<tr><td>{n}</td><td>{html.escape(k)}</td><td>{html.escape(label)}</td></tr>"
        for (k, label), n in mistakes.most_common(20)
    )
    slow = "\n".join(
        f"<tr><td>{html.escape(s)}</td><td>{w}</td><td>{sec:.1f}</td></tr>"
        for sec, s, w in _timings(course, weeks)[:10]
    )
    repaired = "\n".join(
        f"<tr><td>{html.escape(s)}</td><td>{w}</td><td>{html.escape(p)}</td></tr>"
        for s, w, ledger in _ledgers(course, weeks)
        for p in ledger.get("problems", [])
    )
    page = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>nndl report: {", ".join(weeks)}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:.2em .5em}}</style>
</head><body>
<h1>Results: {", ".join(weeks)}</h1>
<p>{students} students, {len(results)} graded exercises, {sum(mistakes.values())} failed.</p>
<h2>Automatic scores</h2><img src="{figures[0]}" alt="score distribution">
<h2>Pass rate per exercise</h2><img src="{figures[1]}" alt="pass rates">
<h2>Most common mistakes</h2>
<table><tr><th>students</th><th>exercise</th><th>diagnosis</th></tr>
{rows}
</table>
<h2>Slowest submissions to grade</h2>
<table><tr><th>student</th><th>week</th><th>seconds</th></tr>
{slow}
</table>
<h2>Repaired, left out or flagged while grading</h2>
<table><tr><th>student</th><th>week</th><th>what</th></tr>
{repaired or '<tr><td colspan="3">nothing</td></tr>'}
</table>
</body></html>
"""
    index = out / "index.html"
    index.write_text(page)
    return index
