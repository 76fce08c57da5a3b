"""Mistake zoo of the Week 4 application notebook (deep_nn_application.ipynb)."""

from autograder.exercises.zoo import Mistake

_M = Mistake

# ------------------------------------------------------------------- two_layer_model

_TWO = "app.two_layer_model"
_TWO_UPDATE = "parameters = update_parameters(parameters, grads, learning_rate)"
_TWO_DA2 = "dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))"

_TWO_LAYER_MODEL = [
    _M(
        _TWO,
        "cost-every-10",
        "records the cost every 10 iterations instead of every 100",
        "if i % 100 == 0:",
        "if i % 10 == 0:",
        "costs should hold",
    ),
    _M(
        _TWO,
        "reinit-in-loop",
        "initializes the parameters again at every iteration",
        "    for i in range(num_iterations):\n",
        "    for i in range(num_iterations):\n"
        "        parameters = initialize_parameters(n_x, n_h, n_y)\n",
        "initialized again inside the loop",
    ),
    _M(
        _TWO,
        "default-learning-rate",
        "passes the default 0.0075 instead of the learning_rate argument",
        _TWO_UPDATE,
        "parameters = update_parameters(parameters, grads, 0.0075)",
        "learning_rate argument is ignored",
    ),
    _M(
        _TWO,
        "update-discarded",
        "calls update_parameters but never keeps its result",
        _TWO_UPDATE,
        "update_parameters(parameters, grads, learning_rate)",
        "the result of update_parameters is discarded",
    ),
    _M(
        _TWO,
        "output-backward-relu",
        "backpropagates the sigmoid output layer as a ReLU layer",
        'linear_activation_backward(dA2, cache2, "sigmoid")',
        'linear_activation_backward(dA2, cache2, "relu")',
        "layer 2 is backpropagated as relu",
    ),
    _M(
        _TWO,
        "dA2-sign",
        "drops the leading minus of dA2 (gradient ascent)",
        _TWO_DA2,
        "dA2 = np.divide(Y, A2) - np.divide(1 - Y, 1 - A2)",
        "training diverges",
    ),
    _M(
        _TWO,
        "dA2-is-dZ2",
        "starts the backward pass from A2 - Y, which is already dZ2",
        _TWO_DA2,
        "dA2 = A2 - Y",
        "A2 - Y is dZ2",
    ),
    _M(
        _TWO,
        "hidden-sigmoid",
        "uses a sigmoid hidden layer, forward and backward",
        'A1, cache1 = linear_activation_forward(X, W1, b1, "relu")',
        'A1, cache1 = linear_activation_forward(X, W1, b1, "sigmoid")',
        "the hidden layer uses sigmoid",
    ),
    _M(
        _TWO,
        "layer1-gets-dA2",
        "feeds dA2 instead of dA1 into the backward step of layer 1",
        'dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")',
        'dA0, dW1, db1 = linear_activation_backward(dA2, cache1, "relu")',
        "layer 1 must get dA1",
    ),
    _M(
        _TWO,
        "loop-from-1",
        "loops over range(1, num_iterations): one update too few, costs shifted",
        "    for i in range(num_iterations):\n",
        "    for i in range(1, num_iterations):\n",
        "the loop must run num_iterations times",
    ),
]

# --------------------------------------------------------------------- L_layer_model

_LL = "app.L_layer_model"
_LL_BODY = (
    "        AL, caches = L_model_forward(X, parameters)\n"
    "        cost = compute_cost(AL, Y)\n"
    "        grads = L_model_backward(AL, Y, caches)\n"
    "        parameters = update_parameters(parameters, grads, learning_rate)\n"
)
_LL_UPDATE = "parameters = update_parameters(parameters, grads, learning_rate)"

