"""The graded exercises of the course: one declaration per graded function.

Each nnref module has a package here (``intro``, ``basics``, ``logistic``, ``shallow``,
``deep``, ``app``) that holds everything about its exercises:

- ``__init__.py``: one :func:`declare` call per graded function: the reference it mirrors,
  the input generator, the argument and output names, tolerances, the building blocks it
  may call (graded with the reference versions), partial credit, prediction outputs, the
  gradient check, extra visible kinds and a hint of its own;
- ``known.py``: ``KNOWN = {key: [(hint, wrong function), ...]}``, wrong functions whose
  outputs the checks recognize (recorded next to the expected ones) to print the hint;
- ``mistakes.py``: ``MISTAKES``, the mistake zoo: wrong answer cells that must lose points
  with the right hint (``make zoo``);
- ``variants.py``: ``VARIANTS``, correct answer cells written the many ways students write
  them, which must get full marks visible and hidden (``make variants``).

Points live only in the notebook (the test cell's nbgrader metadata). An input generator
takes a NumPy Generator and a trial kind and returns the arguments of one call. The kinds
cover typical random shapes and the edges: ``m=1`` (one example), ``n=1`` (one feature or
unit) and ``large`` (large-magnitude inputs). Expected outputs are always computed by
calling the nnref reference on a copy of the arguments.
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import io
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from autograder.judge.compare import Case, raised_record

MODULES = ("intro", "basics", "logistic", "shallow", "deep", "app")
KINDS = ("random", "m=1", "n=1", "large")
# The kinds autograder/instructor/build.py records for the notebook's visible checks; make_cases
# adds
# each exercise's ``visible_extra`` kinds when asked for these (see visible_kinds).
VISIBLE_KINDS = ("random", "m=1")
# A gradient check: rng -> [(args, [(output path, numerical gradient), ...]), ...]
GradientTrial = tuple[tuple, Sequence[tuple[tuple[int | str, ...], np.ndarray | float]]]
GradientCheck = Callable[[np.random.Generator], list[GradientTrial]]


@dataclass(frozen=True)
class Exercise:
    """A graded function and how to test it (made by :func:`declare`)."""

    key: str  # "<module>.<function>", unique across the course
    week: str
    reference: Callable
    make_args: Callable[[np.random.Generator, str], tuple]
    arg_names: tuple[str, ...]
    outputs: tuple[str, ...]
    rtol: float = 1e-6
    atol: float = 1e-8
    global_seed: bool = False  # seed np.random before each call (initializers)
    m_of: Callable[[tuple], int | None] = field(default=lambda args: None)
    kinds: tuple[str, ...] = KINDS
    # Building blocks the function may call by name: hidden grading builds these reference
    # versions for it, so a mistake in one exercise loses points on that exercise only.
    uses: dict[str, Callable] = field(default_factory=dict)
    hint: str | None = None  # for wrong values that no generic hint explains
    # Partial credit: each output (each key of a dict output) is a part worth an equal share
    # of the points when it is right in every hidden trial.
    partial: bool = False
    # Outputs (or dict keys) holding 0/1 predictions: bool, int or float arrays all count.
    labels: tuple[str, ...] = ()
    # Kinds recorded as visible cases beyond VISIBLE_KINDS: what the instructions require
    # and a mistake gets wrong on the other cases (integer input, overflowing scores).
    visible_extra: tuple[str, ...] = ()
    # Centred-difference gradient checks (backward functions), independent of nnref's
    # backward code; see autograder/exercises/gradcheck.py.
    gradcheck: GradientCheck | None = None

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]

    @property
    def module(self) -> str:
        return self.key.split(".", 1)[0]

    def _beside(self, part: str, attr: str) -> list:
        if part in _INLINE.get(self.key, {}):
            return list(_INLINE[self.key][part])
        mod = importlib.import_module(f"autograder.exercises.{self.module}.{part}")
        found = getattr(mod, attr)
        if isinstance(found, dict):
            return list(found.get(self.key, []))
        return [entry for entry in found if entry.key == self.key]

    @property
    def known(self) -> list[tuple[str, Callable]]:
        """(hint, wrong function) pairs whose outputs the checks recognize, in order."""
        return self._beside("known", "KNOWN")

    @property
    def mistakes(self) -> list:
        """The mistake zoo's wrong answer cells of this exercise (zoo.Mistake)."""
        return self._beside("mistakes", "MISTAKES")

    @property
    def variants(self) -> list:
        """The accepted variants of this exercise (zoo.Variant)."""
        return self._beside("variants", "VARIANTS")


