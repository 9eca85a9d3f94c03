"""Questions of section 4.2: predictions before its figures, its exercises' answers.

Kept out of the notebook so that a learner sees a question, not its answer.
"""

import math

import numpy as np

from . import Exercise, Question

DELTA = 1e-7  # the book's delta inside log(y + delta)

SSE_BELOW_1 = "It rises, to somewhere between 0.5 and 1"
SSE_AT_MOST_1 = (
    "The outputs add up to 1, so the squared gaps add up to at most 2 (all of"
    " $1 - p$ on one wrong class): half of that, 1, is as far as SSE can go."
)

ONE_LABEL_ERROR = "an IndexError"
ONE_LABEL_BROADCAST = "1.4067"

PREDICTIONS: dict[str, Question] = {
    "sse-vs-cee": Question(
        prompt=(
            "The network gives the correct class 2 the probability $p = 0.6$; the"
            " rest, $1 - p$, is spread over the other nine digits. Move $p$ down"
            " to 0, where the network is sure the answer is not 2. The cross"
            " entropy error climbs steeply, as the curve of $-\\log y$ above"
            " showed. What does the sum of squares error do?"
        ),
        options=[
            "It barely moves: it stays below 0.1",
            SSE_BELOW_1,
            "It climbs steeply too, to about 16 like CEE",
            "It grows without limit, faster than CEE",
        ],
        answer=SSE_BELOW_1,
        explain=(
            "At $p = 0$ with the rest spread out, SSE is"
            " $\\frac{1}{2}\\left(1^2 + 9 \\cdot (1/9)^2\\right) = 5/9 \\approx 0.556$;"
            " it can never exceed 1, reached only when all of $1 - p$ sits on one"
            " wrong class ($\\frac{1}{2}(1 + 1)$). To SSE, 0.05 for the right answer"
            " and 0 for it are nearly the same. CEE is $-\\log(p + 10^{-7})$: it"
            " depends only on $p$ and climbs without bound as $p \\to 0$, stopped"
            " only by delta at $-\\log 10^{-7} \\approx 16.1$. It punishes a"
            " confident wrong answer far more, which is why classification is"
            " trained on CEE."
        ),
        why_not={
            "It barely moves: it stays below 0.1": (
                "The gap of the correct class, $1 - p$, grows from 0.4 to 1, and SSE"
                " adds its square: 0.16 becomes 1."
            ),
            "It climbs steeply too, to about 16 like CEE": SSE_AT_MOST_1,
            "It grows without limit, faster than CEE": SSE_AT_MOST_1,
        },
    ),
    "spread-400": Question(
        prompt=(
            "The histogram shows the losses of 2,000 random mini-batches of"
            " $B = 100$ images. Move the batch size from 100 to about 400 (the"
            " slider stops at 398). The spread (standard deviation) of the"
            " estimates..."
        ),
        options=[
            "stays about the same",
            "halves",
            "falls to a quarter",
            "falls to a sixteenth",
        ],
        answer="halves",
        explain=(
            "A mini-batch loss is the mean of $B$ randomly drawn per-image losses,"
            " and the spread of a mean of $B$ independent draws is"
            " $\\sigma/\\sqrt{B}$ ($\\sigma$: the spread of the per-image losses)."
            " Four times the batch divides the spread by $\\sqrt{4} = 2$. Tick"
            " 'show the law of the spread', the line $\\sigma/\\sqrt{B}$: the dots"
            " of every batch size you tried lie on it. Each halving of the spread"
            " costs four times the work, while the book's 100 of 60,000 images"
            " cost 1/600 of a full pass: a rough but very cheap estimate."
        ),
        why_not={
            "falls to a quarter": (
                "A quarter is what the variance $\\sigma^2/B$ does; the spread (the"
                " standard deviation) is its square root."
            ),
            "stays about the same": (
                "Each image is drawn independently, so their errors partly cancel:"
                " the more images, the closer the mean to the full-data loss."
            ),
        },
    ),
    "one-label": Question(
        prompt=(
            'The batch <code>y_27</code> holds two outputs: a "2" and a "7",'
            " each given 0.6 by the network, with the true labels"
            " <code>t = [2, 7]</code>. Pass only one label, <code>t = [2]</code>,"
            " to the book's version of 4.2.4. What does it return?"
        ),
        options=[
            ONE_LABEL_ERROR,
            "0.5108",
            ONE_LABEL_BROADCAST,
            "0.2554",
        ],
        answer=ONE_LABEL_BROADCAST,
        explain=(
            "<code>y[np.arange(batch_size), t]</code> pairs the rows [0, 1] with"
            " the labels [2]; NumPy broadcasts the one label to both rows and picks"
            ' column 2 of each: 0.6 and 0.1, the "7"\'s probability of a 2. The'
            " loss is the mean of $-\\log 0.6 = 0.5108$ and $-\\log 0.1 = 2.3026$,"
            " 1.4067, the loss of labels [2, 2] that the data does not have (printed"
            " above as 1.41, for t = [2, 2]), and"
            " nothing says so. The course's version refuses t, naming both shapes."
        ),
        why_not={
            ONE_LABEL_ERROR: (
                "NumPy raises an error only when the shapes cannot be broadcast;"
                " a single label can be paired with every row."
            ),
        },
    ),
    "accuracy-steps": Question(
        prompt=(
            "Move $w$ from 1.0 to 2.0 in steps of 0.01 (click the slider, then"
            " press the → key 100 times). At how many of these 100 small moves"
            " does the accuracy change? Think about where the dashed threshold"
            " goes and which points it passes; watch the loss too."
        ),
        answer=5.0,
        rtol=0.25,  # a count: 4, 5 or 6 (6 points cross, two in one move)
        explain=(
            "The classifier says class 1 where $x > -b/w = 1/w$. From $w = 1$ to"
            " $w = 2$ that threshold slides from 1.0 to 0.5 and passes only 6 of"
            " the 40 points, two of them within the same step: the accuracy"
            " changes at 5 of the 100 moves, by jumps of 2.5% (5% for the pair),"
            " and stays on a flat step in between (slope exactly 0, and no slope"
            " at all at a jump). One jump is a drop: the class-0 point at"
            " $x \\approx 0.84$ crosses to the class-1 side, at $w \\approx 1.19$."
            " The loss uses the probabilities $\\mathrm{sigmoid}(wx + b)$"
            " themselves, so it changes at every one of the 100 moves, and its"
            " slope (blue, bottom right) is negative up to $w \\approx 2.8$: it"
            " says 'increase $w$', even across the drop. That is why learning"
            " follows the loss, not the accuracy."
        ),
    ),
}


