"""Make a submission gradable as designed, whatever the editor or the student did to it.

nbgrader finds the graded cells of a notebook by their ``nbgrader`` metadata, so a notebook
re-saved by an editor that drops it (VS Code, Colab) scores zero with correct code, a
deleted test cell silently loses its points, and an edited grade_id or cell type confuses
the gradebook. Before nbgrader sees a submission, :func:`prepare` works on the grader's
private copy of it:

- only regular files are copied (:func:`copy_submission`): symlinks (which could point at
  the solutions), fifos and devices are left out, and so are files over ``MAX_FILE_BYTES``;
- an unreadable notebook is replaced by the blank release (:func:`drop_unreadable`);
- a notebook with another name (``Copy of ...``, ``name (1).ipynb``) stands in for a
  missing one when it defines that notebook's graded functions;
- :func:`repair` puts the release's nbgrader metadata back on the student's cells: an
  answer cell is found by the ``def`` (or the variable) it must define, a locked or test
  cell by its text; a duplicated grade_id keeps its last cell (as nbgrader does); a missing
  test or locked cell is put back from the release; edited metadata (points, flags, cell
  type) is restored.

Every change is a problem line for the instructor (and ``metadata.nndl.rematched`` in the
notebook); scores then come from trusted grading as for any other submission.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from traitlets import Integer
from traitlets.config import Configurable

from autograder.pipeline import notebook

if TYPE_CHECKING:
    from nbformat import NotebookNode

MAX_FILE_BYTES = 64 * 2**20
MAX_TOTAL_BYTES = 128 * 2**20  # all the files of one submission together
FLAGS = ("grade_id", "grade", "solution", "locked", "points")  # what decides the grading


def _size(n: int) -> str:
    return f"{n // 2**20} MiB" if n >= 2**20 else f"{n} bytes"


class SubmissionLimits(Configurable):
    """What of a submission folder is copied for grading (``c.SubmissionLimits.*`` in
    nbgrader_config.py)."""

    max_file_bytes = Integer(
        MAX_FILE_BYTES, help="Larger files of a submission are left out of grading."
    ).tag(config=True)
    max_total_bytes = Integer(
        MAX_TOTAL_BYTES, help="All the files of one submission together, at most."
    ).tag(config=True)


def copy_submission(
    src: Path,
    dst: Path,
    shown: str,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    replaced: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """Copy the regular files of a submission folder; a problem line per file left out.

    Notebooks are copied first, then the other files, smallest first, while the total stays
    under ``max_total_bytes``; modification times are kept (the newest copy of a notebook
    is the one graded, see :func:`prepare`). ``replaced``: paths (relative to ``src``) of
    files that grading replaces with the course's own (its datasets, its check module):
    a student's copy of them is neither copied nor counted."""
    problems, wanted = [], []
    for root, dirs, files in os.walk(src, followlinks=False):
        rel = Path(root).relative_to(src)
        (dst / rel).mkdir(parents=True, exist_ok=True)
        for name in sorted(dirs + files):
            path = Path(root) / name
            info = path.lstat()
            where = f"{shown}/{rel / name}".replace("/./", "/")
            if stat.S_ISLNK(info.st_mode):
                problems.append(
                    f"{where}: a symbolic link (to {os.readlink(path)}), left out of grading"
                )
                if name in dirs:
                    dirs.remove(name)
            elif stat.S_ISDIR(info.st_mode):
                if name.endswith(".ipynb"):
                    problems.append(f"{where}: a folder named like a notebook, left out")
                    dirs.remove(name)
                continue
            elif stat.S_ISREG(info.st_mode) and (rel / name).as_posix() in replaced:
                continue
            elif not stat.S_ISREG(info.st_mode):
                problems.append(f"{where}: not a regular file, left out of grading")
            elif info.st_size > max_file_bytes:
                problems.append(
                    f"{where}: {info.st_size / 2**20:.0f} MiB, over the "
                    f"{_size(max_file_bytes)} limit, left out of grading"
                )
            else:
                wanted.append((not name.endswith(".ipynb"), info.st_size, path, rel, where))
    total = 0
    for _, size, path, rel, where in sorted(wanted, key=lambda w: w[:2]):
        if total + size > max_total_bytes:
            problems.append(
                f"{where}: the submission's files pass {_size(max_total_bytes)} in all"
                " with it, left out of grading"
            )
            continue
        total += size
        shutil.copy2(path, dst / rel / path.name, follow_symlinks=False)
    return problems


_COPY_NAME = re.compile(r"^(?:copy of )?(.*?)(?:[ _-]*\(\d+\)|-copy\d*| copy\d*)?\.ipynb$", re.I)


