"""Mistake zoo of the Week 2 logistic-regression notebook (logistic_regression.ipynb)."""

from autograder.exercises.zoo import Mistake

_M = Mistake

# ------------------------------------------------------------------------ sigmoid

_SIG = "logistic.sigmoid"
_SIG_LINE = "s = 1 / (1 + np.exp(-z))"

_SIGMOID = [
    _M(
        _SIG,
        "exp-sign",
        "drops the minus sign in the exponent",
        _SIG_LINE,
        "s = 1 / (1 + np.exp(z))",
        "np.exp(z) has the wrong sign",
    ),
    _M(
        _SIG,
        "precedence",
        "leaves out the parentheses around the denominator",
        _SIG_LINE,
        "s = 1 / 1 + np.exp(-z)",
        "put the denominator in parentheses",
    ),
    _M(
        _SIG,
        "missing-1-plus",
        "forgets the 1 + in the denominator",
        _SIG_LINE,
        "s = 1 / np.exp(-z)",
        "missing the 1 +",
    ),
    _M(
        _SIG,
        "minus-in-denominator",
        "subtracts exp(-z) in the denominator",
        _SIG_LINE,
        "s = 1 / (1 - np.exp(-z))",
        "the denominator adds",
    ),
    _M(
        _SIG,
        "tanh",
        "uses np.tanh as if it were the sigmoid",
        _SIG_LINE,
        "s = np.tanh(z)",
        "that is np.tanh",
    ),
    _M(
        _SIG,
        "derivative",
        "returns the sigmoid derivative s * (1 - s) from the previous notebook",
        _SIG_LINE,
        "s = np.exp(-z) / (1 + np.exp(-z)) ** 2",
        "the derivative s * (1 - s)",
    ),
    _M(
        _SIG,
        "typed-e",
        "types e in as 2.718 instead of calling np.exp",
        _SIG_LINE,
        "s = 1 / (1 + 2.718 ** (-z))",
        "a typed-in 2.718",
    ),
]

# ---------------------------------------------------------- initialize_with_zeros

_INIT = "logistic.initialize_with_zeros"
_INIT_W = "w = np.zeros((dim, 1))"

_INITIALIZE = [
    _M(
        _INIT,
        "row-vector",
        "makes w a row (1, dim)",
        _INIT_W,
        "w = np.zeros((1, dim))",
        "the shape is transposed",
    ),
    _M(
        _INIT,
        "flat",
        "makes w a flat (dim,) array",
        _INIT_W,
        "w = np.zeros(dim)",
        "reshape(-1, 1)",
    ),
    _M(
        _INIT,
        "square",
        "makes w a dim x dim matrix",
        _INIT_W,
        "w = np.zeros((dim, dim))",
        "not a dim x dim matrix",
    ),
    _M(
        _INIT,
        "int-dtype",
        "asks for integer zeros",
        _INIT_W,
        "w = np.zeros((dim, 1), dtype=int)",
        "dtype=int",
    ),
    _M(
        _INIT,
        "array-bias",
        "makes b a (1, 1) array instead of a number",
        "b = 0.0",
        "b = np.zeros((1, 1))",
        "use float(...)",
    ),
    _M(
        _INIT,
        "ones",
        "starts w at ones",
        _INIT_W,
        "w = np.ones((dim, 1))",
        "np.zeros, not np.ones",
    ),
    _M(
        _INIT,
        "python-list",
        "builds w as a Python list of lists",
        _INIT_W,
        "w = [[0.0]] * dim",
        "wrap it with np.array",
    ),
    _M(
        _INIT,
        "bias-row",
        "adds an extra row for the bias to w",
        _INIT_W,
        "w = np.zeros((dim + 1, 1))",
        "b is kept separately",
    ),
]

# ---------------------------------------------------------------------- propagate

_PROP = "logistic.propagate"
_PROP_COST = "cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m"
_PROP_A = "A = sigmoid(w.T @ X + b)"

