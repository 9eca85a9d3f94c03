"""Questions of section 4.4: predictions before its figures, its exercises' answers.

Kept out of the notebook so that a learner sees a question, not its answer.
"""

from __future__ import annotations

import numpy as np

from ..gradient import gradient_descent, numerical_gradient, simpleNet
from . import Exercise, Question

# --- predictions before the figures -------------------------------------------

FIELD_BOTH_HALVE = "both halve"
FIELD_BOTH_QUARTER = "both fall to a quarter"
FIELD_F_QUARTER = "f falls to a quarter, the length of −∇f halves"
FIELD_F_HALF = "f halves, the length of −∇f falls to a quarter"

SGD_SMALLER = "much smaller: it shrinks with the black arrow"
SGD_SAME = "about as long as the black arrow"
SGD_LARGER = "much larger: the noise dominates"

PREDICTIONS: dict[str, Question] = {
    "field-round": Question(
        prompt=(
            "On the round bowl $f = x_0^2 + x_1^2$ the box below the plot reads, at "
            "the red point $(1, 1.5)$, $f = 3.25$ and a length of $-\\nabla f$ of "
            "3.61. Move the point halfway to the minimum, to $(0.5, 0.75)$. What "
            "do $f$ and the length of $-\\nabla f$ become?"
        ),
        options=[
            FIELD_BOTH_HALVE,
            FIELD_BOTH_QUARTER,
            FIELD_F_QUARTER,
            FIELD_F_HALF,
        ],
        answer=FIELD_F_QUARTER,
        explain=(
            "$f = x_0^2 + x_1^2$ is the squared distance from the minimum: half the "
            "distance, a quarter of $f$ (3.25 becomes 0.81). "
            "$\\nabla f = (2x_0, 2x_1) = 2x$, so $|\\nabla f| = 2|x|$ is twice the "
            "distance: half the distance, half the length (3.61 becomes 1.80). The "
            "bowl is steeper far from its bottom, which is why the grey arrows are "
            "longer at the edge; and since the length depends only on the distance, "
            "it stays the same all around a circle about the minimum. "
            "$-\\nabla f = -2x$ is a multiple of $-x$, the straight way to $(0, 0)$: "
            "the angle between the red and the blue arrow is 0° at every point. "
            "The precise statement (the study note's, with the sign fixed): "
            "$-\\nabla f$ is the direction in which $f$ decreases fastest at each "
            "point (각 장소에서 함수의 출력 값을 가장 크게 줄이는 방향). On a round "
            "bowl that direction happens to be the way to the minimum; the next "
            "figure shows a bowl where it is not."
        ),
        why_not={
            FIELD_BOTH_HALVE: (
                "$f$ is the <i>squared</i> distance from the minimum: half the "
                "distance gives a quarter of $f$."
            ),
            FIELD_BOTH_QUARTER: (
                "The slope of a parabola grows in proportion to the distance, not "
                "to its square: $\\nabla f = 2x$ halves when $x$ halves."
            ),
            FIELD_F_HALF: (
                "The other way round: $f$, a squared distance, falls to a quarter, "
                "and its slope $2x$, to a half."
            ),
        },
    ),
    "field-long": Question(
        prompt=(
            "Now the long bowl $f = x_0^2 + 10\\,x_1^2$, ten times steeper along "
            "$x_1$. At the red point $(2, 0.5)$ the box reads 54° between "
            "$-\\nabla f$ (red) and the way to the minimum (blue). Move the point "
            "halfway to the minimum, to $(1, 0.25)$. What does the angle become?"
        ),
        options=[
            "0°: close to the minimum, $-\\nabla f$ points at it",
            "smaller than 54°, but not 0°",
            "54° again",
            "larger than 54°",
        ],
        answer="54° again",
        explain=(
            "At $(2, 0.5)$, $\\nabla f = (2x_0, 20x_1) = (4, 10)$, so "
            "$-\\nabla f = (-4, -10)$, while the way to the minimum is "
            "$(-2, -0.5)$: 54° apart. At $(1, 0.25)$ both vectors are halved, and "
            "halving a vector does not turn it: 54° again, and again at $(0.2, 0.05)$, "
            "however close to the minimum you go. $-\\nabla f$ points mostly "
            "<i>across</i> the valley (along $x_1$, where the bowl is steep), not "
            "<i>along</i> it towards the minimum. The gradient only knows the slope "
            "where you stand: it is perpendicular to the contour line through that "
            "point, so it points straight at the minimum only where that contour "
            "line is perpendicular to the way to the minimum: everywhere on the "
            "round bowl, only on the two axes of the long bowl. Loss functions of "
            "real networks look far more like the long bowl."
        ),
        why_not={
            "0°: close to the minimum, $-\\nabla f$ points at it": (
                "Compute $-\\nabla f = (-2x_0, -20x_1)$ at $(1, 0.25)$ and compare "
                "it with $-\\nabla f$ at $(2, 0.5)$: what changed, the direction or "
                "only the length?"
            ),
            "smaller than 54°, but not 0°": (
                "The angle depends only on the direction from the minimum, not on "
                "the distance: $\\nabla f$ halves when $x$ halves."
            ),
            "larger than 54°": (
                "The angle depends only on the direction from the minimum, not on "
                "the distance: $\\nabla f$ halves when $x$ halves."
            ),
        },
    ),
    "lr-0.6": Question(
        prompt=(
            "Round bowl, start $(-3, 4)$, 100 steps. Move the learning rate lr from "
            "0.1 to 0.631, the slider's value next to 0.6. What does the path do?"
        ),
        options=[
            "converges straight in, as with lr = 0.1",
            "zigzags across the minimum, but converges",
            "bounces between two points forever",
            "diverges",
        ],
        answer="zigzags across the minimum, but converges",
        explain=(
            "On $x_0^2 + x_1^2$ one step is $x \\leftarrow x - \\eta\\cdot 2x = "
            "(1 - 2\\eta)\\,x$. With $\\eta = 0.1$ the factor is 0.8: $x$ shrinks and "
            "keeps its sign. With $\\eta = 0.631$ it is $-0.262$: every step jumps "
            "across the minimum (the sign flips), but lands about 4 times closer, so "
            "the zigzag "
            "converges, even faster than with 0.1. At $\\eta = 0.5$ the factor is 0: "
            "one step lands on the minimum."
        ),
        why_not={
            "converges straight in, as with lr = 0.1": (
                "Above $\\eta = 0.5$ the factor $1 - 2\\eta$ is negative: each step "
                "overshoots to the other side."
            ),
            "bounces between two points forever": (
                "That needs the factor $1 - 2\\eta$ to be exactly $-1$."
            ),
            "diverges": (
                "Only when $|1 - 2\\eta| > 1$: 0.631 overshoots, but by less each time."
            ),
        },
    ),
    "lr-max": Question(
        prompt=(
            "Still the round bowl: above which learning rate does gradient descent "
            "stop converging? Type a number, then look for it with the lr slider."
        ),
        answer=1.0,
        rtol=0.15,
        explain=(
            "Each step multiplies $x$ by $1 - 2\\eta$, and $|1 - 2\\eta| \\lt 1$ "
            "means $0 \\lt \\eta \\lt 1$. At exactly $\\eta = 1$ the factor is $-1$: "
            "$x$ bounces between $(-3, 4)$ and $(3, -4)$ forever. Above 1 each step "
            "lands farther away than the last: the path leaves the picture and the "
            "loss panel climbs instead of falling (in a long run it levels off far "
            "above $10^{20}$, where the numerical gradient gives up: see Common "
            "mistakes). At the other end, tiny rates never diverge but crawl: with "
            "$\\eta = 10^{-4}$ the factor is 0.9998, and 200 steps get almost "
            "nowhere."
        ),
    ),
    "sgd-minimum": Question(
        prompt=(
            "Set the batch size to $B = 10$ and move the point onto the green "
            "star, the lowest loss, where the black arrow $-g$ shrinks to almost "
            "0. There, compared with the black arrow, the cloud of orange arrows "
            "(the mini-batch gradients) is…"
        ),
        options=[
            SGD_SMALLER,
            SGD_SAME,
            SGD_LARGER,
        ],
        answer=SGD_LARGER,
        explain=(
            "On the saved run, at the star $|g|$ is about 0.004, but the box reads "
            "a spread of about 0.10: the cloud is some 25 times longer than the "
            "black arrow. "
            "$g$ is the <i>mean</i> of the per-image"
            " gradients $g_n = (y_n - t_n)\\,x_n$; at the minimum they cancel out,"
            " but they do not vanish one by one: a 7 with little ink, a 1 written"
            " wide, still pull their own ways. Their spread $\\sigma$ itself falls,"
            " to about a third here (0.947 to 0.315 on the saved run; the box, 0.30"
            " to 0.10), as most images are now classified well, but a "
            "mini-batch mean of $B$ of them lands about $\\sigma/\\sqrt{B}$ from "
            "$g$, section 4.2's law. So near the minimum a mini-batch step is "
            "almost pure noise: on the right, the coloured paths keep wandering "
            "around the star instead of stopping on it. A smaller learning rate "
            "(shorter steps) or a larger $B$ (a smaller cloud) makes them settle "
            "closer."
        ),
        why_not={
            SGD_SMALLER: (
                "Only the <i>mean</i> of the per-image gradients is 0 at the "
                "minimum. Each image's own gradient is not, and a mean of 10 of "
                "them, picked at random, is not either."
            ),
            SGD_SAME: (
                "The black arrow is the mean over all images, which cancels to "
                "almost 0. A mean of only 10 does not cancel: it lands about "
                "$\\sigma/\\sqrt{10}$ away, and $\\sigma$ falls only to about a "
                "third, while $|g|$ falls to almost nothing."
            ),
        },
    ),
}


