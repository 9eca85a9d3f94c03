"""Activations and softmax against independent references.

The sigmoid is checked against 40-digit decimal arithmetic; softmax and the
step function against their definitions written out element by element.
"""

import math
import warnings
from decimal import Decimal, getcontext

import numpy as np
import pytest

from dlscratch_helpers.functions import sigmoid, sigmoid_grad, softmax, step_function


def _sigmoid_decimal(x: float) -> float:
    getcontext().prec = 40
    return float(1 / (1 + (-Decimal(x)).exp()))


XS = [
    -1000.0,
    -700.0,
    -300.0,
    -40.0,
    -30.0,
    -5.0,
    -1e-3,
    0.0,
    1e-3,
    2.0,
    30.0,
    40.0,
    700.0,
]


@pytest.mark.parametrize("x", XS)
def test_sigmoid_relative_error_over_the_whole_range(x):
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")  # no overflow or underflow warning
        got = float(sigmoid(np.float64(x)))
    want = _sigmoid_decimal(x)
    if x < -745:  # below the smallest float: 0 is the nearest float64
        assert got == 0.0
        return
    assert got == pytest.approx(want, rel=1e-6, abs=0), (x, got, want)


def test_sigmoid_minus_40_is_not_zero():
    assert sigmoid(-40.0) == pytest.approx(4.248354255291589e-18, rel=1e-12)


def test_sigmoid_dense_grid_matches_decimal():
    xs = np.linspace(-700, 700, 2001)
    got = sigmoid(xs)
    want = np.array([_sigmoid_decimal(float(x)) for x in xs])
    assert np.max(np.abs(got - want) / want) <= 1e-6


def test_sigmoid_keeps_float32_and_turns_integers_and_bools_to_float():
    x32 = np.array([-3.0, 0.0, 3.0], dtype=np.float32)
    assert sigmoid(x32).dtype == np.float32
    assert sigmoid(x32) == pytest.approx([0.04742587, 0.5, 0.95257413], rel=1e-6)
    for ints in (np.array([-3, 0, 3]), np.array([0, 3], dtype=np.uint8)):
        out = sigmoid(ints)
        assert out.dtype == np.float64
        want = [_sigmoid_decimal(float(v)) for v in ints]
        assert out == pytest.approx(want, rel=1e-12)
    assert sigmoid(np.array([True, False])) == pytest.approx([0.7310585786, 0.5])


def test_sigmoid_grad_is_s_times_one_minus_s():
    x = np.array([-5.0, 0.0, 5.0])
    s = np.array([_sigmoid_decimal(v) for v in x])
    assert sigmoid_grad(x) == pytest.approx(s * (1 - s), rel=1e-9)


def test_softmax_rows_by_definition():
    x = np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, -1000.0]])
    got = softmax(x)
    row0 = [math.exp(v) / sum(math.exp(w) for w in x[0]) for v in x[0]]
    assert got[0] == pytest.approx(row0, rel=1e-12)
    assert got[1] == pytest.approx([0.5, 0.5, 0.0], abs=1e-300)  # no overflow
    assert softmax(np.array([0.0, 0.0])) == pytest.approx([0.5, 0.5])
    assert softmax([1, 2, 3]) == pytest.approx(row0, rel=1e-12)  # ints, lists


@pytest.mark.parametrize("bad", [np.array([]), np.zeros((3, 0)), np.float64(2.0)])
def test_softmax_refuses_no_classes(bad):
    with pytest.raises(ValueError, match="softmax needs scores for at least one class"):
        softmax(bad)


def test_step_function():
    x = np.array([-1.0, 0.0, 1e-300, 2.0])
    assert step_function(x).tolist() == [0, 0, 1, 1]
    assert step_function(3) == 1 and step_function(-3) == 0
