"""Put submissions into ``submitted/<student>/<week>/``: from an LMS download or the exchange.

LMS downloads (``collect_zip``) name each file after the student:

- Canvas: ``<name>_<userid>_<submissionid>_<filename>``, with ``_LATE`` after the name for
  late work, and ``-1``, ``-2`` ... added to a file name that was resubmitted;
- Moodle: ``<Full Name>_<participantid>_assignsubmission_file_/<filename>`` (a folder per
  student), or the same joined by ``_`` when "download in folders" was off.

The student id is the name part, accents taken off and lower-cased, with anything but
letters, digits, ``.``, ``_`` and ``-`` removed (Canvas' ``smithjane``; Moodle's ``Jane
Smith`` becomes ``janesmith``, ``José Pérez`` ``joseperez``), at most 60 characters. Two
people are never merged: the LMS user id behind each student id is recorded in
``submitted/.nndl-lms-ids.json``, and a second person whose name gives an id already taken
gets ``<name>-<LMS id>``; a name with no Latin letter is collected as ``lms<LMS id>``.
A file is taken only when its name (without a resubmission suffix) is one of the week's
notebooks; everything else (unknown names, other files, path tricks such as
``../`` or absolute paths) is reported and skipped, never silently dropped and never written
outside ``submitted/``. When a student has several versions of a file, the last one in the
archive wins and the others are reported.
"""

from __future__ import annotations

import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

CANVAS = re.compile(r"^(?P<name>[^_/]+?)(?:_LATE)?_(?P<uid>\d+)_(?P<sub>\d+)_(?P<file>[^/]+)$")
MOODLE = re.compile(
    r"^(?P<name>[^/]+?)_(?P<uid>\d+)_assignsubmission_[a-z]+_(?:/|_)?(?P<file>[^/]+)$"
)
RESUBMITTED = re.compile(r"^(?P<stem>.+?)-\d+(?P<ext>\.ipynb)$")


@dataclass
class Collected:
    taken: dict[str, list[str]] = field(default_factory=dict)  # student -> files written
    skipped: list[str] = field(default_factory=list)  # "member: reason"


LMS_IDS = ".nndl-lms-ids.json"  # in submitted/: {student id: LMS user id}
MAX_ID = 60


def student_id(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9._-]", "", plain.lower())[:MAX_ID].strip("._-")


def _assign_ids(
    members: list[tuple[str, str]], known: dict[str, str]
) -> dict[tuple[str, str], str]:
    """{(name, LMS id): student id}: the id a person had before, else their name's id, else
    (taken by another LMS id) ``<name>-<LMS id>``. ``known`` is updated."""
    by_uid = {uid: sid for sid, uid in known.items()}
    out = {}
    for name, uid in sorted(set(members), key=lambda m: (m[1], m[0])):
        sid = by_uid.get(uid)
        if sid is None:
            base = student_id(name) or f"lms{uid}"
            sid = base if known.get(base, uid) == uid else f"{base[: MAX_ID - 12]}-{uid}"
            known[sid] = uid
            by_uid[uid] = sid
        out[(name, uid)] = sid
    return out


def _member_file(member: str, expected: set[str]) -> tuple[tuple[str, str], str] | str:
    """((name, LMS id), notebook name) for an archive member, or the reason it is skipped."""
    path = PurePosixPath(member)
    if member.startswith("/") or ".." in path.parts or "\\" in member:
        return "unsafe path"
    flat = member if len(path.parts) == 1 else "/".join(path.parts[-2:])
    match = MOODLE.match(flat) or MOODLE.match(member) or CANVAS.match(path.name)
    if not match:
        return "not a Canvas or Moodle submission name"
    student = (match["name"], match["uid"])
    filename = match["file"]
    if filename not in expected:
        resub = RESUBMITTED.match(filename)
        if resub and resub["stem"] + resub["ext"] in expected:
            filename = resub["stem"] + resub["ext"]
        else:
            return (
                f"{filename} is not a notebook of this assignment ({', '.join(sorted(expected))})"
            )
    return student, filename


def collect_zip(course: Path, week: str, archive: Path) -> Collected:
    """Copy the week's notebooks found in an LMS archive into submitted/<student>/<week>/."""
    expected = {p.name for p in (course / "release" / week).glob("*.ipynb")}
    if not expected:
        raise FileNotFoundError(f"{course / 'release' / week} has no notebooks: release it first")
    result = Collected()
    chosen: dict[tuple[tuple[str, str], str], str] = {}
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ValueError(f"{archive}: not a readable zip file ({exc})") from None
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            where = _member_file(info.filename, expected)
            if isinstance(where, str):
                result.skipped.append(f"{info.filename}: {where}")
                continue
            if where in chosen:
                result.skipped.append(f"{chosen[where]}: replaced by {info.filename} (later)")
            chosen[where] = info.filename
        root = (course / "submitted").resolve()
        root.mkdir(parents=True, exist_ok=True)
        ids_file = root / LMS_IDS
        known = json.loads(ids_file.read_text()) if ids_file.is_file() else {}
        ids = _assign_ids([who for who, _ in chosen], known)
        ids_file.write_text(json.dumps(known, indent=1, sort_keys=True))
        for (who, filename), member in sorted(chosen.items()):
            student = ids[who]
            dest = (root / student / week / filename).resolve()
            if root not in dest.parents:  # cannot happen with the checks above; never write out
                result.skipped.append(f"{member}: unsafe destination")
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(zf.read(member))
            result.taken.setdefault(student, []).append(filename)
    return result


def collect_exchange(course: Path, week: str) -> dict:
    """``nbgrader collect`` of a week from the exchange (its result dict)."""
    from autograder.pipeline.course import Course

    return Course(course).api().collect(week)
