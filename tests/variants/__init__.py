"""The accepted-variant zoo: correct implementations written the ways real students write them.

The mirror of the mistake zoo (tests/mistakes/): each module (named after the nnref module:
``intro``, ``basics``, ``logistic``, ``shallow``, ``deep``, ``app``) defines ``VARIANTS``, a
list of :class:`Variant`. A variant is the whole answer cell of one graded function as a
student might have written it: loops instead of vectorization, ``np.dot`` / ``@`` /
``np.matmul``, ``math.exp`` in a loop, the classic templates' idioms, ``float(...)`` or 0-d
or NumPy scalar results, int or bool predictions, prints and plots inside the function,
helper functions, ``assert`` lines, ``copy.deepcopy``... Every variant must get full marks in
the notebook's visible check and under hidden grading (``make variants``).
"""

from __future__ import annotations

from dataclasses import dataclass


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
