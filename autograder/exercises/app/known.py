"""Known mistakes of the Week 4 application exercises.

The model mistakes retrain with the reference building blocks, so they stay cheap on the
small trial data.
"""

import numpy as np

from nnref import app, deep

# ------------------------------------------------------------------- two_layer_model


def _dA_right(A, Y):
    return -(np.divide(Y, A) - np.divide(1 - Y, 1 - A))


def _two_layer(
    reinit=False,
    rate=None,
    discard=False,
    output_backward="sigmoid",
    dA2=_dA_right,
    hidden="relu",
    layer1_gets_dA2=False,
    start=0,
):
    """two_layer_model with one knob turned."""

    def model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
        np.random.seed(1)
        n_x, n_h, n_y = layers_dims
        parameters = deep.initialize_parameters(n_x, n_h, n_y)
        costs = []
        for i in range(start, num_iterations):
            if reinit:
                parameters = deep.initialize_parameters(n_x, n_h, n_y)
            if (reinit or discard) and i % 100 and i < num_iterations - 1:
                continue  # nothing carries over from this iteration: skip the work
            W1, b1, W2, b2 = (parameters[k] for k in ("W1", "b1", "W2", "b2"))
            A1, cache1 = deep.linear_activation_forward(X, W1, b1, hidden)
            A2, cache2 = deep.linear_activation_forward(A1, W2, b2, "sigmoid")
            cost = deep.compute_cost(A2, Y)
            dA_2 = dA2(A2, Y)
            dA1, dW2, db2 = deep.linear_activation_backward(dA_2, cache2, output_backward)
            _, dW1, db1 = deep.linear_activation_backward(
                dA_2 if layer1_gets_dA2 else dA1, cache1, "relu"
            )
            grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
            updated = deep.update_parameters(
                parameters, grads, learning_rate if rate is None else rate
            )
            if not discard:
                parameters = updated
            if i % 100 == 0:
                costs.append(float(cost))
        return parameters, costs

    return model


# --------------------------------------------------------------------- L_layer_model


def _init_001(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def _L_layer(
    reinit=False,
    rate=None,
    discard=False,
    start=0,
    cost_after=False,
    forward_once=False,
    init=app.initialize_parameters_deep,
):
    """L_layer_model with one knob turned."""

    def model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
        np.random.seed(1)
        parameters = init(layers_dims)
        lr = learning_rate if rate is None else rate
        costs = []
        if forward_once:  # the same gradient at every step: n steps of it at once
            AL, caches = deep.L_model_forward(X, parameters)
            cost = float(deep.compute_cost(AL, Y))
            grads = deep.L_model_backward(AL, Y, caches)
            steps = num_iterations - start
            parameters = deep.update_parameters(parameters, grads, lr * steps)
            return parameters, [cost for i in range(start, num_iterations) if i % 100 == 0]
        for i in range(start, num_iterations):
            if reinit:
                parameters = init(layers_dims)
            if (reinit or discard) and i % 100 and i < num_iterations - 1:
                continue  # nothing carries over from this iteration: skip the work
            AL, caches = deep.L_model_forward(X, parameters)
            cost = deep.compute_cost(AL, Y)
            grads = deep.L_model_backward(AL, Y, caches)
            updated = deep.update_parameters(parameters, grads, lr)
            if not discard:
                parameters = updated
            if i % 100 == 0:
                if cost_after:
                    cost = deep.compute_cost(deep.L_model_forward(X, parameters)[0], Y)
                costs.append(float(cost))
        return parameters, costs

    return model


# --------------------------------------------------------------------------- predict


def _predict(rule):
    def predict(X, y, parameters):
        AL, _ = deep.L_model_forward(X, parameters)
        return rule(AL)

    return predict


def _first_column_only(AL):
    p = np.zeros((1, AL.shape[1]))
    p[0, 0] = 1.0 if AL[0, 0] > 0.5 else 0.0
    return p


_REINIT = "the parameters are initialized again inside the loop: initialize once, before it"
_RATE = "the learning_rate argument is ignored: pass learning_rate to update_parameters"
_DISCARD = "the result of update_parameters is discarded: parameters = update_parameters(...)"
_START = "the loop must run num_iterations times, from i = 0"

KNOWN = {
    "app.two_layer_model": [
        (_REINIT, _two_layer(reinit=True)),
        (_RATE, _two_layer(rate=0.0075)),
        (_DISCARD, _two_layer(discard=True)),
        (
            "layer 2 is backpropagated as relu: it is the sigmoid layer",
            _two_layer(output_backward="relu"),
        ),
        (
            "dA2 = A2 - Y is dZ2, not dA2: dA2 = -(Y/A2 - (1 - Y)/(1 - A2))",
            _two_layer(dA2=lambda A, Y: A - Y),
        ),
        (
            "the hidden layer uses sigmoid in the forward pass: it is a relu layer",
            _two_layer(hidden="sigmoid"),
        ),
        (
            "layer 1 must get dA1 from layer 2's backward step, not dA2",
            _two_layer(layer1_gets_dA2=True),
        ),
        (_START, _two_layer(start=1)),
    ],
    "app.L_layer_model": [
        (_REINIT, _L_layer(reinit=True)),
        (_RATE, _L_layer(rate=0.0075)),
        (_DISCARD, _L_layer(discard=True)),
        (_START, _L_layer(start=1)),
        (
            "the costs are recorded after the update: record the cost before that iteration's"
            " update",
            _L_layer(cost_after=True),
        ),
        (
            "the forward pass must run inside the loop, on the current parameters",
            _L_layer(forward_once=True),
        ),
        (
            "the weights are scaled by 0.01: use initialize_parameters_deep (1/sqrt(n_prev))",
            _L_layer(init=_init_001),
        ),
    ],
    "app.predict": [
        ("returns the probabilities AL: threshold them at 0.5", _predict(lambda AL: AL)),
        (
            "threshold at 0.5, not at 0: a sigmoid output is always above 0",
            _predict(lambda AL: (AL > 0).astype(float)),
        ),
        (
            "the labels are inverted: predict 1 where AL > 0.5",
            _predict(lambda AL: (AL < 0.5).astype(float)),
        ),
        (
            "loops over AL.shape[0], the single output row: loop over the m columns",
            _predict(_first_column_only),
        ),
    ],
}
