"""Questions of section 4.5: predictions before its figures, its exercises' answers.

Kept out of the notebook so that a learner sees a question, not its answer.
The numbers quoted come from the notebook's saved run on the 4,000-image
offline sample of MNIST (seed 0).
"""

from __future__ import annotations

import numpy as np

from ..gradient import numerical_gradient
from ..i18n import N_, _
from ..two_layer_net import TwoLayerNet
from . import Exercise, Question

PREDICTIONS: dict[str, Question] = {
    "critical-lr": Question(
        prompt=(
            "At its initial weights the network's largest curvature predicts "
            "$\\eta < 2/\\lambda_{\\max}$, a learning rate of about 1.4, as "
            "$\\eta < 1$ on the bowl of 4.4. Trained 500 iterations at each "
            "learning rate from 0.1 to 31.6, up to which learning rate does the "
            "network still learn?"
        ),
        options=[
            "up to about the prediction: above it no run learns",
            "well below the prediction: noisy mini-batches need smaller steps",
            "well above the prediction: a few times 2/λ_max still learns",
            "any learning rate learns, only faster or slower",
        ],
        answer="well above the prediction: a few times 2/λ_max still learns",
        explain=(
            "The runs learn up to 5.62, four times the prediction; from 10 on they "
            "stay at chance (test accuracy 0.1). The best run in 500 iterations is "
            "above the prediction too: 3.16, test accuracy 0.93. $2/\\lambda_{\\max}$ "
            "is right about what it describes, the first steps: below it the loss only "
            "wobbles (by less than 0.2 at lr 1) and then falls, above it the loss "
            "first jumps (to 3.0 at lr 1.78, 3.9 at 3.16, 7.6 at 10), as on a bowl "
            "where each step overshoots. But the loss is no bowl. The jump carries the "
            "weights to where the loss is flatter: after 500 iterations at 3.16, "
            "$\\lambda_{\\max}$ has fallen from 1.42 to 0.34, below that run's own "
            "limit $2/3.16 = 0.63$, and there learning goes on (the <b>catapult</b>, "
            "Lewkowycz et al. 2020). At 10 the jump goes too far: the hidden sigmoids "
            "saturate (the lr-10 question), the loss is flat because almost nothing "
            "moves ($\\lambda_{\\max}$ 0.13; only the output biases, which can only "
            "learn how often each digit occurs), and the network stays at chance. So "
            "$2/\\lambda_{\\max}$ is a safe learning rate, not the largest one: it "
            "tells where the first steps begin to overshoot."
        ),
        why_not={
            "up to about the prediction: above it no run learns": (
                "That is what a bowl would do. The runs at 1.78 and 3.16 are above "
                "$2/\\lambda_{\\max} = 1.40$ and learn best of all: their first "
                "steps overshoot (the loss jumps), then it falls."
            ),
            "well below the prediction: noisy mini-batches need smaller steps": (
                "Every run from 0.1 to 1 learns; a smaller learning rate is only "
                "slower here (test accuracy 0.73 at 0.1 after 500 iterations)."
            ),
            "any learning rate learns, only faster or slower": (
                "From 10 on the accuracy stays at 0.1: the first jump saturates "
                "the hidden sigmoids (the lr-10 question)."
            ),
        },
    ),
    "backprop-speed": Question(
        prompt=(
            "The book's network has 39,760 parameters. On a mini-batch of 100 "
            "images, the numerical gradient evaluates the loss twice per parameter. "
            "Backpropagation (chapter 5) gets every parameter's slope at once, from "
            "one forward pass and one backward pass through the network. About "
            "how many times faster is backpropagation?"
        ),
        options=[
            "about as fast: both compute the same 39,760 numbers",
            "about 100 times faster",
            "about 1,000 times faster",
            "10,000 times faster or more",
        ],
        answer="10,000 times faster or more",
        explain=(
            "Count loss evaluations. The numerical gradient runs the network "
            "forward 2 × 39,760 = 79,520 times. Backpropagation's backward pass "
            "multiplies matrices of the same sizes as the forward pass (the "
            "784 × 50 product dominates both), so the whole gradient costs about "
            "two forward passes: some 40,000 times fewer. The measured ratio "
            "varies with the machine and the run, from tens of thousands up, and "
            "it grows with the network: the numerical gradient's cost grows with "
            "the number of parameters, backpropagation's does not."
        ),
        why_not={
            "about as fast: both compute the same 39,760 numbers": (
                "The same numbers, at very different costs: the numerical "
                "gradient runs the whole network twice for each weight, "
                "backpropagation runs it forward and back once for all of them."
            ),
            "about 100 times faster": (
                "That would be a network of about 100 weights. Count the loss "
                "evaluations: 79,520, against the cost of about two."
            ),
            "about 1,000 times faster": (
                "That would be a network of about 1,000 weights. Count the loss "
                "evaluations: 79,520, against the cost of about two."
            ),
        },
    ),
    "longer": Question(
        prompt=(
            "The same network now trains for the book's 10,000 iterations on the "
            "4,000-image sample: 250 epochs instead of 17, so every training image "
            "is seen about 250 times. What happens to the training (solid) and "
            "test (dashed) accuracy?"
        ),
        options=[
            "both keep rising, on top of each other",
            "training accuracy pulls ahead: a gap opens",
            "both fall back: too much training undoes the learning",
        ],
        answer="training accuracy pulls ahead: a gap opens",
        explain=(
            "Training accuracy climbs to about 0.99 while test accuracy levels off "
            "near 0.92: the network starts to remember its 4,000 training images "
            "rather than what makes a digit (<b>over-fitting</b>, 오버피팅). It is "
            "mild here (the test accuracy still does not fall), and it is a matter "
            "of data: on full MNIST the same 10,000 iterations are only 17 epochs "
            "over 60,000 images, and the book's two curves stay together "
            "(about 0.95 and 0.95). The longer run also beats section 4.1's "
            "nearest-mean classifier on the same sample (test accuracy 0.808), "
            "which the 17-epoch run (0.794) did not: that run was short, not "
            "the network weak. More data (full MNIST) or stopping earlier keeps "
            "the curves together; chapter 6 of the book has more remedies "
            "(weight decay, dropout)."
        ),
        why_not={
            "both keep rising, on top of each other": (
                "That is the book's figure, on 60,000 images. With 15 times fewer "
                "images, each one is seen 15 times more often."
            ),
            "both fall back: too much training undoes the learning": (
                "SGD keeps lowering the training loss, so the training accuracy "
                "keeps rising; the test accuracy stalls, it does not collapse."
            ),
        },
    ),
    "lr-10": Question(
        prompt=(
            "Set the learning rate to 10, a hundred times the book's 0.1, and "
            "press <b>Train</b>. What will 500 iterations do?"
        ),
        options=[
            "learn faster than with 0.1",
            "learn about as well as with 0.1",
            "stop learning: the accuracy stays at chance, 0.1",
            "diverge: the loss becomes NaN",
        ],
        answer="stop learning: the accuracy stays at chance, 0.1",
        explain=(
            "The first steps are so large that they overshoot: the loss jumps from "
            "2.3 to several times that (7.6 at the second iteration on the "
            "4,000-image sample), and every hidden sigmoid is pushed to 0 or 1, "
            "where its slope $\\sigma(1-\\sigma)$ is almost 0. "
            "Then hardly any gradient reaches $W_1$, the hidden layer gives the "
            "same output for every image, and the network can only guess: the "
            "accuracy stays at 0.1, the loss near $\\ln 10 \\approx 2.3$. Larger "
            "steps are not always faster: somewhere between 0.1 and 10 a larger "
            "learning rate stops helping (where, 4.5a, optional, finds out), and "
            "at 10, with batches of 100, the network is stuck (with batches of 500 "
            "it is not: try it)."
        ),
        why_not={
            "learn faster than with 0.1": (
                "For some learning rates above 0.1, yes: try a few in the panel. At "
                "10 each step overshoots so far that the hidden units saturate."
            ),
            "diverge: the loss becomes NaN": (
                "NaN needs a number to overflow, and the course's sigmoid and "
                "softmax never overflow; even at 1000 the loss only climbs to "
                "about 14 and stays finite."
            ),
        },
    ),
    "watch-weights": Question(
        prompt=(
            "The figure below shows each hidden unit's 784 incoming weights (a "
            "column of $W_1$) as a 28 × 28 image, at iteration 1,900, near the end "
            "of training; its slider goes back to iteration 0, where $W_1$ is "
            "small random numbers. Predict before you move it: when do the strokes "
            "and blobs appear?"
        ),
        options=[
            "already at iteration 0: training only makes them stronger",
            "early: within the first few hundred iterations",
            "late: they sharpen slowly and evenly over all 1,900 iterations",
        ],
        answer="early: within the first few hundred iterations",
        explain=(
            "At iteration 0 every unit is random speckle: $W_1$ starts as small "
            "random numbers (standard deviation 0.01), and no unit has a shape yet. "
            "Between about iteration 200 and 500 (on the 4,000-image sample) the "
            "speckle gives way to strokes and blobs, while the test accuracy climbs "
            "from about 0.3 to 0.7; after that the shapes only sharpen, and the "
            "accuracy creeps up. The faint speckle left at the border of each "
            "tile is the starting noise, unchanged: those pixels are 0 in almost "
            "every image, and the gradient of a weight is its pixel's value times "
            "another factor, summed over the mini-batch (chapter 5 shows why): a "
            "pixel that is 0 in every image never moves its weights, one that is "
            "almost always 0 hardly does."
        ),
        why_not={
            "already at iteration 0: training only makes them stronger": (
                "Look at iteration 0: the starting weights are random numbers with "
                "no shape. Every stroke you see was put there by gradient steps."
            ),
            "late: they sharpen slowly and evenly over all 1,900 iterations": (
                "Compare iterations 200, 300 and 500: most of the change happens "
                "there, when the accuracy (the dot on the right) rises fastest."
            ),
        },
    ),
    "landscape": Question(
        prompt=(
            "Three networks trained for 500 iterations with learning rates 0.1, 1 "
            "and 10. The figure opens on lr = 0.1 and on a slice along two random "
            "directions, where its $\\theta^*$ sits at the bottom of a bowl. The "
            "buttons also offer a slice along the run's own training path. On "
            "that slice, where will the lowest loss around lr = 0.1's "
            "$\\theta^*$ lie?"
        ),
        options=[
            "at θ*",
            "past θ*, on in the direction the path came",
            "back towards the start",
        ],
        answer="past θ*, on in the direction the path came",
        explain=(
            "On the path's slice the path comes in from the start (the square, "
            "loss 2.3) and stops at $\\theta^*$ (loss 1.06) on a slope: the "
            "valley goes on past it, down to about 0.71 at extent 1. Training "
            "had not finished: with small steps, 500 iterations stop halfway "
            "down, as 4.5's slow run did. The "
            "random slice hides this: two random directions out of 39,760 almost "
            "never point along the way down, and along most directions the loss "
            "rises on both sides, so a random slice through a trained "
            "$\\theta^*$ looks like a bowl whether training has finished or not "
            "(Li et al. draw training paths on the path's own directions for "
            "this reason). On that random slice the path is only a shadow: it "
            "holds a few percent of the way from the start, the dots huddle at "
            "the star, and the colour under them is not their loss. Compare the "
            "other runs: lr = 1 ends near the valley floor (0.20 at "
            "$\\theta^*$, about 0.18 at the lowest point of its slice); lr = 10 "
            "first climbs to 7.4 on 1,000 training images (its first step "
            "lands just outside the slice's grid at extent 1), then within 50 "
            "iterations falls back into a narrow groove at about 2.34, close to "
            "$\\ln 10 \\approx 2.30$ (a guess among ten digits), flat on the "
            "random slice: the plateau of 4.4, where every hidden sigmoid is "
            "pushed to 0 or 1 and the weights' gradient is almost 0."
        ),
        why_not={
            "at θ*": (
                "A bowl along two random directions says little about the one "
                "direction that matters, the way the path came. A run still "
                "learning has lower loss ahead of it."
            ),
            "back towards the start": (
                "SGD lowers the loss on average: the start (2.3) is higher than "
                "$\\theta^*$ (1.06), and the path comes down to it."
            ),
        },
    ),
}


