"""A class on JupyterHub, from release to feedback: one instructor and two students, each a real
Unix account, on the hub of hub/jupyterhub_config.py (PAM login, each single-user server run
as its user by JupyterHub's LocalProcessSpawner, configurable-http-proxy from hub/package.json).

1. Instructor (their shell): `nndl release week1 --exchange` into the exchange made by
   hub/make-exchange.
2. Each student (chromium, logged in through the hub's login page, in their own JupyterLab):
   Assignment List, fetch week1, write relu (ada right, bob wrong), run its visible check,
   Validate, Submit.
3. Instructor: `nndl collect week1` and `nndl grade week1` (their shell); the written answers
   graded in formgrader (chromium, logged in as the instructor); `nndl feedback week1`, then
   Release Feedback in formgrader.
4. Each student fetches feedback in the Assignment List: their own page, with their score,
   and nobody else's.

Between the steps, as each student's Unix user: no listing of the exchange's inbound or
feedback, no reading of the other student's home (submission, feedback), nor of the
instructor's course (source/, gradebook.db); nnref and autograder not importable by the
student's python. The accounts are made with useradd and removed with userdel -r, with every
process they own, however the test ends. Screenshots and timings in build/hub-screenshots/.

Needs root (useradd, PAM, a server per user), `make hub-deps` (build/hub/, hub/node_modules)
and Debian's chromium; without them the test is skipped, except under CI=true, where it fails.
"""

from __future__ import annotations

import html
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from nbgrader.api import Gradebook
from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
HUB = ROOT / "hub"
INSTRUCTOR_VENV = ROOT / "build/hub/instructor"
STUDENT_VENV = ROOT / "build/hub/student"
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "build" / "hub-screenshots"
RUNUSER = shutil.which("runuser") or "/usr/sbin/runuser"
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
TIMEOUT_MS = 120_000  # each wait in the browser: servers spawn on a busy 2-core machine
NOTEBOOK = "intro_to_deep_learning"
# What each student writes in relu's answer cell, and the written answers' manual scores.
ANSWERS = {"ada": "a = np.maximum(0.0, z)", "bob": "a = np.abs(z)"}
WRITTEN = {
    "ada": {"written_fit": 2, "written_scale": 1},
    "bob": {"written_fit": 1, "written_scale": 0},
}

pytestmark = pytest.mark.hub


def _missing() -> str | None:
    if os.geteuid() != 0:
        return "needs root: useradd, PAM logins, a single-user server per Unix user"
    for tool in ("useradd", "userdel", "chpasswd", "runuser"):
        if shutil.which(tool) is None:
            return f"needs {tool}"
    if not CHROMIUM.exists():
        return "needs Debian's chromium: apt-get install chromium"
    for path in (INSTRUCTOR_VENV / "bin/jupyterhub", STUDENT_VENV / "bin/jupyterhub-singleuser"):
        if not path.exists():
            return f"needs {path.relative_to(ROOT)}: make hub-deps"
    if not (HUB / "node_modules/.bin/configurable-http-proxy").exists():
        return "needs hub/node_modules: make hub-deps"
    for folder in (ROOT, *ROOT.parents):  # the servers run as other users from build/hub/
        if not folder.stat().st_mode & 0o001:
            return f"{folder} is closed to other users (chmod o+x {folder}; .ci/run does it)"
    return None


@pytest.fixture(scope="module", autouse=True)
def _requirements() -> None:
    reason = _missing()
    if reason and os.environ.get("CI"):
        pytest.fail(f"the JupyterHub test cannot run here: {reason}")
    if reason:
        pytest.skip(reason)


def run(*cmd: str, input: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, input=input, capture_output=True, text=True, timeout=600)
    if check:
        assert proc.returncode == 0, f"{' '.join(cmd)}:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}"
    return proc


def as_user(user: str, command: str, check: bool = True) -> subprocess.CompletedProcess:
    """`command` in a login shell of `user`, as they would type it (their ~/.profile read)."""
    return run(RUNUSER, "-l", user, "-c", command, check=check)


