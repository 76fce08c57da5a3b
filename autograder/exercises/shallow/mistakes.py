"""Mistake zoo of the Week 3 planar-classification notebook (planar_classification.ipynb)."""

from autograder.exercises.zoo import Mistake

_M = Mistake

# -------------------------------------------------------------------- layer_sizes

_SIZES = "shallow.layer_sizes"
_NX = "n_x = X.shape[0]"
_NY = "n_y = Y.shape[0]"

_LAYER_SIZES = [
    _M(
        _SIZES,
        "n_x-columns",
        "reads the number of examples X.shape[1] as the input size",
        _NX,
        "n_x = X.shape[1]",
        "n_x is the number of rows of X",
    ),
    _M(
        _SIZES,
        "n_y-columns",
        "reads Y.shape[1] as the output size",
        _NY,
        "n_y = Y.shape[1]",
        "n_y is the number of rows of Y",
    ),
    _M(
        _SIZES,
        "n_y-hard-coded",
        "hard-codes one output unit",
        _NY,
        "n_y = 1",
        "don't hard-code 1",
    ),
    _M(
        _SIZES,
        "n_y-from-X",
        "copies the n_x line and reads n_y from X",
        _NY,
        "n_y = X.shape[0]",
        "n_y comes from Y, not from X",
    ),
    _M(
        _SIZES,
        "swapped",
        "swaps the input and the output size",
        _NX + "\n    n_h = 4\n    " + _NY,
        "n_x = Y.shape[0]\n    n_h = 4\n    n_y = X.shape[0]",
        "n_x and n_y are swapped",
    ),
    _M(
        _SIZES,
        "n_x-hard-coded",
        "hard-codes the 2 features of the flower data",
        _NX,
        "n_x = 2",
        "don't hard-code 2",
    ),
]

# ---------------------------------------------------------- initialize_parameters

_INIT = "shallow.initialize_parameters"
_INIT_W1 = "W1 = np.random.randn(n_h, n_x) * 0.01"
_INIT_W2 = "W2 = np.random.randn(n_y, n_h) * 0.01"
_INIT_ALL = (
    _INIT_W1 + "\n    b1 = np.zeros((n_h, 1))\n    " + _INIT_W2 + "\n    b2 = np.zeros((n_y, 1))"
)

