"""One entry per graded function of Weeks 1-4: reference, input generator, outputs, points.

An input generator takes a NumPy Generator and a trial kind and returns the arguments of
one call. The kinds cover typical random shapes and the edges: ``m=1`` (one example),
``n=1`` (one feature or unit) and ``large`` (large-magnitude inputs). Expected outputs are
always computed by calling the nnref reference on a copy of the arguments.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import io
import warnings
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from autograder.compare import Case, raised_record
from autograder.known import known_mistakes
from nnref import app, basics, deep, intro, logistic, shallow

KINDS = ("random", "m=1", "n=1", "large")
# The kinds autograder/build.py records for the notebook's visible checks; make_cases adds
# each exercise's ``visible_extra`` kinds when asked for these (see visible_kinds).
VISIBLE_KINDS = ("random", "m=1")


@dataclass(frozen=True)
class Exercise:
    """A graded function and how to test it."""

    key: str  # "<module>.<function>", unique across the course
    week: str
    reference: Callable
    make_args: Callable[[np.random.Generator, str], tuple]
    arg_names: tuple[str, ...]
    outputs: tuple[str, ...]
    points: float = 1.0
    rtol: float = 1e-6
    atol: float = 1e-8
    global_seed: bool = False  # seed np.random before each call (initializers)
    m_of: Callable[[tuple], int | None] = field(default=lambda args: None)
    kinds: tuple[str, ...] = KINDS
    # Building blocks the function may call by name: hidden grading swaps in these reference
    # versions, so a mistake in one exercise loses points on that exercise only.
    uses: dict[str, Callable] = field(default_factory=dict)
    hint: str | None = None  # for wrong values that no generic hint explains
    # Partial credit: each output (each key of a dict output) is a part worth an equal share
    # of the points when it is right in every hidden trial.
    partial: bool = False
    # Outputs (or dict keys) holding 0/1 predictions: bool, int or float arrays all count.
    labels: tuple[str, ...] = ()
    # Kinds recorded as visible cases beyond VISIBLE_KINDS: what the instructions require
    # and a mistake gets wrong on the other cases (integer input, overflowing scores).
    visible_extra: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]


REGISTRY: dict[str, Exercise] = {}


def _add(key, week, reference, make_args, arg_names, outputs, **kw) -> None:
    REGISTRY[key] = Exercise(
        key, week, reference, make_args, tuple(arg_names), tuple(outputs), **kw
    )


# ------------------------------------------------------------------ input helpers


def _dims(rng: np.random.Generator, kind: str) -> tuple[int, int, float]:
    """(n, m, scale) for a trial kind: n features or units, m examples."""
    n = 1 if kind == "n=1" else int(rng.integers(2, 6))
    m = 1 if kind == "m=1" else int(rng.integers(2, 7))
    scale = 50.0 if kind == "large" else 1.0
    return n, m, scale


def _labels(rng, m):
    """(1, m) float labels with both classes present when m > 1."""
    y = rng.integers(0, 2, size=(1, m)).astype(float)
    if m > 1:
        y[0, 0], y[0, 1] = 0.0, 1.0
    return y


def _probs(rng, shape):
    return rng.uniform(0.05, 0.95, size=shape)


def _layer_dims(rng, kind, depth):
    n, m, _ = _dims(rng, kind)
    hidden = [1 if kind == "n=1" else int(rng.integers(2, 5)) for _ in range(depth - 1)]
    return [n, *hidden, 1], m


def _deep_params(rng, layer_dims, scale=1.0):
    params = {}
    for l in range(1, len(layer_dims)):
        n_prev = layer_dims[l - 1]
        params[f"W{l}"] = rng.standard_normal((layer_dims[l], n_prev)) / np.sqrt(n_prev) * scale
        params[f"b{l}"] = rng.standard_normal((layer_dims[l], 1)) * 0.1 * scale
    return params


def _m_cols(i):
    return lambda args: int(np.shape(args[i])[1]) if np.ndim(args[i]) == 2 else None


# ---------------------------------------------------------------------- week 1


def _relu_args(rng, kind):
    """Scores; the ``int`` kind is an integer array: relu must still return floats."""
    n, m, _ = _dims(rng, kind)
    if kind == "int":
        z = rng.integers(-5, 6, size=(n, m))
        z.flat[:2] = (-3, 4)  # both signs
        return (z,)
    return (rng.standard_normal((n, m)) * (100 if kind == "large" else 2),)


_add(
    "intro.relu",
    "week1",
    intro.relu,
    _relu_args,
    ["z"],
    ["a"],
    kinds=(*KINDS, "int"),
    visible_extra=("int",),
)


def _price_args(rng, kind):
    _, m, scale = _dims(rng, kind)
    return (
        rng.uniform(0.3, 4.0, size=(1, m)) * scale,
        float(rng.uniform(50, 150)),
        float(rng.uniform(-80, -10)),
    )


_add(
    "intro.predict_price", "week1", intro.predict_price, _price_args, ["size", "w", "b"], ["price"]
)


def _stack_args(rng, kind):
    n, m, scale = _dims(rng, kind)
    return ([rng.standard_normal(n) * scale for _ in range(m)],)


_add("intro.stack_examples", "week1", intro.stack_examples, _stack_args, ["examples"], ["X"])


def _images_args(rng, kind):
    _, m, _ = _dims(rng, kind)
    h, w = (1, 1) if kind == "n=1" else (int(rng.integers(2, 5)), int(rng.integers(2, 5)))
    return (rng.integers(0, 256, size=(m, h, w, 3)).astype(np.uint8),)


_add("intro.flatten_images", "week1", intro.flatten_images, _images_args, ["images"], ["X"])


# ---------------------------------------------------------------------- week 2, basics


def _scalar_args(rng, kind):
    return (float(rng.uniform(-30, 30) if kind == "large" else rng.uniform(-4, 4)),)


def _matrix_args(rng, kind):
    n, m, scale = _dims(rng, kind)
    return (rng.standard_normal((n, m)) * 3 * scale,)


def _image_args(rng, kind):
    h, w = (1, 1) if kind == "n=1" else (int(rng.integers(2, 5)), int(rng.integers(2, 5)))
    return (rng.uniform(0, 1, size=(h, w, 3)),)


def _loss_args(rng, kind):
    _, m, scale = _dims(rng, kind)
    return rng.uniform(0, 1, size=m) * scale, rng.integers(0, 2, size=m).astype(float)


_add("basics.basic_sigmoid", "week2", basics.basic_sigmoid, _scalar_args, ["x"], ["s"])
_add(
    "basics.sigmoid", "week2", basics.sigmoid, _matrix_args, ["x"], ["s"], visible_extra=("large",)
)
_add("basics.sigmoid_derivative", "week2", basics.sigmoid_derivative, _matrix_args, ["x"], ["ds"])
_add("basics.image2vector", "week2", basics.image2vector, _image_args, ["image"], ["v"])
_add("basics.normalize_rows", "week2", basics.normalize_rows, _matrix_args, ["x"], ["x_normalized"])


def _softmax_args(rng, kind):
    """Scores; the large trial reaches +-1000, where exp overflows unless the row max is removed."""
    n, m, _ = _dims(rng, kind)
    x = rng.standard_normal((n, m)) * 3
    if kind == "large":
        x = x * 300 + 1000 * np.sign(x)
    return (x,)


_add(
    "basics.softmax",
    "week2",
    basics.softmax,
    _softmax_args,
    ["x"],
    ["s"],
    hint="subtract each row's maximum before np.exp: same result, and exp cannot overflow",
    visible_extra=("large",),
)
_add("basics.L1", "week2", basics.L1, _loss_args, ["yhat", "y"], ["loss"])
_add("basics.L2", "week2", basics.L2, _loss_args, ["yhat", "y"], ["loss"])


# ---------------------------------------------------------------------- week 2, logistic


def _logistic_data(rng, kind):
    n, m, scale = _dims(rng, kind)
    w = rng.standard_normal((n, 1)) * 0.5
    b = float(rng.standard_normal() * 0.5)
    X = rng.standard_normal((n, m)) * (5.0 if kind == "large" else 1.0)
    return w, b, X, _labels(rng, m)


def _propagate_args(rng, kind):
    return _logistic_data(rng, kind)


def _optimize_args(rng, kind):
    w, b, X, Y = _logistic_data(rng, kind)
    return w, b, X, Y, int(rng.integers(101, 260)), float(rng.uniform(0.01, 0.2)), False


def _model_args(rng, kind):
    _, _, X, Y = _logistic_data(rng, kind)
    _, _, X_test, Y_test = _logistic_data(rng, "random" if kind != "n=1" else "n=1")
    X_test = rng.standard_normal((X.shape[0], X_test.shape[1]))
    return X, Y, X_test, Y_test, int(rng.integers(101, 260)), float(rng.uniform(0.01, 0.2)), False


_add("logistic.sigmoid", "week2", logistic.sigmoid, _matrix_args, ["z"], ["s"])
_add(
    "logistic.initialize_with_zeros",
    "week2",
    logistic.initialize_with_zeros,
    lambda rng, kind: (1 if kind == "n=1" else int(rng.integers(2, 40)),),
    ["dim"],
    ["w", "b"],
)
_add(
    "logistic.propagate",
    "week2",
    logistic.propagate,
    _propagate_args,
    ["w", "b", "X", "Y"],
    ["grads", "cost"],
    points=2,
    m_of=_m_cols(2),
)
_add(
    "logistic.optimize",
    "week2",
    logistic.optimize,
    _optimize_args,
    ["w", "b", "X", "Y", "num_iterations", "learning_rate", "print_cost"],
    ["params", "grads", "costs"],
    points=2,
    rtol=1e-5,
    m_of=_m_cols(2),
)
_add(
    "logistic.predict",
    "week2",
    logistic.predict,
    lambda rng, kind: _logistic_data(rng, kind)[:3],
    ["w", "b", "X"],
    ["Y_prediction"],
    labels=("Y_prediction",),
)
_add(
    "logistic.model",
    "week2",
    logistic.model,
    _model_args,
    ["X_train", "Y_train", "X_test", "Y_test", "num_iterations", "learning_rate", "print_cost"],
    ["d"],
    points=2,
    rtol=1e-5,
    labels=("Y_prediction_test", "Y_prediction_train"),
)


# ---------------------------------------------------------------------- week 3, shallow


def _shallow_params(rng, n_x, n_h, n_y, scale=1.0):
    return {
        "W1": rng.standard_normal((n_h, n_x)) * 0.5 * scale,
        "b1": rng.standard_normal((n_h, 1)) * 0.1,
        "W2": rng.standard_normal((n_y, n_h)) * 0.5 * scale,
        "b2": rng.standard_normal((n_y, 1)) * 0.1,
    }


def _shallow_setup(rng, kind):
    n, m, _ = _dims(rng, kind)
    n_h = 1 if kind == "n=1" else int(rng.integers(2, 6))
    X = rng.standard_normal((n, m)) * (10.0 if kind == "large" else 1.0)
    return X, _labels(rng, m), _shallow_params(rng, n, n_h, 1)


def _planar_args(rng, kind):
    n, m, _ = _dims(rng, kind)
    m = 1 if kind == "m=1" else int(rng.integers(10, 30))
    X = rng.standard_normal((2, m)) * 2
    Y = (np.sum(X**2, axis=0, keepdims=True) > 4).astype(float)
    return X, Y


def _sizes_args(rng, kind):
    """X (n_x, m) and Y (n_y, m) of other sizes than the flower data's (2, 4, 1): n_x >= 3
    and n_y >= 2 in the random trial, so hard-coded sizes fail; n_x = 1 and n_y = 1 at the
    edges; the large trial has as many features as a small image."""
    m = 1 if kind == "m=1" else int(rng.integers(2, 12))
    n_x = (
        1 if kind == "n=1" else int(rng.integers(40, 80) if kind == "large" else rng.integers(3, 8))
    )
    n_y = 1 if kind in ("m=1", "n=1") else int(rng.integers(2, 4))
    return rng.standard_normal((n_x, m)), rng.standard_normal((n_y, m))


_add(
    "shallow.layer_sizes",
    "week3",
    shallow.layer_sizes,
    _sizes_args,
    ["X", "Y"],
    ["n_x", "n_h", "n_y"],
)


def _init3_args(rng, kind):
    n, _, _ = _dims(rng, kind)
    return n, (1 if kind == "n=1" else int(rng.integers(2, 6))), (1 if kind != "large" else 2)


_add(
    "shallow.initialize_parameters",
    "week3",
    shallow.initialize_parameters,
    _init3_args,
    ["n_x", "n_h", "n_y"],
    ["parameters"],
    global_seed=True,
)
_add(
    "shallow.forward_propagation",
    "week3",
    shallow.forward_propagation,
    lambda rng, kind: (lambda X, Y, p: (X, p))(*_shallow_setup(rng, kind)),
    ["X", "parameters"],
    ["A2", "cache"],
)
_add(
    "shallow.compute_cost",
    "week3",
    shallow.compute_cost,
    lambda rng, kind: (lambda m: (_probs(rng, (1, m)), _labels(rng, m)))(_dims(rng, kind)[1]),
    ["A2", "Y"],
    ["cost"],
    m_of=_m_cols(1),
)


def _shallow_backward_args(rng, kind):
    X, Y, params = _shallow_setup(rng, kind)
    _, cache = shallow.forward_propagation(X, params)
    return params, cache, X, Y


_add(
    "shallow.backward_propagation",
    "week3",
    shallow.backward_propagation,
    _shallow_backward_args,
    ["parameters", "cache", "X", "Y"],
    ["grads"],
    points=2,
    m_of=_m_cols(2),
)


def _shallow_update_args(rng, kind):
    params, cache, X, Y = _shallow_backward_args(rng, kind)
    return params, shallow.backward_propagation(params, cache, X, Y), float(rng.uniform(0.1, 2))


_add(
    "shallow.update_parameters",
    "week3",
    shallow.update_parameters,
    _shallow_update_args,
    ["parameters", "grads", "learning_rate"],
    ["parameters"],
)
_add(
    "shallow.nn_model",
    "week3",
    shallow.nn_model,
    lambda rng, kind: (
        *_planar_args(rng, kind),
        int(rng.integers(1, 5)),
        int(rng.integers(150, 400)),
    ),
    ["X", "Y", "n_h", "num_iterations"],
    ["parameters"],
    points=2,
    rtol=1e-5,
)
_add(
    "shallow.predict",
    "week3",
    shallow.predict,
    lambda rng, kind: (lambda X, Y, p: (p, X))(*_shallow_setup(rng, kind)),
    ["parameters", "X"],
    ["predictions"],
    labels=("predictions",),
)


# ---------------------------------------------------------------------- week 4, deep


def _linear_args(rng, kind):
    n, m, scale = _dims(rng, kind)
    n_l = 1 if kind == "n=1" else int(rng.integers(1, 5))
    return (
        rng.standard_normal((n, m)) * scale,
        rng.standard_normal((n_l, n)),
        rng.standard_normal((n_l, 1)),
    )


# Each activation in a typical trial and at an edge, the visible cases (random, m=1) too.
_ACTIVATION = {"random": "relu", "m=1": "sigmoid", "n=1": "relu", "large": "sigmoid"}


def _linear_activation_args(rng, kind, activation=None):
    A, W, b = _linear_args(rng, kind)
    return A, W, b, activation or _ACTIVATION[kind]


def _deep_forward_args(rng, kind):
    """A network of 2 or 3 layers; 3 in the random trial, so two hidden layers pass caches
    and dA between them."""
    depth = 3 if kind == "random" else int(rng.integers(2, 4))
    dims, m = _layer_dims(rng, kind, depth=depth)
    X = rng.standard_normal((dims[0], m)) * (20.0 if kind == "large" else 1.0)
    return X, _deep_params(rng, dims)


def _deep_backward_args(rng, kind):
    X, params = _deep_forward_args(rng, kind)
    AL, caches = deep.L_model_forward(X, params)
    return AL, _labels(rng, X.shape[1]), caches


def _linear_backward_args(rng, kind):
    A, W, b = _linear_args(rng, kind)
    return rng.standard_normal((W.shape[0], A.shape[1])), (A, W, b)


def _linear_activation_backward_args(rng, kind):
    A, W, b, activation = _linear_activation_args(rng, kind)
    Z = W @ A + b
    return rng.standard_normal(Z.shape), ((A, W, b), Z), activation


def _deep_update_args(rng, kind):
    AL, Y, caches = _deep_backward_args(rng, kind)
    params = {}
    for l, ((_, W, b), _) in enumerate(caches, start=1):
        params[f"W{l}"], params[f"b{l}"] = W, b
    return params, deep.L_model_backward(AL, Y, caches), float(rng.uniform(0.01, 1))


_add(
    "deep.initialize_parameters",
    "week4",
    deep.initialize_parameters,
    _init3_args,
    ["n_x", "n_h", "n_y"],
    ["parameters"],
    global_seed=True,
)
_add(
    "deep.initialize_parameters_deep",
    "week4",
    deep.initialize_parameters_deep,
    lambda rng, kind: (_layer_dims(rng, kind, depth=int(rng.integers(1, 5)))[0],),
    ["layer_dims"],
    ["parameters"],
    points=2,
    global_seed=True,
)
_add(
    "deep.linear_forward",
    "week4",
    deep.linear_forward,
    _linear_args,
    ["A", "W", "b"],
    ["Z", "cache"],
)
_add(
    "deep.linear_activation_forward",
    "week4",
    deep.linear_activation_forward,
    _linear_activation_args,
    ["A_prev", "W", "b", "activation"],
    ["A", "cache"],
    points=2,
)
_add(
    "deep.L_model_forward",
    "week4",
    deep.L_model_forward,
    _deep_forward_args,
    ["X", "parameters"],
    ["AL", "caches"],
    points=3,
)
_add(
    "deep.compute_cost",
    "week4",
    deep.compute_cost,
    lambda rng, kind: (lambda m: (_probs(rng, (1, m)), _labels(rng, m)))(_dims(rng, kind)[1]),
    ["AL", "Y"],
    ["cost"],
    m_of=_m_cols(1),
)
_add(
    "deep.linear_backward",
    "week4",
    deep.linear_backward,
    _linear_backward_args,
    ["dZ", "cache"],
    ["dA_prev", "dW", "db"],
    points=2,
    m_of=_m_cols(0),
)
_add(
    "deep.linear_activation_backward",
    "week4",
    deep.linear_activation_backward,
    _linear_activation_backward_args,
    ["dA", "cache", "activation"],
    ["dA_prev", "dW", "db"],
    points=2,
    m_of=_m_cols(0),
)
_add(
    "deep.L_model_backward",
    "week4",
    deep.L_model_backward,
    _deep_backward_args,
    ["AL", "Y", "caches"],
    ["grads"],
    points=3,
    m_of=_m_cols(0),
)
_add(
    "deep.update_parameters",
    "week4",
    deep.update_parameters,
    _deep_update_args,
    ["params", "grads", "learning_rate"],
    ["parameters"],
)


# ---------------------------------------------------------------------- week 4, app


def _app_data(rng, kind):
    n = 1 if kind == "n=1" else int(rng.integers(6, 15))
    m = 1 if kind == "m=1" else int(rng.integers(8, 20))
    X = rng.uniform(0, 1, size=(n, m))
    return X, _labels(rng, m)


def _two_layer_args(rng, kind):
    X, Y = _app_data(rng, kind)
    n_h = 1 if kind == "n=1" else int(rng.integers(2, 6))
    return X, Y, (X.shape[0], n_h, 1), float(rng.uniform(0.05, 0.5)), int(rng.integers(101, 300))


def _L_layer_args(rng, kind):
    X, Y = _app_data(rng, kind)
    hidden = (
        [1] if kind == "n=1" else [int(rng.integers(2, 6)) for _ in range(int(rng.integers(1, 4)))]
    )
    return (
        X,
        Y,
        [X.shape[0], *hidden, 1],
        float(rng.uniform(0.05, 0.5)),
        int(rng.integers(101, 300)),
    )


def _app_predict_args(rng, kind):
    X, Y = _app_data(rng, kind)
    dims = [X.shape[0], 3, 1] if kind != "n=1" else [X.shape[0], 1]
    return X, Y, _deep_params(rng, dims, scale=3.0)


_add(
    "app.two_layer_model",
    "week4",
    app.two_layer_model,
    _two_layer_args,
    ["X", "Y", "layers_dims", "learning_rate", "num_iterations"],
    ["parameters", "costs"],
    points=3,
    rtol=1e-5,
)
_add(
    "app.L_layer_model",
    "week4",
    app.L_layer_model,
    _L_layer_args,
    ["X", "Y", "layers_dims", "learning_rate", "num_iterations"],
    ["parameters", "costs"],
    points=3,
    rtol=1e-5,
)
_add(
    "app.predict",
    "week4",
    app.predict,
    _app_predict_args,
    ["X", "y", "parameters"],
    ["p"],
    labels=("p",),
)


# ---------------------------------------------------------------------- building cases


def call_reference(ex: Exercise, args: tuple, seed: int, fn: Callable | None = None):
    """The reference's (or ``fn``'s) output on a copy of args, seeding np.random if needed."""
    args = copy.deepcopy(args)
    if ex.global_seed:
        np.random.seed(seed)
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # overflow in exp on large-magnitude trials is expected
        return (fn or ex.reference)(*args)


def known_outputs(ex: Exercise, args: tuple, seed: int) -> dict[str, object]:
    """{hint: output} of the exercise's known mistakes on these inputs; a mistake that raises
    is recorded as the error it raised (compare.raised_record), which identifies it too."""
    out = {}
    for hint, wrong_fn in known_mistakes(ex.key):
        try:
            out[hint] = call_reference(ex, args, seed, wrong_fn)
        except Exception as exc:
            out[hint] = raised_record(exc)
    return out


def hidden_seed(key: str) -> int:
    """Fixed per exercise, so a regrade gives the same trials; distinct from the visible seed."""
    return zlib.crc32(("hidden:" + key).encode())


def visible_kinds(key: str) -> tuple[str, ...]:
    """The kinds of an exercise's visible cases: VISIBLE_KINDS and its ``visible_extra``."""
    return VISIBLE_KINDS + REGISTRY[key].visible_extra


