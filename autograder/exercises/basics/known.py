"""Known mistakes of the Week 2 NumPy-basics exercises."""

import math

import numpy as np

from nnref.basics import sigmoid as _sigmoid

# --------------------------------------------------------------------- basic_sigmoid


def _basic_exp_plus_x(x):
    return 1 / (1 + math.exp(x))


def _basic_precedence(x):
    return 1 / 1 + math.exp(-x)


def _basic_minus_in_denominator(x):
    return 1 / (1 - math.exp(-x))


def _basic_floor_division(x):
    return 1 // (1 + math.exp(-x))


def _basic_approx_e(x):
    return 1 / (1 + 2.718 ** (-x))


def _basic_rounded(x):
    return round(1 / (1 + math.exp(-x)), 4)


def _basic_log(x):
    return 1 / (1 + math.log(-x))


def _basic_tanh(x):
    return math.tanh(x)


# --------------------------------------------------------------------------- sigmoid


def _sigmoid_exp_plus_x(x):
    return 1 / (1 + np.exp(x))


def _sigmoid_precedence(x):
    return 1 / 1 + np.exp(-x)


def _sigmoid_tanh(x):
    return np.tanh(x)


def _sigmoid_clipped(x):
    return 1 / (1 + np.exp(-np.clip(x, -10, 10)))


def _sigmoid_abs(x):
    return 1 / (1 + np.exp(-np.abs(x)))


# ---------------------------------------------------------------- sigmoid_derivative


def _ds_one_plus_s(x):
    s = _sigmoid(x)
    return s * (1 + s)


def _ds_from_x(x):
    return x * (1 - x)


def _ds_sigmoid_itself(x):
    return _sigmoid(x)


def _ds_dot(x):
    s = _sigmoid(x)
    return np.dot(s, 1 - s)


def _ds_unsquared_denominator(x):
    return np.exp(-x) / (1 + np.exp(-x))


def _ds_precedence(x):
    s = _sigmoid(x)
    return s * 1 - s


# ---------------------------------------------------------------------- image2vector


def _image_T_order(image):
    return image.T.reshape(-1, 1)


def _image_channels_first(image):
    return image.transpose(2, 0, 1).reshape(-1, 1)


# -------------------------------------------------------------------- normalize_rows


def _normalize_axis0(x):
    return x / np.linalg.norm(x, axis=0, keepdims=True)


def _normalize_no_sqrt(x):
    return x / np.sum(x**2, axis=1, keepdims=True)


def _normalize_row_sum(x):
    return x / np.sum(x, axis=1, keepdims=True)


def _normalize_whole_matrix(x):
    return x / np.linalg.norm(x)


def _normalize_multiply(x):
    return x * np.linalg.norm(x, axis=1, keepdims=True)


# --------------------------------------------------------------------------- softmax


