"""Hints shared by the known mistakes of several modules."""

from __future__ import annotations

# Seeds a student may write inside an initializer (the course's own, and the usual ones):
# each is a known mistake of the initializers, whose hint says to remove it.
COMMON_SEEDS = (1, 2, 3, 0, 42)


def reseeds(seed: int) -> str:
    """The hint for an initializer that calls np.random.seed(seed) itself."""
    return (
        f"remove np.random.seed({seed}) from the function: the caller seeds np.random once,"
        " and a seed inside gives every call the same numbers"
    )
