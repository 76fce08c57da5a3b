"""Week 3 data: the planar sets and a logistic-regression baseline, as ``planar_data.json``.

Students have no nnref, so the build measures everything here and ships one JSON file next
to the notebook. The file holds plain nested lists (examples are columns, as in the course):

``flower``
    ``{"X": (2, 400), "Y": (1, 400)}`` from :func:`nnref.data.load_planar_dataset`.
``extra``
    ``{name: {"X": (2, 200), "Y": (1, 200)}}`` from :func:`nnref.data.load_extra_datasets`,
    for noisy_circles, noisy_moons, blobs, gaussian_quantiles and no_structure.
``logistic_baseline``
    Logistic regression (:mod:`nnref.logistic`) trained on the flower from zeros:
    ``w`` (2, 1), ``b``, ``train_accuracy`` (a fraction), ``final_cost`` and the
    ``num_iterations`` / ``learning_rate`` used.

The bytes are reproducible: keys are sorted, floats are written by ``json`` (shortest repr,
which reads back to the same float), and nothing depends on time or on NumPy's global state.
The points are the reference's bit for bit: they are drawn with IEEE arithmetic and libm's
sin and cos (NumPy has no SIMD kernel for float64 sin and cos), so they are the same on every
CPU. The baseline is trained with ``np.exp`` and ``np.log``, whose SIMD kernels differ in the
last bit between CPUs, so its floats are rounded (:func:`autograder.exercises.weekdata.rounded`).
"""

from __future__ import annotations

import json

import numpy as np

from autograder.exercises.weekdata import rounded
from nnref import data, logistic

FILE_NAME = "planar_data.json"
BASELINE_ITERATIONS = 2000
BASELINE_LEARNING_RATE = 0.5


def _xy(X: np.ndarray, Y: np.ndarray) -> dict:
    """X as floats and Y as ints, both as nested lists of the same shape."""
    return {"X": X.astype(float).tolist(), "Y": Y.astype(int).tolist()}


def logistic_baseline(X: np.ndarray, Y: np.ndarray) -> dict:
    """Train logistic regression on (X, Y) from zeros and report w, b and the train accuracy."""
    w, b = logistic.initialize_with_zeros(X.shape[0])
    params, _, costs = logistic.optimize(
        w, b, X, Y, num_iterations=BASELINE_ITERATIONS, learning_rate=BASELINE_LEARNING_RATE
    )
    # Rounded first, so that the stored weights give the stored accuracy.
    w, b = rounded(params["w"]), rounded(float(params["b"]))
    return {
        "w": w.tolist(),
        "b": b,
        "train_accuracy": float(np.mean(logistic.predict(w, b, X) == Y)),
        "final_cost": rounded(float(costs[-1])),
        "num_iterations": BASELINE_ITERATIONS,
        "learning_rate": BASELINE_LEARNING_RATE,
    }


def planar_data() -> dict:
    """Everything the Week 3 notebook loads, as plain JSON values."""
    X, Y = data.load_planar_dataset()
    extra = {name: _xy(x, y) for name, (x, y) in data.load_extra_datasets().items()}
    return {
        "flower": _xy(X, Y),
        "extra": extra,
        "logistic_baseline": logistic_baseline(X, Y),
    }


def files() -> dict[str, bytes]:
    """{"planar_data.json": bytes} for source/week3/."""
    text = json.dumps(planar_data(), sort_keys=True, separators=(",", ":"))
    return {FILE_NAME: (text + "\n").encode()}