# --- exercise references and random inputs -------------------------------------


class _QuizNet(TwoLayerNet):
    """The book's TwoLayerNet with given parameters (no global random numbers)."""

    def __init__(self, params):
        self.params = params

    def __repr__(self):
        sizes = (*self.params["W1"].shape, self.params["W2"].shape[1])
        return _("a TwoLayerNet({}, {}, {})").format(*sizes)


def _one_hot(labels, classes):
    return np.eye(classes)[labels]


def _accuracy(y, t):
    if t.ndim != 1:
        t = np.argmax(t, axis=1)
    return np.mean(np.argmax(y, axis=1) == t)


def _accuracy_inputs(rng, trial):
    n, classes = int(rng.integers(8, 30)), int(rng.integers(3, 11))
    labels = rng.integers(0, classes, n)
    # scores that favour the label, so that the accuracy is well above chance
    y = rng.normal(size=(n, classes)) + 1.5 * _one_hot(labels, classes)
    t = _one_hot(labels, classes) if trial % 2 == 0 else labels  # both, in turn
    return y, t


def _network_inputs(rng):
    """A small random network, a mini-batch of it and a learning rate."""
    n_in, hidden, classes = (int(k) for k in rng.integers(3, 7, size=3))
    params = {
        "W1": 0.5 * rng.normal(size=(n_in, hidden)),
        "b1": 0.1 * rng.normal(size=hidden),
        "W2": 0.5 * rng.normal(size=(hidden, classes)),
        "b2": 0.1 * rng.normal(size=classes),
    }
    n = int(rng.integers(4, 10))
    x_batch = rng.random((n, n_in))
    t_batch = _one_hot(rng.integers(0, classes, n), classes)
    learning_rate = float(np.round(rng.uniform(0.2, 1.0), 2))
    return params, x_batch, t_batch, learning_rate


