"""A warm box for trusted grading: one sealed process that forks a fresh child per job.

Started by :mod:`autograder.pipeline.trusted` as ``python -I forkserver.py FD DATA_DIR``
inside a box (:mod:`autograder.sandbox.box`), from a folder that holds this script, the
child (``sandbox.py``), the codec and Landlock. It imports NumPy and the child once; then,
for each ``run`` on the Unix socket ``FD`` (the grader's end is the only other one):

1. it makes the job's own folder, two pipes (the job in, the records out) and forks;
2. the forked child reads its job from the pipe (the server itself never sees a student's
   cells, so none of them is left in the memory the next child is forked from), confines
   itself with Landlock (it may write only its own folder, read only the system, Python,
   the data and that folder; no TCP, no signal or ptrace outside itself) and runs the job
   as a fresh child would (:func:`sandbox.run_tasks`);
3. the server hands both pipes' other ends to the grader (``SCM_RIGHTS``), waits for the
   child, kills every other process left in the box (its own PID namespace: a child that
   forked into the background ends with it), removes the folder and answers
   ``{"code": exit code, "tail": last line of the child's stderr}``.

So students never share a process, a file or a leftover process, as with a box per job;
what the fork saves is the interpreter's start and NumPy's import (a tenth of a second or
more per child, several children per notebook). A server that cannot confine its children
says so at once (``nolandlock``) and the grader starts a box per job instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import json
import os
import shutil
import signal
import socket
import sys
import tempfile
import time

_PR_SET_DUMPABLE = 4


def _others() -> list[int]:
    """The live processes of the box other than its init (pid 1) and this server."""
    me, found = os.getpid(), []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in (1, me):
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X"):
            found.append(int(name))
    return found


def _kill_others() -> bool:
    """SIGKILL every other process in the box until none is left; False if they outrun it."""
    for _ in range(200):
        left = _others()
        if not left:
            return True
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.005)
    return False


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def _child(job_fd: int, result_fd: int, folder: str, data_dir: str | None) -> None:
    """In the forked child: read the job, confine this process, run it. Never returns."""
    import pickle

    import nndl_compare
    import nndl_landlock
    import numpy as np
    import sandbox

    ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 1, 0, 0, 0)  # as a fresh process is
    code = 0
    try:
        job = pickle.loads(_read_all(job_fd))  # written by the grader, never by student code
        for var in ("HOME", "TMPDIR", "MPLCONFIGDIR", "IPYTHONDIR"):
            os.environ[var] = folder
        tempfile.tempdir = None
        os.chdir(folder)
        readable = sandbox._readable(data_dir) + [folder]
        if not nndl_landlock.restrict([folder, os.devnull], readable=readable):
            print("Landlock could not confine the child", file=sys.stderr)
            os._exit(70)
        out = os.fdopen(sandbox._silence_stdout(result_fd), "wb")
        sys.meta_path.insert(0, sandbox._Refuse())
        sandbox.run_tasks(job, out, nndl_compare.dump, np)
    except BaseException as exc:  # noqa: BLE001 (the exit code and stderr say what stopped it)
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        code = 1
    os._exit(code)


def _probe(folder: str) -> bool:
    """Can a forked child confine itself here? (Landlock in this kernel and this box.)"""
    import nndl_landlock

    pid = os.fork()
    if pid == 0:
        os._exit(0 if nndl_landlock.restrict([folder, os.devnull], readable=[folder]) else 1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def _tail(path: str) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 4096))
            lines = f.read().decode(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return lines[-1][:200] if lines else ""


def serve(control: socket.socket, workspace: str, data_dir: str | None) -> None:
    n = 0
    while True:
        request = control.recv(16)
        if request != b"run\n":
            return  # the grader closed its end (or sent something else): stop
        n += 1
        folder = os.path.join(workspace, f"run{n}")
        os.mkdir(folder, 0o700)
        if data_dir:
            os.symlink(data_dir, os.path.join(folder, "datasets"), target_is_directory=True)
        err = os.open(os.path.join(folder, "stderr.txt"), os.O_WRONLY | os.O_CREAT, 0o600)
        job_r, job_w = os.pipe()
        result_r, result_w = os.pipe()
        with contextlib.suppress(OSError):  # 1 MiB (the unprivileged most) for Week 2's arrays
            fcntl.fcntl(result_w, fcntl.F_SETPIPE_SZ, 1 << 20)
        pid = os.fork()
        if pid == 0:
            control.close()
            os.close(job_w)
            os.close(result_r)
            os.dup2(err, 2)
            os.close(err)
            _child(job_r, result_w, folder, data_dir)
        for fd in (err, job_r, result_w):
            os.close(fd)
        socket.send_fds(control, [b"forked\n"], [job_w, result_r])
        os.close(job_w)
        os.close(result_r)
        _, status = os.waitpid(pid, 0)
        clean = _kill_others()
        tail = _tail(os.path.join(folder, "stderr.txt"))
        shutil.rmtree(folder, ignore_errors=True)
        answer = {"code": os.waitstatus_to_exitcode(status), "tail": tail}
        control.sendall(json.dumps(answer).encode() + b"\n")
        if not clean:
            return  # processes it cannot kill: the box ends, and a new one starts


def main(argv: list[str]) -> None:
    control = socket.socket(fileno=int(argv[0]))
    data_dir = argv[1] or None
    workspace = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, workspace)
    import nndl_compare  # noqa: F401 (imported once, here: the children find it loaded)
    import nndl_landlock
    import numpy  # noqa: F401
    import sandbox  # noqa: F401

    try:
        import h5py  # noqa: F401 (the notebooks' data loaders import it)
    except ImportError:
        pass
    sys.path.remove(workspace)
    # Nothing may read this process's memory (ptrace, /proc/PID/mem), not even its children.
    ctypes.CDLL(None).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
    if not _probe(workspace):
        control.sendall(b"nolandlock\n")
        return
    # The server itself writes only its workspace.
    nndl_landlock.restrict([workspace, os.devnull], readable=None, scope_signals=False)
    control.sendall(b"ready\n")
    serve(control, workspace, data_dir)


if __name__ == "__main__":
    main(sys.argv[1:])
