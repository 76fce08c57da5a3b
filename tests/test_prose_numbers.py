"""Every number the notebooks' prose quotes from a run is what the notebook computes.

Each test recomputes, with nnref and the notebook's own data, settings and seeds, the numbers
that the text of one cell (or a few) quotes, checks them at the precision the text uses
("about 91 %" holds for 90.75; "0.064" for 0.0636), and checks that the text really says
that. A failure names the cell and the phrase to change.

The trainings on the full image data run with :mod:`nnref.tools.fast`, which is the same batch
gradient descent as :mod:`nnref.app` computed through the Gram matrix of the images (same
costs to about 1e-12, same predictions: tests/nnref/test_fast.py), so that this file stays
well under two minutes. The trainings are shared through module-scoped fixtures.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

from nnref import data, deep, logistic, shallow
from nnref.tools import fast

SOURCE = Path(__file__).resolve().parents[1] / "source"
INTRO = "week1/intro_to_deep_learning.ipynb"
BASICS = "week2/numpy_basics.ipynb"
LOGISTIC = "week2/logistic_regression.ipynb"
PLANAR = "week3/planar_classification.ipynb"
STEPS = "week4/deep_nn_step_by_step.ipynb"
APP = "week4/deep_nn_application.ipynb"


# ------------------------------------------------------------------------------- helpers


@cache
def _cells(notebook: str) -> dict[str, str]:
    """{cell id: source} of a source notebook."""
    cells = json.loads((SOURCE / notebook).read_text())["cells"]
    return {c["id"]: "".join(c["source"]) for c in cells}


def _flat(text: str) -> str:
    return " ".join(text.split())


def says(notebook: str, cell_id: str, *phrases: str) -> None:
    """Each phrase occurs in the cell, line breaks and runs of spaces aside."""
    text = _flat(_cells(notebook)[cell_id])
    for phrase in phrases:
        assert _flat(phrase) in text, f"{notebook}, cell {cell_id!r} should say: {phrase!r}"


def about(value: float, quoted: str) -> None:
    """``value`` is what ``quoted`` says, to the last digit quoted (a tie counts as right)."""
    decimals = len(quoted.split(".")[1]) if "." in quoted else 0
    assert abs(value - float(quoted)) <= 0.5 * 10**-decimals + 1e-9, (
        f"the text quotes {quoted}, the notebook computes {value}"
    )


def percent(fraction) -> float:
    return 100 * float(fraction)


def accuracy(p, y) -> float:
    return percent(np.mean(np.asarray(p) == np.asarray(y)))


def printed_costs(fn, *args, **kwargs) -> tuple[object, dict[int, float]]:
    """Run fn with print_cost=True; return its result and {iteration: printed cost}."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = fn(*args, print_cost=True, **kwargs)
    costs = {}
    for line in out.getvalue().splitlines():
        if line.startswith("Cost after iteration "):
            i, cost = line.removeprefix("Cost after iteration ").split(": ")
            costs[int(i)] = float(cost)
    return result, costs


@pytest.fixture(scope="module", autouse=True)
def _keep_the_global_generator():
    """The models seed NumPy's global generator, as the notebooks do: put it back afterwards."""
    state = np.random.get_state()
    yield
    np.random.set_state(state)


# ---------------------------------------------------------------------------- the images


@pytest.fixture(scope="module")
def images():
    """The cat images as the Week 2 and Week 4 notebooks load and scale them."""
    train_x_orig, train_y, test_x_orig, test_y, _ = data.load_catvnoncat(
        SOURCE / "week4" / "datasets"
    )
    return {
        "train_x": train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255,
        "train_y": train_y,
        "test_x": test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255,
        "test_y": test_y,
    }


@pytest.fixture(scope="module")
def week2_logistic(images):
    """Week 2's logistic regression: cell `train` (2000 steps, alpha 0.005), then the three
    learning rates of cell `learning-rates` (1000 steps each)."""
    args = (images["train_x"], images["train_y"], images["test_x"], images["test_y"])
    main = logistic.model(*args, num_iterations=2000, learning_rate=0.005)
    rates = {
        lr: logistic.model(*args, num_iterations=1000, learning_rate=lr)
        for lr in (0.01, 0.001, 0.0001)
    }
    return main, rates


