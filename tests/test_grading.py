"""`nndl grade`: the cohort is graded in parallel by real nbgrader, one writer to the gradebook.

Four Week 1 submissions: the instructor's solution (all 12 automatic points), the blank
release (0), the solution with a wrong relu (11) and a notebook that is not valid JSON
(reported by name and graded as missing; the batch goes on).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from autograder.instructor import build
from autograder.pipeline import grading

ROOT = Path(__file__).resolve().parents[1]
NB = "intro_to_deep_learning.ipynb"

pytestmark = pytest.mark.notebooks


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    course = tmp_path_factory.mktemp("grading") / "course"
    shutil.copytree(ROOT / "source", course / "source")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    build.generate_release("week1", course)
    sub = course / "submitted"
    shutil.copytree(course / "source/week1", sub / "alice/week1")
    shutil.copytree(course / "release/week1", sub / "bob/week1")
    shutil.copytree(course / "source/week1", sub / "dave/week1")
    _set_relu(sub / "dave/week1" / NB, "a = np.maximum(0.0, z)", "a = np.abs(z)")
    shutil.copytree(course / "release/week1", sub / "carol/week1")
    (sub / "carol/week1" / NB).write_text('{"cells": [ this is not json')
    return course


def _set_relu(path: Path, old: str, new: str) -> None:
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "code" and "def relu(" in c.source)
    assert old in cell.source
    cell.source = cell.source.replace(old, new)
    nbformat.write(nb, path)


def _by_student(outcomes):
    return {o.student: o for o in outcomes}


def test_parallel_grading_gives_each_student_their_score(course):
    seen = []
    outcomes = grading.grade(
        course, ["week1"], workers=2, progress=lambda d, n, o: seen.append((d, n))
    )
    got = _by_student(outcomes)
    assert (got["alice"].status, got["alice"].score, got["alice"].max_score) == ("graded", 12, 16)
    assert (got["bob"].status, got["bob"].score) == ("graded", 0)
    assert (got["dave"].status, got["dave"].score) == ("graded", 11)
    assert (got["carol"].status, got["carol"].score) == ("graded", 0)  # as a missing notebook
    assert f"submitted/carol/week1/{NB}: not a readable notebook" in got["carol"].message
    assert seen[-1] == (4, 4)


def test_sequential_grading_gives_the_same_scores(course):
    parallel = {s: o.score for s, o in _by_student(grading.grade(course, ["week1"])).items()}
    two = ["alice", "dave"]
    sequential = grading.grade(course, ["week1"], students=two, workers=1, force=True)
    assert {o.student: o.score for o in sequential} == {s: parallel[s] for s in two}


def test_only_what_changed_is_graded_again(course):
    _set_relu(course / "submitted/dave/week1" / NB, "a = np.abs(z)", "a = np.maximum(0.0, z)")
    got = _by_student(grading.grade(course, ["week1"], workers=2))
    assert got["alice"].status == got["bob"].status == "unchanged"
    assert (got["dave"].status, got["dave"].score) == ("graded", 12)
    assert got["carol"].status == "unchanged"


def test_the_cli_prints_the_table(course):
    proc = subprocess.run(
        [sys.executable, "-m", "autograder.cli", "grade", "week1", "--course", str(course)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "alice" in proc.stdout and "4 unchanged" in proc.stdout


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_grading_on_a_dask_cluster_gives_the_same_scores(course):
    """A real `dask scheduler` and two `dask worker` processes on loopback."""
    from distributed import Client

    local = {o.student: o.score for o in grading.grade(course, ["week1"])}
    bin_dir = Path(sys.executable).parent
    address = f"tcp://127.0.0.1:{_free_port()}"
    host, port = address[6:].split(":")
    procs = [
        subprocess.Popen(
            [str(bin_dir / "dask"), "scheduler", "--host", host, "--port", port, "--no-dashboard"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [str(bin_dir / "dask"), "worker", address, "--nthreads", "1", "--no-dashboard"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
            assert len(client.scheduler_info()["workers"]) == 2
        outcomes = grading.grade(
            course, ["week1"], students=["bob", "dave"], force=True, scheduler=address
        )
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            p.wait(timeout=30)
    assert {o.status for o in outcomes} == {"graded"}
    assert {o.student: o.score for o in outcomes} == {"bob": local["bob"], "dave": local["dave"]}


def flaky_grade(
    course: str, student: str, week: str, workdir: str, kernel: bool, snapshot: str
) -> dict:
    """A worker that fails: alice's first attempt, and every attempt of dave's. It counts
    attempts in files under NNDL_TEST_ATTEMPTS (the workers are other processes)."""
    count = Path(os.environ["NNDL_TEST_ATTEMPTS"]) / student
    n = int(count.read_text()) + 1 if count.exists() else 1
    count.write_text(str(n))
    if student == "dave" or n == 1:
        log = f"Traceback (most recent call last):\nRuntimeError: injected failure {n}\n"
        return {"ok": False, "seconds": 0.1, "graded": "", "log": log, "problems": []}
    return grading.grade_in_copy(course, student, week, workdir, kernel, snapshot)


def test_a_failed_submission_is_graded_once_more_before_it_is_reported(
    course, tmp_path, monkeypatch
):
    monkeypatch.setenv("NNDL_TEST_ATTEMPTS", str(tmp_path))
    monkeypatch.setattr(grading, "grade_in_copy", flaky_grade)  # what the pool is sent
    got = _by_student(
        grading.grade(course, ["week1"], students=["alice", "dave"], workers=2, force=True)
    )
    attempts = {p.name: int(p.read_text()) for p in tmp_path.iterdir()}
    assert attempts == {"alice": 2, "dave": 2}  # once more each, never a third time

    alice = got["alice"]
    assert (alice.status, alice.score) == ("graded", 12)
    assert "second attempt; the first failed (RuntimeError: injected failure 1)" in alice.message
    ledger = json.loads((course / "autograded/alice/week1/graded.json").read_text())
    assert any("second attempt" in p for p in ledger["problems"])  # the report shows it

    dave = got["dave"]
    assert dave.status == "failed"
    assert "injected failure 2" in dave.message
    assert "an earlier attempt failed too: RuntimeError: injected failure 1" in dave.message


def test_the_workers_metadata_check_agrees_with_nbgraders():
    """nbgrader_plugin's CheckCellMetadata (schema compiled once) accepts and refuses the
    same cells as nbgrader's own validator, with the same error."""
    import copy

    import nbformat
    from nbgrader.nbgraderformat import MetadataValidator

    from autograder.pipeline.nbgrader_plugin import _MetadataValidator

    nb = nbformat.read(ROOT / "source/week1/intro_to_deep_learning.ipynb", as_version=4)
    graded = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade"))
    broken = []
    for change in ({"points": "two"}, {"grade": "yes"}, {"schema_version": 1}, {"locked": None}):
        cell = copy.deepcopy(graded)
        cell.metadata.nbgrader.update(change)
        broken.append(cell)
    for cell in [graded, *broken]:
        outcomes = []
        for validator in (MetadataValidator(), _MetadataValidator()):
            try:
                validator.validate_cell(copy.deepcopy(cell))
                outcomes.append("ok")
            except Exception as exc:  # noqa: BLE001 (the error itself is compared)
                outcomes.append(f"{type(exc).__name__}: {exc}")
        assert outcomes[0] == outcomes[1], outcomes
    assert sum(1 for c in broken if _fails(c)) == len(broken)