def _arrays(value):
    """Every NumPy array inside ``value`` (dicts, tuples and lists are searched)."""
    if isinstance(value, np.ndarray):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _arrays(v)
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _arrays(v)


def sizes_distinct(value) -> bool:
    """True when no axis longer than 1 can be taken for another in the arrays of ``value``.

    Every matrix with two axes longer than 1 is non-square and no matrix has the transposed
    shape of another (so n_x, n_h, n_y, m, n_l and n_{l-1} differ wherever they meet: a
    missing .T, X.shape[1] for n_x or the wrong layer's W changes a shape), and the axes of
    a higher-dimensional array that are longer than 1 have different lengths.
    """
    matrices = set()
    for a in _arrays(value):
        long = [d for d in a.shape if d > 1]
        if len(long) != len(set(long)):
            return False
        if a.ndim == 2 and len(long) == 2:
            matrices.add(a.shape)
    return not any(shape[::-1] in matrices for shape in matrices)


def _both_classes(ex: Exercise, expected) -> bool:
    """True when every prediction output with more than one label holds both classes (a
    threshold on the wrong side, or at 0, then changes some label)."""
    if not ex.labels:
        return True
    outputs = expected if len(ex.outputs) > 1 else (expected,)
    for name, value in zip(ex.outputs, outputs, strict=False):
        if isinstance(value, dict):
            labels = [v for k, v in value.items() if k in ex.labels]
        else:
            labels = [value] if name in ex.labels else []
        for y in labels:
            y = np.asarray(y, dtype=float)
            if y.size > 1 and (y.min() == y.max()):
                return False
    return True


