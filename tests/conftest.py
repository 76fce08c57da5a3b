"""Shared test helpers: an input-mutation check and a global-RNG-state comparison; BLAS
pinned to one thread; the heavy test files scheduled first."""

import os

# Two test processes (pytest-xdist) share two cores with the kernels and graders they start:
# multi-threaded BLAS then slows to a crawl, so every process of the run gets one thread.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import copy  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

# The longest files first, so that neither test process is left with a long one at the end
# (with --dist loadfile, files are handed out in collection order).
HEAVY = [
    "test_release.py",
    "test_hub.py",
    "test_adversarial.py",
    "test_cohort.py",
    "test_zoo.py",
    "test_variants.py",
    "test_autograde.py",
    "test_browser.py",
    "test_trusted.py",
    "test_feedback.py",
    "test_exchange.py",
    "test_resume.py",
    "test_signals.py",
    "test_profile.py",
    "test_grading.py",
]


def pytest_collection_modifyitems(items):
    def rank(item):
        name = item.path.name
        return HEAVY.index(name) if name in HEAVY else len(HEAVY)

    items.sort(key=rank)  # stable: the order inside a file is kept


def _same(a, b):
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return (
            isinstance(a, np.ndarray)
            and isinstance(b, np.ndarray)
            and a.dtype == b.dtype
            and np.array_equal(a, b, equal_nan=a.dtype.kind == "f")
        )
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    return a == b


@pytest.fixture
def call_unchanged():
    """call_unchanged(fn, *args, **kwargs): call fn, assert no argument was modified, return."""

    def call(fn, *args, **kwargs):
        before = copy.deepcopy((args, kwargs))
        result = fn(*args, **kwargs)
        assert _same((args, kwargs), before), f"{fn.__qualname__} modified its inputs"
        return result

    return call


@pytest.fixture
def same_rng_state():
    """same_rng_state(s1, s2): True when two np.random.get_state() values are identical."""

    def same(s1, s2):
        return s1[0] == s2[0] and np.array_equal(s1[1], s2[1]) and tuple(s1[2:]) == tuple(s2[2:])

    return same
