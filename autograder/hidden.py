"""Hidden checks: run inside the test cells of the source notebooks, stripped from release/.

``grade(key, fn)`` calls the student's function on randomized trials (typical shapes and
the edges m = 1, n = 1 and large magnitudes), compares every output with nnref using the
same code as the visible checks, and raises AssertionError with a diagnosis on failure.
Messages never include expected values.
"""

from __future__ import annotations

import os
import zlib
from contextlib import contextmanager

from autograder import compare, registry, state


@contextmanager
def _reference_building_blocks(fn, blocks: dict):
    """Point the names ``fn`` calls (in its module's globals) at the reference versions."""
    namespace = getattr(fn, "__globals__", None)
    if namespace is None or not blocks:
        yield
        return
    saved = {name: namespace[name] for name in blocks if name in namespace}
    namespace.update(blocks)
    try:
        yield
    finally:
        for name in blocks:
            if name in saved:
                namespace[name] = saved[name]
            else:
                namespace.pop(name, None)


def hidden_seed(key: str) -> int:
    """Fixed per exercise, so a regrade gives the same trials; distinct from the visible seed."""
    return zlib.crc32(("hidden:" + key).encode())


def trusted_grading() -> bool:
    """True in a kernel started by the course's autograder: the trusted grader
    (autograder/trusted.py) decides these cells from the notebook's code, so the in-kernel
    hidden checks are skipped there."""
    return os.environ.get("NNDL_TRUSTED_GRADING") == "1"


def grade(key: str, fn) -> list[compare.Result]:
    """Run the hidden trials of one exercise on ``fn``; AssertionError on the first failure."""
    ex = registry.REGISTRY[key]
    if trusted_grading():
        print(f"{ex.name}: graded from your code in a separate process")
        return []
    cases = registry.make_cases(key, hidden_seed(key))
    with _reference_building_blocks(fn, ex.uses):
        results = compare.run_cases(ex.name, fn, cases, hidden=True)
    failed = [r for r in results if not r.passed]
    if failed:
        raise AssertionError("\n" + failed[0].message)
    print(f"{ex.name}: all {len(cases)} hidden trials passed.")
    return results


def grade_choice(name: str, answer, correct: str) -> None:
    """A multiple-choice answer: one letter, compared without case or spaces."""
    if trusted_grading():
        return
    given = answer.strip().lower() if isinstance(answer, str) else answer
    if given != correct:
        raise AssertionError(f"{name}: {answer!r} is not the right answer")
    print(f"{name}: correct.")


def grade_state(key: str, namespace: dict) -> None:
    """Variables a notebook computed (e.g. the data sizes), checked against the data files."""
    if trusted_grading():
        return
    names, _ = state.STATE[key]
    message = state.check_state(key, {n: namespace[n] for n in names if n in namespace})
    if message:
        raise AssertionError(f"{key.split('.', 1)[1]}: {message}")
    print(f"{key.split('.', 1)[1]}: hidden check passed.")