_OWN_GRADIENT_OFF = N_(
    "this network's own gradient methods are off in exercise 5: call"
    " numerical_gradient(f, W) for each parameter"
)


class _NoGradientNet(_QuizNet):
    """A TwoLayerNet whose gradient methods are off, so that the learner's
    gradient comes from numerical_gradient, one parameter array at a time."""

    def numerical_gradient(self, x, t):
        raise NotImplementedError(_(_OWN_GRADIENT_OFF))

    def gradient(self, x, t):
        raise NotImplementedError(_(_OWN_GRADIENT_OFF))


def _numerical_grads(network, x, t):
    def loss_W(W):  # ignores W: numerical_gradient nudges the network's own array
        return network.loss(x, t)

    return {
        key: numerical_gradient(loss_W, network.params[key]) for key in network.params
    }


def _numerical_grads_inputs(rng, trial):
    params, x, t, _lr = _network_inputs(rng)
    return _NoGradientNet(params), x, t


class _Params(dict):
    """A dict of parameter arrays, shown by its keys and shapes in a verdict."""

    def __repr__(self):
        shapes = ", ".join(f"{k} {np.shape(v)}" for k, v in self.items())
        return _("a dict with {shapes}").format(shapes=shapes)


def _params_after(network, x, t):
    """What the gradient leaves behind: the network's parameters, as they were."""
    return network.params


