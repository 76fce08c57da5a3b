"""The whole instructor flow on a synthetic cohort: the course half of ``nndl demo``.

In a fresh course folder (``build/demo/course``, made as ``nndl init`` makes one, so the flow
runs from an installed package too): release every week with nbgrader, make a
cohort per week with known scores (``autograder/demo/cohort.py``), pack it as a Canvas download,
collect it, grade everything in parallel, then feedback, exports and the report. It checks
that every grade equals the expected one and prints where the report is.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from autograder.demo import cohort
from autograder.instructor import build, collect, export, feedback, init, report
from autograder.pipeline import grading
from autograder.pipeline.course import Course


def run(
    out: Path,
    per_week: int = 30,
    weeks: list[str] | None = None,
    workers: int | None = None,
    log: Callable[[str], object] = print,
) -> int:
    """Run the flow under ``out``; 0 when every grade is the expected one."""
    out = out.resolve()
    course, made = out / "course", out / "cohort"
    for folder in (course, made):
        shutil.rmtree(folder, ignore_errors=True)
    init.init_course(course)
    weeks = weeks or Course(course).weeks()
    # the cohort's never-ending cell is stopped after 10 s rather than the course's 120 s
    with open(course / "nbgrader_config.py", "a") as config:
        config.write("\nc.Execute.timeout = 10\n")
    expected: dict[tuple[str, str], dict] = {}
    for week in weeks:
        build.generate_release(week, course)
        for student, info in cohort.make_cohort(course, week, made, n=per_week).items():
            expected[(student, week)] = info
        archive = cohort.lms_zip(made, week, out / f"{week}-canvas.zip")
        got = collect.collect_zip(course, week, archive)
        log(f"{week}: released; {len(got.taken)} submissions collected from {archive.name}")

    started = time.monotonic()

    def progress(done: int, total: int, o: grading.Outcome | None) -> None:
        if done % 10 == 0 or done == total:
            log(f"  graded {done}/{total}")

    outcomes = grading.grade(course, weeks, workers=workers, progress=progress)
    seconds = time.monotonic() - started
    wrong = []
    log(f"{'week':<7} {'submissions':>11} {'as expected':>11} {'mean score':>10} {'of':>4}")
    for week in weeks:
        mine = [o for o in outcomes if o.week == week]
        ok = [o for o in mine if o.score == expected[(o.student, week)]["expected"]]
        wrong += [
            f"{o.student}/{week}: got {o.score}, expected "
            f"{expected[(o.student, week)]['expected']} ({expected[(o.student, week)]['what']})"
            for o in mine
            if o not in ok
        ]
        full = sum(p for _, p in cohort.points_by_key(course, week).values())
        mean = sum(o.score or 0 for o in mine) / max(len(mine), 1)
        log(f"{week:<7} {len(mine):>11} {len(ok):>11} {mean:>10.2f} {full:>4g}")
    log(f"{len(outcomes)} submissions graded in {seconds:.0f} s")

    problems = []
    for week in weeks:
        _, trouble = feedback.generate(course, week)
        problems += trouble
    grades, results = export.export(course, course / "exports").files[:2]
    page = report.build(course, weeks, course / "reports" / "all")
    log(f"feedback: {course / 'feedback'}")
    log(f"exports:  {grades}, {results}")
    log(f"report:   {page}")
    for line in wrong + problems:
        log(f"PROBLEM: {line}")
    if not wrong:
        log("every grade equals the expected one")
    return 1 if wrong or problems else 0