# --- exercises: reference functions and their random inputs -------------------


def _cross_entropy_batch(y, t):
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + DELTA)) / batch_size


def _batch_inputs(rng, trial):
    n = 1 if trial == 0 else int(rng.integers(2, 17))  # batch size; once a single row
    k = int(rng.integers(2, 11))  # number of classes
    y = rng.dirichlet(np.ones(k), size=n)  # rows of probabilities summing to 1
    t = rng.integers(0, k, size=n)
    return y, t


def _one_hot(t, classes):
    return np.eye(classes)[t]


def _one_hot_inputs(rng, trial):
    classes = int(rng.integers(3, 11))
    # every other trial, the largest classes do not occur in t: the width comes
    # from classes, not from t.max() + 1 or the number of distinct labels
    present = classes if trial % 2 else int(rng.integers(1, classes))
    t = rng.integers(0, present, size=int(rng.integers(1, 13)))
    return t, classes


EXERCISES: dict[str, Exercise] = {
    "1": Exercise(
        answer=0.04,
        explain=(
            "E = ½ · Σ_k (y_k − t_k)²: half the sum of the squared gaps between y"
            " and t, over both classes (here both miss by the same amount)."
        ),
        hints={"factor": "Did you take the ½ in front of the sum?"},
    ),
    "2": Exercise(
        answer=math.log(4),
        explain=(
            "Only the correct class counts: E = −log y of its probability, with"
            " the natural logarithm; delta = 1e-7 changes it by only about 4e-7."
        ),
        hints={
            "sign": "The cross entropy error is −log y: a positive number for y < 1.",
            "wrong": "Use the natural logarithm, np.log (not log10).",
        },
    ),
    "3": Exercise(
        answer=900,
        explain=(
            "The spread of a mean of B draws is σ/√B: set σ/√B equal to the"
            " spread you want and solve for B. A spread 3 times smaller always"
            " costs 9 times more images."
        ),
        hints={
            "=30": "σ/√B = 0.03 gives √B = 30; B is its square.",
            "wrong": (
                "A mini-batch of B images spreads by σ/√B: solve σ/√B = 0.03 for B."
            ),
        },
    ),
    "4": Exercise(
        answer="no",
        also=("아니요", "아니오", "아뇨", "아니"),
        explain=(
            "Compare the accuracy at the w where the loss is smallest with the"
            " highest accuracy over all w (the explorer's curves, or a fine grid of"
            " w with viz.accuracy_and_loss). The loss also weighs how confident"
            " each answer is, right or wrong, which the accuracy does not see."
        ),
        hints={"wrong": 'Answer "yes" or "no" (a string, in quotes).'},
    ),
    "5": Exercise(
        reference=_cross_entropy_batch,
        inputs=_batch_inputs,
        trials=6,
        rtol=1e-10,
        explain=(
            "y[np.arange(batch_size), t] picks, from each row n, the probability"
            " of the correct class t[n]; the loss is minus the mean, over the"
            " batch, of their logs, with delta = 1e-7 inside the log."
        ),
        hints={
            "close": "Did you add delta = 1e-7 inside the log, as the book does?",
            "shape": "Return one number: the mean over the batch.",
            "sign": "The loss is minus the log: −log y is positive for y < 1.",
            "factor": (
                "Or did you divide by the number of classes (y.shape[1]) instead"
                " of the batch size (y.shape[0])? In this input one is twice the other."
            ),
            "wrong": (
                "Check each step: one probability per row, y[n, t[n]]; delta = 1e-7"
                " inside the log; minus the mean over the batch, that is, divided by"
                " the batch size (y.shape[0])."
            ),
        },
    ),
    "6": Exercise(
        reference=_one_hot,
        inputs=_one_hot_inputs,
        trials=6,
        explain=(
            "One row per label, one column per class, a single 1 in column t[n] of"
            " row n. The indexing of 4.2.4, y[np.arange(N), t], picks one entry per"
            " row; it can set them as well as read them."
        ),
        hints={
            "shape": "The result has one row per label and one column per class.",
            "wrong": "Row n holds a single 1, in column t[n], and 0 everywhere else.",
        },
    ),
}
