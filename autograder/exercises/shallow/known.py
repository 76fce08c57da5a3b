"""Known mistakes of the Week 3 one-hidden-layer exercises."""

import numpy as np

from autograder.exercises.hints import COMMON_SEEDS, reseeds
from autograder.judge.compare import DIVERGES
from nnref import shallow as ref


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# -------------------------------------------------------------------- layer_sizes


def _sizes_x_columns(X, Y):
    return X.shape[1], 4, Y.shape[0]


def _sizes_y_columns(X, Y):
    return X.shape[0], 4, Y.shape[1]


def _sizes_output_one(X, Y):
    return X.shape[0], 4, 1


def _sizes_output_from_x(X, Y):
    return X.shape[0], 4, X.shape[0]


def _sizes_swapped(X, Y):
    return Y.shape[0], 4, X.shape[0]


def _sizes_input_two(X, Y):
    return 2, 4, Y.shape[0]


# ---------------------------------------------------------- initialize_parameters


def _init_w2_first(n_x, n_h, n_y):
    W2 = np.random.randn(n_y, n_h) * 0.01
    W1 = np.random.randn(n_h, n_x) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


def _init_reseeds(seed):
    def init(n_x, n_h, n_y):
        np.random.seed(seed)
        return ref.initialize_parameters(n_x, n_h, n_y)

    return init


def _init_random_biases(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.random.randn(n_h, 1) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.random.randn(n_y, 1) * 0.01
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def _init_b2_hidden_size(n_x, n_h, n_y):
    parameters = ref.initialize_parameters(n_x, n_h, n_y)
    parameters["b2"] = np.zeros((n_h, 1))
    return parameters


def _init_uniform(n_x, n_h, n_y):
    W1 = np.random.rand(n_h, n_x) * 0.01
    W2 = np.random.rand(n_y, n_h) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


# ------------------------------------------------------------ forward_propagation


def _forward(
    X,
    parameters,
    hidden=np.tanh,
    output=_sigmoid,
    bias1=True,
    bias2=True,
    w1t=False,
    z2_from_z1=False,
    z1_overwritten=False,
):
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]
    Z1 = (W1.T if w1t else W1) @ X + (b1 if bias1 else 0)
    A1 = hidden(Z1)
    Z2 = W2 @ (Z1 if z2_from_z1 else A1) + (b2 if bias2 else 0)
    A2 = output(Z2)
    return A2, {"Z1": A1 if z1_overwritten else Z1, "A1": A1, "Z2": Z2, "A2": A2}


def _forward_sigmoid_hidden(X, parameters):
    return _forward(X, parameters, hidden=_sigmoid)


def _forward_relu_hidden(X, parameters):
    return _forward(X, parameters, hidden=lambda z: np.maximum(0, z))


def _forward_tanh_output(X, parameters):
    return _forward(X, parameters, output=np.tanh)


def _forward_exp_sign(X, parameters):
    return _forward(X, parameters, output=lambda z: 1 / (1 + np.exp(z)))


def _forward_z2_from_z1(X, parameters):
    return _forward(X, parameters, z2_from_z1=True)


def _forward_no_b1(X, parameters):
    return _forward(X, parameters, bias1=False)


def _forward_no_b2(X, parameters):
    return _forward(X, parameters, bias2=False)


def _forward_w1_transposed(X, parameters):
    return _forward(X, parameters, w1t=True)


def _forward_z1_overwritten(X, parameters):
    return _forward(X, parameters, z1_overwritten=True)


# ------------------------------------------------------------------- compute_cost


def _cost_no_1_minus_y(A2, Y):
    return float(-np.sum(Y * np.log(A2)) / Y.shape[1])


def _cost_swapped_logs(A2, Y):
    return float(-np.sum(Y * np.log(1 - A2) + (1 - Y) * np.log(A2)) / Y.shape[1])


def _cost_log10(A2, Y):
    return float(-np.sum(Y * np.log10(A2) + (1 - Y) * np.log10(1 - A2)) / Y.shape[1])


def _cost_squared_error(A2, Y):
    return float(np.sum((A2 - Y) ** 2) / Y.shape[1])


# ----------------------------------------------------------- backward_propagation


