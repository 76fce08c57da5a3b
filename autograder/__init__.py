"""autograder: checks of student functions against nnref, the grading pipeline and the CLI."""

import sys

# jsonschema, which nbformat imports, loads rfc3987_syntax when it is installed (Jupyter's
# jsonschema[format-nongpl] installs it), and that module compiles some 35 Lark grammars at
# import: 3 s of every process here that reads a notebook (the CLI, each grading worker).
# It only checks the "iri" formats, which no notebook or Jupyter schema uses; jsonschema
# goes on without it (python-jsonschema/jsonschema#1428).
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def package_version() -> str:
    """The version of the installed nndl-course (``nndl --version``, a new course's README)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nndl-course")
    except PackageNotFoundError:
        return "unknown (not installed)"
