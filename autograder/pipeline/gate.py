"""The CI gate: run a notebook with a real kernel and judge every graded test cell.

``nbgrader validate`` exits 0 even when tests fail, so the gate runs notebooks itself: it
executes every cell in order (errors do not stop the run; the visible checks run in the
kernel as a student's do), then grades the test cells whose hidden block names an exercise
with the trusted grader (:mod:`autograder.pipeline.trusted`), the very engine of ``nndl grade``. A
test cell passes when its visible check raised nothing *and* the trusted verdict gives
full marks.

    nndl check source/week4/deep_nn_step_by_step.ipynb               # every test passes
    nndl check --expect fail release/week4/deep_nn_step_by_step.ipynb  # no free points
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder.pipeline import notebook, trusted


@dataclass(frozen=True)
class CellOutcome:
    """One graded test cell after execution."""

    grade_id: str
    points: float
    passed: bool
    error: str = ""


@dataclass
class NotebookRun:
    path: Path
    seconds: float
    tests: list[CellOutcome] = field(default_factory=list)
    # errors in cells that are not graded tests: (cell index, first line of the error)
    other_errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def passed(self) -> list[CellOutcome]:
        return [t for t in self.tests if t.passed]

    @property
    def failed(self) -> list[CellOutcome]:
        return [t for t in self.tests if not t.passed]


def _error_text(cell: nbformat.NotebookNode) -> str:
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return f"{out.get('ename')}: {out.get('evalue')}"[:2000]
    return ""


def run_notebook(path: str | Path, timeout: int = 600, kernel_name: str = "python3") -> NotebookRun:
    """Execute ``path`` in its own folder; every cell runs even after an error."""
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel_name,
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    start = time.perf_counter()
    client.execute()
    verdicts = trusted.grade_notebook(nb)
    run = NotebookRun(path, time.perf_counter() - start)
    for i, cell in enumerate(nb.cells):
        err = _error_text(cell) if cell.cell_type == "code" else ""
        if notebook.is_test_cell(cell):
            meta = notebook.nbgrader(cell)
            verdict = verdicts.get(meta["grade_id"])
            if not err and verdict is not None and not verdict.passed:
                err = verdict.message
            run.tests.append(
                CellOutcome(meta["grade_id"], float(meta.get("points", 0)), not err, err)
            )
        elif err:
            run.other_errors.append((i, err.splitlines()[0] if err else ""))
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+")
    parser.add_argument("--expect", choices=["pass", "fail"], default="pass")
    args = parser.parse_args(argv)
    status = 0
    for nb in args.notebooks:
        run = run_notebook(nb)
        print(f"{nb}: {len(run.passed)}/{len(run.tests)} test cells passed in {run.seconds:.1f} s")
        for t in run.tests:
            mark = "pass" if t.passed else "FAIL"
            print(
                f"  {mark} {t.grade_id} ({t.points:g} pt)"
                + (f": {t.error[:300]}" if t.error else "")
            )
        for i, err in run.other_errors:
            print(f"  error in ungraded cell {i}: {err[:300]}")
        if args.expect == "pass" and (run.failed or run.other_errors or not run.tests):
            status = 1
        if args.expect == "fail" and run.passed:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
