"""Trusted grading: scores that nothing in the student's kernel can change.

A test cell's verdict is not taken from the kernel that ran the student's notebook (the
student's code could have replaced ``np.allclose``, ``AssertionError``, the autograder
module or anything else there). Instead, for every test cell whose hidden block calls
``grade(key, fn)``, ``grade_choice(...)`` or ``grade_state(...)``:

1. the graded function is rebuilt from the notebook's cell *sources* in a fresh child
   process (:mod:`autograder.sandbox.child`: imports, defs, classes and constants only; the
   reference building blocks of the exercise swapped in by name),
2. the child calls it on the hidden trials and sends back the raw outputs as JSON in the
   course's one codec (:func:`autograder.judge.compare.dump`), which carries nothing but numbers,
   strings, lists, dicts and arrays,
3. this process, which never runs student code, compares them with nnref's outputs using
   the checks of :mod:`autograder.judge.compare`, adds centred-difference gradient checks for
   the backward functions, and gives partial credit where an exercise has independent
   parts.

The child runs with resource limits (time per exercise, address space, file size) and no
access to nnref/autograder imports. A child that dies or hangs costs only the exercise
it was running; the others are graded in a new child.

Where Linux has Landlock, the child also restricts itself before running student code: it
cannot read nnref, the autograder, the source notebooks or the gradebook from disk, write
outside its folder, open TCP connections or signal other processes. Without Landlock those
reads are not stopped (the static scan in :func:`suspicious` reports such code); run the
graders in a container or as a separate user then.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import json
import os
import pickle
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autograder import exercises
from autograder.exercises import gradcheck
from autograder.judge import compare
from autograder.pipeline import notebook
from autograder.sandbox import blocks, box, landlock

if TYPE_CHECKING:
    from nbformat import NotebookNode


SANDBOX = Path(__file__).resolve().parents[1] / "sandbox" / "child.py"
SUSPICIOUS = re.compile(
    r"\b(nnref|autograder|nbgrader|__globals__|__code__|co_filename|sys\.modules|importlib"
    r"|__import__|gc\.get_objects|meta_path|builtins)\b"
    r"|\b(np|numpy)(\.\w+)+\s*=[^=]"  # assigning into numpy: np.allclose = ...
)


@dataclass(frozen=True)
class Limits:
    """What the trusted grading of one notebook may use. Each field is a trait of
    ``TrustedGrading`` in nbgrader_config.py (``c.TrustedGrading.task_seconds = 60``), where
    the course sets them; these are the defaults."""

    task_seconds: float = 60.0  # one exercise (all its trials), on the grader's clock
    notebook_seconds: float = 600.0  # all the exercises of a notebook
    statement_seconds: float = 10.0  # one top-level statement of the student's cells
    result_bytes: int = 128 * 2**20  # the most read from a child at once
    box_bytes: int = 256 * 2**20  # the most a child may write (its box's tmpfs)
    memory_bytes: int = 4 * 2**30  # address space of a child
    file_bytes: int = 256 * 2**20  # largest file a child may write


LIMITS_HELP = {
    "task_seconds": "Seconds for one exercise's trials in the trusted child (the grader's clock).",
    "notebook_seconds": "Seconds for all the trusted exercises of one notebook.",
    "statement_seconds": "Seconds for one top-level statement of the student's cells.",
    "result_bytes": "Most bytes read from a trusted child at once (one task's outputs).",
    "box_bytes": "Most bytes a trusted child may write (the tmpfs of its box).",
    "memory_bytes": "Address-space cap of a trusted child.",
    "file_bytes": "Largest file a trusted child may write.",
}


@dataclass
class Task:
    grade_id: str
    key: str
    kind: str  # "function", "choice" or "state"
    name: str  # the graded function or variable
    points: float
    answer: str | None = None  # the right letter of a choice
    cells: list = field(default_factory=list)  # state tasks: the cells before the test
    cases: list = field(default_factory=list)  # function tasks: compare.Case per trial
    gradients: list = field(default_factory=list)  # [(args, [(path, numeric)])]
    defining: list = field(default_factory=list)  # labels of the cells that bind the name


@dataclass
class Verdict:
    """The trusted outcome of one test cell."""

    grade_id: str
    key: str
    max_points: float
    score: float
    check: str  # "passed", or the first failed check: raised, shape, values, gradient, ...
    message: str

    @property
    def passed(self) -> bool:
        return self.score >= self.max_points


def tasks_of(nb: NotebookNode | dict[str, Any]) -> tuple[list[Task], list[tuple[str, str]]]:
    """The trusted tasks of a notebook, and the code cells that define the student's code.

    A test cell is graded when its hidden block holds a contract call
    (autograder.pipeline.notebook);
    a call naming an exercise the course does not declare is a ContractError."""
    cells = nb["cells"] if isinstance(nb, dict) else nb.cells
    code, tasks = [], []
    for i, cell in enumerate(cells):
        if cell.get("cell_type") != "code":
            continue
        src = notebook.as_python(notebook.source(cell))
        if not notebook.is_test_cell(cell):
            code.append((notebook.label(i, cell), src, notebook.tags(cell)))
            continue
        meta = notebook.nbgrader(cell)
        gid, points = meta.get("grade_id", f"cell-{i}"), float(meta.get("points", 0))
        call = notebook.contract_of(cell, f"{gid} ({notebook.label(i, cell)})")
        if call is None:
            continue
        declared: dict[str, dict] = {"function": exercises.REGISTRY, "state": exercises.STATE}
        known = declared.get(call.kind)
        if known is not None and call.key not in known:
            raise notebook.ContractError(
                f"{gid} ({notebook.label(i, cell)}): no exercise {call.key!r} is declared"
            )
        if call.kind == "function":
            binds = re.compile(
                rf"^(def\s+{re.escape(call.name)}\b|{re.escape(call.name)}\s*=)", re.M
            )
            defining = [lab for lab, s, _ in code if binds.search(s)]
            tasks.append(Task(gid, call.key, "function", call.name, points, defining=defining))
        elif call.kind == "choice":
            tasks.append(Task(gid, call.key, "choice", call.name, points, answer=call.answer))
        else:
            before = [(lab, s) for lab, s, tags in code if "demo" not in tags]
            tasks.append(Task(gid, call.key, "state", call.key, points, cells=before))
    return tasks, [(lab, s) for lab, s, _ in code]


# Seconds spent, in this process, in each stage of trusted grading (added up over the
# notebooks it grades; nndl grade's workers read it for benchmarks/grading.py):
# "child start" (from starting a child to its first task: the process and its imports),
# "trials" (the child rebuilding the student's definitions and running the hidden trials),
# "judging" (comparing the outputs with nnref's, in this process).
TIMES: dict[str, float] = {"child start": 0.0, "trials": 0.0, "judging": 0.0}


@functools.cache
def hidden_trials(key: str) -> tuple[list, list]:
    """(hidden cases, gradient trials) of an exercise: fixed per key, so computed once per
    process (a batch grades many submissions; nothing downstream modifies them)."""
    seed = exercises.hidden_seed(key)
    return exercises.make_cases(key, seed), exercises.gradient_trials(key, seed + 1)


@functools.cache
def reference_blocks(key: str) -> dict[str, str]:
    """The source of the reference blocks an exercise calls (:func:`blocks.sources`): fixed
    per key, so built once per process like :func:`hidden_trials` (it walks the modules'
    syntax trees: 15 ms an exercise, for every submission before)."""
    return blocks.sources(exercises.REGISTRY[key].uses)


def _job_task(task: Task) -> dict:
    if task.kind == "function":
        ex = exercises.REGISTRY[task.key]
        task.cases, task.gradients = hidden_trials(task.key)
        calls = [(c.args, c.seed) for c in task.cases] + [(a, None) for a, _ in task.gradients]
        return {
            "id": task.grade_id,
            "kind": "function",
            "name": task.name,
            "defining": task.defining,
            "cases": calls,
            "uses": {n: (f.__module__, f.__name__) for n, f in ex.uses.items()},
            "blocks": reference_blocks(task.key),
        }
    if task.kind == "choice":
        return {"id": task.grade_id, "kind": "choice", "names": [task.name]}
    names, _ = exercises.STATE[task.key]
    return {"id": task.grade_id, "kind": "state", "names": list(names), "cells": task.cells}


def _child_limits(limits: Limits) -> Callable[[], None]:
    """The function that limits a child, run in it between fork and exec."""
    return functools.partial(_apply_limits, limits.memory_bytes, limits.file_bytes)


def _apply_limits(memory_bytes: int, file_bytes: int) -> None:
    os.setsid()
    try:  # the child dies with the grader (a killed batch leaves no endless loop behind)
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    for limit, value in (
        (resource.RLIMIT_AS, memory_bytes),
        (resource.RLIMIT_FSIZE, file_bytes),
        (resource.RLIMIT_CORE, 0),
    ):
        try:
            resource.setrlimit(limit, (value, value))
        except (ValueError, OSError):
            pass


def _kit(folder: Path) -> None:
    """What the child runs, copied beside its job: the child script, the judging core's
    codec (compare.py, NumPy only; it ships to every student anyway) and Landlock."""
    package = Path(__file__).resolve().parents[1]
    shutil.copy(SANDBOX, folder / "sandbox.py")
    shutil.copy(package / "judge" / "compare.py", folder / "nndl_compare.py")
    shutil.copy(package / "sandbox" / "landlock.py", folder / "nndl_landlock.py")


def _run_child(
    jobs: list[dict],
    cells: list[tuple[str, str]],
    workdir: Path,
    data_dir: Path | None,
    limits: Limits = Limits(),
    warm: bool = True,
) -> dict[str, dict]:
    """Run the tasks in child processes; {task id: result dict or {"died": why}}.

    An exercise graded with reference building blocks gets a process of its own, so those
    blocks never share a process (or anything writable) with the student code of another
    exercise; the tasks without any reference code (quiz answers, data exercises, functions
    built on nothing) share one. The limits come from the grader, never from what a child
    writes (``limits``): time per task and for all of a notebook's, bytes read from a child."""
    results: dict[str, dict] = {}
    deadline = time.monotonic() + limits.notebook_seconds
    plain = [j for j in jobs if not j.get("blocks")]
    groups = [[j] for j in jobs if j.get("blocks")] + ([plain] if plain else [])
    for group in groups:
        remaining = list(group)
        while remaining:
            if time.monotonic() >= deadline:
                for j in remaining:
                    results[j["id"]] = {
                        "died": "the notebook's grading time"
                        f" ({limits.notebook_seconds:.0f} s) ran out"
                    }
                break
            folder = workdir / f"run{len(list(workdir.iterdir())) + 1}"
            folder.mkdir()
            got = _run_group(remaining, cells, folder, data_dir, deadline, limits, warm)
            results.update(got)
            left = [j for j in remaining if j["id"] not in results]
            if len(left) == len(remaining):  # no progress: the child could not even start
                for j in left:
                    results[j["id"]] = {"died": "the grading process could not start"}
                break
            remaining = left
    return results


