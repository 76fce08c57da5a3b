"""Try zoo mistakes in this process, without nbgrader: ``python -m tests.mistakes.quick deep``.

For writing and debugging mistakes only. Each mistake's answer cell is patched, the
notebook's definitions (imports and defs of every code cell) are executed into a fresh
namespace, and the exercise's hidden grading runs on the patched function. The real
acceptance run goes through nbgrader autograde (``make zoo``).
"""

from __future__ import annotations

import ast
import importlib
import json
import sys
import warnings
from pathlib import Path

from autograder import hidden
from autograder.known import MODULES

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = {
    "week1": ["week1/intro_to_deep_learning.ipynb"],
    "week2": ["week2/numpy_basics.ipynb", "week2/logistic_regression.ipynb"],
    "week3": ["week3/planar_classification.ipynb"],
    "week4": ["week4/deep_nn_step_by_step.ipynb", "week4/deep_nn_application.ipynb"],
}
PREFIX = {
    "intro": "week1",
    "basics": "week2/numpy_basics",
    "logistic": "week2/logistic",
    "shallow": "week3",
    "deep": "week4/deep_nn_step",
    "app": "week4/deep_nn_app",
}


def notebook_of(key: str) -> Path:
    prefix = PREFIX[key.split(".")[0]]
    for nbs in NOTEBOOKS.values():
        for nb in nbs:
            if nb.startswith(prefix):
                return ROOT / "source" / nb
    raise KeyError(key)


def code_cells(path: Path) -> list[str]:
    nb = json.loads(path.read_text())
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def answer_cell_index(cells: list[str], name: str) -> int:
    hits = [i for i, src in enumerate(cells) if f"def {name}(" in src]
    if len(hits) != 1:
        raise LookupError(f"{len(hits)} cells define {name}")
    return hits[0]


def definitions(cells: list[str]) -> dict:
    """Execute the imports and defs of every cell into one fresh namespace."""
    ns: dict = {"__name__": "__zoo__"}
    for src in cells:
        try:
            tree = ast.parse(src)
        except SyntaxError:
            continue
        keep = [
            s for s in tree.body if isinstance(s, (ast.Import, ast.ImportFrom, ast.FunctionDef))
        ]
        for stmt in keep:
            try:
                exec(compile(ast.Module([stmt], []), "<zoo>", "exec"), ns)
            except Exception:
                pass
    return ns


def apply(mistake, cells: list[str]) -> list[str]:
    name = mistake.key.split(".", 1)[1]
    i = answer_cell_index(cells, name)
    count = cells[i].count(mistake.find)
    if count != 1:
        raise ValueError(f"{mistake.id}: 'find' occurs {count} times in the answer cell of {name}")
    patched = list(cells)
    patched[i] = cells[i].replace(mistake.find, mistake.replace)
    return patched


def try_mistake(mistake) -> tuple[bool, bool, str]:
    """(killed, right hint, message) of one mistake, graded in this process."""
    cells = code_cells(notebook_of(mistake.key))
    ns = definitions(apply(mistake, cells))
    name = mistake.key.split(".", 1)[1]
    if name not in ns:
        return True, mistake.hint is None, f"{name} is not defined (syntax error?)"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            hidden.grade(mistake.key, ns[name])
    except AssertionError as exc:
        msg = str(exc)
        return True, mistake.hint is None or mistake.hint in msg, msg
    return False, False, "all hidden trials passed"


def main(argv: list[str]) -> int:
    modules = argv or list(MODULES)
    bad = 0
    for module in modules:
        mod = importlib.import_module(f"tests.mistakes.{module}")
        for m in mod.MISTAKES:
            try:
                killed, hinted, msg = try_mistake(m)
            except Exception as exc:  # a broken zoo entry
                killed, hinted, msg = False, False, f"ZOO ENTRY ERROR {type(exc).__name__}: {exc}"
            flag = "ok  " if killed and hinted else ("NOHINT" if killed else "ALIVE")
            bad += flag != "ok  "
            print(f"{flag} {m.id}")
            if flag != "ok  ":
                print("      " + msg.strip().replace("\n", "\n      "))
    print(f"{bad} mistakes need attention")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
