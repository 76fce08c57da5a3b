from tests.mistakes import Mistake

MISTAKES = [
    Mistake(
        "deep.linear_backward",
        "missing-1/m",
        "forgets to average the gradient over the m examples",
        "dW = (1 / m) * (dZ @ A_prev.T)",
        "dW = dZ @ A_prev.T",
        "factor",
    ),
]
