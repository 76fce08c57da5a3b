"""The repository's packaging promises: pip and conda list the same packages."""

import tomllib
from pathlib import Path

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
