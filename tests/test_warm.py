"""The warm box (autograder/sandbox/forkserver.py): one box per grading process forks a child
per job, and nothing passes from one student's child to the next.

Each "student" here is a job whose top-level bindings call the os module (the trusted child
keeps those: a module's function is a cheap call), so the values it saw come back as the
quiz-answer values of a choice task.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

from autograder.judge import compare
from autograder.pipeline import trusted
from autograder.sandbox import box, landlock

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not box.available() or landlock.abi() < 1,
    reason="the warm box needs bwrap and Landlock",
)


def run_as_student(tmp_path, source: str, names: list[str], warm: bool = True, **limits):
    """Values of ``names`` after a child ran ``source``; (values, errors, or the record)."""
    work = tmp_path / f"w{len(list(tmp_path.iterdir()))}"
    work.mkdir()
    job = {"id": "t", "kind": "choice", "names": names}
    record = trusted._run_child(
        [job], [("cell 1", source)], work, None, trusted.Limits(**limits), warm
    )["t"]
    values = {k: compare.load(v) for k, v in record.get("values", {}).items()}
    return values, record.get("errors", []), record


def server() -> trusted.WarmBox:
    (box_,) = [b for b in trusted.WarmBox._open.values() if b is not None and b.ready]
    return box_


@pytest.fixture(autouse=True)
def _fresh_boxes():
    for b in trusted.WarmBox._open.values():
        if b is not None:
            b.close()
    trusted.WarmBox._open.clear()
    yield
    for b in trusted.WarmBox._open.values():
        if b is not None:
            b.close()
    trusted.WarmBox._open.clear()


ALICE = """
import os
here = os.system("echo alice-secret > answers.txt")
tmp = os.system("echo alice-secret > /tmp/answers.txt 2>/dev/null")
shm = os.system("echo alice-secret > /dev/shm/answers.txt 2>/dev/null")
home = os.system("echo alice-secret > $HOME/../answers.txt 2>/dev/null")
stays = os.system("(sleep 60; echo late) >/dev/null 2>&1 &")
me = os.getpid()
server = os.getppid()
kill = os.kill(os.getppid(), 9)
"""

BOB = """
import os
mine = os.listdir(".")
tmp = os.listdir("/tmp")
shm = os.listdir("/dev/shm")
procs = os.listdir("/proc")
me = os.getpid()
parent = os.listdir("..")
memory = os.open(f"/proc/{os.getppid()}/mem", os.O_RDONLY)
"""


def test_nothing_a_child_leaves_reaches_the_next_one(tmp_path):
    alice, errors, _ = run_as_student(
        tmp_path, ALICE, ["here", "tmp", "shm", "home", "stays", "me", "server", "kill"]
    )
    first = server()
    # Alice may write her own folder only, and cannot signal the warm process.
    assert alice["here"] == 0
    assert alice["tmp"] != 0 and alice["shm"] != 0 and alice["home"] != 0
    assert "kill" not in alice and any("PermissionError" in e for e in errors), errors
    assert alice["stays"] == 0  # a process that outlives her, for now
    bob, errors, _ = run_as_student(
        tmp_path, BOB, ["mine", "tmp", "shm", "procs", "me", "parent", "memory"]
    )
    assert server() is first and first.proc.poll() is None  # the same box forked Bob
    assert bob["mine"] == ["stderr.txt"]  # a new folder of its own: no answers.txt
    assert "tmp" not in bob and bob["shm"] == []  # /tmp: not even readable
    # In the box's own PID namespace: its init, the warm process, Bob; Alice's sleep is gone.
    live = sorted(int(p) for p in bob["procs"] if p.isdigit())
    assert live == sorted({1, alice["server"], bob["me"]}), live
    assert bob["me"] != alice["me"]
    # Neither the folders of the others nor the warm process's memory can be read.
    assert "parent" not in bob and "memory" not in bob
    assert any("cell 1: PermissionError" in e for e in errors), errors


def test_a_child_past_its_time_ends_its_box_and_the_next_gets_a_new_one(tmp_path):
    slow = "import time\nx = time.sleep(30)\n"
    _, _, record = run_as_student(tmp_path, slow, ["x"], task_seconds=2, statement_seconds=20)
    assert record == {"died": "took longer than 2 s"}
    first = server()
    assert first.proc.poll() is not None  # stopped with every process in it
    values, _, _ = run_as_student(tmp_path, "import os\nme = os.getpid()\n", ["me"])
    assert values["me"] > 0 and server() is not first


def test_a_child_that_exits_is_named_and_the_box_goes_on(tmp_path):
    _, _, record = run_as_student(tmp_path, "import os\nx = os._exit(3)\n", ["x"])
    assert record == {"died": "the process stopped with exit code 3"}
    first = server()
    values, _, _ = run_as_student(tmp_path, "import math\nx = math.sqrt(4)\n", ["x"])
    assert values == {"x": 2.0} and server() is first


def test_warm_and_cold_children_give_the_same_verdicts_on_every_source_notebook():
    for path in sorted((ROOT / "source").glob("week*/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        warm = trusted.grade_notebook(nb, warm=True)
        cold = trusted.grade_notebook(nb, warm=False)
        assert warm == cold, path.name
        assert all(v.passed for v in warm.values()), path.name
    assert server().proc.poll() is None


def test_without_a_box_every_child_is_cold(tmp_path, monkeypatch):
    monkeypatch.setattr(box, "available", lambda: False)
    values, _, _ = run_as_student(tmp_path, "import os\nme = os.getpid()\n", ["me"])
    assert values["me"] > 0 and values["me"] != os.getpid()
    assert trusted.WarmBox._open == {}
