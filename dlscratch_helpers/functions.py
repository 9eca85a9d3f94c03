"""Activation and output functions from chapter 3, used again in chapter 4."""

from __future__ import annotations

import numpy as np


def step_function(x):
    """Step function: 1 where x > 0, else 0 (its derivative is 0 almost everywhere)."""
    return (np.asarray(x) > 0).astype(int)


def sigmoid(x):
    """Sigmoid 1 / (1 + exp(-x)), written so that large |x| does not overflow."""
    x = np.asarray(x, dtype=float)
    return np.exp(-np.logaddexp(0.0, -x))


def sigmoid_grad(x):
    """Derivative of the sigmoid: sigmoid(x) * (1 - sigmoid(x))."""
    s = sigmoid(x)
    return s * (1.0 - s)


def softmax(x):
    """Softmax over the last axis; subtracting the maximum keeps exp finite."""
    x = np.asarray(x, dtype=float)
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)
