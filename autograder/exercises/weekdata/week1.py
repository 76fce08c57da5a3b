"""Week 1 data: the "scale drives performance" curve, measured with nnref at build time.

Test accuracy against the number of training images for three models of growing size:
logistic regression (one neuron), a 2-layer network and a 4-layer network. The images come
from :func:`nnref.tools.catfaces.make_images` with seeds distinct from the shipped data set (whose
209 training images are too few to show the trend), and every model is tested on the same
held-out images.

To keep the build fast (``files()`` takes about half a minute on two cores), the 64x64
images are averaged down to 16x16 pixels (768 features instead of 12288) and each model is
trained for a fixed number of mini-batch gradient steps with the nnref building blocks
(:func:`nnref.deep.L_model_forward`, the backward pass of :mod:`nnref.app` and
:func:`nnref.deep.update_parameters`). Each point is the mean over a few training sets.
Only local generators are used, so the result does not depend on NumPy's global random
state, and it is the same with any number of BLAS threads and on every CPU: each float is an
accuracy (a count of right predictions) rounded to 4 decimals. The trained weights do depend
on the CPU (OpenBLAS and NumPy's SIMD kernels differ in the last bits, and 1000 steps of
training grow that: measured, test probabilities moved by up to 9e-10 with AVX-512 and AVX2
disabled), but no probability comes near 0.5 (the closest is 5.2e-5 away), so no prediction
flips.

Tried and dropped while choosing the settings (for the record): with the narrower 4-layer
network (20, 7, 5) of Week 4, some training runs collapsed to predicting one class, so the
curve depended on the random seed; the wider (32, 16, 8) network trains reliably.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from nnref import app, deep
from nnref.tools import catfaces

TRAIN_SEED = 31_001  # distinct from catfaces.TRAIN_SEED / TEST_SEED of the shipped files
TEST_SEED = 31_002


@dataclass(frozen=True)
class ScaleConfig:
    """What the scale curve measures; the defaults are those of the shipped file."""

    train_sizes: tuple[int, ...] = (25, 50, 100, 200, 400, 800)
    n_test: int = 400
    pixels: int = 16  # images are averaged down to pixels x pixels (64 must be a multiple)
    num_steps: int = 1000
    batch_size: int = 64
    repeats: int = 3  # training sets per size (different images, order and start); mean kept
    # name -> (label, hidden layer sizes, learning rate)
    models: dict[str, tuple[str, tuple[int, ...], float]] = field(
        default_factory=lambda: {
            "logistic": ("logistic regression (1 neuron)", (), 0.01),
            "two_layer": ("2-layer network (7 hidden units)", (7,), 0.03),
            "four_layer": ("4-layer network (32, 16, 8 hidden units)", (32, 16, 8), 0.05),
        }
    )
    train_seed: int = TRAIN_SEED
    test_seed: int = TEST_SEED


def downsample(images: np.ndarray, pixels: int) -> np.ndarray:
    """Average (m, 64, 64, 3) uint8 images down to (pixels * pixels * 3, m) floats in [0, 1]."""
    m, size = images.shape[0], images.shape[1]
    k = size // pixels
    x = images.astype(np.float64).reshape(m, pixels, k, pixels, k, 3).mean(axis=(2, 4)) / 255.0
    return np.ascontiguousarray(x.reshape(m, -1).T)


def balanced_first(labels: np.ndarray, m: int) -> np.ndarray:
    """Indices of the first m // 2 cats and the first m - m // 2 non-cats, in data order.

    Half cats like the test set, and nested: each training set contains the smaller ones,
    so the curve shows the effect of adding data rather than of drawing a new sample.
    """
    cats = np.flatnonzero(labels == 1)[: m // 2]
    others = np.flatnonzero(labels == 0)[: m - m // 2]
    if len(cats) + len(others) < m:
        raise ValueError(f"not enough images of each class for a balanced set of {m}")
    return np.sort(np.concatenate([cats, others]))


def train(
    X: np.ndarray,
    Y: np.ndarray,
    layer_dims: list[int],
    learning_rate: float,
    num_steps: int,
    batch_size: int,
    seed: int,
) -> dict[str, np.ndarray]:
    """Mini-batch gradient descent with the nnref building blocks; returns the parameters.

    Weights start as randn * sqrt(2 / n_{l-1}) (He) from ``np.random.default_rng(seed)``; each step
    uses the next ``min(batch_size, m)`` examples of a shuffled order, reshuffled when used up.
    """
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        n_prev = layer_dims[l - 1]
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], n_prev)) * np.sqrt(2.0 / n_prev)
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    m = X.shape[1]
    rows = np.ascontiguousarray(X.T)  # one example per row: a batch is a fast row gather
    batch = min(batch_size, m)
    order, start = rng.permutation(m), 0
    for _ in range(num_steps):
        if start + batch > m:
            order, start = rng.permutation(m), 0
        cols = order[start : start + batch]
        start += batch
        AL, caches = deep.L_model_forward(rows[cols].T, parameters)
        # As deep.L_model_backward, minus the gradient for the input (not needed here).
        grads = app.backward_for_training(AL, Y[:, cols], caches)
        parameters = deep.update_parameters(parameters, grads, learning_rate)
    return parameters


def accuracy(X: np.ndarray, Y: np.ndarray, parameters: dict[str, np.ndarray]) -> float:
    AL, _ = deep.L_model_forward(X, parameters)
    return round(float(np.mean((AL > 0.5) == (Y > 0.5))), 4)


def _mean(runs: list[list[float]]) -> list[float]:
    return [round(float(v), 4) for v in np.mean(np.array(runs), axis=0)]


def scale_curve(config: ScaleConfig | None = None) -> dict:
    """Train every model on training sets of growing size; return the curve as a dict."""
    cfg = config or ScaleConfig()
    m_max = max(cfg.train_sizes)
    x_train, y_train = catfaces.make_images(m_max, cfg.train_seed)
    x_test, y_test = catfaces.make_images(cfg.n_test, cfg.test_seed)
    X_train, X_test = downsample(x_train, cfg.pixels), downsample(x_test, cfg.pixels)
    Y_train = y_train.reshape(1, -1).astype(np.float64)
    Y_test = y_test.reshape(1, -1).astype(np.float64)
    n_x = X_train.shape[0]
    with np.errstate(over="ignore"):  # exp overflow in the sigmoid of a confident output
        models = {}
        for name, (label, hidden, lr) in cfg.models.items():
            dims = [n_x, *hidden, 1]
            test_runs, train_runs = [], []
            for r in range(cfg.repeats):
                # Repeat r sees the pool in its own order; its training sets are nested.
                order = np.random.default_rng(cfg.train_seed + 1 + r).permutation(m_max)
                test_acc, train_acc = [], []
                for m in cfg.train_sizes:
                    cols = order[balanced_first(y_train[order], m)]
                    X, Y = X_train[:, cols], Y_train[:, cols]
                    params = train(X, Y, dims, lr, cfg.num_steps, cfg.batch_size, seed=r)
                    test_acc.append(accuracy(X_test, Y_test, params))
                    train_acc.append(accuracy(X, Y, params))
                test_runs.append(test_acc)
                train_runs.append(train_acc)
            models[name] = {
                "label": label,
                "layer_dims": dims,
                "learning_rate": lr,
                "test_accuracy": _mean(test_runs),
                "test_accuracy_runs": test_runs,
                "train_accuracy": _mean(train_runs),
            }
    setup = (
        f"Images drawn by the course's cat / non-cat generator (not the {catfaces.N_TRAIN} "
        f"shipped ones), averaged down to {cfg.pixels}x{cfg.pixels} pixels (n_x = {n_x}). "
        f"For each size m, each model was trained on m images (half of them cats) taken from "
        f"a pool of {m_max}, for {cfg.num_steps} steps of mini-batch gradient descent (batch "
        f"{cfg.batch_size}, or m if smaller), then tested on the same {cfg.n_test} other "
        f"images; the accuracy shown is the mean over {cfg.repeats} such training sets."
    )
    return {
        "config": {k: v for k, v in asdict(cfg).items() if k != "models"},
        "models": models,
        "n_x": n_x,
        "setup": setup,
        "test_cat_fraction": round(float(Y_test.mean()), 4),
        "test_size": cfg.n_test,
        "train_sizes": list(cfg.train_sizes),
    }


def curve_bytes(config: ScaleConfig | None = None) -> bytes:
    """The measured curve as JSON text with sorted keys (computed in this process)."""
    return (json.dumps(scale_curve(config), indent=1, sort_keys=True) + "\n").encode()


# Training makes thousands of small matrix products. A multi-threaded BLAS synchronizes its
# threads on each of them, which is slow, and very slow when other processes keep the cores
# busy (measured: 45 times slower than one thread on a loaded two-core machine). The result
# is the same with any number of threads, so the measurement runs in a child process with
# one BLAS thread.
_ONE_THREAD = {
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}


def files(config: ScaleConfig | None = None) -> dict[str, bytes]:
    """{"scale_curve.json": bytes}: the measured curve (see the module docstring)."""
    cfg = config or ScaleConfig()
    proc = subprocess.run(
        [sys.executable, "-m", __name__],
        input=json.dumps(asdict(cfg)),
        capture_output=True,
        text=True,
        env={**os.environ, **_ONE_THREAD},
        cwd=Path(__file__).resolve().parents[3],
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"measuring the Week 1 scale curve failed:\n{proc.stderr[-3000:]}")
    return {"scale_curve.json": proc.stdout.encode()}


def _config_from_json(text: str) -> ScaleConfig:
    d = json.loads(text)
    d["train_sizes"] = tuple(d["train_sizes"])
    d["models"] = {k: (label, tuple(h), lr) for k, (label, h, lr) in d["models"].items()}
    return ScaleConfig(**d)


if __name__ == "__main__":
    sys.stdout.write(curve_bytes(_config_from_json(sys.stdin.read())).decode())