def _run_group(
    jobs: list[dict],
    cells: list[tuple[str, str]],
    folder: Path,
    data_dir: Path | None,
    deadline: float,
    limits: Limits,
    warm: bool = True,
) -> dict[str, dict]:
    """One child for ``jobs``: {task id: record} for the tasks it finished or died in. With
    ``warm``, the child is forked by this process's warm box (:class:`WarmBox`) where it
    can be; otherwise (or if that box cannot start) it is a new process in a box of its own."""
    ids = [j["id"] for j in jobs]
    results: dict[str, dict] = {}
    clock = {"started": time.monotonic()}
    job = {"tasks": jobs, "cells": cells, "statement_seconds": limits.statement_seconds}
    server = WarmBox.get(data_dir, limits) if warm else None
    ran = server.run(job, ids, results, deadline, limits, clock) if server else None
    if ran is None:
        ran = _run_cold(job, ids, results, folder, data_dir, deadline, limits, clock)
    (current, why), code, tail = ran
    ended = time.monotonic()
    ready = clock.get("ready", ended)
    TIMES["child start"] += ready - clock["started"]
    TIMES["trials"] += ended - ready
    if current is not None and current not in results:
        if why is None:
            why = (
                f"the process stopped with exit code {code}"
                if code >= 0
                else f"the process was killed by signal {-code}"
            )
            if code in (-signal.SIGKILL, -signal.SIGSEGV):
                why += " (out of memory?)"
            if code > 0 and tail:
                why += f" ({tail})"
        results[current] = {"died": why}
    return results


