"""What every local grading worker needs, imported once by the pool's fork server.

``nndl grade``'s workers are forked from a server process (multiprocessing's
``forkserver``) that imported this module, so each starts with nbgrader, nbconvert and the
grader loaded instead of importing them itself (0.6 s per worker). The server starts as
``grade()`` does, while the grading process reads the course's config: both imports run
side by side. No student code runs in a worker: it runs in sandboxed children (trusted
grading) or in kernels, each a process of its own.
"""

from autograder.pipeline.course import without_iri_grammar

without_iri_grammar()  # before nbformat's first import (see there)

import nbgrader.apps  # noqa: E402, F401
import nbgrader.converters.autograde  # noqa: E402, F401

from autograder.pipeline import grading, nbgrader_plugin, trusted  # noqa: E402, F401