_L_LAYER_MODEL = [
    _M(
        _LL,
        "cost-every-10",
        "records the cost every 10 iterations instead of every 100",
        "if i % 100 == 0:",
        "if i % 10 == 0:",
        "costs should hold",
    ),
    _M(
        _LL,
        "reinit-in-loop",
        "initializes the parameters again at every iteration",
        "    for i in range(num_iterations):\n",
        "    for i in range(num_iterations):\n"
        "        parameters = initialize_parameters_deep(layers_dims)\n",
        "initialized again inside the loop",
    ),
    _M(
        _LL,
        "default-learning-rate",
        "passes the default 0.0075 instead of the learning_rate argument",
        _LL_UPDATE,
        "parameters = update_parameters(parameters, grads, 0.0075)",
        "learning_rate argument is ignored",
    ),
    _M(
        _LL,
        "update-discarded",
        "calls update_parameters but never keeps its result",
        _LL_UPDATE,
        "update_parameters(parameters, grads, learning_rate)",
        "the result of update_parameters is discarded",
    ),
    _M(
        _LL,
        "loop-from-1",
        "loops over range(1, num_iterations): one update too few, costs shifted",
        "    for i in range(num_iterations):\n",
        "    for i in range(1, num_iterations):\n",
        "the loop must run num_iterations times",
    ),
    _M(
        _LL,
        "cost-after-update",
        "computes the recorded cost after the update, on the new parameters",
        _LL_BODY,
        "        AL, caches = L_model_forward(X, parameters)\n"
        "        grads = L_model_backward(AL, Y, caches)\n"
        "        parameters = update_parameters(parameters, grads, learning_rate)\n"
        "        cost = compute_cost(L_model_forward(X, parameters)[0], Y)\n",
        "before that iteration's update",
    ),
    _M(
        _LL,
        "forward-once",
        "runs the forward pass once before the loop and reuses its caches",
        "    for i in range(num_iterations):\n"
        "        # Forward pass, cost, backward pass, update (4 lines).\n"
        "        ### BEGIN SOLUTION\n"
        "        AL, caches = L_model_forward(X, parameters)\n",
        "    AL, caches = L_model_forward(X, parameters)\n"
        "    for i in range(num_iterations):\n"
        "        ### BEGIN SOLUTION\n",
        "the forward pass must run inside the loop",
    ),
    _M(
        _LL,
        "init-0.01",
        "writes its own initialization with the 0.01 scale of part 1",
        "    parameters = initialize_parameters_deep(layers_dims)\n",
        "    parameters = {}\n"
        "    for l in range(1, len(layers_dims)):\n"
        "        n_prev = layers_dims[l - 1]\n"
        '        parameters["W" + str(l)] = np.random.randn(layers_dims[l], n_prev) * 0.01\n'
        '        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))\n',
        "scaled by 0.01",
    ),
    _M(
        _LL,
        "learning-rate-sign",
        "passes -learning_rate, as if update_parameters added the step",
        _LL_UPDATE,
        "parameters = update_parameters(parameters, grads, -learning_rate)",
        "training diverges",
    ),
]

# --------------------------------------------------------------------------- predict

_PR = "app.predict"
_PR_P = "p = (AL > 0.5).astype(float)"

_PREDICT = [
    _M(
        _PR,
        "returns-probabilities",
        "returns the probabilities AL instead of 0/1 labels",
        _PR_P,
        "p = AL",
        "returns the probabilities AL",
    ),
    _M(
        _PR,
        "flat",
        "returns a flat (m,) array",
        _PR_P,
        "p = (AL > 0.5).astype(float).ravel()",
        "wrong shape",
    ),
    _M(
        _PR,
        "threshold-0",
        "thresholds the probabilities at 0 instead of 0.5",
        _PR_P,
        "p = (AL > 0).astype(float)",
        "threshold at 0.5",
    ),
    _M(
        _PR,
        "inverted",
        "predicts 1 where AL < 0.5",
        _PR_P,
        "p = (AL < 0.5).astype(float)",
        "the labels are inverted",
    ),
    _M(
        _PR,
        "loop-over-rows",
        "loops over AL.shape[0] (the one output row) instead of the m examples",
        _PR_P,
        "p = np.zeros((1, X.shape[1]))\n"
        "    for i in range(AL.shape[0]):\n"
        "        p[0, i] = 1.0 if AL[0, i] > 0.5 else 0.0",
        "loops over AL.shape[0]",
    ),
    _M(
        _PR,
        "returns-accuracy",
        "returns the accuracy instead of the predictions",
        "    return p",
        "    return float(np.mean(p == y))",
        "should be a NumPy array",
    ),
    _M(
        _PR,
        "hard-coded-visible",
        "returns the output of the visible case",
        _PR_P,
        "p = np.ones((1, 11))",
        None,
    ),
]

MISTAKES = [*_TWO_LAYER_MODEL, *_L_LAYER_MODEL, *_PREDICT]
