"""Grade the whole mistake zoo through real nbgrader autograde: ``make zoo``.

Every mistake is patched into the source notebook and the result is graded by nbgrader
(``autograde`` with the course's config: hidden tests restored from the gradebook, trusted
grading). One submission carries one mistake of each graded function of a notebook at
once (round r holds the r-th mistake of every function); since each exercise is graded
with reference versions of the building blocks it uses, a mistake can only cost points on
its own exercise, and the run checks exactly that. Round 0 is the unmodified solution.

Prints a table (function, mistakes, killed, with the right hint) and exits non-zero unless
every mistake is killed, at least 80% get their hint, the solution gets full marks and no
exercise without a mistake lost points.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.exercises import MODULES, REGISTRY, zoo
from autograder.instructor import build
from autograder.pipeline import trusted

ROOT = Path(__file__).resolve().parents[2]
HINT_TARGET = 0.8


def all_mistakes() -> list:
    """Every exercise's mistakes, in declaration order (autograder/exercises/<module>/)."""
    return [m for ex in REGISTRY.values() for m in ex.mistakes]


def notebook_of(key: str) -> Path:
    """The source notebook whose test cells grade this exercise."""
    for path in sorted((ROOT / "source").glob("week*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        tasks, _ = trusted.tasks_of(nb)
        if any(t.key == key for t in tasks):
            return path
    raise LookupError(f"no source notebook grades {key}")


@dataclass
class Submission:
    student: str
    week: str
    path: Path  # the source notebook
    mistakes: list = field(default_factory=list)


def plan(mistakes) -> list[Submission]:
    by_notebook: dict[Path, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    notebooks = {}
    for m in mistakes:
        if m.key not in notebooks:
            notebooks[m.key] = notebook_of(m.key)
        by_notebook[notebooks[m.key]][m.key].append(m)
    subs = []
    for path in sorted(by_notebook):
        per_key = by_notebook[path]
        rounds = max(len(v) for v in per_key.values())
        for r in range(rounds + 1):
            chosen = [] if r == 0 else [v[r - 1] for v in per_key.values() if len(v) >= r]
            student = f"zoo-{path.stem}-{r:02d}"
            subs.append(Submission(student, path.parent.name, path, chosen))
    return subs


def doctor(sub: Submission):
    nb = nbformat.read(sub.path, as_version=4)
    zoo.plant(nb, sub.mistakes)  # mistakes or accepted variants
    return nb


def _grade_batch(args) -> list[dict]:
    """One worker: its own copy of the course (and gradebook), nbgrader autograde per
    submission through nbgrader's Python API."""
    course, subs, kernel = args
    from autograder.pipeline.course import Course

    api = Course(course).api(**({} if kernel else {"ResilientExecute.run_cells": False}))
    out = []
    for sub in subs:
        dest = course / "submitted" / sub.student / sub.week
        dest.mkdir(parents=True, exist_ok=True)
        for f in (course / "release" / sub.week).iterdir():
            if f.is_file() and f.suffix != ".ipynb":
                shutil.copy(f, dest / f.name)
            elif f.is_dir():
                shutil.copytree(f, dest / f.name, dirs_exist_ok=True)
        nbformat.write(doctor(sub), dest / sub.path.name)
        started = time.monotonic()
        result = api.autograde(sub.week, sub.student, force=True, create=True)
        seconds = time.monotonic() - started
        graded = course / "autograded" / sub.student / sub.week / sub.path.name
        cells = {}
        if result.get("success") and graded.exists():
            for cell in nbformat.read(graded, as_version=4).cells:
                meta = cell.metadata.get("nndl")
                if meta:
                    cells[meta["key"]] = meta
        scores = {}
        from nbgrader.api import Gradebook

        with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
            s = gb.find_submission(sub.week, sub.student)
            for nb in s.notebooks:
                if nb.name != sub.path.stem:
                    continue
                for g in nb.grades:
                    if g.auto_score is not None:
                        scores[g.name] = (g.auto_score, g.max_score)
        out.append(
            {
                "student": sub.student,
                "ok": bool(result.get("success")),
                "log": "" if result.get("success") else str(result.get("log", ""))[-2000:],
                "seconds": seconds,
                "verdicts": cells,
                "scores": scores,
                "mistakes": [m.id for m in sub.mistakes],
            }
        )
    return out


def run(
    workers: int = 2, only: set[str] | None = None, kernel: bool = True, edits=None
) -> tuple[list[dict], list]:
    """Grade the zoo (or ``edits``: accepted variants); ``kernel=False`` runs no notebook
    cell (scores come from trusted grading alone, which never uses the kernel's outputs):
    the same verdicts, faster."""
    edits = all_mistakes() if edits is None else edits
    mistakes = [m for m in edits if not only or m.key.split(".")[0] in only]
    subs = plan(mistakes)
    weeks = sorted({s.week for s in subs})
    with tempfile.TemporaryDirectory(prefix="nndl-zoo-") as tmp:
        master = Path(tmp) / "course"
        shutil.copytree(ROOT / "source", master / "source")
        shutil.copy(ROOT / "nbgrader_config.py", master)
        for week in weeks:
            build.generate_release(week, master)
        courses = []
        for w in range(workers):
            course = Path(tmp) / f"worker{w}"
            shutil.copytree(master, course, symlinks=True)
            courses.append(course)
        # the longest notebooks first, spread over the workers
        order = sorted(subs, key=lambda s: (s.path.stem != "deep_nn_application", s.student))
        batches = [(courses[w], order[w::workers], kernel) for w in range(workers)]
        if workers == 1:
            results = _grade_batch(batches[0])
        else:
            ctx = multiprocessing.get_context("spawn")
            with ctx.Pool(workers) as pool:
                results = [r for batch in pool.map(_grade_batch, batches) for r in batch]
    return results, mistakes


def evaluate(results: list[dict], mistakes) -> tuple[list[str], dict]:
    """(problems, {key: [mistakes, killed, hinted]})."""
    by_id = {m.id: m for m in mistakes}
    problems, table = [], defaultdict(lambda: [0, 0, 0])
    for r in results:
        if not r["ok"]:
            problems.append(f"{r['student']}: autograde failed\n{r['log']}")
            continue
        with_mistake = {by_id[i].key for i in r["mistakes"]}
        for key, verdict in r["verdicts"].items():
            if key not in with_mistake and verdict["score"] < verdict["max_points"]:
                problems.append(
                    f"{r['student']}: {key} lost points without a mistake of its own: "
                    f"{verdict['message'].splitlines()[0]}"
                )
        for i in r["mistakes"]:
            m = by_id[i]
            row = table[m.key]
            row[0] += 1
            verdict = r["verdicts"].get(m.key)
            if verdict is None:
                problems.append(f"{m.id}: no verdict for {m.key}")
                continue
            if verdict["score"] < verdict["max_points"]:
                row[1] += 1
            else:
                problems.append(f"{m.id}: NOT killed (full marks)")
            if m.hint is not None and m.hint in verdict["message"]:
                row[2] += 1
    return problems, dict(table)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", nargs="*", help="nnref modules, e.g. deep app")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--no-kernel", action="store_true", help="run no notebook cell (trusted grading only)"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    results, mistakes = run(args.workers, set(args.only or ()), kernel=not args.no_kernel)
    problems, table = evaluate(results, mistakes)
    total = [0, 0, 0]
    print(f"{'function':36} {'mistakes':>8} {'killed':>7} {'with hint':>9}")
    for key in sorted(table, key=lambda k: (MODULES.index(k.split(".")[0]), k)):
        n, killed, hinted = table[key]
        total = [a + b for a, b in zip(total, (n, killed, hinted), strict=True)]
        print(f"{key:36} {n:8d} {killed:7d} {hinted:9d}")
    n, killed, hinted = total
    print(f"{'all':36} {n:8d} {killed:7d} {hinted:9d}")
    print(
        f"killed {killed}/{n} ({100 * killed / max(n, 1):.0f}%), right hint {hinted}/{n} "
        f"({100 * hinted / max(n, 1):.0f}%); {len(results)} submissions graded by nbgrader in "
        f"{time.monotonic() - started:.0f} s with {args.workers} worker(s)"
    )
    if args.json:
        args.json.write_text(json.dumps({"results": results, "problems": problems}, indent=1))
    if hinted < HINT_TARGET * n:
        problems.append(f"only {hinted} of {n} mistakes got their hint (target 80%)")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
