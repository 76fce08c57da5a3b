"""Mistake zoo of nnref.basics: wrong answer cells that must lose points with their hint.

Each entry is the whole answer cell a student might have written (see
:mod:`autograder.exercises.zoo`), so rewording the solution never breaks it.
"""

from autograder.exercises.zoo import Mistake

_M = Mistake

MISTAKES = [
    # --------------------------------------------------------- basic_sigmoid
    _M(
        "basics.basic_sigmoid",
        "exp-plus-x",
        "drops the minus sign in the exponent",
        """def basic_sigmoid(x):
    s = 1 / (1 + math.exp(x))
    return s
""",
        "the exponent is -x",
    ),
    _M(
        "basics.basic_sigmoid",
        "precedence",
        "forgets the parentheses around the denominator",
        """def basic_sigmoid(x):
    s = 1 / 1 + math.exp(-x)
    return s
""",
        "operator precedence",
    ),
    _M(
        "basics.basic_sigmoid",
        "minus-in-denominator",
        "1 - e^-x in the denominator",
        """def basic_sigmoid(x):
    s = 1 / (1 - math.exp(-x))
    return s
""",
        "not 1 - math.exp(-x)",
    ),
    _M(
        "basics.basic_sigmoid",
        "floor-division",
        "// instead of /",
        """def basic_sigmoid(x):
    s = 1 // (1 + math.exp(-x))
    return s
""",
        "// is floor division",
    ),
    _M(
        "basics.basic_sigmoid",
        "approx-e",
        "writes e as 2.718",
        """def basic_sigmoid(x):
    s = 1 / (1 + 2.718 ** (-x))
    return s
""",
        "2.718 is only an approximation of e",
    ),
    _M(
        "basics.basic_sigmoid",
        "rounded",
        "rounds the result to 4 digits",
        """def basic_sigmoid(x):
    s = round(1 / (1 + math.exp(-x)), 4)
    return s
""",
        "do not round the result",
    ),
    _M(
        "basics.basic_sigmoid",
        "log",
        "math.log instead of math.exp",
        """def basic_sigmoid(x):
    s = 1 / (1 + math.log(-x))
    return s
""",
        "math.log is the logarithm",
    ),
    _M(
        "basics.basic_sigmoid",
        "tanh",
        "confuses the sigmoid with tanh",
        """def basic_sigmoid(x):
    s = math.tanh(x)
    return s
""",
        "this is tanh(x)",
    ),
    # --------------------------------------------------------------- sigmoid
    _M(
        "basics.sigmoid",
        "math-exp",
        "math.exp only takes single numbers, not arrays",
        """def sigmoid(x):
    s = 1 / (1 + math.exp(-x))
    return s
""",
        "use np.exp / np.log on arrays",
    ),
    _M(
        "basics.sigmoid",
        "exp-plus-x",
        "drops the minus sign in the exponent",
        """def sigmoid(x):
    s = 1 / (1 + np.exp(x))
    return s
""",
        "the exponent is -x",
    ),
    _M(
        "basics.sigmoid",
        "precedence",
        "forgets the parentheses around the denominator",
        """def sigmoid(x):
    s = 1 / 1 + np.exp(-x)
    return s
""",
        "operator precedence",
    ),
    _M(
        "basics.sigmoid",
        "in-place-negate",
        "negates the input in place before the exponential",
        """def sigmoid(x):
    x *= -1
    s = 1 / (1 + np.exp(x))
    return s
""",
        "modified its input",
    ),
    _M(
        "basics.sigmoid",
        "flat-list-comprehension",
        "loops over the flattened values and forgets to restore the shape",
        """def sigmoid(x):
    s = np.array([1 / (1 + math.exp(-v)) for v in x.flatten()])
    return s
""",
        "the right number of values in the wrong shape",
    ),
    _M(
        "basics.sigmoid",
        "tanh",
        "confuses the sigmoid with tanh",
        """def sigmoid(x):
    s = np.tanh(x)
    return s
""",
        "this is np.tanh(x)",
    ),
    _M(
        "basics.sigmoid",
        "clipped",
        "clips x to [-10, 10] to avoid overflow",
        """def sigmoid(x):
    s = 1 / (1 + np.exp(-np.clip(x, -10, 10)))
    return s
""",
        "do not clip x",
    ),
    _M(
        "basics.sigmoid",
        "abs",
        "uses |x| to avoid overflow in np.exp",
        """def sigmoid(x):
    s = 1 / (1 + np.exp(-np.abs(x)))
    return s
""",
        "np.abs(x) loses the sign",
    ),
    # ---------------------------------------------------- sigmoid_derivative
    _M(
        "basics.sigmoid_derivative",
        "one-plus-s",
        "s * (1 + s) instead of s * (1 - s)",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = s * (1 + s)
    return ds
""",
        "not s * (1 + s)",
    ),
    _M(
        "basics.sigmoid_derivative",
        "from-x",
        "computes the derivative from x instead of s",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = x * (1 - x)
    return ds
""",
        "uses x instead of s",
    ),
    _M(
        "basics.sigmoid_derivative",
        "sign-flipped",
        "s * (s - 1): the factors in the wrong order",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = s * (s - 1)
    return ds
""",
        "the sign is flipped",
    ),
    _M(
        "basics.sigmoid_derivative",
        "sigmoid-itself",
        "returns the sigmoid instead of its derivative",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = s
    return ds
""",
        "this is sigmoid(x) itself",
    ),
    _M(
        "basics.sigmoid_derivative",
        "np-dot",
        "np.dot for an element-wise product",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = np.dot(s, 1 - s)
    return ds
""",
        "np.dot is a matrix product",
    ),
    _M(
        "basics.sigmoid_derivative",
        "unsquared-denominator",
        "differentiates 1 / (1 + e^-x) by hand and forgets to square the denominator",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = np.exp(-x) / (1 + np.exp(-x))
    return ds
""",
        "the denominator is squared",
    ),
    _M(
        "basics.sigmoid_derivative",
        "precedence",
        "s * 1 - s without parentheses",
        """def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = s * 1 - s
    return ds
""",
        "s * 1 - s is 0",
    ),
    _M(
        "basics.sigmoid_derivative",
        "basic-sigmoid",
        "reuses basic_sigmoid (math.exp), which fails on arrays",
        """def sigmoid_derivative(x):
    s = basic_sigmoid(x)
    ds = s * (1 - s)
    return ds
""",
        "use np.exp / np.log on arrays",
    ),
    # ---------------------------------------------------------- image2vector
    _M(
        "basics.image2vector",
        "row",
        "reshape(1, -1): a row instead of a column",
        """def image2vector(image):
    v = image.reshape(1, -1)
    return v
""",
        "the shape is transposed",
    ),
    _M(
        "basics.image2vector",
        "flat",
        "flatten() gives a 1-D array, not a column",
        """def image2vector(image):
    v = image.flatten()
    return v
""",
        "a column (n, 1) is expected",
    ),
    _M(
        "basics.image2vector",
        "pixels-by-channels",
        "reshape(height * width, channels): one column per channel",
        """def image2vector(image):
    v = image.reshape(image.shape[0] * image.shape[1], image.shape[2])
    return v
""",
        "the right number of values in the wrong shape",
    ),
    _M(
        "basics.image2vector",
        "T-order",
        "transposes the image before unrolling it",
        """def image2vector(image):
    v = image.T.reshape(-1, 1)
    return v
""",
        "image.T reverses the axes",
    ),
    _M(
        "basics.image2vector",
        "channels-first",
        "moves the channels first (PyTorch layout) before unrolling",
        """def image2vector(image):
    v = image.transpose(2, 0, 1).reshape(-1, 1)
    return v
""",
        "moving the channels first",
    ),
    _M(
        "basics.image2vector",
        "set-shape",
        "reshapes the input itself by assigning image.shape",
        """def image2vector(image):
    image.shape = (-1, 1)
    v = image
    return v
""",
        "modified its input",
    ),
    _M(
        "basics.image2vector",
        "hard-coded-12",
        "hard-codes the 12 values of the visible 2 x 2 x 3 image",
        """def image2vector(image):
    v = image.reshape(12, 1)
    return v
""",
        "instead of hard-coding numbers",
    ),
    # -------------------------------------------------------- normalize_rows
    _M(
        "basics.normalize_rows",
        "axis-0",
        "takes the norm of each column",
        """def normalize_rows(x):
    x_norm = np.linalg.norm(x, axis=0, keepdims=True)
    x_normalized = x / x_norm
    return x_normalized
""",
        "axis=0 normalizes the columns",
    ),
    _M(
        "basics.normalize_rows",
        "no-keepdims",
        "the (n,) norms broadcast along the wrong axis",
        """def normalize_rows(x):
    x_norm = np.linalg.norm(x, axis=1)
    x_normalized = x / x_norm
    return x_normalized
""",
        "with keepdims=True",
    ),
    _M(
        "basics.normalize_rows",
        "in-place",
        "divides the input in place",
        """def normalize_rows(x):
    x_norm = np.linalg.norm(x, axis=1, keepdims=True)
    x /= x_norm
    x_normalized = x
    return x_normalized
""",
        "modified its input",
    ),
    _M(
        "basics.normalize_rows",
        "no-sqrt",
        "sum of squares without the square root",
        """def normalize_rows(x):
    x_norm = np.sum(x ** 2, axis=1, keepdims=True)
    x_normalized = x / x_norm
    return x_normalized
""",
        "np.sqrt is missing",
    ),
    _M(
        "basics.normalize_rows",
        "row-sum",
        "divides by the row sum",
        """def normalize_rows(x):
    x_norm = np.sum(x, axis=1, keepdims=True)
    x_normalized = x / x_norm
    return x_normalized
""",
        "the row sum is not the norm",
    ),
    _M(
        "basics.normalize_rows",
        "whole-matrix",
        "np.linalg.norm(x) without an axis",
        """def normalize_rows(x):
    x_norm = np.linalg.norm(x)
    x_normalized = x / x_norm
    return x_normalized
""",
        "the norm of the whole matrix",
    ),
    _M(
        "basics.normalize_rows",
        "rms",
        "root of the mean of squares instead of the sum",
        """def normalize_rows(x):
    x_norm = np.sqrt(np.mean(x ** 2, axis=1, keepdims=True))
    x_normalized = x / x_norm
    return x_normalized
""",
        "off by a constant factor",
    ),
    _M(
        "basics.normalize_rows",
        "forgot-T",
        "transposes to broadcast without keepdims and never transposes back",
        """def normalize_rows(x):
    x_norm = np.linalg.norm(x, axis=1, keepdims=True)
    x_normalized = x.T / x_norm.ravel()
    return x_normalized
""",
        "the shape is transposed",
    ),
    _M(
        "basics.normalize_rows",
        "multiply",
        "multiplies by the norm",
        """def normalize_rows(x):
    x_norm = np.linalg.norm(x, axis=1, keepdims=True)
    x_normalized = x * x_norm
    return x_normalized
""",
        "don't multiply",
    ),
    # --------------------------------------------------------------- softmax
    _M(
        "basics.softmax",
        "no-max",
        "skips subtracting the row maximum: exp overflows on large scores",
        """def softmax(x):
    x_exp = np.exp(x)
    x_sum = np.sum(x_exp, axis=1, keepdims=True)
    s = x_exp / x_sum
    return s
""",
        "exp overflow",
    ),
    _M(
        "basics.softmax",
        "sum-axis-0",
        "sums the exponentials over the columns",
        """def softmax(x):
    x_exp = np.exp(x - np.max(x, axis=1, keepdims=True))
    x_sum = np.sum(x_exp, axis=0, keepdims=True)
    s = x_exp / x_sum
    return s
""",
        "the sum runs over axis=0",
    ),
    _M(
        "basics.softmax",
        "column-softmax",
        "axis=0 everywhere: a softmax of each column",
        """def softmax(x):
    x_exp = np.exp(x - np.max(x, axis=0, keepdims=True))
    x_sum = np.sum(x_exp, axis=0, keepdims=True)
    s = x_exp / x_sum
    return s
""",
        "this normalizes each column",
    ),
    _M(
        "basics.softmax",
        "no-keepdims",
        "the (n,) row sums broadcast along the wrong axis",
        """def softmax(x):
    x_exp = np.exp(x - np.max(x, axis=1, keepdims=True))
    x_sum = np.sum(x_exp, axis=1)
    s = x_exp / x_sum
    return s
""",
        "with keepdims=True",
    ),
    _M(
        "basics.softmax",
        "max-axis-0",
        "subtracts the column maximum instead of the row maximum",
        """def softmax(x):
    x_exp = np.exp(x - np.max(x, axis=0, keepdims=True))
    x_sum = np.sum(x_exp, axis=1, keepdims=True)
    s = x_exp / x_sum
    return s
""",
        "subtract each row's own maximum",
    ),
    _M(
        "basics.softmax",
        "total-sum",
        "np.sum without an axis",
        """def softmax(x):
    x_exp = np.exp(x - np.max(x, axis=1, keepdims=True))
    x_sum = np.sum(x_exp)
    s = x_exp / x_sum
    return s
""",
        "np.sum without axis adds up the whole matrix",
    ),
    _M(
        "basics.softmax",
        "no-exp",
        "forgets the exponential",
        """def softmax(x):
    x_exp = x - np.max(x, axis=1, keepdims=True)
    x_sum = np.sum(x_exp, axis=1, keepdims=True)
    s = x_exp / x_sum
    return s
""",
        "np.exp is missing",
    ),
    _M(
        "basics.softmax",
        "exp-then-subtract",
        "misplaced parenthesis: subtracts the maximum after the exponential",
        """def softmax(x):
    x_exp = np.exp(x) - np.max(x, axis=1, keepdims=True)
    x_sum = np.sum(x_exp, axis=1, keepdims=True)
    s = x_exp / x_sum
    return s
""",
        "the maximum goes inside the exponential",
    ),
    _M(
        "basics.softmax",
        "mean",
        "divides by the mean instead of the sum",
        """def softmax(x):
    x_exp = np.exp(x - np.max(x, axis=1, keepdims=True))
    x_sum = np.mean(x_exp, axis=1, keepdims=True)
    s = x_exp / x_sum
    return s
""",
        "off by a constant factor",
    ),
    # -------------------------------------------------------------------- L1
    _M(
        "basics.L1",
        "no-abs",
        "forgets the absolute value",
        """def L1(yhat, y):
    loss = float(np.sum(y - yhat))
    return loss
""",
        "take np.abs of each difference",
    ),
    _M(
        "basics.L1",
        "abs-of-sum",
        "takes the absolute value of the sum",
        """def L1(yhat, y):
    loss = float(np.abs(np.sum(y - yhat)))
    return loss
""",
        "np.abs goes inside the sum",
    ),
    _M(
        "basics.L1",
        "mean",
        "averages instead of summing",
        """def L1(yhat, y):
    loss = float(np.mean(np.abs(y - yhat)))
    return loss
""",
        "not the mean",
    ),
    _M(
        "basics.L1",
        "no-sum",
        "returns the array of absolute differences",
        """def L1(yhat, y):
    loss = np.abs(y - yhat)
    return loss
""",
        "should be a single number",
    ),
    _M(
        "basics.L1",
        "squared",
        "squares the differences",
        """def L1(yhat, y):
    loss = float(np.sum((y - yhat) ** 2))
    return loss
""",
        "this squares the differences",
    ),
    _M(
        "basics.L1",
        "keepdims",
        "sums with keepdims=True and returns a 1-element array",
        """def L1(yhat, y):
    loss = np.sum(np.abs(y - yhat), axis=0, keepdims=True)
    return loss
""",
        "use float(...) or np.squeeze(...)",
    ),
    _M(
        "basics.L1",
        "loop-from-1",
        "off-by-one loop that skips the first example",
        """def L1(yhat, y):
    loss = 0.0
    for i in range(1, len(y)):
        loss += abs(y[i] - yhat[i])
    return loss
""",
        "the loop skips i = 0",
    ),
    _M(
        "basics.L1",
        "norm",
        "np.linalg.norm as the L1 loss",
        """def L1(yhat, y):
    loss = float(np.linalg.norm(y - yhat))
    return loss
""",
        "np.linalg.norm is the Euclidean norm",
    ),
    # -------------------------------------------------------------------- L2
    _M(
        "basics.L2",
        "sqrt",
        "the Euclidean norm instead of the sum of squares",
        """def L2(yhat, y):
    d = y - yhat
    loss = float(np.sqrt(np.dot(d, d)))
    return loss
""",
        "without the square root",
    ),
    _M(
        "basics.L2",
        "square-of-sum",
        "squares the sum of the differences",
        """def L2(yhat, y):
    d = y - yhat
    loss = float(np.sum(d) ** 2)
    return loss
""",
        "not the square of the sum",
    ),
    _M(
        "basics.L2",
        "abs",
        "copies L1 and keeps the absolute value",
        """def L2(yhat, y):
    d = y - yhat
    loss = float(np.sum(np.abs(d)))
    return loss
""",
        "this is the L1 loss",
    ),
    _M(
        "basics.L2",
        "mean",
        "the mean squared error instead of the sum",
        """def L2(yhat, y):
    d = y - yhat
    loss = float(np.mean(d ** 2))
    return loss
""",
        "not the mean",
    ),
    _M(
        "basics.L2",
        "no-sum",
        "returns the element-wise squares",
        """def L2(yhat, y):
    d = y - yhat
    loss = d * d
    return loss
""",
        "should be a single number",
    ),
    _M(
        "basics.L2",
        "half",
        "uses the 1/2 convention of some textbooks",
        """def L2(yhat, y):
    d = y - yhat
    loss = float(np.dot(d, d)) / 2
    return loss
""",
        "off by a constant factor of 0.5",
    ),
    _M(
        "basics.L2",
        "precedence",
        "y - yhat ** 2 squares only yhat",
        """def L2(yhat, y):
    loss = float(np.sum(y - yhat ** 2))
    return loss
""",
        "operator precedence",
    ),
    _M(
        "basics.L2",
        "int",
        "int(...) instead of float(...)",
        """def L2(yhat, y):
    d = y - yhat
    loss = int(np.dot(d, d))
    return loss
""",
        "int(...) drops the fraction",
    ),
]