# --- exercises ------------------------------------------------------------------


def _random_function(rng, trial):
    """A smooth f of an array x of any shape, and a point x: 1-D, 2-D and 3-D in
    turn (the exercise promises any shape), with random sizes and coefficients."""
    ndim = 1 + trial % 3  # over the 5 trials: 1-D, 2-D, 3-D, 1-D, 2-D
    high = (6, 5, 4)[ndim - 1]  # up to 5, 4 × 4, 3 × 3 × 3 elements a side
    shape = tuple(int(k) for k in rng.integers(2, high, size=ndim))
    a = rng.uniform(0.5, 2.0, size=shape)
    b = rng.normal(size=shape)
    c = float(rng.normal())

    def f(x):
        return float(np.sum(a * x**2 + np.sin(b * x)) + c * x.flat[0] * x.flat[-1])

    f.__name__ = "f = sum(a·x² + sin(b·x)) + c·x.flat[0]·x.flat[-1]"
    return f, rng.normal(size=shape)


def _random_bowl(rng, trial):
    """A bowl f = sum(a·(x − m)²), a start, a safe lr and a step count; the
    start is 1-D and 2-D in turn."""
    shape = (int(rng.integers(2, 5)),) if trial % 2 == 0 else (2, 3)
    a = rng.uniform(0.5, 2.0, size=shape)
    m = rng.normal(size=shape)

    def f(x):
        return float(np.sum(a * (x - m) ** 2))

    f.__name__ = "f = sum(a·(x − m)²)"
    init_x = rng.uniform(-3.0, 3.0, size=shape)
    return f, init_x, float(rng.uniform(0.02, 0.2)), int(rng.integers(3, 21))


