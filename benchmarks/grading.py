"""Grading benchmark: figures printed side by side in one run (no asserts).

    python benchmarks/grading.py [--n 30] [--weeks week1 week4] [--postgres postgresql://...]

1. Per week (Week 1 and Week 4 by default), a synthetic cohort of N students
   (``autograder.demo.cohort``: the solution, the blank release, an error in an ungraded
   cell, a cell that never finishes, the others with zoo mistakes), graded by
   - plain ``nbgrader autograde`` (one process, submissions one after another; the
     course's config, so the kernel runs the cells; the per-cell limit is 10 s);
   - ``nndl grade --kernel`` with 2 workers (the cells run in a kernel first);
   - ``nndl grade`` (kernel-free, the default) with 1 and 2 workers, and on a local Dask
     cluster of 2 worker processes;
   each as seconds, notebooks per minute and the ratio to plain nbgrader; then where the
   time of a kernel-free notebook goes (per stage, 1 worker). With ``--postgres``, the
   kernel-free runs again with the gradebook in a new database on that server (the workers
   save through nbgrader themselves; no writer).
2. A whole-course submission (the four weeks of the solution, six notebooks), kernel-free,
   2 workers.
3. A whole-course cohort (N students, each handing in all four weeks; every week's cohort
   made as in 1.) kernel-free with 2 workers, and a 200-student class extrapolated from it
   (its time times 200/N); then the same cohort with 1 worker (2 workers over 1 on a batch
   long enough for the pool's start to matter little), and how many cores each kept busy
   (/proc/stat: the machine's busy time over the run's wall time).

Every run uses its own throwaway copy of the course. BLAS is pinned to one thread.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograder.demo import cohort  # noqa: E402
from autograder.instructor import build  # noqa: E402
from autograder.pipeline import grading  # noqa: E402
from autograder.pipeline.course import Course  # noqa: E402


def make_course(tmp: Path, name: str, weeks: list[str], db_url: str = "") -> Path:
    course = tmp / name
    shutil.copytree(ROOT / "source", course / "source")
    config = (ROOT / "nbgrader_config.py").read_text() + "\nc.Execute.timeout = 10\n"
    if db_url:
        config += f"c.CourseDirectory.db_url = {db_url!r}\n"
    (course / "nbgrader_config.py").write_text(config)
    for week in weeks:
        build.generate_release(week, course)
    return course


def plain_nbgrader(course: Path, week: str) -> float:
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ.get('PATH', '')}"}
    started = time.perf_counter()
    subprocess.run(
        [str(bin_dir / "nbgrader"), "autograde", week, "--force"],
        cwd=course,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def dask_seconds(course: Path, week: str) -> float:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster:
        started = time.perf_counter()
        grading.grade(course, [week], force=True, scheduler=cluster.scheduler_address)
        return time.perf_counter() - started


def new_database(server: str, name: str) -> str:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


def notebooks_of(course: Path, outcomes: list[grading.Outcome]) -> int:
    return sum(len(list((course / "release" / o.week).glob("*.ipynb"))) for o in outcomes)


def fresh(course: Path, name: str) -> Path:
    """A copy of a graded-nowhere course (its gradebook as released)."""
    dest = course.parent / name
    shutil.copytree(course, dest, symlinks=True)
    return dest


def run(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - started


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy so far (every process: the grading
    process, its workers, boxes and children; and anything else running)."""
    with open("/proc/stat") as f:
        ticks = [int(x) for x in f.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # less idle, iowait


def stage_table(outcomes: list[grading.Outcome], notebooks: int) -> None:
    totals: dict[str, float] = defaultdict(float)
    for o in outcomes:
        for k, v in o.stages.items():
            totals[k] += v
    whole = sum(totals.values())
    print(f"   where a kernel-free notebook's time goes (1 worker, {notebooks} notebooks):")
    for name in ("rematch", "nbgrader", "child start", "trials", "judging", "save"):
        per = totals.get(name, 0.0) / max(notebooks, 1)
        print(
            f"     {name:<12} {per:6.3f} s per notebook  {100 * totals.get(name, 0) / whole:4.0f}%"
        )


def row(label: str, secs: float, notebooks: int, plain: float) -> None:
    print(
        f"   {label:<34} {secs:7.1f} s  {60 * notebooks / secs:7.1f} notebooks/min  "
        f"{plain / secs:6.1f}x plain nbgrader"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30, help="cohort size per week (default 30)")
    parser.add_argument("--weeks", nargs="*", default=["week1", "week4"])
    parser.add_argument("--postgres", help="a PostgreSQL server URL, to grade there too")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr] (each row as it comes)
    with tempfile.TemporaryDirectory(prefix="nndl-bench-") as tmp:
        base = Path(tmp)
        for week in args.weeks:
            course = make_course(base, f"{week}-plain", [week])
            made = cohort.make_cohort(course, week, course / "submitted", n=args.n)
            copies = {k: fresh(course, f"{week}-{k}") for k in ("kernel", "1", "2", "dask")}
            outs, one = run(grading.grade, copies["1"], [week], workers=1)
            nbs = notebooks_of(course, outs)
            _, two = run(grading.grade, copies["2"], [week], workers=2)
            on_dask = dask_seconds(copies["dask"], week)
            _, kernel = run(grading.grade, copies["kernel"], [week], workers=2, kernel=True)
            plain = plain_nbgrader(course, week)
            print(f"1. {week}: cohort of {len(made)} submissions, {nbs} notebooks")
            row("plain nbgrader autograde", plain, nbs, plain)
            row("nndl grade --kernel, 2 workers", kernel, nbs, plain)
            row("nndl grade (kernel-free), 1 worker", one, nbs, plain)
            row("nndl grade (kernel-free), 2 workers", two, nbs, plain)
            row("nndl grade on Dask, 2 workers", on_dask, nbs, plain)
            print(f"   kernel-free, 2 workers over 1: {one / two:.2f}x")
            stage_table(outs, nbs)
            if args.postgres:
                url = new_database(args.postgres, f"nndl_bench_{week}_{os.getpid()}")
                pg = make_course(base, f"{week}-pg", [week], db_url=url)
                cohort.make_cohort(pg, week, pg / "submitted", n=args.n)
                _, pg1 = run(grading.grade, pg, [week], workers=1)
                _, pg2 = run(grading.grade, pg, [week], workers=2, force=True)
                row("PostgreSQL, kernel-free, 1 worker", pg1, nbs, plain)
                row("PostgreSQL, kernel-free, 2 workers", pg2, nbs, plain)

        weeks = Course(build.ROOT).weeks()
        course = make_course(base, "course", weeks)
        for week in weeks:
            shutil.copytree(course / "source" / week, course / "submitted/s01" / week)
        _, secs = run(grading.grade, course, weeks, workers=2)
        print(f"2. a whole-course submission (6 notebooks), kernel-free, 2 workers: {secs:.1f} s")

        k = args.n
        course = make_course(base, "class", weeks)
        for week in weeks:
            cohort.make_cohort(course, week, course / "submitted", n=k)
        alone = fresh(course, "class-1")
        before = busy_seconds()
        outs, secs = run(grading.grade, course, weeks, workers=2)
        busy_two = busy_seconds() - before
        _, one = run(grading.grade, alone, weeks, workers=1)
        busy_one = busy_seconds() - before - busy_two
        nbs = notebooks_of(course, outs)
        print(
            f"3. a whole-course cohort of {k} students ({len(outs)} submissions, {nbs} notebooks),"
            f" kernel-free, 2 workers: {secs:.1f} s, {60 * nbs / secs:.1f} notebooks/min;"
            f" 200 students extrapolated: {200 / k * secs / 60:.1f} min"
        )
        print(f"   the same with 1 worker: {one:.1f} s; 2 workers over 1: {one / secs:.2f}x")
        print(
            f"   cores kept busy on average: {busy_one / one:.2f} with 1 worker,"
            f" {busy_two / secs:.2f} with 2 (of {os.cpu_count()}; the grading process, boxes"
            " and children run beside the workers)"
        )


if __name__ == "__main__":
    main()
