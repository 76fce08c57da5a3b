"""Trusted grading: scores come from a fresh process that rebuilds the student's functions.

The end-to-end tests grade doctored copies of the source notebooks with the real
`nbgrader autograde` (the course's nbgrader_config.py, hidden tests restored from the
gradebook) and read the scores back from the gradebook.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import numpy as np
import pytest

from autograder.instructor import build
from autograder.judge import compare
from autograder.pipeline import trusted

ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------- the codec


def test_wire_round_trips_what_functions_return():
    value = (
        {"W1": np.arange(6.0).reshape(2, 3), "b1": np.zeros((2, 1))},
        [np.float64(0.5), 3, 2.5, True, None, "x", float("nan")],
        np.array([[1, 0]], dtype=np.int64),
    )
    back = compare.transported(value)
    assert isinstance(back, tuple) and isinstance(back[0], dict)
    assert np.array_equal(back[0]["W1"], value[0]["W1"]) and back[0]["W1"].dtype == np.float64
    assert type(back[1][0]) is np.float64 and back[1][1:6] == [3, 2.5, True, None, "x"]
    assert np.isnan(back[1][6])
    assert back[2].dtype == np.int64 and back[2].shape == (1, 2)


def test_wire_never_carries_objects():
    class Sneaky(dict):
        pass

    back = compare.transported([Sneaky(a=1), np.array([object()], dtype=object), len])
    assert type(back[0]) is dict and back[0] == {"a": 1}  # its items, as a plain dict
    assert [type(v).__name__ for v in back[1:]] == ["Opaque"] * 2
    assert repr(back[2]) == "<builtin_function_or_method>"
    with pytest.raises(ValueError):
        compare.load({"__ndarray__": "", "dtype": "|O", "shape": [0]})
    with pytest.raises(ValueError):
        compare.load({"__ndarray__": [None], "dtype": "|O", "shape": [1]})
    with pytest.raises(ValueError):
        compare.load({"__reduce__": "os.system"})


def _follow_bytes(wire: bytes, ids: list[str], limits: trusted.Limits | None = None):
    """What the grader makes of ``wire`` written by a child: (results, how it stopped, kills)."""
    import threading

    read, write = os.pipe()

    def feed():
        with contextlib.suppress(BrokenPipeError), os.fdopen(write, "wb") as pipe:
            pipe.write(wire)

    feeder = threading.Thread(target=feed)
    feeder.start()
    results: dict = {}
    kills: list[int] = []
    limits = limits or trusted.Limits()
    try:
        stopped = trusted._follow(
            read, lambda: kills.append(1), ids, results, time.monotonic() + 30, limits
        )
    finally:
        os.close(read)
        feeder.join()
    return results, stopped, kills


def test_large_arrays_cross_the_wire_raw_and_whole():
    from autograder.sandbox import child

    source = (
        "import numpy as np\n"
        "big = np.arange(60_000.0).reshape(600, 100)\n"
        "strided = big[:, ::3].T\n"
        "small = np.ones(3, dtype=np.int8)\n"
        "nested = (big[:2], {'k': [big, np.float32(1.5)]})\n"
        "z = np.zeros((100, 100), dtype=np.complex64)\n"
    )
    cells = [("cell 1", source)]
    job = {
        "statement_seconds": 5,
        "tasks": [
            {
                "id": "t1",
                "kind": "state",
                "names": ["big", "strided", "small", "nested"],
                "cells": cells,
            },
            {"id": "t2", "kind": "state", "names": ["z"], "cells": cells},
        ],
    }
    out = io.BytesIO()
    out.close = lambda: None  # run_tasks closes its stream; keep what it wrote
    child.run_tasks(job, out, compare.dump, np)
    wire = out.getvalue()
    assert wire.count(b'{"blob": ') == 4  # big twice, strided, z: raw; small and big[:2] inline
    assert base64.b64encode(np.arange(60_000.0).tobytes()[240_000:240_300]) not in wire
    results, stopped, kills = _follow_bytes(wire, ["t1", "t2"])
    assert stopped == (None, None) and kills == []
    values = {k: compare.load(v) for k, v in results["t1"]["values"].items()}
    big = np.arange(60_000.0).reshape(600, 100)
    assert np.array_equal(values["big"], big) and values["big"].dtype == np.float64
    assert np.array_equal(values["strided"], big[:, ::3].T) and values["strided"].shape == (34, 600)
    assert values["small"].dtype == np.int8 and values["small"].tolist() == [1, 1, 1]
    assert np.array_equal(values["nested"][1]["k"][0], big) and values["nested"][1]["k"][1] == 1.5
    assert np.array_equal(values["nested"][0], big[:2])
    z = compare.load(results["t2"]["values"]["z"])  # the second record has its own blobs
    assert z.dtype == np.complex64 and z.shape == (100, 100) and not z.any()


def test_a_child_cannot_forge_or_overflow_raw_arrays():
    start = b'{"start": "t1"}\n'
    # a blob header past the grader's cap: stopped before anything is allocated
    limits = trusted.Limits(result_bytes=1 << 20)
    results, stopped, kills = _follow_bytes(start + b'{"blob": 1000000000000}\n', ["t1"], limits)
    assert stopped == ("t1", "returned more than 1 MiB") and kills == [1] and results == {}
    # many blobs for one record add up to the cap too
    many = start + (b'{"blob": 400000}\n' + bytes(400_000)) * 3
    results, stopped, kills = _follow_bytes(many, ["t1"], limits)
    assert stopped == ("t1", "returned more than 1 MiB") and kills == [1]
    # a reference to no blob, or to one of the wrong size, is refused when judged
    for blobs, ref in (
        (b"", 0),
        (b'{"blob": 12}\n' + bytes(12), 0),
        (b'{"blob": 8}\n' + bytes(8), 3),
    ):
        value = {"__blob__": ref, "dtype": "<f8", "shape": [3]}
        record = json.dumps({"id": "t1", "values": {"x": value}}).encode() + b"\n"
        results, stopped, _ = _follow_bytes(start + blobs + record, ["t1"])
        assert stopped == (None, None)
        with pytest.raises(ValueError):
            compare.load(results["t1"]["values"]["x"])
    # blobs belong to the record right after them: a stray one is dropped at the next line
    stray = start + b'{"blob": 24}\n' + bytes(24) + b'{"noise": 1}\n'
    value = {"__blob__": 0, "dtype": "<f8", "shape": [3]}
    record = json.dumps({"id": "t1", "values": {"x": value}}).encode() + b"\n"
    results, _, _ = _follow_bytes(stray + record, ["t1"])
    with pytest.raises(ValueError):
        compare.load(results["t1"]["values"]["x"])


def test_the_readable_form_is_the_same_codec_for_the_generated_files():
    value = ({"W1": np.arange(6.0).reshape(2, 3)}, [np.float64(0.5), np.int64(3)], np.array(2.0))
    readable = compare.dump(value, readable=True)
    assert readable["__tuple__"][0]["__dict__"]["W1"]["__ndarray__"] == [[0, 1, 2], [3, 4, 5]]
    assert readable["__tuple__"][1] == [0.5, 3]  # NumPy scalars as plain numbers
    back = compare.load(json.loads(json.dumps(readable)))
    assert np.array_equal(back[0]["W1"], value[0]["W1"]) and back[0]["W1"].dtype == np.float64
    assert back[2].shape == () and back[2] == 2.0  # a 0-d array stays 0-d


# --------------------------------------------------------------------- doctoring


def _doctor(path: Path, edits: dict[str, tuple[str, str]], extra_cells=()) -> dict:
    """A copy of a notebook with text replaced in the cells that define some functions."""
    nb = nbformat.read(path, as_version=4)
    for name, (find, replace) in edits.items():
        cells = [c for c in nb.cells if c.cell_type == "code" and f"def {name}(" in c.source]
        assert len(cells) == 1 and find in cells[0].source, name
        cells[0].source = cells[0].source.replace(find, replace)
    for after, source in extra_cells:  # insert a student cell after the one defining `after`
        i = next(i for i, c in enumerate(nb.cells) if f"def {after}(" in c.source)
        nb.cells.insert(i + 1, nbformat.v4.new_code_cell(source))
    return nb


TAMPER = """import sys, types
import numpy as np
np.allclose = lambda *a, **k: True
np.testing.assert_allclose = lambda *a, **k: None
np.array_equal = lambda *a, **k: True
sys.modules["autograder.hidden"] = types.SimpleNamespace(
    grade=lambda *a, **k: None, grade_choice=lambda *a, **k: None)