_INITIALIZE = [
    _M(
        _INIT,
        "scale-0.1",
        "scales W1 by 0.1 instead of 0.01",
        _INIT_W1,
        "W1 = np.random.randn(n_h, n_x) * 0.1",
        "constant factor of 10",
    ),
    _M(
        _INIT,
        "no-scale",
        "forgets to scale W1 by 0.01",
        _INIT_W1,
        "W1 = np.random.randn(n_h, n_x)",
        "constant factor of 100",
    ),
    _M(
        _INIT,
        "W1-transposed",
        "draws W1 with shape (n_x, n_h)",
        _INIT_W1,
        "W1 = np.random.randn(n_x, n_h) * 0.01",
        "the shape is transposed",
    ),
    _M(
        _INIT,
        "W2-drawn-first",
        "draws W2 before W1",
        _INIT_ALL,
        _INIT_W2
        + "\n    "
        + _INIT_W1
        + "\n    b1 = np.zeros((n_h, 1))\n    b2 = np.zeros((n_y, 1))",
        "W2 was drawn before W1",
    ),
    _M(
        _INIT,
        "reseeds",
        "copies np.random.seed(2) of the classic notebook into the function",
        _INIT_W1,
        "np.random.seed(2)\n    " + _INIT_W1,
        "remove np.random.seed(2) from the function",
    ),
    _M(
        _INIT,
        "reseeds-42",
        "seeds with 42 inside the function",
        _INIT_W1,
        "np.random.seed(42)\n    " + _INIT_W1,
        "remove np.random.seed(42) from the function",
    ),
    _M(
        _INIT,
        "random-biases",
        "draws the biases at random like the weights",
        _INIT_ALL,
        _INIT_W1
        + "\n    b1 = np.random.randn(n_h, 1) * 0.01\n    "
        + _INIT_W2
        + "\n    b2 = np.random.randn(n_y, 1) * 0.01",
        "the biases start at zero",
    ),
    _M(
        _INIT,
        "flat-bias",
        "makes b1 a flat (n_h,) array",
        "b1 = np.zeros((n_h, 1))",
        "b1 = np.zeros(n_h)",
        "got a flat (n,) array",
    ),
    _M(
        _INIT,
        "b2-hidden-size",
        "copies the b1 line for b2 and keeps n_h",
        "b2 = np.zeros((n_y, 1))",
        "b2 = np.zeros((n_h, 1))",
        "b2 has one entry per output unit",
    ),
    _M(
        _INIT,
        "uniform",
        "uses np.random.rand (uniform) instead of np.random.randn",
        _INIT_ALL,
        "W1 = np.random.rand(n_h, n_x) * 0.01\n    b1 = np.zeros((n_h, 1))\n"
        "    W2 = np.random.rand(n_y, n_h) * 0.01\n    b2 = np.zeros((n_y, 1))",
        "use np.random.randn",
    ),
    _M(
        _INIT,
        "default-rng",
        "draws from a new np.random.default_rng() instead of the global generator",
        _INIT_ALL,
        "rng = np.random.default_rng()\n"
        "    W1 = rng.standard_normal((n_h, n_x)) * 0.01\n    b1 = np.zeros((n_h, 1))\n"
        "    W2 = rng.standard_normal((n_y, n_h)) * 0.01\n    b2 = np.zeros((n_y, 1))",
        "draw each W",
    ),
]

# ------------------------------------------------------------ forward_propagation

_FWD = "shallow.forward_propagation"
_FWD_Z1 = "Z1 = W1 @ X + b1"
_FWD_A1 = "A1 = np.tanh(Z1)"
_FWD_Z2 = "Z2 = W2 @ A1 + b2"
_FWD_A2 = "A2 = sigmoid(Z2)"

_FORWARD = [
    _M(
        _FWD,
        "sigmoid-hidden",
        "uses the sigmoid in the hidden layer too",
        _FWD_A1,
        "A1 = sigmoid(Z1)",
        "the hidden layer uses np.tanh, not sigmoid",
    ),
    _M(
        _FWD,
        "relu-hidden",
        "uses ReLU in the hidden layer",
        _FWD_A1,
        "A1 = np.maximum(0, Z1)",
        "not ReLU",
    ),
    _M(
        _FWD,
        "tanh-output",
        "uses tanh at the output too",
        _FWD_A2,
        "A2 = np.tanh(Z2)",
        "the output layer uses sigmoid",
    ),
    _M(
        _FWD,
        "inline-sigmoid-sign",
        "writes the sigmoid inline and drops the minus sign",
        _FWD_A2,
        "A2 = 1 / (1 + np.exp(Z2))",
        "the minus sign is missing",
    ),
    _M(
        _FWD,
        "Z2-from-Z1",
        "feeds Z1 instead of A1 = tanh(Z1) into the output layer",
        _FWD_Z2,
        "Z2 = W2 @ Z1 + b2",
        "use the activation A1, not Z1",
    ),
    _M(
        _FWD,
        "no-b1",
        "forgets b1",
        _FWD_Z1,
        "Z1 = W1 @ X",
        "Z1 leaves out the bias b1",
    ),
    _M(
        _FWD,
        "no-b2",
        "forgets b2",
        _FWD_Z2,
        "Z2 = W2 @ A1",
        "Z2 leaves out the bias b2",
    ),
    _M(
        _FWD,
        "W1-transposed",
        "transposes W1 as in w.T @ X of logistic regression",
        _FWD_Z1,
        "Z1 = W1.T @ X + b1",
        "Z1 = W1 @ X, without .T",
    ),
    _M(
        _FWD,
        "Z1-overwritten",
        "overwrites Z1 with its activation, so the cache holds tanh(Z1) as Z1",
        _FWD_A1,
        "Z1 = np.tanh(Z1)\n    A1 = Z1",
        "don't overwrite Z1",
    ),
]