def _reference_descent(f, init_x, lr, step_num):
    return gradient_descent(f, init_x, lr=lr, step_num=step_num)


def _reference_loss_gradient(W, x, t):
    net = simpleNet()
    net.W = W
    return numerical_gradient(lambda w: net.loss(x, t), net.W)


def _random_batch(rng, trial):
    n = int(rng.integers(2, 6))
    W = rng.normal(size=(2, 3))
    x = rng.normal(size=(n, 2))
    t = np.eye(3)[rng.integers(0, 3, size=n)]
    return W, x, t


EXERCISES: dict[str, Exercise] = {
    "1": Exercise(
        answer=[12.0, 9.0],
        explain=(
            "∂g/∂x0 = 2·x0·x1 = 12 and ∂g/∂x1 = x0² = 9: "
            "numerical_gradient(lambda x: x[0] ** 2 * x[1], np.array([3.0, 2.0]))."
        ),
        hints={
            "wrong": "Did you write the point with a decimal point, "
            "np.array([3.0, 2.0])?"
        },
    ),
    "2": Exercise(
        reference=numerical_gradient,
        inputs=_random_function,
        atol=1e-7,
        explain=(
            "Loop over every index of x, whatever its shape (np.ndindex(x.shape) "
            "gives (0, 0), (0, 1), ...), nudge that one element by +h and -h, take "
            "(f(x+h) - f(x-h)) / (2h), and put the element back before the next."
        ),
        hints={
            "raised": "(with a 2-D x, x[i] for an integer i is a whole row: loop "
            "over np.ndindex(x.shape) and index with the tuple it gives)",
            "mutated": "After nudging x[idx], put the old value back "
            "(x[idx] = tmp_val), or f sees a changed x for every later element "
            "and so does the caller.",
            "factor": "x + h and x - h are 2h apart: divide by 2 * h.",
            "close": "Use the central difference (f(x+h) - f(x-h)) / (2h) with "
            "h = 1e-4, as numerical_gradient does.",
            "shape": "Return an array shaped like x: start from np.zeros_like(x).",
            "wrong": "Nudge one element at a time, and evaluate f twice for each.",
        },
    ),
    "3": Exercise(
        answer=[-0.375, 0.5],
        explain=(
            "Each step multiplies x by 1 - 2·0.25 = 0.5; three steps by "
            "0.5³ = 0.125: (-3, 4) · 0.125 = (-0.375, 0.5)."
        ),
    ),
    "4": Exercise(
        reference=_reference_descent,
        inputs=_random_bowl,
        atol=1e-9,
        explain=(
            "x = init_x.copy(), then step_num times x -= lr * numerical_gradient(f, "
            "x), and return x. The copy is what keeps the caller's init_x intact."
        ),
        hints={
            "mutated": "x = init_x gives the same array a second name, so "
            "x -= ... changed the caller's init_x: start from init_x.copy().",
            "sign": "Go downhill: subtract lr * gradient.",
            "close": "Take exactly step_num steps, each x -= lr * gradient.",
            "wrong": "Take exactly step_num steps, each x -= lr * gradient, with "
            "the gradient computed afresh at the current x.",
        },
    ),
    "5": Exercise(
        answer=0.1,
        rtol=1e-3,
        explain=(
            "Along x1 a step multiplies by 1 - 20·lr, which must stay within "
            "[-1, 1]: lr ≤ 0.1 (along x0, 1 - 2·lr would allow up to 1). At exactly "
            "0.1, x1 flips sign forever without shrinking. The steepest direction "
            "sets the largest usable learning rate; the flattest one, how many "
            "steps are needed."
        ),
        hints={
            "wrong": "Write one step along each axis as x_i ← (1 - c·lr)·x_i; "
            "which axis fails first?"
        },
    ),
    "6": Exercise(
        reference=_reference_loss_gradient,
        inputs=_random_batch,
        rtol=1e-4,
        atol=1e-7,
        explain=(
            "net = simpleNet(); net.W = W; f = lambda w: net.loss(x, t); return "
            "numerical_gradient(f, net.W). numerical_gradient nudges the very array "
            "that net.loss reads, and puts every element back, so W is unchanged "
            "afterwards. (Chapter 5's analytic form, x.T @ (softmax(x @ W) - t) / N, "
            "gives the same numbers.)"
        ),
        hints={
            "wrong": "If you get all zeros, the nudges never reached the loss: pass "
            "numerical_gradient the array net.loss reads (net.W), not a copy.",
            "mutated": "W must be unchanged afterwards: do not step W, only "
            "compute the gradient.",
            "shape": "dW has the shape of W, (2, 3), whatever the batch size.",
        },
    ),
    "7": Exercise(
        answer=79520,
        rtol=1e-4,
        explain=(
            "784·50 + 50 + 50·10 + 10 = 39,760 parameters, two loss evaluations "
            "each: 79,520 forward passes over the batch for one gradient, i.e. for "
            "one step (plus one check per array in the package's version). The "
            "book's training takes 10,000 steps: about 8·10⁸ forward passes of 100 "
            "images; even at a third of a millisecond each, that is about 3 days. "
            "Section 4.5 trains in seconds because it takes the gradient by "
            "backpropagation (chapter 5), which costs about one forward "
            "and one backward pass per step, however many parameters there are."
        ),
        hints={
            "factor": "Two evaluations per parameter: f(x+h) and f(x-h).",
            "close": "Count the biases too: b1 has 50 entries, b2 has 10.",
            "wrong": "Count every parameter: W1 is 784×50, b1 50, W2 50×10, b2 10; "
            "then two loss evaluations per parameter.",
        },
    ),
}