def denied(user: str, *cmd: str) -> str:
    """Run cmd as user (from /), assert it fails for lack of permission; its stderr."""
    proc = subprocess.run(
        [RUNUSER, "-u", user, "--", *cmd],
        **{"capture_output": True, "text": True, "timeout": 60},
        cwd="/",
        env={"PATH": "/usr/bin:/bin", "HOME": str(Path(pwd.getpwnam(user).pw_dir))},
    )
    assert proc.returncode != 0, f"{user} could run {cmd}: {proc.stdout[:500]}"
    assert "Permission denied" in proc.stderr, proc.stderr
    return proc.stderr


def _pids_of(user: str) -> list[int]:
    uid = pwd.getpwnam(user).pw_uid
    mine = []
    for p in Path("/proc").iterdir():
        try:
            if p.name.isdigit() and p.stat().st_uid == uid:
                mine.append(int(p.name))
        except FileNotFoundError:
            continue
    return mine


def kernel_of(user: str) -> tuple[str, dict[str, str], str]:
    """(python, environment, working folder) of the user's running notebook kernel."""
    for pid in _pids_of(user):
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            if not any(b"ipykernel_launcher" in a for a in argv):
                continue
            raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
            env = dict(v.decode().split("=", 1) for v in raw if b"=" in v)
            return argv[0].decode(), env, os.readlink(f"/proc/{pid}/cwd")
        except FileNotFoundError:
            continue
    raise AssertionError(f"{user} has no running kernel")


def _kill_all_of(user: str) -> None:
    """SIGKILL every process of a test account, by pid (they all started in this test)."""
    try:
        pwd.getpwnam(user)
    except KeyError:
        return
    for _ in range(50):
        mine = _pids_of(user)
        if not mine:
            return
        for pid in mine:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def clock() -> Iterator:
    start, lines = time.monotonic(), []

    def mark(what: str) -> None:
        lines.append(f"{time.monotonic() - start:6.1f} s  {what}")
        print(lines[-1], flush=True)

    yield mark
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "timings.txt").write_text("\n".join(lines) + "\n")


TEST_ACCOUNT = re.compile(r"nndl-t-(instr|ada|bob)-[0-9a-f]{4}")
STALE_SECONDS = 3600  # the test takes minutes: an account this old is a killed run's


def _remove_stale_accounts() -> list[str]:
    """Accounts of an earlier run that was killed (SIGKILL skips the fixture's cleanup): this
    test's names, with a home older than an hour. A run going on beside this one is younger."""
    removed = []
    for entry in pwd.getpwall():
        if not TEST_ACCOUNT.fullmatch(entry.pw_name):
            continue
        home = Path(entry.pw_dir)
        if home.exists() and time.time() - home.stat().st_mtime < STALE_SECONDS:
            continue
        _kill_all_of(entry.pw_name)
        subprocess.run(["userdel", "--remove", entry.pw_name], capture_output=True, timeout=60)
        removed.append(entry.pw_name)
    return removed


@pytest.fixture
def accounts() -> Iterator[dict[str, str]]:
    """The instructor and two students as Unix accounts, named for this run (so that two runs
    on one machine never meet), each with a 0700 home and a password; removed afterwards."""
    stale = _remove_stale_accounts()
    if stale:
        print(f"removed the accounts of a killed run: {', '.join(stale)}")
    tag = secrets.token_hex(2)
    names = {role: f"nndl-t-{role}-{tag}" for role in ("instr", "ada", "bob")}
    passwords = {name: secrets.token_urlsafe(12) for name in names.values()}
    made: list[str] = []
    try:
        for name in names.values():
            # Debian's useradd makes a home 0755 (UMASK 022) unless told: students apart.
            run("useradd", "--create-home", "--key", "HOME_MODE=0700", "--shell", "/bin/bash", name)
            made.append(name)
        run("chpasswd", input="".join(f"{n}:{p}\n" for n, p in passwords.items()))
        yield {**names, **{f"{n}:password": p for n, p in passwords.items()}}
    finally:
        for name in made:
            _kill_all_of(name)
            subprocess.run(["userdel", "--remove", name], capture_output=True, timeout=60)
        left = [n for n in made if subprocess.run(["id", n], capture_output=True).returncode == 0]
        assert not left, f"accounts left behind: {left}"