@pytest.fixture(scope="module")
def week4_models(images):
    """Week 4's two networks, trained as cells `two-layer-train` and `L-layer-train` do (1500
    steps, alpha 0.0075), and again for the classic 2500 steps."""
    X, Y = images["train_x"], images["train_y"]
    runs = {}
    for name, fn, dims in [
        ("2-layer", fast.two_layer_model, (X.shape[0], 7, 1)),
        ("4-layer", fast.L_layer_model, [X.shape[0], 20, 7, 5, 1]),
    ]:
        for iterations in (1500, 2500):
            (parameters, costs), printed = printed_costs(
                fn, X, Y, dims, learning_rate=0.0075, num_iterations=iterations
            )
            runs[name, iterations] = {
                "parameters": parameters,
                "costs": costs,
                "last_cost": printed[iterations - 1],
                "train": (deep.L_model_forward(X, parameters)[0] > 0.5).astype(float),
                "test": (deep.L_model_forward(images["test_x"], parameters)[0] > 0.5).astype(float),
            }
    return runs


# ---------------------------------------------------------------------------------- Week 1


def test_week1_notation_table_quotes_the_shipped_data(images):
    m_train, m_test = images["train_y"].shape[1], images["test_y"].shape[1]
    n_x = images["train_x"].shape[0]
    assert (m_train, m_test, n_x) == (209, 50, 12288)
    says(INTRO, "part4-notation", "| 209 and 50 |", "$(12288, 209)$", "$(1, 209)$")


def test_week1_scale_curve_prose_matches_scale_curve_json():
    curve = json.loads((SOURCE / "week1" / "scale_curve.json").read_text())
    sizes = curve["train_sizes"]
    models = curve["models"]
    test = {name: [percent(a) for a in m["test_accuracy"]] for name, m in models.items()}
    train = {name: [percent(a) for a in m["train_accuracy"]] for name, m in models.items()}

    assert (sizes[0], sizes[-1], curve["test_size"]) == (25, 800, 400)
    assert curve["config"]["repeats"] == 3 and curve["config"]["pixels"] == 16
    assert all(len(m["test_accuracy_runs"]) == 3 for m in models.values())
    says(
        INTRO,
        "scale-measured-intro",
        "training sets of 25 to 800 cat / non-cat images",
        "tested on the same 400 new images",
        "the average over three different training sets",
    )

    def spread(k):
        return max(t[k] for t in test.values()) - min(t[k] for t in test.values())

    gains = {name: t[-1] - t[0] for name, t in test.items()}
    assert min(gains, key=gains.get) == "logistic" and max(gains, key=gains.get) == "four_layer"
    assert max(test, key=lambda name: test[name][-1]) == "four_layer"
    assert test["four_layer"][-1] > test["four_layer"][-2]  # not flattened at 800
    assert spread(0) <= 3 and spread(1) <= 3  # "within a couple of points"
    about(train["two_layer"][0], "100")
    about(train["four_layer"][0], "100")
    about(train["logistic"][0], "97")
    says(
        INTRO,
        "scale-reading",
        "the largest one gains the most and ends on top. Its curve has not flattened at 800",
        "At the left of the plot the three models are within a couple of points of each other",
        r"pictures shrunk to $16 \times 16$ pixels",
        "with 25 images both networks get all of their training images right, and logistic "
        "regression 97 % of them",
    )

    about(test["logistic"][0], "65")
    about(test["logistic"][-1], "72")
    about(test["two_layer"][-1], "76")
    about(test["four_layer"][-1], "80")
    assert test["logistic"][sizes.index(200)] > test["logistic"][-1] - 2  # "hardly improved"
    says(
        INTRO,
        "written-scale-answer",
        "training set grew from 25 to 800 images",
        "(from about 65 % to about 72 %)",
        "(to about 76 %)",
        "(about 80 %)",
        "With 25 or 50 images the three were within a couple of points of each other",
    )


