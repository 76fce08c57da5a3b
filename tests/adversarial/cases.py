"""The adversarial corpus: Week 1 submissions built to break grading, each with its expected
outcome and the reason for it.

Every case starts from the instructor's solution as a student would hand it in (12
automatic points: relu, predict_price, stack_examples, flatten_images and quiz answers
q1-q8) and breaks it one way. ``expect`` is the automatic score the case must get;
``shows`` is a piece of text the instructor must be able to read about it (in the grading
problems of ``nndl grade`` or in the verdicts of the graded notebook). The attacks know the
real course path (``{course}``) and the repository (``{root}``): the strongest student.

``python -m tests.adversarial.cases`` prints the table of cases (the README's table).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell

NB = "intro_to_deep_learning.ipynb"
WRONG_RELU = "def relu(z):\n    return z  # forgot the max\n"


@dataclass
class Case:
    name: str
    attack: str  # what the submission does
    expect: float  # automatic score (of 12)
    reason: str  # why that is the right outcome
    shows: str | None  # text the instructor sees about it
    make: Callable


CASES: list[Case] = []


def case(attack: str, expect: float, reason: str, shows: str | None = None):
    def register(fn):
        CASES.append(Case(fn.__name__.replace("_", "-"), attack, expect, reason, shows, fn))
        return fn

    return register


# ----------------------------------------------------------------------------- helpers


def cell(nb, grade_id: str):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def after(nb, grade_id: str, source: str) -> None:
    """A new code cell right after the cell of grade_id."""
    nb.cells.insert(nb.cells.index(cell(nb, grade_id)) + 1, new_code_cell(source))


def save(nb, folder: Path, name: str = NB) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / name)


def wrong_relu(nb) -> None:
    cell(nb, "relu").source = WRONG_RELU


# ------------------------------------------------------------------ files and formats


@case("invalid JSON", 0, "nothing can be read; graded as the blank notebook", "not a readable")
def invalid_json(nb, folder, ctx):
    folder.mkdir(parents=True)
    (folder / NB).write_text('{"cells": [ {"cell_type": "code", ')


@case("empty file", 0, "nothing can be read; graded as the blank notebook", "not a readable")
def empty_file(nb, folder, ctx):
    folder.mkdir(parents=True)
    (folder / NB).write_bytes(b"")


@case("binary junk", 0, "nothing can be read; graded as the blank notebook", "not a readable")
def binary_junk(nb, folder, ctx):
    folder.mkdir(parents=True)
    (folder / NB).write_bytes(bytes(range(256)) * 64)


@case("nbformat 99", 0, "an unknown notebook format is not guessed at", "not a readable")
def wrong_nbformat(nb, folder, ctx):
    folder.mkdir(parents=True)
    raw = json.loads(nbformat.writes(nb))
    raw["nbformat"] = 99
    (folder / NB).write_text(json.dumps(raw))


@case("renamed notebook", 12, "it defines the notebook's graded functions", "graded as")
def renamed_notebook(nb, folder, ctx):
    save(nb, folder, "Copy of intro_to_deep_learning (1).ipynb")


@case("no notebook at all", 0, "nothing was handed in", "not submitted")
def nothing_submitted(nb, folder, ctx):
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("I will send it later\n")


# ------------------------------------------------------------------- the cells edited


@case("test cell deleted", 12, "the release's test cell is put back", "was missing")
def test_cell_deleted(nb, folder, ctx):
    nb.cells.remove(cell(nb, "test_relu"))
    save(nb, folder)


@case(
    "test cell deleted, wrong code",
    11,
    "the restored test grades the wrong relu",
    "was missing",
)
def test_cell_deleted_wrong(nb, folder, ctx):
    wrong_relu(nb)
    nb.cells.remove(cell(nb, "test_relu"))
    save(nb, folder)


@case(
    "answer cell duplicated, the copy wrong",
    11,
    "the last definition is what the notebook ends with",
    "appears more than once",
)
def answer_duplicated(nb, folder, ctx):
    copy = nbformat.from_dict(json.loads(json.dumps(cell(nb, "relu"))))
    copy.source, copy.id = WRONG_RELU, "relu-copy"
    nb.cells.insert(nb.cells.index(cell(nb, "test_relu")), copy)
    save(nb, folder)


@case(
    "grade_id duplicated on another cell",
    12,
    "the duplicate loses its metadata; the code is graded as it runs",
    "appears more than once",
)
def grade_id_duplicated(nb, folder, ctx):
    for c in nb.cells:
        if c.get("id") == "relu-try":
            c.metadata["nbgrader"] = dict(cell(nb, "relu").metadata["nbgrader"])
    save(nb, folder)


@case("unknown grade_id", 12, "metadata the release does not know is ignored", "unknown grade_id")
def unknown_grade_id(nb, folder, ctx):
    after(nb, "test_relu", "bonus = 1")
    nb.cells[nb.cells.index(cell(nb, "test_relu")) + 1].metadata["nbgrader"] = {
        "grade_id": "free_points",
        "grade": True,
        "solution": False,
        "locked": True,
        "points": 50,
    }
    save(nb, folder)


@case(
    "locked test cell source edited, wrong code",
    11,
    "locked cells are restored from the gradebook",
)
def locked_source_edited(nb, folder, ctx):
    wrong_relu(nb)
    cell(nb, "test_relu").source = "print('all tests passed')"
    save(nb, folder)


@case("points edited to 100", 12, "points come from the release", "edited nbgrader metadata")
def points_edited(nb, folder, ctx):
    cell(nb, "test_relu").metadata["nbgrader"]["points"] = 100
    save(nb, folder)


@case(
    "test cell turned into markdown, wrong code",
    11,
    "the cell type is restored and the test runs",
    "was turned into markdown",
)
def cell_type_edited(nb, folder, ctx):
    wrong_relu(nb)
    i = nb.cells.index(cell(nb, "test_relu"))
    old = nb.cells[i]
    md = nbformat.v4.new_markdown_cell(old.source, metadata=old.metadata)
    md.id = old.id
    nb.cells[i] = md
    save(nb, folder)


@case("faked passing outputs on a blank notebook", 0, "outputs are cleared and recomputed")
def faked_outputs(nb, folder, ctx):
    blank = nbformat.read(ctx["release"] / NB, as_version=4)
    for c in blank.cells:
        if c.cell_type == "code":
            c.execution_count = 1
            c.outputs = [nbformat.v4.new_output("stream", name="stdout", text="All checks pass\n")]
    save(blank, folder)


@case("extra cells and prints", 12, "extra cells are the student's own business")
def extra_cells(nb, folder, ctx):
    after(nb, "relu", "for i in range(300):\n    print('debugging', i)")
    after(nb, "test_relu", "def helper(x):\n    return x\n\nprint(helper(3))")
    save(nb, folder)


@case(
    "nbgrader metadata stripped (re-saved by another editor)",
    12,
    "cells are found again by the functions they define and by their text",
    "had no nbgrader metadata",
)
def metadata_stripped(nb, folder, ctx):
    for c in nb.cells:
        c.metadata.pop("nbgrader", None)
    save(nb, folder)


@case(
    "metadata and cell ids stripped (nbformat 4.4)",
    12,
    "as above; an older format is upgraded",
    "had no nbgrader metadata",
)
def metadata_and_ids_stripped(nb, folder, ctx):
    raw = json.loads(nbformat.writes(nb))
    raw["nbformat_minor"] = 4
    for c in raw["cells"]:
        c.pop("id", None)
        c["metadata"] = {}
    folder.mkdir(parents=True)
    (folder / NB).write_text(json.dumps(raw))


@case("cells reordered", 12, "functions are graded from their definitions, not the run order")
def cells_reordered(nb, folder, ctx):
    code = [c for c in nb.cells if c.cell_type == "code"]
    rest = [c for c in nb.cells if c.cell_type != "code"]
    nb.cells = code[::-1] + rest
    save(nb, folder)


# ---------------------------------------------------------------- runaway code


@case("infinite loop in an ungraded cell", 12, "the cell is stopped at its time limit")
def infinite_loop_cell(nb, folder, ctx):
    after(nb, "relu", "while True:\n    pass")
    save(nb, folder)


@case(
    "infinite loop in a graded function",
    11,
    "the function is stopped at the per-exercise limit",
    "took longer than",
)
def infinite_loop_function(nb, folder, ctx):
    cell(nb, "relu").source = "def relu(z):\n    while True:\n        pass\n"
    save(nb, folder)


@case("a cell that allocates 20 GB", 12, "the kernel's memory cap makes it a MemoryError")
def allocate_20gb(nb, folder, ctx):
    after(nb, "relu", "import numpy as np\nbig = np.ones(20 * 2**30 // 8)\nbig[::4096] = 2")
    save(nb, folder)


@case("a graded function that allocates 20 GB", 11, "the child's memory cap stops it")
def allocate_in_function(nb, folder, ctx):
    cell(nb, "relu").source = "def relu(z):\n    big = np.ones(20 * 2**30 // 8)\n    return big\n"
    save(nb, folder)


@case("os._exit(0)", 12, "a dead kernel costs one cell; the kernel is restarted")
def os_exit(nb, folder, ctx):
    after(nb, "relu", "import os\nos._exit(0)")
    save(nb, folder)


@case("sys.exit()", 12, "IPython turns it into an error in that cell")
def sys_exit(nb, folder, ctx):
    after(nb, "relu", "import sys\nsys.exit()")
    save(nb, folder)


@case("killing its own kernel", 12, "a dead kernel costs one cell; the kernel is restarted")
def kill_own_kernel(nb, folder, ctx):
    after(nb, "relu", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
    save(nb, folder)


@case(
    "killing the grader (its parent process)",
    12,
    "Landlock refuses signals outside the kernel; the batch goes on",
)
def kill_the_grader(nb, folder, ctx):
    after(nb, "relu", "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)")
    after(nb, "test_relu", "import os, signal\nos.kill(1, signal.SIGTERM)")
    save(nb, folder)


@case("a fork storm (32 sleepers)", 12, "the kernel's process group is killed at the end")
def fork_storm(nb, folder, ctx):
    after(
        nb,
        "relu",
        "import os, sys\n"
        "for _ in range(32):\n"
        "    if os.fork() == 0:\n"
        "        os.execv(sys.executable, [sys.executable, '-c',\n"
        "                 'import time; time.sleep(300)  # nndl-fork-canary'])\n",
    )
    save(nb, folder)


@case("50 MB of output", 12, "outputs are capped in the graded notebook", None)
def big_output(nb, folder, ctx):
    after(nb, "relu", "print('x' * 50_000_000)")
    save(nb, folder)


@case("warnings and stderr in a graded function", 12, "noise is not a failure")
def stderr_noise(nb, folder, ctx):
    cell(nb, "relu").source = (
        "import sys, warnings\n\n"
        "def relu(z):\n"
        "    warnings.warn('careful', RuntimeWarning)\n"
        "    print('debug', file=sys.stderr)\n"
        "    return np.maximum(0.0, z)\n"
    )
    save(nb, folder)


@case("an exception in an ungraded cell", 12, "grading does not depend on ungraded cells")
def exception_ungraded(nb, folder, ctx):
    after(nb, "relu", "raise ValueError('a typo')")
    save(nb, folder)


# ------------------------------------------------------------------------ cheating


@case(
    "np.allclose and assert_allclose patched, wrong code",
    11,
    "the comparison runs in the grader, never in the kernel",
)
def patch_numpy(nb, folder, ctx):
    wrong_relu(nb)
    after(
        nb,
        "relu",
        "np.allclose = lambda *a, **k: True\n"
        "np.testing.assert_allclose = lambda *a, **k: None\n"
        "np.array_equal = lambda *a, **k: True",
    )
    save(nb, folder)


@case("builtins patched, wrong code", 11, "the grader's builtins are not the kernel's")
def patch_builtins(nb, folder, ctx):
    wrong_relu(nb)
    after(
        nb,
        "relu",
        "import builtins\n"
        "builtins.isinstance = lambda *a: True\n"
        "builtins.AssertionError = type('Nothing', (Exception,), {})",
    )
    save(nb, folder)


@case(
    "sys.modules['autograder'] and ['nnref'] replaced, wrong code",
    11,
    "the kernel's modules play no part in the score",
)
def patch_sys_modules(nb, folder, ctx):
    wrong_relu(nb)
    after(
        nb,
        "relu",
        "import sys, types\n"
        "fake = types.ModuleType('fake')\n"
        "fake.grade = lambda *a, **k: None\n"
        "for name in ('autograder', 'autograder.hidden', 'nnref', 'nndl_check'):\n"
        "    sys.modules[name] = fake",
    )
    save(nb, folder)


@case("relu imports nnref", 11, "the grader's packages cannot be imported", "not available")
def import_nnref(nb, folder, ctx):
    cell(
        nb, "relu"
    ).source = "def relu(z):\n    import nnref.intro\n    return nnref.intro.relu(z)\n"
    save(nb, folder)


@case(
    "relu reads nnref's source from disk",
    11,
    "the grading child's box does not hold the repository (Landlock without a box)",
    None,
)
def read_nnref(nb, folder, ctx):
    cell(nb, "relu").source = (
        "def relu(z):\n"
        f"    ns = {{}}\n"
        f"    exec(open({str(ctx['root'] / 'nnref' / 'intro.py')!r}).read(), ns)\n"
        "    return ns['relu'](z)\n"
    )
    save(nb, folder)


@case(
    "relu reads the source notebook (the solution)",
    11,
    "the grading child's box does not hold the course (Landlock without a box)",
    None,
)
def read_source_notebook(nb, folder, ctx):
    path = ctx["course"] / "source" / "week1" / NB
    cell(nb, "relu").source = (
        "import json\n\n"
        "def relu(z):\n"
        f"    nb = json.load(open({str(path)!r}))\n"
        "    code = [''.join(c['source']) for c in nb['cells']]\n"
        "    code = [c for c in code if 'def relu' in c]\n"
        "    ns = {'np': np}\n"
        "    exec(code[0], ns)\n"
        "    return ns['relu'](z)\n"
    )
    save(nb, folder)


def _writes(targets: list[str]) -> str:
    lines = ["import glob, os", "hits = []"]
    for t in targets:
        lines += [
            f"for path in glob.glob({t!r}) or [{t!r}]:",
            "    try:",
            "        with open(path, 'ab') as f:",
            "            f.write(b'PWNED')",
            "        hits.append(path)",
            "    except OSError as exc:",
            "        print('refused:', path, exc)",
        ]
    return "\n".join(lines + ["print('written:', hits)"])


@case("writing into the gradebook", 12, "the kernel may write only in its working copy")
def write_gradebook(nb, folder, ctx):
    course = ctx["course"]
    after(nb, "relu", _writes([f"{course}/gradebook.db"]))
    after(
        nb,
        "test_relu",
        "import sqlite3\n"
        f"db = sqlite3.connect({str(course / 'gradebook.db')!r})\n"
        "db.execute('update grade set auto_score = 99')\n"
        "db.commit()",
    )
    save(nb, folder)


@case("writing into source/", 12, "the kernel may write only in its working copy")
def write_source(nb, folder, ctx):
    after(nb, "relu", _writes([f"{ctx['course']}/source/week1/{NB}", "../../../source/x"]))
    save(nb, folder)


@case(
    "writing into another student's folder",
    12,
    "the kernel may write only in its working copy",
)
def write_other_student(nb, folder, ctx):
    course = ctx["course"]
    after(
        nb,
        "relu",
        _writes([f"{course}/submitted/*/week1/{NB}", "/tmp/nndl-grade-*/*/autograded/*/week1/*"]),
    )
    save(nb, folder)


@case(
    "a graded function that writes into the course",
    12,
    "the grading child may write only in its own folder",
)
def write_from_function(nb, folder, ctx):
    target = ctx["course"] / "gradebook.db"
    cell(nb, "relu").source = (
        "def relu(z):\n"
        "    try:\n"
        f"        open({str(target)!r}, 'ab').write(b'PWNED')\n"
        "    except OSError:\n"
        "        pass\n"
        "    return np.maximum(0.0, z)\n"
    )
    save(nb, folder)


@case("network connections", 12, "the box has no network (Landlock refuses TCP without a box)")
def network(nb, folder, ctx):
    port = ctx["port"]
    after(nb, "relu", f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=3)")
    cell(nb, "relu").source = (
        "import socket\n\n"
        "def relu(z):\n"
        "    try:\n"
        f"        socket.create_connection(('127.0.0.1', {port}), timeout=3)\n"
        "    except OSError:\n"
        "        pass\n"
        "    return np.maximum(0.0, z)\n"
    )
    save(nb, folder)


@case(
    "the notebook is a symlink to the solution",
    0,
    "links are left out; nothing else was handed in",
    "symbolic link",
)
def symlink_to_solution(nb, folder, ctx):
    folder.mkdir(parents=True)
    os.symlink(ctx["course"] / "source" / "week1" / NB, folder / NB)


@case("a symlinked data folder", 12, "links are left out, the notebook is graded", "symbolic link")
def symlink_folder(nb, folder, ctx):
    save(nb, folder)
    os.symlink("/etc", folder / "data")


@case("a named pipe and a 5 GB sparse file", 12, "special and huge files are left out", "limit")
def special_files(nb, folder, ctx):
    save(nb, folder)
    os.mkfifo(folder / "pipe")
    with open(folder / "weights.npy", "wb") as f:
        f.truncate(5 * 2**30)


# ------------------------------------------- the sealed box: classes an outsider found


def _blank(ctx):
    return nbformat.read(ctx["release"] / NB, as_version=4)


def _blank_with(ctx, source: str, grade_id: str = "relu"):
    """The blank release notebook with one code cell added after the cell of grade_id."""
    blank = _blank(ctx)
    after(blank, grade_id, source)
    return blank


_FORGER = (
    "import glob, json, time  # nndl-fork-canary\n"
    "time.sleep(4)\n"
    "paths = glob.glob('*.ipynb') + glob.glob('/tmp/nndl-grade-*/*/autograded/*/week1/*.ipynb')\n"
    "for path in paths:\n"
    "    try:\n"
    "        nb = json.load(open(path))\n"
    "        for c in nb['cells']:\n"
    "            if c.get('cell_type') == 'code':\n"
    "                c['outputs'] = [{'output_type': 'stream', 'name': 'stdout', 'text': 'ok'}]\n"
    "        json.dump(nb, open(path, 'w'))\n"
    "    except Exception:\n"
    "        pass\n"
)
_FORGE = (
    "import subprocess, sys\n"
    f"subprocess.Popen([sys.executable, '-c', {_FORGER!r}], start_new_session=True,\n"
    "                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print('forger started')\n"
)


@case(
    "a blank notebook whose background process (setsid) forges the graded notebooks",
    0,
    "the kernel's box has its own PID namespace and a private copy of its folder",
)
def forge_graded(nb, folder, ctx):
    save(_blank_with(ctx, _FORGE), folder)


@case(
    "an IPython startup file that would run in every later kernel and the instructor's",
    12,
    "HOME and IPython's folder are private to the box, and gone with it",
)
def ipython_startup(nb, folder, ctx):
    after(
        nb,
        "relu",
        "import os, pathlib\n"
        "for base in [pathlib.Path.home(), pathlib.Path('/root')]:\n"
        "    d = base / '.ipython' / 'profile_default' / 'startup'\n"
        "    try:\n"
        "        d.mkdir(parents=True, exist_ok=True)\n"
        "        (d / '00-nndl-evil.py').write_text('import os\\nos._exit(3)\\n')\n"
        "    except OSError as exc:\n"
        "        print('refused', exc)",
    )
    save(nb, folder)


@case(
    "the kernel replaces its notebook by a link to a classmate's submission",
    12,
    "the box's folder is a private copy: the grader never writes through it",
)
def link_to_classmate(nb, folder, ctx):
    target = ctx["course"] / "submitted" / "a-honest" / "week1" / NB
    after(
        nb,
        "relu",
        "import os, glob\n"
        "for path in glob.glob('*.ipynb'):\n"
        "    try:\n"
        "        os.remove(path)\n"
        f"        os.symlink({str(target)!r}, path)\n"
        "    except OSError as exc:\n"
        "        print('refused', exc)",
    )
    save(nb, folder)


_HUNT = (
    "def _hunt(name):\n"
    "    import gc, sys\n"
    "    for obj in gc.get_objects():\n"
    "        if callable(obj) and getattr(obj, '__name__', '') == name:\n"
    "            if getattr(obj, '__module__', '') != '__main__':\n"
    "                return obj\n"
    "    for mod in list(sys.modules.values()):\n"
    "        fn = getattr(mod, name, None)\n"
    "        if callable(fn) and getattr(fn, '__module__', '') != '__main__':\n"
    "            return fn\n"
    "    raise NameError(name)\n"
)


@case(
    "a blank notebook whose functions look for the reference through gc and sys.modules",
    0,
    "an exercise's process holds no reference for it, only the blocks it builds on",
)
def hunt_reference(nb, folder, ctx):
    blank = _blank(ctx)
    for name, args in (
        ("relu", "z"),
        ("predict_price", "size, w, b"),
        ("stack_examples", "examples"),
        ("flatten_images", "images"),
    ):
        cell(blank, name).source = (
            _HUNT + f"\n\ndef {name}({args}):\n    return _hunt({name!r})({args})\n"
        )
    save(blank, folder)


@case(
    "the kernel copies the course into /dev/shm for the graded function to read",
    11,
    "the kernel cannot see the course, and each box has its own /dev/shm",
)
def shm_bridge(nb, folder, ctx):
    source = ctx["course"] / "source" / "week1" / NB
    after(
        nb,
        "relu",
        "import shutil\n"
        "try:\n"
        f"    shutil.copy({str(source)!r}, '/dev/shm/nndl-solution.ipynb')\n"
        "except OSError as exc:\n"
        "    print('refused', exc)",
    )
    cell(nb, "relu").source = (
        "import json\n\n"
        "def relu(z):\n"
        "    nb = json.load(open('/dev/shm/nndl-solution.ipynb'))\n"
        "    code = [''.join(c['source']) for c in nb['cells']]\n"
        "    code = [c for c in code if 'def relu' in c]\n"
        "    ns = {'np': np}\n"
        "    exec(code[0], ns)\n"
        "    return ns['relu'](z)\n"
    )
    save(nb, folder)


@case(
    "a class body that sleeps 30 s at definition time",
    12,
    "definitions run in the box for at most 10 s each; the notebook is still graded",
)
def slow_class_body(nb, folder, ctx):
    after(nb, "relu", "import time\n\n\nclass Slow:\n    time.sleep(30)\n")
    save(nb, folder)


@case(
    "a graded function that writes fake records and 200 MB into every descriptor",
    11,
    "the grader reads at most its cap from a child and keeps its own clock",
    "returned more than",
)
def flood_channel(nb, folder, ctx):
    cell(nb, "relu").source = (
        "def relu(z):\n"
        "    import os, json\n"
        "    fake = json.dumps({'start': 'test_relu'}) + '\\n' + json.dumps({'done': 1}) + '\\n'\n"
        "    for fd in range(1, 64):\n"
        "        try:\n"
        "            os.write(fd, fake.encode())\n"
        "            for _ in range(200):\n"
        "                os.write(fd, b'x' * 2**20)\n"
        "        except OSError:\n"
        "            pass\n"
        "    return np.maximum(0.0, z)\n"
    )
    save(nb, folder)


@case(
    "relu returns a dict of 100,000 keys",
    11,
    "every diagnosis line is capped",
    "dict of 100000 items",
)
def huge_dict(nb, folder, ctx):
    cell(nb, "relu").source = "def relu(z):\n    return {f'k{i}': i for i in range(10**5)}\n"
    save(nb, folder)


@case(
    "a folder named like a notebook beside the real one",
    12,
    "the folder is skipped with a reason; the notebook is graded",
    "a folder named like a notebook",
)
def folder_named_notebook(nb, folder, ctx):
    save(nb, folder)
    (folder / "backup.ipynb").mkdir()
    (folder / "backup.ipynb" / "old.txt").write_text("x")


@case(
    "a newer copy (1) beside an older original with a wrong relu",
    12,
    "the newest copy of a notebook is graded, and the choice reported",
    "newest of 2 copies",
)
def newer_copy(nb, folder, ctx):
    old = nbformat.from_dict(json.loads(nbformat.writes(nb)))
    wrong_relu(old)
    save(old, folder)
    os.utime(folder / NB, (1_000_000_000, 1_000_000_000))
    save(nb, folder, "intro_to_deep_learning (1).ipynb")


@case(
    "relu as a lambda, and an IPython magic in the answer cell",
    12,
    "any Python binding of the graded name counts; magics run as the notebook ran them",
)
def lambda_and_magic(nb, folder, ctx):
    cell(nb, "relu").source = "%precision 4\nrelu = lambda z: np.maximum(0.0, z)\n"
    save(nb, folder)


def table() -> str:
    lines = ["| case | what the submission does | outcome (of 12) | reason |", "|---|---|---|---|"]
    for c in CASES:
        lines.append(f"| {c.name} | {c.attack} | {c.expect:g} | {c.reason} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
