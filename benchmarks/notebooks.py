"""Time every source notebook run top to bottom with a real kernel (figures, not asserts).

    python benchmarks/notebooks.py            # all weeks
    python benchmarks/notebooks.py week4      # one week

Targets of the course: each source notebook <= 60 s on a 2-core machine, the whole course
<= 3 min. Notebooks run in a temporary copy of their folder, so nothing is written to source/.
"""

import shutil
import sys
import tempfile
import time
from pathlib import Path

from autograder.pipeline import gate

ROOT = Path(__file__).resolve().parents[1]


def main(weeks: list[str]) -> None:
    notebooks = sorted(
        nb for nb in (ROOT / "source").glob("week*/*.ipynb") if not weeks or nb.parent.name in weeks
    )
    total = 0.0
    print(f"{'notebook':<46} {'seconds':>8} {'tests passed':>13}")
    start = time.perf_counter()
    for nb in notebooks:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / nb.parent.name
            shutil.copytree(nb.parent, work)
            run = gate.run_notebook(work / nb.name)
        total += run.seconds
        name = f"{nb.parent.name}/{nb.name}"
        print(f"{name:<46} {run.seconds:>8.1f} {len(run.passed):>6}/{len(run.tests):<6}")
    print(f"{'whole course (kernel time)':<46} {total:>8.1f}")
    print(f"{'whole course (wall, with kernel start-up)':<46} {time.perf_counter() - start:>8.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