# ---------------------------------------------------------------------------------- Week 2


def test_week2_softmax_overflow_facts():
    with np.errstate(over="ignore"):
        assert np.isinf(np.exp(710.0)) and np.isfinite(np.exp(709.0))
    about(np.finfo(np.float64).max / 1e308, "1.8")
    says(BASICS, "softmax-md", r"about $1.8 \times 10^{308}$", "`np.exp(710)` is already `inf`")


def test_week2_gradient_check_agrees_to_the_quoted_digits():
    # cell `gradcheck`, with the reference propagate
    rng = np.random.default_rng(1)
    w, b = rng.standard_normal((4, 1)), 0.3
    X = rng.standard_normal((4, 6))
    Y = np.array([[1.0, 0.0, 1.0, 1.0, 0.0, 0.0]])
    dw = logistic.propagate(w, b, X, Y)[0]["dw"]
    eps = 1e-6
    dw_numeric = np.zeros_like(w)
    for j in range(w.shape[0]):
        step = np.zeros_like(w)
        step[j] = eps
        plus = logistic.propagate(w + step, b, X, Y)[1]
        minus = logistic.propagate(w - step, b, X, Y)[1]
        dw_numeric[j] = (plus - minus) / (2 * eps)
    largest = np.max(np.abs(dw - dw_numeric))
    assert round(math.log10(largest)) == -10
    assert round(-math.log10(largest / np.max(np.abs(dw)))) == 9
    says(LOGISTIC, "gradcheck-md", "agree to about 9 digits", "of order $10^{-10}$")


@pytest.mark.slow
def test_week2_training_and_learning_rate_prose(images, week2_logistic):
    main, rates = week2_logistic
    train = accuracy(main["Y_prediction_train"], images["train_y"])
    test = accuracy(main["Y_prediction_test"], images["test_y"])
    about(train, "100")
    about(test, "72")
    about(train - test, "28")
    says(
        LOGISTIC,
        "overfitting-md",
        r"Trained with $\alpha = 0.005$ for 2000 iterations",
        "every training image correctly (100 %), but only 72 % of the test images: a gap of 28 "
        "points",
    )
    says(LOGISTIC, "train-md", r"2000 iterations of gradient descent with $\alpha = 0.005$")
    assert "num_iterations=2000" in _cells(LOGISTIC)["train"]
    assert "learning_rate=0.005" in _cells(LOGISTIC)["train"]

    slow, middle, quick = (rates[lr]["costs"] for lr in (0.0001, 0.001, 0.01))
    about(slow[0], "0.693")
    about(slow[-1], "0.57")
    about(middle[-1], "0.37")
    about(quick[-1], "0.09")
    about(quick[2], "1.03")
    assert quick[2] > quick[0]  # the jump at iteration 200
    assert quick[-1] < middle[-1] < slow[-1]
    says(
        LOGISTIC,
        "learning-rate-discussion",
        r"With $\alpha = 0.0001$ the cost creeps from 0.693 to about 0.57 (the last value "
        "recorded, at iteration 900)",
        r"With $\alpha = 0.001$ it falls steadily, to about 0.37",
        r"With $\alpha = 0.01$ it falls fastest, to about 0.09",
        "the cost recorded at iteration 200, about 1.03, is higher than at the start",
    )


# ---------------------------------------------------------------------------------- Week 3


@pytest.fixture(scope="module")
def planar():
    """The flower, the five extra sets and the stored logistic baseline, as `load-data` reads
    them."""
    raw = json.loads((SOURCE / "week3" / "planar_data.json").read_text())

    def arrays(d):
        return np.array(d["X"], dtype=float), np.array(d["Y"], dtype=int)

    X, Y = arrays(raw["flower"])
    extra = {name: arrays(d) for name, d in raw["extra"].items()}
    return X, Y, extra, raw["logistic_baseline"]


