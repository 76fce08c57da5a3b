"""The CI gate of the course: source passes, release fails, release is what the build makes.

The notebook runs use a real kernel (nbclient) and read each graded cell's outputs as
nbgrader's autograder does; `nbgrader validate` cannot be used because it exits 0 on failure.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import nbformat
import pytest

from autograder.instructor import build
from autograder.pipeline import gate
from autograder.pipeline.course import Course

ROOT = Path(__file__).resolve().parents[1]
SOURCE_NOTEBOOKS = sorted((ROOT / "source").glob("week*/*.ipynb"))
RELEASE_NOTEBOOKS = sorted((ROOT / "release").glob("week*/*.ipynb"))
WEEKS = Course(build.ROOT).weeks()
FORBIDDEN_IN_RELEASE = ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS", "nnref", "autograder")

pytestmark = pytest.mark.notebooks


def _ids(paths):
    return [f"{p.parent.name}/{p.name}" for p in paths]


# ------------------------------------------------------------------ fast: structure


def test_every_week_has_its_notebooks_and_release():
    for nb in SOURCE_NOTEBOOKS:
        assert (ROOT / "release" / nb.parent.name / nb.name).is_file(), f"{nb} has no release"


@pytest.mark.parametrize("nb", SOURCE_NOTEBOOKS, ids=_ids(SOURCE_NOTEBOOKS))
def test_source_notebook_has_no_outputs_and_fixed_cell_ids(nb):
    cells = json.loads(nb.read_text())["cells"]
    ids = [c.get("id") for c in cells]
    assert all(ids) and len(set(ids)) == len(ids), f"{nb}: every cell needs its own fixed id"
    for c in cells:
        if c["cell_type"] == "code":
            assert not c["outputs"] and c["execution_count"] is None, (
                f"{nb}: cell {c['id']} has outputs"
            )


@pytest.mark.parametrize("nb", SOURCE_NOTEBOOKS, ids=_ids(SOURCE_NOTEBOOKS))
def test_test_cells_are_locked_with_points_and_a_hidden_block(nb):
    cells = json.loads(nb.read_text())["cells"]
    graded = [c for c in cells if c["metadata"].get("nbgrader", {}).get("grade")]
    assert graded, f"{nb} has no graded cell"
    for c in graded:
        meta = c["metadata"]["nbgrader"]
        source = "".join(c["source"])
        if meta.get("solution"):
            continue  # a written answer graded by hand
        assert meta.get("locked"), f"{nb}: test cell {meta['grade_id']} must be locked"
        assert "### BEGIN HIDDEN TESTS" in source, f"{nb}: {meta['grade_id']} has no hidden block"
        visible = source.split("### BEGIN HIDDEN TESTS")[0]
        assert "nnref" not in visible and "autograder" not in visible
        assert meta.get("points", 0) > 0, f"{nb}: {meta['grade_id']} has no points"


def test_every_declared_exercise_is_graded_by_one_test_cell():
    """Points live in the notebooks only; the declarations say what is graded, and every
    declared function is graded by exactly one test cell of the course."""
    from autograder import exercises
    from autograder.pipeline import trusted

    graded = Counter()
    for nb in SOURCE_NOTEBOOKS:
        tasks, _ = trusted.tasks_of(nbformat.read(nb, as_version=4))
        graded.update(t.key for t in tasks if t.kind == "function")
    assert set(graded) == set(exercises.REGISTRY), set(graded) ^ set(exercises.REGISTRY)
    assert set(graded.values()) == {1}, [k for k, n in graded.items() if n != 1]


def test_generated_student_files_equal_a_fresh_build():
    """JSON files under the build's float tolerance (the same on every CPU), others exactly."""
    for week in WEEKS:
        for rel, content in build.student_files(week).items():
            path = ROOT / "source" / week / rel
            assert path.is_file(), f"{path} is missing: run `make release`"
            diff = build.content_difference(rel, path.read_bytes(), content)
            assert diff is None, f"source/{week}/{diff} (fresh build): run `make release`"


@pytest.mark.parametrize("nb", RELEASE_NOTEBOOKS, ids=_ids(RELEASE_NOTEBOOKS))
def test_release_notebook_carries_no_solution_hidden_test_or_reference(nb):
    text = nb.read_text()
    for word in FORBIDDEN_IN_RELEASE:
        assert word not in text, f"{nb} contains {word!r}"


def test_release_folders_hold_no_reference_code():
    for path in (ROOT / "release").rglob("*.py"):
        text = path.read_text()
        assert "import nnref" not in text and "from nnref" not in text, path
        assert "from autograder" not in text and "import autograder" not in text, path


# ------------------------------------------------------------------ slow: regenerate and run


def test_release_equals_a_fresh_nbgrader_generation(tmp_path):
    shutil.copytree(ROOT / "source", tmp_path / "source")
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    for week in WEEKS:
        build.generate_release(week, tmp_path)
        fresh = {
            p.relative_to(tmp_path / "release" / week): p.read_bytes()
            for p in (tmp_path / "release" / week).rglob("*")
            if p.is_file()
        }
        committed = {
            p.relative_to(ROOT / "release" / week): p.read_bytes()
            for p in (ROOT / "release" / week).rglob("*")
            if p.is_file()
        }
        assert sorted(fresh) == sorted(committed), f"release/{week}: other files than a fresh build"
        for rel in fresh:
            assert fresh[rel] == committed[rel], f"release/{week}/{rel} differs from a fresh build"


