"""Training benchmark: nnref's models against a straightforward textbook loop, and the
exact Gram-matrix fast path (nnref.tools.fast) against nnref's standard path.

Both train the same networks on the course images with the classic
hyperparameters, side by side in one process. The textbook loop is the classic
one: every iteration runs L_model_forward, compute_cost, the full
L_model_backward (including dA0, which nothing uses) and update_parameters, on
X as the classic notebook builds it (a transposed view divided by 255).

Run with BLAS pinned to one thread (``make bench`` does):
    OPENBLAS_NUM_THREADS=1 python benchmarks/train.py [--iterations 2500]
"""

import argparse
import time

import numpy as np

from nnref import app, data, deep
from nnref.tools import fast


def textbook_model(X, Y, layers_dims, init, learning_rate=0.0075, num_iterations=2500):
    """The classic training loop, written the straightforward way."""
    np.random.seed(1)
    parameters = init(layers_dims)
    costs = []
    for i in range(num_iterations):
        AL, caches = deep.L_model_forward(X, parameters)
        cost = deep.compute_cost(AL, Y)
        grads = deep.L_model_backward(AL, Y, caches)
        parameters = deep.update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(float(cost))
    return parameters, costs


def _init_two_layer(dims):
    return deep.initialize_parameters(*dims)


def _accuracy(parameters, X, Y):
    AL, _ = deep.L_model_forward(X, parameters)
    return float(np.mean((AL > 0.5) == Y))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=2500)
    args = parser.parse_args()

    train_x_orig, train_y, test_x_orig, test_y, _ = data.load_catvnoncat()
    # The classic notebook's X: a transposed (Fortran-ordered) view, then / 255.
    train_x = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.0
    test_x = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255.0

    cases = [
        ("2-layer 12288-7-1", (12288, 7, 1), app.two_layer_model, _init_two_layer),
        (
            "4-layer 12288-20-7-5-1",
            [12288, 20, 7, 5, 1],
            app.L_layer_model,
            app.initialize_parameters_deep,
        ),
    ]
    print(f"{args.iterations} iterations, {train_x.shape[1]} training images, one BLAS thread")
    head = (
        f"{'model':<24} {'textbook s':>10} {'nnref s':>8} {'ratio':>6} "
        f"{'final cost (both)':>18} {'test acc':>9} {'identical':>9}"
    )
    print(head)
    print("-" * len(head))
    results = []
    for name, dims, model, init in cases:
        t0 = time.perf_counter()
        p_book, c_book = textbook_model(
            train_x, train_y, dims, init, num_iterations=args.iterations
        )
        t1 = time.perf_counter()
        p_ref, c_ref = model(train_x, train_y, dims, num_iterations=args.iterations)
        t2 = time.perf_counter()
        same = c_book == c_ref and all(np.array_equal(p_book[k], p_ref[k]) for k in p_ref)
        acc_book = _accuracy(p_book, test_x, test_y)
        acc_ref = _accuracy(p_ref, test_x, test_y)
        assert acc_book == acc_ref, (acc_book, acc_ref)
        print(
            f"{name:<24} {t1 - t0:>10.2f} {t2 - t1:>8.2f} {(t2 - t1) / (t1 - t0):>6.2f} "
            f"{c_ref[-1]:>18.12f} {100 * acc_ref:>8.1f}% {str(same):>9}"
        )
        results.append((name, dims, model, p_ref, c_ref, t2 - t1))

    print()
    print("Gram fast path (nnref.tools.fast) against nnref's standard path, same run")
    head = (
        f"{'model':<24} {'standard s':>10} {'fast s':>7} {'speedup':>8} "
        f"{'max cost diff':>13} {'max param diff':>14} {'same predictions':>16}"
    )
    print(head)
    print("-" * len(head))
    for name, dims, model, p_ref, c_ref, seconds in results:
        fast_model = fast.two_layer_model if model is app.two_layer_model else fast.L_layer_model
        t0 = time.perf_counter()
        p_fast, c_fast = fast_model(train_x, train_y, dims, num_iterations=args.iterations)
        t1 = time.perf_counter()
        cost_diff = max(abs(a - b) for a, b in zip(c_ref, c_fast, strict=True))
        param_diff = max(float(np.max(np.abs(p_ref[k] - p_fast[k]))) for k in p_ref)
        same = all(
            np.array_equal(
                deep.L_model_forward(x, p_ref)[0] > 0.5, deep.L_model_forward(x, p_fast)[0] > 0.5
            )
            for x in (train_x, test_x)
        )
        print(
            f"{name:<24} {seconds:>10.2f} {t1 - t0:>7.3f} {seconds / (t1 - t0):>7.0f}x "
            f"{cost_diff:>13.1e} {param_diff:>14.1e} {str(same):>16}"
        )


if __name__ == "__main__":
    main()