def test_week3_logistic_baseline_prose(planar):
    X, Y, _, baseline = planar
    w = np.array(baseline["w"])
    lr_accuracy = accuracy(1 / (1 + np.exp(-(w.T @ X + baseline["b"]))) > 0.5, Y)
    about(lr_accuracy, "47")
    about(percent(np.mean(Y == 1)), "50")
    assert (baseline["num_iterations"], baseline["learning_rate"]) == (2000, 0.5)
    says(PLANAR, "baseline-intro", "then 2000 gradient-descent steps with learning rate 0.5")
    says(
        PLANAR,
        "baseline-comment",
        'About 47 %: worse than answering "blue" for every point, which would get 50 %',
    )
    says(PLANAR, "extra-discussion", "on the flower that gets only about 47 % of the points right")


def test_week3_learning_rate_figure_sentence():
    # cell `learning-rate-figure`: 8 steps of theta -= alpha * 2 theta from theta = 1
    end = {}
    for alpha in (0.1, 0.9, 1.05):
        path = [1.0]
        for _ in range(8):
            path.append(path[-1] - alpha * 2 * path[-1])
        end[alpha] = path[-1]
    assert f"{end[0.1]:.2f}" == f"{end[0.9]:.2f}"  # the titles show the same value
    about(end[0.1], "0.17")
    about(end[0.9], "0.17")
    about(end[1.05], "2.14")
    about(1 - 2 * 0.1, "0.8")
    about(1 - 2 * 0.9, "-0.8")
    about(1 - 2 * 1.05, "-1.1")
    says(
        PLANAR,
        "update-exercise",
        r"The first two panels end at the same value, $\theta \approx 0.17$",
        r"$\theta$ by $0.8$ when $\alpha = 0.1$ and by $-0.8$ when $\alpha = 0.9$",
        r"$0.8^8 \approx 0.17$",
        r"With $\alpha = 1.05$ the factor is $-1.1$",
        r"$\theta$ grows to $1.1^8 \approx 2.14$",
    )


@pytest.fixture(scope="module")
def week3_runs(planar):
    """Cells `train-flower` (4 units, 10000 steps, printed costs), `sweep` (3000 steps, and
    10000 for the comparison the text makes) and `extra-datasets` (4 units, 3000 steps)."""
    X, Y, extra, _ = planar
    parameters, printed = printed_costs(shallow.nn_model, X, Y, 4, num_iterations=10000)
    sweep = {
        n_h: {
            n: accuracy(shallow.predict(shallow.nn_model(X, Y, n_h, num_iterations=n), X), Y)
            for n in (3000, 10000)
        }
        for n_h in (1, 2, 3, 4, 5, 20, 50)
    }
    extra_accuracy = {}
    for name, (X_extra, Y_extra) in extra.items():
        trained = shallow.nn_model(X_extra, Y_extra, 4, num_iterations=3000)
        extra_accuracy[name] = accuracy(shallow.predict(trained, X_extra), Y_extra)
    return {
        "printed": printed,
        "accuracy": accuracy(shallow.predict(parameters, X), Y),
        "sweep": sweep,
        "extra": extra_accuracy,
    }


@pytest.mark.slow
def test_week3_flower_training_prose(week3_runs):
    printed = week3_runs["printed"]
    about(printed[0], "0.693")
    about(printed[9000], "0.22")
    assert f"Cost after iteration 1000: {printed[1000]:f}" == "Cost after iteration 1000: 0.258625"
    says(PLANAR, "model-exercise", "`Cost after iteration 1000: 0.258625`")
    says(
        PLANAR, "train-intro", "for 10000 iterations", "start at about 0.693", "fall to about 0.22"
    )
    assert "num_iterations=10000" in _cells(PLANAR)["train-flower"]

    about(week3_runs["accuracy"], "91")
    says(PLANAR, "hidden-units-intro", "About 91 % instead of 47 %")
    says(PLANAR, "extra-discussion", "with 4 units it reaches about 91 % on the same data")


