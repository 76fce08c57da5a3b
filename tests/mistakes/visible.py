"""The visible checks alone, as a student's kernel runs them, on doctored notebooks.

Each submission of a zoo plan (mistakes or accepted variants) is written into a copy of its
release folder (beside the solutions of its sibling notebooks, which Part 2 of Week 4 reads
its Part 1 functions from) and its cells run in order in a fresh Python process with a real
IPython shell (magics work as in Jupyter), but no kernel: cells tagged ``demo`` are skipped,
and test cells run without their hidden block, exactly what a student's notebook holds.
A test cell that raises is a failed visible check; its message is what the student read.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat

from autograder.pipeline import notebook

ROOT = Path(__file__).resolve().parents[2]
CHECK = re.compile(r"""\bcheck\(\s*["']([\w.]+)["']""")


def _prepare(sub, folder: Path) -> Path:
    from tests.mistakes.run import doctor

    release = ROOT / "release" / sub.week
    for f in release.iterdir():
        if f.is_dir():
            shutil.copytree(f, folder / f.name, dirs_exist_ok=True)
        elif f.suffix != ".ipynb":
            shutil.copy(f, folder / f.name)
    for sibling in (ROOT / "source" / sub.week).glob("*.ipynb"):
        shutil.copy(sibling, folder / sibling.name)
    path = folder / sub.path.name
    nbformat.write(doctor(sub), path)
    return path


def visible_verdicts(sub) -> dict[str, dict]:
    """{exercise key: {"passed": bool, "message": str}} of one submission's visible checks."""
    with tempfile.TemporaryDirectory(prefix="nndl-visible-") as tmp:
        path = _prepare(sub, Path(tmp))
        env = dict(os.environ, MPLBACKEND="Agg", OPENBLAS_NUM_THREADS="1")
        env["PYTHONPATH"] = str(ROOT)
        proc = subprocess.run(
            [sys.executable, "-m", "tests.mistakes.visible", str(path)],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    if proc.returncode != 0:
        raise RuntimeError(f"{sub.student}: the visible run failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_visible(subs, workers: int = 2) -> dict[str, dict]:
    """{student: visible verdicts} for every submission, ``workers`` at a time."""
    with ThreadPoolExecutor(workers) as pool:
        return dict(zip((s.student for s in subs), pool.map(visible_verdicts, subs), strict=True))


def _run_notebook(path: Path) -> dict[str, dict]:
    """Child: run the notebook's cells in an IPython shell; the verdict of each check cell."""
    import contextlib
    import io

    from IPython.core.interactiveshell import InteractiveShell

    os.chdir(path.parent)
    sys.path.insert(0, str(path.parent))
    shell = InteractiveShell.instance()
    shell.enable_gui = lambda gui=None: None  # %matplotlib inline, as in Jupyter (Agg here)
    nb = nbformat.read(path, as_version=4)
    verdicts = {}
    for cell in nb.cells:
        if cell.cell_type != "code" or "demo" in cell.metadata.get("tags", []):
            continue
        source = notebook.strip_hidden(cell.source)
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            result = shell.run_cell(source, silent=True)
        meta = cell.metadata.get("nbgrader", {})
        match = CHECK.search(source)
        if meta.get("grade") and not meta.get("solution") and match:
            error = result.error_in_exec or result.error_before_exec
            verdicts[match.group(1)] = {
                "passed": error is None,
                "message": "" if error is None else f"{type(error).__name__}: {error}"[:2000],
            }
    return verdicts


if __name__ == "__main__":
    print(json.dumps(_run_notebook(Path(sys.argv[1]).resolve())))
