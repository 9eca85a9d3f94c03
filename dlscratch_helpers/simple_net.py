"""The book's simpleNet (ch04/gradient_simplenet.py) of section 4.4.2.

The teaching copy lives in notebooks/4.4-gradients.ipynb (a cell marked
#@save); tools/export.py keeps the two identical.
"""

from __future__ import annotations

import numpy as np

from .functions import softmax
from .loss import cross_entropy_error

TAUGHT_IN = "notebooks/4.4-gradients.ipynb"


class simpleNet:  # the book's name, lower-case s
    """One layer, 2 inputs -> 3 classes: scores x @ W, softmax, cross entropy.

    The book draws W with np.random.randn(2, 3), a new W every run. Here W
    comes from a seeded generator, so every run gets the same W and the
    same numbers (change seed for another W).

    Taught in notebooks/4.4-gradients.ipynb.
    """

    def __init__(self, seed=0):
        self.W = np.random.default_rng(seed).standard_normal((2, 3))

    def predict(self, x):
        return np.dot(x, self.W)

    def loss(self, x, t):
        z = self.predict(x)
        y = softmax(z)
        loss = cross_entropy_error(y, t)
        return loss