@pytest.mark.slow
def test_week3_hidden_layer_sweep_prose(week3_runs):
    sweep = week3_runs["sweep"]
    assert max(abs(a[3000] - a[10000]) for a in sweep.values()) <= 2
    says(
        PLANAR,
        "sweep-intro",
        "each network gets only **3000** iterations instead of 10000",
        "within two percentage points of those after 10000 iterations",
    )
    assert "num_iterations=3000" in _cells(PLANAR)["sweep"]
    for n_h in (1, 2):
        for iterations in (3000, 10000):  # "whatever the training time"
            about(sweep[n_h][iterations], "67")
    for n_h in (3, 4, 5, 20, 50):
        about(sweep[n_h][3000], "90")
    says(
        PLANAR,
        "sweep-discussion",
        "the accuracy stays near 67 % whatever the training time",
        "From $n_h = 3$ on",
        "the accuracy reaches about 90 %",
        "With 20 or 50 units the training accuracy stays at about 90 %",
    )


@pytest.mark.slow
def test_week3_other_datasets_prose(week3_runs):
    extra = week3_runs["extra"]
    assert extra["noisy_moons"] >= 97 and extra["gaussian_quantiles"] >= 97
    says(
        PLANAR,
        "extra-discussion",
        "The moons and the Gaussian quantiles are separated almost perfectly",
    )
    says(PLANAR, "extra-intro", "trains a network with 4 hidden units for 3000 iterations")


# ---------------------------------------------------------------- Week 4, step by step


def test_week4_untrained_network_outputs_one_half():
    # cell `L-model-forward-try` draws from the unseeded global generator: any seed will do
    X_try = np.random.default_rng(0).standard_normal((5, 4))
    state = np.random.get_state()
    try:
        for seed in range(5):
            np.random.seed(seed)
            AL, _ = deep.L_model_forward(X_try, deep.initialize_parameters_deep([5, 4, 3, 1]))
            assert np.max(np.abs(AL - 0.5)) < 1e-3
    finally:
        np.random.set_state(state)
    says(STEPS, "L-model-forward-after", r"every probability is close to $\sigma(0) = 0.5$")


def test_week4_gradient_check_differences():
    # cell `gradcheck-demo`
    rng = np.random.default_rng(42)
    dims, m = [4, 5, 3, 1], 6
    X = rng.standard_normal((dims[0], m))
    Y = np.array([[0.0, 1.0, 1.0, 0.0, 1.0, 0.0]])
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) / np.sqrt(dims[l - 1])
        params[f"b{l}"] = 0.1 * rng.standard_normal((dims[l], 1))
    AL, caches = deep.L_model_forward(X, params)
    backprop = deep.L_model_backward(AL, Y, caches)["dW1"]
    numerical = np.zeros_like(params["W1"])
    eps = 1e-6
    for index in np.ndindex(numerical.shape):
        costs = []
        for sign in (1, -1):
            shifted = {k: v.copy() for k, v in params.items()}
            shifted["W1"][index] += sign * eps
            costs.append(float(deep.compute_cost(deep.L_model_forward(X, shifted)[0], Y)))
        numerical[index] = (costs[0] - costs[1]) / (2 * eps)

    def difference(a, b):
        return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))

    assert difference(numerical, backprop) <= 1e-7
    assert 1e-2 <= difference(numerical, m * backprop) <= 1
    says(
        STEPS,
        "gradcheck-intro",
        r"A correct backward pass gives about $10^{-7}$ or less",
        r"a bug gives something near $10^{-2}$ to $1$",
    )
    assert "m_gc = 6" in _cells(STEPS)["gradcheck-demo"]
    says(STEPS, "gradcheck-after", "on a line $m = 6$ times steeper")


