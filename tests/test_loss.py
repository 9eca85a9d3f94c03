"""sum_squares_error and cross_entropy_error against values worked out by hand.

Expected numbers come from the study note the course follows, from
math.log, or from arithmetic written out in the test, never from the
functions under test.
"""

import math

import numpy as np
import pytest

from dlscratch_helpers import cross_entropy_error, sum_squares_error

# The study note's two outputs for a "2": right (argmax 2) and wrong (argmax 7).
Y_RIGHT = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
Y_WRONG = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]
T_TWO = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]


# ---------------------------------------------------------------- values
def test_sum_squares_error_reproduces_the_study_note_exactly():
    assert sum_squares_error(np.array(Y_RIGHT), np.array(T_TWO)) == (
        0.09750000000000003
    )
    assert sum_squares_error(np.array(Y_WRONG), np.array(T_TWO)) == 0.5975


def test_sum_squares_error_by_hand():
    # right: (0.6 - 1)^2 + 0.1^2·3 + 0.05^2·2 = 0.16 + 0.03 + 0.005 = 0.195, halved
    assert sum_squares_error(np.array(Y_RIGHT), np.array(T_TWO)) == pytest.approx(
        0.0975, abs=1e-15
    )
    # wrong: (0.1 - 1)^2 + 0.6^2 + 0.1^2·2 + 0.05^2·2 = 0.81 + 0.36 + 0.02 + 0.005
    assert sum_squares_error(np.array(Y_WRONG), np.array(T_TWO)) == pytest.approx(
        1.195 / 2, abs=1e-15
    )
    assert sum_squares_error(np.array(T_TWO), np.array(T_TWO)) == 0.0


def test_sum_squares_error_accepts_lists_and_sums_a_whole_batch():
    batch = sum_squares_error([Y_RIGHT, Y_WRONG], [T_TWO, T_TWO])
    assert batch == pytest.approx(0.0975 + 0.5975, abs=1e-15)


def test_cross_entropy_error_reproduces_the_study_note_exactly():
    assert cross_entropy_error(np.array(Y_RIGHT), np.array(T_TWO)) == (
        0.510825457099338
    )
    assert cross_entropy_error(np.array(Y_WRONG), np.array(T_TWO)) == (
        2.302584092994546
    )


def test_cross_entropy_error_is_minus_log_of_the_correct_class():
    got = cross_entropy_error(np.array(Y_RIGHT), np.array(T_TWO))
    assert got == pytest.approx(-math.log(0.6 + 1e-7), rel=1e-15)
    got = cross_entropy_error(np.array(Y_WRONG), np.array(T_TWO))
    assert got == pytest.approx(-math.log(0.1 + 1e-7), rel=1e-15)


def test_delta_keeps_a_zero_probability_finite():
    # class 3 has probability 0: without delta the loss would be -log 0 = inf
    got = cross_entropy_error(np.array(Y_RIGHT), 3)
    assert got == pytest.approx(-math.log(1e-7), rel=1e-12)
    assert got == pytest.approx(7 * math.log(10), rel=1e-12)  # 16.118...
    assert np.isfinite(got)


def test_a_certain_right_answer_costs_almost_nothing():
    assert cross_entropy_error(np.array(T_TWO, dtype=float), 2) == pytest.approx(
        -math.log(1 + 1e-7), abs=1e-15
    )


# ---------------------------------------------------------------- label forms
def test_one_hot_and_integer_labels_give_the_same_number():
    y = np.array([Y_RIGHT, Y_WRONG, Y_RIGHT])
    labels = np.array([2, 7, 5])
    one_hot = np.eye(10)[labels]
    by_hand = -(math.log(0.6 + 1e-7) + math.log(0.6 + 1e-7) + math.log(0.1 + 1e-7))
    assert cross_entropy_error(y, labels) == pytest.approx(by_hand / 3, rel=1e-14)
    assert cross_entropy_error(y, one_hot) == pytest.approx(by_hand / 3, rel=1e-14)


def test_one_sample_equals_a_batch_of_one_and_a_batch_is_the_mean():
    y = np.array(Y_WRONG)
    single = [
        cross_entropy_error(y, np.array(T_TWO)),  # one-hot vector
        cross_entropy_error(y, 2),  # a plain int
        cross_entropy_error(y, np.array([2])),  # one label in an array
        cross_entropy_error(y.reshape(1, 10), np.array([2])),  # batch of one
        cross_entropy_error(y.reshape(1, 10), np.array([T_TWO])),
    ]
    assert single == pytest.approx([-math.log(0.1 + 1e-7)] * 5, rel=1e-15)
    batch = cross_entropy_error(np.array([Y_RIGHT, Y_WRONG]), np.array([2, 2]))
    expected = -(math.log(0.6 + 1e-7) + math.log(0.1 + 1e-7)) / 2
    assert batch == pytest.approx(expected, rel=1e-15)


def test_unsigned_labels_as_a_loader_returns_them():
    y = np.array([Y_RIGHT, Y_WRONG])
    got = cross_entropy_error(y, np.array([7, 7], dtype=np.uint8))
    expected = -(math.log(0.1 + 1e-7) + math.log(0.6 + 1e-7)) / 2
    assert got == pytest.approx(expected, rel=1e-15)


def test_inputs_are_not_changed():
    y, t = np.array([Y_RIGHT]), np.array([T_TWO])
    y0, t0 = y.copy(), t.copy()
    cross_entropy_error(y, t)
    sum_squares_error(y, t)
    np.testing.assert_array_equal(y, y0)
    np.testing.assert_array_equal(t, t0)


# ---------------------------------------------------------------- bad input
Y2 = np.array([Y_RIGHT, Y_WRONG])