# ------------------------------------------------------------------- compute_cost

_COST = "shallow.compute_cost"
_COST_LOGP = "logprobs = Y * np.log(A2) + (1 - Y) * np.log(1 - A2)"
_COST_LINE = "cost = float(-np.sum(logprobs) / m)"

_COMPUTE_COST = [
    _M(
        _COST,
        "missing-1/m",
        "sums the losses but never divides by m",
        _COST_LINE,
        "cost = float(-np.sum(logprobs))",
        "factor of m",
    ),
    _M(
        _COST,
        "len-Y",
        "divides by len(Y), which is 1 for a (1, m) row",
        _COST_LINE,
        "cost = float(-np.sum(logprobs) / len(Y))",
        "factor of m",
    ),
    _M(
        _COST,
        "sign",
        "leaves out the minus sign",
        _COST_LINE,
        "cost = float(np.sum(logprobs) / m)",
        "the sign is flipped",
    ),
    _M(
        _COST,
        "mean-and-1/m",
        "takes np.mean and then divides by m again",
        _COST_LINE,
        "cost = float(-np.mean(logprobs) / m)",
        "divide by m only once",
    ),
    _M(
        _COST,
        "dot-array",
        "uses np.dot, which returns a (1, 1) array, and never converts it to a number",
        _COST_LOGP + "\n    " + _COST_LINE,
        "cost = -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m",
        "use float(...)",
    ),
    _M(
        _COST,
        "no-1-minus-y",
        "keeps only the Y log A2 term",
        _COST_LOGP,
        "logprobs = Y * np.log(A2)",
        "leaves out the (1 - Y) * log(1 - A2) term",
    ),
    _M(
        _COST,
        "swapped-logs",
        "pairs Y with log(1 - A2) and (1 - Y) with log(A2)",
        _COST_LOGP,
        "logprobs = Y * np.log(1 - A2) + (1 - Y) * np.log(A2)",
        "log(A2) goes with Y",
    ),
    _M(
        _COST,
        "log10",
        "uses the base-10 logarithm",
        _COST_LOGP,
        "logprobs = Y * np.log10(A2) + (1 - Y) * np.log10(1 - A2)",
        "not np.log10",
    ),
    _M(
        _COST,
        "squared-error",
        "uses the squared error of the earlier notebook instead of the cross-entropy",
        _COST_LOGP + "\n    " + _COST_LINE,
        "cost = float(np.sum((A2 - Y) ** 2) / m)",
        "not the squared error",
    ),
]

# ----------------------------------------------------------- backward_propagation

_BWD = "shallow.backward_propagation"
_BWD_DZ1 = "dZ1 = (W2.T @ dZ2) * (1 - A1**2)"
_BWD_DW1 = "dW1 = dZ1 @ X.T / m"
_BWD_DB1 = "db1 = np.sum(dZ1, axis=1, keepdims=True) / m"