def _backward(parameters, cache, X, Y, dZ1_of):
    """Reference backward pass with dZ1 = dZ1_of(W2, dZ2, A1, Z1)."""
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dZ1 = dZ1_of(parameters["W2"], dZ2, A1, cache["Z1"])
    return {
        "dW1": dZ1 @ X.T / m,
        "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
        "dW2": dZ2 @ A1.T / m,
        "db2": np.sum(dZ2, axis=1, keepdims=True) / m,
    }


def _backward_tanh_of_z(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda W2, dZ2, A1, Z1: (W2.T @ dZ2) * (1 - Z1**2))


def _backward_sigmoid_derivative(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda W2, dZ2, A1, Z1: (W2.T @ dZ2) * A1 * (1 - A1))


def _backward_tanh_twice(parameters, cache, X, Y):
    return _backward(
        parameters, cache, X, Y, lambda W2, dZ2, A1, Z1: (W2.T @ dZ2) * (1 - np.tanh(A1) ** 2)
    )


def _backward_no_derivative(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda W2, dZ2, A1, Z1: W2.T @ dZ2)


def _backward_square_of_difference(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda W2, dZ2, A1, Z1: (W2.T @ dZ2) * (1 - A1) ** 2)


def _backward_no_w2(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda W2, dZ2, A1, Z1: dZ2 * (1 - A1**2))


def _backward_product_order(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda W2, dZ2, A1, Z1: (dZ2.T @ W2) * (1 - A1**2))


def _backward_with_db1(parameters, cache, X, Y, db1_of):
    grads = ref.backward_propagation(parameters, cache, X, Y)
    A1, A2 = cache["A1"], cache["A2"]
    dZ1 = (parameters["W2"].T @ (A2 - Y)) * (1 - A1**2)
    grads["db1"] = db1_of(dZ1) / X.shape[1]
    return grads


def _backward_db1_axis0(parameters, cache, X, Y):
    return _backward_with_db1(
        parameters, cache, X, Y, lambda dZ1: np.sum(dZ1, axis=0, keepdims=True)
    )


def _backward_db1_no_axis(parameters, cache, X, Y):
    return _backward_with_db1(parameters, cache, X, Y, lambda dZ1: np.sum(dZ1, keepdims=True))


def _backward_dw1_from_a1(parameters, cache, X, Y):
    grads = ref.backward_propagation(parameters, cache, X, Y)
    A1, A2 = cache["A1"], cache["A2"]
    dZ1 = (parameters["W2"].T @ (A2 - Y)) * (1 - A1**2)
    grads["dW1"] = dZ1 @ A1.T / X.shape[1]
    return grads


# -------------------------------------------------------------- update_parameters


def _update(parameters, grads, step):
    """{k: step(k, parameter, gradient)} for the four parameters."""
    return {k: step(k, parameters[k], grads["d" + k]) for k in ("W1", "b1", "W2", "b2")}


def _update_ascent(parameters, grads, learning_rate=1.2):
    return _update(parameters, grads, lambda k, p, g: p + learning_rate * g)


def _update_no_rate_w1(parameters, grads, learning_rate=1.2):
    return _update(parameters, grads, lambda k, p, g: p - (g if k == "W1" else learning_rate * g))


def _update_default_rate(parameters, grads, learning_rate=1.2):
    return _update(parameters, grads, lambda k, p, g: p - 1.2 * g)


def _update_b1_with_dw1(parameters, grads, learning_rate=1.2):
    new = _update(parameters, grads, lambda k, p, g: p - learning_rate * g)
    new["b1"] = parameters["b1"] - learning_rate * grads["dW1"]
    return new


def _update_biases_frozen(parameters, grads, learning_rate=1.2):
    return _update(parameters, grads, lambda k, p, g: p - learning_rate * g if k[0] == "W" else p)


def _update_divides_rate(parameters, grads, learning_rate=1.2):
    return _update(parameters, grads, lambda k, p, g: p - g / learning_rate)


# ----------------------------------------------------------------------- nn_model


def _train(X, Y, parameters, num_iterations, learning_rate=1.2):
    for _ in range(num_iterations):
        _, cache = ref.forward_propagation(X, parameters)
        grads = ref.backward_propagation(parameters, cache, X, Y)
        parameters = ref.update_parameters(parameters, grads, learning_rate)
    return parameters


