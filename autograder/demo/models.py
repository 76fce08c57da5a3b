"""Train the reference models on the built-in data and report the headline table.

This is the course's sanity check on its own data: the cat / non-cat images
must reproduce the lesson of the classic course (logistic regression overfits,
a deeper network generalizes better), and the shallow network must beat the
linear baseline on the planar flower.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from numpy.typing import ArrayLike

from nnref import data, deep, logistic, shallow
from nnref.tools import fast

# Hyperparameters of the classic course.
LOGISTIC = {"num_iterations": 2000, "learning_rate": 0.005}
TWO_LAYER_DIMS = (12288, 7, 1)
L_LAYER_DIMS = [12288, 20, 7, 5, 1]
DEEP = {"learning_rate": 0.0075, "num_iterations": 2500}

T = TypeVar("T")  # what a timed function returns


@dataclass
class Row:
    """One trained model: what it was trained on and how well it does."""

    model: str
    data: str
    train_accuracy: float
    test_accuracy: float | None
    final_cost: float
    seconds: float
    costs: list[float] = field(default_factory=list, repr=False)


def _accuracy(p: ArrayLike, y: np.ndarray) -> float:
    return float(np.mean(np.asarray(p, dtype=float) == y))


def _timed(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, float]:
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def _net_accuracy(parameters: dict[str, np.ndarray], X: np.ndarray, Y: np.ndarray) -> float:
    AL, _ = deep.L_model_forward(X, parameters)
    return _accuracy(AL > 0.5, Y)


def train_image_models(data_dir: str | Path | None = None) -> list[Row]:
    """Logistic regression, the 2-layer and the 4-layer network on the cat images."""
    train_x_orig, train_y, test_x_orig, test_y, _ = data.load_catvnoncat(data_dir)
    train_x = data.flatten_images(train_x_orig)
    test_x = data.flatten_images(test_x_orig)

    d, secs = _timed(logistic.model, train_x, train_y, test_x, test_y, **LOGISTIC)
    _, last_cost = logistic.propagate(d["w"], d["b"], train_x, train_y)
    rows = [
        Row(
            "logistic regression",
            "cat images",
            _accuracy(d["Y_prediction_train"], train_y),
            _accuracy(d["Y_prediction_test"], test_y),
            last_cost,
            secs,
            d["costs"],
        )
    ]
    for name, fn, dims in [
        ("2-layer 12288-7-1", fast.two_layer_model, TWO_LAYER_DIMS),
        ("4-layer 12288-20-7-5-1", fast.L_layer_model, L_LAYER_DIMS),
    ]:
        (params, costs), secs = _timed(fn, train_x, train_y, dims, **DEEP)
        AL, _ = deep.L_model_forward(train_x, params)
        rows.append(
            Row(
                name,
                "cat images",
                _net_accuracy(params, train_x, train_y),
                _net_accuracy(params, test_x, test_y),
                float(deep.compute_cost(AL, train_y)),
                secs,
                costs,
            )
        )
    return rows


def train_planar_models() -> list[Row]:
    """Logistic regression and the 4-unit tanh network on the planar flower."""
    X, Y = data.load_planar_dataset()
    d, secs = _timed(logistic.model, X, Y, X, Y, num_iterations=2000, learning_rate=0.5)
    _, last_cost = logistic.propagate(d["w"], d["b"], X, Y)
    rows = [
        Row(
            "logistic regression",
            "planar flower",
            _accuracy(d["Y_prediction_train"], Y),
            None,
            last_cost,
            secs,
        )
    ]
    params, secs = _timed(shallow.nn_model, X, Y, 4, num_iterations=10000)
    A2, _ = shallow.forward_propagation(X, params)
    rows.append(
        Row(
            "1 hidden layer, 4 tanh units",
            "planar flower",
            _accuracy(shallow.predict(params, X), Y),
            None,
            shallow.compute_cost(A2, Y),
            secs,
        )
    )
    return rows


def calibration_problems(rows: list[Row]) -> list[str]:
    """The targets the image data is calibrated to; returns the ones that fail."""
    by_model = {r.model: r for r in rows if r.data == "cat images"}
    lr = by_model["logistic regression"]
    two = by_model["2-layer 12288-7-1"]
    four = by_model["4-layer 12288-20-7-5-1"]
    if lr.test_accuracy is None or two.test_accuracy is None or four.test_accuracy is None:
        return ["the image models have no test accuracy"]
    checks = [
        (0.60 <= lr.test_accuracy <= 0.75, "logistic regression test accuracy in [60%, 75%]"),
        (lr.train_accuracy >= 0.95, "logistic regression train accuracy >= 95%"),
        (two.test_accuracy >= lr.test_accuracy, "2-layer test accuracy >= logistic regression"),
        (four.test_accuracy >= 0.78, "4-layer test accuracy >= 78%"),
        (
            four.test_accuracy >= two.test_accuracy + 0.04 - 1e-12,
            "4-layer test accuracy at least 4 points above the 2-layer model",
        ),
    ]
    return [what for ok, what in checks if not ok]


def format_table(rows: list[Row]) -> str:
    """The headline table as aligned text."""
    head = f"{'model':<30} {'data':<14} {'train':>7} {'test':>7} {'final cost':>11} {'seconds':>8}"
    lines = [head, "-" * len(head)]
    for r in rows:
        test = "-" if r.test_accuracy is None else f"{100 * r.test_accuracy:.1f}%"
        lines.append(
            f"{r.model:<30} {r.data:<14} {100 * r.train_accuracy:>6.1f}% {test:>7} "
            f"{r.final_cost:>11.6f} {r.seconds:>8.1f}"
        )
    return "\n".join(lines)


def save_plots(rows: list[Row], out_dir: Path, data_dir: str | Path | None = None) -> list[Path]:
    """Cost curves of the image models and a grid of sample images, as PNG files."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for r in rows:
        if r.costs:
            ax.plot(np.arange(len(r.costs)) * 100, r.costs, label=r.model)
    ax.set_xlabel("iteration")
    ax.set_ylabel("training cost")
    ax.set_title("Reference models on the cat / non-cat images")
    ax.legend()
    fig.tight_layout()
    costs_png = out_dir / "costs.png"
    fig.savefig(costs_png, dpi=100)
    plt.close(fig)

    train_x_orig, train_y, _, _, classes = data.load_catvnoncat(data_dir)
    fig, axes = plt.subplots(4, 8, figsize=(12, 6.5))
    for i, ax in enumerate(axes.flat):
        ax.imshow(train_x_orig[i])
        ax.set_title(classes[train_y[0, i]].decode(), fontsize=9)
        ax.axis("off")
    fig.tight_layout()
    samples_png = out_dir / "samples.png"
    fig.savefig(samples_png, dpi=80)
    plt.close(fig)
    return [costs_png, samples_png]