_BACKWARD = [
    _M(
        _BWD,
        "tanh-derivative-of-Z1",
        "takes the tanh derivative from Z1 instead of A1",
        _BWD_DZ1,
        'dZ1 = (W2.T @ dZ2) * (1 - cache["Z1"] ** 2)',
        "not 1 - Z1**2",
    ),
    _M(
        _BWD,
        "sigmoid-derivative",
        "uses the sigmoid derivative A1 * (1 - A1) for the tanh layer",
        _BWD_DZ1,
        "dZ1 = (W2.T @ dZ2) * A1 * (1 - A1)",
        "not A1 * (1 - A1)",
    ),
    _M(
        _BWD,
        "tanh-twice",
        "applies tanh to A1 again in the derivative",
        _BWD_DZ1,
        "dZ1 = (W2.T @ dZ2) * (1 - np.tanh(A1) ** 2)",
        "not 1 - np.tanh(A1)**2",
    ),
    _M(
        _BWD,
        "no-derivative",
        "forgets the activation derivative in dZ1",
        _BWD_DZ1,
        "dZ1 = W2.T @ dZ2",
        "the tanh derivative is missing",
    ),
    _M(
        _BWD,
        "square-of-difference",
        "squares (1 - A1) instead of A1",
        _BWD_DZ1,
        "dZ1 = (W2.T @ dZ2) * (1 - A1) ** 2",
        "not (1 - A1)**2",
    ),
    _M(
        _BWD,
        "no-W2",
        "forgets to carry dZ2 back through W2",
        _BWD_DZ1,
        "dZ1 = dZ2 * (1 - A1**2)",
        "the W2.T @ is missing",
    ),
    _M(
        _BWD,
        "product-order",
        "writes dZ2.T @ W2 instead of W2.T @ dZ2",
        _BWD_DZ1,
        "dZ1 = (dZ2.T @ W2) * (1 - A1**2)",
        "not dZ2.T @ W2",
    ),
    _M(
        _BWD,
        "tanh-derivative-1-minus-A1",
        "writes the tanh derivative as 1 - A1",
        _BWD_DZ1,
        "dZ1 = (W2.T @ dZ2) * (1 - A1)",
        "the gradients of layer 2 are right, those of layer 1 are not",
    ),
    _M(
        _BWD,
        "dZ2-sign",
        "writes dZ2 = Y - A2",
        "dZ2 = A2 - Y",
        "dZ2 = Y - A2",
        "the sign is flipped",
    ),
    _M(
        _BWD,
        "dW1-missing-1/m",
        "forgets to average dW1 over the examples",
        _BWD_DW1,
        "dW1 = dZ1 @ X.T",
        "factor of m",
    ),
    _M(
        _BWD,
        "dW1-from-A1",
        "copies the dW2 line and multiplies by A1.T instead of X.T",
        _BWD_DW1,
        "dW1 = dZ1 @ A1.T / m",
        "the input of layer 1 is X, not A1",
    ),
    _M(
        _BWD,
        "db1-no-keepdims",
        "sums db1 over axis 1 without keepdims=True",
        _BWD_DB1,
        "db1 = np.sum(dZ1, axis=1) / m",
        "keepdims=True",
    ),
    _M(
        _BWD,
        "db1-axis-0",
        "sums db1 over the units (axis=0) instead of the examples",
        _BWD_DB1,
        "db1 = np.sum(dZ1, axis=0, keepdims=True) / m",
        "not axis=0",
    ),
    _M(
        _BWD,
        "db1-no-axis",
        "sums all of dZ1 into one number",
        _BWD_DB1,
        "db1 = np.sum(dZ1, keepdims=True) / m",
        "db1 has one value per hidden unit",
    ),
    _M(
        _BWD,
        "db2-missing-1/m",
        "sums dZ2 for db2 but never divides by m",
        "db2 = np.sum(dZ2, axis=1, keepdims=True) / m",
        "db2 = np.sum(dZ2, axis=1, keepdims=True)",
        "factor of m",
    ),
    _M(
        _BWD,
        "dW2-transposed",
        "computes dW2 as A1 @ dZ2.T",
        "dW2 = dZ2 @ A1.T / m",
        "dW2 = A1 @ dZ2.T / m",
        "the shape is transposed",
    ),
]

# -------------------------------------------------------------- update_parameters

