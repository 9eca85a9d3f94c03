"""Questions of section 4.1: predictions before its figures, its exercises' answers.

Kept out of the notebook so that a learner sees a question, not its answer.
"""

import numpy as np

from . import Exercise, Question

PREDICTIONS: dict[str, Question] = {
    "own-training-images": Question(
        prompt=(
            "The nearest-neighbour rule stores every training image. What"
            " accuracy will it get on 1,000 of <i>its own training</i> images?"
        ),
        options=[
            "about the same as on the test images",
            "a little below the test accuracy",
            "exactly 1.000 (every one right)",
        ],
        answer="exactly 1.000 (every one right)",
        explain=(
            "Each training image is in its memory, at distance 0 from itself, so"
            " its nearest neighbour is itself and the label is copied back: 1.000,"
            " whatever the rule would do on new images. That is why a model is"
            " never judged on the data it learned from."
        ),
        why_not={
            "a little below the test accuracy": (
                "It would be odd for any model to do worse on the very images it"
                " learned from."
            )
        },
    ),
    "best-degree": Question(
        prompt=(
            "Start with <b>10 training points</b>. Which polynomial degree gives the"
            " <b>lowest test error</b> (the dashed curve on the right)?"
        ),
        options=[
            "1 (a straight line)",
            "3",
            "9 (a curve through all 10 points)",
            "15 (the most flexible)",
        ],
        answer="3",
        explain=(
            "A cubic has the rise-and-fall shape of one period of $\\sin(2\\pi x)$"
            " and too few coefficients to chase the noise: its test error is the"
            " lowest (degrees 4 to 6 come close). A straight line is too simple"
            " even for the training points (under-fitting, 과소적합). From degree 9"
            " on, the curve passes through all 10 points: the training error drops"
            " to 0 while the test error explodes, because between the points the"
            " curve swings wildly (over-fitting, 오버피팅)."
        ),
        why_not={
            "9 (a curve through all 10 points)": (
                "A training error of 0 says nothing about new points: look at the"
                " dashed test curve."
            ),
            "15 (the most flexible)": (
                "More flexible fits the 10 training points perfectly, and the noise"
                " with them."
            ),
        },
    ),
    "more-data": Question(
        prompt=(
            "Now set <b>degree 12</b> with 10 training points and look at its test"
            " error. Keep degree 12 and raise the number of training points to 100."
            " What does the test error of the same degree-12 polynomial do?"
        ),
        options=[
            "stays high: a flexible model always over-fits",
            "falls, close to the training error",
            "rises further",
        ],
        answer="falls, close to the training error",
        explain=(
            "With 10 points, 13 coefficients can pass through every point, noise"
            " included, and the test error is huge. With 20 points they no longer"
            " pass through every point, but still swing between them. From 30"
            " points on, the least-squares fit has to follow what the points share,"
            " the sine, and the test error comes down to about the noise level,"
            " close to the training error."
            " More data is the first cure for over-fitting; the capacity that"
            " over-fits a small sample generalises on a large one."
        ),
        why_not={
            "stays high: a flexible model always over-fits": (
                "Over-fitting depends on capacity <i>relative to the data</i>."
            )
        },
    ),
    "and-xor": Question(
        prompt=(
            "The rule runs 8 epochs (passes over the 4 points) on AND and on XOR."
            " On XOR no line gets all 4 points right. In its last epochs, how many"
            " of the 4 points does the rule get wrong in each epoch?"
        ),
        options=["1", "2", "3", "all 4"],
        answer="all 4",
        explain=(
            "From the third epoch on the rule goes round in a circle: each"
            " correction moves the line so that the next point falls on the wrong"
            " side, and after the 4 points w and b are back where they began the"
            " epoch (w = (0, -0.1), b = 0.1). So every point is wrong in every"
            " epoch, although the line x1 + x2 = 0.5 gets only (1, 1) wrong: the"
            " rule does not look for the best line, it only reacts to its last"
            " mistake. On AND, which a line separates, the mistakes reach 0 after"
            " a few epochs, as the convergence theorem promises."
        ),
        why_not={
            "1": (
                "A line with 1 mistake exists (x1 + x2 = 0.5), but the rule does"
                " not look for it: each step only fixes the point just seen."
            ),
        },
    ),
    "edge-vs-pixels": Question(
        prompt=(
            "Nearest mean learns one average per digit. Given the <b>128 edge"
            " numbers</b> of each image in place of its 784 raw pixels, its test"
            " accuracy will be…"
        ),
        options=[
            "lower: 128 numbers keep less than 784",
            "about the same: it is the same learner",
            "clearly higher",
        ],
        answer="clearly higher",
        explain=(
            "The edge histogram describes the strokes in each region and their"
            " directions: a 5 written a little to one side, or thicker, keeps about"
            " the same histogram while its pixels move. The average of each digit's"
            " histograms is then a better summary of that digit, and the closest"
            " average is more often the right one (on the 4,000-image offline"
            " sample, 0.865 in place of 0.808). Fewer numbers can keep more of what"
            " matters."
        ),
        why_not={
            "lower: 128 numbers keep less than 784": (
                "They keep less of the image, but more of what tells digits apart."
            ),
        },
    ),
}