REGISTRY: dict[str, Exercise] = {}
# known / mistakes / variants given to declare() itself instead of in the files beside it
_INLINE: dict[str, dict[str, list]] = {}

DRAW_ORDER = (
    "the shapes are right but the numbers are not: draw each W with np.random.randn(n_l, n_{l-1})"
    " in the order W1, W2, ..., scale as the exercise says, and remove any np.random.seed from"
    " the function (the caller seeds)"
)


def declare(
    key: str,
    week: str,
    reference: Callable,
    make_args: Callable[[np.random.Generator, str], tuple],
    arg_names: Iterable[str],
    outputs: Iterable[str],
    known: list | None = None,
    mistakes: list | None = None,
    variants: list | None = None,
    **kw: Any,
) -> Exercise:
    """Declare one graded function (see :class:`Exercise` for the keyword arguments).

    An initializer (``global_seed=True``) without a hint of its own gets the draw-order
    hint. ``uses`` may name the building blocks of the reference's module as strings.
    ``known``, ``mistakes`` and ``variants`` may be given here instead of in the module's
    ``known.py``, ``mistakes.py`` and ``variants.py`` (an exercise declared in one place)."""
    if key in REGISTRY:
        raise ValueError(f"exercise {key!r} is declared twice")
    given = {"known": known, "mistakes": mistakes, "variants": variants}
    inline = {part: entries for part, entries in given.items() if entries is not None}
    if inline:
        _INLINE[key] = inline
    if kw.get("global_seed") and kw.get("hint") is None:
        kw["hint"] = DRAW_ORDER
    uses = kw.get("uses")
    if uses is not None and not isinstance(uses, dict):
        module = importlib.import_module(reference.__module__)
        kw["uses"] = {n: getattr(module, n) for n in uses}
    ex = Exercise(key, week, reference, make_args, tuple(arg_names), tuple(outputs), **kw)
    REGISTRY[key] = ex
    return ex


def undeclare(key: str) -> None:
    """Remove a declared exercise (a test's toy exercise)."""
    REGISTRY.pop(key, None)
    _INLINE.pop(key, None)


def exercises_of(week: str) -> list[Exercise]:
    return [ex for ex in REGISTRY.values() if ex.week == week]


def hidden_seed(key: str) -> int:
    """Fixed per exercise, so a regrade gives the same trials; distinct from the visible seed."""
    return zlib.crc32(("hidden:" + key).encode())


def gradient_trials(key: str, seed: int) -> list[GradientTrial]:
    """[(args, [(output path, numerical gradient), ...])] for one exercise (empty if none)."""
    check = REGISTRY[key].gradcheck
    return check(np.random.default_rng(seed)) if check else []


# ---------------------------------------------------------------------- building cases


def call_reference(ex: Exercise, args: tuple, seed: int | None, fn: Callable | None = None) -> Any:
    """The reference's (or ``fn``'s) output on a copy of args, seeding np.random if needed."""
    args = copy.deepcopy(args)
    if ex.global_seed:
        np.random.seed(seed)
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # overflow in exp on large-magnitude trials is expected
        return (fn or ex.reference)(*args)


def known_outputs(ex: Exercise, args: tuple, seed: int | None) -> dict[str, object]:
    """{hint: output} of the exercise's known mistakes on these inputs; a mistake that raises
    is recorded as the error it raised (compare.raised_record), which identifies it too."""
    out = {}
    for hint, wrong_fn in ex.known:
        try:
            out[hint] = call_reference(ex, args, seed, wrong_fn)
        except Exception as exc:
            out[hint] = raised_record(exc)
    return out


def visible_kinds(key: str) -> tuple[str, ...]:
    """The kinds of an exercise's visible cases: VISIBLE_KINDS and its ``visible_extra``."""
    return VISIBLE_KINDS + REGISTRY[key].visible_extra