Followed = tuple[tuple[str | None, str | None], int, str]  # (_follow's answer, exit code, tail)


def _child_env(home: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "MPLBACKEND": "Agg",
        "NNDL_SANDBOX": "1",
    }


def _run_cold(
    job: dict,
    ids: list[str],
    results: dict[str, dict],
    folder: Path,
    data_dir: Path | None,
    deadline: float,
    limits: Limits,
    clock: dict[str, float],
) -> Followed:
    """The child as a new interpreter in a box of its own (Landlock where there is none)."""
    _kit(folder)
    if data_dir is not None:
        (folder / "datasets").symlink_to(data_dir, target_is_directory=True)
    boxed = box.available()
    job = {**job, "cwd": str(folder), "boxed": boxed,
           "data_dir": str(data_dir) if data_dir is not None else None}  # fmt: skip
    (folder / "job.pkl").write_bytes(pickle.dumps(job))
    env = _child_env(str(folder))
    argv = [sys.executable, "-I", str(folder / "sandbox.py"), str(folder / "job.pkl")]
    if boxed:
        readable = [str(Path(data_dir).resolve())] if data_dir is not None else []
        argv = box.command(
            argv, str(folder), env=env, readable=readable, size_bytes=limits.box_bytes
        )
    with open(folder / "stderr.txt", "wb") as err:
        proc = subprocess.Popen(
            argv,
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            preexec_fn=_child_limits(limits),
        )
        assert proc.stdout is not None
        followed = _follow(
            proc.stdout.fileno(), lambda: _kill(proc), ids, results, deadline, limits, clock
        )
        code = proc.wait()
    tail = (folder / "stderr.txt").read_text(errors="replace").strip().splitlines()
    return followed, code, tail[-1][:200] if tail else ""


