"""Compare what a student's function returned with what it should return, and say why not.

NumPy only, and no imports from the rest of the package: the build copies this file into
every release folder, where the visible checks run without nnref or autograder. The hidden
checks use the very same code, so a message reads the same on both sides.

Checks run from cheap to precise and stop at the first failure: the call raised ->
return type and arity -> for each output in order: type -> dict keys / tuple length ->
shape -> dtype -> finite -> values (``allclose`` with stated rtol/atol) -> inputs not mutated.
A failure becomes a message of at most ~15 lines that names the exercise, the output, the
input shapes, expected vs got, the largest error and where, and one hint when the failure
looks like a known mistake. Hidden trials never print expected values.
"""

from __future__ import annotations

import base64 as _base64
import copy
import json as _json
import math as _math
import re as _re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, SupportsFloat

import numpy as np

# Pristine references, taken when this module is imported: student code that later replaces
# np.allclose or np.isfinite in its kernel cannot change what these names point to.
_allclose = np.allclose
_isfinite = np.isfinite
_abs = np.abs
_argmax = np.argmax
_array_equal = np.array_equal
_asarray = np.asarray
_unravel = np.unravel_index
_vdot = np.vdot
_ndarray = np.ndarray
_real = (int, float, np.integer, np.floating)


@dataclass(frozen=True)
class Result:
    """The outcome of one check of one exercise."""

    exercise: str
    check: str  # raised, type, arity, keys, shape, dtype, finite, values, mutated, ...
    passed: bool
    points: float = 0.0
    message: str = ""
    hidden: bool = False


@dataclass
class Case:
    """One call of a graded function and what it must return.

    ``outputs`` names the returned values in order (one name when the function returns a
    single value). ``wrong`` maps a hint to the output a known mistake would produce on
    these inputs: a student output equal to one of them gets that hint.
    """

    args: tuple
    expected: object
    outputs: tuple[str, ...]
    rtol: float = 1e-6
    atol: float = 1e-8
    m: int | None = None  # number of examples, for "off by a factor of m" hints
    wrong: dict[str, object] = field(default_factory=dict)
    arg_names: tuple[str, ...] = ()
    seed: int | None = None  # np.random.seed(seed) before the call (initializers draw from it)
    hint: str | None = None  # the exercise's own hint for wrong values no other hint explains
    # Outputs (or dict keys) that hold 0/1 labels: bool, int and float arrays all count.
    labels: tuple[str, ...] = ()


class Mismatch(Exception):
    """Raised inside the comparison; carries the check name and the message lines."""

    def __init__(self, check: str, lines: list[str]):
        super().__init__(check)
        self.check = check
        self.lines = lines


# ----------------------------------------------------------------------- transport
#
# What a student's function returned reaches the judge through this codec on both sides:
# the visible check in the student's kernel and hidden grading, where the function runs in
# a separate process and its outputs come back as JSON (compare.dump / compare.load). So a value is
# judged the same way wherever it was computed: a 0-d array stays a 0-d array, a NumPy
# scalar a NumPy scalar, a tuple a tuple. Decoding builds only dicts, lists, tuples,
# numbers, strings, NumPy arrays and scalars of plain numeric dtypes; anything else arrives
# as an Opaque that names its type (so the diagnosis can say "got a Foo").

_PLAIN_DTYPES = "biufc"  # bool, signed, unsigned, float, complex
MAX_LINE = 300  # characters in one line of a diagnosis
MAX_ARRAY_BYTES = 64 * 2**20


class Opaque:
    """Stands in for a value of a type the transport does not carry."""

    def __init__(self, type_name: str):
        self.type_name = type_name

    def __repr__(self) -> str:
        return f"<{self.type_name}>"


BLOB_BYTES = 1 << 16  # an array this large goes on the wire as raw bytes, given ``blobs``


