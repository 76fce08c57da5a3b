"""Centred-difference gradient checks of the backward exercises.

For each backward function, :data:`GRADCHECKS` builds one small trial: the inputs of the
call and, for some outputs, the gradient that centred differences of a scalar function
(computed here with nnref's forward pass and cost) say it must return. The grader runs
the student's function on those inputs and compares, independently of nnref's backward
code.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from nnref import basics, deep, logistic, shallow

EPS = 1e-6
TOLERANCE = 1e-6  # relative error |g - n| / (|g| + |n|)


def numeric_gradient(f: Callable[[], float], x: np.ndarray) -> np.ndarray:
    """d f / d x by centred differences, perturbing ``x`` in place and restoring it."""
    grad = np.zeros_like(x, dtype=float)
    flat, gflat = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + EPS
        plus = f()
        flat[i] = old - EPS
        minus = f()
        flat[i] = old
        gflat[i] = (plus - minus) / (2 * EPS)
    return grad


def relative_error(got, numeric) -> float:
    got = np.asarray(got, dtype=float)
    numeric = np.asarray(numeric, dtype=float)
    if got.shape != numeric.shape:
        return float("inf")
    denom = np.linalg.norm(got) + np.linalg.norm(numeric)
    return 0.0 if denom == 0 else float(np.linalg.norm(got - numeric) / denom)


def _propagate(rng):
    n, m = 4, 5
    w, b = rng.standard_normal((n, 1)), np.array([0.3])
    X, Y = rng.standard_normal((n, m)), np.array([[1.0, 0.0, 1.0, 0.0, 0.0]])

    def cost():
        return logistic.propagate(w, float(b[0]), X, Y)[1]

    checks = [((0, "dw"), numeric_gradient(cost, w)), ((0, "db"), numeric_gradient(cost, b)[0])]
    return (w, 0.3, X, Y), checks


def _shallow_backward(rng):
    n_x, n_h, m = 3, 4, 5
    p = {
        "W1": rng.standard_normal((n_h, n_x)),
        "b1": rng.standard_normal((n_h, 1)) * 0.1,
        "W2": rng.standard_normal((1, n_h)),
        "b2": rng.standard_normal((1, 1)) * 0.1,
    }
    X, Y = rng.standard_normal((n_x, m)), np.array([[1.0, 0.0, 0.0, 1.0, 1.0]])
    _, cache = shallow.forward_propagation(X, p)

    def cost():
        return shallow.compute_cost(shallow.forward_propagation(X, p)[0], Y)

    checks = [((f"d{k}",), numeric_gradient(cost, p[k])) for k in ("W1", "b1", "W2", "b2")]
    return (p, cache, X, Y), checks


def _linear_backward(rng):
    n_prev, n, m = 3, 2, 4
    A = rng.standard_normal((n_prev, m))
    W, b = rng.standard_normal((n, n_prev)), rng.standard_normal((n, 1))
    dZ = rng.standard_normal((n, m))

    def total():  # sum over examples of dZ * Z: its gradient in A is dA_prev
        return float(np.sum(dZ * (W @ A + b)))

    checks = [
        ((0,), numeric_gradient(total, A)),
        ((1,), numeric_gradient(total, W) / m),
        ((2,), numeric_gradient(total, b) / m),
    ]
    return (dZ, (A, W, b)), checks


def _activation_backward(activation):
    def build(rng):
        n_prev, n, m = 3, 2, 4
        g = deep.sigmoid if activation == "sigmoid" else deep.relu
        while True:  # keep ReLU inputs away from the kink at 0, where there is no derivative
            A = rng.standard_normal((n_prev, m))
            W, b = rng.standard_normal((n, n_prev)), rng.standard_normal((n, 1))
            if np.abs(W @ A + b).min() > 0.05:
                break
        dA = rng.standard_normal((n, m))

        def total():
            return float(np.sum(dA * g(W @ A + b)[0]))

        checks = [
            ((0,), numeric_gradient(total, A)),
            ((1,), numeric_gradient(total, W) / m),
            ((2,), numeric_gradient(total, b) / m),
        ]
        return (dA, ((A, W, b), W @ A + b), activation), checks

    return build


def _L_model_backward(rng):
    dims, m = [3, 4, 2, 1], 5
    p = {}
    for l in range(1, len(dims)):
        p[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1])) / np.sqrt(dims[l - 1])
        p[f"b{l}"] = rng.standard_normal((dims[l], 1)) * 0.1
    X, Y = rng.standard_normal((dims[0], m)), np.array([[1.0, 0.0, 1.0, 1.0, 0.0]])
    AL, caches = deep.L_model_forward(X, p)

    def cost():
        return float(deep.compute_cost(deep.L_model_forward(X, p)[0], Y))

    checks = [((f"d{k}",), numeric_gradient(cost, p[k])) for k in sorted(p)]
    return (AL, Y, caches), checks


def _sigmoid_derivative(rng):
    x = rng.standard_normal((3, 4)) * 2
    numeric = (basics.sigmoid(x + EPS) - basics.sigmoid(x - EPS)) / (2 * EPS)
    return (x,), [((), numeric)]


GRADCHECKS: dict[str, Callable] = {
    "basics.sigmoid_derivative": _sigmoid_derivative,
    "logistic.propagate": _propagate,
    "shallow.backward_propagation": _shallow_backward,
    "deep.linear_backward": _linear_backward,
    "deep.L_model_backward": _L_model_backward,
}


def gradient_trials(key: str, seed: int) -> list[tuple[tuple, list]]:
    """[(args, [(output path, numerical gradient), ...])] for one exercise (empty if none)."""
    if key == "deep.linear_activation_backward":
        rng = np.random.default_rng(seed)
        return [_activation_backward(a)(rng) for a in ("sigmoid", "relu")]
    build = GRADCHECKS.get(key)
    return [build(np.random.default_rng(seed))] if build else []


def at(value, path):
    """The part of a returned value at ``path`` (indices and dict keys)."""
    for step in path:
        value = value[step]
    return value