class WarmBox:
    """A box that stays up and forks each child from a warm process
    (:mod:`autograder.sandbox.forkserver`): one per grading process, for one data folder and
    one set of limits, started on first use. Each child is still a process of its own, in a
    folder of its own, confined by Landlock, and nothing it leaves (a file, a process)
    outlives it. Where there is no box or no Landlock, :meth:`get` gives None and every
    child is a new box."""

    _open: dict[tuple, WarmBox | None] = {}
    START_SECONDS = 60.0

    def __init__(self, data_dir: Path | None, limits: Limits) -> None:
        self.pid = os.getpid()
        self.workspace = Path(tempfile.mkdtemp(prefix="nndl-warm-"))
        _kit(self.workspace)
        shutil.copy(SANDBOX.with_name("forkserver.py"), self.workspace / "forkserver.py")
        ours, theirs = socket.socketpair()
        self.control = ours
        data = str(Path(data_dir).resolve()) if data_dir is not None else ""
        argv = [sys.executable, "-I", str(self.workspace / "forkserver.py")]
        argv += [str(theirs.fileno()), data]
        argv = box.command(
            argv,
            str(self.workspace),
            env=_child_env(str(self.workspace)),
            readable=[data] if data else [],
            size_bytes=limits.box_bytes,
        )
        self.log = open(self.workspace / "server.log", "wb")  # noqa: SIM115 (closed in close)
        self.proc = subprocess.Popen(
            argv,
            cwd=self.workspace,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
            pass_fds=[theirs.fileno()],
            preexec_fn=_child_limits(limits),
        )
        theirs.close()
        self.control.settimeout(self.START_SECONDS)
        try:
            self.ready = self.control.recv(16) == b"ready\n"
        except OSError:
            self.ready = False
        if not self.ready:
            self.close()

    @classmethod
    def get(cls, data_dir: Path | None, limits: Limits) -> WarmBox | None:
        if not box.available() or landlock.abi() < 1:
            return None
        key = (str(data_dir), limits.box_bytes, limits.memory_bytes, limits.file_bytes)
        server = cls._open.get(key)
        if key in cls._open and server is None:
            return None  # it could not start in this process: cold boxes from now on
        if server is not None and server.pid == os.getpid() and server.proc.poll() is None:
            return server
        if server is not None and server.pid == os.getpid():
            server.close()
        server = cls(data_dir, limits)
        cls._open[key] = server if server.ready else None
        return cls._open[key]

    def run(
        self,
        job: dict,
        ids: list[str],
        results: dict[str, dict],
        deadline: float,
        limits: Limits,
        clock: dict[str, float],
    ) -> Followed | None:
        """Fork a child for ``job`` and follow it; None if the box failed before the child
        started (the caller runs a cold one)."""
        self.control.settimeout(self.START_SECONDS)
        try:
            self.control.sendall(b"run\n")
            _, fds, _, _ = socket.recv_fds(self.control, 16, 2)
        except OSError:
            fds = []
        if len(fds) != 2:
            self.close()
            return None
        job_w, result_r = fds
        try:
            with os.fdopen(job_w, "wb") as pipe:
                pipe.write(pickle.dumps(job))
        except OSError:
            pass  # the child died reading it: its exit code says why
        try:
            followed = _follow(result_r, self.close, ids, results, deadline, limits, clock)
        finally:
            os.close(result_r)
        if self.proc.poll() is not None:  # stopped for a limit (or died): no answer to read
            return followed, -signal.SIGKILL, ""
        try:
            self.control.settimeout(30)
            line = self.control.recv(4096)
            answer = json.loads(line)
            return followed, int(answer["code"]), str(answer.get("tail", ""))
        except (OSError, ValueError, KeyError, TypeError):
            self.close()
            return followed, -signal.SIGKILL, ""

    def close(self) -> None:
        """Stop the box (every process in it) and remove its folder."""
        with contextlib.suppress(OSError):
            self.control.close()
        if self.proc.poll() is None:
            _kill(self.proc)
            self.proc.wait()
        self.log.close()
        shutil.rmtree(self.workspace, ignore_errors=True)


