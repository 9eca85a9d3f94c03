"""Gradients and gradient descent of section 4.4.

The teaching copies of these functions live in notebooks/4.4-gradients.ipynb
(cells marked #@save); tools/export.py keeps the two identical.
"""

from __future__ import annotations

import numpy as np

from ._checks import (
    check_count,
    check_float_array,
    check_positive,
    check_scalar,
    check_step,
)

TAUGHT_IN = "notebooks/4.4-gradients.ipynb"


class DivergenceError(ArithmeticError):
    """Gradient descent left the finite numbers: the learning rate is too large.

    .step is the step at which it happened, .path the points up to there.

    Taught in notebooks/4.4-gradients.ipynb.
    """

    def __init__(self, step, path, lr):
        self.step, self.path, self.lr = step, path, lr
        super().__init__(
            f"gradient descent diverged at step {step} with lr={lr:g}: x became "
            f"{path[-1]!r} after {path[-2]!r}. Each step overshot the minimum by "
            f"more than the last; try a learning rate about 10 times smaller."
        )


def numerical_gradient(f, x, h=1e-4):
    """Gradient of f at x by central differences, for a float array of any shape.

    As in the book's common/gradient.py, each element of x is nudged in
    place and put back, so f may read x through another name (net.W).

    Taught in notebooks/4.4-gradients.ipynb.
    """
    h = check_step(h)
    x = check_float_array(x, "x")
    check_scalar(f(x), "at x")
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):  # every index, whatever the shape
        tmp_val = x[idx]
        try:
            x[idx] = tmp_val + h
            fxh1 = f(x)  # f(x+h)
            x[idx] = tmp_val - h
            fxh2 = f(x)  # f(x-h)
        finally:
            x[idx] = tmp_val  # put the value back, even if f failed
        grad[idx] = (fxh1 - fxh2) / (2 * h)
    return grad


def gradient_descent(f, init_x, lr=0.01, step_num=100, return_path=False):
    """Take step_num steps x -= lr * grad f(x) from init_x (book 4.4.1).

    init_x is copied, never changed. With return_path=True, also return
    the array of all points visited, init_x first.

    Taught in notebooks/4.4-gradients.ipynb.
    """
    x = check_float_array(init_x, "init_x").copy()
    lr = check_positive(lr, "lr", "Typical learning rates lie between 1e-4 and 1.")
    step_num = check_count(step_num, "step_num")
    path = [x.copy()]
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(step_num):
            grad = numerical_gradient(f, x)
            x -= lr * grad
            path.append(x.copy())
            if not np.all(np.isfinite(x)):
                raise DivergenceError(i + 1, np.array(path), lr)
    return (x, np.array(path)) if return_path else x
