"""Reading course notebooks: cell roles, hidden blocks and the grading contract.

Every module that looks inside a notebook asks here: what a cell's source and nbgrader
metadata are, whether it is a graded test cell, where its hidden block is, what the kernel
really ran (IPython magics), and which exercise a test cell grades.

The contract between a source notebook and the grader is the hidden block of a test cell,
read with :mod:`ast` (never a regex, so quoting and spacing do not matter):

    ### BEGIN HIDDEN TESTS
    from autograder.hidden import grade
    grade("deep.linear_forward", linear_forward)    # a graded function
    grade_choice("week1.q1", q1, "c")               # a multiple-choice answer
    grade_state("logistic.shapes", globals())       # variables the notebook computed
    ### END HIDDEN TESTS
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from IPython.core.inputtransformer2 import TransformerManager
    from nbformat import NotebookNode

HIDDEN_BLOCK = re.compile(r"### BEGIN HIDDEN TESTS[\s\S]*?### END HIDDEN TESTS\n?")
HIDDEN_BODY = re.compile(r"### BEGIN HIDDEN TESTS\n([\s\S]*?)### END HIDDEN TESTS")
CONTRACT_CALLS = ("grade", "grade_choice", "grade_state")
# Cell magics whose body IPython runs as ordinary Python in the notebook's namespace.
PYTHON_CELL_MAGICS = ("%%time", "%%capture", "%%prun")


def read(path: Any) -> NotebookNode:
    """``nbformat.read(path, as_version=4)`` without its schema check, which only logs what
    it finds (and costs more than the parse): the same notebook, the same errors for a file
    that is not one (not JSON, not a notebook, a format that cannot be converted)."""
    import nbformat
    import nbformat.reader

    with open(path, encoding="utf-8") as f:
        return nbformat.convert(nbformat.reader.reads(f.read()), 4)


class ContractError(ValueError):
    """A hidden block that does not say what it grades (the instructor's notebook is wrong)."""


@dataclass(frozen=True)
class GradedCall:
    """One call of the hidden-block contract."""

    kind: str  # "function", "choice" or "state"
    key: str  # exercise key: "deep.linear_forward", "week1.q1", "logistic.shapes"
    name: str  # the graded function or variable ("" for a state exercise)
    answer: str | None = None  # the right letter of a choice


def source(cell: NotebookNode) -> str:
    """A cell's source as one string (nbformat stores a string or a list of lines)."""
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def nbgrader(cell: NotebookNode) -> dict[str, Any]:
    """A cell's nbgrader metadata ({} when it has none)."""
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def tags(cell: NotebookNode) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def is_test_cell(cell: NotebookNode) -> bool:
    """A graded code cell that is not an answer: nbgrader's autograder test."""
    meta = nbgrader(cell)
    return cell.get("cell_type") == "code" and bool(meta.get("grade")) and not meta.get("solution")


def is_answer_cell(cell: NotebookNode) -> bool:
    return bool(nbgrader(cell).get("solution"))


def label(index: int, cell: NotebookNode) -> str:
    """How a cell is named in messages: its position (from 1) and its id."""
    return f"cell {index + 1}" + (f" ({cell.get('id')})" if cell.get("id") else "")


def hidden_block(text: str) -> str | None:
    """The code between the hidden-test markers of a cell's source, or None."""
    m = HIDDEN_BODY.search(text)
    return m.group(1) if m else None


def strip_hidden(text: str, replacement: str = "") -> str:
    """The source with its hidden block replaced (by nothing, or a note)."""
    return HIDDEN_BLOCK.sub(replacement, text)


def _string(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else None


def graded_calls(code: str, where: str = "hidden block") -> list[GradedCall]:
    """The contract calls in ``code`` (a hidden block), in order.

    Raises ContractError for a contract call whose arguments do not say what it grades
    (a key that is not a string literal, a function that is not a name)."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise ContractError(f"{where}: not valid Python ({exc.msg}, line {exc.lineno})") from None
    calls = []
    nodes = sorted(
        (n for n in ast.walk(tree) if isinstance(n, ast.Call)),
        key=lambda n: (n.lineno, n.col_offset),
    )
    for node in nodes:
        func = node.func.attr if isinstance(node.func, ast.Attribute) else _name(node.func)
        if func not in CONTRACT_CALLS:
            continue
        args = node.args
        key = _string(args[0]) if args else None
        if key is None:
            raise ContractError(f"{where}: {func}(...) needs the exercise key as a string first")
        if func == "grade":
            fn = _name(args[1]) if len(args) == 2 else None
            if fn is None:
                raise ContractError(f'{where}: write grade("{key}", function_name)')
            calls.append(GradedCall("function", key, fn))
        elif func == "grade_choice":
            var = _name(args[1]) if len(args) == 3 else None
            answer = _string(args[2]) if len(args) == 3 else None
            if var is None or answer is None:
                raise ContractError(f'{where}: write grade_choice("{key}", variable, "letter")')
            calls.append(GradedCall("choice", key, var, answer.strip().lower()))
        else:
            calls.append(GradedCall("state", key, ""))
    return calls


def contract_of(cell: NotebookNode, where: str = "test cell") -> GradedCall | None:
    """The one contract call of a test cell's hidden block, or None when it has none."""
    block = hidden_block(source(cell))
    if block is None:
        return None
    calls = graded_calls(block, where)
    if len(calls) > 1:
        raise ContractError(f"{where}: one graded call per test cell, found {len(calls)}")
    return calls[0] if calls else None


@functools.cache
def _ipython_transformer() -> TransformerManager:
    from IPython.core.inputtransformer2 import TransformerManager

    return TransformerManager()


def as_python(text: str) -> str:
    """A cell's source as the kernel ran it: IPython's magics (``%precision 4``,
    ``%matplotlib inline``) and shell lines (``!ls``) become the plain Python calls IPython
    makes of them, so the rest of the cell still parses (and its defs count)."""
    if "%" not in text and "!" not in text:
        return text
    first, _, body = text.lstrip().partition("\n")
    if first.split()[:1] and first.split()[0] in PYTHON_CELL_MAGICS:
        return as_python(body)  # %%time: the body runs as plain Python
    try:
        return _ipython_transformer().transform_cell(text)
    except Exception:  # noqa: BLE001 (not IPython syntax either: left to ast.parse to report)
        return text


def defined_names(text: str) -> set[str]:
    """Top-level functions, classes and variables a cell defines."""
    try:
        tree = ast.parse(text)
    except SyntaxError:  # still find `def name(` lines in broken code
        found = re.findall(r"^(?:def|class)\s+(\w+)|^(\w+)\s*=", text, re.M)
        return {a or b for a, b in found}
    names = set()
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(stmt.name)
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names
