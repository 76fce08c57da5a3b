"""The hidden-block contract of the source notebooks: what a test cell grades.

A source notebook's test cell ends with a hidden block (stripped from release/) such as

    ### BEGIN HIDDEN TESTS
    from autograder.hidden import grade
    grade("deep.linear_forward", linear_forward)
    ### END HIDDEN TESTS

These calls grade nothing in the kernel that runs them. The one grading engine is the
trusted grader (:mod:`autograder.pipeline.trusted`): it reads the call from the cell's *source*
(:func:`autograder.pipeline.notebook.graded_calls`), rebuilds the function from the notebook's code
in
a sealed process and judges its outputs against nnref, in ``nndl grade``, in
``nbgrader autograde`` with the course's config and in the CI gate (``nndl check``) alike.
Running a source notebook in Jupyter only prints where its hidden trials are run.
"""

from __future__ import annotations

WHERE = "hidden trials: run by the trusted grader from the notebook's code (nndl check NOTEBOOK)"


def grade(key: str, fn: object) -> None:
    """A graded function: ``key`` names its exercise, ``fn`` is the student's function."""
    print(f"{key}: {WHERE}")


def grade_choice(key: str, answer: object, correct: str) -> None:
    """A multiple-choice answer: one letter, compared without case or spaces."""
    print(f"{key}: {WHERE}")


def grade_state(key: str, namespace: dict) -> None:
    """Variables a notebook computed (e.g. the data sizes), checked against the data files."""
    print(f"{key}: {WHERE}")