@atexit.register
def _close_warm_boxes() -> None:
    for server in WarmBox._open.values():
        if server is not None and server.pid == os.getpid():
            server.close()


def _follow(
    fd: int,
    kill: Callable[[], None],
    ids: list[str],
    results: dict,
    deadline: float,
    limits: Limits,
    clock: dict[str, float] | None = None,
) -> tuple[str | None, str | None]:
    """Read a child's records from ``fd`` until it ends: ``{"start": id}`` then ``{"id": id,
    ...}`` per task, each record after its raw arrays (``{"blob": n}`` and n bytes; see
    :func:`compare.with_blobs`). Returns (the task it was in when it stopped, or None; why it
    was stopped, or None). The clock is the grader's: a task gets ``limits.task_seconds`` from
    its start (or from the last record), whatever the child writes; past
    ``limits.result_bytes`` held for one record the child is stopped (``kill``)."""
    import selectors

    buffer, scanned = bytearray(), 0
    blobs: list[bytearray] = []  # the raw arrays of the coming record
    blob, got, held = None, 0, 0  # the one being read, its bytes so far; bytes of ``blobs``
    current, since = (ids[0] if ids else None), time.monotonic()
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while True:
            now = time.monotonic()
            over = now - since > limits.task_seconds
            if over or now > deadline:
                kill()
                limit = limits.task_seconds if over else limits.notebook_seconds
                return current, f"took longer than {limit:.0f} s"
            if not sel.select(timeout=0.2):
                continue
            if blob is not None:  # raw bytes go straight into their array's buffer
                n = os.readv(fd, [memoryview(blob)[got:]])
                if not n:
                    return current, None
                got += n
                if got == len(blob):
                    blobs.append(blob)
                    blob = None
                continue
            data = os.read(fd, 1 << 16)
            if not data:
                return current, None
            buffer += data
            if held + len(buffer) > limits.result_bytes:
                kill()
                return current, f"returned more than {limits.result_bytes >> 20} MiB"
            while blob is None:
                end = buffer.find(b"\n", scanned)
                if end < 0:
                    scanned = len(buffer)
                    break
                line = bytes(buffer[:end])
                del buffer[: end + 1]
                scanned = 0
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(record, dict):
                    continue
                size = record.get("blob")
                if len(record) == 1 and type(size) is int and size >= 0:
                    held += size
                    if held > limits.result_bytes:
                        kill()
                        return current, f"returned more than {limits.result_bytes >> 20} MiB"
                    blob, got = bytearray(size), min(size, len(buffer))
                    blob[:got] = buffer[:got]
                    del buffer[:got]
                    if got == size:
                        blobs.append(blob)
                        blob = None
                    continue
                if record.get("start") in ids and record["start"] not in results:
                    current, since = record["start"], time.monotonic()
                    if clock is not None:
                        clock.setdefault("ready", since)  # the first task starts
                elif record.get("id") == current and current not in results:
                    results[current] = compare.with_blobs(record, blobs) if blobs else record
                    rest = [i for i in ids if i not in results]
                    current, since = (rest[0] if rest else None), time.monotonic()
                blobs, held = [], 0  # blobs go with the record right after them only


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()