sys.modules["nnref"] = types.ModuleType("nnref")
import nndl_check
nndl_check._allclose = np.allclose
check = lambda *a, **k: None
"""


def _week1_submission() -> dict:
    """relu wrong behind a monkeypatching cell; predict_price kills its process; stack_examples
    never returns; flatten_images is right."""
    src = ROOT / "source/week1/intro_to_deep_learning.ipynb"
    return _doctor(
        src,
        {
            "relu": ("a = np.maximum(0.0, z)", "a = np.abs(z)"),
            "predict_price": (
                "price = relu(w * np.asarray(size, dtype=float) + b)",
                "import os\n    os._exit(3)",
            ),
            "stack_examples": (
                "X = np.column_stack([np.asarray(x, dtype=float) for x in examples])",
                "while True:\n        pass",
            ),
        },
        extra_cells=[("relu", TAMPER)],
    )


def _autograde(tmp_path: Path, week: str, student: str, notebooks: dict, config_extra: str = ""):
    """Grade ``notebooks`` ({filename: nb}) with real nbgrader; {grade_id: (score, max)}."""
    course = tmp_path / "course"
    if not course.exists():
        shutil.copytree(ROOT / "source", course / "source")
    (course / "nbgrader_config.py").write_text(
        (ROOT / "nbgrader_config.py").read_text()
        + "\nc.Execute.timeout = 15\nc.TrustedGrading.task_seconds = 8\n"
        + config_extra
    )
    build.generate_release(week, course)
    dest = course / "submitted" / student / week
    shutil.copytree(course / "release" / week, dest)
    for name, nb in notebooks.items():
        nbformat.write(nb, dest / name)
    bin_dir = Path(sys.executable).parent
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ.get('PATH', '')}",
    }
    proc = subprocess.run(
        [str(bin_dir / "nbgrader"), "autograde", week, "--student", student, "--force"],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission(week, student)
        scores = {
            g.name: (g.auto_score, g.max_score)
            for nb in sub.notebooks
            if f"{nb.name}.ipynb" in notebooks  # the others are the blank release
            for g in nb.grades
            if g.auto_score is not None
        }
    graded = {
        name: nbformat.read(course / "autograded" / student / week / name, as_version=4)
        for name in notebooks
    }
    return scores, graded, proc.stderr


@pytest.mark.notebooks
def test_monkeypatching_dying_and_hanging_code_lose_only_their_own_points(tmp_path):
    name = "intro_to_deep_learning.ipynb"
    scores, graded, log = _autograde(tmp_path, "week1", "mallory", {name: _week1_submission()})
    assert scores["test_relu"] == (0.0, 1.0)  # wrong code, whatever it did to np.allclose
    assert scores["test_predict_price"] == (0.0, 1.0)  # os._exit in the call
    assert scores["test_stack_examples"] == (0.0, 1.0)  # never returns
    assert scores["test_flatten_images"] == (1.0, 1.0)  # right, graded after two dead children
    assert all(scores[f"test_q{i}"] == (1.0, 1.0) for i in range(1, 9))
    by_id = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in graded[name].cells}
    messages = {g: c.metadata["nndl"]["message"] for g, c in by_id.items() if "nndl" in c.metadata}
    text = json.dumps(messages)
    assert "exit code 3" in messages["test_predict_price"]
    assert "longer than 8 s" in messages["test_stack_examples"]
    assert "relu" in messages["test_relu"] and "wrong values" in messages["test_relu"]
    assert "BEGIN HIDDEN TESTS" not in text
    notes = graded[name].metadata["nndl"]["suspicious"]  # the static scan names the cell
    assert any("np.allclose = " in n for n in notes) and any("sys.modules" in n for n in notes)


@pytest.mark.notebooks
def test_without_trusted_grading_the_monkeypatch_would_have_scored(tmp_path):
    """The control: nbgrader's own in-kernel grading is fooled by the same submission."""
    plain = """
from nbgrader.preprocessors import Execute
c.Autograde.autograde_preprocessors = [Execute] + [
    p for p in c.Autograde.autograde_preprocessors
    if p.__name__ not in ("TrustedGrading", "ResilientExecute")
]
"""
    nb = _week1_submission()
    for cell in nb.cells:  # keep the control fast: no dying or hanging function
        cell.source = cell.source.replace("import os\n    os._exit(3)", "price = 0.0").replace(
            "while True:\n        pass", "X = None"
        )
    scores, _, _ = _autograde(
        tmp_path, "week1", "mallory", {"intro_to_deep_learning.ipynb": nb}, plain
    )
    assert scores["test_relu"] == (1.0, 1.0)


