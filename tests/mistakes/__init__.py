"""The mistake zoo's runners; the mistakes themselves are declared with their exercises
(``autograder/exercises/<module>/mistakes.py``, see :mod:`autograder.exercises.zoo`)."""

from autograder.exercises.zoo import Mistake

__all__ = ["Mistake"]
