"""Adding a graded function, as source/AUTHORING.md walks through it, with a toy exercise.

The toy (centre each row of X) is declared in one place, one declare() call holding its
reference, inputs, outputs, a recognized mistake with its hint, zoo mistakes and accepted
variants; its notebook has the usual answer and test cells. Then: the build records its
visible cases, nbgrader compiles the release, the gate passes the source and fails the
release, its mistakes lose their points with their hints and its variants get full marks,
all through the one grading engine.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import numpy as np
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from autograder import exercises
from autograder.exercises import zoo
from autograder.instructor import build
from autograder.pipeline import gate, trusted

ROOT = Path(__file__).resolve().parents[1]
KEY = "toy.center_rows"
WEEK = "week9"


def center_rows(X):
    """X with the mean of each row subtracted: (n, m) -> (n, m)."""
    return X - X.mean(axis=1, keepdims=True)


def _center_columns(X):
    return X - X.mean(axis=0, keepdims=True)


def _args(rng, kind):
    n, m, scale = exercises.inputs.dims(rng, kind)
    return (rng.standard_normal((n, m)) * 3 * scale + 1.0,)


WRONG_AXIS = "the mean of each row is over axis=1 (the examples), not axis=0"


MISTAKES = [
    zoo.Mistake(
        KEY,
        "axis-0",
        "averages each column",
        "def center_rows(X):\n    return X - X.mean(axis=0, keepdims=True)\n",
        WRONG_AXIS,
    ),
    zoo.Mistake(
        KEY,
        "no-keepdims",
        "the row means as a flat (n,) array",
        "def center_rows(X):\n    return X - X.mean(axis=1)\n",
        None,
    ),
    zoo.Mistake(
        KEY,
        "global-mean",
        "subtracts one mean for the whole array",
        "def center_rows(X):\n    return X - np.mean(X)\n",
        None,
    ),
]
VARIANTS = [
    zoo.Variant(
        KEY,
        "loop",
        "a loop over the rows",
        """def center_rows(X):
    out = np.empty_like(X, dtype=float)
    for i in range(X.shape[0]):
        out[i] = X[i] - sum(X[i]) / len(X[i])
    return out
""",
    ),
    zoo.Variant(
        KEY,
        "newaxis",
        "np.mean then [:, None]",
        "def center_rows(X):\n    return X - np.mean(X, 1)[:, None]\n",
    ),
]


def _notebook() -> nbformat.NotebookNode:
    answer = new_code_cell(
        'def center_rows(X):\n    """Each row of X minus its mean."""\n'
        "    ### BEGIN SOLUTION\n    C = X - X.mean(axis=1, keepdims=True)\n"
        "    ### END SOLUTION\n    return C",
        metadata={
            "nbgrader": {
                "grade": False,
                "grade_id": "center_rows",
                "locked": False,
                "schema_version": 3,
                "solution": True,
            }
        },
    )
    answer["id"] = "center-answer"
    test = new_code_cell(
        f'check("{KEY}", center_rows)\n### BEGIN HIDDEN TESTS\n'
        f'from autograder.hidden import grade\ngrade("{KEY}", center_rows)\n'
        "### END HIDDEN TESTS",
        metadata={
            "nbgrader": {
                "grade": True,
                "grade_id": "test_center_rows",
                "locked": True,
                "points": 2,
                "schema_version": 3,
                "solution": False,
            }
        },
    )
    test["id"] = "test-center"
    intro = new_markdown_cell("Centre each row of `X`.")
    intro["id"] = "intro"
    imports = new_code_cell("import numpy as np\n\nfrom nndl_check import check")
    imports["id"] = "imports"
    return new_notebook(cells=[intro, imports, answer, test])


@pytest.fixture
def toy():
    exercises.declare(
        KEY,
        WEEK,
        center_rows,
        _args,
        ["X"],
        ["C"],
        known=[(WRONG_AXIS, _center_columns)],
        mistakes=MISTAKES,
        variants=VARIANTS,
    )
    try:
        yield exercises.REGISTRY[KEY]
    finally:
        exercises.undeclare(KEY)


def _verdict(nb) -> trusted.Verdict:
    (verdict,) = trusted.grade_notebook(nb).values()
    return verdict


@pytest.mark.notebooks
def test_a_new_exercise_declared_in_one_place_is_graded_end_to_end(toy, tmp_path):
    course = tmp_path / "course"
    (course / "source" / WEEK).mkdir(parents=True)
    shutil.copy(ROOT / "nbgrader_config.py", course / "nbgrader_config.py")
    source = course / "source" / WEEK / "toy.ipynb"
    nbformat.write(_notebook(), source)

    # the build records the visible cases (with the recognized mistake's outputs)
    written = {p.name for p in build.write_student_files(WEEK, course)}
    assert {"nndl_check.py", "nndl_cases.json"} <= written
    build.generate_release(WEEK, course)
    release = course / "release" / WEEK / "toy.ipynb"
    assert "BEGIN SOLUTION" not in release.read_text() and "autograder" not in release.read_text()

    # the gate: the source passes (visible and hidden), the release gives no free points
    run = gate.run_notebook(source)
    assert [t.passed for t in run.tests] == [True], run.tests
    run = gate.run_notebook(release)
    assert [t.passed for t in run.tests] == [False], run.tests

    # every zoo mistake loses its points, with its hint; every variant gets full marks
    assert toy.mistakes == MISTAKES and toy.variants == VARIANTS
    assert [hint for hint, _ in toy.known] == [WRONG_AXIS]
    for mistake in toy.mistakes:
        nb = nbformat.read(source, as_version=4)
        zoo.plant(nb, [mistake])
        verdict = _verdict(nb)
        assert verdict.score == 0, (mistake.id, verdict.message)
        assert mistake.hint is None or mistake.hint in verdict.message, verdict.message
    for variant in toy.variants:
        nb = nbformat.read(source, as_version=4)
        zoo.plant(nb, [variant])
        verdict = _verdict(nb)
        assert verdict.passed, (variant.id, verdict.message)


def test_a_mistake_the_exercise_recognizes_gets_its_hint_in_the_visible_check(toy, tmp_path):
    """The recorded cases carry the known mistake's outputs: the student's check names it."""
    files = build.student_files(WEEK)
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    namespace: dict = {"__file__": str(tmp_path / "nndl_check.py")}
    exec(compile(files["nndl_check.py"], "nndl_check.py", "exec"), namespace)
    cases = namespace["load_cases"](KEY, tmp_path)
    results = namespace["run_cases"]("center_rows", _center_columns, cases)
    failed = [r for r in results if not r.passed]
    assert failed and WRONG_AXIS in failed[0].message
    assert all(r.passed for r in namespace["run_cases"]("center_rows", center_rows, cases))
    assert np.allclose(cases[0].expected, center_rows(*cases[0].args))
