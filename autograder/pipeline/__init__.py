"""The grading pipeline: reading notebooks, the trusted grader, the nbgrader hooks, repairing
submissions, grading a batch, the CI gate, opening a course.
"""
