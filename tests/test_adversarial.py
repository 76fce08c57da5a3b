"""The adversarial corpus (tests/adversarial/cases.py) graded in one batch beside honest
students.

Two copies of a Week 1 course: A holds only the two honest students (one right, one with a
wrong relu); B holds them and every adversarial submission. Both are graded by
``nndl grade --kernel --workers 2`` (every cell runs in a kernel first), run from inside the
course folder. A third copy, C, made like B, is graded kernel-free (``nndl grade``, the
default: no cell runs). Then:

- every case gets its expected automatic score, and the instructor can read why;
- the batch never aborts: every submission is graded;
- the honest students' grades and verdicts in B are byte-identical to those in A;
- nothing outside the working copies changed: source/, release/, submitted/ and the
  config hash the same before and after (the gradebook only gained rows);
- no TCP connection reached the listener the attacks aimed at, and no process the fork
  storm started is left;
- the report lists what grading repaired (re-matched cells, links left out);
- kernel-free, every submission gets the very scores of the kernel path (and so every case
  its designed score), and nothing outside C's working copies changed either.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from autograder.demo import cohort
from autograder.instructor import build, report
from autograder.sandbox import landlock
from tests.adversarial.cases import CASES, NB

ROOT = Path(__file__).resolve().parents[1]
HONEST = {"a-honest": 12.0, "zz-honest": 11.0}

pytestmark = pytest.mark.adversarial


def make_course(path: Path) -> Path:
    shutil.copytree(ROOT / "source", path / "source", ignore=shutil.ignore_patterns("week[234]"))
    # the infinite-loop case waits task_seconds once; under CI load a short limit can stop an
    # honest exercise too (seen with 4 s), so leave real room
    config = (ROOT / "nbgrader_config.py").read_text() + (
        "\nc.Execute.timeout = 5\nc.TrustedGrading.task_seconds = 15\n"
    )
    (path / "nbgrader_config.py").write_text(config)
    build.generate_release("week1", path)
    return path


def solution():
    nb = nbformat.read(ROOT / "source/week1" / NB, as_version=4)
    cohort._student_copy(nb)
    return nb


def add_honest(course: Path) -> None:
    for student, score in HONEST.items():
        nb = solution()
        if score < 12:
            next(
                c for c in nb.cells if c.get("id") == "relu-answer"
            ).source = "def relu(z):\n    return np.abs(z)\n"
        folder = course / "submitted" / student / "week1"
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / NB)


def grade(course: Path, kernel: bool = True) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "OPENBLAS_NUM_THREADS": "1",
    }
    return subprocess.run(
        [str(Path(sys.executable).parent / "nndl"), "grade", "week1", "--course", str(course)]
        + ["--workers", "2"]
        + ["--kernel"] * kernel,
        cwd=course,  # an attack can find this folder from the kernel (/proc/<ppid>/cwd)
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )


def failures(done: subprocess.CompletedProcess) -> str:
    """What to show when nndl grade did not exit 0: its FAILED entries (stdout, after the
    table) with their logs, and the end of stderr without the kernels' TCP warnings."""
    out = done.stdout
    start = min((i for i in (out.find("FAILED "), out.find("nndl grade:")) if i >= 0), default=0)
    err = [line for line in done.stderr.splitlines() if "without encryption" not in line]
    return f"exit {done.returncode}\n{out[start:][-6000:]}\n--- stderr ---\n" + "\n".join(err[-40:])


def scores(course: Path, student: str) -> list:
    """The student's automatic score per grade cell."""
    return [g[:2] for g in json.loads(record(course, student))["grades"]]