@pytest.mark.notebooks
def test_test_cells_left_to_trusted_grading_score_nothing_without_it(tmp_path):
    """ResilientExecute does not run the test cells TrustedGrading scores; they hold an error
    until its verdict replaces them. So a configuration that drops TrustedGrading gives no
    free points, even to the instructor's solution."""
    no_trusted = """
c.Autograde.autograde_preprocessors = [
    p for p in c.Autograde.autograde_preprocessors if p.__name__ != "TrustedGrading"
]
"""
    name = "intro_to_deep_learning.ipynb"
    solution = nbformat.read(ROOT / "source/week1" / name, as_version=4)
    scores, graded, _ = _autograde(tmp_path, "week1", "alice", {name: solution}, no_trusted)
    tests = {g: s for g, s in scores.items() if g.startswith("test_")}
    assert len(tests) == 12 and all(score == 0 for score, _ in tests.values()), tests
    outputs = [
        c.outputs
        for c in graded[name].cells
        if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")
    ]
    assert any("trusted grader scores this test cell" in json.dumps(o) for o in outputs)


NOISY = """import sys
    import warnings

    warnings.warn("noisy but right", RuntimeWarning)
    print("a line on stderr", file=sys.stderr)
    Z = W @ A + b"""


@pytest.mark.notebooks
def test_partial_credit_reaches_the_gradebook_and_warnings_cost_nothing(tmp_path):
    """linear_backward with a wrong db earns 2 of its 3 parts; linear_forward, right but
    emitting a RuntimeWarning and writing to stderr, keeps full marks."""
    name = "deep_nn_step_by_step.ipynb"
    nb = _doctor(
        ROOT / "source/week4" / name,
        {
            "linear_backward": (
                "db = (1 / m) * np.sum(dZ, axis=1, keepdims=True)",
                "db = dZ[:, :1]",
            ),
            "linear_forward": ("Z = W @ A + b", NOISY),
        },
    )
    scores, graded, _ = _autograde(tmp_path, "week4", "pat", {name: nb})
    assert scores["test_linear_backward"] == (pytest.approx(1.33), 2.0)
    lost = {k: v for k, v in scores.items() if v[0] < v[1]}
    assert list(lost) == ["test_linear_backward"]
    assert scores["test_linear_forward"] == (1.0, 1.0)
    cell = next(
        c
        for c in graded[name].cells
        if c.metadata.get("nndl", {}).get("check") != "passed" and c.metadata.get("nndl")
    )
    assert "2 of 3 parts right (dA_prev, dW)" in cell.metadata["nndl"]["message"]