def dump(
    value: object, depth: int = 0, readable: bool = False, blobs: list[bytes] | None = None
) -> Any:
    """A JSON-ready structure for ``value`` (see :func:`load`): the one codec of the course.

    By default (the wire between a child that ran student code and the judge) every bit of
    an array or a NumPy scalar is kept: base64 of its buffer, with its dtype and shape.
    With ``blobs`` (the trusted child's wire), an array of ``BLOB_BYTES`` or more is not
    encoded: its buffer is appended to ``blobs`` and the structure names it by position
    (``{"__blob__": k, ...}``), to be sent raw and put back by :func:`with_blobs`; Week 2's
    datasets are 28 MB, and base64 both ways cost a tenth of a second each.
    ``readable=True`` writes the files the build generates (``nndl_cases.json``): arrays as
    nested lists of numbers, NumPy scalars as plain numbers, so a reviewer can read them and
    two builds can be compared within a tolerance."""
    if readable:
        return _dump_readable(value, depth)
    if depth > 20:
        return {"__opaque__": "deeply nested value"}
    if value is None or isinstance(value, (bool, str)):
        return value if type(value) in (bool, str) or value is None else str(value)
    if type(value) is int:
        return value
    if type(value) is float:
        return value if _math.isfinite(value) else {"__float__": repr(value)}
    if isinstance(value, _ndarray):
        if value.dtype.kind not in _PLAIN_DTYPES or value.nbytes > MAX_ARRAY_BYTES:
            return {"__opaque__": f"ndarray of dtype {value.dtype}"}
        # tobytes() is C-ordered whatever the layout; the shape is the value's own (a 0-d
        # array stays 0-d: np.ascontiguousarray would make it (1,)).
        if blobs is not None and value.nbytes >= BLOB_BYTES:
            blobs.append(value.tobytes())
            return {
                "__blob__": len(blobs) - 1,
                "dtype": value.dtype.str,
                "shape": list(value.shape),
            }
        return {
            "__ndarray__": _base64.b64encode(value.tobytes()).decode(),
            "dtype": value.dtype.str,
            "shape": list(value.shape),
        }
    if isinstance(value, np.generic) and value.dtype.kind in _PLAIN_DTYPES:
        return {
            "__scalar__": _base64.b64encode(value.tobytes()).decode(),
            "dtype": value.dtype.str,
        }
    if isinstance(value, tuple):  # a namedtuple is a tuple
        return {"__tuple__": [dump(v, depth + 1, blobs=blobs) for v in value]}
    if isinstance(value, list):
        return [dump(v, depth + 1, blobs=blobs) for v in value]
    if isinstance(value, dict):  # an OrderedDict or a defaultdict is a dict
        if not all(type(k) is str for k in value):
            return {"__opaque__": "dict with non-string keys"}
        return {"__dict__": {k: dump(v, depth + 1, blobs=blobs) for k, v in value.items()}}
    return {"__opaque__": type(value).__name__[:60]}


