"""The graded exercises of nnref.deep (Week 4, Part 1 (step by step)): one declaration each.

Beside this file: ``known.py`` (wrong functions whose outputs the checks recognize, each
with its hint), ``mistakes.py`` (the mistake zoo: wrong answer cells that must lose points
with the right hint) and ``variants.py`` (correct answer cells that must get full marks).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from autograder.exercises import GradientTrial, declare, gradcheck, inputs
from nnref import deep

# The caches of nnref.deep: (A_prev, W, b) of a linear step, and ((A_prev, W, b), Z) of a layer.
LinearCache = tuple[np.ndarray, np.ndarray, np.ndarray]
LayerCache = tuple[LinearCache, np.ndarray]


def _linear_args(rng: np.random.Generator, kind: str) -> LinearCache:
    n, m, scale = inputs.dims(rng, kind)
    n_l = 1 if kind == "n=1" else int(rng.integers(1, 5))
    return (
        rng.standard_normal((n, m)) * scale,
        rng.standard_normal((n_l, n)),
        rng.standard_normal((n_l, 1)),
    )


# Each activation in a typical trial and at an edge, the visible cases (random, m=1) too.
_ACTIVATION = {"random": "relu", "m=1": "sigmoid", "n=1": "relu", "large": "sigmoid"}


def _linear_activation_args(
    rng: np.random.Generator, kind: str, activation: str | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    A, W, b = _linear_args(rng, kind)
    return A, W, b, activation or _ACTIVATION[kind]


def _deep_forward_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """A network of 2 or 3 layers; 3 in the random trial, so two hidden layers pass caches
    and dA between them."""
    depth = 3 if kind == "random" else int(rng.integers(2, 4))
    dims, m = inputs.layer_dims(rng, kind, depth=depth)
    X = rng.standard_normal((dims[0], m)) * (20.0 if kind == "large" else 1.0)
    return X, inputs.deep_params(rng, dims)


def _deep_backward_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, np.ndarray, list[LayerCache]]:
    X, params = _deep_forward_args(rng, kind)
    AL, caches = deep.L_model_forward(X, params)
    return AL, inputs.labels(rng, X.shape[1]), caches


def _linear_backward_args(rng: np.random.Generator, kind: str) -> tuple[np.ndarray, LinearCache]:
    A, W, b = _linear_args(rng, kind)
    return rng.standard_normal((W.shape[0], A.shape[1])), (A, W, b)


def _linear_activation_backward_args(
    rng: np.random.Generator, kind: str
) -> tuple[np.ndarray, LayerCache, str]:
    A, W, b, activation = _linear_activation_args(rng, kind)
    Z = W @ A + b
    return rng.standard_normal(Z.shape), ((A, W, b), Z), activation


def _deep_update_args(
    rng: np.random.Generator, kind: str
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], float]:
    AL, Y, caches = _deep_backward_args(rng, kind)
    params = {}
    for l, ((_, W, b), _) in enumerate(caches, start=1):
        params[f"W{l}"], params[f"b{l}"] = W, b
    return params, deep.L_model_backward(AL, Y, caches), float(rng.uniform(0.01, 1))


declare(
    "deep.initialize_parameters",
    "week4",
    deep.initialize_parameters,
    inputs.init3_args,
    ["n_x", "n_h", "n_y"],
    ["parameters"],
    global_seed=True,
)
declare(
    "deep.initialize_parameters_deep",
    "week4",
    deep.initialize_parameters_deep,
    lambda rng, kind: (inputs.layer_dims(rng, kind, depth=int(rng.integers(1, 5)))[0],),
    ["layer_dims"],
    ["parameters"],
    global_seed=True,
)
declare(
    "deep.linear_forward",
    "week4",
    deep.linear_forward,
    _linear_args,
    ["A", "W", "b"],
    ["Z", "cache"],
)
declare(
    "deep.linear_activation_forward",
    "week4",
    deep.linear_activation_forward,
    _linear_activation_args,
    ["A_prev", "W", "b", "activation"],
    ["A", "cache"],
    uses=("linear_forward", "sigmoid", "relu"),
)
declare(
    "deep.L_model_forward",
    "week4",
    deep.L_model_forward,
    _deep_forward_args,
    ["X", "parameters"],
    ["AL", "caches"],
    uses=("linear_activation_forward",),
)
declare(
    "deep.compute_cost",
    "week4",
    deep.compute_cost,
    lambda rng, kind: (lambda m: (inputs.probs(rng, (1, m)), inputs.labels(rng, m)))(
        inputs.dims(rng, kind)[1]
    ),
    ["AL", "Y"],
    ["cost"],
    m_of=inputs.m_cols(1),
)


def _linear_backward_gradients(rng: np.random.Generator) -> list[GradientTrial]:
    """dA_prev, dW, db by centred differences of sum(dZ * Z) (dW, db averaged over m)."""
    n_prev, n, m = 3, 2, 4
    A = rng.standard_normal((n_prev, m))
    W, b = rng.standard_normal((n, n_prev)), rng.standard_normal((n, 1))
    dZ = rng.standard_normal((n, m))

    def total() -> float:  # sum over examples of dZ * Z: its gradient in A is dA_prev
        return float(np.sum(dZ * (W @ A + b)))

    numeric = gradcheck.numeric_gradient
    checks = [
        ((0,), numeric(total, A)),
        ((1,), numeric(total, W) / m),
        ((2,), numeric(total, b) / m),
    ]
    return [((dZ, (A, W, b)), checks)]


declare(
    "deep.linear_backward",
    "week4",
    deep.linear_backward,
    _linear_backward_args,
    ["dZ", "cache"],
    ["dA_prev", "dW", "db"],
    m_of=inputs.m_cols(0),
    partial=True,
    gradcheck=_linear_backward_gradients,
)


def _linear_activation_backward_gradients(rng: np.random.Generator) -> list[GradientTrial]:
    """One trial per activation: gradients of sum(dA * g(Z)) by centred differences."""
    trials: list[GradientTrial] = []
    for activation in ("sigmoid", "relu"):
        n_prev, n, m = 3, 2, 4
        g = deep.sigmoid if activation == "sigmoid" else deep.relu
        while True:  # keep ReLU inputs away from the kink at 0, where there is no derivative
            A = rng.standard_normal((n_prev, m))
            W, b = rng.standard_normal((n, n_prev)), rng.standard_normal((n, 1))
            if np.abs(W @ A + b).min() > 0.05:
                break
        dA = rng.standard_normal((n, m))

        def total(
            A: np.ndarray = A,
            W: np.ndarray = W,
            b: np.ndarray = b,
            dA: np.ndarray = dA,
            g: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]] = g,
        ) -> float:
            return float(np.sum(dA * g(W @ A + b)[0]))

        numeric = gradcheck.numeric_gradient
        checks = [
            ((0,), numeric(total, A)),
            ((1,), numeric(total, W) / m),
            ((2,), numeric(total, b) / m),
        ]
        trials.append(((dA, ((A, W, b), W @ A + b), activation), checks))
    return trials


declare(
    "deep.linear_activation_backward",
    "week4",
    deep.linear_activation_backward,
    _linear_activation_backward_args,
    ["dA", "cache", "activation"],
    ["dA_prev", "dW", "db"],
    m_of=inputs.m_cols(0),
    uses=("linear_backward", "sigmoid_backward", "relu_backward"),
    partial=True,
    gradcheck=_linear_activation_backward_gradients,
)


def _L_model_backward_gradients(rng: np.random.Generator) -> list[GradientTrial]:
    """Every dW and db of a 3-layer network by centred differences of the cost."""
    dims, m = [3, 4, 2, 1], 5
    p = {}
    for l in range(1, len(dims)):
        p[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) / np.sqrt(dims[l - 1])
        p[f"b{l}"] = rng.standard_normal((dims[l], 1)) * 0.1
    X, Y = rng.standard_normal((dims[0], m)), np.array([[1.0, 0.0, 1.0, 1.0, 0.0]])
    AL, caches = deep.L_model_forward(X, p)

    def cost() -> float:
        return float(deep.compute_cost(deep.L_model_forward(X, p)[0], Y))

    checks = [((f"d{k}",), gradcheck.numeric_gradient(cost, p[k])) for k in sorted(p)]
    return [((AL, Y, caches), checks)]


declare(
    "deep.L_model_backward",
    "week4",
    deep.L_model_backward,
    _deep_backward_args,
    ["AL", "Y", "caches"],
    ["grads"],
    m_of=inputs.m_cols(0),
    uses=("linear_activation_backward",),
    partial=True,
    gradcheck=_L_model_backward_gradients,
)
declare(
    "deep.update_parameters",
    "week4",
    deep.update_parameters,
    _deep_update_args,
    ["params", "grads", "learning_rate"],
    ["parameters"],
)
