"""Accepted variants of the Week 2 NumPy-basics notebook (numpy_basics.ipynb)."""

from autograder.exercises.zoo import Variant

_V = Variant

VARIANTS = [
    # ---------------------------------------------------------------- basic_sigmoid
    _V(
        "basics.basic_sigmoid",
        "float-literals-local-import",
        "1.0 / (1.0 + math.exp(-x)) with math imported inside the function",
        """def basic_sigmoid(x):
    import math

    s = 1.0 / (1.0 + math.exp(-x))
    return s
""",
    ),
    _V(
        "basics.basic_sigmoid",
        "from-math-import-exp",
        "from math import exp at the top of the cell",
        """from math import exp


def basic_sigmoid(x):
    \"\"\"Sigmoid of one real number, computed with the math module.\"\"\"
    s = 1 / (1 + exp(-x))
    return s
""",
    ),
    _V(
        "basics.basic_sigmoid",
        "stable-branches",
        "e^x / (1 + e^x) for negative x, so math.exp never overflows",
        """def basic_sigmoid(x):
    if x >= 0:
        s = 1 / (1 + math.exp(-x))
    else:
        e = math.exp(x)
        s = e / (1 + e)
    return s
""",
    ),
    _V(
        "basics.basic_sigmoid",
        "math-e-power",
        "math.e ** (-x) instead of math.exp(-x)",
        """def basic_sigmoid(x):
    s = 1 / (1 + math.e ** (-x))
    return s
""",
    ),
    _V(
        "basics.basic_sigmoid",
        "tanh-identity",
        "the identity sigmoid(x) = (1 + tanh(x / 2)) / 2 with math.tanh",
        """def basic_sigmoid(x):
    s = 0.5 * (1 + math.tanh(x / 2))
    return s
""",
    ),
    _V(
        "basics.basic_sigmoid",
        "np-exp-float",
        "np.exp on the number, wrapped in float(...)",
        """def basic_sigmoid(x):
    s = float(1 / (1 + np.exp(-x)))
    return s
""",
    ),
    _V(
        "basics.basic_sigmoid",
        "log1p-print",
        "exp(-log(1 + e^-x)) with math.log1p, and a print",
        """def basic_sigmoid(x):
    s = math.exp(-math.log1p(math.exp(-x)))
    print(f"sigmoid({x}) = {s}")
    return s
""",
    ),
    _V(
        "basics.basic_sigmoid",
        "numpy-scalar",
        "returns a NumPy float64 built from math.exp",
        """def basic_sigmoid(x):
    s = np.float64(1) / (1 + math.exp(-x))
    return s
""",
    ),
    _V(
        "basics.basic_sigmoid",
        "math-star-import",
        "from math import * at the top of the cell, then exp(-x)",
        """from math import *


def basic_sigmoid(x):
    s = 1 / (1 + exp(-x))
    return s
""",
    ),
    # ---------------------------------------------------------------------- sigmoid
    _V(
        "basics.sigmoid",
        "float-literals-local-import",
        "1.0 / (1.0 + np.exp(-x)) with numpy imported inside the function",
        """def sigmoid(x):
    import numpy as np

    s = 1.0 / (1.0 + np.exp(-x))
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "ufuncs",
        "np.divide, np.add and np.negative instead of operators",
        """def sigmoid(x):
    s = np.divide(1, np.add(1, np.exp(np.negative(x))))
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "tanh-identity",
        "(1 + tanh(x / 2)) / 2",
        """def sigmoid(x):
    s = 0.5 * (1 + np.tanh(0.5 * x))
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "stable-masks",
        "the overflow-free form: 1 / (1 + e^-x) where x >= 0, e^x / (1 + e^x) elsewhere",
        """def sigmoid(x):
    x = np.asarray(x, dtype=float)
    s = np.empty_like(x)
    pos = x >= 0
    s[pos] = 1 / (1 + np.exp(-x[pos]))
    e = np.exp(x[~pos])
    s[~pos] = e / (1 + e)
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "loop-math-exp",
        "a loop over every entry with math.exp (stable branch for negative values)",
        """def sigmoid(x):
    x = np.asarray(x, dtype=float)
    s = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        v = x[idx]
        if v >= 0:
            s[idx] = 1 / (1 + math.exp(-v))
        else:
            s[idx] = math.exp(v) / (1 + math.exp(v))
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "logaddexp",
        "exp(-log(1 + e^-x)) with np.logaddexp(0, -x)",
        """def sigmoid(x):
    s = np.exp(-np.logaddexp(0, -x))
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "vectorize-helper",
        "a stable scalar helper defined in the cell, applied with np.vectorize",
        """def _sigmoid_scalar(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def sigmoid(x):
    s = np.vectorize(_sigmoid_scalar, otypes=[float])(x)
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "np-e-power-print",
        "np.e ** (-x), with a print of the shape",
        """def sigmoid(x):
    s = 1 / (1 + np.e ** (-x))
    print("sigmoid of an array of shape", np.shape(x))
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "top-level-np-vectorize",
        "a module-level np.vectorize of a stable scalar sigmoid (defined at the top of the cell)",
        """def _one(v):
    return 1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v))


_vsigmoid = np.vectorize(_one, otypes=[float])


def sigmoid(x):
    s = _vsigmoid(x)
    return s
""",
    ),
    _V(
        "basics.sigmoid",
        "try-scipy-expit",
        "uses scipy's expit when it is installed, the NumPy formula otherwise (try/except import)",
        """try:
    from scipy.special import expit
except ImportError:
    expit = None


def sigmoid(x):
    if expit is not None:
        return expit(x)
    s = 1 / (1 + np.exp(-x))
    return s
""",
    ),
    # ----------------------------------------------------------- sigmoid_derivative
    _V(
        "basics.sigmoid_derivative",
        "sigmoid-twice",
        "calls sigmoid twice in one line",
        """def sigmoid_derivative(x):
    ds = sigmoid(x) * (1 - sigmoid(x))
    return ds
""",
    ),
    _V(
        "basics.sigmoid_derivative",
        "np-multiply",
        "np.multiply(s, 1 - s)",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = np.multiply(s, 1 - s)
    return ds
""",
    ),
    _V(
        "basics.sigmoid_derivative",
        "s-minus-s-squared",
        "s - s**2, the product expanded",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = s - s**2
    return ds
""",
    ),
    _V(
        "basics.sigmoid_derivative",
        "inline-exp-abs",
        "no call to sigmoid: e^-|x| / (1 + e^-|x|)^2 (the slope is symmetric, and this form"
        " cannot overflow)",
        """def sigmoid_derivative(x):
    e = np.exp(-np.abs(x))
    ds = e / (1 + e) ** 2
    return ds
""",
    ),
    _V(
        "basics.sigmoid_derivative",
        "loop-entries",
        "a loop over every entry calling sigmoid on one number at a time",
        """def sigmoid_derivative(x):
    x = np.asarray(x, dtype=float)
    ds = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        s = sigmoid(x[idx])
        ds[idx] = s * (1 - s)
    return ds
""",
    ),
    _V(
        "basics.sigmoid_derivative",
        "sigmoid-of-minus-x-assert",
        "1 - sigmoid(x) written as sigmoid(-x), with an assert on the shape",
        """def sigmoid_derivative(x):
    ds = sigmoid(x) * sigmoid(-x)
    assert np.shape(ds) == np.shape(x)
    return ds
""",
    ),
    _V(
        "basics.sigmoid_derivative",
        "tanh-sech",
        "no call to sigmoid: (1 - tanh(x / 2)^2) / 4",
        """def sigmoid_derivative(x):
    t = np.tanh(x / 2)
    ds = 0.25 * (1 - t**2)
    return ds
""",
    ),
    _V(
        "basics.sigmoid_derivative",
        "print-keyword",
        "sigmoid called with its argument by keyword, and a print of the result",
        """def sigmoid_derivative(x):
    s = sigmoid(x=x)
    ds = s * (1.0 - s)
    print("sigmoid_derivative:", ds)
    return ds
""",
    ),
    # ----------------------------------------------------------------- image2vector
    _V(
        "basics.image2vector",
        "explicit-shape-product",
        "the length written as image.shape[0] * image.shape[1] * image.shape[2]",
        """def image2vector(image):
    v = image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1)
    return v
""",
    ),
    _V(
        "basics.image2vector",
        "size",
        "image.reshape(image.size, 1)",
        """def image2vector(image):
    v = image.reshape(image.size, 1)
    return v
""",
    ),
    _V(
        "basics.image2vector",
        "flatten-newaxis",
        "image.flatten()[:, np.newaxis]",
        """def image2vector(image):
    v = image.flatten()[:, np.newaxis]
    return v
""",
    ),
    _V(
        "basics.image2vector",
        "row-then-T",
        "a (1, n) row transposed into a column",
        """def image2vector(image):
    v = image.ravel().reshape(1, -1).T
    return v
""",
    ),
    _V(
        "basics.image2vector",
        "expand-dims",
        "np.expand_dims of the flat vector on axis 1",
        """def image2vector(image):
    v = np.expand_dims(image.reshape(-1), axis=1)
    return v
""",
    ),
    _V(
        "basics.image2vector",
        "triple-loop",
        "three loops (rows, columns, channels) filling a np.zeros column in row-major order",
        """def image2vector(image):
    h, w, c = image.shape
    v = np.zeros((h * w * c, 1))
    k = 0
    for i in range(h):
        for j in range(w):
            for ch in range(c):
                v[k, 0] = image[i, j, ch]
                k += 1
    return v
""",
    ),
    _V(
        "basics.image2vector",
        "np-reshape-len",
        "np.reshape with the length read with len() on the nested axes",
        """def image2vector(image):
    length = len(image) * len(image[0]) * len(image[0][0])
    v = np.reshape(image, (length, 1))
    assert v.shape == (length, 1)
    return v
""",
    ),
    _V(
        "basics.image2vector",
        "array-of-list-T",
        "np.array([image.flatten()]).T: a one-row matrix transposed",
        """def image2vector(image):
    v = np.array([image.flatten()]).T
    return v
""",
    ),
    # --------------------------------------------------------------- normalize_rows
    _V(
        "basics.normalize_rows",
        "sqrt-sum-squares",
        "the norm written as np.sqrt(np.sum(x**2, axis=1, keepdims=True))",
        """def normalize_rows(x):
    x_norm = np.sqrt(np.sum(x**2, axis=1, keepdims=True))
    x_normalized = x / x_norm
    return x_normalized
""",
    ),
    _V(
        "basics.normalize_rows",
        "norm-reshape",
        "np.linalg.norm without keepdims, then .reshape(-1, 1)",
        """def normalize_rows(x):
    x_norm = np.linalg.norm(x, axis=1).reshape(-1, 1)
    x_normalized = x / x_norm
    return x_normalized
""",
    ),
    _V(
        "basics.normalize_rows",
        "norm-none-index-ord",
        "np.linalg.norm(x, ord=2, axis=1)[:, None]",
        """def normalize_rows(x):
    x_normalized = x / np.linalg.norm(x, ord=2, axis=1)[:, None]
    return x_normalized
""",
    ),
    _V(
        "basics.normalize_rows",
        "loop-rows",
        "a loop over the rows, each divided by np.linalg.norm of the row",
        """def normalize_rows(x):
    x_normalized = np.zeros_like(x, dtype=float)
    for i in range(x.shape[0]):
        x_normalized[i, :] = x[i, :] / np.linalg.norm(x[i, :])
    return x_normalized
""",
    ),
    _V(
        "basics.normalize_rows",
        "einsum",
        "the squared row norms with np.einsum('ij,ij->i', x, x)",
        """def normalize_rows(x):
    norms = np.sqrt(np.einsum("ij,ij->i", x, x))
    x_normalized = x / norms[:, np.newaxis]
    return x_normalized
""",
    ),
    _V(
        "basics.normalize_rows",
        "math-loops",
        "plain Python loops with math.sqrt of the sum of squares",
        """def normalize_rows(x):
    n, m = x.shape
    x_normalized = np.zeros((n, m))
    for i in range(n):
        total = 0.0
        for j in range(m):
            total += x[i, j] ** 2
        norm = math.sqrt(total)
        for j in range(m):
            x_normalized[i, j] = x[i, j] / norm
    return x_normalized
""",
    ),
    _V(
        "basics.normalize_rows",
        "copy-then-inplace",
        "divides a copy in place (x.copy() /= norms): x itself is unchanged",
        """def normalize_rows(x):
    x_normalized = x.copy()
    x_normalized /= np.linalg.norm(x, axis=1, keepdims=True)
    return x_normalized
""",
    ),
    _V(
        "basics.normalize_rows",
        "power-half-method",
        "(x**2).sum(axis=1, keepdims=True) ** 0.5 and np.divide",
        """def normalize_rows(x):
    x_norm = (x**2).sum(axis=1, keepdims=True) ** 0.5
    x_normalized = np.divide(x, x_norm)
    return x_normalized
""",
    ),
    _V(
        "basics.normalize_rows",
        "top-level-tiny-guard",
        "a module-level constant np.finfo(float).tiny keeps a zero row from dividing by 0",
        """TINY = np.finfo(float).tiny


def normalize_rows(x):
    x_norm = np.linalg.norm(x, axis=1, keepdims=True)
    x_normalized = x / np.maximum(x_norm, TINY)
    return x_normalized
""",
    ),
    # ---------------------------------------------------------------------- softmax
    _V(
        "basics.softmax",
        "methods",
        "the array methods x.max(...) and e.sum(...) with keepdims=True",
        """def softmax(x):
    e = np.exp(x - x.max(axis=1, keepdims=True))
    s = e / e.sum(axis=1, keepdims=True)
    return s
""",
    ),
    _V(
        "basics.softmax",
        "reshape-instead-of-keepdims",
        "row max and row sums without keepdims, made columns with .reshape(-1, 1)",
        """def softmax(x):
    x_max = np.max(x, axis=1).reshape(-1, 1)
    x_exp = np.exp(x - x_max)
    x_sum = np.sum(x_exp, axis=1).reshape(-1, 1)
    s = x_exp / x_sum
    return s
""",
    ),
    _V(
        "basics.softmax",
        "none-index",
        "np.amax(x, axis=1)[:, None] and np.sum(...)[:, np.newaxis]",
        """def softmax(x):
    shifted = x - np.amax(x, axis=1)[:, None]
    x_exp = np.exp(shifted)
    s = x_exp / np.sum(x_exp, axis=1)[:, np.newaxis]
    return s
""",
    ),
    _V(
        "basics.softmax",
        "loop-rows",
        "a loop over the rows, each shifted by its own max",
        """def softmax(x):
    s = np.zeros(x.shape)
    for i in range(x.shape[0]):
        row = np.exp(x[i] - np.max(x[i]))
        s[i] = row / np.sum(row)
    return s
""",
    ),
    _V(
        "basics.softmax",
        "log-sum-exp",
        "exp(x - logsumexp(x)) with the shifted log-sum-exp per row",
        """def softmax(x):
    x_max = np.max(x, axis=1, keepdims=True)
    lse = x_max + np.log(np.sum(np.exp(x - x_max), axis=1, keepdims=True))
    s = np.exp(x - lse)
    return s
""",
    ),
    _V(
        "basics.softmax",
        "math-exp-loops",
        "nested Python loops with math.exp, shifting each row by its max",
        """def softmax(x):
    n, m = x.shape
    s = np.zeros((n, m))
    for i in range(n):
        row_max = max(x[i, j] for j in range(m))
        exps = [math.exp(x[i, j] - row_max) for j in range(m)]
        total = sum(exps)
        for j in range(m):
            s[i, j] = exps[j] / total
    return s
""",
    ),
    _V(
        "basics.softmax",
        "columns-via-T",
        "works on x.T with axis=0 (a flat row max broadcasts over columns), transposes back",
        """def softmax(x):
    xt = x.T
    e = np.exp(xt - np.max(xt, axis=0))
    s = (e / np.sum(e, axis=0)).T
    return s
""",
    ),
    _V(
        "basics.softmax",
        "ufuncs-assert-print",
        "np.subtract / np.divide, an assert on the shape and a print of the row sums",
        """def softmax(x):
    x_exp = np.exp(np.subtract(x, np.max(x, axis=1, keepdims=True)))
    s = np.divide(x_exp, np.sum(x_exp, axis=1, keepdims=True))
    assert s.shape == x.shape
    print("row sums:", s.sum(axis=1))
    return s
""",
    ),
    _V(
        "basics.softmax",
        "time-cell-magic",
        "the cell timed with IPython's %%time on its first line",
        """%%time
def softmax(x):
    x_exp = np.exp(x - np.max(x, axis=1, keepdims=True))
    s = x_exp / np.sum(x_exp, axis=1, keepdims=True)
    return s
""",
    ),
    # --------------------------------------------------------------------------- L1
    _V(
        "basics.L1",
        "numpy-scalar",
        "np.sum(np.abs(...)) without float(...): a NumPy float64",
        """def L1(yhat, y):
    loss = np.sum(np.abs(y - yhat))
    return loss
""",
    ),
    _V(
        "basics.L1",
        "builtin-sum-abs",
        "Python's sum and abs on the array",
        """def L1(yhat, y):
    loss = sum(abs(y - yhat))
    return loss
""",
    ),
    _V(
        "basics.L1",
        "loop",
        "a loop over the m predictions",
        """def L1(yhat, y):
    loss = 0
    for i in range(len(y)):
        loss += abs(y[i] - yhat[i])
    return loss
""",
    ),
    _V(
        "basics.L1",
        "norm-ord1",
        "float(np.linalg.norm(y - yhat, ord=1))",
        """def L1(yhat, y):
    loss = float(np.linalg.norm(y - yhat, ord=1))
    return loss
""",
    ),
    _V(
        "basics.L1",
        "method-chain-swapped",
        "(yhat - y) in the other order, .sum() as a method",
        """def L1(yhat, y):
    loss = np.abs(yhat - y).sum()
    return loss
""",
    ),
    _V(
        "basics.L1",
        "zip-math-fabs",
        "a generator over zip(yhat, y) with math.fabs: a Python float",
        """def L1(yhat, y):
    loss = float(sum(math.fabs(a - b) for a, b in zip(yhat, y)))
    return loss
""",
    ),
    _V(
        "basics.L1",
        "zero-d-array",
        "np.squeeze of a keepdims sum: a 0-d array",
        """def L1(yhat, y):
    loss = np.squeeze(np.sum(np.abs(y - yhat), keepdims=True))
    return loss
""",
    ),
    _V(
        "basics.L1",
        "item-print",
        ".item() for a Python float, with a print",
        """def L1(yhat, y):
    loss = np.sum(np.abs(y - yhat)).item()
    print("L1 loss:", loss)
    return loss
""",
    ),
    # --------------------------------------------------------------------------- L2
    _V(
        "basics.L2",
        "sum-squares",
        "np.sum((y - yhat) ** 2), a NumPy float64",
        """def L2(yhat, y):
    loss = np.sum((y - yhat) ** 2)
    return loss
""",
    ),
    _V(
        "basics.L2",
        "square-float",
        "float(np.sum(np.square(yhat - y)))",
        """def L2(yhat, y):
    loss = float(np.sum(np.square(yhat - y)))
    return loss
""",
    ),
    _V(
        "basics.L2",
        "matmul",
        "d @ d",
        """def L2(yhat, y):
    d = y - yhat
    loss = d @ d
    return loss
""",
    ),
    _V(
        "basics.L2",
        "loop",
        "a loop adding the squared differences",
        """def L2(yhat, y):
    loss = 0.0
    for i in range(len(yhat)):
        loss += (y[i] - yhat[i]) ** 2
    return loss
""",
    ),
    _V(
        "basics.L2",
        "norm-squared",
        "np.linalg.norm(d) ** 2",
        """def L2(yhat, y):
    loss = np.linalg.norm(y - yhat) ** 2
    return loss
""",
    ),
    _V(
        "basics.L2",
        "multiply-sum",
        "np.sum(np.multiply(d, d))",
        """def L2(yhat, y):
    d = np.subtract(y, yhat)
    loss = np.sum(np.multiply(d, d))
    return loss
""",
    ),
    _V(
        "basics.L2",
        "einsum",
        "np.einsum('i,i->', d, d)",
        """def L2(yhat, y):
    d = y - yhat
    loss = np.einsum("i,i->", d, d)
    return loss
""",
    ),
    _V(
        "basics.L2",
        "row-dot-column-squeeze",
        "a (1, m) row times a (m, 1) column with np.dot, then np.squeeze: a 0-d array",
        """def L2(yhat, y):
    d = (y - yhat).reshape(1, -1)
    loss = np.squeeze(np.dot(d, d.T))
    return loss
""",
    ),
    _V(
        "basics.L2",
        "dot-T-print",
        "np.dot(d.T, d) (the .T does nothing on a flat vector), and a print",
        """def L2(yhat, y):
    d = y - yhat
    loss = np.dot(d.T, d)
    print("L2 loss:", loss)
    return loss
""",
    ),
    _V(
        "basics.L2",
        "lambda-helper",
        "a small lambda for the square defined at the top of the cell",
        """square = lambda d: d * d


def L2(yhat, y):
    loss = float(np.sum(square(y - yhat)))
    return loss
""",
    ),
]