def _softmax_sum_axis0(x):
    e = np.exp(x - np.max(x, axis=1, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def _softmax_columns(x):
    e = np.exp(x - np.max(x, axis=0, keepdims=True))
    return e / np.sum(e, axis=0, keepdims=True)


def _softmax_max_axis0(x):
    e = np.exp(x - np.max(x, axis=0, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def _softmax_total_sum(x):
    e = np.exp(x - np.max(x, axis=1, keepdims=True))
    return e / np.sum(e)


def _softmax_no_exp(x):
    e = x - np.max(x, axis=1, keepdims=True)
    return e / np.sum(e, axis=1, keepdims=True)


def _softmax_exp_then_subtract(x):
    e = np.exp(x) - np.max(x, axis=1, keepdims=True)
    return e / np.sum(e, axis=1, keepdims=True)


# -------------------------------------------------------------------------------- L1


def _l1_no_abs(yhat, y):
    return float(np.sum(y - yhat))


def _l1_abs_of_sum(yhat, y):
    return float(np.abs(np.sum(y - yhat)))


def _l1_mean(yhat, y):
    return float(np.mean(np.abs(y - yhat)))


def _l1_squared(yhat, y):
    return float(np.sum((y - yhat) ** 2))


def _l1_loop_from_1(yhat, y):
    loss = 0.0
    for i in range(1, len(y)):
        loss += abs(y[i] - yhat[i])
    return loss


def _l1_norm(yhat, y):
    return float(np.linalg.norm(y - yhat))


# -------------------------------------------------------------------------------- L2


def _l2_sqrt(yhat, y):
    return float(np.sqrt(np.sum((y - yhat) ** 2)))


def _l2_square_of_sum(yhat, y):
    return float(np.sum(y - yhat) ** 2)


def _l2_abs(yhat, y):
    return float(np.sum(np.abs(y - yhat)))


def _l2_mean(yhat, y):
    return float(np.mean((y - yhat) ** 2))


def _l2_precedence(yhat, y):
    return float(np.sum(y - yhat**2))


def _l2_int(yhat, y):
    d = y - yhat
    return int(np.dot(d, d))


KNOWN = {
    "basics.basic_sigmoid": [
        ("the exponent is -x: 1 / (1 + math.exp(-x)), not math.exp(x)", _basic_exp_plus_x),
        (
            "operator precedence: 1 / 1 + ... is 1 + ...; write 1 / (1 + math.exp(-x))",
            _basic_precedence,
        ),
        ("the denominator is 1 + math.exp(-x), not 1 - math.exp(-x)", _basic_minus_in_denominator),
        ("// is floor division and rounds down: use / for the sigmoid", _basic_floor_division),
        ("2.718 is only an approximation of e: use math.exp(-x)", _basic_approx_e),
        ("do not round the result: return 1 / (1 + math.exp(-x)) as it is", _basic_rounded),
        ("math.log is the logarithm: the sigmoid needs math.exp(-x)", _basic_log),
        ("this is tanh(x), another activation: the sigmoid is 1 / (1 + e^-x)", _basic_tanh),
    ],
    "basics.sigmoid": [
        ("the exponent is -x: 1 / (1 + np.exp(-x)), not np.exp(x)", _sigmoid_exp_plus_x),
        (
            "operator precedence: 1 / 1 + ... is 1 + ...; write 1 / (1 + np.exp(-x))",
            _sigmoid_precedence,
        ),
        ("this is np.tanh(x), another activation: the sigmoid is 1 / (1 + e^-x)", _sigmoid_tanh),
        (
            "do not clip x: np.exp(-x) handles large |x| and the result is not exactly 0 or 1",
            _sigmoid_clipped,
        ),
        ("np.abs(x) loses the sign of x: negative x must give values below 0.5", _sigmoid_abs),
    ],
    "basics.sigmoid_derivative": [
        ("the derivative is s * (1 - s), not s * (1 + s)", _ds_one_plus_s),
        ("the derivative uses x instead of s = sigmoid(x): ds = s * (1 - s)", _ds_from_x),
        ("this is sigmoid(x) itself: its derivative is s * (1 - s)", _ds_sigmoid_itself),
        (
            "np.dot is a matrix product: the derivative is element-wise, s * (1 - s)",
            _ds_dot,
        ),
        (
            "the derivative of 1 / (1 + e^-x) is e^-x / (1 + e^-x)^2: the denominator is squared",
            _ds_unsquared_denominator,
        ),
        ("operator precedence: s * 1 - s is 0; write s * (1 - s)", _ds_precedence),
    ],
    "basics.image2vector": [
        (
            "image.T reverses the axes, so the pixels come out in the wrong order:"
            " image.reshape(-1, 1) keeps row-major order",
            _image_T_order,
        ),
        (
            "moving the channels first changes the order of the values:"
            " image.reshape(-1, 1) unrolls (height, width, channels) as it is",
            _image_channels_first,
        ),
    ],
    "basics.normalize_rows": [
        (
            "axis=0 normalizes the columns: take the norm of each row, axis=1, keepdims=True",
            _normalize_axis0,
        ),
        (
            "the norm is the square root of the sum of squares: np.sqrt is missing",
            _normalize_no_sqrt,
        ),
        (
            "the row sum is not the norm: use np.linalg.norm(x, axis=1, keepdims=True)",
            _normalize_row_sum,
        ),
        (
            "np.linalg.norm(x) without axis is the norm of the whole matrix:"
            " use axis=1, keepdims=True",
            _normalize_whole_matrix,
        ),
        ("divide each row by its norm, don't multiply", _normalize_multiply),
    ],
    "basics.softmax": [
        (
            "the sum runs over axis=0: each row must sum to 1, so sum over axis=1, keepdims=True",
            _softmax_sum_axis0,
        ),
        (
            "this normalizes each column: the softmax runs over each row (axis=1)",
            _softmax_columns,
        ),
        (
            "subtract each row's own maximum (axis=1): a column maximum changes the result",
            _softmax_max_axis0,
        ),
        (
            "np.sum without axis adds up the whole matrix: sum each row, axis=1, keepdims=True",
            _softmax_total_sum,
        ),
        ("np.exp is missing: the softmax divides exponentials", _softmax_no_exp),
        (
            "the maximum goes inside the exponential: np.exp(x - np.max(x, axis=1, keepdims=True))",
            _softmax_exp_then_subtract,
        ),
    ],
    "basics.L1": [
        ("take np.abs of each difference before summing", _l1_no_abs),
        ("np.abs goes inside the sum: the absolute value of each difference", _l1_abs_of_sum),
        ("the L1 loss is the sum of |y - yhat|, not the mean", _l1_mean),
        ("this squares the differences (the L2 loss): L1 uses np.abs", _l1_squared),
        ("the loop skips i = 0: sum over range(len(y))", _l1_loop_from_1),
        (
            "np.linalg.norm is the Euclidean norm: the L1 loss is np.sum(np.abs(y - yhat))",
            _l1_norm,
        ),
    ],
    "basics.L2": [
        ("the L2 loss is the sum of squares, without the square root", _l2_sqrt),
        ("square each difference, then sum: not the square of the sum", _l2_square_of_sum),
        ("this is the L1 loss: L2 squares the differences", _l2_abs),
        ("the L2 loss is the sum of the squared differences, not the mean", _l2_mean),
        (
            "operator precedence: y - yhat ** 2 squares only yhat; write (y - yhat) ** 2",
            _l2_precedence,
        ),
        ("int(...) drops the fraction: return float(...)", _l2_int),
    ],
}
