"""Put submissions into ``submitted/<student>/<week>/``: from an LMS download or the exchange.

LMS downloads (``collect_zip``) name each file after the student:

- Canvas: ``<name>_<userid>_<submissionid>_<filename>``, with ``_LATE`` after the name for
  late work, and ``-1``, ``-2`` ... added to a file name that was resubmitted;
- Moodle: ``<Full Name>_<participantid>_assignsubmission_file_/<filename>`` (a folder per
  student), or the same joined by ``_`` when "download in folders" was off.

A student is a person of the LMS, keyed by their LMS id (Canvas user id, Moodle participant
id): two people are never merged, whatever their names. Their nbgrader id is readable: the
name transliterated and lower-cased (Canvas' ``smithjane``; Moodle's ``Jane Smith`` becomes
``janesmith``, ``José Pérez`` ``joseperez``, ``Straße`` ``strasse``, ``Иван`` ``ivan``), at
most 60 characters. A second person whose name gives an id already taken gets
``<name>-<LMS id>``, and a name with letters that have no Latin spelling here (Chinese,
say) gets ``lms<LMS id>``. The LMS id behind each student id is kept in
``submitted/.nndl-lms.json`` (so a person keeps their id in later weeks) and in nbgrader's
gradebook (``Student.lms_user_id``, with first and last name, and email from a roster).

A file is taken when its name is one of the week's notebooks, possibly renamed by the
student or the LMS (``Copy of ...``, ``... (1)``): those keep their name and the grader's
rematch decides what they stand for. Everything else (unknown names, other files, path
tricks such as ``../`` or absolute paths, members the archive cannot give back) is reported
and skipped, never silently dropped and never written outside ``submitted/``. When a
student has several versions of a file, the last one in the archive wins and the others
are reported. Each submission gets nbgrader's ``timestamp.txt``: the member's time in the
archive (read in ``c.Exchange.timezone``, UTC by default), so a due date
(``c.Deadlines.due`` in ``nbgrader_config.py``) gives nbgrader's late penalty.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from autograder.pipeline.course import Course, CourseError
from autograder.pipeline.rematch import original_name

CANVAS = re.compile(
    r"^(?P<name>[^_/]+?)(?P<late>_LATE)?_(?P<uid>\d+)_(?P<sub>\d+)_(?P<file>[^/]+)$"
)
MOODLE = re.compile(
    r"^(?P<name>[^/]+?)_(?P<uid>\d+)_assignsubmission_[a-z]+_(?:/|_)?(?P<file>[^/]+)$"
)
RESUBMITTED = re.compile(r"^(?P<stem>.+?)-\d+(?P<ext>\.ipynb)$")

LEDGER = ".nndl-lms.json"  # in submitted/: who is who, and what each person handed in
OLD_IDS = ".nndl-lms-ids.json"  # the ledger of earlier versions: {student id: LMS id}
MAX_ID = 60

# Letters NFKD does not take apart, and two scripts spelled the usual way (ISO 9-like).
_SPELLED = {
    **dict(zip("ßæøœđłþðıħŧŋ", "ss ae o oe d l th d i h t ng".split(), strict=True)),
    **dict(
        zip(
            "абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґ",
            "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"
            " i yi ye g".split(),
            strict=True,
        )
    ),
    **dict(
        zip(
            "αβγδεζηθικλμνξοπρσςτυφχψω",
            "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
            strict=True,
        )
    ),
}


@dataclass
class Person:
    """One person of the LMS, as the archive (and the roster) name them."""

    lms: str  # "canvas" or "moodle"
    lms_id: str
    name: str  # as the LMS wrote it in the file name
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None


@dataclass
class Collected:
    taken: dict[str, list[str]] = field(default_factory=dict)  # student -> files written
    skipped: list[str] = field(default_factory=list)  # "member: reason"
    late: dict[str, str] = field(default_factory=dict)  # student -> its timestamp, LMS says late
    notes: list[str] = field(default_factory=list)  # worth knowing, nothing skipped


def spelled(name: str) -> tuple[str, bool]:
    """(the name in lower-case ASCII letters, digits and ``._-``; whether every letter of it
    found a Latin spelling)."""
    out, complete = [], True
    for ch in unicodedata.normalize("NFKD", name.casefold()):
        if ch.isascii():
            out.append(ch)
        elif ch in _SPELLED:
            out.append(_SPELLED[ch].strip("_"))
        elif unicodedata.category(ch).startswith("L"):
            complete = False  # a letter we cannot spell: never dropped silently (see below)
    plain = re.sub(r"[^a-z0-9._-]", "", "".join(out))
    return plain[:MAX_ID].strip("._-"), complete


def student_id(name: str, lms_id: str) -> str:
    """The readable id of a person: their spelled name; ``<spelled>-<LMS id>`` when some
    letters had no spelling, ``lms<LMS id>`` when none had."""
    plain, complete = spelled(name)
    if not plain:
        return f"lms{lms_id}"
    return plain if complete else f"{plain[: MAX_ID - 12]}-{lms_id}"


def _load_ledger(root: Path) -> dict:
    path = root / LEDGER
    try:
        if path.is_file():
            ledger = json.loads(path.read_text())
        elif (root / OLD_IDS).is_file():  # {student id: LMS id} from an earlier version
            old = json.loads((root / OLD_IDS).read_text())
            ledger = {"students": {sid: {"lms_id": uid} for sid, uid in old.items()}}
        else:
            ledger = {}
    except (OSError, ValueError) as exc:
        raise CourseError(f"{path}: cannot be read ({exc}); restore it or remove it") from None
    ledger.setdefault("students", {})
    ledger.setdefault("submissions", {})
    return ledger


def _assign_ids(people: list[Person], students: dict[str, dict]) -> dict[str, str]:
    """{LMS id: student id}: the id a person had before, else their name's id, else (taken
    by another person) ``<name>-<LMS id>``. ``students`` (the ledger's) is updated."""
    by_uid = {rec["lms_id"]: sid for sid, rec in students.items()}
    out = {}
    for person in sorted(people, key=lambda p: (p.lms_id, p.name)):
        sid = by_uid.get(person.lms_id)
        if sid is None:
            base = student_id(person.name, person.lms_id)
            taken = base in students and students[base]["lms_id"] != person.lms_id
            sid = f"{base[: MAX_ID - 12]}-{person.lms_id}" if taken else base
            by_uid[person.lms_id] = sid
        students[sid] = {**students.get(sid, {}), **_record(person)}
        out[person.lms_id] = sid
    return out


def _record(person: Person) -> dict:
    rec = {"lms": person.lms, "lms_id": person.lms_id, "lms_name": person.name}
    for key in ("first_name", "last_name", "email"):
        if getattr(person, key):
            rec[key] = getattr(person, key)
    return rec


@dataclass
class _Member:
    person: Person
    filename: str  # the notebook it is (a resubmission's -1 taken off)
    late: bool
    prefix: str  # what the LMS put before the file name (to name feedback files back)


def _member_file(member: str, expected: set[str]) -> _Member | str:
    """What an archive member is, or the reason it is skipped."""
    path = PurePosixPath(member)
    if member.startswith("/") or ".." in path.parts or "\\" in member:
        return "unsafe path"
    flat = member if len(path.parts) == 1 else "/".join(path.parts[-2:])
    match = MOODLE.match(flat) or MOODLE.match(member)
    lms = "moodle"
    if not match:
        match, lms = CANVAS.match(path.name), "canvas"
    if not match:
        return "not a Canvas or Moodle submission name"
    filename = match["file"]
    if filename not in expected:
        resub = RESUBMITTED.match(filename)
        if resub and resub["stem"] + resub["ext"] in expected:
            filename = resub["stem"] + resub["ext"]
        elif original_name(filename).lower() not in {e.lower() for e in expected}:
            return (
                f"{filename} is not a notebook of this assignment ({', '.join(sorted(expected))})"
            )
    person = Person(lms, match["uid"], match["name"].strip())
    if lms == "moodle":
        first, _, last = person.name.rpartition(" ")
        person.first_name, person.last_name = (first or None), last
    late = bool(match.groupdict().get("late"))
    prefix = flat[: len(flat) - len(match["file"])]
    return _Member(person, filename, late, prefix)


def read_roster(path: Path) -> dict[str, dict]:
    """An LMS roster: Canvas' gradebook export (``Student``, ``ID``, ``SIS User ID``, ``SIS
    Login ID``, ``Section``) keyed ``canvas:<ID>``, or Moodle's participants or grades export
    (``First name``, ``Last name`` or ``Surname``, ``Email address``, ``ID number``) keyed
    ``moodle:<first> <last>`` (Moodle's export carries no participant id)."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CourseError(f"{path}: not a readable CSV roster ({exc})") from None
    header = set(rows[0]) if rows else set()
    out: dict[str, dict] = {}
    if {"Student", "ID"} <= header:
        for row in rows:
            uid = (row.get("ID") or "").strip()
            if not uid.isdigit():  # "Points Possible" and other non-student rows
                continue
            last, _, first = (row.get("Student") or "").partition(",")
            out[f"canvas:{uid}"] = {
                "first_name": first.strip() or None,
                "last_name": last.strip() or None,
                "sis_user_id": (row.get("SIS User ID") or "").strip(),
                "sis_login_id": (row.get("SIS Login ID") or "").strip(),
                "section": (row.get("Section") or "").strip(),
            }
        return out
    last_col = "Last name" if "Last name" in header else "Surname"
    if {"First name", last_col} <= header:
        seen: dict[str, int] = {}
        for row in rows:
            first, last = row["First name"].strip(), (row[last_col] or "").strip()
            key = f"moodle:{first} {last}".casefold()
            seen[key] = seen.get(key, 0) + 1
            out[key] = {
                "first_name": first or None,
                "last_name": last or None,
                "email": (row.get("Email address") or "").strip() or None,
                "id_number": (row.get("ID number") or "").strip(),
            }
        for key, n in seen.items():  # two people of one name: the roster cannot tell them
            if n > 1:
                out[key] = {"ambiguous": n}
        return out
    raise CourseError(
        f"{path}: not a Canvas gradebook export (Student, ID, SIS User ID, ...) nor a Moodle "
        "export (First name, Last name, Email address)"
    )


def _apply_roster(person: Person, roster: dict[str, dict], notes: list[str]) -> dict:
    key = (
        f"canvas:{person.lms_id}" if person.lms == "canvas" else f"moodle:{person.name}".casefold()
    )
    entry = roster.get(key)
    if entry is None:
        notes.append(f"{person.name} (LMS id {person.lms_id}) is not in the roster")
        return {}
    if "ambiguous" in entry:
        notes.append(f"{person.name}: {entry['ambiguous']} people of that name in the roster")
        return {}
    for attr in ("first_name", "last_name", "email"):
        if entry.get(attr):
            setattr(person, attr, entry[attr])
    return {k: v for k, v in entry.items() if v and k not in ("first_name", "last_name")}


def _timezone(course: Course) -> ZoneInfo:
    config = course.config()
    name = str(config.Exchange.timezone) if "timezone" in config.Exchange else "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CourseError(
            f"{course.config_file}: c.Exchange.timezone {name!r} is unknown"
        ) from None


def collect_zip(course: Path, week: str, archive: Path, roster: Path | None = None) -> Collected:
    """Copy the week's notebooks found in an LMS archive into submitted/<student>/<week>/,
    with nbgrader's timestamp.txt; record who is who in the ledger and the gradebook."""
    the_course = Course(course)
    expected = {p.name for p in (course / "release" / week).glob("*.ipynb")}
    if not expected:
        raise FileNotFoundError(f"{course / 'release' / week} has no notebooks: release it first")
    people = read_roster(roster) if roster else None
    tz = _timezone(the_course)
    due = the_course.due_date(week)
    the_course.sync_due_dates([week])
    result = Collected()
    versions: dict[tuple[str, str], list[tuple[zipfile.ZipInfo, _Member]]] = {}
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ValueError(f"{archive}: not a readable zip file ({exc})") from None
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            what = _member_file(info.filename, expected)
            if isinstance(what, str):
                result.skipped.append(f"{info.filename}: {what}")
                continue
            versions.setdefault((what.person.lms_id, what.filename), []).append((info, what))
        root = (course / "submitted").resolve()
        root.mkdir(parents=True, exist_ok=True)
        ledger = _load_ledger(root)
        chosen: dict[tuple[str, str], tuple[zipfile.ZipInfo, _Member, bytes]] = {}
        for key, found in versions.items():
            for info, member in reversed(found):  # the last readable version wins
                try:
                    data = zf.read(info)
                except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
                    result.skipped.append(f"{info.filename}: corrupt in the archive ({exc})")
                    continue
                if key in chosen:
                    result.skipped.append(
                        f"{info.filename}: replaced by {chosen[key][0].filename} (later)"
                    )
                else:
                    chosen[key] = (info, member, data)
        extra: dict[str, dict] = {}
        persons = {m.person.lms_id: m.person for _, m, _ in chosen.values()}
        if people is not None:
            for person in persons.values():
                extra[person.lms_id] = _apply_roster(person, people, result.notes)
        ids = _assign_ids(list(persons.values()), ledger["students"])
        for uid, more in extra.items():
            ledger["students"][ids[uid]].update(more)
        written: dict[str, datetime] = {}
        for (uid, filename), (info, member, data) in sorted(chosen.items()):
            student = ids[uid]
            dest = (root / student / week / filename).resolve()
            if root not in dest.parents:  # cannot happen with the checks above; never write out
                result.skipped.append(f"{info.filename}: unsafe destination")
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
            result.taken.setdefault(student, []).append(filename)
            when = datetime(*info.date_time, tzinfo=tz).astimezone(UTC)
            written[student] = max(when, written.get(student, when))
            sub = ledger["submissions"].setdefault(student, {}).setdefault(week, {})
            sub.update(prefix=member.prefix, late=member.late or sub.get("late", False))
        for student, when in written.items():
            stamp = when.strftime("%Y-%m-%d %H:%M:%S.%f UTC")
            (root / student / week / "timestamp.txt").write_text(stamp)
            ledger["submissions"][student][week]["timestamp"] = stamp
            if ledger["submissions"][student][week]["late"]:
                result.late[student] = stamp
                if due is None:
                    result.notes.append(
                        f"{student}: late for the LMS, but {week} has no due date "
                        "(c.Deadlines.due in nbgrader_config.py): no late penalty"
                    )
                elif when <= due:
                    result.notes.append(
                        f"{student}: late for the LMS, but its time in the archive ({stamp}) "
                        f"is not after {week}'s due date: no late penalty"
                    )
        (root / LEDGER).write_text(json.dumps(ledger, indent=1, sort_keys=True, ensure_ascii=False))
        _record_in_gradebook(the_course, {ids[u]: p for u, p in persons.items()})
    return result


def _record_in_gradebook(course: Course, people: dict[str, Person]) -> None:
    """The LMS id, first and last name and email of each student, in nbgrader's gradebook."""
    with course.gradebook() as gb:
        for sid, person in sorted(people.items()):
            fields = {"lms_user_id": person.lms_id}
            first = person.first_name
            last = person.last_name or (None if first else person.name)
            for key, value in (("first_name", first), ("last_name", last), ("email", person.email)):
                if value:
                    fields[key] = value
            gb.update_or_create_student(sid, **fields)


def ledger(course: Path) -> dict:
    """The collect ledger of a course: ``{"students": {id: {lms, lms_id, names...}},
    "submissions": {id: {week: {timestamp, late, prefix}}}}`` (empty if nothing collected
    from an LMS)."""
    return _load_ledger((course / "submitted").resolve())


def collect_exchange(course: Path, week: str) -> dict:
    """``nbgrader collect`` of a week from the exchange (its result dict)."""
    the_course = Course(course)
    the_course.exchange_root()
    return the_course.api().collect(week)
