"""The sealed child process that runs student code for trusted grading, and what seals it
(bubblewrap, Landlock, rlimits).
"""