_PROPAGATE = [
    _M(
        _PROP,
        "cost-missing-1/m",
        "sums the losses but never divides by m",
        _PROP_COST,
        "cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))",
        "factor of m",
    ),
    _M(
        _PROP,
        "cost-sign",
        "leaves out the minus sign of the cross-entropy",
        _PROP_COST,
        "cost = np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m",
        "the sign is flipped",
    ),
    _M(
        _PROP,
        "cost-no-1-minus-y",
        "keeps only the Y log A term of the cost",
        _PROP_COST,
        "cost = -np.sum(Y * np.log(A)) / m",
        "leaves out the (1 - Y) * log(1 - A) term",
    ),
    _M(
        _PROP,
        "cost-mean-and-1/m",
        "takes np.mean and then divides by m again",
        _PROP_COST,
        "cost = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m",
        "divide by m only once",
    ),
    _M(
        _PROP,
        "dw-missing-1/m",
        "forgets to average dw over the examples",
        "dw = X @ dZ.T / m",
        "dw = X @ dZ.T",
        "factor of m",
    ),
    _M(
        _PROP,
        "dw-transposed",
        "computes dw as dZ @ X.T, a row",
        "dw = X @ dZ.T / m",
        "dw = dZ @ X.T / m",
        "the shape is transposed",
    ),
    _M(
        _PROP,
        "dw-elementwise",
        "multiplies X and dZ element-wise and never sums over the examples",
        "dw = X @ dZ.T / m",
        "dw = X * dZ / m",
        "one value per row is expected",
    ),
    _M(
        _PROP,
        "db-missing-1/m",
        "sums dZ for db but never divides by m",
        "db = np.sum(dZ) / m",
        "db = np.sum(dZ)",
        "factor of m",
    ),
    _M(
        _PROP,
        "dz-sign",
        "writes dZ = Y - A",
        "dZ = A - Y",
        "dZ = Y - A",
        "the sign is flipped",
    ),
    _M(
        _PROP,
        "dz-is-A",
        "forgets to subtract the labels: dZ = A",
        "dZ = A - Y",
        "dZ = A",
        "the labels Y are left out",
    ),
    _M(
        _PROP,
        "no-bias",
        "leaves b out of the forward pass",
        _PROP_A,
        "A = sigmoid(w.T @ X)",
        "A leaves out the bias",
    ),
    _M(
        _PROP,
        "no-sigmoid",
        "forgets the sigmoid: A = w.T @ X + b",
        _PROP_A,
        "A = w.T @ X + b",
        "A needs the sigmoid",
    ),
    _M(
        _PROP,
        "A-column",
        "computes X.T @ w, a column (m, 1), which broadcasts against Y into (m, m)",
        _PROP_A,
        "A = sigmoid(X.T @ w + b)",
        "A should be a row (1, m)",
    ),
]

# ----------------------------------------------------------------------- optimize

_OPT = "logistic.optimize"
_OPT_W = 'w = w - learning_rate * grads["dw"]'
_OPT_B = 'b = b - learning_rate * grads["db"]'
_OPT_WB = _OPT_W + "\n        " + _OPT_B

_OPTIMIZE = [
    _M(
        _OPT,
        "ascent",
        "adds the gradient instead of subtracting it",
        _OPT_WB,
        'w = w + learning_rate * grads["dw"]\n        b = b + learning_rate * grads["db"]',
        "gradient descent subtracts",
    ),
    _M(
        _OPT,
        "b-not-updated",
        "updates w only and forgets b",
        _OPT_B,
        "pass",
        "b is never updated",
    ),
    _M(
        _OPT,
        "in-place",
        "updates w in place with -=, changing the caller's array",
        _OPT_W,
        'w -= learning_rate * grads["dw"]',
        "modified its input",
    ),
    _M(
        _OPT,
        "default-rate",
        "hard-codes the default step 0.009 instead of using learning_rate",
        _OPT_WB,
        'w = w - 0.009 * grads["dw"]\n        b = b - 0.009 * grads["db"]',
        "a fixed 0.009",
    ),
    _M(
        _OPT,
        "cost-after-update",
        "recomputes the cost after the update and records that one",
        _OPT_B,
        _OPT_B + "\n        _, cost = propagate(w, b, X, Y)",
        "costs records the cost after the update",
    ),
    _M(
        _OPT,
        "divides-by-m",
        "averages the already averaged gradients over m once more",
        _OPT_WB,
        'w = w - learning_rate * grads["dw"] / X.shape[1]\n'
        '        b = b - learning_rate * grads["db"] / X.shape[1]',
        "don't divide by m again",
    ),
    _M(
        _OPT,
        "b-no-rate",
        "forgets the learning rate in the update of b",
        _OPT_B,
        'b = b - grads["db"]',
        "the step of b is missing the learning_rate",
    ),
    _M(
        _OPT,
        "w-ascent",
        "adds the step to w (and subtracts it from b)",
        _OPT_W,
        'w = w + learning_rate * grads["dw"]',
        "training diverges",
    ),
]

