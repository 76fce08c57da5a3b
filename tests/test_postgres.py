"""The gradebook on a PostgreSQL server (nbgrader's ``c.CourseDirectory.db_url``).

A real server: Debian's PostgreSQL (``.ci/run`` installs it when missing), a fresh cluster
in a temporary folder, listening on loopback. The course releases Week 1 into it, three
submissions are graded by two workers that save through nbgrader themselves (no snapshot,
no writer), and export and feedback read the same server. No ``gradebook.db`` appears.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import nbformat
import pytest

from autograder.instructor import build, export, feedback
from autograder.pipeline import grading
from autograder.pipeline.course import Course

ROOT = Path(__file__).resolve().parents[1]
NB = "intro_to_deep_learning.ipynb"

pytestmark = [pytest.mark.notebooks, pytest.mark.postgres]


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    assert found, "PostgreSQL's server is not installed: apt-get install postgresql (.ci/run)"
    return Path(found[-1]).parent


def _as_server_user(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    """PostgreSQL refuses to run as root: under root, run it as the postgres user."""
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--"] + cmd
    return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120, **kw)


@pytest.fixture(scope="module")
def server():
    pg = _pg_bin()
    folder = Path(tempfile.mkdtemp(prefix="nndl-pg-"))  # not under pytest's 0700 tmp root
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    data = folder / "data"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _as_server_user([str(pg / "initdb"), "-D", str(data), "--auth=trust", "-U", "postgres"])
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
    start = [str(pg / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log")]
    _as_server_user(start + ["-w", "start"])
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        _as_server_user([str(pg / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
        shutil.rmtree(folder, ignore_errors=True)


def _database(server: str, name: str) -> str:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


def _set_relu(path: Path, new: str) -> None:
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "code" and "def relu(" in c.source)
    cell.source = cell.source.replace("a = np.maximum(0.0, z)", new)
    nbformat.write(nb, path)


def test_grading_with_the_gradebook_on_a_postgresql_server(server, tmp_path):
    url = _database(server, "nndl_week1")
    course = tmp_path / "course"
    shutil.copytree(ROOT / "source", course / "source", ignore=shutil.ignore_patterns("week[234]"))
    config = (ROOT / "nbgrader_config.py").read_text()
    (course / "nbgrader_config.py").write_text(config + f"\nc.CourseDirectory.db_url = {url!r}\n")
    assert Course(course).gradebook_url() == url

    build.generate_release("week1", course)
    sub = course / "submitted"
    shutil.copytree(course / "source/week1", sub / "alice/week1")
    shutil.copytree(course / "release/week1", sub / "bob/week1")
    shutil.copytree(course / "source/week1", sub / "dave/week1")
    _set_relu(sub / "dave/week1" / NB, "a = np.abs(z)")

    got = {o.student: o for o in grading.grade(course, ["week1"], workers=2)}
    assert {s: (o.status, o.score, o.max_score) for s, o in got.items()} == {
        "alice": ("graded", 12, 16),
        "bob": ("graded", 0, 16),
        "dave": ("graded", 11, 16),
    }, {s: o.message[-500:] for s, o in got.items()}
    assert not (course / "gradebook.db").exists()
    assert (course / "autograded/dave/week1" / NB).is_file()

    again = grading.grade(course, ["week1"], workers=2)
    assert {o.status for o in again} == {"unchanged"}
    assert {o.student: o.score for o in again} == {"alice": 12, "bob": 0, "dave": 11}

    # the grades are in the server, where export and feedback find them
    import psycopg

    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM submitted_assignment").fetchone()[0] == 3
    _, rows = export.grade_rows(course)
    assert {r["student"]: r["week1"] for r in rows} == {"alice": 12, "bob": 0, "dave": 11}
    made, problems = feedback.generate(course, "week1", ["dave"])
    assert problems == [] and made["dave"], problems
    html = made["dave"][0].read_text()
    assert "11.0 / 16.0" in html or "11 / 16" in html, html[:2000]