def _arrays(value: object) -> Iterator[np.ndarray]:
    """Every NumPy array inside ``value`` (dicts, tuples and lists are searched)."""
    if isinstance(value, np.ndarray):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _arrays(v)
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _arrays(v)


def sizes_distinct(value: object) -> bool:
    """True when no axis longer than 1 can be taken for another in the arrays of ``value``.

    Every matrix with two axes longer than 1 is non-square and no matrix has the transposed
    shape of another (so n_x, n_h, n_y, m, n_l and n_{l-1} differ wherever they meet: a
    missing .T, X.shape[1] for n_x or the wrong layer's W changes a shape), and the axes of
    a higher-dimensional array that are longer than 1 have different lengths.
    """
    matrices = set()
    for a in _arrays(value):
        long = [d for d in a.shape if d > 1]
        if len(long) != len(set(long)):
            return False
        if a.ndim == 2 and len(long) == 2:
            matrices.add(a.shape)
    return not any(shape[::-1] in matrices for shape in matrices)


def _both_classes(ex: Exercise, expected: Any) -> bool:
    """True when every prediction output with more than one label holds both classes (a
    threshold on the wrong side, or at 0, then changes some label)."""
    if not ex.labels:
        return True
    outputs = expected if len(ex.outputs) > 1 else (expected,)
    for name, value in zip(ex.outputs, outputs, strict=False):
        if isinstance(value, dict):
            labels = [v for k, v in value.items() if k in ex.labels]
        else:
            labels = [value] if name in ex.labels else []
        for y in labels:
            y = np.asarray(y, dtype=float)
            if y.size > 1 and (y.min() == y.max()):
                return False
    return True


DRAWS = 200  # attempts at inputs whose sizes are distinct, before taking the last draw


def _draw(ex: Exercise, rng: np.random.Generator, kind: str) -> tuple[tuple, int, Any]:
    """(args, call seed, expected) of one trial, redrawn until the sizes are distinct
    (:func:`sizes_distinct`, inputs and outputs) and predictions hold both classes."""
    for attempt in range(DRAWS):
        args = ex.make_args(rng, kind)
        call_seed = int(rng.integers(0, 2**31))
        last = attempt == DRAWS - 1
        if not sizes_distinct(args) and not last:
            continue
        expected = call_reference(ex, args, call_seed)
        if (sizes_distinct(expected) and _both_classes(ex, expected)) or last:
            return args, call_seed, expected
    raise AssertionError("unreachable")


def make_cases(key: str, seed: int, kinds: tuple[str, ...] | None = None) -> list[Case]:
    """One Case per trial kind, inputs drawn from ``seed``, expected from nnref.


    Asked for VISIBLE_KINDS (as autograder/instructor/build.py does), it makes the
    exercise's visible cases: those kinds and its ``visible_extra`` ones.
    """
    ex = REGISTRY[key]
    if kinds is not None and tuple(kinds) == VISIBLE_KINDS:
        kinds = visible_kinds(key)
    rng = np.random.default_rng(seed)
    cases = []
    for kind in kinds or ex.kinds:
        args, call_seed, expected = _draw(ex, rng, kind)
        cases.append(
            Case(
                args=args,
                expected=expected,
                outputs=ex.outputs,
                rtol=ex.rtol,
                atol=ex.atol,
                m=ex.m_of(args),
                arg_names=ex.arg_names,
                seed=call_seed if ex.global_seed else None,
                hint=ex.hint,
                wrong=known_outputs(ex, args, call_seed),
                labels=ex.labels,
            )
        )
    return cases


for _module in MODULES:  # each declares its exercises into REGISTRY
    importlib.import_module(f"autograder.exercises.{_module}")

from autograder.exercises import gradcheck, inputs  # noqa: E402
from autograder.exercises.state import STATE, check_state  # noqa: E402

__all__ = [
    "gradcheck",
    "inputs",
    "DRAW_ORDER",
    "KINDS",
    "MODULES",
    "REGISTRY",
    "STATE",
    "VISIBLE_KINDS",
    "Exercise",
    "GradientCheck",
    "GradientTrial",
    "call_reference",
    "check_state",
    "declare",
    "exercises_of",
    "gradient_trials",
    "hidden_seed",
    "known_outputs",
    "make_cases",
    "sizes_distinct",
    "undeclare",
    "visible_kinds",
]
