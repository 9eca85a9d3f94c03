"""Activation and output functions from chapter 3, used again in chapter 4."""

from __future__ import annotations

import numpy as np


def step_function(x):
    """Step function: 1 where x > 0, else 0 (its derivative is 0 almost everywhere)."""
    return (np.asarray(x) > 0).astype(int)


def sigmoid(x):
    """Sigmoid 1 / (1 + exp(-x)), computed as (1 + tanh(x / 2)) / 2.

    The same function, but it never overflows for large |x| and keeps
    float32 input in float32 (fast in a network's hidden layer).
    """
    x = np.asarray(x)
    if x.dtype.kind != "f":
        x = x.astype(float)
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def sigmoid_grad(x):
    """Derivative of the sigmoid: sigmoid(x) * (1 - sigmoid(x))."""
    s = sigmoid(x)
    return s * (1.0 - s)


def softmax(x):
    """Softmax over the last axis; subtracting the maximum keeps exp finite."""
    x = np.asarray(x, dtype=float)
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)
