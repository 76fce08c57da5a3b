"""Mistake zoo of nnref.app: wrong answer cells that must lose points with their hint.

Each entry is the whole answer cell a student might have written (see
:mod:`autograder.exercises.zoo`), so rewording the solution never breaks it.
"""

from autograder.exercises.zoo import Mistake

_M = Mistake

MISTAKES = [
    # ------------------------------------------------------- two_layer_model
    _M(
        "app.two_layer_model",
        "cost-every-10",
        "records the cost every 10 iterations instead of every 100",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 10 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "costs should hold",
    ),
    _M(
        "app.two_layer_model",
        "reinit-in-loop",
        "initializes the parameters again at every iteration",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        parameters = initialize_parameters(n_x, n_h, n_y)
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
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
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "initialized again inside the loop",
    ),
    _M(
        "app.two_layer_model",
        "default-learning-rate",
        "passes the default 0.0075 instead of the learning_rate argument",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, 0.0075)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "learning_rate argument is ignored",
    ),
    _M(
        "app.two_layer_model",
        "update-discarded",
        "calls update_parameters but never keeps its result",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "the result of update_parameters is discarded",
    ),
    _M(
        "app.two_layer_model",
        "output-backward-relu",
        "backpropagates the sigmoid output layer as a ReLU layer",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "relu")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "layer 2 is backpropagated as relu",
    ),
    _M(
        "app.two_layer_model",
        "dA2-sign",
        "drops the leading minus of dA2 (gradient ascent)",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = np.divide(Y, A2) - np.divide(1 - Y, 1 - A2)
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "training diverges",
    ),
    _M(
        "app.two_layer_model",
        "dA2-is-dZ2",
        "starts the backward pass from A2 - Y, which is already dZ2",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = A2 - Y
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "A2 - Y is dZ2",
    ),
    _M(
        "app.two_layer_model",
        "hidden-sigmoid",
        "uses a sigmoid hidden layer, forward and backward",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
        A1, cache1 = linear_activation_forward(X, W1, b1, "sigmoid")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "the hidden layer uses sigmoid",
    ),
    _M(
        "app.two_layer_model",
        "layer1-gets-dA2",
        "feeds dA2 instead of dA1 into the backward step of layer 1",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA2, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "layer 1 must get dA1",
    ),
    _M(
        "app.two_layer_model",
        "loop-from-1",
        "loops over range(1, num_iterations): one update too few, costs shifted",
        """def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims

    # Initialize W1, b1, W2, b2 (1 line).
    parameters = initialize_parameters(n_x, n_h, n_y)

    for i in range(1, num_iterations):
        W1, b1 = parameters["W1"], parameters["b1"]
        W2, b2 = parameters["W2"], parameters["b2"]

        # Forward pass, cost, backward pass, update (8 to 10 lines).
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
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "the loop must run num_iterations times",
    ),
    # --------------------------------------------------------- L_layer_model
    _M(
        "app.L_layer_model",
        "cost-every-10",
        "records the cost every 10 iterations instead of every 100",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        # Forward pass, cost, backward pass, update (4 lines).
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 10 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "costs should hold",
    ),
    _M(
        "app.L_layer_model",
        "reinit-in-loop",
        "initializes the parameters again at every iteration",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        parameters = initialize_parameters_deep(layers_dims)
        # Forward pass, cost, backward pass, update (4 lines).
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
        "initialized again inside the loop",
    ),
    _M(
        "app.L_layer_model",
        "default-learning-rate",
        "passes the default 0.0075 instead of the learning_rate argument",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        # Forward pass, cost, backward pass, update (4 lines).
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, 0.0075)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "learning_rate argument is ignored",
    ),
    _M(
        "app.L_layer_model",
        "update-discarded",
        "calls update_parameters but never keeps its result",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        # Forward pass, cost, backward pass, update (4 lines).
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "the result of update_parameters is discarded",
    ),
    _M(
        "app.L_layer_model",
        "loop-from-1",
        "loops over range(1, num_iterations): one update too few, costs shifted",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(1, num_iterations):
        # Forward pass, cost, backward pass, update (4 lines).
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
        "the loop must run num_iterations times",
    ),
    _M(
        "app.L_layer_model",
        "cost-after-update",
        "computes the recorded cost after the update, on the new parameters",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        # Forward pass, cost, backward pass, update (4 lines).
        AL, caches = L_model_forward(X, parameters)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        cost = compute_cost(L_model_forward(X, parameters)[0], Y)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "before that iteration's update",
    ),
    _M(
        "app.L_layer_model",
        "forward-once",
        "runs the forward pass once before the loop and reuses its caches",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = initialize_parameters_deep(layers_dims)

    AL, caches = L_model_forward(X, parameters)
    for i in range(num_iterations):
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "the forward pass must run inside the loop",
    ),
    _M(
        "app.L_layer_model",
        "init-0.01",
        "writes its own initialization with the 0.01 scale of part 1",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = {}
    for l in range(1, len(layers_dims)):
        n_prev = layers_dims[l - 1]
        parameters["W" + str(l)] = np.random.randn(layers_dims[l], n_prev) * 0.01
        parameters["b" + str(l)] = np.zeros((layers_dims[l], 1))

    for i in range(num_iterations):
        # Forward pass, cost, backward pass, update (4 lines).
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
        "scaled by 0.01",
    ),
    _M(
        "app.L_layer_model",
        "learning-rate-sign",
        "passes -learning_rate, as if update_parameters added the step",
        """def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    np.random.seed(1)
    costs = []

    # Initialize the parameters (1 line).
    parameters = initialize_parameters_deep(layers_dims)

    for i in range(num_iterations):
        # Forward pass, cost, backward pass, update (4 lines).
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, -learning_rate)

        if i % 100 == 0:
            costs.append(float(cost))
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print(f"Cost after iteration {i}: {float(cost)}")

    return parameters, costs
""",
        "training diverges",
    ),
    # --------------------------------------------------------------- predict
    _M(
        "app.predict",
        "returns-probabilities",
        "returns the probabilities AL instead of 0/1 labels",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = AL
    return p
""",
        "returns the probabilities AL",
    ),
    _M(
        "app.predict",
        "flat",
        "returns a flat (m,) array",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = (AL > 0.5).astype(float).ravel()
    return p
""",
        "wrong shape",
    ),
    _M(
        "app.predict",
        "threshold-0",
        "thresholds the probabilities at 0 instead of 0.5",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = (AL > 0).astype(float)
    return p
""",
        "threshold at 0.5",
    ),
    _M(
        "app.predict",
        "inverted",
        "predicts 1 where AL < 0.5",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = (AL < 0.5).astype(float)
    return p
""",
        "the labels are inverted",
    ),
    _M(
        "app.predict",
        "loop-over-rows",
        "loops over AL.shape[0] (the one output row) instead of the m examples",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = np.zeros((1, X.shape[1]))
    for i in range(AL.shape[0]):
        p[0, i] = 1.0 if AL[0, i] > 0.5 else 0.0
    return p
""",
        "loops over AL.shape[0]",
    ),
    _M(
        "app.predict",
        "returns-accuracy",
        "returns the accuracy instead of the predictions",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = (AL > 0.5).astype(float)
    return float(np.mean(p == y))
""",
        "should be a NumPy array",
    ),
    _M(
        "app.predict",
        "hard-coded-visible",
        "returns the output of the visible case",
        """def predict(X, y, parameters):
    AL, caches = L_model_forward(X, parameters)
    p = np.ones((1, 11))
    return p
""",
        None,
    ),
]
