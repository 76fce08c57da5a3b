"""The wire format for values coming back from a process that ran student code.

The grader never unpickles anything a student's code could have written: outputs travel
as JSON in which arrays are tagged base64 buffers of a plain numeric dtype. The codec itself
is :func:`autograder.compare.dump` / :func:`autograder.compare.load`, the very code through
which the visible checks pass a student's outputs, so both sides judge the same values.
"""

from __future__ import annotations

import json

from autograder.compare import MAX_ARRAY_BYTES, Opaque, dump, load

__all__ = ["MAX_ARRAY_BYTES", "Opaque", "dump", "dumps", "load", "loads"]


def dumps(value) -> str:
    return json.dumps(dump(value))


def loads(text: str):
    return load(json.loads(text))
