"""Known mistakes: wrong implementations whose outputs identify what a student got wrong.

Each module (named after the nnref module: ``intro``, ``basics``, ``logistic``, ``shallow``,
``deep``, ``app``) defines ``KNOWN = {exercise key: [(hint, wrong_function), ...]}``. A
wrong function has the reference's signature and makes one typical mistake. For every
trial the registry records its output next to the expected one; when a student's output
equals it, the diagnosis prints that hint. Generic hints (transposed shape, keepdims,
factor of m, flipped sign, draw order) need no entry here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

MODULES = ("intro", "basics", "logistic", "shallow", "deep", "app")
# Seeds a student may write inside an initializer (the course's own, and the usual ones):
# each is a known mistake of the initializers, whose hint says to remove it.
COMMON_SEEDS = (1, 2, 3, 0, 42)


def reseeds(seed: int) -> str:
    """The hint for an initializer that calls np.random.seed(seed) itself."""
    return (
        f"remove np.random.seed({seed}) from the function: the caller seeds np.random once,"
        " and a seed inside gives every call the same numbers"
    )


def known_mistakes(key: str) -> list[tuple[str, Callable]]:
    """The (hint, wrong function) pairs of one exercise, in the order they are tried."""
    module = key.split(".", 1)[0]
    if module not in MODULES:
        return []
    try:
        mod = importlib.import_module(f"autograder.known.{module}")
    except ModuleNotFoundError as exc:
        if exc.name == f"autograder.known.{module}":
            return []
        raise
    return list(getattr(mod, "KNOWN", {}).get(key, []))