# ------------------------------------------------------------------ no notebook run


def test_source_notebooks_pass_and_gradient_checks_run():
    nb = nbformat.read(ROOT / "source/week4/deep_nn_step_by_step.ipynb", as_version=4)
    verdicts = trusted.grade_notebook(nb)
    assert len(verdicts) == 10 and all(v.passed for v in verdicts.values())
    assert "gradient check agrees" in verdicts["test_L_model_backward"].message


def test_the_gradient_check_judges_by_centred_differences(tmp_path):
    """Correct student gradients agree with centred differences; gradients that disagree (here:
    the numerical ones scaled by 1.5, as a wrong backward pass would) fail the check."""
    nb = nbformat.read(ROOT / "source/week4/deep_nn_step_by_step.ipynb", as_version=4)
    tasks, cells = trusted.tasks_of(nb)
    task = next(t for t in tasks if t.key == "deep.L_model_backward")
    record = trusted._run_child([trusted._job_task(task)], cells, tmp_path, None)[task.grade_id]
    task.cases = []  # judge the gradient trial only
    record["calls"] = record["calls"][-len(task.gradients) :]
    assert trusted.judge_function(task, record).passed
    task.gradients = [
        (args, [(path, num * 1.5) for path, num in checks]) for args, checks in task.gradients
    ]
    verdict = trusted.judge_function(task, record)
    assert verdict.check == "gradient" and "centred-difference" in verdict.message


