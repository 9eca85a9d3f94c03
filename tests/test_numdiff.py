"""numerical_diff and forward_diff against analytic derivatives and the seed."""

import math

import numpy as np
import pytest

from dlscratch_helpers import forward_diff, numerical_diff


def function_1(x):
    return 0.01 * x**2 + 0.1 * x


def test_seed_numbers_exactly():
    # The values printed in the seed text (and the book), digit for digit.
    assert numerical_diff(function_1, 5) == 0.1999999999990898
    assert numerical_diff(function_1, 10) == 0.2999999999986347
    assert numerical_diff(lambda x0: x0**2 + 4.0**2, 3.0) == 6.00000000000378
    assert numerical_diff(lambda x1: 3.0**2 + x1**2, 4.0) == 7.999999999999119


@pytest.mark.parametrize(
    "f, df, x",
    [
        (math.sin, math.cos, 1.0),
        (math.exp, math.exp, 0.5),
        (lambda x: x**3, lambda x: 3 * x**2, 2.0),
        (function_1, lambda x: 0.02 * x + 0.1, 7.0),
    ],
)
def test_central_difference_is_second_order(f, df, x):
    # error ~ h^2 |f'''| / 6: well below 1e-7 for these functions at h = 1e-4
    assert numerical_diff(f, x) == pytest.approx(df(x), abs=1e-7)
    # halving h quarters the truncation error of x**3 (f''' = 6): error = h^2
    if f(2.0) == 8.0:
        e1 = numerical_diff(f, x, h=1e-2) - df(x)
        e2 = numerical_diff(f, x, h=5e-3) - df(x)
        assert e1 == pytest.approx(1e-4, rel=1e-6)
        assert e1 / e2 == pytest.approx(4.0, rel=1e-4)


def test_forward_difference_is_first_order():
    # ((2+h)^3 - 8)/h - 12 = 6h + h^2 exactly
    for h in (1e-2, 1e-3):
        assert forward_diff(lambda x: x**3, 2.0, h) - 12.0 == pytest.approx(
            6 * h + h**2, rel=1e-6
        )


def test_the_bad_step_vanishes():
    # The book's first attempt: h = 10e-50 is lost next to x = 5.
    assert 5 + 10e-50 == 5
    assert np.float32(1e-50) == 0.0
    assert 10e-50 == 1e-49


def test_works_elementwise_on_arrays():
    x = np.array([1.0, 2.0, 3.0])
    np.testing.assert_allclose(numerical_diff(np.sin, x), np.cos(x), atol=1e-8)


@pytest.mark.parametrize("h", [0, 0.0, -1e-4, float("inf"), float("nan")])
def test_unusable_step_is_refused(h):
    with pytest.raises(ValueError, match="h must be a finite number greater than 0"):
        numerical_diff(function_1, 5, h=h)
    with pytest.raises(ValueError, match="h must be a finite number greater than 0"):
        forward_diff(function_1, 5, h=h)


@pytest.mark.parametrize("h", ["1e-4", None, True, [1e-4]])
def test_step_of_wrong_type_is_refused(h):
    with pytest.raises(TypeError, match="h must be a real number"):
        numerical_diff(function_1, 5, h=h)


def test_nan_input_is_refused():
    with pytest.raises(ValueError, match="x holds NaN or infinity"):
        numerical_diff(function_1, float("nan"))
    with pytest.raises(
        ValueError, match=r"x holds NaN or infinity \(first at index \(1,\)"
    ):
        numerical_diff(np.sin, np.array([0.0, np.nan]))