@pytest.mark.parametrize(
    "y, t, error, match",
    [
        (Y2, np.zeros((2, 3)), ValueError, r"t must be one-hot labels of shape"),
        (Y2, np.array([2, 7, 1]), ValueError, r"integer class labels of shape \(2,\)"),
        (np.array(Y_RIGHT), np.array([2, 7]), ValueError, r"t has shape \(1, 2\)"),
        (Y2, np.array([2, 10]), ValueError, r"labels must lie in 0\.\.9"),
        (Y2, np.array([-1, 2]), ValueError, r"got values from -1 to 2"),
        (np.array(Y_RIGHT), 10, ValueError, r"labels must lie in 0\.\.9"),
        (Y2, np.array([2.0, 7.0]), TypeError, r"labels must be integers"),
        (np.zeros((0, 10)), np.array([], dtype=int), ValueError, r"y is empty"),
        (np.array([0.5, np.nan, 0.5]), 0, ValueError, r"y holds NaN or infinity"),
        (Y2, np.array([[np.nan] * 10] * 2), ValueError, r"t holds NaN"),
        (Y2 * 3, np.array([2, 7]), ValueError, r"must hold probabilities between"),
        (Y2 - 0.2, np.array([2, 7]), ValueError, r"values run from -0\.2"),
        (Y2, np.eye(10)[[2, 7]] * 2, ValueError, r"row 0 .* single 1 and 0"),
        (Y2, np.ones((2, 10)), ValueError, r"read as one-hot labels"),
        (Y2.reshape(1, 2, 10), np.array([2]), ValueError, r"batch of shape \(N, K\)"),
        (np.array(["a", "b"]), 0, TypeError, r"y must hold numbers"),
    ],
    ids=[
        "shape-mismatch",
        "too-many-labels",
        "one-sample-two-labels",
        "label-too-large",
        "label-negative",
        "single-label-too-large",
        "float-labels",
        "empty-batch",
        "nan-in-y",
        "nan-in-t",
        "scores-not-probabilities",
        "negative-probabilities",
        "one-hot-row-with-a-2",
        "one-hot-row-of-ones",
        "three-dimensional-y",
        "strings",
    ],
)
def test_cross_entropy_error_names_the_problem(y, t, error, match):
    with pytest.raises(error, match=match):
        cross_entropy_error(y, t)


@pytest.mark.parametrize(
    "y, t, error, match",
    [
        (Y2, np.zeros((2, 5)), ValueError, r"y has shape \(2, 10\) but t has shape"),
        (np.array(Y_RIGHT), np.array([T_TWO]), ValueError, r"t has shape \(1, 10\)"),
        ([], [], ValueError, r"y is empty"),
        ([0.5, np.inf], [0, 1], ValueError, r"y holds NaN or infinity"),
        ([0.5, 0.5], [np.nan, 1.0], ValueError, r"t holds NaN or infinity"),
    ],
    ids=["shape-mismatch", "sample-vs-batch", "empty", "inf-in-y", "nan-in-t"],
)
def test_sum_squares_error_names_the_problem(y, t, error, match):
    with pytest.raises(error, match=match):
        sum_squares_error(y, t)


@pytest.mark.parametrize(
    "y, t, want",
    [
        (np.array([0, 255], np.uint8), np.array([255, 0], np.uint8), 65025.0),
        (np.array([True, False]), np.array([False, False]), 0.5),
        (np.array([3, -4], np.int8), np.array([-3, 4], np.int8), 50.0),
        (np.array([2**40, 0]), np.array([0, 0]), 0.5 * 2.0**80),
    ],
    ids=["uint8", "bool", "int8", "int64-large"],
)
def test_sum_squares_error_of_integers_is_the_real_number(y, t, want):
    # by hand: 1/2 * sum of squared differences, in exact arithmetic
    assert sum_squares_error(y, t) == pytest.approx(want, rel=1e-12)


def test_cross_entropy_takes_integer_probabilities_and_uint8_labels():
    y = np.array([[0, 1, 0], [1, 0, 0]], dtype=np.uint8)  # certain, as 0/1 integers
    labels = np.array([1, 0], dtype=np.uint8)  # load_mnist(normalize=False) labels
    want = -np.log(1 + 1e-7)  # both right with probability 1
    assert cross_entropy_error(y, labels) == pytest.approx(want, rel=1e-12)


def test_the_one_label_question_of_4_2a_against_the_book_s_code():
    """4.2/one-label: the book's 4.2.4 code (copied here as printed in the
    book), given one label for two samples, broadcasts it: the answer's number
    is its result, the other options' numbers are not."""
    from dlscratch_helpers.quiz import s4_2

    def book(y, t):
        if y.ndim == 1:
            t = t.reshape(1, t.size)
            y = y.reshape(1, y.size)
        batch_size = y.shape[0]
        return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size

    y_27 = np.array([Y_RIGHT, Y_WRONG])  # a "2" and a "7", each given 0.6
    got = book(y_27, np.array([2]))  # no IndexError
    # column 2 of both rows: 0.6 and 0.1
    assert got == pytest.approx((math.log(1 / 0.6) + math.log(1 / 0.1)) / 2, abs=1e-6)
    question = s4_2.PREDICTIONS["one-label"]
    assert question.answer == f"{got:.4f}"
    right = book(y_27, np.array([2, 7]))
    assert right == pytest.approx(math.log(1 / 0.6), abs=1e-6)
    for option in question.options:
        if option != question.answer and option[0].isdigit():
            assert option != f"{got:.4f}"
    # the other numbers: the loss with both labels, and with the first sample only
    assert f"{right:.4f}" in question.options
    assert f"{right / 2:.4f}" in question.options