def _sgd_step(params, grads, lr):
    return {key: params[key] - lr * grads[key] for key in params}


def _sgd_step_inputs(rng, trial):
    # a two- and a three-layer network in turn: the keys are not always W1, b1,
    # W2, b2
    sizes = [int(k) for k in rng.integers(2, 6, size=3 + trial % 2)]
    params, grads = _Params(), _Params()
    for layer in range(1, len(sizes)):
        n_in, n_out = sizes[layer - 1], sizes[layer]
        for key, shape in ((f"W{layer}", (n_in, n_out)), (f"b{layer}", (n_out,))):
            params[key] = rng.normal(size=shape)
            grads[key] = rng.normal(size=shape)
    lr = float(np.round(rng.uniform(0.01, 1.0), 2))
    return params, grads, lr


EXERCISES: dict[str, Exercise] = {
    "1": Exercise(
        answer=1600,
        explain=(
            "An array of shape (a, b) holds a·b numbers: W1 is 784 × hidden size, "
            "b1 has one bias per hidden unit, W2 is hidden size × 10 and b2 one "
            "bias per output. For hidden size 50 the same count gives the 39,760 "
            "of the book's network. Almost all of them sit in W1, where every pixel "
            "connects to every hidden unit."
        ),
        hints={
            "wrong": "Add up the four arrays' sizes, biases included.",
            "close": "Count exactly: every weight and every bias, none left out.",
        },
    ),
    "2": Exercise(
        answer=9,
        explain=(
            "One epoch is training set size / batch size iterations. The loop "
            "measures whenever i % iter_per_epoch == 0 for i from 0 to "
            "iters_num − 1: at i = 0 (after the first update) and at every "
            "multiple of iter_per_epoch below iters_num. So the count is "
            "iters_num / iter_per_epoch rounded up, as in the 17 epochs printed "
            "above (667 / 40 = 16.7 on the offline sample; the book's "
            "10,000 / 600 = 16.7 on full MNIST)."
        ),
        hints={
            "wrong": (
                "First: how many iterations is one epoch with batch_size = 50? "
                "Then list the i at which the loop measures."
            ),
        },
    ),
    "3": Exercise(
        answer=0.25,
        explain=(
            "SGD computes w ← w − lr · ∂L/∂w. A positive gradient means the loss "
            "grows with w, so w moves down, by the learning rate times the gradient."
        ),
        hints={
            "wrong": "Which way does SGD move a weight whose gradient is positive?",
        },
    ),
    "4": Exercise(
        reference=_accuracy,
        inputs=_accuracy_inputs,
        trials=6,
        explain=(
            "Each row's predicted class is the position of its largest score, and "
            "a one-hot label gives its class the same way; the fraction right is "
            "the mean of the comparisons. No softmax is needed: it keeps the "
            "order within a row, so the largest score is the largest probability."
        ),
        hints={
            "raised": (
                "t comes either as one-hot rows (t.ndim == 2) or as class indices "
                "(t.ndim == 1): handle both."
            ),
            "wrong": (
                "Take the largest score of each row (one per image, axis=1), "
                "compare with the label, and return a fraction between 0 and 1."
            ),
            "shape": "Return one number, the fraction of images right.",
        },
    ),
    "5": Exercise(
        reference=_numerical_grads,
        inputs=_numerical_grads_inputs,
        effect=_params_after,  # every nudged weight put back
        trials=4,
        rtol=1e-5,
        atol=1e-9,
        explain=(
            "One call of numerical_gradient(f, W) per key of network.params, the"
            " simpleNet trick of 4.4 for four arrays: f ignores its argument and"
            " returns network.loss(x, t), which sees each nudge because"
            " numerical_gradient changes network.params[key] in place and puts it"
            " back. That is the class's numerical_gradient method, key by key: two"
            " loss evaluations per number, which is why it is slow."
        ),
        hints={
            "raised": (
                "f takes the parameter array and returns the loss, e.g. lambda W:"
                " network.loss(x, t); pass network.params[key] itself as W."
            ),
            "keys": "Return a dict with one gradient for each key of network.params.",
            "wrong": (
                "Does f compute network.loss(x, t) anew at every call? A loss"
                " computed once, or the params of a copy, gives a gradient of zeros:"
                " numerical_gradient must nudge the network's own arrays."
            ),
            "none": "Return the dict of gradients.",
            "effect": (
                "network.params must hold the weights it had before: put every"
                " nudged value back, as numerical_gradient does."
            ),
        },
    ),
    "6": Exercise(
        reference=_sgd_step,
        inputs=_sgd_step_inputs,
        trials=6,
        explain=(
            "Each parameter moves against its own gradient, by lr times it: "
            "W ← W − lr · ∂L/∂W, the same rule for every key. Looping over the "
            "keys of params (not a fixed list) makes the step work for any "
            "network; building a new array for each key leaves the caller's "
            "arrays as they were, where the book's loop changes them in place "
            "with -=."
        ),
        hints={
            "keys": (
                "Loop over the keys of params rather than listing W1, b1, W2, b2: "
                "a three-layer network has W3 and b3 too."
            ),
            "sign": "SGD steps against the gradient.",
            "wrong": (
                "Does every parameter move against its own gradient, by lr times "
                "the gradient?"
            ),
            "raised": "params and grads have the same keys; step every one of them.",
            "none": "Return the dict of updated parameters.",
        },
    ),
}


