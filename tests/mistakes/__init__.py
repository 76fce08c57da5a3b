"""The mistake zoo: plausible wrong implementations of every graded function.

Each week file (``week1.py`` ... ``week4.py``) defines ``MISTAKES``, a list of
:class:`Mistake`. A mistake is a text substitution in the source notebook's answer cell of
one graded function: ``find`` must occur exactly once in that cell (the cell that holds
``def <name>(``), and ``replace`` is what a student might have written instead.
``hint`` is a substring that the diagnosis for this mistake must contain (the specific hint
written for it); ``None`` means no specific hint is expected, only the lost points.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mistake:
    key: str  # registry key of the exercise, e.g. "deep.linear_backward"
    name: str  # short id, unique per exercise, e.g. "missing-1/m"
    why: str  # the misconception, one line
    find: str  # exact text in the source answer cell (occurs once)
    replace: str  # the wrong code
    hint: str | None  # substring the failure message must contain

    @property
    def id(self) -> str:
        return f"{self.key}:{self.name}"

    def apply(self, source: str) -> str:
        """The answer cell with this mistake planted (``find`` occurs exactly once)."""
        if source.count(self.find) != 1:
            raise ValueError(f"{self.id}: 'find' does not occur once in the answer cell")
        return source.replace(self.find, self.replace)
