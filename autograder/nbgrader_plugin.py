"""nbgrader preprocessor that puts the trusted verdicts into the graded notebook.

``nbgrader_config.py`` inserts :class:`TrustedGrading` into ``Autograde``'s preprocessors,
after the notebook was executed and before ``SaveAutoGrades`` reads the test cells. For each
test cell graded by :mod:`autograder.trusted`, the outputs the kernel produced are replaced
by the trusted verdict, which nbgrader then scores as usual:

- full marks: a stream with the pass line;
- partial credit: the diagnosis, then an ``execute_result`` holding the score (nbgrader
  reads a numeric cell result as the points earned);
- no credit: an ``error`` output whose text is the diagnosis (no hidden-test code).

The verdict is also stored in the cell's metadata under ``nndl`` for reports, and the hidden
block is removed from the graded copy's test cells, so feedback never shows hidden tests.
"""

from __future__ import annotations

import os
import re

from jupyter_core.utils import run_sync
from nbclient.exceptions import DeadKernelError
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import List

from autograder import trusted

HIDDEN_BLOCK = re.compile(r"### BEGIN HIDDEN TESTS[\s\S]*?### END HIDDEN TESTS\n?")


def outputs_for(verdict: trusted.Verdict) -> list:
    """The cell outputs that make nbgrader score the verdict."""
    text = verdict.message.rstrip() + "\n"
    if verdict.passed:
        return [new_output("stream", name="stdout", text=text)]
    if verdict.score > 0:
        return [
            new_output("stream", name="stdout", text=text),
            new_output(
                "execute_result", data={"text/plain": f"{verdict.score:g}"}, execution_count=None
            ),
        ]
    return [
        new_output(
            "error",
            ename="AssertionError",
            evalue=verdict.message,
            traceback=["AssertionError: " + verdict.message],
        )
    ]


class TrustedGrading(NbGraderPreprocessor):
    """Replace the kernel's outcome of each trusted test cell by the trusted verdict."""

    def preprocess(self, nb, resources):
        verdicts = trusted.grade_notebook(nb)
        for cell in nb.cells:
            if not trusted.is_test_cell(cell):
                continue
            verdict = verdicts.get(cell.metadata.get("nbgrader", {}).get("grade_id"))
            if verdict is None:
                continue
            cell.outputs = outputs_for(verdict)
            cell.source = HIDDEN_BLOCK.sub("# (hidden tests: graded separately)\n", cell.source)
            cell.metadata["nndl"] = {
                "key": verdict.key,
                "score": verdict.score,
                "max_points": verdict.max_points,
                "check": verdict.check,
                "message": verdict.message,
            }
        notes = trusted.suspicious(nb)
        nb.metadata["nndl"] = {"suspicious": notes}
        if notes:
            self.log.warning(
                "%s: code that reaches for the grader's internals:\n  %s",
                resources.get("nbgrader", {}).get("notebook", "notebook"),
                "\n  ".join(notes[:10]),
            )
        return nb, resources


KERNEL_DIED = (
    "the kernel stopped while running this cell (os._exit, a crash, or out of memory). It was"
    " restarted for the next cells, which run without the definitions made so far; the graded"
    " functions are still graded from the notebook's code."
)


class ResilientExecute(Execute):
    """nbgrader's Execute, except that a kernel that dies costs one cell, not the notebook.

    Stock nbgrader aborts the whole submission on ``DeadKernelError`` (a student's
    ``os._exit`` scores zero everywhere). Here the cell gets an error output, a new kernel is
    started, and execution goes on with the next cell. Cells tagged with one of
    ``skip_tags`` (the grading profile: ``demo``) are not run at all; grades come from the
    trusted grader, which never depends on them.
    """

    skip_tags = List(
        [],
        help="Cells with any of these tags are not run (the grading profile skips 'demo').",
    ).tag(config=True)

    def preprocess(self, nb, resources=None, km=None):
        # the kernel inherits this: its in-kernel hidden checks step aside (autograder.hidden)
        saved = os.environ.get("NNDL_TRUSTED_GRADING")
        os.environ["NNDL_TRUSTED_GRADING"] = "1"
        try:
            return super().preprocess(nb, resources, km)
        finally:
            if saved is None:
                os.environ.pop("NNDL_TRUSTED_GRADING", None)
            else:
                os.environ["NNDL_TRUSTED_GRADING"] = saved

    def preprocess_cell(self, cell, resources, index):
        tags = set(cell.get("metadata", {}).get("tags", []))
        if cell.cell_type == "code" and tags & set(self.skip_tags):
            cell.outputs = [
                new_output(
                    "stream",
                    name="stdout",
                    text="[demonstration cell, not run while grading]\n",
                )
            ]
            return cell, resources
        try:
            return super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self.log.warning("kernel died in cell %d; restarting it", index)
            cell.outputs.append(
                new_output("error", ename="KernelDied", evalue=KERNEL_DIED, traceback=[KERNEL_DIED])
            )
            self._restart()
            return cell, resources

    def _restart(self) -> None:
        run_sync(self.km.restart_kernel)(now=True)
        self.kc.stop_channels()
        self.kc = self.km.client()
        self.kc.start_channels()
        run_sync(self.kc.wait_for_ready)(timeout=self.startup_timeout)
