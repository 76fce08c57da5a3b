"""The child process of trusted grading: runs a student's code, never judges it.

Started by :mod:`autograder.pipeline.trusted` as ``python -I sandbox.py JOB`` inside a sealed box
(:mod:`autograder.sandbox.box`; Landlock where bubblewrap is missing), from a folder of its own that
holds this script, the judging core's codec (``nndl_compare.py``) and the job: nothing of
the autograder or nnref is importable, or even visible. For each task it rebuilds the
student's namespace from the notebook's cell *sources*: only imports, function and class
definitions, constants and bindings that call no student code (``relu = lambda z: ...``)
run, each for at most the job's ``statement_seconds``, so no training loop, plot or monkeypatch at
the top level of a cell runs. An exercise graded with reference building blocks runs alone
in its process, with those blocks built from their source text in a namespace holding
only them and what they need (:mod:`autograder.sandbox.blocks`). The graded function is called on
each trial's inputs and the raw outputs go back on the process's original stdout, one JSON
line per task in the judging core's codec; the student's own prints go nowhere. Comparing
them with the expected values happens in the grader's process, which never runs student
code, and which enforces every limit itself (time, bytes read).
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import copy
import importlib
import io
import json
import os
import pickle
import signal
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import CodeType, FrameType, ModuleType
from typing import Any, BinaryIO, NoReturn, TypeGuard

_BLOCKED = ("nnref", "autograder", "nbgrader")
_KEEP = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_OUTPUT_CAP = 20_000
_PLOTTING = "matplotlib"  # graded code never draws: its imports wait for a first use
# A compiled top-level statement: (cell label, code, or None and the error that stopped it).
Compiled = tuple[str, CodeType | None, str | None]


class _Refuse:
    """A meta-path finder that refuses the grader's own packages to student code."""

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> None:
        if name.split(".")[0] in _BLOCKED:
            raise ImportError(f"{name} is not available to submissions")
        return None


def _constant(node: ast.expr) -> bool:
    try:
        ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True


def _targets(stmt: ast.Assign | ast.AnnAssign) -> list[ast.expr]:
    return stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]


def _names_only(target: ast.expr) -> bool:
    if isinstance(target, (ast.Tuple, ast.List)):
        return all(_names_only(t) for t in target.elts)
    return isinstance(target, ast.Name)


# Built-in calls a cheap top-level value may make (LAYERS = list(range(1, 4))).
_SAFE_BUILTINS = {"range", "len", "list", "tuple", "dict", "set", "float", "int", "str", "zip"}


def _cheap(node: ast.AST, modules: set[str]) -> bool:
    """True when evaluating ``node`` runs no student code and no loop of the student's:
    constants, names, lambdas (their bodies run only when called), containers, arithmetic,
    and calls of an imported module's functions (np.log(2), math.pi) or a few builtins."""
    if isinstance(node, ast.Lambda):
        return all(_cheap(d, modules) for d in node.args.defaults + node.args.kw_defaults if d)
    if isinstance(node, ast.Call):
        root = node.func
        while isinstance(root, ast.Attribute):
            root = root.value
        if not isinstance(root, ast.Name):
            return False
        if isinstance(node.func, ast.Name):
            if node.func.id not in _SAFE_BUILTINS and node.func.id not in modules:
                return False  # a builtin that is safe, or an imported function (from math ...)
        elif root.id not in modules:
            return False
    elif not isinstance(
        node,
        (
            ast.Constant, ast.Name, ast.Attribute, ast.Load, ast.Dict, ast.List, ast.Tuple,
            ast.Set, ast.BinOp, ast.UnaryOp, ast.operator, ast.unaryop, ast.Subscript,
            ast.Slice, ast.Starred, ast.keyword, ast.JoinedStr, ast.FormattedValue,
            ast.Compare, ast.cmpop, ast.BoolOp, ast.boolop, ast.IfExp,
        ),
    ):  # fmt: skip
        return False
    return all(_cheap(child, modules) for child in ast.iter_child_nodes(node))


def _kept(stmt: ast.stmt, modules: set[str]) -> bool:
    """A top-level statement the namespace keeps: imports, defs, classes, bindings, and an
    ``if`` or ``try`` made of those only (``try: from scipy.special import expit``)."""
    if isinstance(stmt, _KEEP) or _binding(stmt, modules):
        return True
    if isinstance(stmt, (ast.If, ast.Try)):
        if isinstance(stmt, ast.If) and not _cheap(stmt.test, modules):
            return False
        inner = list(stmt.body) + list(stmt.orelse)
        if isinstance(stmt, ast.Try):
            inner += [s for h in stmt.handlers for s in h.body] + list(stmt.finalbody)
        return all(_kept(s, modules) or isinstance(s, ast.Pass) for s in inner)
    return False