# --- the capstone: the learner's own training loop ----------------------------


def backprop(network, x, t):
    return network.gradient(x, t)


def numerical(network, x, t):
    return network.numerical_gradient(x, t)


def _my_train(network, x, t, batches, lr, gradient):
    losses = []
    for batch in batches:  # 1. a mini-batch (its rows)
        grads = gradient(network, x[batch], t[batch])  # 2. the gradient
        network.params = _sgd_step(network.params, grads, lr)  # 3. the update
        losses.append(network.loss(x[batch], t[batch]))  # 4. the loss after it
    return losses


def _my_train_inputs(rng, trial):
    params, _x, _t, lr = _network_inputs(rng)
    network = _QuizNet(params)
    n_in = network.params["W1"].shape[0]
    classes = network.params["W2"].shape[1]
    n = int(rng.integers(12, 30))
    x = rng.random((n, n_in))
    t = _one_hot(rng.integers(0, classes, n), classes)
    size = int(rng.integers(3, 6))
    batches = [
        rng.choice(n, size, replace=False) for _ in range(int(rng.integers(3, 7)))
    ]
    gradient = (backprop, numerical)[trial % 2]  # either way of computing it
    return network, x, t, batches, lr, gradient


EXERCISES["7"] = Exercise(
    reference=_my_train,
    inputs=_my_train_inputs,
    trials=6,
    rtol=1e-5,  # the numerical gradient agrees with backprop to about 1e-7
    explain=(
        "For each mini-batch in batches: its rows of x and t, the gradient from"
        " gradient(network, x_batch, t_batch), every parameter one step against"
        " its gradient (your sgd_step, with network.params replaced by what it"
        " returns), and the mini-batch's loss after the step, appended to the list."
        " Which gradient function you pass does not change the loop: that is why"
        " backpropagation can replace the numerical gradient without touching it."
    ),
    hints={
        "wrong": (
            "Check the order: gradient first, then the update of every"
            " parameter, then the loss of the same mini-batch, measured after"
            " the update. Did network.params really change?"
        ),
        "shape": "Return one loss per mini-batch, in a list.",
        "none": "Return the list of losses.",
        "raised": (
            "batches holds arrays of row indices: x[batch] and t[batch] are the"
            " mini-batch; gradient is called as gradient(network, x_batch, t_batch)."
        ),
    },
)
