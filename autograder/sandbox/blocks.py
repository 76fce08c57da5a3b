"""The reference building blocks an exercise may call, as source text and nothing more.

Hidden grading calls a student's function with reference versions of the functions it
builds on (``uses`` in :mod:`autograder.registry`), so a mistake in one exercise costs
points on that exercise only. Those references must not bring the rest of nnref with them:
a function object's ``__globals__`` is its whole module, every other reference function
included, and anything loaded in a process can be found through ``gc``. So the grading
child never imports nnref. It receives, for each module a block comes from, the source of
the blocks and of what they need in that module (helpers, module-level tables, imports of
outside modules), and builds them in a namespace holding exactly that (``_blocks`` in
``autograder/sandbox/child.py``).
"""

from __future__ import annotations

import ast
import builtins
import functools
import importlib
import inspect
from collections.abc import Callable


@functools.cache
def _module_statements(module: str) -> tuple[list[ast.stmt], dict[str, ast.stmt], str]:
    """(outside imports, {top-level name: the statement that binds it}, source) of a module."""
    source = inspect.getsource(importlib.import_module(module))
    imports: list[ast.stmt] = []
    bound: dict[str, ast.stmt] = {}
    for stmt in ast.parse(source).body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in stmt.names]
            origin = stmt.module if isinstance(stmt, ast.ImportFrom) else names[0]
            if (origin or "").split(".")[0] not in ("nnref", "autograder", "__future__"):
                imports.append(stmt)
        elif isinstance(stmt, (ast.FunctionDef, ast.ClassDef)):
            bound[stmt.name] = stmt
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    bound[t.id] = stmt
    return imports, bound, source


def _loads(stmt: ast.stmt) -> set[str]:
    return {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name)}


def sources(uses: dict[str, Callable]) -> dict[str, str]:
    """{module: source} holding the blocks of ``uses`` and the closure of what they need in
    their module, in the module's order; raises if a block needs another nnref module."""
    wanted: dict[str, set[str]] = {}
    for fn in uses.values():
        wanted.setdefault(fn.__module__, set()).add(fn.__name__)
    out = {}
    for module, names in sorted(wanted.items()):
        imports, bound, source = _module_statements(module)
        todo, keep = list(names), set()
        while todo:
            name = todo.pop()
            stmt = bound.get(name)
            if stmt is None or id(stmt) in keep:
                continue
            keep.add(id(stmt))
            todo += [n for n in _loads(stmt) if n in bound and not hasattr(builtins, n)]
        body = [s for s in bound.values() if id(s) in keep]
        body = sorted({id(s): s for s in body}.values(), key=lambda s: s.lineno)
        parts = [ast.get_source_segment(source, s) for s in imports + body]
        out[module] = "\n\n".join(p for p in parts if p) + "\n"
    return out
