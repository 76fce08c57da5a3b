"""The build hook that puts the course into the wheel (everything else is in pyproject.toml).

A wheel holds the course as ``autograder/course_template/``: ``nbgrader_config.py`` and the
``source/`` folder of the repository, copied at build time, so the repository keeps the only
copy (`nndl init DIR` makes a course folder from it). The week's image files, copies of
``nnref/datasets/``, are not shipped twice: ``nndl init`` writes them from nnref's.
An editable install needs no copy: ``nndl init`` then reads the repository itself.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TEMPLATE = "autograder/course_template"
# what nbgrader's CourseDirectory.ignore leaves out of a release, and the packaged images
IGNORED = [".ipynb_checkpoints", "__pycache__", "*.pyc", ".DS_Store"]
IGNORED += [p.name for p in (HERE / "nnref" / "datasets").glob("*.h5")]


class BuildPyWithCourse(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        if not (HERE / "source").is_dir() or not (HERE / "nbgrader_config.py").is_file():
            raise SystemExit(f"{HERE}: source/ and nbgrader_config.py are needed to build")
        target = Path(self.build_lib) / TEMPLATE
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(HERE / "source", target / "source", ignore=shutil.ignore_patterns(*IGNORED))
        shutil.copy2(HERE / "nbgrader_config.py", target / "nbgrader_config.py")


setup(cmdclass={"build_py": BuildPyWithCourse})
