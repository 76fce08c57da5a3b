"""Accepted variants of the Week 1 notebook (intro_to_deep_learning.ipynb)."""

from autograder.exercises.zoo import Variant

_V = Variant

VARIANTS = [
    # ------------------------------------------------------------------------- relu
    _V(
        "intro.relu",
        "np-where",
        "np.where(z > 0, z, 0.0) instead of np.maximum",
        """def relu(z):
    \"\"\"Rectified linear unit, max(0, z), applied element-wise.\"\"\"
    a = np.where(z > 0, z, 0.0)
    return a
""",
    ),
    _V(
        "intro.relu",
        "mask-times-z",
        "multiplies z by a float 0/1 mask of its positive entries (-0.0 where z < 0)",
        """def relu(z):
    mask = (np.asarray(z) > 0).astype(float)
    a = mask * z
    return a
""",
    ),
    _V(
        "intro.relu",
        "copy-then-mask-assign",
        "float copy of z, then the negative entries set to 0 with a boolean mask",
        """def relu(z):
    a = np.array(z, dtype=float)  # a copy: z itself is left alone
    a[a < 0] = 0.0
    return a
""",
    ),
    _V(
        "intro.relu",
        "loop-ndindex",
        "a Python loop over every entry (np.ndindex), max(0.0, value) per entry",
        """def relu(z):
    z = np.asarray(z, dtype=float)
    a = np.zeros(z.shape)
    for idx in np.ndindex(z.shape):
        a[idx] = max(0.0, z[idx])
    return a
""",
    ),
    _V(
        "intro.relu",
        "abs-formula",
        "(z + |z|) / 2, the ReLU written with np.abs",
        """def relu(z):
    a = (z + np.abs(z)) / 2
    return a
""",
    ),
    _V(
        "intro.relu",
        "clip-local-import",
        "np.clip(z, 0.0, None), numpy imported inside the function",
        """def relu(z):
    import numpy as np

    a = np.clip(z, 0.0, None)
    return a
""",
    ),
    _V(
        "intro.relu",
        "maximum-z-first",
        "np.maximum(z, 0.0) with the arguments swapped",
        """def relu(z):
    a = np.maximum(z, 0.0)
    return a
""",
    ),
    _V(
        "intro.relu",
        "vectorize-helper",
        "a scalar helper function in the cell, applied with np.vectorize",
        """def relu_one(v):
    \"\"\"ReLU of one number.\"\"\"
    if v > 0:
        return float(v)
    return 0.0


def relu(z):
    a = np.vectorize(relu_one, otypes=[float])(z)
    return a
""",
    ),
    _V(
        "intro.relu",
        "heaviside-print",
        "z times the Heaviside step np.heaviside(z, 0.0), with a print of the shape",
        """def relu(z):
    a = z * np.heaviside(z, 0.0)
    print("relu: output shape", np.shape(a))
    return a
""",
    ),
    _V(
        "intro.relu",
        "clip-unpacked-constants",
        "np.clip with bounds from literal constants unpacked at the top of the cell",
        """LOW, HIGH = 0.0, None


def relu(z):
    a = np.clip(z, LOW, HIGH)
    return a
""",
    ),
    _V(
        "intro.relu",
        "time-cell-magic",
        "the cell timed with IPython's %%time on its first line",
        """%%time
def relu(z):
    a = np.maximum(0.0, z)
    return a
""",
    ),
    # ---------------------------------------------------------------- predict_price
    _V(
        "intro.predict_price",
        "inline-maximum",
        "does not call relu: np.maximum(0.0, ...) written again in place",
        """def predict_price(size, w, b):
    z = w * np.asarray(size, dtype=float) + b
    price = np.maximum(0.0, z)
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "no-asarray",
        "w * size + b straight on the input (a float array already), then relu",
        """def predict_price(size, w, b):
    z = w * size + b
    price = relu(z)
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "np-dot-scalar",
        "np.dot(w, size) for the product of a number and an array, then relu",
        """def predict_price(size, w, b):
    size = np.array(size, dtype=float)
    price = relu(np.dot(w, size) + b)
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "loop-houses",
        "a loop over the m houses with max(0.0, ...) for each, reshaped back to size's shape",
        """def predict_price(size, w, b):
    sizes = np.array(size, dtype=float)
    flat = sizes.reshape(-1)
    prices = np.zeros(flat.shape[0])
    for i in range(flat.shape[0]):
        prices[i] = max(0.0, w * flat[i] + b)
    price = prices.reshape(sizes.shape)
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "np-where",
        "the clipping as np.where(z > 0, z, 0.0) instead of relu",
        """def predict_price(size, w, b):
    z = w * np.asarray(size, dtype=float) + b
    price = np.where(z > 0, z, 0.0)
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "relu-keyword-multiply",
        "np.multiply with dtype=float, relu called with its argument by keyword",
        """def predict_price(size, w, b):
    price = relu(z=np.multiply(w, size, dtype=float) + b)
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "float-params-astype-print",
        "float(w), float(b), size.astype(float), size first in the product, and a print",
        """def predict_price(size, w, b):
    w, b = float(w), float(b)
    x = np.array(size).astype(float)
    price = relu(x * w + b)
    print("predicted prices:", price)
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "helper-neuron",
        "a helper for the linear part defined in the same cell, assert on the shape",
        """def linear(x, w, b):
    return w * x + b


def predict_price(size, w, b):
    size = np.asarray(size, dtype=float)
    price = relu(linear(size, w, b))
    assert price.shape == size.shape
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "plot-inside",
        "draws the predicted prices inside the function (pyplot imported at the top of the cell)",
        """import matplotlib.pyplot as plt


def predict_price(size, w, b):
    price = relu(w * np.asarray(size, dtype=float) + b)
    plt.plot(np.ravel(size), np.ravel(price), ".", color="tab:green")
    return price
""",
    ),
    _V(
        "intro.predict_price",
        "matplotlib-inline-magic",
        "%matplotlib inline on the first line of the cell, as the classic notebooks begin",
        """%matplotlib inline
from matplotlib import pyplot as plt


def predict_price(size, w, b):
    price = relu(w * np.asarray(size, dtype=float) + b)
    return price
""",
    ),
    # --------------------------------------------------------------- stack_examples
    _V(
        "intro.stack_examples",
        "array-T",
        "np.array(examples, dtype=float) holds one example per row: transpose it",
        """def stack_examples(examples):
    X = np.array(examples, dtype=float).T
    return X
""",
    ),
    _V(
        "intro.stack_examples",
        "vstack-T-astype",
        "np.vstack (rows), transposed, then .astype(float)",
        """def stack_examples(examples):
    X = np.vstack(examples).T.astype(float)
    return X
""",
    ),
    _V(
        "intro.stack_examples",
        "stack-axis1",
        "np.stack(..., axis=1) of float arrays",
        """def stack_examples(examples):
    X = np.stack([np.asarray(x, dtype=float) for x in examples], axis=1)
    return X
""",
    ),
    _V(
        "intro.stack_examples",
        "loop-fill-zeros",
        "np.zeros((n_x, m)) filled one column per example, sizes read with len()",
        """def stack_examples(examples):
    m = len(examples)
    n_x = len(examples[0])
    X = np.zeros((n_x, m))
    for i, x in enumerate(examples):
        X[:, i] = x
    return X
""",
    ),
    _V(
        "intro.stack_examples",
        "hstack-columns",
        "each example reshaped to a (n_x, 1) column, then np.hstack",
        """def stack_examples(examples):
    columns = [np.reshape(x, (-1, 1)) for x in examples]
    X = np.hstack(columns).astype(float)
    assert X.shape == (len(examples[0]), len(examples))
    return X
""",
    ),
    _V(
        "intro.stack_examples",
        "concatenate-newaxis",
        "np.concatenate along axis 1 of x[:, np.newaxis] columns",
        """def stack_examples(examples):
    cols = []
    for x in examples:
        cols.append(np.array(x, dtype=float)[:, np.newaxis])
    X = np.concatenate(cols, axis=1)
    return X
""",
    ),
    _V(
        "intro.stack_examples",
        "nested-loops",
        "two Python loops writing float(examples[i][j]) into X[j, i]",
        """def stack_examples(examples):
    m = len(examples)
    n_x = len(examples[0])
    X = np.empty((n_x, m))
    for i in range(m):
        for j in range(n_x):
            X[j, i] = float(examples[i][j])
    return X
""",
    ),
    _V(
        "intro.stack_examples",
        "transpose-asarray-float64",
        "np.transpose(np.asarray(examples, dtype=np.float64))",
        """def stack_examples(examples):
    X = np.transpose(np.asarray(examples, dtype=np.float64))
    return X
""",
    ),
    _V(
        "intro.stack_examples",
        "column-stack-astype",
        "np.column_stack on the raw examples, converted to float afterwards",
        """def stack_examples(examples):
    X = np.column_stack(examples).astype(float)
    return X
""",
    ),
    # --------------------------------------------------------------- flatten_images
    _V(
        "intro.flatten_images",
        "len-reshape-T",
        "m read with len(images)",
        """def flatten_images(images):
    X = images.reshape(len(images), -1).T
    return X
""",
    ),
    _V(
        "intro.flatten_images",
        "explicit-dims",
        "m, h, w, c unpacked from the shape and h * w * c written out",
        """def flatten_images(images):
    m, h, w, c = images.shape
    X = images.reshape(m, h * w * c).T
    return X
""",
    ),
    _V(
        "intro.flatten_images",
        "loop-columns",
        "a loop over the images filling the columns of an array of the images' dtype",
        """def flatten_images(images):
    m = images.shape[0]
    n_x = images[0].size
    X = np.zeros((n_x, m), dtype=images.dtype)
    for i in range(m):
        X[:, i] = images[i].reshape(-1)
    return X
""",
    ),
    _V(
        "intro.flatten_images",
        "list-flatten-T",
        "np.array of img.flatten() for each image (one per row), transposed",
        """def flatten_images(images):
    X = np.array([img.flatten() for img in images]).T
    return X
""",
    ),
    _V(
        "intro.flatten_images",
        "column-stack-ravel",
        "np.column_stack of images[i].ravel()",
        """def flatten_images(images):
    X = np.column_stack([images[i].ravel() for i in range(images.shape[0])])
    return X
""",
    ),
    _V(
        "intro.flatten_images",
        "reuse-stack-examples",
        "reuses the notebook's stack_examples on the unrolled images (floats, same values)",
        """def flatten_images(images):
    X = stack_examples([image.reshape(-1) for image in images])
    return X
""",
    ),
    _V(
        "intro.flatten_images",
        "np-transpose-size",
        "np.transpose(np.reshape(...)) with the column length from images.size // m",
        """def flatten_images(images):
    m = images.shape[0]
    X = np.transpose(np.reshape(images, (m, images.size // m)))
    print("X has shape", X.shape)
    return X
""",
    ),
    _V(
        "intro.flatten_images",
        "reshape-T-copy",
        "a contiguous copy of the transposed reshape (np.ascontiguousarray)",
        """def flatten_images(images):
    X = np.ascontiguousarray(images.reshape(images.shape[0], -1).T)
    return X
""",
    ),
]
