"""The two zoos that check the checks: wrong answer cells and correct ones.

A :class:`Mistake` is a plausible wrong implementation of one graded function, planted in
the source notebook's answer cell: it must lose points, and its diagnosis must contain
``hint`` (the specific hint written for it; ``None``: only the lost points are expected).
A :class:`Variant` is a correct answer cell written the way a real student writes it
(loops, ``np.dot`` or ``@``, ``math.exp``, 0-d results, int predictions, prints): it must
get full marks in the visible check and under hidden grading alike. Each exercise's
entries live in ``autograder/exercises/<module>/mistakes.py`` and ``variants.py``; the
runners are ``tests/mistakes/run.py`` (``make zoo``) and ``tests/variants/run.py``
(``make variants``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nbformat import NotebookNode


def plant(nb: NotebookNode, entries: Iterable[Mistake | Variant]) -> None:
    """Put zoo entries (mistakes or variants) into a notebook, in place: each replaces the
    answer cell that defines its function (the one code cell holding ``def <name>(``)."""
    for entry in entries:
        name = entry.key.split(".", 1)[1]
        cells = [c for c in nb.cells if c.cell_type == "code" and f"def {name}(" in c.source]
        if len(cells) != 1:
            raise ValueError(f"{entry.id}: {len(cells)} cells define {name}")
        cells[0].source = entry.apply(cells[0].source)


@dataclass(frozen=True)
class Mistake:
    key: str  # the exercise, e.g. "deep.linear_backward"
    name: str  # short id, unique per exercise, e.g. "missing-1/m"
    why: str  # the misconception, one line
    code: str  # the whole wrong answer cell: the def of the function (and any helpers)
    hint: str | None  # substring the failure message must contain (None: points lost only)

    @property
    def id(self) -> str:
        return f"{self.key}:{self.name}"

    def apply(self, source: str) -> str:
        """The answer cell with this mistake in place of the solution."""
        return self.code


@dataclass(frozen=True)
class Variant:
    key: str  # registry key of the exercise, e.g. "deep.compute_cost"
    name: str  # short id, unique per exercise, e.g. "np-dot-squeeze"
    why: str  # how it differs from the solution, one line
    code: str  # the whole answer cell: the def of the function (and any helpers it defines)

    @property
    def id(self) -> str:
        return f"{self.key}:{self.name}"

    def apply(self, source: str) -> str:
        """The answer cell with this variant in place of the solution."""
        return self.code
