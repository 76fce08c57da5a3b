"""Grading benchmark: figures printed side by side in one run (no asserts).

    python benchmarks/grading.py [--n 12] [--postgres postgresql://USER@HOST:PORT]

1. One submission (the Week 3 solution): bare execution with nbclient (the whole notebook,
   and without its demo cells) against `nndl grade` of it (nbgrader autograde with trusted
   grading, plus the gradebook write).
2. A synthetic Week 1 cohort of N submissions: `nndl grade` with 1 worker, with 2 workers,
   and on a local Dask cluster of 2 worker processes, against plain `nbgrader autograde` of
   the same cohort (one process, submissions one after another). With ``--postgres``, the
   cohort is graded again with its gradebook in a new database on that server (workers save
   through nbgrader themselves; no snapshot, no writer), with 1 and 2 workers.
3. A whole-course submission (the four weeks of the solution, six notebooks) with 2 workers.

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
from pathlib import Path

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


def bare_seconds(path: Path, skip_demo: bool) -> float:
    import nbformat
    from nbclient import NotebookClient

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "w"
        shutil.copytree(path.parent, work)
        nb = nbformat.read(work / path.name, as_version=4)
        if skip_demo:
            nb.cells = [c for c in nb.cells if "demo" not in c.metadata.get("tags", [])]
        started = time.perf_counter()
        NotebookClient(nb, timeout=600, resources={"metadata": {"path": str(work)}}).execute()
        return time.perf_counter() - started


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=12, help="cohort size (default 12)")
    parser.add_argument("--postgres", help="a PostgreSQL server URL, to grade the cohort there too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nndl-bench-") as tmp:
        tmp = Path(tmp)
        # 1. one submission
        course = make_course(tmp, "one", ["week3"])
        nb = course / "source/week3/planar_classification.ipynb"
        shutil.copytree(course / "source/week3", course / "submitted/s01/week3")
        full = bare_seconds(nb, skip_demo=False)
        lean = bare_seconds(nb, skip_demo=True)
        _, graded = timed(grading.grade, course, ["week3"], workers=1, force=True)
        print("1. one submission (week3 solution)")
        print(f"   bare nbclient, whole notebook      {full:6.1f} s")
        print(f"   bare nbclient, without demo cells  {lean:6.1f} s")
        print(
            f"   nndl grade (1 worker)              {graded:6.1f} s   "
            f"ratio {graded / full:.2f} to the whole notebook, {graded / lean:.2f} to the lean one"
        )

        # 2. a cohort
        course = make_course(tmp, "cohort", ["week1"])
        made = cohort.make_cohort(course, "week1", course / "submitted", n=args.n)
        (_, one), (_, two) = (
            timed(grading.grade, course, ["week1"], workers=w, force=True) for w in (1, 2)
        )
        on_dask = dask_seconds(course, "week1")
        plain = plain_nbgrader(course, "week1")
        n = len(made)
        print(f"2. cohort of {n} week1 submissions")
        for label, secs in (
            ("plain nbgrader autograde", plain),
            ("nndl grade, 1 worker", one),
            ("nndl grade, 2 workers", two),
            ("nndl grade, Dask 2 workers", on_dask),
        ):
            print(
                f"   {label:<28} {secs:6.1f} s  {60 * n / secs:5.1f} notebooks/min  "
                f"{plain / secs:4.2f}x plain nbgrader"
            )
        print(f"   speedup 2 workers over 1: {one / two:.2f}x")
        if args.postgres:
            url = new_database(args.postgres, f"nndl_bench_{os.getpid()}")
            course = make_course(tmp, "cohort-pg", ["week1"], db_url=url)
            cohort.make_cohort(course, "week1", course / "submitted", n=args.n)
            (_, pg1), (_, pg2) = (
                timed(grading.grade, course, ["week1"], workers=w, force=True) for w in (1, 2)
            )
            for label, secs in (("PostgreSQL, 1 worker", pg1), ("PostgreSQL, 2 workers", pg2)):
                print(
                    f"   {label:<28} {secs:6.1f} s  {60 * n / secs:5.1f} notebooks/min  "
                    f"{plain / secs:4.2f}x plain nbgrader"
                )
            print(f"   speedup 2 workers over 1 with PostgreSQL: {pg1 / pg2:.2f}x")

        # 3. a whole course
        weeks = Course(build.ROOT).weeks()
        course = make_course(tmp, "course", weeks)
        for week in weeks:
            shutil.copytree(course / "source" / week, course / "submitted/s01" / week)
        _, secs = timed(grading.grade, course, weeks, workers=2, force=True)
        print(f"3. whole-course submission (6 notebooks), 2 workers: {secs:.1f} s")


if __name__ == "__main__":
    main()
