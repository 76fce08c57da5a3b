"""The repository's packaging promises: pip and conda list the same packages, constraints.txt
pins them, and a wheel carries a course that runs with nothing but the installed package."""

import csv
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def _pip_requirements() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        reqs += extra
    return {r.replace(" ", "") for r in reqs}


def _conda_requirements() -> set[str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    names = set()
    for dep in env["dependencies"]:
        if isinstance(dep, str) and not dep.startswith(("python", "pip")):
            names.add(dep.replace(" ", ""))
    return names


def test_environment_yml_lists_exactly_the_pip_requirements_with_the_same_bounds():
    assert _conda_requirements() == _pip_requirements()


def test_environment_yml_installs_the_project_itself_with_pip():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert "-e ." in pip_section


def test_python_floor_is_the_same_in_both_files():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda_python = next(
        d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python")
    )
    assert conda_python.replace("python", "") == project["requires-python"]


def test_nbgrader_config_points_the_course_at_the_repository(tmp_path):
    from traitlets.config.loader import PyFileConfigLoader

    cfg = PyFileConfigLoader("nbgrader_config.py", path=str(ROOT)).load_config()
    assert Path(cfg.CourseDirectory.root) == ROOT
    assert cfg.CourseDirectory.course_id == "nndl"
    assert cfg.Execute.timeout > 0
    assert cfg.IgnorePattern.enabled and cfg.IgnorePattern.pattern
    assert cfg.OverwriteCells.add_missing_cells is True


def test_packaged_data_files_are_declared_as_package_data():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    globs = project["tool"]["setuptools"]["package-data"]["nnref"]
    assert "datasets/*.h5" in globs and "datasets/SHA256SUMS" in globs


def test_the_report_template_is_declared_as_package_data():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    globs = project["tool"]["setuptools"]["package-data"]["autograder"]
    assert (ROOT / "autograder/instructor/templates/report.html.j2").is_file()
    assert "instructor/templates/*.j2" in globs


def _pins() -> dict[str, str]:
    """{canonical name: version} of constraints.txt."""
    from packaging.utils import canonicalize_name

    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[canonicalize_name(name)] = version
    return pins


def test_constraints_pin_every_direct_dependency_within_its_bounds():
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins = _pins()
    for req in map(Requirement, _pip_requirements()):
        name = canonicalize_name(req.name)
        assert name in pins, f"constraints.txt has no pin for {req}"
        assert req.specifier.contains(pins[name]), f"constraints.txt: {name}=={pins[name]} {req}"


def test_dask_is_an_extra_not_a_runtime_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert not any(r.startswith("distributed") for r in project["dependencies"])
    extras = project["optional-dependencies"]
    assert any(r.startswith("distributed") for r in extras["dask"])
    assert any(r.startswith("distributed") for r in extras["test"])  # make test runs Dask


def test_the_package_never_imports_the_tests():
    import re

    imports_tests = re.compile(r"^\s*(from|import)\s+tests\b", re.M)
    for path in [*(ROOT / "autograder").rglob("*.py"), *(ROOT / "nnref").rglob("*.py")]:
        assert not imports_tests.search(path.read_text()), path


# What a wheel is built from: a wheel that needs anything else fails to build below.
BUILD_INPUTS = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"]
BUILD_INPUTS += ["nbgrader_config.py", "source", "autograder", "nnref"]


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 900):
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(cmd)}: {proc.returncode}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the build inputs (the repository stays clean)."""
    src = tmp_path_factory.mktemp("wheel-src")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=skip)
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out)]
    _run([*pip_wheel, str(src)], src, dict(os.environ))
    (built,) = out.glob("nndl_course-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_holds_the_course_and_the_data_once(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    template = "autograder/course_template/"
    for path in (ROOT / "source").rglob("*"):
        rel = path.relative_to(ROOT).as_posix()
        if path.is_file() and "__pycache__" not in rel and not rel.endswith(".h5"):
            assert template + rel in names, rel
    assert template + "nbgrader_config.py" in names
    assert not [n for n in names if n.startswith(template) and n.endswith(".h5")]
    assert "nnref/datasets/train_catvnoncat.h5" in names
    assert not [n for n in names if n.startswith("tests/")]


@pytest.mark.slow
def test_a_course_from_the_installed_wheel_runs_the_whole_instructor_flow(wheel, tmp_path):
    """In a fresh venv outside the repository, with PYTHONPATH unset: init, release, collect
    a Canvas zip (the solution and the blank release of Week 3), grade, feedback, export,
    report. The venv has no Dask: --scheduler says how to get it."""
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path, dict(os.environ))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    pip = [str(venv / "bin/python"), "-m", "pip", "install", "--quiet"]
    _run([*pip, "-c", str(ROOT / "constraints.txt"), str(wheel)], tmp_path, env)
    env["HOME"] = str(tmp_path / "home")  # no user-level Jupyter config or kernels
    Path(env["HOME"]).mkdir()
    work = tmp_path / "work"
    work.mkdir()

    def nndl(*args: str, cwd: Path = work / "course", code: int = 0):
        proc = subprocess.run(
            [str(venv / "bin/nndl"), *args], cwd=cwd, env=env, capture_output=True, text=True
        )
        assert proc.returncode == code, f"nndl {' '.join(args)}: {proc.returncode}\n" + (
            proc.stdout[-2000:] + proc.stderr[-3000:]
        )
        return proc

    where = _run(
        [str(venv / "bin/python"), "-c", "import autograder; print(autograder.__file__)"], work, env
    )
    assert where.stdout.startswith(str(venv)), where.stdout
    from importlib.metadata import version

    assert nndl("--version", cwd=work).stdout == f"nndl {version('nndl-course')}\n"
    nndl("init", "course", cwd=work)
    refused = nndl("init", "course", cwd=work, code=2)
    assert (
        refused.stderr == "nndl init: course: exists and is not empty; nndl init never overwrites\n"
    )
    course = work / "course"

    nndl("release", "all", "--no-check")
    for week in ("week1", "week2", "week3", "week4"):
        assert list((course / "release" / week).glob("*.ipynb")), week

    nb = "planar_classification.ipynb"
    archive = work / "canvas.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(course / "source/week3" / nb, f"alicecorrect_1001_6001_{nb}")
        zf.write(course / "release/week3" / nb, f"bobblank_1002_6002_{nb}")
    collected = nndl("collect", "week3", "--zip", str(archive))
    assert "2 students collected" in collected.stdout
    graded = nndl("grade", "week3")
    assert "2 graded" in graded.stdout
    nndl("feedback", "week3")
    assert list((course / "feedback/alicecorrect/week3").glob("*.html"))
    nndl("export")
    with open(course / "exports/grades.csv", newline="") as f:
        grades = {row["student"]: row for row in csv.DictReader(f)}
    automatic = _automatic_points(course / "source/week3" / nb)
    assert automatic > 0
    assert float(grades["alicecorrect"]["week3"]) == automatic
    assert float(grades["bobblank"]["week3"]) == 0
    nndl("report", "week3")
    assert (course / "reports/week3/index.html").is_file()

    no_dask = nndl("grade", "week3", "--scheduler", "tcp://127.0.0.1:9", code=2)
    assert no_dask.stderr == "nndl grade: --scheduler needs Dask: pip install 'nndl-course[dask]'\n"


def _automatic_points(notebook: Path) -> float:
    """The points of a notebook's graded code cells (its tests)."""
    cells = json.loads(notebook.read_text())["cells"]
    return sum(
        c["metadata"]["nbgrader"].get("points", 0)
        for c in cells
        if c["cell_type"] == "code" and c.get("metadata", {}).get("nbgrader", {}).get("grade")
    )