def _binding(stmt: ast.stmt, modules: set[str]) -> bool:
    """A top-level assignment worth keeping: ``relu = lambda z: np.maximum(0, z)``,
    ``EPS = 1e-8``, ``ACTIVATIONS = {"relu": relu}``, ``LOG2 = np.log(2)``."""
    return (
        isinstance(stmt, (ast.Assign, ast.AnnAssign))
        and stmt.value is not None
        and all(_names_only(t) for t in _targets(stmt))
        and (_constant(stmt.value) or _cheap(stmt.value, modules))
    )


class Deferred:
    """Stands for a plotting module (or a name imported from one) until code first uses
    it: importing pyplot costs a second or two per child, and graded functions do not plot.
    ``attr``: the name in module ``bind`` this stands for (``from matplotlib.patches import
    Circle``); without it, the module itself."""

    def __init__(self, load: str, bind: str, attr: str | None = None) -> None:
        self._load, self._bind, self._attr = load, bind, attr

    def _target(self) -> Any:
        importlib.import_module(self._load)
        module = sys.modules[self._bind]
        if not self._attr:
            return module
        try:
            return getattr(module, self._attr)
        except AttributeError:  # a submodule not imported yet: ``from matplotlib import pyplot``
            return importlib.import_module(f"{self._bind}.{self._attr}")

    def __getattr__(self, attr: str) -> Any:
        if attr in ("_load", "_bind", "_attr"):  # not set yet (a copy): never recurse
            raise AttributeError(attr)
        return getattr(self._target(), attr)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._target()(*args, **kwargs)


def _plotting_import(stmt: ast.stmt) -> TypeGuard[ast.Import | ast.ImportFrom]:
    if isinstance(stmt, ast.ImportFrom):
        return stmt.level == 0 and (stmt.module or "").split(".")[0] == _PLOTTING
    return isinstance(stmt, ast.Import) and all(
        a.name.split(".")[0] == _PLOTTING for a in stmt.names
    )


def _deferred(stmt: ast.Import | ast.ImportFrom) -> ast.Module:
    """``import matplotlib.pyplot as plt`` as ``plt = Deferred("matplotlib.pyplot", ...)``;
    ``from matplotlib.patches import Circle`` as ``Circle = Deferred(..., "Circle")``."""
    body: list[ast.stmt] = []
    for a in stmt.names:
        if isinstance(stmt, ast.ImportFrom):
            if a.name == "*":  # names unknown until imported: import it now, as written
                return ast.fix_missing_locations(ast.Module([stmt], []))
            module = str(stmt.module)
            name, args = a.asname or a.name, [module, module, a.name]
        else:
            name, bind = (a.asname, a.name) if a.asname else (a.name.split(".")[0],) * 2
            args = [a.name, bind]
        call = ast.Call(
            ast.Name("__nndl_deferred__", ast.Load()), [ast.Constant(x) for x in args], []
        )
        body.append(ast.Assign([ast.Name(name, ast.Store())], call))
    return ast.fix_missing_locations(ast.copy_location(ast.Module(body, []), stmt))


def definitions(cells: Iterable[tuple[str, str]]) -> list[Compiled]:
    """Compiled top-level statements worth keeping, with the cell label of each. A binding
    that uses matplotlib (``fig, ax = plt.subplots()``, then ``line = ax.plot(...)``) is
    left out: no graded function needs a figure, and drawing one costs a tenth of a second
    per namespace (the first, a second: pyplot's import)."""
    kept: list[Compiled] = []
    modules: set[str] = set()
    plotting: set[str] = set()  # names bound to matplotlib: a binding that uses one draws
    for label, source in cells:
        try:
            tree = ast.parse(source)
        except SyntaxError as exc:
            kept.append((label, None, f"SyntaxError: {exc.msg} (line {exc.lineno})"))
            continue
        for stmt in tree.body:
            if isinstance(stmt, ast.ImportFrom) and stmt.module == "nndl_check":
                continue  # the notebook's visible checks: no graded function needs them
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                modules |= {(a.asname or a.name).split(".")[0] for a in stmt.names}
            if _plotting_import(stmt):
                plotting |= _bound(stmt)
                kept.append((label, compile(_deferred(stmt), f"<{label}>", "exec"), None))
                continue
            if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and _draws(stmt, plotting):
                plotting |= _bound(stmt)  # fig, axes = plt.subplots(...): never graded
                continue
            if isinstance(stmt, (ast.If, ast.Try)):  # their imports count too
                for node in ast.walk(stmt):
                    if isinstance(node, (ast.Import, ast.ImportFrom)):
                        modules |= {(a.asname or a.name).split(".")[0] for a in node.names}
            keep = _kept(stmt, modules)
            if keep:
                code = compile(ast.Module([stmt], []), f"<{label}>", "exec")
                kept.append((label, code, None))
    return kept


