"""The ``nndl`` command: one entry point for the course's instructor tasks."""

import argparse
import sys
import time
from pathlib import Path

from autograder import package_version


def _cmd_demo(args: argparse.Namespace) -> int:
    from autograder.demo import models as demo
    from nnref import data

    print("== datasets")
    if args.data_dir is None and not _env_data_dir():
        problems = data.verify_manifest(data.PACKAGED_DATA_DIR)
        for p in problems:
            print("  PROBLEM:", p)
        if problems:
            return 1
        print(f"  {data.PACKAGED_DATA_DIR}: checksums match SHA256SUMS")
    else:
        print(f"  using {data.resolve_data_dir(args.data_dir)}")
    print("== training the reference models (about 20 seconds)")
    rows = demo.train_image_models(args.data_dir) + demo.train_planar_models()
    print(demo.format_table(rows))
    plots = demo.save_plots(rows, Path(args.out), args.data_dir)
    print("plots:", ", ".join(str(p) for p in plots))
    problems = demo.calibration_problems(rows)
    if problems:
        print("calibration targets NOT met:", "; ".join(problems))
        return 1
    print("calibration targets met: deeper learns better on the course images")
    if args.models_only:
        return 0
    from autograder.demo import flow as demo_course

    print(
        f"== the course: release, collect, grade, feedback, export, report ({args.per_week}"
        " synthetic students per week, a few minutes)"
    )
    return demo_course.run(
        Path(args.out), per_week=args.per_week, weeks=args.weeks, workers=args.workers
    )


def _env_data_dir() -> bool:
    import os

    from nnref.data import DATA_DIR_ENV

    return bool(os.environ.get(DATA_DIR_ENV))


def _cmd_data(args: argparse.Namespace) -> int:
    from nnref import data
    from nnref.tools import catfaces

    if args.action == "build":
        for path in catfaces.write_catvnoncat(Path(args.dir)):
            print("wrote", path)
        return 0
    root = Path(args.dir) if args.dir else data.PACKAGED_DATA_DIR
    problems = data.verify_manifest(root)
    for p in problems:
        print("PROBLEM:", p)
    if not problems:
        print(f"{root}: all files match SHA256SUMS")
    return 1 if problems else 0


def _weeks(spec: str, course: str | Path = ".") -> list[str]:
    """The weeks a command works on: ``all`` is the weeks of the course given by --course."""
    from autograder.pipeline.course import Course

    return Course(course).weeks_of(spec)


def _cmd_grade(args: argparse.Namespace) -> int:
    from autograder.pipeline import grading

    course = Path(args.course).resolve()
    if args.scheduler and not _has_module("distributed"):
        print(
            "nndl grade: --scheduler needs Dask: pip install 'nndl-course[dask]'", file=sys.stderr
        )
        return 2

    started = time.monotonic()

    def progress(done: int, total: int, o: grading.Outcome | None) -> None:
        if o is None:  # (0, total): the submissions are counted, grading starts
            line = f"{total} submissions"
        else:
            score = f"{o.score:g}/{o.max_score:g}" if o.score is not None else "-"
            line = f"{o.student} {o.week}: {o.status} {score}"
        if not sys.stderr.isatty():  # a log: one line per submission
            print(f"[{done}/{total}] {line}", file=sys.stderr)
            return
        bar = "#" * round(24 * done / total)
        rate = done / max(time.monotonic() - started, 1e-9)
        left = f"{(total - done) / rate:4.0f}" if rate else "   ?"
        sys.stderr.write(
            f"\r[{bar:<24}] {done}/{total}  {left} s left  {line[:40]:<40}"
            + ("\n" if done == total else "")
        )
        sys.stderr.flush()

    try:
        outcomes = grading.grade(
            course,
            _weeks(args.week, args.course),
            args.student,
            args.workers,
            args.force,
            progress,
            scheduler=args.scheduler,
            kernel=args.kernel,
        )
    except (FileNotFoundError, RuntimeError) as exc:
        print(f"nndl grade: {exc}", file=sys.stderr)
        return 2
    except grading.Interrupted as stop:  # SIGINT or SIGTERM: 130 or 143 (128 + the signal)
        end = "\n" if sys.stderr.isatty() else ""  # after the progress bar
        print(f"{end}interrupted: {stop.saved} saved; run again to resume", file=sys.stderr)
        return stop.exit_code
    if not outcomes:
        print(f"nothing to grade in {course / 'submitted'} for {args.week}")
        return 0
    print(f"{'student':<20} {'week':<7} {'status':<10} {'score':>11} {'seconds':>8}")
    for o in outcomes:
        score = f"{o.score:g}/{o.max_score:g}" if o.score is not None else "-"
        print(f"{o.student:<20} {o.week:<7} {o.status:<10} {score:>11} {o.seconds:>8.1f}")
    for o in outcomes:
        if o.status == "graded" and o.message:
            print(f"PROBLEM {o.student} {o.week}: {o.message}")
    failed = [o for o in outcomes if o.status == "failed"]
    for o in failed:
        print(f"FAILED {o.student} {o.week}:\n  " + o.message.strip().replace("\n", "\n  ")[-2000:])
    counts = {s: sum(o.status == s for o in outcomes) for s in ("graded", "unchanged", "failed")}
    print(", ".join(f"{n} {s}" for s, n in counts.items()))
    return 1 if failed else 0


