"""The generated files are the same on every CPU: built again here with older CPUs emulated.

NumPy picks its SIMD kernels (exp, log, tanh, ...) for the CPU at run time, and
``NPY_DISABLE_CPU_FEATURES`` turns targets off; OpenBLAS picks its matrix kernels, and
``OPENBLAS_CORETYPE`` chooses one. For each setting a child process builds the student files
of every week (week 1's scale curve trains its models again) and the image data
(``python -m nnref.tools.catfaces``), and each file must equal the committed one: JSON files under
the tolerance of ``build.content_difference``, the others byte for byte (SHA256SUMS included).
The fast tests at the end check the two rules themselves: ``rounded`` and the tolerance.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__

from autograder.exercises.weekdata import rounded
from autograder.instructor import build

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT / "nnref" / "datasets"
X86 = platform.machine().lower() in ("x86_64", "amd64")


def _present(names) -> list[str]:
    """The NumPy dispatch targets among ``names`` that this CPU has."""
    return [n for n in __cpu_dispatch__ if n in names and __cpu_features__.get(n)]


_AVX512 = _present([n for n in __cpu_dispatch__ if n.startswith("AVX512") or n == "X86_V4"])
_AVX2 = _present({"X86_V3", "AVX2", "FMA3", "FMA4", "XOP", "AVX", "F16C"})


def _cannot(feature: str) -> str:
    """Why a setting without ``feature`` is skipped."""
    if not __cpu_features__.get(feature):
        return f"this CPU has no {feature}: the native build is already the build without it"
    return f"{feature} is in NumPy's baseline here: it cannot be turned off at run time"


# name -> (NumPy targets to disable, OpenBLAS core type or None, reason to skip or None)
SETTINGS = {
    "native": ([], None, None),
    "no-avx512": (_AVX512, "Haswell" if X86 else None, None if _AVX512 else _cannot("AVX512F")),
    "no-avx512-no-avx2": (
        _AVX512 + _AVX2,
        "Nehalem" if X86 else None,
        None if _AVX2 else _cannot("AVX2"),
    ),
}

CHILD = """
import json, sys
from pathlib import Path
from numpy._core._multiarray_umath import __cpu_features__
from autograder.instructor import build
from autograder.pipeline.course import Course
from nnref.tools import catfaces

out = Path(sys.argv[1])
for week in Course(build.ROOT).weeks():
    for rel, content in build.student_files(week).items():
        path = out / "source" / week / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
