"""Per-week data files computed with nnref at build time (see autograder.instructor.build).

Also the rule every generated JSON file of the build follows (``nndl_cases.json`` too):
each float computed by nnref is written rounded to :data:`SIGNIFICANT_DIGITS` significant
digits by :func:`rounded`. NumPy picks its SIMD kernels (exp, log, tanh, ...) and OpenBLAS
its matrix kernels for the CPU at run time, and they differ in the last bits between CPU
generations (AVX2, AVX-512); measured: up to 1.3e-14 relative in the recorded cases. Twelve
digits give the same decimal on almost every CPU; ``autograder.instructor.build.content_difference``
compares files with a tolerance for the rare value that sits on a rounding boundary.
"""

from __future__ import annotations

from typing import Any

import numpy as np

SIGNIFICANT_DIGITS = 12


def _round(x: float) -> float:
    return float(f"{x:.{SIGNIFICANT_DIGITS}g}")  # correctly rounded, nan and inf kept


def rounded(value: Any) -> Any:
    """``value`` with every float rounded to SIGNIFICANT_DIGITS significant digits.

    Float arrays keep their dtype and shape; tuples, lists and dicts are rounded item by
    item; everything else (ints, bools, strings, integer arrays) is returned unchanged.
    """
    if isinstance(value, np.ndarray):
        if value.dtype.kind != "f":
            return value
        flat = [_round(v) for v in value.ravel().tolist()]
        return np.array(flat, dtype=value.dtype).reshape(value.shape)
    if isinstance(value, float | np.floating):
        return type(value)(_round(float(value)))
    if isinstance(value, tuple | list):
        return type(value)(rounded(v) for v in value)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return value
