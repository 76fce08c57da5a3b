"""Known mistakes of the Week 2 logistic-regression exercises."""

import numpy as np

from nnref import logistic as ref

# ------------------------------------------------------------------------ sigmoid


def _sigmoid_exp_sign(z):
    return 1 / (1 + np.exp(z))


def _sigmoid_precedence(z):
    return 1 / 1 + np.exp(-z)


def _sigmoid_no_one(z):
    return 1 / np.exp(-z)


def _sigmoid_minus_denominator(z):
    return 1 / (1 - np.exp(-z))


def _sigmoid_tanh(z):
    return np.tanh(z)


def _sigmoid_derivative(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - s)


def _sigmoid_typed_e(z):
    return 1 / (1 + 2.718 ** (-z))


# ---------------------------------------------------------- initialize_with_zeros


def _zeros_square(dim):
    return np.zeros((dim, dim)), 0.0


def _zeros_ones(dim):
    return np.ones((dim, 1)), 0.0


def _zeros_bias_row(dim):
    return np.zeros((dim + 1, 1)), 0.0


# ---------------------------------------------------------------------- propagate


def _grads(X, A, Y):
    m = X.shape[1]
    dZ = A - Y
    return {"dw": X @ dZ.T / m, "db": float(np.sum(dZ) / m)}


def _propagate_no_1_minus_y(w, b, X, Y):
    m = X.shape[1]
    A = ref.sigmoid(w.T @ X + b)
    return _grads(X, A, Y), float(-np.sum(Y * np.log(A)) / m)


def _propagate_with_A(A, X, Y):
    m = X.shape[1]
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    return _grads(X, A, Y), float(cost)


def _propagate_no_bias(w, b, X, Y):
    return _propagate_with_A(ref.sigmoid(w.T @ X), X, Y)


def _propagate_no_sigmoid(w, b, X, Y):
    return _propagate_with_A(w.T @ X + b, X, Y)