# ------------------------------------------------------------------------ predict

_PRED = "logistic.predict"
_PRED_A = "A = sigmoid(w.T @ X + b)"
_PRED_Y = "Y_prediction = (A > 0.5).astype(float)"

_PREDICT = [
    _M(
        _PRED,
        "probabilities",
        "returns the probabilities A instead of 0/1 labels",
        _PRED_Y,
        "Y_prediction = A",
        "not the probabilities A",
    ),
    _M(
        _PRED,
        "no-bias",
        "leaves b out of the forward pass",
        _PRED_A,
        "A = sigmoid(w.T @ X)",
        "A leaves out the bias",
    ),
    _M(
        _PRED,
        "threshold-0",
        "compares the probability with 0, as if it were the score z",
        _PRED_Y,
        "Y_prediction = (A > 0).astype(float)",
        "not with 0",
    ),
    _M(
        _PRED,
        "no-sigmoid",
        "thresholds the score w.T @ X + b at 0.5",
        _PRED_A,
        "A = w.T @ X + b",
        "apply the sigmoid before comparing",
    ),
    _M(
        _PRED,
        "reversed",
        "labels 1 where A < 0.5",
        _PRED_Y,
        "Y_prediction = (A < 0.5).astype(float)",
        "the comparison is reversed",
    ),
    _M(
        _PRED,
        "loop-rows",
        "loops over A.shape[0] (one row) instead of the m examples",
        _PRED_Y,
        "Y_prediction = np.zeros((1, X.shape[1]))\n"
        "    for i in range(A.shape[0]):\n"
        "        Y_prediction[0, i] = 1.0 if A[0, i] > 0.5 else 0.0",
        "range(A.shape[1])",
    ),
    _M(
        _PRED,
        "column",
        "computes X.T @ w, one prediction per row instead of per column",
        _PRED_A,
        "A = sigmoid(X.T @ w + b)",
        "the shape is transposed",
    ),
]

# -------------------------------------------------------------------------- model

_MOD = "logistic.model"
_MOD_OPT = "w, b, X_train, Y_train, num_iterations, learning_rate, print_cost\n    )"
_MOD_WB = 'w, b = params["w"], params["b"]\n'

_MODEL = [
    _M(
        _MOD,
        "default-rate",
        "calls optimize without the learning rate, so it trains with the default",
        _MOD_OPT,
        "w, b, X_train, Y_train, num_iterations\n    )",
        "trains with its default 0.009",
    ),
    _M(
        _MOD,
        "fixed-rate",
        "passes the default 0.5 of model instead of learning_rate",
        _MOD_OPT,
        "w, b, X_train, Y_train, num_iterations, 0.5, print_cost\n    )",
        "not a fixed 0.5",
    ),
    _M(
        _MOD,
        "trains-on-test",
        "trains on the test set",
        _MOD_OPT,
        "w, b, X_test, Y_test, num_iterations, learning_rate, print_cost\n    )",
        "the test set is only for predict",
    ),
    _M(
        _MOD,
        "test-predictions-on-train",
        "predicts the training examples for Y_prediction_test",
        "Y_prediction_test = predict(w, b, X_test)",
        "Y_prediction_test = predict(w, b, X_train)",
        "Y_prediction_test must be predict(w, b, X_test)",
    ),
    _M(
        _MOD,
        "untrained",
        "never takes w and b out of params, so it predicts with the initial zeros",
        "    " + _MOD_WB,
        "",
        "not the zeros you started from",
    ),
    _M(
        _MOD,
        "grads-as-params",
        "takes w and b from the gradients",
        _MOD_WB,
        'w, b = grads["dw"], grads["db"]\n',
        "not from grads",
    ),
    _M(
        _MOD,
        "rescales",
        "divides the (already scaled) inputs by 255 again",
        "w, b = initialize_with_zeros(X_train.shape[0])",
        "X_train, X_test = X_train / 255, X_test / 255\n"
        "    w, b = initialize_with_zeros(X_train.shape[0])",
        "don't divide X by 255",
    ),
]

MISTAKES = _SIGMOID + _INITIALIZE + _PROPAGATE + _OPTIMIZE + _PREDICT + _MODEL
