"""Clear errors, in the package's words, for input that would give a silently
wrong answer or a raw NumPy/Python message."""

import numpy as np
import pytest

from dlscratch_helpers import (
    forward_diff,
    gradient_descent,
    numerical_diff,
    numerical_gradient,
)


def square_sum(x):
    return np.sum(x**2)


@pytest.mark.parametrize("dtype", [np.float16, np.float32])
def test_low_precision_arrays_are_refused(dtype):
    x = np.array([3.0, 4.0], dtype=dtype)
    with pytest.raises(TypeError, match=r"x has dtype .*astype\(np.float64\)"):
        numerical_gradient(square_sum, x)
    with pytest.raises(TypeError, match=r"init_x has dtype"):
        gradient_descent(square_sum, x, lr=0.1)


def test_why_float32_is_refused_is_true():
    """The message's claim, measured: float32 at |x| = 300 is far off."""
    x32 = np.array([300.0], dtype=np.float32)
    h = np.float32(1e-4)
    slope = (float((x32 + h)[0]) ** 2 - float((x32 - h)[0]) ** 2) / (2 * 1e-4)
    assert abs(slope - 600.0) / 600.0 > 0.01


def test_float64_and_longdouble_are_accepted():
    assert numerical_gradient(square_sum, np.array([3.0, 4.0])) == pytest.approx(
        [6.0, 8.0]
    )
    x = np.array([3.0, 4.0], dtype=np.longdouble)
    assert numerical_gradient(square_sum, x) == pytest.approx([6.0, 8.0])


@pytest.mark.parametrize(
    "f, message",
    [
        (lambda x: None, "returned None: did its last line forget `return`"),
        (lambda x: "loss", "must return a real number"),
        (lambda x: x * 2, "must return a single number"),
    ],
)
def test_f_that_does_not_return_a_number(f, message):
    with pytest.raises((TypeError, ValueError), match=message):
        numerical_gradient(f, np.array([1.0, 2.0]))


@pytest.mark.parametrize("x", [[1.0, 2.0], (1.0,), "5", None])
def test_numerical_diff_needs_a_number_or_array(x):
    with pytest.raises(TypeError, match="x must be a number or a NumPy array"):
        numerical_diff(lambda v: v**2, x)


def test_numerical_diff_still_takes_numbers_and_arrays():
    assert numerical_diff(lambda v: v**2, 3) == pytest.approx(6.0)
    assert numerical_diff(lambda v: v**2, np.float32(3)) == pytest.approx(6.0, rel=1e-2)
    assert numerical_diff(lambda v: v**2, np.array([1.0, 2.0])) == pytest.approx(
        [2.0, 4.0]
    )


@pytest.mark.parametrize(
    "f, error, message",
    [
        (lambda v: None, TypeError, "f returned None at x: did its last line forget"),
        (lambda v: "slope", TypeError, "f must return a number"),
        (lambda v: np.array([v, v]), ValueError, "use numerical_gradient"),
        (3.0, TypeError, "f must be a function, not float"),
    ],
)
def test_numerical_diff_says_what_is_wrong_with_f(f, error, message):
    for diff in (numerical_diff, forward_diff):
        with pytest.raises(error, match=message):
            diff(f, 2.0)