def record(course: Path, student: str) -> str:
    """The student's grades and verdicts, as bytes to compare."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission_notebook(NB[:-6], "week1", student)
        grades = sorted((g.name, g.auto_score, g.manual_score, g.max_score) for g in sub.grades)
    graded = nbformat.read(course / "autograded" / student / "week1" / NB, as_version=4)
    verdicts = [c.metadata["nndl"] for c in graded.cells if "nndl" in c.metadata]
    return json.dumps({"grades": grades, "verdicts": verdicts}, sort_keys=True)


def lost(course: Path, student: str) -> str:
    """The tests that lost points, with the verdict the instructor reads."""
    graded = nbformat.read(course / "autograded" / student / "week1" / NB, as_version=4)
    return "\n".join(
        f"  {v['key']}: {v['score']:g}/{v['max_points']:g} {v['message'][:300]}"
        for c in graded.cells
        if (v := c.metadata.get("nndl")) and v["score"] < v["max_points"]
    )


def auto_score(course: Path, student: str) -> float:
    grades = json.loads(record(course, student))["grades"]
    return sum(g[1] or 0 for g in grades if g[0].startswith("test_"))


def snapshot(course: Path) -> dict[str, str]:
    out = {}
    for folder in ("source", "release", "submitted"):
        for path in sorted((course / folder).rglob("*")):
            mode = path.lstat().st_mode
            key = str(path.relative_to(course))
            if stat.S_ISREG(mode) and path.stat().st_size < 2**26:
                out[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISREG(mode):
                out[key] = f"size {path.stat().st_size}, mtime {path.stat().st_mtime_ns}"
            elif stat.S_ISLNK(mode):
                out[key] = "link:" + os.readlink(path)
            else:
                out[key] = stat.filemode(mode)
    out["nbgrader_config.py"] = hashlib.sha256(
        (course / "nbgrader_config.py").read_bytes()
    ).hexdigest()
    return out


def canary_processes() -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "nndl-fork-canary" in cmd and "pytest" not in cmd:
            found.append(f"{proc.name}: {cmd[:100]}")
    return found


def designed(course: Path) -> list[str]:
    """Every case as designed, with a reason the instructor can read: what is not."""
    wrong = []
    for c in CASES:
        student = f"adv-{c.name}"
        ledger = course / "autograded" / student / "week1" / "graded.json"
        if not ledger.is_file():
            wrong.append(f"{c.name}: not graded")
            continue
        got = auto_score(course, student)
        problems = "\n".join(json.loads(ledger.read_text()).get("problems", []))
        shown = problems + record(course, student)
        if c.name.startswith("relu-reads") and not landlock.abi():
            continue  # without Landlock these reads are not stopped (README)
        if got != c.expect:
            wrong.append(
                f"{c.name}: {got:g} points, expected {c.expect:g}\n{problems}\n"
                + lost(course, student)
            )
        elif c.shows and c.shows not in shown:
            wrong.append(f"{c.name}: {c.shows!r} is not shown\n{problems}")
    return wrong


def make_attacked(path: Path, port: int) -> Path:
    course = make_course(path)
    add_honest(course)
    ctx = {"course": course, "root": ROOT, "release": course / "release" / "week1", "port": port}
    for c in CASES:
        c.make(solution(), course / "submitted" / f"adv-{c.name}" / "week1", ctx)
    return course


def test_adversarial_corpus(tmp_path):
    assert len(CASES) >= 30

    clean = make_course(tmp_path / "A")
    add_honest(clean)
    done = grade(clean)
    assert done.returncode == 0, failures(done)

    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    course = make_attacked(tmp_path / "B", listener.getsockname()[1])
    before = snapshot(course)

    done = grade(course)
    assert done.returncode == 0, failures(done)
    # the largest process of the batch (grader, worker, kernel or scorer), flood cases and
    # all: what came back from a child is capped, so memory stays bounded
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(f"largest process of the adversarial batch: {peak / 2**20:.0f} MiB")
    assert peak < 2 * 2**30

    # the same corpus kernel-free (no cell runs): the kernel path's scores, submission by
    # submission
    fast = make_attacked(tmp_path / "C", listener.getsockname()[1])
    fast_before = snapshot(fast)
    done = grade(fast, kernel=False)
    assert done.returncode == 0, failures(done)
    assert snapshot(fast) == fast_before
    students = sorted(p.name for p in (course / "submitted").iterdir())
    differ = [s for s in students if scores(fast, s) != scores(course, s)]
    assert not differ, {s: (scores(course, s), scores(fast, s)) for s in differ}
    wrong = designed(fast)
    assert not wrong, "\n".join(wrong)

    # nothing outside the working copies changed; no connection; no process left behind
    assert snapshot(course) == before
    with pytest.raises(BlockingIOError):
        listener.accept()
    listener.close()
    assert canary_processes() == []
    # nothing a kernel wrote outlived its box: no shared memory, no IPython startup file
    assert not Path("/dev/shm/nndl-solution.ipynb").exists()
    assert not (Path.home() / ".ipython/profile_default/startup/00-nndl-evil.py").exists()

    # the honest students: byte-identical to the clean run
    for student in HONEST:
        assert record(course, student) == record(clean, student), student
        assert auto_score(course, student) == HONEST[student]

    wrong = designed(course)
    assert not wrong, "\n".join(wrong)

    # the instructor's report lists what was repaired (re-matched cells, links left out)
    page = report.build(course, ["week1"], tmp_path / "report").read_text()
    assert "had no nbgrader metadata: found by what it defines (relu)" in page
    assert "a symbolic link" in page
