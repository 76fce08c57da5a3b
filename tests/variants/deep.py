"""Accepted variants of the Week 4 step-by-step notebook (deep_nn_step_by_step.ipynb)."""

from tests.variants import Variant

_V = Variant

VARIANTS = [
    _V(
        "deep.compute_cost",
        "np-dot-squeeze",
        "the classic template's cross-entropy with np.dot, then np.squeeze (a 0-d array)",
        """def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -1 / m * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))
    cost = np.squeeze(cost)
    return cost
""",
    ),
]
