"""Grade the accepted-variant zoo both ways: ``make variants``.

Every variant is put in place of the solution in its source notebook (round r of a notebook
holds the r-th variant of each of its functions, as the mistake zoo does) and graded:
- visibly, as the student's notebook runs its checks (tests/mistakes/visible.py);
- hidden, through real ``nbgrader autograde`` with the course's config and no notebook cell
  run (trusted grading decides the scores), or with ``--quick`` by the trusted grader alone.
Prints a table (function, variants, full marks visible, full marks hidden) and exits
non-zero unless every variant gets full marks both ways and no other exercise lost points.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict

from autograder.exercises import MODULES, REGISTRY
from autograder.pipeline import trusted
from tests.mistakes import run as zoo
from tests.mistakes.visible import run_visible


def all_variants() -> list:
    """Every exercise's accepted variants (autograder/exercises/<module>/variants.py)."""
    return [v for ex in REGISTRY.values() for v in ex.variants]


def _hidden_quick(subs) -> list[dict]:
    """Hidden verdicts from the trusted grader alone (no nbgrader): for writing variants."""
    out = []
    for sub in subs:
        nb = zoo.doctor(sub)
        data = zoo.ROOT / "source" / sub.week / "datasets"
        verdicts = trusted.grade_notebook(nb, data if data.is_dir() else None)
        tasks, _ = trusted.tasks_of(nb)
        keys = {t.grade_id: t.key for t in tasks}
        cells = {
            keys[gid]: {"score": v.score, "max_points": v.max_points, "message": v.message}
            for gid, v in verdicts.items()
        }
        out.append({"student": sub.student, "ok": True, "verdicts": cells})
    return out


def run(workers: int = 2, only: set[str] | None = None, quick: bool = False):
    """(hidden results, visible verdicts by student, variants)."""
    variants = [v for v in all_variants() if not only or v.key.split(".")[0] in only]
    subs = zoo.plan(variants)
    seen = run_visible(subs, workers)
    if quick:
        results = _hidden_quick(subs)
        for r, sub in zip(results, subs, strict=True):
            r["mistakes"] = [v.id for v in sub.mistakes]
    else:
        results, _ = zoo.run(workers, only, kernel=False, edits=variants)
    return results, seen, variants


def evaluate(results, seen, variants) -> tuple[list[str], dict]:
    """(problems, {key: [variants, full marks visible, full marks hidden]})."""
    by_id = {v.id: v for v in variants}
    problems, table = [], defaultdict(lambda: [0, 0, 0])
    for r in results:
        if not r["ok"]:
            problems.append(f"{r['student']}: autograde failed\n{r.get('log', '')}")
            continue
        visible = seen[r["student"]]
        for key, verdict in r["verdicts"].items():
            if verdict["score"] < verdict["max_points"]:
                problems.append(
                    f"{r['student']}: {key} hidden {verdict['score']:g}/"
                    f"{verdict['max_points']:g}: {verdict['message'][:600]}"
                )
        for key, v in visible.items():
            if not v["passed"]:
                problems.append(f"{r['student']}: {key} visible check failed: {v['message'][:600]}")
        for i in r["mistakes"]:
            variant = by_id[i]
            row = table[variant.key]
            row[0] += 1
            row[1] += bool(visible.get(variant.key, {}).get("passed"))
            verdict = r["verdicts"].get(variant.key)
            row[2] += bool(verdict and verdict["score"] >= verdict["max_points"])
    return problems, dict(table)


def print_table(table: dict) -> None:
    total = [0, 0, 0]
    print(f"{'function':36} {'variants':>8} {'visible':>8} {'hidden':>7}")
    for key in sorted(table, key=lambda k: (MODULES.index(k.split(".")[0]), k)):
        row = table[key]
        total = [a + b for a, b in zip(total, row, strict=True)]
        print(f"{key:36} {row[0]:8d} {row[1]:8d} {row[2]:7d}")
    n, vis, hid = total
    print(f"{'all':36} {n:8d} {vis:8d} {hid:7d}")
    print(
        f"full marks: visible {vis}/{n} ({100 * vis / max(n, 1):.0f}%), "
        f"hidden {hid}/{n} ({100 * hid / max(n, 1):.0f}%)"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", nargs="*", help="nnref modules, e.g. deep app")
    parser.add_argument("--quick", action="store_true", help="trusted grader only, no nbgrader")
    args = parser.parse_args(argv)
    started = time.monotonic()
    results, seen, variants = run(args.workers, set(args.only or ()), args.quick)
    problems, table = evaluate(results, seen, variants)
    print_table(table)
    print(f"{len(results)} submissions graded in {time.monotonic() - started:.0f} s")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
