# ruff: noqa: F821  (np, Case, Result and run_cases come from compare.py, see above)
# The student-side API of nndl_check.py. The build appends this file to a copy of
# autograder/judge/compare.py, so it may use every name defined there; it never imports nnref.


import json as _json
from pathlib import Path as _Path

CASES_FILE = "nndl_cases.json"


def load_cases(key: str, folder=None) -> list[Case]:
    """The recorded visible cases of one exercise, e.g. ``load_cases("deep.linear_forward")``."""
    path = _Path(folder or _Path(__file__).parent) / CASES_FILE
    try:
        recorded = _json.loads(path.read_text())
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{path} is missing: it ships with the assignment, next to this notebook"
        ) from None
    if key not in recorded:
        raise KeyError(f"{path} has no cases for {key!r}")
    cases = []
    decode = load  # the course's one codec (compare.py), in its readable form here
    for c in recorded[key]:
        cases.append(
            Case(
                args=decode(c["args"]),
                expected=decode(c["expected"]),
                outputs=tuple(c["outputs"]),
                rtol=c["rtol"],
                atol=c["atol"],
                m=c["m"],
                arg_names=tuple(c["arg_names"]),
                seed=c["seed"],
                hint=c.get("hint"),
                wrong={hint: decode(w) for hint, w in c.get("wrong", {}).items()},
                labels=tuple(c.get("labels", ())),
            )
        )
    return cases


def check(key: str, fn) -> None:
    """Run the visible checks of one exercise; raise AssertionError with the reason on failure.

    Returns nothing, so a passing check shows one line in the notebook and no ``Out[]``.

    Parameters
    ----------
    key : str
        "<module>.<function>", e.g. "deep.linear_forward".
    fn : callable
        Your implementation.
    """
    name = key.split(".", 1)[-1]
    cases = load_cases(key)
    results = run_cases(name, fn, cases)
    failed = [r for r in results if not r.passed]
    if failed:
        raise AssertionError("\n" + failed[0].message)
    print(f"{name}: all {len(cases)} visible checks passed.")


def check_choice(name: str, answer, choices: str) -> None:
    """Check that a quiz answer is one of the letters offered (not whether it is right)."""
    if not isinstance(answer, str) or answer.strip().lower() not in choices:
        raise AssertionError(
            f"{name} should be one of {', '.join(repr(c) for c in choices)}, got {answer!r}"
        )
    print(f"{name}: answer recorded ({answer.strip().lower()!r}).")


def functions_from(notebook: str, names) -> dict:
    """The functions ``names`` as defined in another notebook of this folder.

    Only the imports and the top-level ``def`` statements of that notebook's code cells run
    (no training, no tests), so Part 2 of an assignment can reuse what you wrote in Part 1:

        globals().update(functions_from("deep_nn_step_by_step.ipynb", ["L_model_forward"]))
    """
    import ast
    import linecache

    path = _Path(notebook)
    here = _Path.cwd()
    if not path.exists() and here.parent.parent.name == "autograded":
        # nbgrader autograde writes the notebooks of autograded/<student>/<week>/ one at a time,
        # so Part 1 may not be there yet: read the student's submitted copy instead.
        submitted = here.parents[2] / "submitted" / here.parent.name / here.name / notebook
        if submitted.exists():
            path = submitted
    cells = _json.loads(path.read_text())["cells"]
    namespace: dict = {}
    keep = (ast.Import, ast.ImportFrom, ast.FunctionDef)
    for number, cell in enumerate(cells, start=1):
        if cell.get("cell_type") != "code":
            continue
        source = "".join(cell.get("source", []))
        # One pseudo file per cell, its text registered with linecache: a traceback or a
        # warning from a Part 1 function then quotes the student's own line of that cell,
        # not a line of the notebook's JSON.
        filename = f"<{path.name}, cell {number}>"
        try:
            tree = ast.parse(source, filename)
        except SyntaxError:
            continue  # a cell with a syntax error defines nothing we can use
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        for node in tree.body:
            if not isinstance(node, keep):
                continue
            try:
                exec(compile(ast.Module([node], []), filename, "exec"), namespace)
            except ImportError:
                continue  # a module this kernel lacks (a grader-only import): no def needs it
    missing = [n for n in names if n not in namespace]
    if missing:
        raise NameError(f"{path} defines no function named {', '.join(missing)}")
    return {n: namespace[n] for n in names}