def _cmd_release(args: argparse.Namespace) -> int:
    from autograder.instructor import build
    from autograder.pipeline import gate

    course = Path(args.course).resolve()
    status = 0
    for week in _weeks(args.week, args.course):
        build.write_student_files(week, course)
        try:
            build.generate_release(week, course)
        except build.ReleaseError as exc:
            print(f"nndl release: {exc}", file=sys.stderr)
            return 2
        print(f"{week}: release/{week} generated")
        if args.check:
            for path in sorted((course / "source" / week).glob("*.ipynb")):
                run = gate.run_notebook(path)
                ok = run.tests and not run.failed and not run.other_errors
                status = status or (0 if ok else 1)
                print(
                    f"  source  {path.name}: {len(run.passed)}/{len(run.tests)} tests pass"
                    + ("" if ok else "  <- every test must pass, with no error")
                )
            for path in sorted((course / "release" / week).glob("*.ipynb")):
                run = gate.run_notebook(path)
                ok = run.tests and not run.passed
                status = status or (0 if ok else 1)
                print(
                    f"  release {path.name}: {len(run.failed)}/{len(run.tests)} tests fail"
                    + ("" if ok else "  <- free points: every graded test must fail")
                )
        if args.exchange and status == 0:
            from autograder.pipeline.course import Course

            result = Course(course).api().release_assignment(week)
            print(f"  exchange: {'released' if result.get('success') else 'FAILED'}")
            if not result.get("success"):
                print(str(result.get("log", ""))[-2000:])
                status = 1
    return status


def _cmd_collect(args: argparse.Namespace) -> int:
    from autograder.instructor import collect
    from autograder.pipeline.course import Course

    course = Path(args.course).resolve()
    week = Course(course).week(args.week)
    if args.zip:
        roster = Path(args.roster) if args.roster else None
        try:
            got = collect.collect_zip(course, week, Path(args.zip), roster)
        except (FileNotFoundError, ValueError) as exc:
            print(f"nndl collect: {exc}", file=sys.stderr)
            return 2
        for student, files in sorted(got.taken.items()):
            late = f" (LATE: {got.late[student]})" if student in got.late else ""
            print(f"{student}: {', '.join(files)}{late}")
        for line in got.skipped:
            print(f"SKIPPED {line}")
        for line in got.notes:
            print(f"NOTE {line}")
        print(
            f"{len(got.taken)} students collected into submitted/*/{week}/, "
            f"{len(got.skipped)} files skipped"
        )
        return 0
    if args.roster:
        print("nndl collect: --roster goes with --zip (an LMS download)", file=sys.stderr)
        return 2
    result = collect.collect_exchange(course, week)
    print(result.get("log", "").strip())
    return 0 if result.get("success") else 1


def _cmd_feedback(args: argparse.Namespace) -> int:
    from autograder.instructor import feedback

    course = Path(args.course).resolve()
    status = 0
    for week in _weeks(args.week, args.course):
        made, problems = feedback.generate(course, week, args.student)
        if not made and not problems:
            print(f"{week}: nothing graded in {course / 'autograded'} (nndl grade {week} first)")
            continue
        for files in made.values():
            for f in files:
                print(f.relative_to(course))
        for p in problems:
            print("PROBLEM:", p)
        if args.lms:
            packed, left_out = feedback.pack_for_lms(course, week, made, args.lms)
            print(f"{week}: feedback for {args.lms}'s upload in {packed.relative_to(course)}")
            if left_out:
                print(f"  not from {args.lms}'s download (no LMS name): {', '.join(left_out)}")
        status = status or (1 if problems else 0)
    return status


