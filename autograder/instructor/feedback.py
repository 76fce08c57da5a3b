"""Feedback for students, with nothing of the hidden tests in it.

``generate`` runs nbgrader's ``generate_feedback`` on the graded notebooks. They contain no
hidden test code to begin with: trusted grading removes the hidden blocks from the graded
copies and replaces each test cell's output (including any traceback) by its own verdict.
Then every feedback file is checked anyway: its text (HTML tags removed, entities decoded) is
searched for every line of every hidden block of the week's source notebooks, and for every
solution line the student did not write themselves (in an output, say), and a file that
contains one is deleted and reported instead of being sent. Only the feedback pages
of the week's notebooks are kept: any other file nbgrader copied along is removed and named.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import nbformat

from autograder.pipeline import notebook

SOLUTION = re.compile(r"### BEGIN SOLUTION\n([\s\S]*?)### END SOLUTION")
MIN_LINE = 12  # shorter hidden lines ("    pass") say nothing about the tests


def hidden_lines(course: Path, week: str, blocks: re.Pattern = notebook.HIDDEN_BODY) -> set[str]:
    """The distinctive lines of the hidden blocks (or, with ``blocks=SOLUTION``, of the
    solutions) of a week's source notebooks."""
    lines = set()
    for path in sorted((course / "source" / week).glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            for block in blocks.findall(cell.source):
                for line in block.splitlines():
                    line = " ".join(line.split())
                    if len(line) >= MIN_LINE:
                        lines.add(line)
    return lines


def visible_text(path: Path) -> str:
    """What a reader of the file can see: tags dropped, entities decoded, spaces collapsed."""
    text = path.read_text(errors="replace")
    text = re.sub(r"<(script|style)[\s\S]*?</\1>", " ", text, flags=re.I)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return " ".join(text.split())


def leaks(path: Path, lines: set[str], visible: set[str] | None = None) -> list[str]:
    """Hidden lines that appear in a file (lines that also appear in the release are not
    secrets and are skipped)."""
    text = visible_text(path)
    return sorted(line for line in lines - (visible or set()) if line in text)


def _own_lines(graded: Path) -> set[str]:
    """The lines of a student's own cells (sources, not outputs) in their graded notebooks."""
    out: set[str] = set()
    for path in sorted(graded.glob("*.ipynb")):
        try:
            cells = nbformat.read(path, as_version=4).cells
        except Exception:  # noqa: BLE001 (then nothing counts as the student's own)
            continue
        for cell in cells:
            out.update(" ".join(line.split()) for line in cell.source.splitlines())
    return out


def _release_lines(course: Path, week: str) -> set[str]:
    out: set[str] = set()
    for path in sorted((course / "release" / week).glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            out.update(" ".join(line.split()) for line in cell.source.splitlines())
    return out


def _allowed_only(folder: Path, allowed: set[str], course: Path) -> list[str]:
    """Remove from a student's feedback folder everything but the feedback pages of the
    week's notebooks (nbgrader copies every file of the graded folder: a file written there
    could carry the course's sources); a problem line per file removed that is not one of
    the release's own files (``nndl_check.py``, the data)."""
    problems: list[str] = []
    if not folder.is_dir():
        return problems
    for path in sorted(folder.rglob("*"), reverse=True):  # children before their folders
        rel = path.relative_to(folder)
        if str(rel) in allowed and path.is_file() and not path.is_symlink():
            continue
        if str(rel) == "timestamp.txt" and _is_timestamp(path):  # release_feedback reads it
            continue
        # nbgrader's submit writes it; release_feedback names the page in the exchange after
        # its hash (only the .html pages go there).
        if str(rel) == "submission_secret.txt" and _is_secret(path):
            continue
        if path.is_dir() and not path.is_symlink():
            if not any(path.iterdir()):
                path.rmdir()
            continue
        path.unlink()
        ours = str(rel) == "graded.json" or (course / "release" / folder.name / rel).is_file()
        if not ours:  # the grader's ledger or a release file (nndl_check.py, the data): no news
            problems.append(f"{path.relative_to(course)}: not a feedback page, not sent")
    return problems


STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T][\d:.]+(?: ?[A-Z]{1,5}| ?[+-]\d\d:?\d\d)?\s*")


def _is_secret(path: Path) -> bool:
    """nbgrader's submission_secret.txt (128 hex digits), and nothing else under that name."""
    if path.is_symlink() or not path.is_file() or path.stat().st_size > 256:
        return False
    return bool(re.fullmatch(r"[0-9a-f]{32,256}", path.read_text(errors="replace").strip()))


def _is_timestamp(path: Path) -> bool:
    """nbgrader's timestamp.txt, and nothing else under that name."""
    if path.is_symlink() or not path.is_file() or path.stat().st_size > 64:
        return False
    return bool(STAMP.fullmatch(path.read_text(errors="replace")))


def generate(
    course: Path, week: str, students: list[str] | None = None
) -> tuple[dict[str, list[Path]], list[str]]:
    """Feedback HTML for every graded submission of a week: ({student: [files]}, problems)."""
    from autograder.pipeline.course import Course

    course = course.resolve()
    graded_root = course / "autograded"
    names = (
        sorted(
            p.name
            for p in graded_root.iterdir()
            if (p / week).is_dir() and (not students or p.name in students)
        )
        if graded_root.is_dir()
        else []
    )
    api = Course(course).api()
    secrets = hidden_lines(course, week)
    solutions = hidden_lines(course, week, SOLUTION)
    allowed = {f"{p.stem}.html" for p in (course / "release" / week).glob("*.ipynb")}
    public = _release_lines(course, week)
    made, problems = {}, []
    for student in names:
        folder = course / "feedback" / student / week
        previous = folder.with_name(f".{week}.previous")
        shutil.rmtree(previous, ignore_errors=True)
        if folder.exists():  # set aside: put back whole if nbgrader fails
            folder.rename(previous)
        try:
            result = api.generate_feedback(week, student, force=True)
        except Exception as exc:  # noqa: BLE001 (a corrupt or locked gradebook, say)
            result = {"success": False, "log": f"{type(exc).__name__}: {exc}"}
        if not result.get("success"):
            if previous.exists():
                shutil.rmtree(folder, ignore_errors=True)
                previous.rename(folder)
            problems.append(
                f"{student}/{week}: feedback failed, the earlier feedback is kept:"
                f" {str(result.get('log'))[-500:]}"
            )
            continue
        shutil.rmtree(previous, ignore_errors=True)
        problems += _allowed_only(folder, allowed, course)
        files = sorted(folder.glob("*.html"))
        own = _own_lines(course / "autograded" / student / week)
        for f in files:
            # a solution line is a leak only when the student did not write it themselves
            found = leaks(f, secrets, public) or leaks(f, solutions, public | own)
            if found:
                f.unlink()
                problems.append(
                    f"{f.relative_to(course)}: withheld, it shows hidden test code ({found[0]!r})"
                )
        made[student] = [f for f in files if f.exists()]
    return made, problems


def pack_for_lms(
    course: Path, week: str, made: dict[str, list[Path]], lms: str
) -> tuple[Path, list[str]]:
    """A zip of the week's feedback pages for the LMS's feedback upload, each named after
    the submission it answers (the prefix the LMS gave it in its download): Canvas' "re-upload
    submissions" (``<name>_<userid>_<submissionid>_<notebook>-feedback.html``, attached as a
    comment to that student's submission) or Moodle's "upload multiple feedback files in a
    zip" (``<Full Name>_<participantid>_assignsubmission_file_/<notebook>-feedback.html``).
    Returns the zip (``feedback_lms/<week>-<lms>.zip``; an earlier one is replaced only once
    the new one is complete) and the students it could not name (not collected from
    that LMS)."""
    import zipfile

    from autograder.instructor import collect

    ledger = collect.ledger(course)
    people, handed = ledger["students"], ledger["submissions"]
    out = course / "feedback_lms" / f"{week}-{lms}.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(f".{out.name}.part")
    left_out = []
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
        for student, files in sorted(made.items()):
            prefix = handed.get(student, {}).get(week, {}).get("prefix")
            if not prefix or people.get(student, {}).get("lms") != lms:
                left_out.append(student)
                continue
            for f in files:
                zf.write(f, f"{prefix}{f.stem}-feedback.html")
    part.replace(out)
    return out, left_out
