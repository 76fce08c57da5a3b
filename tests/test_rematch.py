"""autograder/pipeline/rematch.py without a kernel: what the repairs do to a notebook, cell by cell.

(tests/test_adversarial.py grades the same kinds of submissions end to end.)
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

from autograder.pipeline import rematch
from tests.test_adversarial import solution

ROOT = Path(__file__).resolve().parents[1]
RELEASE = ROOT / "release" / "week1"
NB = "intro_to_deep_learning.ipynb"


@pytest.fixture(scope="module")
def template():
    return nbformat.read(RELEASE / NB, as_version=4)


def ids(nb, grade_id):
    return [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id]


def test_a_clean_submission_is_left_alone(template):
    nb = solution()
    before = nbformat.writes(nb)
    assert rematch.repair(nb, template) == []
    assert nbformat.writes(nb) == before


def test_stripped_metadata_is_found_again_written_answers_included(template):
    nb = solution()
    ids(nb, "written_fit")[0].source = "Team B: the rules are too many to write down."
    ids(nb, "relu")[0].source += "\n\ndef helper():\n    return 1\n"
    for c in nb.cells:
        c.metadata.pop("nbgrader", None)
    changes = rematch.repair(nb, template)
    assert len(nb.cells) == len(template.cells)  # nothing put back: everything was found
    assert all("had no nbgrader metadata" in c for c in changes), changes
    assert ids(nb, "written_fit")[0].source.startswith("Team B")
    assert "def helper" in ids(nb, "relu")[0].source
    assert ids(nb, "test_relu")[0].metadata.nbgrader["points"] == 1


def test_a_deleted_test_cell_comes_back_right_after_its_answer(template):
    nb = solution()
    nb.cells.remove(ids(nb, "test_predict_price")[0])
    changes = rematch.repair(nb, template)
    assert changes == ["test cell 'test_predict_price' was missing: put back from the release"]
    answer = nb.cells.index(ids(nb, "predict_price")[0])
    assert nb.cells[answer + 1] is ids(nb, "test_predict_price")[0]


def test_duplicates_unknown_ids_and_edited_metadata(template):
    nb = solution()
    copy = nbformat.from_dict(dict(ids(nb, "relu")[0]))
    copy.id = "relu-again"
    nb.cells.insert(nb.cells.index(ids(nb, "test_relu")[0]), copy)
    ids(nb, "test_q1")[0].metadata.nbgrader["points"] = 100
    ids(nb, "q2")[0].metadata.nbgrader["grade_id"] = "bonus"
    changes = "\n".join(rematch.repair(nb, template))
    assert "grade_id 'relu' appears more than once" in changes
    assert "points 100 -> 1" in changes
    assert "unknown grade_id 'bonus'" in changes
    assert "answer cell 'q2' had no nbgrader metadata: found by what it defines (q2)" in changes
    assert [c.id for c in ids(nb, "relu")] == ["relu-again"]  # the last one is graded
    assert ids(nb, "test_q1")[0].metadata.nbgrader["points"] == 1


def test_a_test_cell_turned_markdown_is_code_again(template):
    nb = solution()
    i = nb.cells.index(ids(nb, "test_relu")[0])
    md = nbformat.v4.new_markdown_cell(nb.cells[i].source, metadata=nb.cells[i].metadata)
    md.id = nb.cells[i].id
    nb.cells[i] = md
    assert rematch.repair(nb, template) == [
        "test cell 'test_relu' was turned into markdown: back to code"
    ]
    assert nb.cells[i].cell_type == "code" and nb.cells[i].outputs == []
    nbformat.validate(nb)


def test_prepare_copies_regular_files_and_matches_a_renamed_notebook(tmp_path):
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    nbformat.write(solution(), src / "Copy of intro (1).ipynb")
    os.symlink(ROOT / "source/week1" / NB, src / NB)
    os.mkfifo(src / "pipe")
    with open(src / "big.npy", "wb") as f:
        f.truncate(rematch.MAX_FILE_BYTES + 1)
    problems = rematch.copy_submission(src, dst, "submitted/s/week1")
    problems += rematch.prepare(dst, RELEASE, "submitted/s/week1")
    text = "\n".join(problems)
    assert "intro_to_deep_learning.ipynb: a symbolic link" in text
    assert "pipe: not a regular file" in text
    assert "big.npy: 64 MiB, over the 64 MiB limit" in text
    assert "Copy of intro (1).ipynb: graded as intro_to_deep_learning.ipynb" in text
    assert sorted(p.name for p in dst.iterdir()) == [NB]
    assert not (dst / NB).is_symlink()


def test_a_folder_named_like_a_notebook_is_skipped_and_the_rest_is_graded(tmp_path):
    src, dst = tmp_path / "in", tmp_path / "out"
    (src / "extra.ipynb").mkdir(parents=True)
    (src / "extra.ipynb" / "inside.txt").write_text("x")
    nbformat.write(solution(), src / NB)
    problems = rematch.copy_submission(src, dst, "submitted/s/week1")
    problems += rematch.prepare(dst, RELEASE, "submitted/s/week1")
    assert "submitted/s/week1/extra.ipynb: a folder named like a notebook, left out" in problems
    assert sorted(p.name for p in dst.iterdir()) == [NB]


def test_the_newest_of_two_copies_is_graded_and_the_choice_reported(tmp_path):
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    old, new = solution(), solution()
    new.cells[0].source += "\n\n(the newer copy)"
    nbformat.write(old, src / NB)
    nbformat.write(new, src / "intro_to_deep_learning (1).ipynb")
    os.utime(src / NB, (1_000_000_000, 1_000_000_000))  # the original is older
    problems = rematch.copy_submission(src, dst, "submitted/s/week1")
    problems += rematch.prepare(dst, RELEASE, "submitted/s/week1")
    assert any("intro_to_deep_learning (1).ipynb: graded as " + NB in p for p in problems)
    assert "(the newer copy)" in nbformat.read(dst / NB, as_version=4).cells[0].source
    # the older original is kept aside, not graded
    assert [p.name for p in dst.glob("*.ipynb")] == [NB]


def test_the_files_of_a_submission_have_a_total_cap_set_in_the_config(tmp_path):
    from traitlets.config import Config

    config = Config()
    config.SubmissionLimits.max_total_bytes = 3000
    caps = rematch.SubmissionLimits(config=config)
    assert caps.max_file_bytes == rematch.MAX_FILE_BYTES  # the default
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for i in range(4):
        (src / f"blob{i}.bin").write_bytes(b"x" * 1000)
    problems = rematch.copy_submission(
        src, dst, "submitted/s/week1", caps.max_file_bytes, caps.max_total_bytes
    )
    assert len(list(dst.iterdir())) == 3
    assert problems == ["submitted/s/week1/blob3.bin: the submission's files pass 3000 bytes"
                        " in all with it, left out of grading"]  # fmt: skip


def test_files_that_grading_replaces_are_neither_copied_nor_counted(tmp_path):
    src, dst = tmp_path / "in", tmp_path / "out"
    (src / "datasets").mkdir(parents=True)
    (src / "datasets" / "train.h5").write_bytes(b"x" * 3000)  # the course's file, edited
    (src / "nndl_check.py").write_text("def check(): return True\n")
    (src / "notes.txt").write_bytes(b"y" * 1000)  # the student's own
    replaced = {"datasets/train.h5", "nndl_check.py"}
    problems = rematch.copy_submission(src, dst, "submitted/s/week1", 10**6, 2000, replaced)
    assert problems == []  # the 3000 bytes that grading replaces do not count towards 2000
    assert sorted(p.relative_to(dst).as_posix() for p in dst.rglob("*")) == [
        "datasets",
        "notes.txt",
    ]


def test_the_course_files_that_replace_a_students_follow_nbgraders_settings():
    from traitlets.config import Config

    from autograder.pipeline.nbgrader_plugin import course_files

    config = Config()
    source = str(ROOT / "source/week1")
    files = course_files(config, source, "week1")
    assert "datasets/train_catvnoncat.h5" in files and "nndl_check.py" in files
    assert not any(f.endswith(".ipynb") for f in files)
    config.Autograde.exclude_overwriting = {"week1": ["nndl_check.py"]}  # the student's kept
    assert course_files(config, source, "week1") == [f for f in files if f != "nndl_check.py"]
    assert course_files(config, source, "week2") == files
