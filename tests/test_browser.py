"""The course in a real browser: JupyterLab 4 and nbgrader's lab extensions, driven by Playwright.

1. Instructor (Python): copy source/ into a course folder and `nndl release week1 --exchange`
   into a local nbgrader exchange.
2. Student (browser, JupyterLab in its own folder): Nbgrader > Assignment List, fetch week1,
   open the notebook, type a correct `relu` into its answer cell, run it and its visible
   check ("relu: all N visible checks passed."), save, press Validate (the other exercises
   are still unanswered, so the dialog lists failed cells), then submit from the list.
3. Instructor (Python): `nndl collect` and `nndl grade`; the gradebook gives relu its point.
   Then (browser, JupyterLab in the course folder) Nbgrader > Formgrader shows the graded
   submission with its score.

Each step leaves a screenshot in build/browser-screenshots/, with timings.txt. Chromium is
Debian's /usr/bin/chromium (never downloaded); the servers listen on 127.0.0.1 with a token,
and everything they write (config, data, runtime, HOME) stays under tmp_path.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import expect, sync_playwright

from autograder.cli import main

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "build" / "browser-screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 90_000  # a bound for each wait in the browser, generous for a busy 2-core machine

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install chromium"
    ),
]


@pytest.fixture
def env(tmp_path, monkeypatch):
    """HOME under tmp_path and the venv's bin/ first on PATH (nbgrader shells out to alembic)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PATH", f"{BIN}{os.pathsep}{os.environ['PATH']}")
    # The instructor's in-process nbgrader calls use these; each server gets its own below.
    for name in ("CONFIG", "DATA", "RUNTIME"):
        monkeypatch.setenv(f"JUPYTER_{name}_DIR", str(tmp_path / "jupyter" / name.lower()))


@pytest.fixture
def clock():
    """clock(what): print and record the time since the start; written to timings.txt."""
    start, lines = time.monotonic(), []

    def mark(what: str) -> None:
        lines.append(f"{time.monotonic() - start:6.1f} s  {what}")
        print(lines[-1], flush=True)

    yield mark
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "timings.txt").write_text("\n".join(lines) + "\n")


@pytest.fixture
def jupyter_lab(tmp_path, env):
    """jupyter_lab(folder) starts JupyterLab there and returns ready(): wait for the server,
    then give its /lab URL with the token. The servers start while the instructor works."""
    procs: list[subprocess.Popen] = []

    def start(folder: Path) -> Callable[[], str]:
        jupyter = tmp_path / f"{folder.name}-jupyter"
        # Without this, Lab 4 asks in a toast whether to fetch Jupyter news.
        settings = jupyter / "config/lab/user-settings/@jupyterlab/apputils-extension"
        settings.mkdir(parents=True)
        (settings / "notification.jupyterlab-settings").write_text(
            json.dumps({"fetchNews": "false", "checkForUpdates": False})
        )
        server_env = {
            **os.environ,
            "JUPYTER_CONFIG_DIR": str(jupyter / "config"),
            "JUPYTER_DATA_DIR": str(jupyter / "data"),
            "JUPYTER_RUNTIME_DIR": str(jupyter / "runtime"),
        }
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        token = secrets.token_hex(16)
        with open(tmp_path / f"{folder.name}-jupyter.log", "wb") as log:
            proc = subprocess.Popen(
                [
                    str(BIN / "jupyter-lab"),
                    "--ServerApp.ip=127.0.0.1",
                    f"--ServerApp.port={port}",
                    "--ServerApp.port_retries=0",
                    f"--IdentityProvider.token={token}",
                    "--ServerApp.open_browser=False",
                    "--ServerApp.allow_root=True",
                ],
                cwd=folder,
                env=server_env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        procs.append(proc)
        base, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 180

        def ready() -> str:
            while True:
                assert proc.poll() is None, (tmp_path / f"{folder.name}-jupyter.log").read_text()
                try:
                    with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5):
                        return f"{base}/lab?token={token}"
                except OSError:
                    assert time.monotonic() < deadline, f"JupyterLab did not start in {folder}"
                    time.sleep(0.5)

        return ready

    yield start
    for proc in procs:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture
def browser(tmp_path, request):
    """A Chromium context with a fresh profile under tmp_path; screenshots if the test fails."""
    failed_before = request.session.testsfailed
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            tmp_path / "chromium-profile",
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1400, "height": 900},
        )
        context.set_default_timeout(TIMEOUT_MS)
        expect.set_options(timeout=TIMEOUT_MS)
        try:
            yield context
        finally:
            if request.session.testsfailed > failed_before:
                for i, page in enumerate(context.pages):
                    shot(page, f"failed-page{i}")
            context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png")


def open_lab(page, url: str) -> None:
    page.goto(url)
    # The first tab in the main area (Launcher) appears once Lab has restored its layout.
    page.locator("#jp-main-dock-panel .lm-TabBar-tab").first.wait_for()


def nbgrader_menu(page, command: str) -> None:
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    page.locator(f'#jp-mainmenu-nbgrader li[data-command="nbgrader:{command}"]').click()


def code_cell(page, first_line: str):
    return page.locator(".jp-CodeCell", has=page.locator(".cm-line", has_text=first_line))


