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
from dataclasses import dataclass, field

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
# a separate process and its outputs come back as JSON (autograder/wire.py). So a value is
# judged the same way wherever it was computed: a 0-d array stays a 0-d array, a NumPy
# scalar a NumPy scalar, a tuple a tuple. Decoding builds only dicts, lists, tuples,
# numbers, strings, NumPy arrays and scalars of plain numeric dtypes; anything else arrives
# as an Opaque that names its type (so the diagnosis can say "got a Foo").

_PLAIN_DTYPES = "biufc"  # bool, signed, unsigned, float, complex
MAX_ARRAY_BYTES = 64 * 2**20


class Opaque:
    """Stands in for a value of a type the transport does not carry."""

    def __init__(self, type_name: str):
        self.type_name = type_name

    def __repr__(self) -> str:
        return f"<{self.type_name}>"


def dump(value, depth: int = 0):
    """A JSON-ready structure for ``value`` (see :func:`load`)."""
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
        return {"__tuple__": [dump(v, depth + 1) for v in value]}
    if isinstance(value, list):
        return [dump(v, depth + 1) for v in value]
    if isinstance(value, dict):  # an OrderedDict or a defaultdict is a dict
        if not all(type(k) is str for k in value):
            return {"__opaque__": "dict with non-string keys"}
        return {"__dict__": {k: dump(v, depth + 1) for k, v in value.items()}}
    return {"__opaque__": type(value).__name__[:60]}


def load(value):
    """Inverse of :func:`dump`; rejects anything it did not write."""
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


def transported(value):
    """``value`` as the judge receives it: through :func:`dump`, JSON and :func:`load`."""
    return load(_json.loads(_json.dumps(dump(value))))


# ----------------------------------------------------------------- describing values


def describe(value, depth: int = 0) -> str:
    """A short, value-free description: shapes of arrays, keys of dicts, types of scalars."""
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
    if abs(k) > 1e-12 and abs(k - 1) > 1e-6:
        return f"off by a constant factor of {k:.4g}: check the scaling"
    return None


def _known_mistake(got, wrongs: dict, case: Case) -> str | None:
    """The hint of the first known mistake whose output equals ``got`` (at this path)."""
    for hint, wrong in wrongs.items():
        try:
            if _equal_structure(got, wrong, case.rtol, case.atol):
                return hint
        except Exception:
            continue
    return None


def _wrongs_at(wrongs: dict, key) -> dict:
    """The known mistakes' outputs one level down (a dict key or a sequence index)."""
    out = {}
    for hint, w in wrongs.items():
        try:
            out[hint] = w[key]
        except (KeyError, IndexError, TypeError):
            continue
    return out


def _equal_structure(a, b, rtol, atol) -> bool:
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


def _fmt(x) -> str:
    return f"{float(x):.6g}"


def _compare(path: str, got, exp, case: Case, hidden: bool, wrongs: dict) -> None:
    """Raise Mismatch at the first difference between got and exp (recursively)."""
    try:
        _compare_parts(path, got, exp, case, hidden, wrongs)
    except Mismatch as mm:
        if mm.check in ("type", "arity", "keys") and not any("hint:" in x for x in mm.lines):
            hint = _known_mistake(got, wrongs, case)
            if hint:
                mm.lines.append(f"  hint: {hint}")
        raise


def _compare_parts(path: str, got, exp, case: Case, hidden: bool, wrongs: dict) -> None:
    if isinstance(exp, dict):
        if not isinstance(got, dict):
            raise Mismatch("type", [f"{path} should be a dict, got {describe(got)}"])
        missing = [k for k in exp if k not in got]
        extra = [k for k in got if k not in exp]
        if missing or extra:
            lines = [f"{path} has the wrong keys"]
            if missing:
                lines.append(f"  missing: {', '.join(map(str, missing))}")
            if extra:
                lines.append(f"  unexpected: {', '.join(map(str, extra))}")
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
                if path.startswith("costs")
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


def _compare_scalar(path, got, exp, case, hidden, wrongs) -> None:
    exp_value = float(_asarray(exp))
    if isinstance(got, _ndarray) and got.ndim > 0:
        hint = (
            "use float(...) or np.squeeze(...) to return a single number" if got.size == 1 else None
        )
        raise Mismatch(
            "type", [f"{path} should be a single number, got array {got.shape}"] + _hint(hint)
        )
    if isinstance(got, bool) or not isinstance(got, (*_real, _ndarray)):
        raise Mismatch("type", [f"{path} should be a number, got {describe(got)}"])
    value = float(_asarray(got))
    if not _isfinite(value):
        raise Mismatch(
            "finite", [f"{path} is {value}: look for log(0), a division by zero or an overflow"]
        )
    if not _allclose(value, exp_value, rtol=case.rtol, atol=case.atol):
        lines = [f"{path} has the wrong value (rtol={case.rtol:g}, atol={case.atol:g})"]
        lines.append(f"  got {_fmt(value)}" + ("" if hidden else f", expected {_fmt(exp_value)}"))
        hint = _known_mistake(got, wrongs, case)
        if hint is None and exp_value != 0:
            hint = _factor_hint(_asarray([value]), _asarray([exp_value]), case.m)
        raise Mismatch("values", lines + _hint(hint or case.hint))


def _compare_array(path, got, exp, case, hidden, wrongs) -> None:
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
        hint = {
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
                "  hint: look for log(0), a division by zero or exp overflow",
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


def _snapshot(args):
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


def call(fn, case: Case) -> Call:
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


def run_case(exercise: str, fn, case: Case, *, label: str, hidden: bool = False) -> Result:
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
        return _fail(exercise, "raised", lines + _hint(_error_hint(result)), case, label, hidden)
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
            for i, name in enumerate(case.outputs):
                _compare(name, got[i], case.expected[i], case, hidden, _wrongs_at(case.wrong, i))
        else:
            _compare(case.outputs[0], got, case.expected, case, hidden, case.wrong)
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


def _first_mutation(before, after, names, prefix="") -> str | None:
    names = names or tuple(f"arg{i}" for i in range(len(before)))
    for name, b, a in zip(names, before, after, strict=False):
        path = _mutation(b, a, prefix + name)
        if path:
            return path
    return None


def _mutation(b, a, path) -> str | None:
    if isinstance(b, dict):
        if not isinstance(a, dict) or a.keys() != b.keys():
            return path
        for k in b:
            p = _mutation(b[k], a[k], f"{path}[{k!r}]")
            if p:
                return p
        return None
    if isinstance(b, (list, tuple)):
        if len(a) != len(b):
            return path
        for i, (x, y) in enumerate(zip(b, a, strict=True)):
            p = _mutation(x, y, f"{path}[{i}]")
            if p:
                return p
        return None
    if isinstance(b, _ndarray):
        return None if _array_equal(a, b, equal_nan=True) else path
    return None


def _fail(exercise, check, lines, case, label, hidden) -> Result:
    head = f"{exercise}: {lines[0]} ({label})"
    body = lines[1:] + ["  " + _inputs_line(case)]
    return Result(exercise, check, False, message="\n".join([head, *body][:15]), hidden=hidden)


def run_cases(exercise: str, fn, cases: list[Case], *, hidden: bool = False) -> list[Result]:
    """Run every case, stopping at the first failure; the Results in order."""
    results = []
    kind = "hidden trial" if hidden else "visible case"
    for i, case in enumerate(cases, start=1):
        r = run_case(exercise, fn, case, label=f"{kind} {i} of {len(cases)}", hidden=hidden)
        results.append(r)
        if not r.passed:
            break
    return results
