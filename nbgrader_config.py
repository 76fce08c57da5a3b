"""nbgrader settings of the course. Every nbgrader command run from this folder reads it.

The course folder is the folder of this file (this repository, or a course made by
`nndl init DIR`): source/<week>/ holds the instructor notebooks,
release/<week>/ the generated student versions; submitted/, autograded/ and
feedback/ are created next to them while grading and never committed.
"""

from pathlib import Path

c = get_config()  # noqa: F821 (nbgrader injects get_config)

# The course id; the nbgrader exchange files releases and submissions under it.
c.CourseDirectory.course_id = "nndl"

# The course folder is the folder of this file, wherever nbgrader is started from.
c.CourseDirectory.root = str(Path(__file__).resolve().parent)

# The gradebook is nbgrader's default: gradebook.db (SQLite) in the course folder, which
# `nndl grade` writes from one process only. For a gradebook on a server that several hosts
# write, install the driver (pip install -e '.[postgres]') and set
#   c.CourseDirectory.db_url = "postgresql://USER@HOST:PORT/DBNAME"
# nndl grade's workers then save their own grades there.

# Per-cell time limit in seconds while autograding and validating: an infinite loop in a
# student's cell stops there instead of hanging the grader. The heaviest graded cell (the
# deep model on 209 images) takes a few seconds; 120 s leaves room for a slow machine.
c.Execute.timeout = 120

# Start a fresh kernel when a cell times out, record a CellTimeoutError as that cell's
# output, and go on with the next cells, so the rest of the notebook is still graded.
c.Execute.interrupt_on_timeout = True

# A test cell that writes to stderr (a RuntimeWarning from np.log, a DeprecationWarning, a
# progress bar) must not lose its points: nbgrader counts any stderr output as a failure,
# so stderr outputs are removed before grading. Errors are 'error' outputs, not stderr
# streams, and still fail the cell.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"[\s\S]*"

# A submission whose graded or locked cells were deleted gets them back from the gradebook
# (with a note) instead of silently losing those points.
c.OverwriteCells.add_missing_cells = True

# Cap what a cell may print into the graded notebook (lines of output and of traceback).
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_traceback = 100

# Hidden tests live between these markers in source notebooks; generate_assignment strips
# them from release/ (these are nbgrader's defaults, stated here so tools can rely on them).
c.ClearHiddenTests.begin_test_delimeter = "BEGIN HIDDEN TESTS"
c.ClearHiddenTests.end_test_delimeter = "END HIDDEN TESTS"
c.ClearSolutions.begin_solution_delimeter = "BEGIN SOLUTION"
c.ClearSolutions.end_solution_delimeter = "END SOLUTION"
c.ClearSolutions.code_stub = {
    "python": "# YOUR CODE HERE\nraise NotImplementedError()",
}

# Student files copied into release/ besides the notebooks; nothing else leaves source/.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", ".DS_Store"]

# Trusted grading (autograder/pipeline/trusted.py): after the notebook ran, each graded function is
# rebuilt from the cell sources in a fresh, resource-limited process and judged here against
# nnref; its verdict replaces the kernel's outputs of the test cell before nbgrader scores
# it. Nothing the student's code did in the kernel (monkeypatching numpy or the autograder,
# faking outputs) can change a score.
from nbconvert.preprocessors import ClearMetadataPreprocessor  # noqa: E402
from nbgrader.preprocessors import (  # noqa: E402
    AssignLatePenalties,
    CheckCellMetadata,
    IgnorePattern,
    LimitOutput,
    SaveAutoGrades,
)

from autograder.pipeline.nbgrader_plugin import ResilientExecute, TrustedGrading  # noqa: E402

# ResilientExecute is nbgrader's Execute, except that a kernel killed by a student's cell
# (os._exit, a crash, running out of memory) is restarted and execution goes on.
# Its limits and isolation keep their defaults (the README's limits table), and so does its
# transport, "ipc": the kernel's channels are Unix sockets in its private temporary folder,
# so graders that start kernels at the same moment never race for a TCP port.
# The grading profile: cells tagged "demo" (full trainings on the image data, sweeps) are not
# run while autograding. No graded cell depends on them (source/AUTHORING.md), and scores come
# from the trusted grader, so grades are the same with or without them; set this to [] to run
# them anyway (e.g. for feedback that shows the full trainings).
c.ResilientExecute.skip_tags = ["demo"]

# The limits of trusted grading's child processes (autograder/pipeline/trusted.py, Limits), on the
# grader's own clock whatever the child writes. These are the defaults:
c.TrustedGrading.task_seconds = 60.0  # one exercise's hidden trials
c.TrustedGrading.notebook_seconds = 600.0  # all the graded exercises of one notebook
c.TrustedGrading.statement_seconds = 10.0  # one top-level statement of the student's cells
c.TrustedGrading.memory_bytes = 4 * 2**30  # address space of a child
c.TrustedGrading.file_bytes = 256 * 2**20  # largest file a child may write
c.TrustedGrading.box_bytes = 256 * 2**20  # all a child may write (its box's tmpfs)
c.TrustedGrading.result_bytes = 128 * 2**20  # the most read back from a child at once

# What `nndl grade` copies of a submission folder (autograder/pipeline/rematch.py): larger
# files, and files past the total, are left out with a problem line. These are the defaults:
c.SubmissionLimits.max_file_bytes = 64 * 2**20
c.SubmissionLimits.max_total_bytes = 128 * 2**20

# Due dates (ISO 8601; no offset means UTC), written into the gradebook by `nndl collect` and
# `nndl grade`. A submission whose timestamp.txt is later (nbgrader's exchange writes it; `nndl
# collect --zip` takes the upload time from the LMS archive) gets the penalty below: "zero"
# scores it 0; "none" records the lateness only. Times in LMS archives are read in
# c.Exchange.timezone (UTC unless set).
c.Deadlines.due = {}  # e.g. {"week2": "2026-10-12 23:59 +00:00"}
c.LateSubmissionPlugin.penalty_method = "zero"

c.Autograde.autograde_preprocessors = [
    ResilientExecute,
    IgnorePattern,
    ClearMetadataPreprocessor,
    LimitOutput,
    TrustedGrading,
    SaveAutoGrades,
    AssignLatePenalties,
    CheckCellMetadata,
]