@pytest.mark.parametrize("nb", SOURCE_NOTEBOOKS, ids=_ids(SOURCE_NOTEBOOKS))
def test_source_notebook_passes_every_test_hidden_ones_included(nb, tmp_path):
    work = tmp_path / nb.parent.name
    shutil.copytree(nb.parent, work)
    run = gate.run_notebook(work / nb.name)
    assert run.tests and not run.failed, "\n".join(f"{t.grade_id}: {t.error}" for t in run.failed)
    assert not run.other_errors, run.other_errors


@pytest.mark.parametrize("nb", RELEASE_NOTEBOOKS, ids=_ids(RELEASE_NOTEBOOKS))
def test_release_notebook_fails_every_graded_test(nb, tmp_path):
    work = tmp_path / nb.parent.name
    shutil.copytree(nb.parent, work)
    run = gate.run_notebook(work / nb.name)
    passed = [t.grade_id for t in run.passed]
    assert run.tests and not passed, f"free points in {nb.name}: {passed}"
    for t in run.tests:
        assert "ImportError" not in t.error and "ModuleNotFoundError" not in t.error, t.error


@pytest.fixture(scope="session")
def student_python(tmp_path_factory) -> Path:
    """A venv with only what a student needs: numpy, matplotlib, h5py, ipykernel, nbclient."""
    venv = tmp_path_factory.mktemp("student-venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    subprocess.run(
        [*pip, "numpy", "matplotlib", "h5py", "ipykernel", "nbclient", "nbformat"], check=True
    )
    return venv / "bin" / "python"


def test_release_runs_its_visible_checks_without_nnref_or_autograder(student_python, tmp_path):
    script = (
        "import sys, json\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "for banned in ('nnref', 'autograder'):\n"
        "    try:\n"
        "        __import__(banned)\n"
        "    except ImportError:\n"
        "        pass\n"
        "    else:\n"
        "        raise SystemExit(banned + ' is importable in the student venv')\n"
        # the cells run as nbgrader runs them; a graded test cell fails on an error output
        "import nbformat\n"
        "from nbclient import NotebookClient\n"
        "from pathlib import Path\n"
        "results = {}\n"
        "for path in sys.argv[2:]:\n"
        "    nb = nbformat.read(path, as_version=4)\n"
        "    meta = {'path': str(Path(path).parent)}\n"
        "    client = NotebookClient(nb, timeout=600, allow_errors=True,\n"
        "                            resources={'metadata': meta})\n"
        "    client.execute()\n"
        "    tests = []\n"
        "    for cell in nb.cells:\n"
        "        g = cell.get('metadata', {}).get('nbgrader', {})\n"
        "        if cell.cell_type == 'code' and g.get('grade') and not g.get('solution'):\n"
        "            errors = [o for o in cell.outputs if o.get('output_type') == 'error']\n"
        "            text = f\"{errors[0]['ename']}: {errors[0]['evalue']}\" if errors else ''\n"
        "            tests.append((g['grade_id'], not errors, text))\n"
        "    results[path] = tests\n"
        "print(json.dumps(results))\n"
    )
    (tmp_path / "run.py").write_text(script)
    notebooks = []
    for week in WEEKS:
        shutil.copytree(ROOT / "release" / week, tmp_path / week)
        notebooks += [str(p) for p in sorted((tmp_path / week).glob("*.ipynb"))]
    proc = subprocess.run(
        [str(student_python), str(tmp_path / "run.py"), str(tmp_path), *notebooks],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": str(student_python.parent) + ":/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    for nb, tests in results.items():
        assert tests, f"{nb}: no graded test cell ran"
        for grade_id, passed, error in tests:
            assert not passed, f"{nb}: {grade_id} passed on a stub"
            assert "ModuleNotFoundError" not in error and "ImportError" not in error, (
                f"{nb}: {grade_id} needs a module students don't have: {error[:300]}"
            )


def _with_answer(nb_path: Path, grade_id: str, body: str, dest: Path) -> Path:
    """A copy of a release notebook whose answer cell ``grade_id`` holds ``body``."""
    nb = json.loads(nb_path.read_text())
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == grade_id:
            cell["source"] = body
    dest.write_text(json.dumps(nb))
    return dest


@pytest.mark.parametrize(
    ("body", "expect"),
    [
        ("def linear_forward(A, W, b):\n    Z = W @ A + b\n    return Z, (A, W, b)\n", None),
        (
            "def linear_forward(A, W, b):\n    Z = (W @ A + b).T\n    return Z, (A, W, b)\n",
            "Z has shape",
        ),
    ],
    ids=["right", "transposed"],
)
def test_a_student_filling_one_release_exercise_sees_a_pass_or_a_shape_message(
    body, expect, tmp_path
):
    week = tmp_path / "week4"
    shutil.copytree(ROOT / "release" / "week4", week)
    nb = _with_answer(
        week / "deep_nn_step_by_step.ipynb",
        "linear_forward",
        body,
        week / "deep_nn_step_by_step.ipynb",
    )
    run = gate.run_notebook(nb)
    outcome = next(t for t in run.tests if t.grade_id == "test_linear_forward")
    if expect is None:
        assert outcome.passed, outcome.error
        assert [t.grade_id for t in run.passed] == ["test_linear_forward"]
    else:
        assert not outcome.passed
        assert expect in outcome.error and "expected (" in outcome.error, outcome.error
        assert "transposed" in outcome.error, outcome.error
