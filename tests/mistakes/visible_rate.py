"""The share of the mistake zoo that the visible checks alone catch (visible kill rate).

Every mistake is planted in its notebook and the notebook runs as a student's kernel runs
it, hidden blocks stripped (tests/mistakes/visible.py). A mistake is caught visibly when the
visible check of its own exercise fails. A visible check calls the student's own building
blocks, so one submission never holds a mistake of a function together with a mistake of a
function it calls (:func:`isolated_plan`): each verdict is that of its mistake alone.

Prints a table (function, mistakes, caught visibly, %), the overall rate and the mistakes
that got through. It reads release/<week>/nndl_cases.json: regenerate the release
(``python -m autograder.instructor.build``) after changing the cases.

    python -m tests.mistakes.visible_rate [--workers N] [--only deep app]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from autograder import exercises
from autograder.exercises import MODULES
from tests.mistakes.run import Submission, all_mistakes, notebook_of
from tests.mistakes.visible import run_visible

TARGET = 0.9
# A hint that names a shape: a visible case with distinct dimensions must catch these.
SHAPE_WORDS = ("transposed", "(n, 1)", "keepdims", "shape")


def is_shape_hint(hint: str | None) -> bool:
    return hint is not None and any(w in hint for w in SHAPE_WORDS)


def calls(key: str) -> set[str]:
    """The graded functions ``key`` calls, directly or through each other (registry uses)."""
    module = key.split(".")[0]
    found: set[str] = set()
    todo = [key]
    while todo:
        for name in exercises.REGISTRY[todo.pop()].uses:
            other = f"{module}.{name}"
            if other in exercises.REGISTRY and other not in found:
                found.add(other)
                todo.append(other)
    return found


def isolated_plan(mistakes) -> list[Submission]:
    """Submissions of a notebook each holding at most one mistake per function, and never a
    mistake of a function with one of a function it calls."""
    rounds: dict = defaultdict(list)  # notebook -> [[mistake, ...], ...]
    for m in mistakes:
        path = notebook_of(m.key)
        for chosen in rounds[path]:
            keys = {c.key for c in chosen}
            if (
                m.key not in keys
                and not keys & calls(m.key)
                and not any(m.key in calls(k) for k in keys)
            ):
                chosen.append(m)
                break
        else:
            rounds[path].append([m])
    return [
        Submission(f"visible-{path.stem}-{r:02d}", path.parent.name, path, chosen)
        for path in sorted(rounds)
        for r, chosen in enumerate(rounds[path], start=1)
    ]


def measure(mistakes=None, workers: int = 4) -> dict[str, list]:
    """{mistake id: [mistake, caught visibly, message]} for the zoo (or ``mistakes``)."""
    mistakes = all_mistakes() if mistakes is None else mistakes
    subs = isolated_plan(mistakes)
    seen = run_visible(subs, workers)
    out = {}
    for sub in subs:
        verdicts = seen[sub.student]
        for m in sub.mistakes:
            verdict = verdicts.get(m.key)
            caught = verdict is not None and not verdict["passed"]
            out[m.id] = [m, caught, verdict["message"] if verdict else "no visible check"]
    return out


def table(outcome: dict[str, list]) -> tuple[dict[str, list[int]], float]:
    """({key: [mistakes, caught, caught with the mistake's hint]}, overall rate)."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for m, caught, message in outcome.values():
        rows[m.key][0] += 1
        rows[m.key][1] += caught
        rows[m.key][2] += caught and (m.hint is None or m.hint in message)
    n = sum(r[0] for r in rows.values())
    caught = sum(r[1] for r in rows.values())
    return dict(rows), caught / max(n, 1)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--only", nargs="*", help="nnref modules, e.g. deep app")
    args = parser.parse_args(argv)
    mistakes = [m for m in all_mistakes() if not args.only or m.key.split(".")[0] in args.only]
    outcome = measure(mistakes, args.workers)
    rows, rate = table(outcome)
    print(f"{'function':36} {'mistakes':>8} {'caught visibly':>14} {'%':>5} {'with hint':>9}")
    for key in sorted(rows, key=lambda k: (MODULES.index(k.split(".")[0]), k)):
        n, caught, hinted = rows[key]
        print(f"{key:36} {n:8d} {caught:14d} {100 * caught / n:5.0f} {hinted:9d}")
    n, caught, hinted = (sum(r[i] for r in rows.values()) for i in range(3))
    print(f"{'all':36} {n:8d} {caught:14d} {100 * rate:5.0f} {hinted:9d}")
    missed = [m for m, c, _ in outcome.values() if not c]
    for m in missed:
        flag = "SHAPE " if is_shape_hint(m.hint) else ""
        print(f"not caught visibly: {flag}{m.id} ({m.why})")
    print(f"visible kill rate {caught}/{n} ({100 * rate:.1f}%), target {100 * TARGET:.0f}%")
    return 0 if rate >= TARGET and not any(is_shape_hint(m.hint) for m in missed) else 1


if __name__ == "__main__":
    sys.exit(main())
