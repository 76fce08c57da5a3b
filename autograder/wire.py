"""A safe wire format for values coming back from a process that ran student code.

The grader never unpickles anything a student's code could have written: outputs travel
as JSON in which arrays are tagged base64 buffers of a plain numeric dtype. Decoding builds
only dicts, lists, tuples, numbers, strings, NumPy arrays and NumPy scalars; anything else
arrives as an :class:`Opaque` that names its type (so the diagnosis can say "got a Foo").
"""

from __future__ import annotations

import base64
import json
import math

import numpy as np

_PLAIN_DTYPES = "biufc"  # bool, signed, unsigned, float, complex
MAX_ARRAY_BYTES = 64 * 2**20


class Opaque:
    """Stands in for a value of a type the wire does not carry."""

    def __init__(self, type_name: str):
        self.type_name = type_name

    def __repr__(self) -> str:
        return f"<{self.type_name}>"


def dump(value, depth: int = 0):
    """A JSON-ready structure for ``value`` (see the module docstring)."""
    if depth > 20:
        return {"__opaque__": "deeply nested value"}
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int) and type(value) is int:
        return value
    if isinstance(value, float) and type(value) is float:
        return value if math.isfinite(value) else {"__float__": repr(value)}
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in _PLAIN_DTYPES or value.nbytes > MAX_ARRAY_BYTES:
            return {"__opaque__": f"ndarray of dtype {value.dtype}"}
        data = np.ascontiguousarray(value)
        return {
            "__ndarray__": base64.b64encode(data.tobytes()).decode(),
            "dtype": data.dtype.str,
            "shape": list(data.shape),
        }
    if isinstance(value, np.generic) and value.dtype.kind in _PLAIN_DTYPES:
        return {"__scalar__": base64.b64encode(value.tobytes()).decode(), "dtype": value.dtype.str}
    if type(value) is tuple:
        return {"__tuple__": [dump(v, depth + 1) for v in value]}
    if type(value) is list:
        return [dump(v, depth + 1) for v in value]
    if type(value) is dict:
        if not all(type(k) is str for k in value):
            return {"__opaque__": "dict with non-string keys"}
        return {"__dict__": {k: dump(v, depth + 1) for k, v in value.items()}}
    return {"__opaque__": type(value).__name__[:60]}


def load(value):
    """Inverse of :func:`dump`; rejects anything it did not write."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [load(v) for v in value]
    if not isinstance(value, dict) or len(value) not in (1, 2, 3):
        raise ValueError("malformed value on the wire")
    if "__ndarray__" in value:
        dtype = np.dtype(value["dtype"])
        if dtype.kind not in _PLAIN_DTYPES:
            raise ValueError(f"dtype {dtype} is not allowed on the wire")
        shape = tuple(int(n) for n in value["shape"])
        raw = base64.b64decode(value["__ndarray__"])
        return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()
    if "__scalar__" in value:
        dtype = np.dtype(value["dtype"])
        if dtype.kind not in _PLAIN_DTYPES:
            raise ValueError(f"dtype {dtype} is not allowed on the wire")
        return np.frombuffer(base64.b64decode(value["__scalar__"]), dtype=dtype)[0]
    if "__float__" in value:
        return float(value["__float__"])
    if "__tuple__" in value:
        return tuple(load(v) for v in value["__tuple__"])
    if "__dict__" in value:
        return {str(k): load(v) for k, v in value["__dict__"].items()}
    if "__opaque__" in value:
        return Opaque(str(value["__opaque__"]))
    raise ValueError("malformed value on the wire")


def dumps(value) -> str:
    return json.dumps(dump(value))


def loads(text: str):
    return load(json.loads(text))