def _dump_readable(value: object, depth: int) -> Any:
    if depth > 20:
        return {"__opaque__": "deeply nested value"}
    if isinstance(value, _ndarray):
        return {"__ndarray__": value.tolist(), "dtype": value.dtype.str, "shape": list(value.shape)}
    if isinstance(value, tuple):
        return {"__tuple__": [_dump_readable(v, depth + 1) for v in value]}
    if isinstance(value, list):
        return [_dump_readable(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {"__dict__": {str(k): _dump_readable(v, depth + 1) for k, v in value.items()}}
    if isinstance(value, np.generic):
        return value.item()
    return value


def with_blobs(value: Any, blobs: list[bytearray]) -> Any:
    """``value`` (parsed JSON) with each ``{"__blob__": k, ...}`` made the array form that
    :func:`load` reads, holding ``blobs[k]`` (raw bytes read from the wire); a reference to
    no blob is left as it is, for ``load`` to refuse."""
    if isinstance(value, list):
        return [with_blobs(v, blobs) for v in value]
    if not isinstance(value, dict):
        return value
    k = value.get("__blob__")
    if type(k) is int and 0 <= k < len(blobs) and len(value) == 3:
        return {"__ndarray__": blobs[k], "dtype": value.get("dtype"), "shape": value.get("shape")}
    return {key: with_blobs(v, blobs) for key, v in value.items()}


def load(value: Any) -> Any:
    """Inverse of :func:`dump` (either form); rejects anything it did not write."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [load(v) for v in value]
    if not isinstance(value, dict) or len(value) not in (1, 2, 3):
        raise ValueError("malformed value on the wire")
    if "__ndarray__" in value:
        dtype = np.dtype(value["dtype"])
        if dtype.kind not in _PLAIN_DTYPES:
            raise ValueError(f"dtype {dtype} is not allowed on the wire")
        shape = tuple(int(n) for n in value["shape"])
        if isinstance(value["__ndarray__"], bytearray):  # a blob (with_blobs): raw, writable
            return np.frombuffer(value["__ndarray__"], dtype=dtype).reshape(shape)
        if not isinstance(value["__ndarray__"], str):  # the readable form: numbers, lists
            return np.array(value["__ndarray__"], dtype=dtype).reshape(shape)
        raw = _base64.b64decode(value["__ndarray__"])
        return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()
    if "__scalar__" in value:
        dtype = np.dtype(value["dtype"])
        if dtype.kind not in _PLAIN_DTYPES:
            raise ValueError(f"dtype {dtype} is not allowed on the wire")
        return np.frombuffer(_base64.b64decode(value["__scalar__"]), dtype=dtype)[0]
    if "__float__" in value:
        return float(value["__float__"])
    if "__tuple__" in value:
        return tuple(load(v) for v in value["__tuple__"])
    if "__dict__" in value:
        return {str(k): load(v) for k, v in value["__dict__"].items()}
    if "__opaque__" in value:
        return Opaque(str(value["__opaque__"]))
    raise ValueError("malformed value on the wire")


def transported(value: object) -> Any:
    """``value`` as the judge receives it: through :func:`dump`, JSON and :func:`load`."""
    return load(_json.loads(_json.dumps(dump(value))))


# ----------------------------------------------------------------- describing values


def describe(value: object, depth: int = 0) -> str:
    """A short, value-free description: shapes of arrays, keys of dicts, types of scalars
    (at most ``MAX_LINE`` characters, whatever the value holds)."""
    text = _describe(value, depth)
    return text if len(text) <= MAX_LINE else text[: MAX_LINE - 3] + "..."


def _describe(value: object, depth: int = 0) -> str:
    if isinstance(value, (dict, tuple, list)) and len(value) > 20:
        return f"{type(value).__name__} of {len(value)} items"
    if isinstance(value, _ndarray):
        return f"array {value.shape}" if value.ndim else "0-d array"
    if isinstance(value, dict):
        if depth > 1:
            return "dict"
        inner = ", ".join(f"{k}: {describe(v, depth + 1)}" for k, v in value.items())
        return "{" + inner + "}"
    if isinstance(value, (tuple, list)):
        if depth > 1:
            return type(value).__name__
        inner = ", ".join(describe(v, depth + 1) for v in value)
        return (
            ("(" if isinstance(value, tuple) else "[")
            + inner
            + (")" if isinstance(value, tuple) else "]")
        )
    if isinstance(value, Opaque):
        return value.type_name
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, _real):
        return type(value).__name__
    return type(value).__name__


def _inputs_line(case: Case) -> str:
    names = case.arg_names or tuple(f"arg{i}" for i in range(len(case.args)))
    parts = [f"{n} {describe(a)}" for n, a in zip(names, case.args, strict=False)]
    line = "inputs: " + ", ".join(parts)
    return line if len(line) <= 200 else line[:197] + "..."


# -------------------------------------------------------------------------- hints


def _shape_hint(got: tuple, exp: tuple) -> str | None:
    if len(got) == 2 and len(exp) == 2 and got == exp[::-1]:
        return "the shape is transposed: look for a missing or extra .T"
    if len(exp) == 2 and exp[1] == 1 and got == (exp[0],):
        return "a column (n, 1) is expected, got a flat (n,) array: keepdims=True or reshape(-1, 1)"
    if len(got) == 2 and got[1] == 1 and exp == (got[0],):
        return "a flat (n,) array is expected, got a column (n, 1)"
    if len(exp) == 2 and exp[1] == 1 and len(got) == 2 and got[0] == exp[0]:
        return "one value per row is expected: sum over axis=1 (with keepdims=True)"
    if len(exp) == 2 and exp[0] == 1 and len(got) == 2 and got[1] == exp[1]:
        return "one value per example is expected: reduce over axis=0, not over the examples"
    if int(np.prod(got)) == int(np.prod(exp)):
        return "the right number of values in the wrong shape: check the reshape"
    return None


def _factor_hint(got: np.ndarray, exp: np.ndarray, m: int | None) -> str | None:
    """If got is a multiple of exp, name the factor (m, 1/m, -1 or a constant)."""
    denom = float(_vdot(exp, exp))
    if denom == 0 or got.shape != exp.shape:
        return None
    k = float(_vdot(got, exp)) / denom
    if not _allclose(got, k * exp, rtol=1e-6, atol=1e-12 * max(1.0, abs(k))):
        return None
    if abs(k + 1) < 1e-6:
        return "the sign is flipped: check the minus sign (or the order of a subtraction)"
    if m and m > 1 and abs(k - m) < 1e-6 * m:
        return f"too large by a factor of m = {m}: the formula divides by m (the 1/m)"
    if m and m > 1 and abs(k - 1 / m) < 1e-6:
        return f"too small by a factor of m = {m}: divide by m only once"
    if abs(k) > 1e-12 and abs(k - 1) > 1e-6 and (exp.size > 1 or _round_factor(k)):
        return f"off by a constant factor of {k:.4g}: check the scaling"
    return None


def _round_factor(k: float) -> bool:
    """True for a factor such as 2, 10, 0.5 or 0.01: a single wrong value is a multiple of the
    right one by any k, so only a round k tells something."""
    return any(1 < abs(x) <= 1000 and abs(x - round(x)) < 1e-9 * abs(x) for x in (k, 1 / k))


def _known_mistake(got: object, wrongs: dict[str, object], case: Case) -> str | None:
    """The hint of the first known mistake whose output equals ``got`` (at this path)."""
    for hint, wrong in wrongs.items():
        try:
            if _equal_structure(got, wrong, case.rtol, case.atol):
                return hint
        except Exception:
            continue
    return None


def _known_dtype_mistake(got: np.ndarray, wrongs: dict[str, object], case: Case) -> str | None:
    """The hint of a known mistake that returns these values with this kind of dtype (an
    integer ReLU of an integer input, say)."""
    for hint, wrong in wrongs.items():
        if isinstance(wrong, _ndarray) and wrong.dtype.kind == got.dtype.kind:
            try:
                if _equal_structure(got, wrong, case.rtol, case.atol):
                    return hint
            except Exception:
                continue
    return None


RAISED = "__raised__"  # a known mistake's output that is an exception: {RAISED: "Type: text"}


def raised_record(exc: BaseException) -> dict[str, str]:
    """How a known mistake that raised is recorded among a case's ``wrong`` outputs."""
    return {RAISED: f"{type(exc).__name__}: {str(exc)[:200]}"}


def _error_signature(text: str) -> tuple[str, object]:
    """What identifies an error whatever the spelling: the two sizes a matrix product could
    not line up (``@`` and np.dot word it differently), the shapes that did not broadcast, or
    else the exception's type and message."""
    kind, _, message = text.partition(": ")
    sizes = _re.search(r"size (\d+) is different from (\d+)", message) or _re.search(
        r"not aligned: (\d+) \(dim \d+\) != (\d+)", message
    )
    if sizes:
        return ("matrix product", tuple(sorted(int(n) for n in sizes.groups())))
    shapes = _re.search(r"could not be broadcast together with shapes (.*)", message)
    if shapes:
        return ("broadcast", tuple(sorted(_re.findall(r"\([\d,\s]*\)", shapes.group(1)))))
    return (kind, message)


def _known_raise(result: Call, wrongs: dict[str, object]) -> str | None:
    """The hint of the first known mistake that raised the same error on these inputs."""
    mine = _error_signature(f"{result.raised}: {result.message}")
    for hint, wrong in wrongs.items():
        if isinstance(wrong, dict) and set(wrong) == {RAISED}:
            if _error_signature(str(wrong[RAISED])) == mine:
                return hint
    return None


def _wrongs_at(wrongs: dict[str, Any], key: object) -> dict[str, object]:
    """The known mistakes' outputs one level down (a dict key or a sequence index)."""
    out = {}
    for hint, w in wrongs.items():
        try:
            out[hint] = w[key]
        except (KeyError, IndexError, TypeError):
            continue
    return out


def _equal_structure(a: object, b: object, rtol: float, atol: float) -> bool:
    if isinstance(b, dict):
        return (
            isinstance(a, dict)
            and a.keys() == b.keys()
            and all(_equal_structure(a[k], b[k], rtol, atol) for k in b)
        )
    if isinstance(b, (tuple, list)):
        return (
            isinstance(a, (tuple, list))
            and len(a) == len(b)
            and all(_equal_structure(x, y, rtol, atol) for x, y in zip(a, b, strict=True))
        )
    a, b = _asarray(a), _asarray(b)
    return a.shape == b.shape and bool(
        _allclose(a.astype(float), b.astype(float), rtol=rtol, atol=atol)
    )


# ----------------------------------------------------------------------- comparing


def _fmt(x: SupportsFloat) -> str:
    return f"{float(x):.6g}"


def _compare(
    path: str, got: object, exp: object, case: Case, hidden: bool, wrongs: dict[str, object]
) -> None:
    """Raise Mismatch at the first difference between got and exp (recursively)."""
    try:
        _compare_parts(path, got, exp, case, hidden, wrongs)
    except Mismatch as mm:
        if mm.check in ("type", "arity", "keys") and not any("hint:" in x for x in mm.lines):
            hint = _known_mistake(got, wrongs, case)
            if hint:
                mm.lines.append(f"  hint: {hint}")
        raise


def check_part(path: str, got: object, expected: object, case: Case) -> None:
    """Judge one part of an output as hidden grading does (raises its failure): partial
    credit asks this of each output, or each key of a dict output."""
    _compare(path, got, expected, case, True, {})


def _compare_parts(
    path: str, got: object, exp: object, case: Case, hidden: bool, wrongs: dict[str, object]
) -> None:
    if isinstance(exp, dict):
        if not isinstance(got, dict):
            raise Mismatch("type", [f"{path} should be a dict, got {describe(got)}"])
        missing = [k for k in exp if k not in got]
        extra = [k for k in got if k not in exp]
        if missing or extra:
            lines = [f"{path} has the wrong keys"]
            if missing:
                lines.append(f"  missing: {', '.join(map(str, missing[:10]))}")
            if extra:
                lines.append(
                    f"  unexpected: {', '.join(map(str, extra[:10]))}"
                    + (f" and {len(extra) - 10} more" if len(extra) > 10 else "")
                )
            raise Mismatch("keys", lines)
        for k in exp:
            _compare(f"{path}[{k!r}]", got[k], exp[k], case, hidden, _wrongs_at(wrongs, k))
        return
    if isinstance(exp, list) and isinstance(got, _ndarray) and got.ndim == 1:
        got = list(got)  # a 1-D array of costs is as good as a list
    if isinstance(exp, (tuple, list)):
        if not isinstance(got, (tuple, list)):
            raise Mismatch(
                "type",
                [f"{path} should be a {type(exp).__name__} of {len(exp)}, got {describe(got)}"],
            )
        if len(got) != len(exp):
            hint = (
                "record the cost once every 100 iterations (when i % 100 == 0)"
                if path.startswith("costs") or path.endswith("['costs']")
                else None
            )
            raise Mismatch(
                "arity", [f"{path} should hold {len(exp)} items, got {len(got)}"] + _hint(hint)
            )
        for i, (g, e) in enumerate(zip(got, exp, strict=True)):
            _compare(f"{path}[{i}]", g, e, case, hidden, _wrongs_at(wrongs, i))
        return
    if isinstance(exp, _ndarray) and exp.ndim > 0:
        _compare_array(path, got, exp, case, hidden, wrongs)
        return
    _compare_scalar(path, got, exp, case, hidden, wrongs)


def _compare_scalar(
    path: str, got: object, exp: object, case: Case, hidden: bool, wrongs: dict[str, object]
) -> None:
    exp_value = float(_asarray(exp))
    if isinstance(got, _ndarray) and got.ndim > 0:
        hint = (
            "use float(...) or np.squeeze(...) to return a single number" if got.size == 1 else None
        )
        raise Mismatch(
            "type", [f"{path} should be a single number, got array {got.shape}"] + _hint(hint)
        )
    if (
        isinstance(got, bool)
        or not isinstance(got, (*_real, _ndarray))
        or (isinstance(got, _ndarray) and got.dtype.kind not in "biuf")  # complex, object...
    ):
        raise Mismatch("type", [f"{path} should be a number, got {describe(got)}"])
    value = float(_asarray(got))
    if not _isfinite(value):
        why = (
            DIVERGES if _is_training(case) else "look for log(0), a division by zero or an overflow"
        )
        raise Mismatch("finite", [f"{path} is {value}: {why}"])
    if not _allclose(value, exp_value, rtol=case.rtol, atol=case.atol):
        lines = [f"{path} has the wrong value (rtol={case.rtol:g}, atol={case.atol:g})"]
        lines.append(f"  got {_fmt(value)}" + ("" if hidden else f", expected {_fmt(exp_value)}"))
        hint = _known_mistake(got, wrongs, case)
        if hint is None and exp_value != 0:
            hint = _factor_hint(_asarray([value]), _asarray([exp_value]), case.m)
        raise Mismatch("values", lines + _hint(hint or case.hint))


def _compare_array(
    path: str, got: object, exp: np.ndarray, case: Case, hidden: bool, wrongs: dict[str, object]
) -> None:
    if not isinstance(got, _ndarray):
        kind = describe(got)
        hint = (
            "wrap it with np.array(...) or keep the NumPy result"
            if isinstance(got, (list, tuple))
            else None
        )
        raise Mismatch(
            "type", [f"{path} should be a NumPy array {exp.shape}, got {kind}"] + _hint(hint)
        )
    if got.shape != exp.shape:
        lines = [f"{path} has shape {got.shape}, expected {exp.shape}"]
        hint = _known_mistake(got, wrongs, case) or _shape_hint(got.shape, exp.shape)
        raise Mismatch("shape", lines + _hint(hint))
    if _is_label(path, case) and got.dtype.kind in "biuf":
        pass  # predictions: True/1/1.0 are the same label
    elif exp.dtype.kind == "f" and got.dtype.kind not in "f":
        hint = _known_dtype_mistake(got, wrongs, case) or {
            "i": "integer arithmetic or np.zeros(..., dtype=int) loses the fractions",
            "u": "integer arithmetic or np.zeros(..., dtype=int) loses the fractions",
            "b": "a comparison gives booleans: convert with .astype(float)",
        }.get(got.dtype.kind)
        raise Mismatch(
            "dtype", [f"{path} has dtype {got.dtype}, expected floats ({exp.dtype})"] + _hint(hint)
        )
    if got.dtype.kind not in "biuf":
        raise Mismatch("dtype", [f"{path} has dtype {got.dtype}, expected numbers"])
    g = got.astype(float)
    e = exp.astype(float)
    bad = ~_isfinite(g)
    if bad.any():
        where = tuple(int(i) for i in _unravel(int(_argmax(bad)), g.shape))
        raise Mismatch(
            "finite",
            [
                f"{path} holds {int(bad.sum())} NaN/inf value(s), first at {list(where)}",
                "  hint: "
                + (
                    DIVERGES
                    if _is_training(case)
                    else "look for log(0), a division by zero or exp overflow"
                ),
            ],
        )
    if not _allclose(g, e, rtol=case.rtol, atol=case.atol):
        err = _abs(g - e)
        where = tuple(int(i) for i in _unravel(int(_argmax(err)), g.shape))
        lines = [f"{path} has the wrong values (rtol={case.rtol:g}, atol={case.atol:g})"]
        if hidden:  # no expected value, nor anything it could be rebuilt from
            rel = err[where] / max(float(_abs(e[where])), 1e-300)
            lines.append(f"  largest error at {list(where)}: relative error {rel:.2g}")
        else:
            lines.append(
                f"  largest error {_fmt(err[where])} at {list(where)}: "
                f"got {_fmt(g[where])}, expected {_fmt(e[where])}"
            )
        wrong_count = int((err > case.atol + case.rtol * _abs(e)).sum())
        lines.append(f"  {wrong_count} of {g.size} values differ")
        hint = _known_mistake(got, wrongs, case) or _factor_hint(g, e, case.m)
        if (
            hint is None
            and g.ndim == 2
            and g.shape[0] == g.shape[1]
            and _allclose(g, e.T, rtol=case.rtol, atol=case.atol)
        ):
            hint = "these are the transposed values: look for a missing or extra .T"
        raise Mismatch("values", lines + _hint(hint or case.hint))


def _is_label(path: str, case: Case) -> bool:
    """True when ``path`` (an output name, or ``name['key']``) names a 0/1 label output."""
    return any(path == k or path.endswith(f"[{k!r}]") for k in case.labels)


def _hint(hint: str | None) -> list[str]:
    return [f"  hint: {hint}"] if hint else []


# ----------------------------------------------------------------------- one call


def _snapshot(args: tuple) -> tuple:
    return copy.deepcopy(args)


@dataclass
class Call:
    """What one call of a student's function did: its output and its inputs afterwards, or
    the exception it raised (type name, message, and the function it was raised in)."""

    got: object = None
    args_after: tuple = ()
    raised: str | None = None
    message: str = ""
    where: str | None = None


def call(fn: Callable[..., object], case: Case) -> Call:
    """Call ``fn`` on a copy of the case's inputs (seeding np.random if the case says so)."""
    args = _snapshot(case.args)
    try:
        if case.seed is not None:
            np.random.seed(case.seed)
        got = fn(*args)
    except Exception as exc:  # the student's code raised: report it, don't crash the check
        return Call(raised=type(exc).__name__, message=str(exc)[:200], where=_raised_in(exc))
    # Judged after the transport hidden grading uses, so both sides see the same values.
    return Call(got=transported(got), args_after=transported(tuple(args)))


def run_case(
    exercise: str, fn: Callable[..., object], case: Case, *, label: str, hidden: bool = False
) -> Result:
    """Call ``fn`` on copies of the case's inputs and compare; one Result for the call."""
    return judge(exercise, case, call(fn, case), label=label, hidden=hidden)


def judge(exercise: str, case: Case, result: Call, *, label: str, hidden: bool = False) -> Result:
    """Compare one call's outcome with the case: the first failed check, or a pass."""
    if result.raised == "NotImplementedError":
        what = (
            "is not implemented yet (it raised NotImplementedError)"
            if result.where in (None, exercise)
            else f"calls {result.where}, which is not implemented yet"
            " (it raised NotImplementedError)"
        )
        return _fail(exercise, "raised", [what], case, label, hidden)
    if result.raised:
        lines = [f"raised {result.raised}: {result.message}"]
        hint = _known_raise(result, case.wrong) or _error_hint(result)
        return _fail(exercise, "raised", lines + _hint(hint), case, label, hidden)
    got = result.got
    try:
        n = len(case.outputs)
        if n > 1:
            if not isinstance(got, (tuple, list)):
                raise Mismatch(
                    "arity",
                    [f"should return {n} values ({', '.join(case.outputs)}), got {describe(got)}"],
                )
            if len(got) != n:
                raise Mismatch(
                    "arity",
                    [f"should return {n} values ({', '.join(case.outputs)}), got {len(got)}"],
                )
        _compare_all(got, case, hidden)
        changed = _first_mutation(case.args, result.args_after, case.arg_names)
        if changed:
            raise Mismatch(
                "mutated",
                [
                    f"modified its input {changed} in place",
                    "  hint: build new arrays (W = W - lr * dW) instead of -=, += or item"
                    " assignment on an input",
                ],
            )
    except Mismatch as mm:
        return _fail(exercise, mm.check, mm.lines, case, label, hidden)
    return Result(exercise, "values", True, message=f"{exercise}: {label} passed", hidden=hidden)


# ------------------------------------------------------------- several outputs
#
# A function with several outputs (a tuple, or a dict such as the gradients of a backward
# pass) is judged part by part: every output, and every key of a dict output. The message
# details the first wrong part (a gradient dict is read in backprop order: dW2, db2, dA1,
# dW1, db1, dA0), says which parts are right and which are wrong, and takes its hint from
# the whole output when it can: a known mistake's whole output, a training that climbs the
# gradient, or the layer where the gradients start to go wrong.

DIVERGES = (
    "training diverges (the cost grows): check the sign of the update, W - learning_rate * dW,"
    " and of dA: gradient descent goes down the gradient"
)
_GRAD_KEY = _re.compile(r"d([A-Za-z]+?)(\d+)")


def _is_training(case: Case) -> bool:
    """A training loop (optimize, nn_model, ... model): it takes a number of iterations."""
    return "num_iterations" in case.arg_names


def _backprop_order(keys: list[object]) -> list[object]:
    """Gradient keys (dW2, db2, dA1, ...) from the output layer back, each layer's dW, db,
    then the dA it passes down; other keys as they are."""
    found = [_GRAD_KEY.fullmatch(k) if isinstance(k, str) else None for k in keys]
    if not keys or not all(found):
        return list(keys)

    def rank(match: _re.Match[str]) -> tuple[int, int]:
        kind, n = match.group(1), int(match.group(2))
        return (-(n + 1 if kind == "A" else n), {"W": 0, "b": 1, "A": 2}.get(kind, 3))

    ranks = [rank(match) for match in found if match is not None]  # all of them, checked above
    return [k for _, k in sorted(zip(ranks, keys, strict=True))]


def _parts(got: object, case: Case) -> list[tuple[str, str, object, object, dict[str, object]]]:
    """(path, name, got, expected, known outputs) of every part of the output: each output
    of a tuple, each key of a dict output that has the expected keys."""
    n = len(case.outputs)
    outputs = zip(  # type: ignore[call-overload]
        case.outputs,
        got if n > 1 else (got,),
        case.expected if n > 1 else (case.expected,),
        strict=True,
    )
    parts = []
    for i, (name, g, e) in enumerate(outputs):
        wrongs = _wrongs_at(case.wrong, i) if n > 1 else case.wrong
        if isinstance(e, dict) and isinstance(g, dict) and set(g) == set(e) and len(e) > 1:
            for k in _backprop_order(list(e)):
                parts.append((f"{name}[{k!r}]", str(k), g[k], e[k], _wrongs_at(wrongs, k)))
        else:
            parts.append((name, name, g, e, wrongs))
    names = [p[1] for p in parts]
    if len(set(names)) < len(names):  # a key that is also an output's name: full paths
        parts = [(p[0], p[0], *p[2:]) for p in parts]
    return parts


def _compare_all(got: object, case: Case, hidden: bool) -> None:
    """Compare every part; raise one Mismatch for the first wrong part that names them all."""
    parts = _parts(got, case)
    failed: dict[str, Mismatch] = {}
    for path, name, g, e, wrongs in parts:
        try:
            _compare(path, g, e, case, hidden, wrongs)
        except Mismatch as mm:
            failed[name] = mm
    if not failed:
        return
    first = next(iter(failed.values()))
    lines = list(first.lines)
    whole = _known_mistake(got, case.wrong, case) if len(parts) > 1 else None
    if whole is None and _diverges(got, case):
        whole = DIVERGES
    if whole is not None:
        lines = [x for x in lines if not x.startswith("  hint:")] + _hint(whole)
    elif not any(x.startswith("  hint:") for x in lines):
        lines += _hint(_layer_hint([p[1] for p in parts], set(failed)))
    if len(parts) > 1:
        right = [p[1] for p in parts if p[1] not in failed]
        wrong = [p[1] for p in parts if p[1] in failed]
        lines.append(
            f"  {_join(right)} {_are(right)} right; {_join(wrong)} {_are(wrong)} wrong"
            if right
            else f"  {_join(wrong)} are all wrong"
        )
    raise Mismatch(first.check, lines)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _are(names: list[str]) -> str:
    return "is" if len(names) == 1 else "are"


def _layer_hint(names: list[str], wrong: set[str]) -> str | None:
    """Where a gradient dict starts to go wrong, read from the output layer back."""
    layers: dict[int, dict[str, str]] = {}
    for name in names:
        match = _GRAD_KEY.fullmatch(name)
        if match is None or match.group(1) not in ("W", "b", "A"):
            return None
        kind, n = match.group(1), int(match.group(2))
        layers.setdefault(n + 1 if kind == "A" else n, {})[kind] = name
    top = max(layers)
    k = max((n for n, keys in layers.items() if wrong & set(keys.values())), default=None)
    if k is None:
        return None
    keys = layers[k]
    bad = {kind for kind, name in keys.items() if name in wrong}
    a_prev = "X" if k == 1 else f"A{k - 1}"
    if bad == {"A"}:
        return f"dW{k} and db{k} are right, so dZ{k} is: check dA{k - 1} = W{k}.T @ dZ{k}"
    if "W" in bad and "b" not in bad and "b" in keys:
        return f"db{k} is right, so dZ{k} is: check dW{k} = dZ{k} @ {a_prev}.T / m"
    if "b" in bad and "W" not in bad and "W" in keys:
        return (
            f"dW{k} is right, so dZ{k} is: check db{k} = np.sum(dZ{k}, axis=1, keepdims=True) / m"
        )
    if k < top:
        dA = f"dA{k}" if "A" in layers.get(k + 1, {}) else f"(W{k + 1}.T @ dZ{k + 1})"
        return (
            f"the gradients of layer {k + 1} are right, those of layer {k} are not: check"
            f" dZ{k} = {dA} * g'(Z{k}), with g' the derivative of layer {k}'s activation"
        )
    return None


def _output(value: object, case: Case, name: str) -> Any:
    """The output (or key of the single dict output) called ``name``, or None."""
    n = len(case.outputs)
    if n > 1 and name in case.outputs and isinstance(value, (tuple, list)) and len(value) == n:
        return value[case.outputs.index(name)]
    if n == 1 and isinstance(value, dict):
        return value.get(name)
    return None


def _diverges(got: object, case: Case) -> bool:
    """A training loop whose recorded costs grow (or overflow) where the reference's fall."""
    if not _is_training(case):
        return False
    try:
        costs = [float(_asarray(c)) for c in _output(got, case, "costs")]
        expected = [float(_asarray(c)) for c in _output(case.expected, case, "costs")]
    except (TypeError, ValueError):
        return False
    if not all(_isfinite(c) for c in costs):
        return True
    falls = len(expected) < 2 or expected[-1] <= expected[0]
    return falls and len(costs) >= 2 and costs[-1] > costs[0]


def _error_hint(result: Call) -> str | None:
    """A hint for errors that typical mistakes raise."""
    text = result.message
    if "only 0-dimensional arrays" in text or "only length-1 arrays" in text:
        return "math.exp / math.log work on single numbers only: use np.exp / np.log on arrays"
    if "could not be broadcast" in text:
        shapes = [
            tuple(int(n) for n in part.split(",") if n.strip())
            for part in _re.findall(r"\(([\d,\s]*)\)", text)
        ]
        if any(len(sh) == 1 for sh in shapes):
            return (
                "an (n,) result of a sum or max lines up with the last axis: keep the reduced"
                " axis with keepdims=True (or reshape(-1, 1))"
            )
        if len(shapes) >= 2 and len(shapes[0]) == len(shapes[1]) == 2:
            if shapes[0][1] == shapes[1][0]:
                return "* multiplies entry by entry: use @ (np.dot) for a matrix product"
        return None
    if "not aligned" in text:
        shapes = _re.findall(r"shapes (\([\d,\s]*\)) and (\([\d,\s]*\))", text)
        if shapes and shapes[0][0] == shapes[0][1]:
            return "np.dot is a matrix product: multiply entry by entry with *"
        return "the inner dimensions of a matrix product disagree: check the order and the .T"
    if "cannot reshape array of size" in text:
        return "compute the sizes from the input's shape instead of hard-coding numbers"
    if "matmul: Input operand" in text and "mismatch in its core dimension" in text:
        return "the inner dimensions of a matrix product disagree: check the order and the .T"
    return None


def _raised_in(exc: BaseException) -> str | None:
    """Name of the function in which an exception was raised (the innermost frame)."""
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name


def _first_mutation(
    before: tuple, after: tuple, names: tuple[str, ...], prefix: str = ""
) -> str | None:
    names = names or tuple(f"arg{i}" for i in range(len(before)))
    for name, b, a in zip(names, before, after, strict=False):
        path = _mutation(b, a, prefix + name)
        if path:
            return path
    return None


def _mutation(b: object, a: Any, path: str) -> str | None:
    if isinstance(b, dict):
        if not isinstance(a, dict) or a.keys() != b.keys():
            return path
        for k in b:
            p = _mutation(b[k], a[k], f"{path}[{k!r}]")
            if p:
                return p
        return None
    if isinstance(b, (list, tuple)):
        if not isinstance(a, (list, tuple)) or len(a) != len(b):
            return path
        for i, (x, y) in enumerate(zip(b, a, strict=True)):
            p = _mutation(x, y, f"{path}[{i}]")
            if p:
                return p
        return None
    if isinstance(b, _ndarray):
        return None if _array_equal(a, b, equal_nan=True) else path
    if isinstance(b, _real) and not isinstance(b, bool):  # layer_dims[0] = 7, say
        same = isinstance(a, _real) and (a == b or (a != a and b != b))  # NaN stays NaN
        return None if same else path
    return None


def _fail(
    exercise: str, check: str, lines: list[str], case: Case, label: str, hidden: bool
) -> Result:
    head = f"{exercise}: {lines[0]} ({label})"
    body = lines[1:] + ["  " + _inputs_line(case)]
    every = "\n".join([head, *body]).split("\n")  # an error's own message may hold newlines
    shown = [_short(line) for line in every[:15]]
    return Result(exercise, check, False, message="\n".join(shown), hidden=hidden)


def _short(line: str) -> str:
    """A message line of at most MAX_LINE characters (a student's value can be huge)."""
    return line if len(line) <= MAX_LINE else line[: MAX_LINE - 3] + "..."


def run_cases(
    exercise: str, fn: Callable[..., object], cases: list[Case], *, hidden: bool = False
) -> list[Result]:
    """Run every case, stopping at the first failure; the Results in order."""
    results = []
    kind = "hidden trial" if hidden else "visible case"
    for i, case in enumerate(cases, start=1):
        r = run_case(exercise, fn, case, label=f"{kind} {i} of {len(cases)}", hidden=hidden)
        results.append(r)
        if not r.passed:
            break
    return results
