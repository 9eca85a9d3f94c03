"""Loss functions of section 4.2, the book's code with checks of their input.

The teaching copies of these functions live in
notebooks/4.2a-optional-input-checks.ipynb (cells marked #@save), an optional
notebook of 4.2, whose core shows the book's versions; tools/export.py keeps
the two identical.
"""

from __future__ import annotations

import numpy as np

from ._checks import as_array, check_probabilities, class_indices

TAUGHT_IN = "notebooks/4.2a-optional-input-checks.ipynb"


def sum_squares_error(y, t):
    """Sum of squares error E = 1/2 sum_k (y_k - t_k)^2 (book 4.2.1).

    Taught in notebooks/4.2a-optional-input-checks.ipynb.
    """
    y, t = as_array(y, "y", float), as_array(t, "t", float)
    if y.shape != t.shape:
        raise ValueError(f"y has shape {y.shape} but t has shape {t.shape}")
    return 0.5 * np.sum((y - t) ** 2)


def cross_entropy_error(y, t):
    """Mean cross entropy error of a batch (book 4.2.4).

    y: probabilities, shape (N, K), or (K,) for one sample.
    t: one-hot labels shaped like y, or integer labels (N,) or one int.

    Taught in notebooks/4.2a-optional-input-checks.ipynb.
    """
    y, t = as_array(y, "y", float), as_array(t, "t")
    check_probabilities(y)
    if y.ndim == 1:  # one sample: make it a batch of one
        y = y.reshape(1, y.size)
        t = t.reshape(1, t.size) if t.size > 1 else t.reshape(1)
    t = class_indices(t, y)  # one-hot rows -> index of the correct class
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size
