"""Activation and output functions from chapter 3, used again in chapter 4."""

from __future__ import annotations

import numpy as np


def step_function(x):
    """Step function: 1 where x > 0, else 0 (its derivative is 0 almost everywhere)."""
    return (np.asarray(x) > 0).astype(int)


def sigmoid(x):
    """Sigmoid 1 / (1 + exp(-x)), accurate over the whole float range.

    Computed from e = exp(-|x|), which never overflows: 1 / (1 + e) for
    x >= 0 and e / (1 + e) for x < 0, so that sigmoid(-40) = 4.2e-18 keeps
    its digits (1 - something close to 1 would not). float32 input stays
    float32 (fast in a network's hidden layer); integers become float64.
    """
    x = np.asarray(x)
    if x.dtype.kind != "f":
        x = x.astype(float)
    with np.errstate(under="ignore"):  # exp(-1000) is 0: the right answer
        e = np.exp(-np.abs(x))
        out = 1.0 / (1.0 + e)
        return np.where(x >= 0, out, e * out)


def sigmoid_grad(x):
    """Derivative of the sigmoid: sigmoid(x) * (1 - sigmoid(x))."""
    s = sigmoid(x)
    return s * (1.0 - s)


def softmax(x):
    """Softmax over the last axis; subtracting the maximum keeps exp finite."""
    x = np.asarray(x, dtype=float)
    if x.size == 0 or x.ndim == 0:
        raise ValueError(
            f"softmax needs scores for at least one class along the last axis; "
            f"got an array of shape {x.shape}"
        )
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)