# --- references of the coding exercises ---------------------------------------


def _accuracy(y, t):
    return float(np.mean(np.argmax(y, axis=1) == t))


def _accuracy_inputs(rng, trial):
    n = int(rng.integers(5, 13))
    y = rng.normal(size=(n, 10))
    t = rng.integers(0, 10, size=n)
    right = rng.random(n) < rng.uniform(0.3, 0.9)  # some rows labelled right
    t[right] = np.argmax(y[right], axis=1)
    return y, t


def _nearest_neighbour(train, t_train, test):
    distances = ((test[:, None, :] - train[None, :, :]) ** 2).sum(axis=2)
    return t_train[np.argmin(distances, axis=1)]


def _nearest_neighbour_inputs(rng, trial):
    n, d = int(rng.integers(8, 21)), int(rng.integers(2, 7))
    train = rng.random((n, d))
    t_train = rng.integers(0, 10, size=n)
    test = rng.random((int(rng.integers(3, 9)), d))
    return train, t_train, test


def _k_nearest(train, t_train, test, k):
    distances = ((test[:, None, :] - train[None, :, :]) ** 2).sum(axis=2)
    votes = t_train[np.argsort(distances, axis=1)[:, :k]]  # labels of the k closest
    # the most frequent label of each row; np.bincount's argmax takes the smallest
    # of tied labels
    return np.array([np.bincount(row).argmax() for row in votes])


def _k_nearest_inputs(rng, trial):
    n, d = int(rng.integers(10, 21)), int(rng.integers(2, 6))
    train = rng.random((n, d))
    t_train = rng.integers(0, 4, size=n)  # few labels: votes agree, and tie too
    test = rng.random((int(rng.integers(4, 9)), d))
    return train, t_train, test, (3, 5)[trial % 2]


def _mistakes(w, b, x, t):
    return int(np.count_nonzero((x @ w + b > 0).astype(int) != t))


def _mistakes_inputs(rng, trial):
    # small integers: points exactly on the line (x·w + b = 0) come up often
    n, d = int(rng.integers(5, 11)), int(rng.integers(2, 4))
    x = rng.integers(-2, 3, size=(n, d)).astype(float)
    w = rng.integers(-2, 3, size=d).astype(float)
    b = float(rng.integers(-2, 3)) if trial % 2 else 0.5 + int(rng.integers(-2, 2))
    t = rng.integers(0, 2, size=n)
    return w, b, x, t


