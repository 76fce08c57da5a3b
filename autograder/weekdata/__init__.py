"""Per-week data files computed with nnref at build time (see autograder.build)."""
