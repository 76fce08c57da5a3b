"""Linux Landlock through ctypes: a process restricts what it (and its children) may touch.

Landlock (Linux 5.13+, no root needed) is an allow-list the kernel enforces: once a process
calls :func:`restrict`, the filesystem accesses it handles are denied except beneath the
paths given, outgoing TCP connections can be denied (ABI 4+, Linux 6.7), and signals to
processes outside the sandbox can be refused (ABI 6+, Linux 6.12). The grading kernel and
the trusted-grading child use it; where the kernel has no Landlock, :func:`restrict`
returns ``False`` and grading goes on without it (the README says what is then not
enforced).
"""

from __future__ import annotations

import ctypes
import os
import platform

_SYS = {"x86_64": (444, 445, 446), "aarch64": (444, 445, 446)}  # create, add_rule, restrict
_PR_SET_NO_NEW_PRIVS = 38
_RULE_PATH_BENEATH = 1

EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
_WRITES = [(1, (1 << 1) | (0b111111111 << 4))]  # ABI 1: write, remove, make-*
_WRITES += [(2, 1 << 13), (3, 1 << 14)]  # ABI 2: refer (link/rename), ABI 3: truncate
READS = EXECUTE | READ_FILE | READ_DIR
_CONNECT_TCP = 1 << 1  # ABI 4
_SCOPE_SIGNAL = 1 << 1  # ABI 6


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def abi() -> int:
    """The Landlock ABI version of the running kernel; 0 when there is none."""
    numbers = _SYS.get(platform.machine())
    if numbers is None or os.uname().sysname != "Linux":
        return 0
    libc = ctypes.CDLL(None, use_errno=True)
    version = libc.syscall(numbers[0], None, ctypes.c_size_t(0), ctypes.c_uint32(1))
    return max(0, version)


def _write_rights(version: int) -> int:
    return sum(bits for since, bits in _WRITES if version >= since)


def restrict(
    writable: list[str],
    readable: list[str] | None = None,
    no_tcp_connect: bool = True,
    scope_signals: bool = True,
) -> bool:
    """Restrict the calling process for good; ``True`` if Landlock applied.

    ``writable``: the only places where files may be created, written, removed or renamed.
    ``readable``: if given, the only places that may be read or executed as well (the
    writable places are readable too); if None, reading stays unrestricted.
    Missing paths are skipped. Safe to call between fork and exec (a ``preexec_fn``).
    """
    version = abi()
    if version < 1:
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    create, add_rule, restrict_self = _SYS[platform.machine()]
    writes = _write_rights(version)
    handled = writes | (READS if readable is not None else 0)
    attr = _RulesetAttr(handled, _CONNECT_TCP if no_tcp_connect and version >= 4 else 0, 0)
    if scope_signals and version >= 6:
        attr.scoped = _SCOPE_SIGNAL
    fd = libc.syscall(create, ctypes.byref(attr), ctypes.c_size_t(ctypes.sizeof(attr)), 0)
    if fd < 0:
        return False
    try:
        rules = [(p, writes | (READS if readable is not None else 0)) for p in writable]
        rules += [(p, READS) for p in readable or []]
        for path, rights in rules:
            try:
                pfd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue
            try:
                if not os.path.isdir(path):
                    rights &= READ_FILE | EXECUTE | WRITE_FILE | (1 << 14)
                rule = _PathBeneath(rights & handled, pfd)
                libc.syscall(add_rule, fd, _RULE_PATH_BENEATH, ctypes.byref(rule), 0)
            finally:
                os.close(pfd)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return False
        return libc.syscall(restrict_self, fd, 0) == 0
    finally:
        os.close(fd)