EXERCISES: dict[str, Exercise] = {
    "1": Exercise(
        answer=[1, 2],
        unordered=True,  # which approaches: [2, 1] says the same
        explain=(
            "In approach 1 people write the whole rule; in 2 they design the"
            " features and a machine learns from them; only in 3 (end-to-end) does"
            " the network find what to look for by itself."
        ),
        hints={"wrong": "Give a list of the approach numbers, e.g. [2, 3]."},
    ),
    "2": Exercise(
        answer=392,
        explain=(
            "cells × cells blocks, one histogram of bins directions each:"
            " 7 · 7 · 8 = 392 numbers (the default 4 · 4 · 8 gives 128)."
        ),
    ),
    "3": Exercise(
        answer="over",
        also=("over-fitting", "overfitting", "오버피팅", "과대적합", "과적합"),
        explain=(
            "A large gap between training and test accuracy is the signature of"
            " over-fitting (오버피팅): the model learned its examples, not the"
            " pattern."
        ),
        hints={"wrong": 'Answer with the text "over" or "under", in quotes.'},
    ),
    "4": Exercise(
        answer="under",
        also=("under-fitting", "underfitting", "과소적합", "언더피팅"),
        explain=(
            "Both accuracies are low and close: the model is too simple even for"
            " its training data. That is under-fitting (과소적합); more data will"
            " not help it, more capacity or better features will."
        ),
        hints={"wrong": 'Answer with the text "over" or "under", in quotes.'},
    ),
    "5": Exercise(
        reference=_accuracy,
        inputs=_accuracy_inputs,
        explain=(
            "np.argmax(y, axis=1) is the digit with the highest score in each row;"
            " comparing it with t gives True/False per image, and the mean of those"
            " is the fraction right: the book's accuracy in one line."
        ),
        hints={
            "wrong": (
                "Take the argmax along axis=1 (one per row), compare with t, and"
                " return a fraction between 0 and 1, not a count or a percentage."
            ),
            "shape": "Return one number for the whole batch.",
        },
    ),
    "6": Exercise(
        reference=_nearest_neighbour,
        inputs=_nearest_neighbour_inputs,
        explain=(
            "For each test row: the squared distance to every training row (sum over"
            " the columns), the index of the smallest, and the label at that index."
            " The notebook's nearest_neighbour does the same, in chunks, with"
            " |a - b|² = |a|² - 2 a·b + |b|² so that a matrix product does the work."
        ),
        hints={
            "shape": "Return one label per test row.",
            "wrong": (
                "Sum the squared differences over the columns (one distance per"
                " training row), and return t_train at the position of the"
                " smallest distance, not the position itself."
            ),
        },
    ),
    "7": Exercise(
        reference=_k_nearest,
        inputs=_k_nearest_inputs,
        explain=(
            "For each test row: np.argsort(distances)[:k] gives the positions of"
            " the k closest training rows, t_train at those positions are the"
            " votes, and np.bincount(votes).argmax() counts each label and returns"
            " the most frequent (the smallest one on a tie). With k = 1 this is"
            " nearest neighbour, perfect on its own training images; with a larger"
            " k one odd training image (a 5 written like a 6) no longer decides"
            " alone."
        ),
        hints={
            "shape": "Return one label per test row.",
            "wrong": (
                "Take the labels of the k smallest distances (np.argsort orders"
                " positions by distance), then the label that occurs most often"
                " among them; on a tie, the smallest of the tied labels."
            ),
        },
    ),
    "8": Exercise(
        reference=_mistakes,
        inputs=_mistakes_inputs,
        explain=(
            "x @ w + b is one number per point; where it is above 0 the perceptron"
            " answers 1, elsewhere 0 (on the line itself, 0). The mistakes are the"
            " points where that answer differs from t. A problem is linearly"
            " separable when some w and b give 0 mistakes: w = [1, 1] and b = -1.5"
            " do on AND, and none do on XOR."
        ),
        hints={
            "wrong": (
                "Answer 1 where x @ w + b, bias included, is strictly above 0 (a"
                " point on the line gets 0), and count the points where the answer"
                " differs from t: a whole number, not a fraction."
            ),
            "shape": "Return one number: the count of mistakes.",
        },
    ),
}