@pytest.fixture
def place() -> Iterator[Path]:
    """This run's exchange root and the hub's state: under a fresh folder of /tmp (0755)."""
    top = Path(tempfile.mkdtemp(prefix="nndl-hub-"))
    top.chmod(0o755)
    try:
        yield top
    finally:
        shutil.rmtree(top, ignore_errors=True)


def start_hub(place: Path, names: dict[str, str]) -> tuple[subprocess.Popen, str]:
    state = place / "hub"
    state.mkdir(mode=0o700)
    port = _free_port()
    env = {
        "PATH": f"{INSTRUCTOR_VENV / 'bin'}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(state),
        "NNDL_HUB_INSTRUCTOR": names["instr"],
        "NNDL_HUB_STUDENTS": f"{names['ada']},{names['bob']}",
        "NNDL_HUB_EXCHANGE": str(place / "exchange"),
        "NNDL_HUB_STATE": str(state),
        "NNDL_HUB_PORT": str(port),
        "NNDL_HUB_API_PORT": str(_free_port()),
        "NNDL_HUB_PROXY_API_PORT": str(_free_port()),
    }
    with open(state / "hub.log", "wb") as log:
        proc = subprocess.Popen(
            [str(INSTRUCTOR_VENV / "bin/jupyterhub"), "-f", str(HUB / "jupyterhub_config.py")],
            cwd=state,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return proc, f"http://127.0.0.1:{port}"


def wait_for_hub(proc: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + 120
    while True:
        assert proc.poll() is None, log.read_text()[-5000:]
        try:
            with urllib.request.urlopen(f"{url}/hub/api/", timeout=5) as r:
                assert "version" in json.load(r)
                return
        except OSError:
            assert time.monotonic() < deadline, log.read_text()[-5000:]
            time.sleep(0.5)


def stop_hub(proc: subprocess.Popen) -> None:
    """SIGTERM: the hub stops every single-user server (cleanup_servers) and its proxy."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png")


def login(context, url: str, user: str, password: str):
    """The hub's login page, then the user's own JupyterLab (spawned on first login)."""
    page = context.new_page()
    page.goto(f"{url}/hub/login")
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill(password)
    page.locator("#login_submit").click()
    page.wait_for_url(re.compile(rf"/user/{re.escape(user)}/lab"))
    page.locator("#jp-main-dock-panel .lm-TabBar-tab").first.wait_for()
    return page


def nbgrader_menu(page, command: str) -> None:
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    page.locator(f'#jp-mainmenu-nbgrader li[data-command="nbgrader:{command}"]').click()


def code_cell(page, first_line: str):
    return page.locator(".jp-CodeCell", has=page.locator(".cm-line", has_text=first_line))


def student_works(page, who: str, user: str, home: Path) -> None:
    """Fetch week1, write relu, run its visible check, save, validate, submit."""
    nbgrader_menu(page, "open-assignment-list")
    released = page.locator("#released_assignments_list > .list_item", has_text="week1")
    released.get_by_role("button", name="Fetch").click()
    fetched = page.locator("#fetched_assignments_list > .list_item").filter(has_text="week1")
    fetched.locator("a", has_text="week1").click()
    notebook_link = fetched.locator(".nested_list_item a", has_text=NOTEBOOK)
    notebook_link.wait_for()
    shot(page, f"2-{who}-1-fetched")

    notebook_link.click()
    page.locator(".jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status=idle]").wait_for()
    answer = code_cell(page, "def relu(z):")
    answer.locator(".cm-line", has_text="raise NotImplementedError()").click()
    page.keyboard.press("End")
    page.keyboard.press("Shift+Home")
    page.keyboard.type(ANSWERS[who])
    expect(answer.locator(".cm-content")).to_contain_text(ANSWERS[who])
    page.keyboard.press("Escape")
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel", has_text="Run").click()
    page.locator('#jp-mainmenu-run li[data-command="notebook:run-all-above"]').click()
    for _ in range(3):  # the answer, its demo, the visible check
        page.keyboard.press("Shift+Enter")
    check = code_cell(page, 'check("intro.relu", relu)').locator(".jp-OutputArea-output").first
    if who == "ada":
        expect(check).to_have_text(re.compile(r"relu: all \d+ visible checks passed\."))
    else:
        # The visible check names the mistake (abs instead of max with 0).
        expect(check).to_contain_text("relu: a has the wrong values")
        expect(check).to_contain_text("hint: negative z must become 0")
    check.scroll_into_view_if_needed()
    shot(page, f"2-{who}-2-visible-check")

    page.keyboard.press("Control+s")
    expect(page.locator("#jp-main-dock-panel .lm-TabBar-tab.jp-mod-dirty")).to_have_count(0)
    page.locator(".validate-button").click()
    dialog = page.locator(".nbgrader-ErrorDialog")
    expect(dialog).to_contain_text("Validation Results")
    expect(dialog).to_contain_text('check("intro.predict_price", predict_price)')
    relu_listed = (
        expect(dialog).to_contain_text if who == "bob" else expect(dialog).not_to_contain_text
    )
    relu_listed('check("intro.relu", relu)')
    shot(page, f"2-{who}-3-validated")
    dialog.get_by_role("button", name="Ok").click()

    page.locator("#jp-main-dock-panel .lm-TabBar-tab", has_text="Assignments").click()
    fetched.get_by_role("button", name="Submit").click()
    submitted = page.locator("#submitted_assignments_list > .list_item").filter(has_text="week1")
    expect(submitted).to_contain_text("nndl")
    shot(page, f"2-{who}-4-submitted")
    saved = json.loads((home / f"week1/{NOTEBOOK}.ipynb").read_text())
    assert any(ANSWERS[who] in "".join(c["source"]) for c in saved["cells"])


def grades(course: Path, student: str) -> dict[str, tuple[float | None, float | None]]:
    """{grade cell: (auto score, manual score)} of a student's week1, from the gradebook."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        notebook = gb.find_submission_notebook(NOTEBOOK, "week1", student)
        return {g.name: (g.auto_score, g.manual_score) for g in notebook.grades}


def grade_in_formgrader(page, course: Path, student: str, cell: str, points: int) -> None:
    """Type a written answer's score in formgrader and leave the field, as a grader does; it
    saves the score with a request of its own: poll the gradebook for it (typing again if a
    score was typed before the page's scripts listened)."""
    for _ in range(3):
        page.locator(f"#{cell}").fill(str(points))
        page.locator(f"#{cell}").press("Tab")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if grades(course, student)[cell][1] == points:
                return
            time.sleep(0.5)
    raise AssertionError(f"{student}: formgrader did not save {cell} = {points}")


def text_of(page_html: str) -> str:
    """The text of an HTML page (the code's syntax highlighting split into spans)."""
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


def test_a_class_on_jupyterhub(accounts, place, clock):
    for old in SHOTS.glob("*.png"):
        old.unlink()
    instr, ada, bob = accounts["instr"], accounts["ada"], accounts["bob"]
    students = {"ada": ada, "bob": bob}
    homes = {u: Path(pwd.getpwnam(u).pw_dir) for u in (instr, ada, bob)}
    course, exchange = homes[instr] / "nndl", place / "exchange"
    clock("accounts made")

    # The exchange (README: hub/make-exchange) and the instructor's course in their home.
    run(str(HUB / "make-exchange"), str(exchange), instr)
    assert oct(exchange.stat().st_mode & 0o7777) == "0o1777"
    assert oct((exchange / "nndl/inbound").stat().st_mode & 0o7777) == "0o3733"
    profile = homes[instr] / ".profile"
    with profile.open("a") as f:
        f.write(f'export PATH="{INSTRUCTOR_VENV / "bin"}:$PATH"\n')
    as_user(instr, f"mkdir nndl && cp -r {ROOT}/source {ROOT}/nbgrader_config.py nndl/")
    as_user(instr, f"echo 'c.Exchange.root = \"{exchange}\"' >> nndl/nbgrader_config.py")
    # formgrader, in the instructor's server (started in their home), finds the course here.
    # nbgrader then reads the course's own nbgrader_config.py too.
    as_user(instr, "mkdir ~/.jupyter")
    as_user(instr, "echo \"c.CourseDirectory.root = '$HOME/nndl'\" > ~/.jupyter/nbgrader_config.py")

    hub, url = start_hub(place, accounts)
    try:
        # 1. The instructor releases Week 1 from their shell while the hub starts.
        out = as_user(instr, "cd nndl && nndl release week1 --exchange").stdout
        assert "exchange: released" in out, out
        assert (exchange / f"nndl/outbound/week1/{NOTEBOOK}.ipynb").is_file()
        clock("instructor: nndl release week1 --exchange")
        wait_for_hub(hub, url, place / "hub/hub.log")
        clock("hub up")

        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
            contexts = {
                who: browser.new_context(viewport={"width": 1400, "height": 900})
                for who in ("instr", "ada", "bob")
            }
            for context in contexts.values():
                context.set_default_timeout(TIMEOUT_MS)
            expect.set_options(timeout=TIMEOUT_MS)
            try:
                _flow(contexts, url, accounts, students, homes, course, exchange, clock)
            finally:
                for who, context in contexts.items():
                    for i, page in enumerate(context.pages):
                        if not (SHOTS / f"last-{who}-{i}.png").exists():
                            shot(page, f"last-{who}-{i}")
                browser.close()
    finally:
        stop_hub(hub)
        clock("hub stopped")


def _flow(contexts, url, accounts, students, homes, course, exchange, clock) -> None:
    instr = accounts["instr"]

    # 2. Each student in their own JupyterLab, logged in through the hub.
    pages = {}
    for who, user in students.items():
        page = pages[who] = login(contexts[who], url, user, accounts[f"{user}:password"])
        shot(page, f"2-{who}-0-lab")
        clock(f"{who}: logged in, JupyterLab open")
        student_works(page, who, user, homes[user])
        clock(f"{who}: fetched, answered, checked, validated, submitted")
    # No formgrader for students: not in their menu, not on their server; and no way into
    # another student's server through the hub.
    page = pages["ada"]
    page.locator("#jp-menu-panel .lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    menu = page.locator("#jp-mainmenu-nbgrader")
    expect(menu.locator('li[data-command="nbgrader:open-assignment-list"]')).to_have_count(1)
    # (Lab still lists Formgrader: nbgrader 0.9 locks that plugin on; the server has none.)
    page.keyboard.press("Escape")
    other = contexts["ada"].new_page()
    assert other.goto(f"{url}/user/{students['ada']}/formgrader").status == 404
    assert other.goto(f"{url}/user/{students['bob']}/lab").status == 403
    expect(other.locator("body")).not_to_contain_text(NOTEBOOK)
    shot(other, "2-ada-5-bob-server-forbidden")
    other.close()
    # nbgrader's student id is the hub (Unix) user name.
    inbound = sorted(p.name for p in (exchange / "nndl/inbound").iterdir())
    assert [n.split("+")[0] for n in inbound] == sorted(students.values()), inbound
    # Students stay apart: not from the exchange, not from each other's home, not from the
    # instructor's course; the reference and the grader are not importable.
    ada, bob = students["ada"], students["bob"]
    for me, other in ((ada, bob), (bob, ada)):
        denied(me, "ls", str(exchange / "nndl/inbound"))
        denied(me, "ls", str(homes[other]))
        denied(me, "cat", str(homes[other] / f"week1/{NOTEBOOK}.ipynb"))
        denied(me, "cat", str(course / f"source/week1/{NOTEBOOK}.ipynb"))
        denied(me, "cat", str(course / "gradebook.db"))
        denied(me, "ls", str(course / "submitted"))
        # The student's kernel, as it runs: its python, its environment, its folder.
        python, env, cwd = kernel_of(me)
        for module in ("nnref", "autograder"):
            proc = subprocess.run(
                [RUNUSER, "-u", me, "--", python, "-c", f"import {module}"],
                **{"capture_output": True, "text": True, "timeout": 60},
                env=env,
                cwd=cwd,
            )
            assert f"No module named '{module}'" in proc.stderr, proc.stderr
    # nbgrader names each submission with 12 random characters: another student could not
    # guess it, and cannot list the folder.
    assert all(re.fullmatch(r".+\+week1\+.+\+[A-Za-z0-9_-]{12}", n) for n in inbound), inbound
    clock("isolation checked")

    # 3. The instructor collects and grades in their shell...
    as_user(instr, "cd nndl && nndl collect week1")
    for user in students.values():
        assert (course / f"submitted/{user}/week1/{NOTEBOOK}.ipynb").is_file()
    clock("instructor: nndl collect week1")
    as_user(instr, "cd nndl && nndl grade week1")
    clock("instructor: nndl grade week1")
    auto = {who: grades(course, user) for who, user in students.items()}
    assert auto["ada"]["test_relu"][0] == 1, auto["ada"]
    assert auto["bob"]["test_relu"][0] == 0, auto["bob"]
    for who in students:
        others = {
            k: v[0] for k, v in auto[who].items() if k.startswith("test_") and k != "test_relu"
        }
        assert others and all(score == 0 for score in others.values()), (who, others)

    # ... and grades the written answers in formgrader, in the browser, logged in as themself.
    page = login(contexts["instr"], url, instr, accounts[f"{instr}:password"])
    page.goto(f"{url}/user/{instr}/formgrader/gradebook/week1/{NOTEBOOK}")
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(2)
    shot(page, "3-instr-1-formgrader-submissions")
    for i in range(2):
        page.goto(f"{url}/user/{instr}/formgrader/gradebook/week1/{NOTEBOOK}")
        page.locator("a.name-hidden", has_text=f"Submission #{i + 1}").click()
        page.locator("#written_fit").wait_for()
        page.wait_for_load_state("networkidle")
        name = page.locator("a.name-shown").first.text_content().strip()
        who = next(w for w, u in students.items() if u == name)
        for cell, points in WRITTEN[who].items():
            grade_in_formgrader(page, course, name, cell, points)
        page.locator("#written_fit").scroll_into_view_if_needed()
        shot(page, f"3-instr-2-formgrade-{who}")
    for who, user in students.items():
        manual = grades(course, user)
        for cell, points in WRITTEN[who].items():
            assert manual[cell][1] == points, (who, cell, manual[cell])
    clock("instructor: written answers graded in formgrader")

    # Feedback from the course's own command, released to the exchange from formgrader.
    as_user(instr, "cd nndl && nndl feedback week1")
    page.goto(f"{url}/user/{instr}/formgrader/manage_assignments")
    page.locator("tr", has_text="week1").locator(".release-feedback a").click()
    modal = page.locator("#success-modal, #error-modal")
    expect(modal).to_contain_text("released feedback")
    page.wait_for_timeout(1000)  # the modal's fade-in
    shot(page, "3-instr-3-feedback-released")
    expect(modal).to_contain_text("Successfully released feedback")
    clock("instructor: nndl feedback week1, feedback released in formgrader")

    # 4. Each student fetches their feedback in the Assignment List.
    totals = {}
    for who, user in students.items():
        totals[who] = sum((a or 0) + (m or 0) for a, m in grades(course, user).values())
        page = pages[who]
        page.reload()
        page.locator("#jp-main-dock-panel .lm-TabBar-tab").first.wait_for()
        if not page.locator("#submitted_assignments_list").is_visible():
            nbgrader_menu(page, "open-assignment-list")
        item = page.locator("#submitted_assignments_list > .list_item").filter(has_text="week1")
        item.get_by_role("button", name="Fetch Feedback").click()
        expect(item).to_contain_text("view feedback")
        shot(page, f"4-{who}-1-feedback-fetched")
        pages_ = list(homes[user].glob(f"week1/feedback/*/{NOTEBOOK}.html"))
        assert len(pages_) == 1, pages_
        feedback = text_of(pages_[0].read_text())
        # nbgrader's feedback page names no student: it is theirs when it shows their own
        # answer and their score, and not the other's answer.
        other = next(w for w in students if w != who)
        assert ANSWERS[who] in feedback and ANSWERS[other] not in feedback
        assert f"{NOTEBOOK} (Score: {float(totals[who])} / 16.0)" in feedback, (who, totals[who])
        page.goto(f"{url}/user/{user}/files/week1/feedback/{pages_[0].parent.name}/{NOTEBOOK}.html")
        shot(page, f"4-{who}-2-feedback-page")
    assert totals["ada"] > totals["bob"], totals
    for me, other in ((ada, bob), (bob, ada)):
        denied(me, "ls", str(exchange / "nndl/feedback"))
        mine = next(homes[other].glob(f"week1/feedback/*/{NOTEBOOK}.html"))
        denied(me, "cat", str(mine))
    clock(f"students: feedback fetched, each their own ({totals})")