DRAWS = 200  # attempts at inputs whose sizes are distinct, before taking the last draw


def _draw(ex: Exercise, rng: np.random.Generator, kind: str):
    """(args, call seed, expected) of one trial, redrawn until the sizes are distinct
    (:func:`sizes_distinct`, inputs and outputs) and predictions hold both classes."""
    for attempt in range(DRAWS):
        args = ex.make_args(rng, kind)
        call_seed = int(rng.integers(0, 2**31))
        last = attempt == DRAWS - 1
        if not sizes_distinct(args) and not last:
            continue
        expected = call_reference(ex, args, call_seed)
        if (sizes_distinct(expected) and _both_classes(ex, expected)) or last:
            return args, call_seed, expected
    raise AssertionError("unreachable")


def make_cases(key: str, seed: int, kinds: tuple[str, ...] | None = None) -> list[Case]:
    """One Case per trial kind, inputs drawn from ``seed``, expected from nnref.

    Asked for VISIBLE_KINDS (as autograder/build.py does), it makes the exercise's visible
    cases: those kinds and its ``visible_extra`` ones.
    """
    ex = REGISTRY[key]
    if kinds is not None and tuple(kinds) == VISIBLE_KINDS:
        kinds = visible_kinds(key)
    rng = np.random.default_rng(seed)
    cases = []
    for kind in kinds or ex.kinds:
        args, call_seed, expected = _draw(ex, rng, kind)
        cases.append(
            Case(
                args=args,
                expected=expected,
                outputs=ex.outputs,
                rtol=ex.rtol,
                atol=ex.atol,
                m=ex.m_of(args),
                arg_names=ex.arg_names,
                seed=call_seed if ex.global_seed else None,
                hint=ex.hint,
                wrong=known_outputs(ex, args, call_seed),
                labels=ex.labels,
            )
        )
    return cases