@pytest.fixture(scope="module")
def toy_runs():
    """Cell `training-demo`: the disc, [2, 8, 1] and [2, 10, 6, 1] from np.random.seed(1),
    1500 steps at 0.5; the deep one also for 3000 steps (the text's "trained much longer")."""
    rng = np.random.default_rng(3)
    X = rng.uniform(-1, 1, size=(2, 300))
    Y = (np.sum(X**2, axis=0, keepdims=True) < 0.45).astype(float)

    def train(parameters, iterations):
        costs = []
        for _ in range(iterations):
            AL, caches = deep.L_model_forward(X, parameters)
            costs.append(float(deep.compute_cost(AL, Y)))
            parameters = deep.update_parameters(
                parameters, deep.L_model_backward(AL, Y, caches), 0.5
            )
        return parameters, np.array(costs)

    state = np.random.get_state()
    np.random.seed(1)
    start_2 = deep.initialize_parameters(2, 8, 1)
    start_3 = deep.initialize_parameters_deep([2, 10, 6, 1])
    np.random.set_state(state)
    return X, Y, start_3, train(start_2, 1500), train(start_3, 1500), train(start_3, 3000)


@pytest.mark.slow
def test_week4_toy_training_prose(toy_runs):
    X, Y, start_3, (params_2, costs_2), (params_3, costs_3), (_, costs_long) = toy_runs
    right_2 = np.sum((deep.L_model_forward(X, params_2)[0] > 0.5) == Y)
    predicted_3 = deep.L_model_forward(X, params_3)[0] > 0.5
    about(costs_2[-1], "0.07")
    assert right_2 == 299 and f"{right_2 / 300:.0%}" == "100%"  # the title's rounding
    assert costs_3.max() < 0.7
    about(costs_3[-1], "0.67")
    assert not predicted_3.any()  # "outside" everywhere
    about(percent(np.mean(predicted_3 == Y)), "61")
    assert np.mean(predicted_3 == Y) == 1 - np.mean(Y)  # the majority share
    says(
        STEPS,
        "training-after",
        "final cost about 0.07; 299 of the 300 training points right, which the title rounds to "
        "100 %",
        "its cost stays near 0.67 for all 1500 steps",
        '"outside" everywhere (about 61 % accuracy, the share of the majority class)',
    )

    # "the signal shrinks in each layer ... by a factor of 50 to 100 per layer"
    _, caches = deep.L_model_forward(X, start_3)
    sizes = [X.std()] + [Z.std() for _, Z in caches]
    factors = [before / after for before, after in pairwise(sizes)]
    assert all(50 <= f <= 100 for f in factors), factors
    # "escape the plateau (after about 2500 steps here)"
    escape = int(np.argmax(costs_long < 0.66))
    assert costs_long[escape - 1] >= 0.66 and abs(escape - 2500) <= 250, escape
    assert costs_long[-1] < 0.2
    says(
        STEPS,
        "training-after",
        "by a factor of 50 to 100 per layer",
        "escape the plateau (after about 2500 steps here)",
    )


# ---------------------------------------------------------------- Week 4, application


def test_week4_parameter_counts():
    def count(dims):
        return sum(n * n_prev + n for n_prev, n in pairwise(dims))

    assert count([12288, 1]) == 12_289
    assert count([12288, 7, 1]) == 86_031
    assert count([12288, 20, 7, 5, 1]) == 245_973
    assert count([20, 7, 5, 1]) < 200  # the layers after the first
    says(APP, "architectures", "86,031 numbers to learn")
    says(APP, "deep-init-intro", "It has 245,973 parameters")
    says(
        APP,
        "why-deeper",
        "Logistic regression (12,289 parameters) and the 2-layer network (86,031)",
        "hold fewer than 200 of its 245,973 parameters",
    )


