"""The learners of section 4.1 (dlscratch_helpers.learners) against brute force.

nearest_neighbour works in chunks of test images and in float32 so that 4.1
stays within bounded memory at full MNIST scale (an unchunked version needs a
10,000 × 60,000 distance table: 10 GB in float64); these tests check that it
still finds the same neighbour as computing every distance directly, and that
the chunk parameter caps the table. nearest_mean is checked against loops.
"""

import types
import warnings

import numpy as np
import pytest

from dlscratch_helpers import learners


def _brute_force_neighbour(train, t_train, test):
    """Label of the closest training row, from every distance, in float64."""
    train, test = train.astype(np.float64), test.astype(np.float64)
    distances = ((test[:, None, :] - train[None, :, :]) ** 2).sum(axis=2)
    return t_train[np.argmin(distances, axis=1)]


def _loop_nearest_mean(train, t_train, test):
    """Digit of the closest class mean, one test row and one digit at a time."""
    labels = []
    for row in test.astype(np.float64):
        best, best_distance = None, np.inf
        for digit in range(10):
            members = train[t_train == digit].astype(np.float64)
            mean = members.sum(axis=0) / len(members)
            distance = float(np.sum((row - mean) ** 2))
            if distance < best_distance:
                best, best_distance = digit, distance
        labels.append(best)
    return np.array(labels)


@pytest.mark.parametrize("chunk", [1, 7, 50, 500])
def test_chunked_nearest_neighbour_equals_brute_force_argmin(chunk):
    rng = np.random.default_rng(0)
    train = rng.random((200, 30), dtype=np.float32)
    t_train = rng.integers(0, 10, size=200)
    test = rng.random((53, 30), dtype=np.float32)  # 53: the last chunk is short
    got = learners.nearest_neighbour(train, t_train, test, chunk=chunk)
    assert got.shape == (53,)
    np.testing.assert_array_equal(got, _brute_force_neighbour(train, t_train, test))


def test_training_image_is_its_own_nearest_neighbour():
    rng = np.random.default_rng(1)
    train = rng.random((120, 16))
    t_train = np.arange(120)  # each image its own label
    np.testing.assert_array_equal(
        learners.nearest_neighbour(train, t_train, train[:45], chunk=10),
        np.arange(45),
    )


def test_chunk_caps_the_distance_table(monkeypatch):
    shapes, dtypes = [], []

    def recording_argmin(a, axis=None):
        shapes.append(a.shape)
        dtypes.append(a.dtype)
        return np.argmin(a, axis=axis)

    numpy_spy = types.SimpleNamespace(**{n: getattr(np, n) for n in dir(np)})
    numpy_spy.argmin = recording_argmin
    monkeypatch.setattr(learners, "np", numpy_spy)
    rng = np.random.default_rng(2)
    train = rng.random((300, 20))
    t_train = rng.integers(0, 10, size=300)
    test = rng.random((1234, 20))
    labels = learners.nearest_neighbour(train, t_train, test, chunk=100)
    assert len(labels) == 1234
    # 13 tables of at most 100 test rows by 300 training images, never 1234 × 300
    assert len(shapes) == 13
    assert all(rows <= 100 and cols == 300 for rows, cols in shapes), shapes
    assert sum(rows for rows, _ in shapes) == 1234
    assert set(dtypes) == {np.dtype(np.float32)}  # half the memory of float64


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_nearest_mean_equals_a_loop_over_digits(dtype):
    rng = np.random.default_rng(3)
    t_train = rng.permutation(np.arange(80) % 10)  # every digit present
    # each digit's rows scattered around its own centre
    centres = rng.normal(size=(10, 12))
    train = (centres[t_train] + rng.normal(scale=1.5, size=(80, 12))).astype(dtype)
    test = rng.normal(scale=1.5, size=(40, 12)).astype(dtype)
    got = learners.nearest_mean(train, t_train, test)
    assert got.shape == (40,)
    np.testing.assert_array_equal(got, _loop_nearest_mean(train, t_train, test))


def test_nearest_mean_recovers_well_separated_digits():
    rng = np.random.default_rng(4)
    centres = 10 * np.eye(10)
    t_train = np.repeat(np.arange(10), 5)
    train = centres[t_train] + rng.normal(scale=0.1, size=(50, 10))
    t_test = rng.integers(0, 10, size=30)
    test = centres[t_test] + rng.normal(scale=0.1, size=(30, 10))
    np.testing.assert_array_equal(learners.nearest_mean(train, t_train, test), t_test)


def test_nearest_mean_without_a_digit_never_answers_that_digit():
    rng = np.random.default_rng(0)
    train = rng.random((60, 5))
    t_train = np.arange(60) % 10
    keep = t_train != 3  # no training image of a 3
    test = rng.random((40, 5))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "Mean of empty slice"
        got = learners.nearest_mean(train[keep], t_train[keep], test)
    # by hand: the closest of the nine means that exist, one row at a time
    means = {d: train[t_train == d].mean(axis=0) for d in range(10) if d != 3}
    expected = [min(means, key=lambda d: np.sum((row - means[d]) ** 2)) for row in test]
    assert 3 not in got
    np.testing.assert_array_equal(got, expected)