def original_name(name: str) -> str:
    """``Copy of planar.ipynb``, ``planar (1).ipynb``, ``planar-Copy1.ipynb`` -> planar.ipynb."""
    m = _COPY_NAME.match(name)
    return f"{m.group(1)}.ipynb" if m else name


def newest_copies(folder: Path, expected: list[str], shown: str) -> list[str]:
    """Where a notebook was submitted twice (``planar.ipynb`` and a newer ``planar (1).ipynb``),
    the newest copy is graded under the expected name; the older one is set aside."""
    problems = []
    for name in expected:
        copies = [
            p
            for p in folder.glob("*.ipynb")
            if p.name != name and p.is_file() and original_name(p.name).lower() == name.lower()
        ]
        original = folder / name
        if not copies or not original.is_file():
            continue
        newest = max([original, *copies], key=lambda p: p.stat().st_mtime)
        if newest == original:
            continue
        older = original.with_name(f"{original.stem} (older).ipynb.orig")
        original.rename(older)
        newest.rename(original)
        problems.append(
            f"{shown}/{newest.name}: graded as {name}, being the newest of"
            f" {len(copies) + 1} copies ({name} itself is older)"
        )
    return problems


def drop_unreadable(folder: Path, shown: str, blank: Path) -> list[str]:
    """Replace notebooks nbformat cannot read in the working copy by the blank release
    version (which earns 0; nbgrader would otherwise give up on the whole week), and name
    each one in a problem line."""
    problems = []
    for path in sorted(folder.glob("*.ipynb")):
        try:
            notebook.read(path)
        except Exception as exc:  # JSON errors, wrong nbformat, binary junk
            detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
            problems.append(
                f"{shown}/{path.name}: not a readable notebook ({type(exc).__name__}: {detail});"
                " graded as the blank release notebook (0 points)"
            )
            path.unlink()
            if (blank / path.name).is_file():
                shutil.copy(blank / path.name, path)
    return problems


# ------------------------------------------------------------------------ matching


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def graded_names(template: NotebookNode) -> set[str]:
    """The names the answer cells of a release notebook must define."""
    return {
        name
        for cell in template.cells
        if notebook.nbgrader(cell).get("solution") and cell.cell_type == "code"
        for name in notebook.defined_names(notebook.source(cell))
    }


def _role(meta: dict) -> str:
    if meta.get("solution"):
        return "answer"
    return "test" if meta.get("grade") else "locked"


def _unique_id(cell: NotebookNode, taken: set[str]) -> None:
    base = cell.get("id") or "restored"
    new, n = base, 1
    while new in taken:
        n += 1
        new = f"{base}-{n}"
    cell["id"] = new
    taken.add(new)


def _as_type(cell: NotebookNode, cell_type: str) -> NotebookNode:
    """The cell with another cell type (an edited locked cell), same source and metadata."""
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_raw_cell

    make = {"code": new_code_cell, "markdown": new_markdown_cell, "raw": new_raw_cell}[cell_type]
    new = make(source=notebook.source(cell), metadata=cell.get("metadata", {}))
    if cell.get("id"):
        new["id"] = cell["id"]
    return new


def repair(nb: NotebookNode, template: NotebookNode) -> list[str]:
    """Put the template's nbgrader cells back into ``nb`` (in place); what was changed."""
    changes: list[str] = []
    cells = nb.cells
    tmeta = {
        notebook.nbgrader(c)["grade_id"]: c
        for c in template.cells
        if notebook.nbgrader(c).get("grade_id")
    }

    # 1. metadata the release does not know, and duplicated grade_ids (the last one stays)
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells):
        gid = notebook.nbgrader(cell).get("grade_id")
        if gid is None:
            continue
        if gid not in tmeta:
            changes.append(f"cell {i + 1} has an unknown grade_id {gid!r}: graded as plain code")
            del cell.metadata["nbgrader"]
            continue
        if gid in seen:
            changes.append(
                f"grade_id {gid!r} appears more than once (cells {seen[gid] + 1} and {i + 1}):"
                " the last one is graded"
            )
            del cells[seen[gid]].metadata["nbgrader"]
        seen[gid] = i

    # 2. every nbgrader cell of the release, found again or put back, in release order
    taken = {c.get("id") for c in cells if c.get("id")}
    previous = None  # the student's cell matched to the last release cell handled
    for tcell in template.cells:
        gid = notebook.nbgrader(tcell).get("grade_id")
        if gid is None:
            continue
        role, want = _role(notebook.nbgrader(tcell)), copy.deepcopy(notebook.nbgrader(tcell))
        have = next((c for c in cells if notebook.nbgrader(c).get("grade_id") == gid), None)
        if have is None:
            i = template.cells.index(tcell)
            question = template.cells[i - 1] if i else None
            have, how = _find(cells, tcell, role, question)
            if have is not None:
                have.metadata["nbgrader"] = want
                changes.append(f"{role} cell {gid!r} had no nbgrader metadata: found {how}")
        if have is None and (role != "answer" or tcell.cell_type == "markdown"):
            have = copy.deepcopy(tcell)
            _unique_id(have, taken)
            where = cells.index(previous) + 1 if previous is not None else 0
            cells.insert(where, have)
            changes.append(f"{role} cell {gid!r} was missing: put back from the release")
        if have is None:
            continue  # an answer that defines nothing: nothing to grade, nothing to restore
        if have.cell_type != tcell.cell_type:
            changes.append(
                f"{role} cell {gid!r} was turned into {have.cell_type}: back to {tcell.cell_type}"
            )
            index = cells.index(have)
            have = cells[index] = _as_type(have, tcell.cell_type)
        edited = {k: (have.metadata["nbgrader"].get(k), want.get(k)) for k in FLAGS}
        edited = {k: pair for k, pair in edited.items() if pair[0] != pair[1]}
        if edited:
            shown = ", ".join(f"{k} {a!r} -> {b!r}" for k, (a, b) in sorted(edited.items()))
            changes.append(f"{role} cell {gid!r} had edited nbgrader metadata ({shown}): restored")
            have.metadata["nbgrader"] = want
        previous = have
    return changes