def _cmd_export(args: argparse.Namespace) -> int:
    from autograder.instructor import export

    course = Path(args.course).resolve()
    done = export.export(course, Path(args.out) if args.out else None, args.lms)
    for path in done.files:
        print(f"wrote {path}")
    if done.left_out:
        print(f"not in {args.lms}'s download (no LMS id): {', '.join(done.left_out)}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from autograder.instructor import report

    course = Path(args.course).resolve()
    weeks = _weeks(args.week, args.course)
    out = (Path(args.out) if args.out else course / "reports") / args.week
    try:
        page = report.build(course, weeks, out)
    except FileNotFoundError as exc:
        print(f"nndl report: {exc}", file=sys.stderr)
        return 2
    print(f"report: {page}")
    return 0


def _has_module(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def _cmd_init(args: argparse.Namespace) -> int:
    from autograder.instructor import init

    course = init.init_course(Path(args.dir))
    print(f"{course}: a new course (see its README.md); next: cd {args.dir} && nndl release all")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from autograder.pipeline import gate

    return gate.main([*args.notebooks, "--expect", args.expect])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nndl", description=__doc__)
    parser.add_argument("--version", action="version", version=f"nndl {package_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="start a course folder DIR from the installed package")
    p.add_argument("dir", help="the new course folder (absent or empty; never overwritten)")
    p.set_defaults(func=_cmd_init)

    p = sub.add_parser("demo", help="verify the data, train the reference models, print the table")
    p.add_argument("--data-dir", default=None, help="folder with the two catvnoncat .h5 files")
    p.add_argument("--out", default="build/demo", help="where the plots go (default build/demo)")
    p.add_argument("--models-only", action="store_true", help="skip the course flow")
    p.add_argument("--per-week", type=int, default=30, help="synthetic students per week")
    p.add_argument("--weeks", nargs="*", help="only these weeks (default: all)")
    p.add_argument("--workers", type=int, default=None, help="grading workers (default: cores)")
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("data", help="build or verify the cat / non-cat image files")
    p.add_argument("action", choices=["build", "verify"])
    p.add_argument("dir", nargs="?", default=None, help="target (build) or folder to check")
    p.set_defaults(func=_cmd_data)

    p = sub.add_parser(
        "grade",
        help="autograde submitted/<student>/<week> in parallel (only what changed, unless --force)",
    )
    p.add_argument("week", help="week1 ... week4, or all")
    p.add_argument("--student", nargs="*", help="only these students")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: cores)")
    p.add_argument("--force", action="store_true", help="grade again even if nothing changed")
    p.add_argument("--scheduler", help="grade on a Dask cluster: tcp://HOST:PORT of its scheduler")
    p.add_argument(
        "--kernel",
        action="store_true",
        help="run the notebooks' cells in a kernel first, as nbgrader does (slower; the same"
        " scores; feedback shows the cells' outputs)",
    )
    p.add_argument("--course", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_cmd_grade)

    p = sub.add_parser(
        "release", help="generate release/<week> with nbgrader, check it, release to the exchange"
    )
    p.add_argument("week", help="week1 ... week4, or all")
    p.add_argument(
        "--no-check",
        dest="check",
        action="store_false",
        help="skip the gate (source passes every test, release fails every graded test)",
    )
    p.add_argument("--exchange", action="store_true", help="then release to nbgrader's exchange")
    p.add_argument("--course", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_cmd_release)

    p = sub.add_parser(
        "check",
        help="run notebooks and grade their tests with the trusted grader (the CI gate)",
    )
    p.add_argument("notebooks", nargs="+", help="source or release notebooks")
    p.add_argument(
        "--expect",
        choices=["pass", "fail"],
        default="pass",
        help="pass: every test must pass (a source notebook); fail: none may (a release)",
    )
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser(
        "collect", help="submissions into submitted/<student>/<week>/, from the exchange or a zip"
    )
    p.add_argument("week", help="week1 ... week4")
    p.add_argument("--zip", help="a Canvas or Moodle 'download all submissions' archive")
    p.add_argument(
        "--roster", help="the LMS's roster: Canvas gradebook export or Moodle participants CSV"
    )
    p.add_argument("--course", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_cmd_collect)

    p = sub.add_parser("feedback", help="HTML feedback per student, checked for hidden-test code")
    p.add_argument("week", help="week1 ... week4, or all")
    p.add_argument("--student", nargs="*", help="only these students")
    p.add_argument(
        "--lms", choices=["canvas", "moodle"], help="also zip the pages for that LMS's upload"
    )
    p.add_argument("--course", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_cmd_feedback)

    p = sub.add_parser("report", help="HTML report: scores, pass rates, common mistakes")
    p.add_argument("week", help="week1 ... week4, or all")
    p.add_argument("--out", help="output folder (default: reports/ in the course)")
    p.add_argument("--course", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("export", help="grades.csv for an LMS and per-test results.json")
    p.add_argument("--out", help="output folder (default: exports/ in the course)")
    p.add_argument(
        "--lms", choices=["canvas", "moodle"], help="also write the file that LMS imports"
    )
    p.add_argument("--course", default=".", help="the course folder (default: here)")
    p.set_defaults(func=_cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "data" and args.action == "build" and not args.dir:
        build_parser().error("data build needs a target folder")
    from autograder.pipeline.course import Course, CourseError
    from autograder.pipeline.grading import Interrupted
    from autograder.pipeline.notebook import ContractError

    try:
        if getattr(args, "course", None) is not None:  # a command on a course folder
            Course(args.course).check()
        return args.func(args)
    except (CourseError, ContractError) as exc:
        print(f"nndl {args.command}: {exc}", file=sys.stderr)
        return 2
    except Interrupted as stop:  # nndl demo's grading: stopped and cleaned up like grade's
        print(f"nndl {args.command}: interrupted", file=sys.stderr)
        return stop.exit_code


if __name__ == "__main__":
    sys.exit(main())
