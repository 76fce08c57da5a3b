"""The accepted-variant zoo's runner; the variants themselves are declared with their
exercises (``autograder/exercises/<module>/variants.py``, see :mod:`autograder.exercises.zoo`)."""

from autograder.exercises.zoo import Variant

__all__ = ["Variant"]