def _find(
    cells: list[NotebookNode], tcell: NotebookNode, role: str, question: NotebookNode | None
) -> tuple[NotebookNode | None, str]:
    """The student's cell (without nbgrader metadata) that stands for a release cell;
    ``question`` is the release cell just before it."""
    free = [c for c in cells if not notebook.nbgrader(c).get("grade_id")]
    if role == "answer" and tcell.cell_type == "code":
        names = notebook.defined_names(notebook.source(tcell))
        hits = [
            c
            for c in free
            if c.cell_type == "code" and names & notebook.defined_names(notebook.source(c))
        ]
        if hits:  # the last definition is the one the notebook ends up with
            return hits[-1], "by what it defines (" + ", ".join(sorted(names)) + ")"
        return None, ""
    if role == "answer":  # a written answer: the markdown cell right after its question
        text = _norm(notebook.source(question)) if question is not None else None
        for i, cell in enumerate(cells[:-1]):
            nxt = cells[i + 1]
            if _norm(notebook.source(cell)) == text and nxt in free and nxt.cell_type == "markdown":
                return nxt, "right after its question"
        return None, ""
    text = _norm(notebook.source(tcell))
    for cell in free:
        if _norm(notebook.source(cell)) == text:
            return cell, "by its text"
    return None, ""


# -------------------------------------------------------------------------- driver


def prepare(folder: Path, release: Path, shown: str) -> list[str]:
    """Repair the notebooks of one submission's working copy against the release folder."""
    import nbformat

    expected = sorted(p.name for p in release.glob("*.ipynb"))
    problems = newest_copies(folder, expected, shown)
    problems += drop_unreadable(folder, shown, release)
    templates = {name: notebook.read(release / name) for name in expected}
    present = {p.name for p in folder.glob("*.ipynb")}
    strays = sorted(present - set(expected))
    for name in expected:
        if name in present or not strays:
            continue
        wanted = graded_names(templates[name])
        best, overlap = None, 0
        for stray in strays:
            try:
                nb = notebook.read(folder / stray)
            except Exception:
                continue
            code = [notebook.source(c) for c in nb.cells if c.cell_type == "code"]
            got = set().union(*(notebook.defined_names(src) for src in code))
            if len(got & wanted) > overlap:
                best, overlap = stray, len(got & wanted)
        if best is not None:
            (folder / best).rename(folder / name)
            strays.remove(best)
            present.add(name)
            problems.append(
                f"{shown}/{best}: graded as {name} (it defines {overlap} of its"
                f" {len(wanted)} graded names; {name} itself is missing)"
            )
    for name in expected:
        path = folder / name
        if not path.is_file():
            shutil.copyfile(release / name, path)
            problems.append(f"{shown}/{name}: not submitted; graded as the blank release notebook")
            continue
        try:
            nb = notebook.read(path)
        except Exception:
            continue  # grading.py replaces unreadable notebooks and names them
        changes = repair(nb, templates[name])
        if changes:
            nb.metadata.setdefault("nndl", {})["rematched"] = changes
            nbformat.write(nb, path)
            problems += [f"{shown}/{name}: {change}" for change in changes]
    return problems
