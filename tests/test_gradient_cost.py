"""4.5/backprop-speed (notebook 4.5d, optional): how many times faster
backpropagation is than the numerical gradient on the book's network.

Counted, not timed on the notebook's run: the loss evaluations the numerical
gradient makes (by calling dlscratch_helpers.gradient.numerical_gradient
with a counting function on arrays of the network's shapes), against the
multiply-adds of one forward pass and of backpropagation, from the matrix
shapes. A loose timing of gradient against loss on this machine backs the
count up.
"""

import time

import numpy as np

from dlscratch_helpers.gradient import numerical_gradient
from dlscratch_helpers.quiz import s4_5
from dlscratch_helpers.two_layer_net import TwoLayerNet

SHAPES = {"W1": (784, 50), "b1": (50,), "W2": (50, 10), "b2": (10,)}
BATCH = 100


def _loss_evaluations():
    calls = 0

    def loss(_):
        nonlocal calls
        calls += 1
        return 0.0

    for shape in SHAPES.values():
        numerical_gradient(loss, np.zeros(shape))
    return calls


def test_the_numerical_gradient_evaluates_the_loss_twice_per_weight():
    weights = sum(int(np.prod(s)) for s in SHAPES.values())
    assert weights == 39_760
    # two per weight, and one check of f per parameter array
    assert _loss_evaluations() == 2 * weights + len(SHAPES)


def test_backpropagation_costs_about_two_forward_passes():
    forward = BATCH * 784 * 50 + BATCH * 50 * 10  # x·W1, z·W2
    backward = 50 * BATCH * 10 + BATCH * 10 * 50 + 784 * BATCH * 50  # dW2, dz, dW1
    assert 1.9 < (forward + backward) / forward < 2.1
    ratio = _loss_evaluations() * forward / (forward + backward)
    assert 30_000 < ratio < 50_000  # "some 40,000"
    question = s4_5.PREDICTIONS["backprop-speed"]
    assert question.answer == "10,000 times faster or more"
    assert ratio >= 10_000 and ratio / 1_000 > 10  # far from every other option
    assert "some 40,000" in question.explain and "79,520" in question.explain


def _fastest_seconds(f, g, n=30):
    """The fastest of n runs of f and of g, taken in turn: the same load falls on
    both, and the fastest run is the one the machine's other work disturbed least."""
    times = {f: [], g: []}
    for _ in range(n):
        for h in (f, g):
            start = time.perf_counter()
            h()
            times[h].append(time.perf_counter() - start)
    return min(times[f]), min(times[g])


def test_on_this_machine_gradient_costs_a_few_loss_evaluations():
    rng = np.random.default_rng(0)
    network = TwoLayerNet.__new__(TwoLayerNet)
    network.params = {k: 0.01 * rng.standard_normal(s) for k, s in SHAPES.items()}
    x = rng.random((BATCH, 784))
    t = np.eye(10)[rng.integers(0, 10, BATCH)]
    loss, gradient = _fastest_seconds(
        lambda: network.loss(x, t), lambda: network.gradient(x, t)
    )
    # a loose band: timing is noisy, the count above is the claim
    assert gradient < 8 * loss  # so the ratio is at least 79,524 / 8 ≈ 10,000
