"""The sealed box (autograder/sandbox/box.py) where the grader's packages are installed ones."""

from __future__ import annotations

import subprocess

import pytest

from autograder.sandbox import box

pytestmark = pytest.mark.skipif(not box.available(), reason="bwrap cannot make namespaces here")


def test_data_inside_an_installed_hidden_package_stays_readable_and_nothing_else_of_it(
    tmp_path, monkeypatch
):
    """An installed nnref ships the images in site-packages/nnref/datasets: the box hides
    nnref (an empty read-only folder) and still lets the data be read at its own path."""
    site = tmp_path / "site-packages"
    data = site / "nnref" / "datasets"
    data.mkdir(parents=True)
    (data / "train_catvnoncat.h5").write_text("images\n")
    (site / "nnref" / "deep.py").write_text("the reference solution")
    (site / "numpy_like").mkdir()
    real_paths = box._python_paths()
    monkeypatch.setattr(box, "_python_paths", lambda: [*real_paths, str(site)])
    monkeypatch.setattr(box, "_hidden", lambda: [str(site / "nnref")])
    work = tmp_path / "work"
    work.mkdir()
    script = (
        f"cat {data}/train_catvnoncat.h5; ls {site / 'nnref'}; ls {site};"
        f" touch {site / 'nnref' / 'x'} 2>/dev/null || echo read-only"
    )
    argv = box.command(["/bin/sh", "-c", script], str(work), readable=[str(data)])
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["images", "datasets", "nnref", "numpy_like", "read-only"]