def test_release_visible_check_names_the_factor_m_of_a_missing_mean(monkeypatch):
    """Acceptance: a linear_backward without the 1/m, checked by the student-side module of
    release/week4, is told that dW is off by a factor of m."""
    import importlib.util

    folder = ROOT / "release/week4"
    spec = importlib.util.spec_from_file_location("nndl_check_w4", folder / "nndl_check.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "nndl_check_w4", module)  # dataclasses look it up
    spec.loader.exec_module(module)

    def linear_backward(dZ, cache):
        A_prev, W, b = cache
        m = A_prev.shape[1]
        return W.T @ dZ, dZ @ A_prev.T, np.sum(dZ, axis=1, keepdims=True) / m

    monkeypatch.chdir(folder)
    with pytest.raises(AssertionError) as err:
        module.check("deep.linear_backward", linear_backward)
    message = str(err.value)
    assert "dW has the wrong values" in message
    assert "too large by a factor of m" in message


@pytest.mark.notebooks
def test_a_never_ending_statement_costs_no_data_points():
    """Week 2's data exercises (grade_state) rebuild the variables by running every
    top-level statement before the test: one that never ends (found by the demo cohort's
    s04) is stopped after its time and skipped, instead of costing the exercises."""
    nb = nbformat.read(ROOT / "source/week2/logistic_regression.ipynb", as_version=4)
    first = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    nb.cells.insert(first + 1, nbformat.v4.new_code_cell("import time\n\ntime.sleep(10_000)"))
    verdicts = trusted.grade_notebook(nb)
    state = [v for v in verdicts.values() if v.key in ("logistic.shapes", "logistic.flatten")]
    assert len(state) == 2
    assert all(v.passed for v in state), [v.message for v in state]
    assert sum(v.score for v in verdicts.values()) == sum(v.max_points for v in verdicts.values())


def test_without_the_box_the_scorer_still_grades_on_landlock(monkeypatch):
    """A host without bubblewrap: the scorer's children run unboxed (Landlock where the
    kernel has it) and grade the same."""
    monkeypatch.setattr(trusted.box, "available", lambda: False)
    nb = nbformat.read(ROOT / "source/week1/intro_to_deep_learning.ipynb", as_version=4)
    verdicts = trusted.grade_notebook(nb)
    assert verdicts and all(v.passed for v in verdicts.values()), [
        v.message for v in verdicts.values() if not v.passed
    ]