def _bound(stmt: ast.stmt) -> set[str]:
    """Names a statement assigns, imports or defines."""
    names = set()
    for node in ast.walk(stmt):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
    return names


def _draws(stmt: ast.stmt, plotting: set[str]) -> bool:
    if isinstance(stmt, ast.ImportFrom):
        return (stmt.module or "").split(".")[0] == _PLOTTING
    if isinstance(stmt, ast.Import):  # a mixed one (numpy too) runs: its other names count
        return _plotting_import(stmt)
    return any(isinstance(n, ast.Name) and n.id in plotting for n in ast.walk(stmt))


def statements(cells: Iterable[tuple[str, str]]) -> list[Compiled]:
    """Every top-level statement of the cells, compiled (for state tasks), but those that
    draw: a statement that imports matplotlib or uses a name bound by one that did (``fig,
    axes = plt.subplots(...)``, then ``for ax in axes: ...``) is left out, since drawing
    cannot change the data a state exercise checks and costs seconds."""
    out: list[Compiled] = []
    plotting: set[str] = set()
    for label, source in cells:
        try:
            tree = ast.parse(source)
        except SyntaxError as exc:
            out.append((label, None, f"SyntaxError: {exc.msg} (line {exc.lineno})"))
            continue
        for stmt in tree.body:
            if _draws(stmt, plotting):
                plotting |= _bound(stmt)
                continue
            out.append((label, compile(ast.Module([stmt], []), f"<{label}>", "exec"), None))
    return out


@contextlib.contextmanager
def _quiet() -> Iterator[io.StringIO]:
    """Swallow the student's prints and warnings (capped), keep the process clean."""
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield sink
    if sink.tell() > _OUTPUT_CAP:
        sink.truncate(_OUTPUT_CAP)


def _innermost(exc: BaseException) -> str | None:
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name


def _raised(exc: BaseException) -> dict[str, str | None]:
    return {"raised": type(exc).__name__, "message": str(exc)[:200], "where": _innermost(exc)}


class _Slow(BaseException):
    """Raised by the alarm in a statement that runs past its time."""


def _alarm(signum: int, frame: FrameType | None) -> NoReturn:
    raise _Slow


def build_namespace(
    compiled: Iterable[Compiled],
    errors: list[str],
    seconds: float | None = None,
    slow: set[tuple[str, CodeType]] | None = None,
) -> dict[str, Any]:
    """Run the compiled statements in a fresh namespace; with ``seconds``, a statement that
    runs longer (a ``time.sleep(10_000)`` at the top of a cell) is stopped and skipped.
    ``slow``: the statements stopped so far in this process, added to here; a later
    namespace skips them at once (a child builds one per exercise: an endless statement
    costs its seconds once, not once per exercise)."""
    ns = {"__name__": "__main__", "__builtins__": builtins, "__nndl_deferred__": Deferred}
    if seconds:
        signal.signal(signal.SIGALRM, _alarm)
    for label, code, error in compiled:
        if code is None:
            errors.append(f"{label}: {error}")
            continue
        if slow is not None and (label, code) in slow:
            errors.append(f"{label}: a statement ran longer than {seconds:g} s and was skipped")
            continue
        try:
            if seconds:
                signal.setitimer(signal.ITIMER_REAL, seconds)
            with _quiet():
                exec(code, ns)
        except _Slow:
            errors.append(f"{label}: a statement ran longer than {seconds:g} s and was skipped")
            if slow is not None:
                slow.add((label, code))
        except BaseException as exc:  # noqa: BLE001 (SystemExit too: the cell is skipped)
            errors.append(f"{label}: {type(exc).__name__}: {str(exc)[:120]}")
        finally:
            if seconds:
                signal.setitimer(signal.ITIMER_REAL, 0)
    return ns


def run_function(
    task: dict[str, Any],
    compiled: Iterable[Compiled],
    uses: dict[str, Callable[..., Any]],
    np: ModuleType,
    dump: Callable[[object], Any],
    seconds: float | None,
    slow: set[tuple[str, CodeType]] | None = None,
) -> dict[str, Any]:
    errors: list[str] = []
    ns = build_namespace(compiled, errors, seconds, slow)
    fn = ns.get(task["name"])
    out = {"id": task["id"], "errors": errors[:5], "calls": []}
    if not callable(fn):
        # the errors of the cells that define the function say why it is missing
        mine = [e for e in errors if e.split(":", 1)[0] in task.get("defining", ())]
        out["errors"] = (mine or errors)[:5]
        out["missing"] = True
        return out
    ns.update(uses)
    for args, seed in task["cases"]:
        args = copy.deepcopy(args)
        try:
            with _quiet():
                if seed is not None:
                    np.random.seed(seed)
                got = fn(*args)
            out["calls"].append({"got": dump(got), "args_after": dump(tuple(args))})
        except BaseException as exc:  # noqa: BLE001 (SystemExit, KeyboardInterrupt too)
            out["calls"].append(_raised(exc))
    return out