# --------------------------------------------------------------------------- judging


def _call_of(record: dict) -> compare.Call:
    if "raised" in record:
        return compare.Call(
            raised=str(record["raised"]),
            message=str(record.get("message", "")),
            where=record.get("where"),
        )
    return compare.Call(
        got=compare.load(record["got"]), args_after=compare.load(record["args_after"])
    )


def _parts(
    ex: exercises.Exercise, cases: list[compare.Case], calls: list[compare.Call]
) -> dict[str, bool]:
    """For a partial-credit exercise: which parts (outputs, or dict keys) are right in every
    trial."""
    parts: dict[str, bool] = {}
    for case, result in zip(cases, calls, strict=False):
        n = len(case.outputs)
        expected: Any = case.expected if n > 1 else (case.expected,)
        for i, name in enumerate(case.outputs):
            exp = expected[i]
            names = [f"{name}[{k!r}]" for k in exp] if isinstance(exp, dict) else [name]
            for j, part in enumerate(names):
                ok = result.raised is None
                if ok:
                    got: Any = result.got
                    try:
                        got = got[i] if n > 1 else got
                        if isinstance(exp, dict):
                            k = list(exp)[j]
                            got, e = got[k], exp[k]
                        else:
                            e = exp
                        compare.check_part(part, got, e, case)
                    except Exception:
                        ok = False
                parts[part] = parts.get(part, True) and ok
    return parts


def judge_function(task: Task, record: dict) -> Verdict:
    ex = exercises.REGISTRY[task.key]
    name = ex.name
    if "died" in record:
        return Verdict(
            task.grade_id,
            task.key,
            task.points,
            0.0,
            "died",
            f"{name}: grading stopped: {record['died']}",
        )
    if record.get("missing"):
        errors = record.get("errors") or []
        lines = [f"{name} is not defined: the notebook has no `def {name}(...)` that runs"]
        lines += [f"  {e}" for e in errors[:3]]
        return Verdict(task.grade_id, task.key, task.points, 0.0, "missing", "\n".join(lines))
    try:
        calls = [_call_of(r) for r in record["calls"]]
    except (KeyError, TypeError, ValueError) as exc:
        return Verdict(
            task.grade_id,
            task.key,
            task.points,
            0.0,
            "malformed",
            f"{name}: the grading process returned malformed output ({exc})",
        )
    n = len(task.cases)
    if len(calls) != n + len(task.gradients):
        return Verdict(
            task.grade_id,
            task.key,
            task.points,
            0.0,
            "malformed",
            f"{name}: the grading process returned {len(calls)} results, not "
            f"{n + len(task.gradients)}",
        )
    results = []
    for i, (case, result) in enumerate(zip(task.cases, calls[:n], strict=True), start=1):
        r = compare.judge(name, case, result, label=f"hidden trial {i} of {n}", hidden=True)
        results.append(r)
        if not r.passed:
            break
    failed = next((r for r in results if not r.passed), None)
    if failed is None:
        failed = _gradient_failure(name, task.gradients, calls[n:])
    if failed is None:
        return Verdict(
            task.grade_id,
            task.key,
            task.points,
            task.points,
            "passed",
            f"{name}: all {n} hidden trials passed"
            + (" and the gradient check agrees" if task.gradients else ""),
        )
    score = 0.0
    message = failed.message
    if ex.partial and failed.check not in ("mutated", "gradient"):
        parts = _parts(ex, task.cases, calls[:n])
        right = [p for p, ok in parts.items() if ok]
        if right and parts:
            score = round(task.points * len(right) / len(parts), 2)
            message = "\n".join(message.splitlines()[:14])  # 15 lines in all
            message += (
                f"\npartial credit: {len(right)} of {len(parts)} parts right "
                f"({', '.join(right)}): {score:g} of {task.points:g} points"
            )
    return Verdict(task.grade_id, task.key, task.points, score, failed.check, message)