def exercises_of(week: str) -> list[Exercise]:
    return [ex for ex in REGISTRY.values() if ex.week == week]


def _uses(module, *names) -> dict[str, Callable]:
    return {n: getattr(module, n) for n in names}


_PART1 = (
    "initialize_parameters",
    "linear_activation_forward",
    "linear_activation_backward",
    "L_model_forward",
    "L_model_backward",
    "compute_cost",
    "update_parameters",
    "sigmoid",
    "relu",
    "sigmoid_backward",
    "relu_backward",
)
_USES = {
    "intro.predict_price": _uses(intro, "relu"),
    "basics.sigmoid_derivative": _uses(basics, "sigmoid"),
    "logistic.propagate": _uses(logistic, "sigmoid"),
    "logistic.optimize": _uses(logistic, "propagate"),
    "logistic.predict": _uses(logistic, "sigmoid"),
    "logistic.model": _uses(logistic, "initialize_with_zeros", "optimize", "predict"),
    "shallow.nn_model": _uses(
        shallow,
        "layer_sizes",
        "initialize_parameters",
        "forward_propagation",
        "compute_cost",
        "backward_propagation",
        "update_parameters",
    ),
    "shallow.predict": _uses(shallow, "forward_propagation"),
    "deep.linear_activation_forward": _uses(deep, "linear_forward", "sigmoid", "relu"),
    "deep.L_model_forward": _uses(deep, "linear_activation_forward"),
    "deep.linear_activation_backward": _uses(
        deep, "linear_backward", "sigmoid_backward", "relu_backward"
    ),
    "deep.L_model_backward": _uses(deep, "linear_activation_backward"),
    # The application notebook imports these Part 1 functions (functions_from); its exercises
    # may call any of them, and are graded with the reference versions.
    "app.two_layer_model": _uses(deep, *_PART1),
    "app.L_layer_model": {
        **_uses(deep, *_PART1),
        "initialize_parameters_deep": app.initialize_parameters_deep,
    },
    "app.predict": _uses(deep, *_PART1),
}
PARTIAL = (
    "shallow.layer_sizes",
    "logistic.propagate",
    "shallow.backward_propagation",
    "deep.linear_backward",
    "deep.linear_activation_backward",
    "deep.L_model_backward",
)
for _key in PARTIAL:
    REGISTRY[_key] = dataclasses.replace(REGISTRY[_key], partial=True)

for _key, _blocks in _USES.items():
    REGISTRY[_key] = dataclasses.replace(REGISTRY[_key], uses=_blocks)

_DRAW_ORDER = (
    "the shapes are right but the numbers are not: draw each W with np.random.randn(n_l, n_{l-1})"
    " in the order W1, W2, ..., scale as the exercise says, and remove any np.random.seed from"
    " the function (the caller seeds)"
)
for _key, _ex in REGISTRY.items():
    if _ex.global_seed and _ex.hint is None:  # a hint declared with the exercise stays
        REGISTRY[_key] = dataclasses.replace(_ex, hint=_DRAW_ORDER)
