"""The two simple learners of section 4.1: nearest mean and nearest neighbour.

The teaching copies live in notebooks/4.1-learning-from-data.ipynb (a cell
marked #@save); tools/export.py keeps the two identical. Both work in bounded
memory at full MNIST scale (60,000 training and 10,000 test images).
"""

from __future__ import annotations

import numpy as np

TAUGHT_IN = "notebooks/4.1-learning-from-data.ipynb"


def nearest_mean(train, t_train, test):  # extra code: a minimal learner
    """Label each row of test with the digit whose training mean is closest
    (of the digits that have training images: another has no mean).

    Taught in notebooks/4.1-learning-from-data.ipynb.
    """
    digits = np.unique(t_train)
    means = np.stack([train[t_train == k].mean(axis=0) for k in digits])
    # one column of squared distances per digit (a 3-D table would need
    # len(test) × 10 × 784 numbers: 300 MB on the full MNIST)
    distances = np.stack([((test - m) ** 2).sum(axis=1) for m in means], axis=1)
    return digits[np.argmin(distances, axis=1)]


def nearest_neighbour(train, t_train, test, chunk=200):  # extra code: remember all
    """Label each row of test like the closest row of train (squared distance).

    Taught in notebooks/4.1-learning-from-data.ipynb.
    """
    # squared distance |a - b|² = |a|² - 2 a·b + |b|²; |a|², of the test image, is the
    # same for every training image, so the closest one does not depend on it
    train = np.asarray(train, dtype=np.float32)
    train_sq = np.einsum("ij,ij->i", train, train)  # |b|² of each row, no copy
    labels = []
    for start in range(0, len(test), chunk):  # chunk × len(train) distances at a time
        block = np.asarray(test[start : start + chunk], dtype=np.float32)
        distances = block @ train.T  # a·b for every pair: chunk × len(train)
        distances *= -2  # in place: no second table of that size
        distances += train_sq  # |b|² - 2 a·b
        labels.append(t_train[np.argmin(distances, axis=1)])
    return np.concatenate(labels)
