"""Mistake zoo of nnref.intro: wrong answer cells that must lose points with their hint.

Each entry is the whole answer cell a student might have written (see
:mod:`autograder.exercises.zoo`), so rewording the solution never breaks it.
"""

from autograder.exercises.zoo import Mistake

_M = Mistake

MISTAKES = [
    # ------------------------------------------------------------------ relu
    _M(
        "intro.relu",
        "max-of-array",
        "np.max instead of np.maximum: one number, the largest value of z",
        """def relu(z):
    a = np.max(z)
    return a
""",
        "should be a NumPy array",
    ),
    _M(
        "intro.relu",
        "max-axis-0",
        "np.max(z, 0) reads the 0 as the axis: a column maximum, not an element-wise max",
        """def relu(z):
    a = np.max(z, 0)
    return a
""",
        "np.max reduces the array",
    ),
    _M(
        "intro.relu",
        "threshold-1",
        "keeps z only where z > 1",
        """def relu(z):
    a = np.where(z > 1, z, 0.0)
    return a
""",
        "the threshold is 0, not 1",
    ),
    _M(
        "intro.relu",
        "indicator",
        "returns the 0/1 mask z > 0 instead of the values",
        """def relu(z):
    a = (z > 0).astype(float)
    return a
""",
        "this is the 0/1 step",
    ),
    _M(
        "intro.relu",
        "abs",
        "thinks ReLU makes negative values positive",
        """def relu(z):
    a = np.abs(z)
    return a
""",
        "not |z|",
    ),
    _M(
        "intro.relu",
        "minimum",
        "np.minimum instead of np.maximum",
        """def relu(z):
    a = np.minimum(0.0, z)
    return a
""",
        "np.minimum keeps the negative part",
    ),
    _M(
        "intro.relu",
        "leaky",
        "writes the leaky ReLU",
        """def relu(z):
    a = np.maximum(0.01 * z, z)
    return a
""",
        "this is a leaky ReLU",
    ),
    _M(
        "intro.relu",
        "clip-0-1",
        "clips to [0, 1] as if ReLU were bounded",
        """def relu(z):
    a = np.clip(z, 0, 1)
    return a
""",
        "ReLU has no upper bound",
    ),
    _M(
        "intro.relu",
        "in-place",
        "zeroes the negative entries of the input itself",
        """def relu(z):
    z[z < 0] = 0
    a = z
    return a
""",
        "modified its input",
    ),
    _M(
        "intro.relu",
        "int-zero",
        "np.maximum(0, z): an integer input stays an integer array",
        """def relu(z):
    a = np.maximum(0, z)
    return a
""",
        "with 0.0 and not 0",
    ),
    _M(
        "intro.relu",
        "transposed",
        "transposes the result",
        """def relu(z):
    a = np.maximum(0.0, z).T
    return a
""",
        "transposed",
    ),
    # --------------------------------------------------------- predict_price
    _M(
        "intro.predict_price",
        "one-house-per-row",
        "turns the sizes into a column, one house per row",
        """def predict_price(size, w, b):
    price = relu(w * np.asarray(size, dtype=float).reshape(-1, 1) + b)
    return price
""",
        "the shape is transposed",
    ),
    _M(
        "intro.predict_price",
        "no-b",
        "forgets the offset b",
        """def predict_price(size, w, b):
    price = relu(w * np.asarray(size, dtype=float))
    return price
""",
        "the offset b is missing",
    ),
    _M(
        "intro.predict_price",
        "minus-b",
        "subtracts the (negative) offset because 'it lowers the price'",
        """def predict_price(size, w, b):
    price = relu(w * np.asarray(size, dtype=float) - b)
    return price
""",
        "b is added, not subtracted",
    ),
    _M(
        "intro.predict_price",
        "swapped-w-b",
        "mixes up the roles of w and b",
        """def predict_price(size, w, b):
    price = relu(b * np.asarray(size, dtype=float) + w)
    return price
""",
        "w multiplies the size and b is added",
    ),
    _M(
        "intro.predict_price",
        "int-size",
        "converts the sizes to integers",
        """def predict_price(size, w, b):
    price = relu(w * np.asarray(size, dtype=int) + b)
    return price
""",
        "cut to integers",
    ),
    _M(
        "intro.predict_price",
        "rounded",
        "rounds the prices to cents",
        """def predict_price(size, w, b):
    price = np.round(relu(w * np.asarray(size, dtype=float) + b), 2)
    return price
""",
        "do not round the prices",
    ),
    _M(
        "intro.predict_price",
        "float-total",
        "adds up the prices into one number",
        """def predict_price(size, w, b):
    price = float(np.sum(relu(w * np.asarray(size, dtype=float) + b)))
    return price
""",
        "should be a NumPy array",
    ),
    # -------------------------------------------------------- stack_examples
    _M(
        "intro.stack_examples",
        "as-rows",
        "np.array(examples) puts each example in a row, (m, n_x)",
        """def stack_examples(examples):
    X = np.array(examples, dtype=float)
    return X
""",
        "the shape is transposed",
    ),
    _M(
        "intro.stack_examples",
        "hstack-flat",
        "np.hstack joins the 1-D vectors end to end",
        """def stack_examples(examples):
    X = np.hstack(examples).astype(float)
    return X
""",
        "the right number of values in the wrong shape",
    ),
    _M(
        "intro.stack_examples",
        "reshape-order",
        "reshape(n_x, m) of the stacked rows instead of a transpose",
        """def stack_examples(examples):
    X = np.array(examples, dtype=float).reshape(len(examples[0]), len(examples))
    return X
""",
        "reshape(n_x, m) fills row by row",
    ),
    _M(
        "intro.stack_examples",
        "list-of-lists",
        "transposes with pure Python and returns lists",
        """def stack_examples(examples):
    X = [list(row) for row in zip(*examples)]
    return X
""",
        "wrap it with np.array",
    ),
    _M(
        "intro.stack_examples",
        "loop-from-1",
        "off-by-one loop that never fills column 0",
        """def stack_examples(examples):
    X = np.zeros((len(examples[0]), len(examples)))
    for i in range(1, len(examples)):
        X[:, i] = examples[i]
    return X
""",
        "column 0 stays zero",
    ),
    _M(
        "intro.stack_examples",
        "int-zeros",
        "fills a np.zeros(..., dtype=int) array, which truncates the features",
        """def stack_examples(examples):
    X = np.zeros((len(examples[0]), len(examples)), dtype=int)
    for i in range(len(examples)):
        X[:, i] = examples[i]
    return X
""",
        "dtype=int",
    ),
    _M(
        "intro.stack_examples",
        "hard-coded-n_x",
        "hard-codes n_x = 2 from the visible case",
        """def stack_examples(examples):
    X = np.array(examples, dtype=float).reshape(-1, 2).T
    return X
""",
        "the right number of values in the wrong shape",
    ),
    _M(
        "intro.stack_examples",
        "squeeze",
        "squeezes the result, which drops the axis of size 1 when m = 1",
        """def stack_examples(examples):
    X = np.squeeze(np.array(examples, dtype=float).T)
    return X
""",
        "a column (n, 1) is expected",
    ),
    # -------------------------------------------------------- flatten_images
    _M(
        "intro.flatten_images",
        "reshape-minus1-m",
        "reshape(-1, m) instead of reshape(m, -1).T",
        """def flatten_images(images):
    X = images.reshape(-1, images.shape[0])
    return X
""",
        "reshape(-1, m) mixes pixels",
    ),
    _M(
        "intro.flatten_images",
        "missing-T",
        "forgets the transpose: one image per row",
        """def flatten_images(images):
    X = images.reshape(images.shape[0], -1)
    return X
""",
        "the shape is transposed",
    ),
    _M(
        "intro.flatten_images",
        "T-then-reshape",
        "transposes the 4-D array before the reshape",
        """def flatten_images(images):
    X = images.T.reshape(-1, images.shape[0])
    return X
""",
        "images.T reverses every axis",
    ),
    _M(
        "intro.flatten_images",
        "divide-255",
        "standardizes the pixels, which this function must not do",
        """def flatten_images(images):
    X = images.reshape(images.shape[0], -1).T / 255
    return X
""",
        "off by a constant factor",
    ),
    _M(
        "intro.flatten_images",
        "one-column",
        "unrolls all images into a single column",
        """def flatten_images(images):
    X = images.reshape(-1, 1)
    return X
""",
        "the right number of values in the wrong shape",
    ),
    _M(
        "intro.flatten_images",
        "channels-as-m",
        "takes the last axis (channels) as the number of images",
        """def flatten_images(images):
    X = images.reshape(images.shape[-1], -1).T
    return X
""",
        "m is images.shape[0]",
    ),
    _M(
        "intro.flatten_images",
        "first-image-only",
        "unrolls images[0] only",
        """def flatten_images(images):
    X = images[0].reshape(-1, 1)
    return X
""",
        "only the first image was unrolled",
    ),
    _M(
        "intro.flatten_images",
        "hard-coded-18",
        "hard-codes 2 * 3 * 3 = 18 values per image from the visible case",
        """def flatten_images(images):
    X = images.reshape(images.shape[0], 18).T
    return X
""",
        "instead of hard-coding numbers",
    ),
]
