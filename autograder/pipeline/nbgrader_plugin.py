"""nbgrader preprocessor that puts the trusted verdicts into the graded notebook.

``nbgrader_config.py`` inserts :class:`TrustedGrading` into ``Autograde``'s preprocessors,
after the notebook was executed and before ``SaveAutoGrades`` reads the test cells. For each
test cell graded by :mod:`autograder.pipeline.trusted`, the outputs the kernel produced are replaced
by the trusted verdict, which nbgrader then scores as usual:

- full marks: a stream with the pass line;
- partial credit: the diagnosis, then an ``execute_result`` holding the score (nbgrader
  reads a numeric cell result as the points earned);
- no credit: an ``error`` output whose text is the diagnosis (no hidden-test code).

The verdict is also stored in the cell's metadata under ``nndl`` for reports, and the hidden
block is removed from the graded copy's test cells, so feedback never shows hidden tests.

Also here, nbgrader's classes as ``nndl grade``'s workers run them (the same output,
``tests/test_worker.py``): :class:`AutogradeUnsaved`, :class:`OverwriteKernelspec`,
:class:`OverwriteCells` and :class:`CheckCellMetadata`, which read the batch's snapshot of
the gradebook through one open connection per worker (:func:`read_snapshot`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import resource
import shutil
import signal
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
from jupyter_core.utils import run_sync
from nbclient.exceptions import DeadKernelError
from nbformat import from_dict
from nbformat.v4 import new_output
from nbgrader import preprocessors as nbgrader_preprocessors
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.converters import Autograde
from nbgrader.converters.base import BaseConverter, NbGraderException
from nbgrader.nbgraderformat import MetadataValidator, SchemaTooNewError, SchemaTooOldError
from nbgrader.nbgraderformat.common import BaseMetadataValidator, ValidationError
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from nbgrader.utils import find_all_files
from traitlets import Bool, Enum, Float, Integer, List, Unicode

from autograder.pipeline import notebook, trusted
from autograder.sandbox import box, landlock

if TYPE_CHECKING:
    from jupyter_client.manager import KernelManager
    from nbformat import NotebookNode


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


def _limit_trait(name: str) -> Float | Integer:
    default = getattr(trusted.Limits(), name)
    kind = Float if isinstance(default, float) else Integer
    return kind(default, help=trusted.LIMITS_HELP[name]).tag(config=True)


class TrustedGrading(NbGraderPreprocessor):
    """Replace the kernel's outcome of each trusted test cell by the trusted verdict.

    Its traits are the limits of the trusted child processes (``trusted.Limits``)."""

    task_seconds = _limit_trait("task_seconds")
    notebook_seconds = _limit_trait("notebook_seconds")
    statement_seconds = _limit_trait("statement_seconds")
    result_bytes = _limit_trait("result_bytes")
    box_bytes = _limit_trait("box_bytes")
    memory_bytes = _limit_trait("memory_bytes")
    file_bytes = _limit_trait("file_bytes")
    warm_box = Bool(
        True,
        help="Fork each trusted child from a warm box (one per grading process: NumPy imported"
        " once), each child still in a folder of its own under Landlock; False starts a new"
        " box and interpreter per child. Without bwrap or Landlock every child is new anyway.",
    ).tag(config=True)

    def limits(self) -> trusted.Limits:
        names = [f.name for f in dataclasses.fields(trusted.Limits)]
        return trusted.Limits(**{n: getattr(self, n) for n in names})

    def preprocess(
        self, nb: NotebookNode, resources: dict[str, Any]
    ) -> tuple[NotebookNode, dict[str, Any]]:
        verdicts = trusted.grade_notebook(nb, limits=self.limits(), warm=self.warm_box)
        for cell in nb.cells:
            if not notebook.is_test_cell(cell):
                continue
            verdict = verdicts.get(cell.metadata.get("nbgrader", {}).get("grade_id"))
            if verdict is None:
                continue
            cell.outputs = outputs_for(verdict)
            cell.source = notebook.strip_hidden(
                cell.source, "# (hidden tests: graded separately)\n"
            )
            cell.metadata["nndl"] = {
                "key": verdict.key,
                "score": verdict.score,
                "max_points": verdict.max_points,
                "check": verdict.check,
                "message": verdict.message,
            }
        notes = trusted.suspicious(nb)
        nb.metadata.setdefault("nndl", {})["suspicious"] = notes
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


TRUSTED_ONLY = "not run in the kernel: the trusted grader scores this test cell"


NOT_RUN = (
    "[not run while grading: scores come from the trusted grader, which rebuilds the graded"
    " functions from the code; nndl grade --kernel runs the cells]\n"
)


KERNEL_WEDGED = (
    "the kernel stopped answering while running this cell (it broke Python's own machinery,"
    " e.g. by replacing builtins). It was restarted for the next cells."
)


class ResilientExecute(Execute):
    """nbgrader's Execute, hardened for untrusted notebooks.

    - A kernel that dies costs one cell, not the notebook: stock nbgrader aborts the whole
      submission on ``DeadKernelError`` (a student's ``os._exit`` scores zero everywhere).
      Here the cell gets an error output, a new kernel is started, and execution goes on.
    - Test cells that :class:`TrustedGrading` scores are not run (``skip_trusted_tests``).
    - Cells tagged with one of ``skip_tags`` (the grading profile: ``demo``) are not run;
      grades come from the trusted grader, which never depends on them.
    - Limits: ``notebook_timeout`` for the whole notebook (``timeout`` is per cell), an
      address-space cap of ``memory_bytes`` and a file-size cap on the kernel, and
      ``max_output_chars`` per cell output.
    - Isolation where Linux has Landlock (:mod:`autograder.sandbox.landlock`): the kernel may write
      only beneath the notebook's folder (its working copy) and a private temporary
      folder, may open no TCP connection, and may not signal processes outside itself.
      Leftover processes of the kernel's process group are killed at the end.
    """

    skip_tags = List(
        Unicode(),
        [],
        help="Cells with any of these tags are not run (the grading profile skips 'demo').",
    ).tag(config=True)
    notebook_timeout = Float(
        900.0, help="Seconds for the whole notebook; later cells are not run."
    ).tag(config=True)
    memory_bytes = Integer(4 * 2**30, help="Address-space cap of the kernel (0: none).").tag(
        config=True
    )
    file_bytes = Integer(256 * 2**20, help="Largest file the kernel may write.").tag(config=True)
    max_output_chars = Integer(100_000, help="Longest output kept per cell output.").tag(
        config=True
    )
    isolate = List(
        ["files", "network", "signals"],
        help="Landlock restrictions on the kernel, where Linux supports them.",
    ).tag(config=True)
    skip_trusted_tests = Bool(
        True,
        help="Do not run in the kernel the test cells that TrustedGrading scores: their outputs"
        " are replaced by its verdicts anyway. Until then they hold an error, so without"
        " TrustedGrading they score nothing.",
    ).tag(config=True)
    transport = Enum(
        ["ipc", "tcp"],
        "ipc",
        help="How the grader talks to the kernel. 'ipc' (Unix sockets in the kernel's private"
        " temporary folder) cannot collide with another process; with 'tcp', ports are picked"
        " free and then released, so kernels started at once by parallel graders can race for"
        " one and fail to start. A boxed kernel (sandbox) always uses 'ipc'.",
    ).tag(config=True)
    sandbox = Enum(
        ["auto", "bwrap", "landlock"],
        "auto",
        help="How each kernel is sealed. 'bwrap': a bubblewrap box (autograder/sandbox/box.py): a"
        " private copy of the notebook's folder, its own /tmp, HOME and /dev/shm, no network,"
        " its own PID namespace (no process outlives it), the course and the grader's"
        " packages out of sight. 'landlock': Landlock rules only (writes, TCP, signals)."
        " 'auto': bwrap where it works, else Landlock (with a warning).",
    ).tag(config=True)
    box_bytes = Integer(
        512 * 2**20, help="Most a boxed kernel may write (its folder and its /tmp)."
    ).tag(config=True)
    run_cells = Bool(
        True,
        help="False: run no cell at all, the kernel-free mode (`nndl grade` without --kernel):"
        " scores come from trusted grading alone, which never uses the kernel's outputs, so"
        " they are the same; the test cells show their verdicts, the other code cells a"
        " note instead of their outputs.",
    ).tag(config=True)

    def preprocess(
        self,
        nb: NotebookNode,
        resources: dict[str, Any] | None = None,
        km: KernelManager | None = None,
    ) -> tuple[NotebookNode, dict[str, Any] | None]:
        if not self.run_cells:
            # the two outputs as new_output() makes them, without its schema check per output
            # (a few percent of a kernel-free notebook; nbconvert validates the whole
            # notebook after each preprocessor anyway)
            for cell in nb.cells:
                if cell.cell_type != "code":
                    continue
                if notebook.is_test_cell(cell):  # scored by TrustedGrading, or by nothing
                    out: dict[str, Any] = {"output_type": "error", "ename": "NotRun"}
                    out.update(evalue=TRUSTED_ONLY, traceback=[TRUSTED_ONLY])
                else:
                    out = {"output_type": "stream", "name": "stdout", "text": NOT_RUN}
                cell.outputs = [from_dict(out)]
            return nb, resources
        self._deadline = time.monotonic() + self.notebook_timeout
        self._trusted = (
            {t.grade_id for t in trusted.tasks_of(nb)[0]} if self.skip_trusted_tests else set()
        )
        self._broken = ""
        self._pgids: set[int] = set()
        # the kernel's Unix sockets live here: AF_UNIX paths hold 107 bytes at most, so a long
        # TMPDIR (a test's, a CI runner's) gives way to /tmp
        base = tempfile.gettempdir()
        self._tmp = tempfile.mkdtemp(prefix="nndl-kernel-", dir=base if len(base) < 60 else "/tmp")
        try:
            return super().preprocess(nb, resources, km)
        finally:
            for pgid in self._pgids:  # what the kernel left running (forks, subprocesses)
                try:
                    os.killpg(pgid, signal.SIGKILL)
                except OSError:
                    pass
            shutil.rmtree(self._tmp, ignore_errors=True)

    def boxed(self) -> bool:
        """True when kernels run in a bubblewrap box (see ``sandbox``)."""
        if self.sandbox == "landlock":
            return False
        if box.available():
            return True
        if self.sandbox == "bwrap":
            raise RuntimeError(
                "ResilientExecute.sandbox is 'bwrap' but bwrap is missing or cannot create"
                " namespaces here (install Debian's bubblewrap, or set sandbox = 'landlock')"
            )
        if not getattr(ResilientExecute, "_warned", False):
            ResilientExecute._warned = True
            self.log.warning(
                "bubblewrap (bwrap) is not available: kernels are sealed by Landlock only (no"
                " private /tmp or HOME, reads not restricted, no PID namespace)"
            )
        return False

    def create_kernel_manager(self) -> KernelManager:
        km = super().create_kernel_manager()
        # set by preprocess(): this kernel's own folder
        private: str | None = getattr(self, "_tmp", None)
        ip = os.path.join(private or "", "kernel")
        boxed = bool(private) and self.boxed()
        # AF_UNIX paths: 107 bytes at most. A boxed kernel has its own network namespace, so
        # Unix sockets in the shared folder are its only way out (tcp: Landlock mode only).
        if (self.transport == "ipc" or boxed) and private and len(ip) < 90:
            km.transport, km.ip = "ipc", ip
        elif boxed:
            raise RuntimeError(f"{ip}: too long for a Unix socket; set a shorter TMPDIR")
        if boxed and private:  # (boxed implies private)
            # the box sees this folder only: the connection file and the sockets live there
            km.connection_file = os.path.join(private, "kernel.json")
            plain = km.format_kernel_cmd

            def format_kernel_cmd(extra_arguments: list[str] | None = None) -> list[str]:
                argv = plain(extra_arguments=extra_arguments)
                env = {"MPLBACKEND": "Agg", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
                # the grader's pid means nothing in the box's PID namespace; 1 tells ipykernel
                # it has a parent (no "connect another client" banner on the grader's stdout)
                # and not to poll it (the box ends the kernel with the grader anyway)
                env["JPY_PARENT_PID"] = "1"
                for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
                    if name in os.environ:
                        env[name] = os.environ[name]
                folder = Path(self._folder())
                submitted = None
                if folder.parent.parent.name == "autograded":  # <course>/autograded/<s>/<w>
                    submitted = folder.parents[2] / "submitted" / folder.parent.name / folder.name
                return box.command(
                    argv,
                    str(folder),
                    shared=[private],
                    env=env,
                    size_bytes=self.box_bytes,
                    siblings=str(submitted) if submitted else None,
                )

            km.format_kernel_cmd = format_kernel_cmd
        return km

    def _folder(self) -> str:
        folder = (self.resources or {}).get("metadata", {}).get("path") or os.getcwd()
        return str(Path(folder).resolve())

    async def async_start_new_kernel(self, **kwargs: Any) -> None:
        kwargs.setdefault("env", {**os.environ, "TMPDIR": self._tmp, "MPLBACKEND": "Agg"})
        kwargs.setdefault("preexec_fn", self._limits(self._folder(), self.boxed()))
        await super().async_start_new_kernel(**kwargs)
        self._note_pgid()

    start_new_kernel = run_sync(async_start_new_kernel)

    def _limits(self, folder: str, boxed: bool) -> Callable[[], None]:
        home = Path.home()
        writable = [folder, self._tmp, "/dev"] + [
            str(p)
            for p in (home / ".cache/matplotlib", home / ".config/matplotlib", home / ".ipython")
            if p.is_dir()
        ]
        if os.environ.get("MPLCONFIGDIR"):
            writable.append(os.environ["MPLCONFIGDIR"])
        memory, files, isolate = self.memory_bytes, self.file_bytes, set(self.isolate)

        def apply() -> None:  # in the kernel's process, between fork and exec
            for limit, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_FSIZE, files)):
                if value:
                    try:
                        resource.setrlimit(limit, (value, value))
                    except (ValueError, OSError):
                        pass
            if isolate and not boxed:  # a box is sealed already (and Landlock forbids mounts)
                landlock.restrict(
                    writable if "files" in isolate else [],
                    no_tcp_connect="network" in isolate,
                    scope_signals="signals" in isolate,
                )

        return apply

    def _note_pgid(self) -> None:
        pgid = getattr(getattr(self.km, "provisioner", None), "pgid", None)
        if pgid:
            self._pgids.add(pgid)

    def preprocess_cell(
        self, cell: NotebookNode, resources: dict[str, Any], index: int
    ) -> tuple[NotebookNode, dict[str, Any]]:
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
        if (
            cell.cell_type == "code"
            and notebook.is_test_cell(cell)
            and cell.metadata.get("nbgrader", {}).get("grade_id") in self._trusted
        ):
            cell.outputs = [
                new_output(
                    "error",
                    ename="NotRun",
                    evalue=TRUSTED_ONLY,
                    traceback=[TRUSTED_ONLY],
                )
            ]
            return cell, resources
        if cell.cell_type == "code" and time.monotonic() > self._deadline:
            cell.outputs = [
                new_output(
                    "stream",
                    name="stdout",
                    text=f"[not run: the notebook's time limit of {self.notebook_timeout:g} s"
                    " was reached]\n",
                )
            ]
            return cell, resources
        if cell.cell_type == "code" and self._broken:
            note = f"[not run: {self._broken}]\n"
            cell.outputs = [new_output("stream", name="stdout", text=note)]
            return cell, resources
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        except Exception as exc:  # noqa: BLE001 (a dead or wedged kernel, whatever the cause)
            why = KERNEL_DIED if isinstance(exc, DeadKernelError) else KERNEL_WEDGED
            self.log.warning("kernel lost in cell %d (%r); restarting it", index, exc)
            cell.outputs.append(
                new_output("error", ename=type(exc).__name__, evalue=why, traceback=[why])
            )
            try:
                self._restart()
            except Exception as again:  # noqa: BLE001
                self._broken = f"the kernel could not be restarted ({type(again).__name__})"
        if cell.cell_type == "code":
            cell.outputs = [self._capped(out) for out in cell.outputs]
        return cell, resources

    def _capped(self, output: NotebookNode) -> NotebookNode:
        size = len(json.dumps(output))
        if size <= self.max_output_chars:
            return output
        if output.get("output_type") == "stream":
            output.text = output.text[: self.max_output_chars] + (
                f"\n[output cut: {size} characters, the limit is {self.max_output_chars}]\n"
            )
            return output
        return new_output(
            "stream",
            name="stdout",
            text=f"[output removed: {size} characters, the limit is {self.max_output_chars}]\n",
        )

    def _restart(self) -> None:
        run_sync(self.km.restart_kernel)(now=True)
        self._note_pgid()
        self.kc.stop_channels()  # type: ignore[has-type]
        self.kc = self.km.client()
        self.kc.start_channels()
        run_sync(self.kc.wait_for_ready)(timeout=self.startup_timeout)


class _SchemaCheckedOnce(BaseMetadataValidator):
    """nbgrader's per-cell metadata check with its JSON schema compiled once per process:
    ``jsonschema.validate`` checks the schema itself against the meta-schema on every call,
    which is most of the time ``CheckCellMetadata`` takes. The same checks, the same errors."""

    _compiled: dict[int, Any] = {}

    def validate_cell(self, cell: NotebookNode) -> None:
        if "nbgrader" not in cell.metadata:
            return
        meta = cell.metadata["nbgrader"]
        schema = meta.get("schema_version", 0)
        if schema < self.schema_version:
            raise SchemaTooOldError(
                f"Outdated schema version: {schema} (expected {self.schema_version})",
                schema,
                self.schema_version,
            )
        if schema > self.schema_version:
            raise SchemaTooNewError(
                f"Schema version is too new: {schema} (expected {self.schema_version})",
                schema,
                self.schema_version,
            )
        validator = self._compiled.get(self.schema_version)
        if validator is None:
            cls = jsonschema.validators.validator_for(self.schema)
            cls.check_schema(self.schema)
            validator = self._compiled[self.schema_version] = cls(self.schema)
        error = jsonschema.exceptions.best_match(validator.iter_errors(meta))
        if error is not None:  # what jsonschema.validate raises
            raise error


class _MetadataValidator(MetadataValidator, _SchemaCheckedOnce):
    """nbgrader's current metadata validator; its schema check is :class:`_SchemaCheckedOnce`."""


class CheckCellMetadata(nbgrader_preprocessors.CheckCellMetadata):
    """nbgrader's ``CheckCellMetadata`` with the schema compiled once (``nndl grade``'s
    workers use it in place of nbgrader's, in both of autograde's passes)."""

    def preprocess(
        self, nb: NotebookNode, resources: dict[str, Any]
    ) -> tuple[NotebookNode, dict[str, Any]]:
        try:
            _MetadataValidator().validate_nb(nb)
        except ValidationError:
            self.log.error(traceback.format_exc())
            msg = "Notebook failed to validate; the nbgrader metadata may be corrupted."
            self.log.error(msg)
            raise ValidationError(msg) from None
        return nb, resources


class _Snapshot:
    """The batch's snapshot of a SQLite gradebook (``grading.batch_snapshot``), which no one
    writes while the batch runs: in a worker, its gradebook is opened once per thread and
    course (nbgrader opens it three times per notebook) and each notebook's cells are read
    once for the whole batch (:class:`_CellsOfNotebook`)."""

    url = ""
    books: dict[tuple[str, int], Gradebook] = {}
    cells: dict[tuple[str, str, int], _CellsOfNotebook] = {}


def read_snapshot(url: str) -> None:
    """This worker process grades against ``url``, a snapshot no one writes until the batch
    ends (a new batch's snapshot closes the last one's gradebooks: a Dask worker lives on)."""
    if url == _Snapshot.url:
        return
    for gb in _Snapshot.books.values():
        with contextlib.suppress(Exception):
            gb.close()
            gb.engine.dispose()
    _Snapshot.url, _Snapshot.books, _Snapshot.cells = url, {}, {}


@contextlib.contextmanager
def gradebook(url: str, course_id: str = "default_course") -> Iterator[Gradebook]:
    """``Gradebook(url, course_id)``, opened here and closed after, as nbgrader does; the
    batch's snapshot (:func:`read_snapshot`) stays open for the next notebook instead."""
    if url != _Snapshot.url:
        with Gradebook(url, course_id) as gb:
            yield gb
        return
    key = (course_id, threading.get_ident())
    gb = _Snapshot.books.get(key)
    if gb is None:
        gb = _Snapshot.books[key] = Gradebook(url, course_id)
    try:
        yield gb
    except BaseException:  # a failed query may leave the session unusable: a new one next time
        _Snapshot.books.pop(key, None)
        _Snapshot.cells = {k: v for k, v in _Snapshot.cells.items() if v._gb is not gb}
        with contextlib.suppress(Exception):
            gb.close()
        raise


def course_files(config: Any, source: str, assignment_id: str) -> list[str]:
    """The files of an assignment's source folder (not its notebooks) that nbgrader's
    autograde copies over a submission's, as paths relative to ``source``: all but those
    matching ``CourseDirectory.ignore`` and the assignment's ``Autograde.exclude_overwriting``."""
    from nbgrader.coursedir import CourseDirectory

    ignore = CourseDirectory(config=config).ignore + ["*.ipynb"]
    kept = dict(config.Autograde.get("exclude_overwriting", {})).get(assignment_id, [])
    found = {os.path.relpath(f, source) for f in find_all_files(source, ignore)}
    return sorted(found - {os.path.normpath(x) for x in kept})


class AutogradeUnsaved(Autograde):
    """nbgrader's ``Autograde`` for a worker that grades against a throwaway snapshot of a
    SQLite gradebook (the one writer saves the grades, ``grading.Writer``). nbgrader's
    ``init_assignment`` opens the gradebook five times to create the student and the
    submission, read its timestamp and give missing notebooks zero: rows the snapshot would
    throw away and the writer makes in the real gradebook. Here only what the graded folder
    needs is done, as nbgrader does it: the submission's other files copied, the source's
    files copied over them, the assignment checked and notebooks unknown to the gradebook
    skipped. The two passes and their preprocessors are nbgrader's
    (``tests/test_worker.py`` compares the graded folders with nbgrader's own)."""

    def init_assignment(self, assignment_id: str, student_id: str) -> None:
        BaseConverter.init_assignment(self, assignment_id, student_id)
        dest = Path(self._format_dest(assignment_id, student_id))
        source = self.coursedir.format_path(self.coursedir.source_directory, ".", assignment_id)
        for rel in course_files(self.config, source, assignment_id):
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if os.path.lexists(target):
                os.remove(target)
            shutil.copy(os.path.join(source, rel), target)
        with gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            try:
                gb.find_assignment(assignment_id)
            except MissingEntry:
                msg = f"No assignment with ID '{assignment_id}' exists in the database"
                self.log.error(msg)
                raise NbGraderException(msg) from None
            known: list[str] = []
            for path in list(self.notebooks):  # type: ignore[has-type]
                try:
                    gb.find_notebook(Path(path).stem, assignment_id)
                except MissingEntry:
                    self.log.warning("Skipping unknown notebook: %s", path)
                else:
                    known.append(path)
        self.notebooks = known
        if not self.notebooks:
            msg = "No notebooks found, did you forget to run 'nbgrader generate_assignment'?"
            self.log.error(msg)
            raise NbGraderException(msg)


class OverwriteKernelspec(nbgrader_preprocessors.OverwriteKernelspec):
    """nbgrader's ``OverwriteKernelspec`` reading the notebook's kernelspec through
    :func:`gradebook` (``nndl grade``'s workers use it in place of nbgrader's)."""

    def preprocess(
        self, nb: NotebookNode, resources: dict[str, Any]
    ) -> tuple[NotebookNode, dict[str, Any]]:
        ours = resources["nbgrader"]
        with gradebook(ours["db_url"]) as gb:
            kernelspec = gb.find_notebook(ours["notebook"], ours["assignment"]).kernelspec
        if kernelspec is not None:
            kernelspec = json.loads(kernelspec)
        if kernelspec:
            nb.metadata["kernelspec"] = kernelspec
        return nb, resources


class OverwriteCells(nbgrader_preprocessors.OverwriteCells):
    """nbgrader's ``OverwriteCells`` with the notebook's source, grade and task cells read
    from the gradebook once (nbgrader queries twice per cell; with the batch's snapshot, once
    per batch); ``nndl grade``'s workers use it in place of nbgrader's. The rows are the
    gradebook's, so every check is nbgrader's."""

    def preprocess(
        self, nb: NotebookNode, resources: dict[str, Any]
    ) -> tuple[NotebookNode, dict[str, Any]]:
        self.notebook_id = resources["nbgrader"]["notebook"]
        self.assignment_id = resources["nbgrader"]["assignment"]
        self.db_url = resources["nbgrader"]["db_url"]
        with gradebook(self.db_url) as gb:
            key = (self.notebook_id, self.assignment_id, threading.get_ident())
            if self.db_url != _Snapshot.url:
                cells = _CellsOfNotebook(gb, self.notebook_id, self.assignment_id)
            else:
                cells = _Snapshot.cells.get(key) or _Snapshot.cells.setdefault(
                    key, _CellsOfNotebook(gb, self.notebook_id, self.assignment_id)
                )
            self.gradebook = cells
            nb, resources = super(nbgrader_preprocessors.OverwriteCells, self).preprocess(
                nb, resources
            )
            if self.add_missing_cells:
                nb, resources = self.add_missing_grade_cells(nb, resources)
                nb, resources = self.add_missing_task_cells(nb, resources)
        return nb, resources


class _CellsOfNotebook:
    """A gradebook whose ``find_source_cell`` and ``find_graded_cell`` answer for one
    notebook from rows read once; anything else (and any other notebook) is the gradebook's."""

    def __init__(self, gb: Gradebook, notebook: str, assignment: str) -> None:
        self._gb, self._key = gb, (notebook, assignment)
        try:
            source = gb.find_notebook(notebook, assignment)
        except MissingEntry:
            self._source: dict[str, Any] = {}
            self._graded: dict[str, Any] = {}
            return
        self._source = {cell.name: cell for cell in source.source_cells}
        self._graded = {cell.name: cell for cell in source.task_cells}
        self._graded.update({cell.name: cell for cell in source.grade_cells})  # grade cells first

    def find_source_cell(self, name: str, notebook: str, assignment: str) -> Any:
        if (notebook, assignment) == self._key and name in self._source:
            return self._source[name]
        return self._gb.find_source_cell(name, notebook, assignment)

    def find_graded_cell(self, name: str, notebook: str, assignment: str) -> Any:
        if (notebook, assignment) == self._key and name in self._graded:
            return self._graded[name]
        return self._gb.find_graded_cell(name, notebook, assignment)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._gb, name)
