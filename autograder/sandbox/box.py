"""A sealed box for code a student wrote: Debian's ``bubblewrap`` (``bwrap``) around a process.

Inside the box a process sees:

- the system (``/usr``, ``/etc``, ...), Python and its installed packages, read-only, but not
  the grader's own packages (nnref, autograder, nbgrader are hidden: empty folders where
  they are installed; an editable install's sources are simply not mounted);
- its working folder: a private, size-capped tmpfs at the same path as on the host, filled
  with a copy of the host folder when the box starts. Nothing written there reaches the host;
- a private ``/tmp`` (also its ``HOME``: IPython's and matplotlib's folders start empty, so
  an IPython startup file written by one student runs nowhere else), ``/dev`` (its own
  ``/dev/shm``) and ``/proc``;
- the folders passed in ``shared`` (the kernel's Unix sockets), read-write, and nothing
  else of the host: not the course, not the other students, not the gradebook.

It has no network (its own network namespace), its own PID namespace (when the box's first
process ends or the grader dies, every process started inside is killed, ``setsid`` or
not) and its own IPC namespace. Resource limits (address space, file size) are set by the
caller on the ``bwrap`` process and inherited.

Where ``bwrap`` is missing or cannot create namespaces, :func:`available` is False and the
callers fall back to Landlock (:mod:`autograder.sandbox.landlock`), which restricts writes, TCP
connections and signals but not reads or leftover processes (the README says which rows
then hold).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

BWRAP = "bwrap"
HIDDEN_PACKAGES = ("nnref", "autograder", "nbgrader")
SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/etc", "/sys")


@functools.cache
def available() -> bool:
    """True when bwrap runs here and can create the namespaces the box needs."""
    path = shutil.which(BWRAP)
    if path is None:
        return False
    try:
        proc = subprocess.run(
            [path, *_base([]), "--", "/bin/true"],
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0


def _base(shared: list[str]) -> list[str]:
    args = ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts"]
    args += ["--die-with-parent", "--hostname", "box", "--cap-drop", "ALL"]
    for top in SYSTEM:
        if os.path.exists(top):
            args += ["--ro-bind", top, top]
    args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", "/tmp/home"]
    for folder in shared:
        args += ["--bind", folder, folder]
    return args


def _python_paths() -> list[str]:
    """Folders Python needs (its prefix, the venv, sys.path entries) outside SYSTEM."""
    paths = set()
    for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, *sys.path):
        if p and os.path.isdir(p) and not _holds_the_grader(p):
            real = os.path.realpath(p)
            if not any(real == s or real.startswith(s + "/") for s in SYSTEM):
                paths.add(real)
                paths.add(os.path.abspath(p))
    keep = sorted(paths)
    # a folder whose parent is bound already needs no bind of its own
    return [p for p in keep if not any(p != q and p.startswith(q + "/") for q in keep)]


def _holds_the_grader(entry: str) -> bool:
    """A sys.path entry that is the course repository itself (an editable install, or the
    current folder): the grader's packages sit in it beside everything else of the course."""
    if os.path.basename(entry) in ("site-packages", "dist-packages"):
        return False
    return any(os.path.isdir(os.path.join(entry, name)) for name in HIDDEN_PACKAGES)


def _hidden() -> list[str]:
    """Where the grader's packages are installed in a folder the box can see."""
    hidden = []
    for entry in sys.path:
        if not entry or not os.path.isdir(entry):
            continue
        for name in HIDDEN_PACKAGES:
            path = os.path.join(entry, name)
            if os.path.isdir(path) and os.path.basename(entry) in (
                "site-packages",
                "dist-packages",
            ):
                hidden.append(path)
    return hidden


def command(
    argv: list[str],
    folder: str,
    *,
    shared: Sequence[str] = (),
    env: dict[str, str] | None = None,
    size_bytes: int = 512 * 2**20,
    siblings: str | None = None,
    readable: Sequence[str] = (),
) -> list[str]:
    """``argv`` wrapped in a box whose working folder is a private copy of ``folder``.

    ``shared``: host folders the process may read and write (e.g. its Unix sockets).
    ``env``: the environment inside the box (``HOME``, ``TMPDIR`` point inside it).
    ``size_bytes``: the most the process can write (its folder, /tmp and home together are
    each a tmpfs of this size).
    ``readable``: host folders the process may read (the course data).
    ``siblings``: a folder whose notebooks are copied in too where ``folder`` has none of
    that name (nbgrader writes graded notebooks one at a time, so Part 1 of Week 4 may not be
    in the autograded folder yet when Part 2 runs: its submitted copy stands in).
    """
    folder = os.path.realpath(folder)
    inbox = "/.nndl-in"
    args = [shutil.which(BWRAP) or BWRAP, *_base(list(shared))]
    for path in _python_paths():
        args += ["--ro-bind", path, path]
    # the grader's packages become empty read-only folders; a readable folder inside one (the
    # data an installed nnref ships, site-packages/nnref/datasets) is bound into the empty
    # folder while it can still be written, and only then is the folder made read-only
    for path in _hidden():
        args += ["--tmpfs", path]
    for path in readable:
        args += ["--ro-bind", path, path]
    for path in _hidden():
        args += ["--remount-ro", path]
    args += ["--ro-bind", folder, inbox, "--size", str(size_bytes), "--tmpfs", folder]
    mpl_cache = Path.home() / ".cache" / "matplotlib"
    copies = [f'cp -a {inbox}/. "$0"']
    if siblings and os.path.isdir(siblings):
        args += ["--ro-bind", os.path.realpath(siblings), "/.nndl-siblings"]
        copies.append('for f in /.nndl-siblings/*.ipynb; do cp -n "$f" "$0"/ || true; done')
    if mpl_cache.is_dir():  # the font list, so that matplotlib does not rebuild it each time
        args += ["--ro-bind", str(mpl_cache), "/.nndl-mpl"]
        copies.append(  # a cache only: never a reason for the box not to start
            "{ mkdir -p /tmp/home/.cache && cp -a /.nndl-mpl /tmp/home/.cache/matplotlib; }"
            " 2>/dev/null || true"
        )
    inside = {
        **(env or {}),
        "HOME": "/tmp/home",
        "TMPDIR": "/tmp",
        "IPYTHONDIR": "/tmp/home/.ipython",
        "MPLCONFIGDIR": "/tmp/home/.cache/matplotlib",
    }
    args += ["--clearenv"]
    for key, value in inside.items():
        args += ["--setenv", key, value]
    args += ["--chdir", "/tmp"]
    script = " && ".join(copies) + ' && cd "$0" && exec "$@"'
    return [*args, "--", "/bin/sh", "-c", script, folder, *argv]