_UPD = "shallow.update_parameters"
_UPD_W1 = 'W1 = parameters["W1"] - learning_rate * grads["dW1"]'
_UPD_B1 = 'b1 = parameters["b1"] - learning_rate * grads["db1"]'
_UPD_W2 = 'W2 = parameters["W2"] - learning_rate * grads["dW2"]'
_UPD_B2 = 'b2 = parameters["b2"] - learning_rate * grads["db2"]'
_UPD_ALL = "\n    ".join([_UPD_W1, _UPD_B1, _UPD_W2, _UPD_B2])


def _all_lines(fmt: str) -> str:
    """The four update lines written with one pattern, e.g. '{p} = parameters["{p}"] ...'."""
    return "\n    ".join(fmt.format(p=p) for p in ("W1", "b1", "W2", "b2"))


_UPDATE = [
    _M(
        _UPD,
        "ascent",
        "adds the gradient instead of subtracting it",
        _UPD_ALL,
        _all_lines('{p} = parameters["{p}"] + learning_rate * grads["d{p}"]'),
        "gradient descent subtracts",
    ),
    _M(
        _UPD,
        "in-place",
        "updates the arrays in place with -=",
        _UPD_W1,
        'W1 = parameters["W1"]\n    W1 -= learning_rate * grads["dW1"]',
        "modified its input",
    ),
    _M(
        _UPD,
        "dict-assignment",
        "writes the new W1 back into the parameters dict it was given",
        _UPD_W1,
        'parameters["W1"] = parameters["W1"] - learning_rate * grads["dW1"]\n'
        '    W1 = parameters["W1"]',
        "modified its input",
    ),
    _M(
        _UPD,
        "no-rate-W1",
        "forgets the learning rate in the W1 step",
        _UPD_W1,
        'W1 = parameters["W1"] - grads["dW1"]',
        "the learning rate is missing",
    ),
    _M(
        _UPD,
        "default-rate",
        "hard-codes the default 1.2 instead of using learning_rate",
        _UPD_ALL,
        _all_lines('{p} = parameters["{p}"] - 1.2 * grads["d{p}"]'),
        "not the default 1.2",
    ),
    _M(
        _UPD,
        "b1-with-dW1",
        "copies the W1 line for b1 and keeps dW1",
        _UPD_B1,
        'b1 = parameters["b1"] - learning_rate * grads["dW1"]',
        "b1 is updated with grads['db1']",
    ),
    _M(
        _UPD,
        "biases-frozen",
        "updates the weights only",
        _UPD_ALL,
        "\n    ".join([_UPD_W1, 'b1 = parameters["b1"]', _UPD_W2, 'b2 = parameters["b2"]']),
        "b1 and b2 must be updated too",
    ),
    _M(
        _UPD,
        "divides-rate",
        "divides the gradient by the learning rate",
        _UPD_ALL,
        _all_lines('{p} = parameters["{p}"] - grads["d{p}"] / learning_rate'),
        "don't divide by it",
    ),
]

# ----------------------------------------------------------------------- nn_model

_NN = "shallow.nn_model"
_NN_INIT = "parameters = initialize_parameters(n_x, n_h, n_y)\n"
_NN_LOOP = "for i in range(num_iterations):"
_NN_FWD = "        A2, cache = forward_propagation(X, parameters)\n"
_NN_UPD = "        parameters = update_parameters(parameters, grads, learning_rate)\n"
_NN_PRINT = (
    "        if print_cost and i % 1000 == 0:\n"
    '            print(f"Cost after iteration {i}: {cost:f}")\n'
)

