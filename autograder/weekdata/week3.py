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
"""

from __future__ import annotations

import json

import numpy as np

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
    w, b = params["w"], float(params["b"])
    accuracy = float(np.mean(logistic.predict(w, b, X) == Y))
    return {
        "w": w.tolist(),
        "b": b,
        "train_accuracy": accuracy,
        "final_cost": float(costs[-1]),
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
