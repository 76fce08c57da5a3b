"""Known mistakes of the Week 1 exercises."""

import numpy as np

# ------------------------------------------------------------------------------ relu


def _relu_max_axis0(z):
    return np.max(z, axis=0)


def _relu_threshold_1(z):
    return np.where(z > 1, z, 0.0)


def _relu_indicator(z):
    return (z > 0).astype(float)


def _relu_abs(z):
    return np.abs(z)


def _relu_minimum(z):
    return np.minimum(0.0, z)


def _relu_leaky(z):
    return np.maximum(0.01 * z, z)


def _relu_clip_01(z):
    return np.clip(z, 0, 1)


def _relu_int_zero(z):
    return np.maximum(0, z)  # an integer z stays integer


# --------------------------------------------------------------------- predict_price


def _relu(z):
    return np.maximum(0.0, z)


def _price_no_b(size, w, b):
    return _relu(w * np.asarray(size, dtype=float))


def _price_minus_b(size, w, b):
    return _relu(w * np.asarray(size, dtype=float) - b)


def _price_swapped_w_b(size, w, b):
    return _relu(b * np.asarray(size, dtype=float) + w)


def _price_int_size(size, w, b):
    return _relu(w * np.asarray(size, dtype=int) + b)


def _price_rounded(size, w, b):
    return np.round(_relu(w * np.asarray(size, dtype=float) + b), 2)


# -------------------------------------------------------------------- stack_examples


def _stack_reshape_order(examples):
    n, m = len(examples[0]), len(examples)
    return np.concatenate([np.asarray(x, dtype=float) for x in examples]).reshape(n, m)


def _stack_loop_from_1(examples):
    X = np.zeros((len(examples[0]), len(examples)))
    for i in range(1, len(examples)):
        X[:, i] = examples[i]
    return X


# -------------------------------------------------------------------- flatten_images


def _flatten_reshape_minus1_m(images):
    return images.reshape(-1, images.shape[0])


def _flatten_T_reshape(images):
    return images.T.reshape(-1, images.shape[0])


def _flatten_channels_as_m(images):
    return images.reshape(images.shape[-1], -1).T


def _flatten_first_image(images):
    return images[0].reshape(-1, 1)


KNOWN = {
    "intro.relu": [
        (
            "np.max reduces the array to its largest values: use np.maximum(0, z), element-wise",
            _relu_max_axis0,
        ),
        ("the threshold is 0, not 1: keep z where z > 0 and put 0 elsewhere", _relu_threshold_1),
        (
            "this is the 0/1 step (the ReLU's derivative): ReLU keeps the value, z where z > 0",
            _relu_indicator,
        ),
        ("negative z must become 0, not |z|: np.maximum(0, z)", _relu_abs),
        ("np.minimum keeps the negative part: ReLU is np.maximum(0, z)", _relu_minimum),
        ("this is a leaky ReLU: negative z must give exactly 0", _relu_leaky),
        ("ReLU has no upper bound: clipping at 1 cuts off large values", _relu_clip_01),
        (
            "relu must return floats: np.maximum(0.0, z), with 0.0 and not 0, or an integer z"
            " stays an integer array",
            _relu_int_zero,
        ),
    ],
    "intro.predict_price": [
        ("the offset b is missing: price = relu(w * size + b)", _price_no_b),
        ("b is added, not subtracted: relu(w * size + b)", _price_minus_b),
        ("w multiplies the size and b is added: relu(w * size + b)", _price_swapped_w_b),
        ("the sizes were cut to integers: keep them as floats (dtype=float)", _price_int_size),
        ("do not round the prices: return relu(w * size + b) as it is", _price_rounded),
    ],
    "intro.stack_examples": [
        (
            "reshape(n_x, m) fills row by row and mixes the examples: make each example a column"
            " (np.column_stack or np.array(examples).T)",
            _stack_reshape_order,
        ),
        (
            "column 0 stays zero: the loop must run over all m examples, range(len(examples))",
            _stack_loop_from_1,
        ),
    ],
    "intro.flatten_images": [
        (
            "reshape(-1, m) mixes pixels of different images in one column:"
            " use images.reshape(m, -1).T",
            _flatten_reshape_minus1_m,
        ),
        (
            "images.T reverses every axis, so each column is unrolled in the wrong order:"
            " use images.reshape(m, -1).T",
            _flatten_T_reshape,
        ),
        (
            "m is images.shape[0] (the number of images), not the number of channels",
            _flatten_channels_as_m,
        ),
        (
            "only the first image was unrolled: every image needs its own column",
            _flatten_first_image,
        ),
    ],
}