catfaces.write_catvnoncat(out / "datasets")
print(json.dumps(sorted(k for k, on in __cpu_features__.items() if on)))
"""


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> Iterator[dict[str, tuple[subprocess.Popen, Path]]]:
    """One child process per setting that applies here, all started at once."""
    started = {}
    for name, (disabled, coretype, skip) in SETTINGS.items():
        if skip:
            continue
        out = tmp_path_factory.mktemp(name)
        env = {**os.environ, "NPY_DISABLE_CPU_FEATURES": " ".join(disabled)}
        if coretype:
            env["OPENBLAS_CORETYPE"] = coretype
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(out)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started[name] = (proc, out)
    yield started
    for proc, _ in started.values():
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _committed(rel: Path) -> Path:
    return DATASETS / rel.name if rel.parts[0] == "datasets" else ROOT / rel


@pytest.mark.slow  # three builds, each training week 1's models again: about 2 minutes
@pytest.mark.parametrize("setting", list(SETTINGS))
def test_generated_files_are_the_committed_ones_with_this_cpu_emulated(builds, setting):
    disabled, _, skip = SETTINGS[setting]
    if skip:
        pytest.skip(skip)
    proc, out = builds[setting]
    stdout, stderr = proc.communicate(timeout=900)
    assert proc.returncode == 0, stderr[-3000:]
    features = set(json.loads(stdout.strip().splitlines()[-1]))
    assert not features & set(disabled), f"NumPy kept {sorted(features & set(disabled))}"
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert any(p.parts[0] == "source" for p in files) and any(p.suffix == ".h5" for p in files)
    problems = []
    for rel in files:
        committed = _committed(rel)
        if not committed.is_file():
            problems.append(f"{rel}: not committed")
            continue
        diff = build.content_difference(str(rel), committed.read_bytes(), (out / rel).read_bytes())
        if diff is not None:
            problems.append(diff)
    assert not problems, f"built with {setting} ({' '.join(disabled)}):\n" + "\n".join(problems)


# ------------------------------------------------------------------ fast: the two rules


def test_rounded_keeps_12_significant_digits_and_every_type_dtype_and_shape():
    args = (
        np.array([[0.42634658126403413, -1.0000000000004999e-07]]),
        0.42634658126403424,
        np.float64(2.0 / 3.0),
        {"W1": np.array(1 / 3), "n": 3, "ok": True},
        [np.array([200, 7], dtype=np.uint8), "relu", float("nan")],
    )
    out = rounded(args)
    assert out[0].dtype == np.float64 and out[0].shape == (1, 2)
    assert out[0].tolist() == [[0.426346581264, -1.00000000000e-07]]
    assert out[1] == 0.426346581264 and type(out[1]) is float
    assert out[2] == 0.666666666667 and type(out[2]) is np.float64
    assert out[3]["W1"].shape == () and out[3]["W1"] == 0.333333333333
    assert out[3]["n"] == 3 and out[3]["ok"] is True
    assert out[4][0] is args[4][0] and out[4][1] == "relu" and np.isnan(out[4][2])


@pytest.mark.parametrize(
    ("committed", "fresh", "same"),
    [
        ({"w": [0.42634658126403413]}, {"w": [0.42634658126403424]}, True),  # last bit
        ({"w": [0.426346581264]}, {"w": [0.426346581265]}, True),  # a 12th-digit flip
        ({"w": [0.4263]}, {"w": [0.4264]}, False),
        ({"b": 0.0}, {"b": 1e-13}, True),  # near zero, absolutely
        ({"b": 0.0}, {"b": 1e-9}, False),
        ({"cost": float("nan")}, {"cost": float("nan")}, True),
        ({"m": 2}, {"m": 2.0}, False),  # an int is not a float
        ({"w": [1.0, 2.0]}, {"w": [1.0]}, False),
        ({"a": 1, "b": 2}, {"a": 1, "c": 2}, False),
        ({"hint": "use keepdims"}, {"hint": "use keepdims=True"}, False),
    ],
)
def test_json_files_are_the_same_within_the_tolerance_only(committed, fresh, same):
    diff = build.content_difference(
        "x.json", json.dumps(committed).encode(), json.dumps(fresh).encode()
    )
    assert (diff is None) == same, diff


def test_other_files_must_be_equal_byte_for_byte():
    assert build.content_difference("d.h5", b"\x00\x01", b"\x00\x01") is None
    assert build.content_difference("d.h5", b"\x00\x01", b"\x00\x02") == "d.h5: the bytes differ"


def test_a_rebuild_keeps_a_json_file_that_differs_in_the_last_bits(tmp_path, monkeypatch):
    """What ``make release`` does on another CPU: no file of git changes."""
    folder = tmp_path / "source" / "week9"
    folder.mkdir(parents=True)
    committed = b'{"w": [0.42634658126403413]}\n'
    (folder / "a.json").write_bytes(committed)
    (folder / "b.json").write_bytes(b'{"w": [0.5]}\n')
    fresh = {"a.json": b'{"w": [0.42634658126403424]}\n', "b.json": b'{"w": [0.6]}\n'}
    monkeypatch.setattr(build, "student_files", lambda week: fresh)
    build.write_student_files("week9", tmp_path)
    assert (folder / "a.json").read_bytes() == committed
    assert (folder / "b.json").read_bytes() == fresh["b.json"]
