"""autograder: checks of student functions against nnref, the grading pipeline and the CLI."""