def _fails(cell) -> bool:
    from autograder.pipeline.nbgrader_plugin import _MetadataValidator

    try:
        _MetadataValidator().validate_cell(cell)
    except Exception:  # noqa: BLE001
        return True
    return False


def test_a_grading_process_goes_without_the_iri_grammar_and_still_validates(tmp_path):
    """without_iri_grammar spares each worker the second rfc3987_syntax costs at import;
    nbformat's validation (which never checks formats) still refuses a broken notebook."""
    code = (
        "import sys\n"
        "from autograder.pipeline.course import without_iri_grammar\n"
        "without_iri_grammar()\n"
        "import nbformat, nbgrader.converters\n"
        "assert sys.modules.get('rfc3987_syntax') is None\n"
        "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('x = 1')])\n"
        "nbformat.validate(nb)\n"
        "nb.cells[0]['cell_type'] = 'cod'\n"
        "try:\n"
        "    nbformat.validate(nb)\n"
        "except nbformat.ValidationError:\n"
        "    print('refused')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "refused"


def _what_a_worker_has() -> tuple[bool, str | None, int]:
    return "nbgrader.apps" in sys.modules, os.environ.get("NNDL_SET_LATER"), os.getppid()


def test_workers_fork_from_a_warm_server_and_see_the_environment_of_now(tmp_path, monkeypatch):
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import forkserver

    context = grading.pool_context()
    try:
        assert context.get_start_method() == "forkserver"
        server = forkserver._forkserver._forkserver_pid
        monkeypatch.setenv("NNDL_SET_LATER", "seen")  # after the server started
        with ProcessPoolExecutor(
            1,
            mp_context=context,
            initializer=grading._worker_started,
            initargs=(str(tmp_path), dict(os.environ)),
        ) as pool:
            loaded, env, parent = pool.submit(_what_a_worker_has).result(timeout=60)
        assert loaded, "the worker imported nbgrader itself: the server did not preload it"
        assert env == "seen" and parent == server
    finally:
        grading._stop_pool_server()
    assert forkserver._forkserver._forkserver_pid is None  # gone with the batch
    with pytest.raises(ProcessLookupError):
        os.kill(server, 0)
    # where no server can start, each worker is a fresh interpreter
    monkeypatch.setattr(forkserver, "ensure_running", lambda: (_ for _ in ()).throw(OSError()))
    assert grading.pool_context().get_start_method() == "spawn"


def test_a_fingerprint_reads_a_file_once_per_batch_and_again_once_it_changed(tmp_path):
    course = tmp_path / "course"
    for student in ("ann", "bob"):
        (course / "submitted" / student / "week1").mkdir(parents=True)
        (course / "submitted" / student / "week1" / "nb.ipynb").write_text(student)
    (course / "source/week1/data").mkdir(parents=True)
    data = course / "source/week1/data/big.h5"
    data.write_bytes(b"a" * 1000)
    (course / "nbgrader_config.py").write_text("c = get_config()\n")
    digests: dict = {}
    ann = grading.fingerprint(course, "ann", "week1", digests=digests)
    assert ann == grading.fingerprint(course, "ann", "week1")  # the same hash as without
    n = len(digests)
    bob = grading.fingerprint(course, "bob", "week1", digests=digests)
    assert bob != ann and len(digests) == n + 1  # only bob's own notebook was read
    before = data.stat().st_mtime_ns
    data.write_bytes(b"b" * 1000)  # same size, rewritten: read again
    os.utime(data, ns=(before + 1000, before + 1000))  # even within the clock's tick
    assert grading.fingerprint(course, "ann", "week1", digests=digests) != ann
    assert grading.fingerprint(course, "ann", "week1", digests=digests) == grading.fingerprint(
        course, "ann", "week1"
    )


@pytest.mark.parametrize("same_file_system", [True, False])
def test_a_graded_folder_replaces_the_old_one_whole_by_rename_or_copy(
    tmp_path, monkeypatch, same_file_system
):
    course, work = tmp_path / "course", tmp_path / "work"
    graded = work / "autograded/ann/week1"
    graded.mkdir(parents=True)
    (graded / "nb.ipynb").write_text("new")
    (graded / "data").mkdir()
    (graded / "data/x.h5").write_bytes(b"\0" * 10)
    old = course / "autograded/ann/week1"
    old.mkdir(parents=True)
    (old / "nb.ipynb").write_text("old")
    (old / "stale.txt").write_text("from an earlier grading")
    if not same_file_system:
        real = Path.rename

        def rename(self, target):
            if self == graded:
                raise OSError(18, "Invalid cross-device link")
            return real(self, target)

        monkeypatch.setattr(Path, "rename", rename)
    ok, log = grading._take_graded(course, "ann", "week1", graded)
    assert (ok, log) == (True, "")
    assert sorted(str(p.relative_to(old)) for p in old.rglob("*")) == [
        "data",
        "data/x.h5",
        "nb.ipynb",
    ]
    assert (old / "nb.ipynb").read_text() == "new"
    assert graded.exists() is not same_file_system  # moved, or copied from
    assert not (old.parent / ".week1.incoming").exists()