def _gradient_failure(
    name: str, gradients: list[exercises.GradientTrial], calls: list[compare.Call]
) -> compare.Result | None:
    for (_args, checks), result in zip(gradients, calls, strict=True):
        if result.raised:
            return compare.Result(
                name,
                "raised",
                False,
                message=f"{name}: raised {result.raised}: {result.message} (gradient check)",
                hidden=True,
            )
        for path, numeric in checks:
            try:
                got = gradcheck.at(result.got, path)
            except Exception:
                got = None
            err = gradcheck.relative_error(got, numeric) if got is not None else float("inf")
            if not err <= gradcheck.TOLERANCE:
                where = "".join(f"[{p!r}]" for p in path) or " output"
                return compare.Result(
                    name,
                    "gradient",
                    False,
                    message=(
                        f"{name}: output{where} disagrees with the centred-difference gradient "
                        f"of the cost (relative error {err:.2g}, tolerance "
                        f"{gradcheck.TOLERANCE:g}) (gradient check)"
                    ),
                    hidden=True,
                )
    return None


def judge_choice(task: Task, record: dict) -> Verdict:
    if "died" in record:
        value = None
    else:
        raw = record.get("values", {}).get(task.name)
        try:
            value = compare.load(raw) if raw is not None else None
        except ValueError:
            value = None
    given = value.strip().lower() if isinstance(value, str) else value
    ok = given == task.answer
    message = f"{task.key.split('.', 1)[1]}: " + (
        "correct" if ok else f"{value!r} is not the right answer"
    )
    return Verdict(
        task.grade_id,
        task.key,
        task.points,
        task.points if ok else 0.0,
        "passed" if ok else "values",
        message,
    )


def judge_state(task: Task, record: dict) -> Verdict:
    label = task.key.split(".", 1)[1]
    if "died" in record:
        return Verdict(
            task.grade_id,
            task.key,
            task.points,
            0.0,
            "died",
            f"{label}: grading stopped: {record['died']}",
        )
    try:
        values = {k: compare.load(v) for k, v in record.get("values", {}).items()}
    except ValueError:
        values = {}  # malformed: every variable is missing
    problem = exercises.check_state(task.key, values)
    if problem is None:
        return Verdict(
            task.grade_id, task.key, task.points, task.points, "passed", f"{label}: correct"
        )
    return Verdict(task.grade_id, task.key, task.points, 0.0, "values", f"{label}: {problem}")


def grade_notebook(
    nb: NotebookNode | dict[str, Any],
    data_dir: Path | None = None,
    limits: Limits = Limits(),
    warm: bool = True,
) -> dict[str, Verdict]:
    """{grade_id: Verdict} for every trusted test cell of a notebook (a dict or NotebookNode).
    ``warm``: fork the children from a warm box (:class:`WarmBox`) where one can run."""
    tasks, cells = tasks_of(nb)
    if not tasks:
        return {}
    if data_dir is None:
        from nnref.data import resolve_data_dir

        data_dir = resolve_data_dir()
    jobs = [_job_task(t) for t in tasks]
    with tempfile.TemporaryDirectory(prefix="nndl-trusted-") as tmp:
        records = _run_child(jobs, cells, Path(tmp), Path(data_dir), limits, warm)
    verdicts = {}
    started = time.monotonic()
    for task in tasks:
        record = records.get(task.grade_id, {"died": "no result"})
        judge = {"function": judge_function, "choice": judge_choice, "state": judge_state}
        verdicts[task.grade_id] = judge[task.kind](task, record)
    TIMES["judging"] += time.monotonic() - started
    return verdicts


def suspicious(nb: NotebookNode | dict[str, Any]) -> list[str]:
    """Lines of student code that reach for the grader's internals (reported, not graded)."""
    _, cells = tasks_of(nb)
    found = []
    for label, src in cells:
        for n, line in enumerate(src.splitlines(), start=1):
            if SUSPICIOUS.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{label}, line {n}: {line.strip()[:120]}")
    return found


def main(argv: list[str] | None = None) -> int:
    """``python -m autograder.pipeline.trusted NOTEBOOK``: the trusted verdicts of a notebook."""
    import nbformat

    argv = sys.argv[1:] if argv is None else argv
    nb = nbformat.read(argv[0], as_version=4)
    total = best = 0.0
    for v in grade_notebook(nb).values():
        total, best = total + v.score, best + v.max_points
        print(f"{v.score:5.2f}/{v.max_points:<4g} {v.grade_id}: {v.message.splitlines()[0]}")
    print(f"total {total:g} of {best:g}")
    for line in suspicious(nb):
        print("suspicious:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
