"""The student-side API of nndl_check.py: what ``functions_from`` shows when Part 1 code fails.

The module under test is the generated nndl_check.py (compare.py followed by student_check.py,
``autograder.instructor.build.check_module_text()``), written to a temporary folder and imported
from
there, as a student's notebook imports it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import traceback
import warnings
from pathlib import Path

import numpy as np
import pytest

from autograder.instructor import build

PART1_CELLS = [
    ("markdown", "# Part 1\n"),
    ("code", "import numpy as np\n"),
    (
        "code",
        "def linear_backward(dZ, cache):\n"
        "    A_prev, W, b = cache\n"
        "    dW = dZ @ A_prev  # the transpose is missing\n"
        "    return W.T @ dZ, dW, np.sum(dZ, axis=1, keepdims=True)\n",
    ),
    (
        "code",
        "def log_loss(AL):\n"
        "    # a comment line, so that the offending line is not the first of the cell\n"
        "    return -np.log(AL)  # warns on a 0 entry\n"
        "\n"
        "\n"
        "log_loss(np.zeros(1))  # top-level calls are not run by functions_from\n",
    ),
]


@pytest.fixture
def nndl_check(tmp_path):
    """The generated nndl_check.py, imported from a temporary folder as a fresh module."""
    path = tmp_path / "nndl_check.py"
    path.write_text(build.check_module_text())
    name = f"nndl_check_under_test_{id(path)}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[name]


@pytest.fixture
def part1(tmp_path) -> Path:
    cells = [
        {"cell_type": kind, "id": f"cell-{k}", "metadata": {}, "source": source.splitlines(True)}
        | ({"execution_count": None, "outputs": []} if kind == "code" else {})
        for k, (kind, source) in enumerate(PART1_CELLS)
    ]
    path = tmp_path / "part1.ipynb"
    path.write_text(
        json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    )
    return path


def _raise_from_linear_backward(fn):
    dZ = np.ones((3, 4))
    cache = (np.ones((5, 4)), np.ones((3, 5)), np.zeros((3, 1)))
    with pytest.raises(ValueError) as info:
        fn(dZ, cache)
    return info.value


def test_traceback_from_a_part1_function_quotes_its_own_line(nndl_check, part1):
    fn = nndl_check.functions_from(str(part1), ["linear_backward"])["linear_backward"]
    text = "".join(traceback.format_exception(_raise_from_linear_backward(fn)))
    assert 'File "<part1.ipynb, cell 3>", line 3, in linear_backward' in text
    assert "dW = dZ @ A_prev  # the transpose is missing" in text
    assert '"source"' not in text and '"cell_type"' not in text  # no line of the JSON file


def test_ipython_traceback_from_a_part1_function_shows_the_cell_source(nndl_check, part1):
    ultratb = pytest.importorskip("IPython.core.ultratb")
    fn = nndl_check.functions_from(str(part1), ["linear_backward"])["linear_backward"]
    error = _raise_from_linear_backward(fn)
    text = ultratb.FormattedTB(mode="Context").text(type(error), error, error.__traceback__)
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)  # drop the colours
    assert "<part1.ipynb, cell 3>" in text
    assert "def linear_backward(dZ, cache):" in text
    assert "dW = dZ @ A_prev  # the transpose is missing" in text


def test_warning_from_a_part1_function_quotes_its_own_line(nndl_check, part1):
    fn = nndl_check.functions_from(str(part1), ["log_loss"])["log_loss"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with np.errstate(divide="warn"):
            fn(np.array([0.0, 0.5]))
    (w,) = caught
    assert (w.filename, w.lineno) == ("<part1.ipynb, cell 4>", 3)
    shown = warnings.formatwarning(w.message, w.category, w.filename, w.lineno)
    assert "return -np.log(AL)  # warns on a 0 entry" in shown


def test_reloading_after_an_edit_shows_the_new_source(nndl_check, part1):
    nndl_check.functions_from(str(part1), ["linear_backward"])
    nb = json.loads(part1.read_text())
    nb["cells"][2]["source"] = [
        "def linear_backward(dZ, cache):\n",
        "    A_prev, W, b = cache\n",
        "    dW = dZ @ A_prev.T.T  # still wrong, differently\n",
        "    return W.T @ dZ, dW, np.sum(dZ, axis=1, keepdims=True)\n",
    ]
    part1.write_text(json.dumps(nb))
    fn = nndl_check.functions_from(str(part1), ["linear_backward"])["linear_backward"]
    text = "".join(traceback.format_exception(_raise_from_linear_backward(fn)))
    assert "dW = dZ @ A_prev.T.T  # still wrong, differently" in text
    assert "the transpose is missing" not in text