def run_values(
    task: dict[str, Any],
    compiled: Iterable[Compiled],
    dump: Callable[[object], Any],
    seconds: float | None = None,
    slow: set[tuple[str, CodeType]] | None = None,
) -> dict[str, Any]:
    errors: list[str] = []
    ns = build_namespace(compiled, errors, seconds, slow)
    values = {n: dump(ns[n]) for n in task["names"] if n in ns}
    return {"id": task["id"], "errors": errors[:5], "values": values}


def _readable(data_dir: str | None) -> list[str]:
    """What student code may read: Python, the installed packages except the grader's,
    system files and the data; never a folder that holds the grader's packages (the
    course repository: nnref, autograder, source notebooks, the gradebook)."""
    paths = ["/usr", "/lib", "/lib64", "/bin", "/etc", "/proc", "/sys", "/dev"]
    if data_dir:
        paths.append(os.path.realpath(data_dir))
    for entry in sys.path:
        if not os.path.isdir(entry):
            continue
        names = set(os.listdir(entry))
        if not any(n.split(".")[0].split("-")[0] in _BLOCKED for n in names):
            paths.append(entry)
        elif os.path.basename(entry) in ("site-packages", "dist-packages"):
            paths += [
                os.path.join(entry, n)
                for n in names
                if n.split(".")[0].split("-")[0].lower() not in _BLOCKED
                and not n.startswith("__editable__")
            ]
    return paths


def _blocks(task: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    """The reference building blocks of a task, built from their source text alone: each
    module's namespace holds those functions and what they need, nothing else of nnref."""
    spaces: dict[str, dict[str, Any]] = {}
    for module, text in task.get("blocks", {}).items():
        ns = {"__name__": f"reference {module}", "__builtins__": builtins}
        exec(compile(text, f"<reference {module}>", "exec"), ns)
        spaces[module] = ns
    return {name: spaces[module][attr] for name, (module, attr) in task["uses"].items()}


def main(job_path: str) -> None:
    with open(job_path, "rb") as f:
        job = pickle.load(f)  # written by the grader, never by student code
    import numpy as np

    kit = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, kit)
    import nndl_compare
    import nndl_landlock

    sys.path.remove(kit)
    # The result goes out on the original stdout only.
    out = os.fdopen(_silence_stdout(os.dup(1)), "wb")
    sys.meta_path.insert(0, _Refuse())
    os.chdir(job["cwd"])
    if not job.get("boxed"):  # a box is sealed already; without one, Landlock where it exists
        nndl_landlock.restrict([job["cwd"], "/dev"], readable=_readable(job.get("data_dir")))
    run_tasks(job, out, nndl_compare.dump, np)


def _silence_stdout(result_fd: int) -> int:
    """Send whatever is written to file descriptor 1 (the student's prints) nowhere; the
    results go out on ``result_fd``."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    return result_fd


def run_tasks(job: dict[str, Any], out: BinaryIO, dump: Callable[..., Any], np: ModuleType) -> None:
    """Each task of the job: one JSON line ``{"start": id}`` before it and one record after.
    A large array of a record goes before it raw, as a line ``{"blob": n}`` then its n bytes
    (``dump``'s ``blobs``: base64 of Week 2's 28 MB of datasets cost 0.2 s both ways)."""
    defs = None
    seconds = job["statement_seconds"]
    slow: set[tuple[str, CodeType]] = set()  # statements stopped by ``seconds`` so far
    blobs: list[bytes] = []

    def dump_value(value: object) -> Any:
        return dump(value, blobs=blobs)

    for task in job["tasks"]:
        out.write(json.dumps({"start": task["id"]}).encode() + b"\n")
        out.flush()
        if task["kind"] == "state":
            result = run_values(task, statements(task["cells"]), dump_value, seconds, slow)
        else:
            defs = defs or definitions(job["cells"])
            if task["kind"] == "choice":
                result = run_values(task, defs, dump_value, seconds, slow)
            else:
                result = run_function(task, defs, _blocks(task), np, dump_value, seconds, slow)
        for blob in blobs:
            out.write(b'{"blob": %d}\n' % len(blob))
            out.write(blob)
        blobs.clear()
        out.write(json.dumps(result).encode() + b"\n")
        out.flush()
    out.close()


if __name__ == "__main__":
    main(sys.argv[1])
