"""Calibrate the procedurally drawn cat / non-cat set against the course's models.

Trains, on the arrays of :func:`nnref.tools.catfaces.make_catvnoncat` (or on the
committed .h5 files with ``--h5 DIR``):

- logistic regression as in Week 2 (zero init, lr 0.005, 2000 iterations),
- ``nnref.app.two_layer_model`` (12288, 7, 1), lr 0.0075, 2500 iterations,
- ``nnref.app.L_layer_model`` [12288, 20, 7, 5, 1], lr 0.0075, 2500 iterations,

and prints train / test accuracy and the final cost of each. Targets: logistic
regression test accuracy in [60 %, 75 %] with train accuracy >= 95 %; 2-layer
test >= logistic test; 4-layer test >= 78 % and >= 2-layer test + 4 points.

Usage::

    OPENBLAS_NUM_THREADS=1 python benchmarks/calibrate_catfaces.py [--h5 DIR] [--only lr,2,4]

Measured on the committed files (``--h5 nnref/datasets``, OPENBLAS_NUM_THREADS=1,
logistic + 2-layer in one process, 4-layer in another)::

    logistic: train 100.0 test 72.0 cost 0.0965
    2-layer: train 100.0 test 74.0 cost@2400 0.0204 final 0.0186
    4-layer: train 99.5 test 84.0 cost@2400 0.0515 final 0.0482

("cost" of the logistic regression is the one of its last iteration; "cost@2400"
is the last entry of the models' ``costs`` list, "final" the cost after
training.) See the module docstring of :mod:`nnref.tools.catfaces` for how the
generator parameters and seeds were chosen.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np


def load(h5_dir=None):
    if h5_dir is None:
        from nnref.tools import catfaces

        d = catfaces.make_catvnoncat()
    else:
        import h5py

        d = {}
        for name in ("train", "test"):
            with h5py.File(Path(h5_dir) / f"{name}_catvnoncat.h5", "r") as f:
                d[f"{name}_set_x"] = f[f"{name}_set_x"][:]
                d[f"{name}_set_y"] = f[f"{name}_set_y"][:]
    out = {}
    for name in ("train", "test"):
        x = d[f"{name}_set_x"]
        out[name] = (x.reshape(x.shape[0], -1).T / 255.0, d[f"{name}_set_y"].reshape(1, -1))
    return out


def logistic(X, Y, lr=0.005, num_iterations=2000):
    """Week 2 logistic regression: zero init, full-batch gradient descent."""
    w = np.zeros((X.shape[0], 1))
    b = 0.0
    m = X.shape[1]
    cost = None
    for _ in range(num_iterations):
        A = 1 / (1 + np.exp(-(w.T @ X + b)))
        cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
        dZ = A - Y
        w -= lr * (X @ dZ.T) / m
        b -= lr * float(np.sum(dZ)) / m
    return w, b, cost


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--h5", type=Path, default=None, help="directory with the .h5 files")
    parser.add_argument("--only", default="lr,2,4", help="comma list of lr, 2, 4")
    args = parser.parse_args(argv)
    which = set(args.only.split(","))
    data = load(args.h5)
    (Xtr, Ytr), (Xte, Yte) = data["train"], data["test"]

    def acc(p, Y):
        return 100.0 * float(np.mean(p == Y))

    if "lr" in which:
        t = time.time()
        w, b, cost = logistic(Xtr, Ytr)

        def pred(X):
            return (1 / (1 + np.exp(-(w.T @ X + b)))) > 0.5

        print(
            f"logistic: train {acc(pred(Xtr), Ytr):.1f} test {acc(pred(Xte), Yte):.1f} "
            f"cost {cost:.4f} ({time.time() - t:.0f} s)",
            flush=True,
        )

    from nnref import app, deep

    for key, dims, fn in (
        ("2", (12288, 7, 1), app.two_layer_model),
        ("4", [12288, 20, 7, 5, 1], app.L_layer_model),
    ):
        if key not in which:
            continue
        t = time.time()
        params, costs = fn(Xtr, Ytr, dims, learning_rate=0.0075, num_iterations=2500)
        AL, _ = deep.L_model_forward(Xtr, params)
        final = float(deep.compute_cost(AL, Ytr))
        ptr = AL > 0.5
        AL, _ = deep.L_model_forward(Xte, params)
        print(
            f"{key}-layer: train {acc(ptr, Ytr):.1f} test {acc(AL > 0.5, Yte):.1f} "
            f"cost@2400 {costs[-1]:.4f} final {final:.4f} ({time.time() - t:.0f} s)",
            flush=True,
        )


if __name__ == "__main__":
    main()