def _propagate_dz_is_a(w, b, X, Y):
    m = X.shape[1]
    A = ref.sigmoid(w.T @ X + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    return {"dw": X @ A.T / m, "db": float(np.sum(A) / m)}, float(cost)


def _propagate_column_A(w, b, X, Y):
    m = X.shape[1]
    A = ref.sigmoid(X.T @ w + b)  # (m, 1): broadcasting against Y (1, m) makes (m, m)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dZ = A - Y
    # db would equal the "missing 1/m" mistake's: leave it out (nan never matches)
    return {"dw": X @ dZ.T / m, "db": float("nan")}, float(cost)


# ----------------------------------------------------------------------- optimize


def _descent(w, b, X, Y, num_iterations, step_w, step_b, cost_after=False):
    """Gradient descent with the update rules step_w(w, grads), step_b(b, grads)."""
    costs = []
    grads = {}
    for i in range(num_iterations):
        grads, cost = ref.propagate(w, b, X, Y)
        w = step_w(w, grads)
        b = step_b(b, grads)
        if cost_after:
            _, cost = ref.propagate(w, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
    return {"w": w, "b": b}, grads, costs


def _optimize_ascent(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    return _descent(
        w,
        b,
        X,
        Y,
        num_iterations,
        lambda w, g: w + learning_rate * g["dw"],
        lambda b, g: b + learning_rate * g["db"],
    )


def _optimize_b_frozen(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    return _descent(
        w, b, X, Y, num_iterations, lambda w, g: w - learning_rate * g["dw"], lambda b, g: b
    )


def _optimize_default_rate(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    return _descent(
        w,
        b,
        X,
        Y,
        num_iterations,
        lambda w, g: w - 0.009 * g["dw"],
        lambda b, g: b - 0.009 * g["db"],
    )


def _optimize_cost_after(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    return _descent(
        w,
        b,
        X,
        Y,
        num_iterations,
        lambda w, g: w - learning_rate * g["dw"],
        lambda b, g: b - learning_rate * g["db"],
        cost_after=True,
    )


def _optimize_divides_by_m(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    m = X.shape[1]
    return _descent(
        w,
        b,
        X,
        Y,
        num_iterations,
        lambda w, g: w - learning_rate * g["dw"] / m,
        lambda b, g: b - learning_rate * g["db"] / m,
    )


def _optimize_b_no_rate(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    return _descent(
        w,
        b,
        X,
        Y,
        num_iterations,
        lambda w, g: w - learning_rate * g["dw"],
        lambda b, g: b - g["db"],
    )


# ------------------------------------------------------------------------ predict


def _predict_probabilities(w, b, X):
    return ref.sigmoid(w.T @ X + b)


def _predict_no_bias(w, b, X):
    return (ref.sigmoid(w.T @ X) > 0.5).astype(float)


def _predict_above_zero(w, b, X):
    return (ref.sigmoid(w.T @ X + b) > 0).astype(float)


def _predict_no_sigmoid(w, b, X):
    return ((w.T @ X + b) > 0.5).astype(float)


def _predict_reversed(w, b, X):
    return (ref.sigmoid(w.T @ X + b) < 0.5).astype(float)


def _predict_loop_rows(w, b, X):
    A = ref.sigmoid(w.T @ X + b)
    Y_prediction = np.zeros((1, X.shape[1]))
    for i in range(A.shape[0]):
        Y_prediction[0, i] = 1.0 if A[0, i] > 0.5 else 0.0
    return Y_prediction


# -------------------------------------------------------------------------- model


def _model_result(costs, w, b, X_train, X_test, learning_rate, num_iterations, Y_test_pred=None):
    return {
        "costs": costs,
        "Y_prediction_test": ref.predict(w, b, X_test) if Y_test_pred is None else Y_test_pred,
        "Y_prediction_train": ref.predict(w, b, X_train),
        "w": w,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
    }


def _model_with(X_fit, Y_fit, num_iterations, rate):
    w, b = ref.initialize_with_zeros(X_fit.shape[0])
    return ref.optimize(w, b, X_fit, Y_fit, num_iterations, rate)


def _model_default_rate(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    params, _, costs = _model_with(X_train, Y_train, num_iterations, 0.009)
    return _model_result(
        costs, params["w"], params["b"], X_train, X_test, learning_rate, num_iterations
    )


def _model_fixed_rate(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    params, _, costs = _model_with(X_train, Y_train, num_iterations, 0.5)
    return _model_result(
        costs, params["w"], params["b"], X_train, X_test, learning_rate, num_iterations
    )


def _model_trains_on_test(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    params, _, costs = _model_with(X_test, Y_test, num_iterations, learning_rate)
    return _model_result(
        costs, params["w"], params["b"], X_train, X_test, learning_rate, num_iterations
    )


def _model_test_on_train(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    params, _, costs = _model_with(X_train, Y_train, num_iterations, learning_rate)
    w, b = params["w"], params["b"]
    return _model_result(
        costs, w, b, X_train, X_test, learning_rate, num_iterations, ref.predict(w, b, X_train)
    )


def _model_untrained(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    _, _, costs = _model_with(X_train, Y_train, num_iterations, learning_rate)
    w, b = ref.initialize_with_zeros(X_train.shape[0])
    return _model_result(costs, w, b, X_train, X_test, learning_rate, num_iterations)


def _model_grads_as_params(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    _, grads, costs = _model_with(X_train, Y_train, num_iterations, learning_rate)
    return _model_result(
        costs, grads["dw"], grads["db"], X_train, X_test, learning_rate, num_iterations
    )


def _model_rescales(
    X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False
):
    X_train, X_test = X_train / 255, X_test / 255
    params, _, costs = _model_with(X_train, Y_train, num_iterations, learning_rate)
    return _model_result(
        costs, params["w"], params["b"], X_train, X_test, learning_rate, num_iterations
    )


KNOWN = {
    "logistic.sigmoid": [
        ("np.exp(z) has the wrong sign: sigmoid is 1 / (1 + np.exp(-z))", _sigmoid_exp_sign),
        (
            "1 / 1 + np.exp(-z) divides 1 by 1 only: put the denominator in parentheses",
            _sigmoid_precedence,
        ),
        ("the denominator is missing the 1 +: 1 / (1 + np.exp(-z))", _sigmoid_no_one),
        (
            "the denominator adds, it does not subtract: 1 / (1 + np.exp(-z))",
            _sigmoid_minus_denominator,
        ),
        ("that is np.tanh, another activation: sigmoid is 1 / (1 + np.exp(-z))", _sigmoid_tanh),
        ("that is the derivative s * (1 - s), not the sigmoid itself", _sigmoid_derivative),
        ("use np.exp: a typed-in 2.718 is not exactly e", _sigmoid_typed_e),
    ],
    "logistic.initialize_with_zeros": [
        ("w is a column of dim zeros, np.zeros((dim, 1)), not a dim x dim matrix", _zeros_square),
        ("w starts at zero: np.zeros, not np.ones", _zeros_ones),
        (
            "w holds one weight per feature, np.zeros((dim, 1)); b is kept separately",
            _zeros_bias_row,
        ),
    ],
    "logistic.propagate": [
        ("the cost leaves out the (1 - Y) * log(1 - A) term", _propagate_no_1_minus_y),
        ("A leaves out the bias: A = sigmoid(w.T @ X + b)", _propagate_no_bias),
        ("A needs the sigmoid: A = sigmoid(w.T @ X + b)", _propagate_no_sigmoid),
        ("dZ is A - Y: the labels Y are left out of the gradient", _propagate_dz_is_a),
        ("A should be a row (1, m): w.T @ X, not X.T @ w", _propagate_column_A),
    ],
    "logistic.optimize": [
        ("gradient descent subtracts: w = w - learning_rate * dw", _optimize_ascent),
        ("b is never updated: b = b - learning_rate * db", _optimize_b_frozen),
        (
            "the step uses a fixed 0.009 (the default), not the learning_rate argument",
            _optimize_default_rate,
        ),
        (
            "costs records the cost after the update: keep the cost propagate returned"
            " before updating",
            _optimize_cost_after,
        ),
        (
            "propagate already averages dw and db over the examples: don't divide by m again",
            _optimize_divides_by_m,
        ),
        (
            "the step of b is missing the learning_rate: b = b - learning_rate * db",
            _optimize_b_no_rate,
        ),
    ],
    "logistic.predict": [
        ("return 0/1 labels, not the probabilities A: (A > 0.5)", _predict_probabilities),
        ("A leaves out the bias: A = sigmoid(w.T @ X + b)", _predict_no_bias),
        ("compare the probability A with 0.5, not with 0", _predict_above_zero),
        ("apply the sigmoid before comparing with 0.5", _predict_no_sigmoid),
        ("the comparison is reversed: label 1 where A > 0.5", _predict_reversed),
        (
            "the loop must visit every example: range(A.shape[1]), not range(A.shape[0])",
            _predict_loop_rows,
        ),
    ],
    "logistic.model": [
        (
            "optimize is called without learning_rate, so it trains with its default 0.009",
            _model_default_rate,
        ),
        ("pass the learning_rate argument to optimize, not a fixed 0.5", _model_fixed_rate),
        ("train on X_train, Y_train: the test set is only for predict", _model_trains_on_test),
        ("Y_prediction_test must be predict(w, b, X_test)", _model_test_on_train),
        (
            "predict with the trained w and b from params, not the zeros you started from",
            _model_untrained,
        ),
        ("w and b come from params, not from grads", _model_grads_as_params),
        ("the inputs are already scaled: don't divide X by 255 inside model", _model_rescales),
    ],
}