def test_week4_initialization_experiment_prose(images):
    # cell `init-experiment`
    dims = [images["train_x"].shape[0], 20, 7, 5, 1]
    rng = np.random.default_rng(0)
    draws = [rng.standard_normal((dims[l], dims[l - 1])) for l in range(1, len(dims))]
    sizes = {}
    for name, scale_of in [("0.01", lambda n: 0.01), ("1/sqrt", lambda n: 1 / np.sqrt(n))]:
        A, sizes[name] = images["train_x"], []
        for W in draws:
            Z = (W * scale_of(W.shape[1])) @ A
            sizes[name].append(Z.std())
            A = np.maximum(0, Z)
    small, scaled = sizes["0.01"], sizes["1/sqrt"]
    assert all(before / after > 10 for before, after in pairwise(small))
    assert round(math.log10(small[-1])) == -6
    assert max(scaled[:3]) / min(scaled[:3]) < 3  # the hidden layers stay in one range
    about(0.01 * math.sqrt(5), "0.022")
    about(0.01 * math.sqrt(20), "0.045")
    says(
        APP,
        "deep-init-intro",
        r"$0.01\sqrt{n_{l-1}} \approx 0.022$ to $0.045$",
        r"$Z^{[4]}$ is of order $10^{-6}$",
    )
    says(
        APP,
        "init-experiment-after",
        "the signal loses more than an order of magnitude at each layer after the first",
        r"values around $10^{-6}$",
    )


@pytest.mark.slow
def test_week4_logistic_regression_of_week2_as_quoted(images, week2_logistic):
    main, _ = week2_logistic
    about(accuracy(main["Y_prediction_train"], images["train_y"]), "100")
    about(accuracy(main["Y_prediction_test"], images["test_y"]), "72")
    says(APP, "title", "got only about 72 % of the test images right")
    says(APP, "compare-intro", r"same data, 2000 iterations, $\alpha = 0.005$")
    says(APP, "compare-expected", "| logistic regression (Week 2) | 100 % | 72 % |")


@pytest.mark.slow
def test_week4_two_networks_as_quoted(images, week4_models):
    train_y, test_y = images["train_y"], images["test_y"]
    two, four = week4_models["2-layer", 1500], week4_models["4-layer", 1500]
    for cell in ("two-layer-train", "L-layer-train"):
        assert "learning_rate=0.0075, num_iterations=1500" in _cells(APP)[cell]

    costs_2 = two["costs"]
    about(costs_2[0], "0.693")
    assert two["last_cost"] < 0.1
    assert any(later > earlier for earlier, later in pairwise(costs_2))  # the bump
    says(
        APP,
        "two-layer-train-intro",
        r"1500 iterations with $\alpha = 0.0075$",
        r"$\log 2 \approx 0.693$",
        "should then fall below 0.1, perhaps with a small bump",
    )
    assert four["costs"][0] > math.log(2)
    says(APP, "L-layer-train-intro", r"The first cost is higher than $\log 2$")

    # "neither network's training or test accuracy changes after about 1500"
    for name in ("2-layer", "4-layer"):
        for split in ("train", "test"):
            longer = week4_models[name, 2500][split]
            assert np.array_equal(week4_models[name, 1500][split], longer)
    says(
        APP,
        "two-layer-train-intro",
        "The classic setting for this exercise is 2500 iterations",
        "neither network's training or test accuracy changes after about 1500",
    )

    about(accuracy(two["train"], train_y), "100")
    about(accuracy(two["test"], test_y), "74")
    about(accuracy(four["train"], train_y), "99.5")
    about(accuracy(four["test"], test_y), "84")
    says(
        APP,
        "two-layer-accuracy-after",
        "about 100 % on the training set and about 74 % on the test set",
        "74 % against 72 %: one test image more",
    )
    says(
        APP,
        "compare-expected",
        "| 2-layer network (12288, 7, 1) | 100 % | 74 % |",
        "| 4-layer network (12288, 20, 7, 5, 1) | 99.5 % | 84 % |",
        "the test set has only 50 images: each image is worth 2 percentage points",
    )

    about(two["last_cost"], "0.064")
    about(four["last_cost"], "0.120")
    says(APP, "why-deeper", "lower cost (about 0.064 against 0.120 at the last iteration)")

    wrong = four["test"] != test_y
    assert int(wrong.sum()) == 8
    assert int((wrong & (test_y == 1)).sum()) == 6 and int((wrong & (test_y == 0)).sum()) == 2
    says(
        APP,
        "failure-cases",
        "you should see 8 mistakes: six cats taken for non-cats and two non-cats taken for cats",
    )