def test_student_and_instructor_in_jupyterlab(tmp_path, env, jupyter_lab, browser, clock):
    for old in SHOTS.glob("*.png"):
        old.unlink()
    course, exchange, student = tmp_path / "course", tmp_path / "exchange", tmp_path / "student"
    user = getpass.getuser()

    # 1. Instructor: release week1 to the exchange. --no-check skips the gate (it runs both
    # notebooks; tests/test_exchange.py covers it); both servers start meanwhile.
    shutil.copytree(ROOT / "source", course / "source")
    config = (ROOT / "nbgrader_config.py").read_text() + f"\nc.Exchange.root = {str(exchange)!r}\n"
    (course / "nbgrader_config.py").write_text(config)
    exchange.mkdir()
    exchange.chmod(0o777)
    student.mkdir()
    (student / "nbgrader_config.py").write_text(f"c.Exchange.root = {str(exchange)!r}\n")
    student_lab, course_lab = jupyter_lab(student), jupyter_lab(course)
    assert main(["release", "week1", "--no-check", "--exchange", "--course", str(course)]) == 0
    clock("released week1")

    # 2. Student, in JupyterLab.
    page = browser.pages[0] if browser.pages else browser.new_page()
    open_lab(page, student_lab())
    clock("student's JupyterLab open")

    nbgrader_menu(page, "open-assignment-list")
    released = page.locator("#released_assignments_list > .list_item", has_text="week1")
    released.get_by_role("button", name="Fetch").click()
    fetched = page.locator("#fetched_assignments_list > .list_item").filter(has_text="week1")
    fetched.locator("a", has_text="week1").click()  # shows the notebooks of the assignment
    notebook_link = fetched.locator(".nested_list_item a", has_text="intro_to_deep_learning")
    notebook_link.wait_for()
    assert (student / "week1/intro_to_deep_learning.ipynb").is_file()
    shot(page, "1-assignments-fetched")
    clock("fetched week1")

    notebook_link.click()
    page.locator(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status=idle]").wait_for()
    answer = code_cell(page, "def relu(z):")
    # A real keyboard edit: replace the stub's raise line, keeping `return a` below it.
    answer.locator(".cm-line", has_text="raise NotImplementedError()").click()
    page.keyboard.press("End")
    page.keyboard.press("Shift+Home")
    page.keyboard.type("a = np.maximum(0.0, z)")
    expect(answer.locator(".cm-content")).to_contain_text("a = np.maximum(0.0, z)")
    page.keyboard.press("Escape")
    # Run the cells above (the imports), then the answer, its demo and the visible check.
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel", has_text="Run").click()
    page.locator('#jp-mainmenu-run li[data-command="notebook:run-all-above"]').click()
    for _ in range(3):
        page.keyboard.press("Shift+Enter")
    check_output = code_cell(page, 'check("intro.relu", relu)').locator(".jp-OutputArea-output")
    expect(check_output.first).to_have_text(re.compile(r"relu: all \d+ visible checks passed\."))
    shot(page, "2-notebook-relu-check-passes")
    clock("relu typed and its visible check passes")

    page.keyboard.press("Control+s")
    expect(page.locator("#jp-main-dock-panel .lm-TabBar-tab.jp-mod-dirty")).to_have_count(0)
    saved = json.loads((student / "week1/intro_to_deep_learning.ipynb").read_text())
    assert any("a = np.maximum(0.0, z)" in "".join(c["source"]) for c in saved["cells"])

    page.locator(".validate-button").click()
    dialog = page.locator(".nbgrader-ErrorDialog")
    expect(dialog).to_contain_text("Validation Results")
    expect(dialog).to_contain_text('check("intro.predict_price", predict_price)')
    expect(dialog).not_to_contain_text('check("intro.relu", relu)')
    shot(page, "3-validate-dialog")
    dialog.get_by_role("button", name="Ok").click()
    clock("validated")

    page.locator("#jp-main-dock-panel .lm-TabBar-tab", has_text="Assignments").click()
    fetched.get_by_role("button", name="Submit").click()
    submitted = page.locator("#submitted_assignments_list > .list_item").filter(has_text="week1")
    expect(submitted).to_contain_text("nndl")
    shot(page, "4-assignments-submitted")
    assert list(exchange.glob(f"nndl/inbound/{user}+week1+*/intro_to_deep_learning.ipynb"))
    clock("submitted")

    # 3. Instructor: collect and grade in Python, then look at the formgrader.
    assert main(["collect", "week1", "--course", str(course)]) == 0
    assert main(["grade", "week1", "--course", str(course), "--workers", "1"]) == 0
    clock("collected and graded")
    with Gradebook(f"sqlite:///{course}/gradebook.db") as gb:
        relu = gb.find_grade("test_relu", "intro_to_deep_learning", "week1", user)
        assert relu.score == relu.max_score == 1
        submission = gb.find_submission("week1", user)
        score = f"{submission.score:g} / {submission.max_score:g}"
        status = "needs manual grading" if submission.needs_manual_grade else "graded"

    page = browser.new_page()
    open_lab(page, course_lab())
    nbgrader_menu(page, "open-formgrader")
    formgrader = page.frame_locator("#formgrader-iframe iframe")
    formgrader.locator("tr", has_text="week1").locator("td.num-submissions a").click()
    row = formgrader.locator("tbody tr")
    expect(row).to_have_count(1)
    expect(row.locator("td.student-id")).to_have_text(user)
    expect(row.locator("td.score")).to_have_text(score)
    expect(row.locator("td.status")).to_have_text(status)
    shot(page, "5-formgrader-week1-submissions")
    row.locator("td.student-name a").click()  # the student's week1 submission, per notebook
    notebook_row = formgrader.locator("tr", has_text="intro_to_deep_learning")
    expect(notebook_row.locator("td.score")).to_have_text(score)
    shot(page, "6-formgrader-student-submission")
    clock(f"formgrader shows {user}'s week1: {score}, {status}")