def _nn_start(X, Y, n_h):
    np.random.seed(3)
    return ref.initialize_parameters(X.shape[0], n_h, Y.shape[0])


def _nn_hidden_four(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    return _train(X, Y, _nn_start(X, Y, 4), num_iterations, learning_rate)


def _nn_one_step_short(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    return _train(X, Y, _nn_start(X, Y, n_h), num_iterations - 1, learning_rate)


def _nn_update_not_assigned(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    return _nn_start(X, Y, n_h)


def _nn_update_after_loop(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    return _train(X, Y, _nn_start(X, Y, n_h), 1 if num_iterations > 0 else 0, learning_rate)


def _nn_reinitialises(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(3)
    parameters = None
    for _ in range(num_iterations):  # the draws of the earlier iterations are thrown away
        parameters = ref.initialize_parameters(X.shape[0], n_h, Y.shape[0])
    return _train(X, Y, parameters, 1, learning_rate)


def _nn_stale_forward(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    parameters = _nn_start(X, Y, n_h)
    _, cache = ref.forward_propagation(X, parameters)
    for _ in range(num_iterations):
        grads = ref.backward_propagation(parameters, cache, X, Y)
        parameters = ref.update_parameters(parameters, grads, learning_rate)
    return parameters


def _nn_ascent(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    return _train(X, Y, _nn_start(X, Y, n_h), num_iterations, -learning_rate)


def _nn_reseeds(X, Y, n_h, num_iterations=10000, print_cost=False, learning_rate=1.2):
    np.random.seed(2)
    parameters = ref.initialize_parameters(X.shape[0], n_h, Y.shape[0])
    return _train(X, Y, parameters, num_iterations, learning_rate)


# ------------------------------------------------------------------------ predict


def _predict_probabilities(parameters, X):
    return ref.forward_propagation(X, parameters)[0]


def _predict_reversed(parameters, X):
    return ref.forward_propagation(X, parameters)[0] < 0.5


def _predict_above_zero(parameters, X):
    return ref.forward_propagation(X, parameters)[0] > 0


def _predict_z2(parameters, X):
    return ref.forward_propagation(X, parameters)[1]["Z2"] > 0.5


def _predict_loop_features(parameters, X):
    A2 = ref.forward_propagation(X, parameters)[0]
    predictions = np.zeros((1, X.shape[1]), dtype=bool)
    for i in range(X.shape[0]):  # IndexError when n_x > m: skipped on that trial
        predictions[0, i] = A2[0, i] > 0.5
    return predictions


_TANH_DERIVATIVE = "tanh'(Z1) is 1 - A1**2, with A1 = tanh(Z1)"

KNOWN = {
    "shallow.layer_sizes": [
        ("n_x is the number of rows of X (features): X.shape[0]", _sizes_x_columns),
        ("n_y is the number of rows of Y: Y.shape[0]", _sizes_y_columns),
        ("n_y = Y.shape[0]: don't hard-code 1", _sizes_output_one),
        ("n_y comes from Y, not from X: n_y = Y.shape[0]", _sizes_output_from_x),
        ("n_x and n_y are swapped: n_x = X.shape[0], n_y = Y.shape[0]", _sizes_swapped),
        ("n_x = X.shape[0]: don't hard-code 2, the size of the flower data", _sizes_input_two),
    ],
    "shallow.initialize_parameters": [
        ("W2 was drawn before W1: draw W1 first, then W2", _init_w2_first),
        *((reseeds(k), _init_reseeds(k)) for k in COMMON_SEEDS),
        (
            "the biases start at zero: np.zeros((n_h, 1)) and np.zeros((n_y, 1))",
            _init_random_biases,
        ),
        ("b2 has one entry per output unit: np.zeros((n_y, 1))", _init_b2_hidden_size),
        ("np.random.rand draws uniform numbers in [0, 1): use np.random.randn", _init_uniform),
    ],
    "shallow.forward_propagation": [
        ("the hidden layer uses np.tanh, not sigmoid", _forward_sigmoid_hidden),
        ("the hidden layer uses np.tanh, not ReLU", _forward_relu_hidden),
        ("the output layer uses sigmoid, not np.tanh", _forward_tanh_output),
        ("sigmoid is 1 / (1 + np.exp(-Z2)): the minus sign is missing", _forward_exp_sign),
        ("Z2 = W2 @ A1 + b2: use the activation A1, not Z1", _forward_z2_from_z1),
        ("Z1 leaves out the bias b1", _forward_no_b1),
        ("Z2 leaves out the bias b2", _forward_no_b2),
        ("W1 is already (n_h, n_x): Z1 = W1 @ X, without .T", _forward_w1_transposed),
        (
            "cache['Z1'] must hold W1 @ X + b1 before the tanh: don't overwrite Z1",
            _forward_z1_overwritten,
        ),
    ],
    "shallow.compute_cost": [
        ("the cost leaves out the (1 - Y) * log(1 - A2) term", _cost_no_1_minus_y),
        ("log(A2) goes with Y and log(1 - A2) with (1 - Y)", _cost_swapped_logs),
        ("use the natural log np.log, not np.log10", _cost_log10),
        ("the cost is the cross-entropy, not the squared error", _cost_squared_error),
    ],
    "shallow.backward_propagation": [
        (_TANH_DERIVATIVE + ", not 1 - Z1**2", _backward_tanh_of_z),
        (
            "the hidden layer is tanh: its derivative is 1 - A1**2, not A1 * (1 - A1)",
            _backward_sigmoid_derivative,
        ),
        (
            "A1 is already tanh(Z1): the derivative is 1 - A1**2, not 1 - np.tanh(A1)**2",
            _backward_tanh_twice,
        ),
        (
            "dZ1 = (W2.T @ dZ2) * (1 - A1**2): the tanh derivative is missing",
            _backward_no_derivative,
        ),
        (
            "the derivative is 1 - A1**2 (only A1 squared), not (1 - A1)**2",
            _backward_square_of_difference,
        ),
        ("dZ1 = (W2.T @ dZ2) * (1 - A1**2): the W2.T @ is missing", _backward_no_w2),
        ("dZ1 starts from W2.T @ dZ2, not dZ2.T @ W2", _backward_product_order),
        (
            "db1 has one value per hidden unit: np.sum(dZ1, axis=1, keepdims=True), not axis=0",
            _backward_db1_axis0,
        ),
        (
            "db1 has one value per hidden unit: np.sum(dZ1, axis=1, keepdims=True)",
            _backward_db1_no_axis,
        ),
        ("dW1 = dZ1 @ X.T / m: the input of layer 1 is X, not A1", _backward_dw1_from_a1),
    ],
    "shallow.update_parameters": [
        ("gradient descent subtracts: W1 - learning_rate * dW1", _update_ascent),
        ("the step is learning_rate * dW1: the learning rate is missing", _update_no_rate_w1),
        ("use the learning_rate argument, not the default 1.2", _update_default_rate),
        ("b1 is updated with grads['db1'], not grads['dW1']", _update_b1_with_dw1),
        ("b1 and b2 must be updated too: b1 - learning_rate * db1", _update_biases_frozen),
        ("multiply the gradient by learning_rate, don't divide by it", _update_divides_rate),
    ],
    "shallow.nn_model": [
        ("use the n_h argument: layer_sizes always says 4 hidden units", _nn_hidden_four),
        ("range(1, num_iterations) makes one step too few", _nn_one_step_short),
        (
            "the parameters never change: parameters = update_parameters(...)",
            _nn_update_not_assigned,
        ),
        ("update_parameters must run inside the loop, once per iteration", _nn_update_after_loop),
        ("initialize_parameters runs once, before the loop", _nn_reinitialises),
        (
            "run forward_propagation inside the loop, on the current parameters",
            _nn_stale_forward,
        ),
        ("don't reseed: nn_model seeds with 3 once, at the start", _nn_reseeds),
        (DIVERGES, _nn_ascent),
    ],
    "shallow.predict": [
        ("return labels (A2 > 0.5), not the probabilities A2", _predict_probabilities),
        ("the comparison is reversed: class 1 where A2 > 0.5", _predict_reversed),
        ("compare A2 with 0.5, not 0: A2 is a probability", _predict_above_zero),
        ("threshold the probability A2, not Z2", _predict_z2),
        (
            "the loop must visit every example: range(X.shape[1]), not range(X.shape[0])",
            _predict_loop_features,
        ),
    ],
}