_NN_MODEL = [
    _M(
        _NN,
        "hidden-size-4",
        "unpacks n_h from layer_sizes, overwriting the n_h argument with 4",
        "n_x, _, n_y = layer_sizes(X, Y)",
        "n_x, n_h, n_y = layer_sizes(X, Y)",
        "use the n_h argument",
    ),
    _M(
        _NN,
        "range-from-1",
        "counts iterations from 1, making one step too few",
        _NN_LOOP,
        "for i in range(1, num_iterations):",
        "one step too few",
    ),
    _M(
        _NN,
        "update-not-assigned",
        "calls update_parameters without keeping its result",
        _NN_UPD,
        "        update_parameters(parameters, grads, learning_rate)\n",
        "parameters = update_parameters(...)",
    ),
    _M(
        _NN,
        "update-after-loop",
        "indents the update one level too little, so it runs once after the loop",
        _NN_UPD + _NN_PRINT,
        _NN_PRINT + "    parameters = update_parameters(parameters, grads, learning_rate)\n",
        "must run inside the loop, once per iteration",
    ),
    _M(
        _NN,
        "reinitialises",
        "initialises the parameters inside the loop",
        "    " + _NN_INIT + "    " + _NN_LOOP + "\n",
        "    " + _NN_LOOP + "\n        " + _NN_INIT,
        "runs once, before the loop",
    ),
    _M(
        _NN,
        "stale-forward",
        "runs the forward pass once before the loop and reuses its cache",
        "    " + _NN_INIT + "    " + _NN_LOOP + "\n" + _NN_FWD,
        "    " + _NN_INIT + "    A2, cache = forward_propagation(X, parameters)\n"
        "    " + _NN_LOOP + "\n",
        "on the current parameters",
    ),
    _M(
        _NN,
        "reseeds",
        "seeds with 2 before initialising, as initialize_parameters did in the classic notebook",
        "    " + _NN_INIT,
        "    np.random.seed(2)\n    " + _NN_INIT,
        "don't reseed",
    ),
    _M(
        _NN,
        "ascent",
        "passes -learning_rate to update_parameters: training climbs the gradient",
        _NN_UPD,
        "        parameters = update_parameters(parameters, grads, -learning_rate)\n",
        "training diverges",
    ),
]

# ------------------------------------------------------------------------ predict

_PRED = "shallow.predict"
_PRED_LINE = "predictions = A2 > 0.5"

_PREDICT = [
    _M(
        _PRED,
        "probabilities",
        "returns the probabilities A2",
        _PRED_LINE,
        "predictions = A2",
        "not the probabilities A2",
    ),
    _M(
        _PRED,
        "reversed",
        "labels class 1 where A2 < 0.5",
        _PRED_LINE,
        "predictions = A2 < 0.5",
        "the comparison is reversed",
    ),
    _M(
        _PRED,
        "threshold-0",
        "compares the probability with 0",
        _PRED_LINE,
        "predictions = A2 > 0",
        "compare A2 with 0.5, not 0",
    ),
    _M(
        _PRED,
        "threshold-Z2",
        "thresholds the score Z2 from the cache",
        "A2, _ = forward_propagation(X, parameters)\n    " + _PRED_LINE,
        'A2, cache = forward_propagation(X, parameters)\n    predictions = cache["Z2"] > 0.5',
        "not Z2",
    ),
    _M(
        _PRED,
        "flattened",
        "flattens the predictions to a 1-D array",
        _PRED_LINE,
        "predictions = (A2 > 0.5).ravel()",
        "check the reshape",
    ),
    _M(
        _PRED,
        "loop-features",
        "loops over X.shape[0] (the features) instead of the m examples",
        _PRED_LINE,
        "predictions = np.zeros((1, X.shape[1]), dtype=bool)\n"
        "    for i in range(X.shape[0]):\n"
        "        predictions[0, i] = A2[0, i] > 0.5",
        "range(X.shape[1])",
    ),
    _M(
        _PRED,
        "column",
        "reshapes the predictions into a column, one row per example",
        _PRED_LINE,
        "predictions = (A2 > 0.5).reshape(-1, 1)",
        "the shape is transposed",
    ),
]

MISTAKES = (
    _LAYER_SIZES
    + _INITIALIZE
    + _FORWARD
    + _COMPUTE_COST
    + _BACKWARD
    + _UPDATE
    + _NN_MODEL
    + _PREDICT
)
