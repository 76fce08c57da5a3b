"""Accepted variants of the Week 4 application notebook (deep_nn_application.ipynb)."""

from autograder.exercises.zoo import Variant

_V = Variant

# the signatures of the notebook, longer than a line of this file
_TWO_DEF = (
    "def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,"
    " print_cost=False):\n"
)
_LL_DEF = (
    "def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000,"
    " print_cost=False):\n"
)

# ------------------------------------------------------------------- two_layer_model

_TWO = "app.two_layer_model"

_TWO_LAYER_MODEL = [
    _V(
        _TWO,
        "classic-template",
        "the classic template: grads filled key by key, 0-d costs, the classic print condition",
        _TWO_DEF
        + """    np.random.seed(1)
    grads = {}
    costs = []
    m = X.shape[1]
    (n_x, n_h, n_y) = layers_dims

    parameters = initialize_parameters(n_x, n_h, n_y)
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]

    for i in range(0, num_iterations):
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")

        cost = compute_cost(A2, Y)

        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")

        grads["dW1"] = dW1
        grads["db1"] = db1
        grads["dW2"] = dW2
        grads["db2"] = db2

        parameters = update_parameters(parameters, grads, learning_rate)

        W1 = parameters["W1"]
        b1 = parameters["b1"]
        W2 = parameters["W2"]
        b2 = parameters["b2"]

        if print_cost and i % 100 == 0 or i == num_iterations - 1:
            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))
        if i % 100 == 0:
            costs.append(cost)

    return parameters, costs
""",
    ),
    _V(
        _TWO,
        "L-model-calls",
        "the notebook's remark made code: the 2-layer net is L_model_forward/backward with L = 2",
        _TWO_DEF
        + """    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
    ),
    _V(
        _TWO,
        "inline-update",
        "updates W1, b1, W2, b2 itself instead of calling update_parameters",
        _TWO_DEF
        + """    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims
    parameters = initialize_parameters(n_x, n_h, n_y)
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]

    for i in range(num_iterations):
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        W1 = W1 - learning_rate * dW1
        b1 = b1 - learning_rate * db1
        W2 = W2 - learning_rate * dW2
        b2 = b2 - learning_rate * db2

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters, costs
""",
    ),
    _V(
        _TWO,
        "plot-in-function",
        "imports pyplot at the top of the cell and plots the learning curve inside the function",
        """import matplotlib.pyplot as plt


"""
        + _TWO_DEF
        + """    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(float(cost))

    plt.plot(np.squeeze(costs))
    plt.ylabel("cost")
    plt.xlabel("iterations (per hundreds)")
    plt.title("Learning rate =" + str(learning_rate))
    plt.show()
    return parameters, costs
""",
    ),
    _V(
        _TWO,
        "inline-initialization-print",
        "draws W1, W2 itself after the seed (the same draws) and prints every 100 iterations",
        _TWO_DEF
        + """    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        _, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
            print("iteration", i, "cost", float(cost))

    return parameters, costs
""",
    ),
    _V(
        _TWO,
        "dA2-fraction-keywords",
        "dA2 as one fraction, activations and the learning rate given by keyword",
        _TWO_DEF
        + """    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims
    parameters = initialize_parameters(n_x=n_x, n_h=n_h, n_y=n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]
        A1, cache1 = linear_activation_forward(X, W1, b1, activation="relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, activation="sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = (A2 - Y) / (A2 * (1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, activation="sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, activation="relu")
        grads = dict(dW1=dW1, db1=db1, dW2=dW2, db2=db2)
        parameters = update_parameters(parameters, grads, learning_rate=learning_rate)

        if i % 100 == 0:
            costs.append(np.squeeze(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
    ),
    _V(
        _TWO,
        "week3-inline-array-costs",
        "the whole step written out as in Week 3 (dZ2 = A2 - Y), no Part 1 call but the init;"
        " costs returned as an array",
        _TWO_DEF
        + """    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims
    m = X.shape[1]
    parameters = initialize_parameters(n_x, n_h, n_y)
    W1, b1 = parameters["W1"], parameters["b1"]
    W2, b2 = parameters["W2"], parameters["b2"]

    for i in range(num_iterations):
        Z1 = W1 @ X + b1
        A1 = np.maximum(0, Z1)
        A2 = 1 / (1 + np.exp(-(W2 @ A1 + b2)))
        cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m

        dZ2 = A2 - Y
        dW2 = dZ2 @ A1.T / m
        db2 = np.sum(dZ2, axis=1, keepdims=True) / m
        dZ1 = (W2.T @ dZ2) * (Z1 > 0)
        dW1 = dZ1 @ X.T / m
        db1 = np.sum(dZ1, axis=1, keepdims=True) / m

        W1, b1 = W1 - learning_rate * dW1, b1 - learning_rate * db1
        W2, b2 = W2 - learning_rate * dW2, b2 - learning_rate * db2

        if i % 100 == 0:
            costs.append(cost)
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {cost}")

    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    return parameters, np.array(costs)
""",
    ),
]

# --------------------------------------------------------------------- L_layer_model

_LL = "app.L_layer_model"

_L_LAYER_MODEL = [
    _V(
        _LL,
        "classic-template",
        "the classic template: range(0, n), 0-d costs, the classic print condition",
        _LL_DEF
        + """    np.random.seed(1)
    costs = []

    parameters = initialize_parameters_deep(layers_dims)

    for i in range(0, num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)

        if print_cost and i % 100 == 0 or i == num_iterations - 1:
            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))
        if i % 100 == 0:
            costs.append(cost)

    return parameters, costs
""",
    ),
    _V(
        _LL,
        "plot-in-function",
        "imports pyplot at the top of the cell and plots the learning curve inside the function",
        """import matplotlib.pyplot as plt


"""
        + _LL_DEF
        + """    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(float(cost))

    plt.plot(costs)
    plt.ylabel("cost")
    plt.xlabel("iterations (per hundreds)")
    plt.title(f"Learning rate = {learning_rate}")
    plt.show()
    return parameters, costs
""",
    ),
    _V(
        _LL,
        "plot-magic-inline",
        "the plotting cell's lines copied in: %matplotlib inline and the pyplot import on top",
        """%matplotlib inline
import matplotlib.pyplot as plt


"""
        + _LL_DEF
        + """    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(float(cost))

    plt.plot(costs)
    plt.ylabel("cost")
    plt.show()
    return parameters, costs
""",
    ),
    _V(
        _LL,
        "inline-update",
        "a loop over the layers updates the parameters instead of update_parameters",
        _LL_DEF
        + """    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(layers_dims)
    L = len(layers_dims) - 1

    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        new_parameters = {}
        for l in range(1, L + 1):
            W, b = parameters["W" + str(l)], parameters["b" + str(l)]
            new_parameters["W" + str(l)] = W - learning_rate * grads["dW" + str(l)]
            new_parameters["b" + str(l)] = b - learning_rate * grads["db" + str(l)]
        parameters = new_parameters

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
    ),
    _V(
        _LL,
        "keyword-calls",
        "every Part 1 call with keyword arguments",
        _LL_DEF
        + """    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(layer_dims=layers_dims)

    for i in range(num_iterations):
        AL, caches = L_model_forward(X=X, parameters=parameters)
        cost = compute_cost(AL=AL, Y=Y)
        grads = L_model_backward(AL=AL, Y=Y, caches=caches)
        parameters = update_parameters(params=parameters, grads=grads, learning_rate=learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
    ),
    _V(
        _LL,
        "inline-cost-print-every-100",
        "computes the cost itself, only every 100 iterations, and prints it there",
        _LL_DEF
        + """    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        if i % 100 == 0:
            cost = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
            costs.append(float(cost))
            print("Cost after iteration %i: %f" % (i, cost))
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)

    return parameters, costs
""",
    ),
    _V(
        _LL,
        "imports-inside-array-costs",
        "imports numpy inside the function, records np.squeeze(cost), returns np.array(costs)",
        _LL_DEF
        + """    import numpy as np

    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(list(layers_dims))

    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = np.squeeze(compute_cost(AL, Y))
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(cost)

    return parameters, np.array(costs)
""",
    ),
    _V(
        _LL,
        "deepcopy-loop-variable",
        "copy.deepcopy of the initial parameters, the loop variable named iteration",
        """import copy


"""
        + _LL_DEF
        + """    np.random.seed(1)
    costs = []
    initial = initialize_parameters_deep(layers_dims)
    parameters = copy.deepcopy(initial)

    for iteration in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)

        if iteration % 100 == 0:
            costs.append(cost.item() if hasattr(cost, "item") else float(cost))
            if print_cost:
                print(f"Cost after iteration {iteration}: {costs[-1]}")

    return parameters, costs
""",
    ),
]

# --------------------------------------------------------------------------- predict

_PRED = "app.predict"

_PREDICT = [
    _V(
        _PRED,
        "astype-int",
        "int labels from (AL > 0.5).astype(int)",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = (AL > 0.5).astype(int)
    print(f"Accuracy: {float(np.mean(p == y))}")
    return p
""",
    ),
    _V(
        _PRED,
        "bool",
        "returns the boolean array AL > 0.5 itself",
        """def predict(X, y, parameters):
    AL, _ = L_model_forward(X, parameters)
    p = AL > 0.5
    print(f"Accuracy: {float(np.mean(p == y))}")
    return p
""",
    ),
    _V(
        _PRED,
        "np-where",
        "np.where(AL > 0.5, 1, 0) (int labels)",
        """def predict(X, y, parameters):
    probas, caches = L_model_forward(X, parameters)
    p = np.where(probas > 0.5, 1, 0)
    print("Accuracy: " + str(np.mean(p == y)))
    return p
""",
    ),
    _V(
        _PRED,
        "classic-loop",
        "the classic template: a loop filling np.zeros((1, m)), accuracy as sum / m",
        """def predict(X, y, parameters):
    m = X.shape[1]
    n = len(parameters) // 2
    p = np.zeros((1, m))

    probas, caches = L_model_forward(X, parameters)

    for i in range(0, probas.shape[1]):
        if probas[0, i] > 0.5:
            p[0, i] = 1
        else:
            p[0, i] = 0

    print("Accuracy: " + str(np.sum((p == y) / m)))
    return p
""",
    ),
    _V(
        _PRED,
        "np-round",
        "np.round of the probabilities (0.5 rounds to 0, as 'above 0.5' wants)",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = np.round(AL)
    print(f"Accuracy: {float(np.mean(p == y))}")
    return p
""",
    ),
    _V(
        _PRED,
        "inline-forward",
        "writes the forward pass itself: ReLU layers, then a sigmoid, no Part 1 call",
        """def predict(X, y, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = np.maximum(0, parameters["W" + str(l)] @ A + parameters["b" + str(l)])
    ZL = parameters["W" + str(L)] @ A + parameters["b" + str(L)]
    AL = 1 / (1 + np.exp(-ZL))
    p = (AL > 0.5).astype(float)
    print(f"Accuracy: {float(np.mean(p == y))}")
    return p
""",
    ),
    _V(
        _PRED,
        "times-one-percent",
        "1.0 * (AL > 0.5), the accuracy printed as a percentage",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = 1.0 * (AL > 0.5)
    accuracy = 100 * np.mean(p == y)
    print("Accuracy: %.1f %%" % accuracy)
    return p
""",
    ),
]

VARIANTS = [*_TWO_LAYER_MODEL, *_L_LAYER_MODEL, *_PREDICT]
