"""The figures of 4.2: their numbers are right, and their first frame does
not give away the answer to the question asked before them.

Expected numbers come from the package's loss functions or from
sigma / sqrt(B) worked out in the test.
"""

import math

import numpy as np
import pytest

from dlscratch_helpers import cross_entropy_error, sum_squares_error
from dlscratch_helpers.viz import loss as viz


@pytest.fixture
def close_all():
    import matplotlib.pyplot as plt

    yield
    plt.close("all")


def _drawn(line):
    x, _ = line.get_data()
    return np.asarray(x, dtype=float)


# ---------------------------------------------------------------- 4.2.2 explorer
def test_closed_form_sse_curves_match_sum_squares_error():
    # the explorer draws SSE in closed form; it must be the package's SSE
    for p in (0.0, 1e-8, 0.3, 0.6, 1.0):
        spread = 0.5 * ((p - 1) ** 2 + 9 * ((1 - p) / 9) ** 2)
        one = 0.5 * ((p - 1) ** 2 + (1 - p) ** 2)
        t = viz.onehot(2)
        assert spread == pytest.approx(
            sum_squares_error(viz.output_with(p, 2, "spread"), t), abs=1e-15
        )
        assert one == pytest.approx(
            sum_squares_error(viz.output_with(p, 2, "one"), t), abs=1e-15
        )


def test_loss_explorer_traces_the_curves_down_to_the_lowest_p():
    explorer = viz.loss_explorer(p=0.6)
    try:
        assert explorer.alt.strip()
        ax_s, ax_c = explorer.fig.axes[1], explorer.fig.axes[2]
        sse_line, cee_line = ax_s.lines[0], ax_c.lines[0]
        # first frame: only p >= 0.6 drawn, no cap that would tell the answer
        assert _drawn(sse_line).min() >= 0.6 - 1e-9
        assert _drawn(cee_line).min() >= 0.6 - 1e-9
        caps = [a for a in ax_c.get_children() if a.get_animated()]
        assert not any(
            a.get_visible() and "16.1" in getattr(a, "get_text", lambda: "")()
            for a in caps
        )
        # nor an SSE axis that ends just above SSE's largest value, 1: both
        # losses share the scale CEE's cap sets
        assert ax_s.get_ylim() == ax_c.get_ylim()
        assert ax_s.get_ylim()[1] > -math.log(1e-7)
        explorer.controls["p"].value = 0.0
        assert _drawn(sse_line).min() == 0.0
        assert np.asarray(cee_line.get_data()[1]).max() == pytest.approx(
            -math.log(1e-7)
        )
        explorer.controls["p"].value = 0.9  # moving back keeps what was seen
        assert _drawn(cee_line).min() == 0.0
        assert explorer.errors == []
    finally:
        explorer.close()


# ---------------------------------------------------------------- 4.2.3 explorer
def test_minibatch_explorer_shows_only_the_sizes_tried():
    losses = np.random.default_rng(3).exponential(0.6, size=3000)
    explorer = viz.minibatch_explorer(losses, batch_size=100)
    try:
        assert explorer.alt.strip()
        ax_s = explorer.fig.axes[1]
        law, visited = ax_s.lines[0], ax_s.lines[1]
        assert not law.get_visible()  # sigma / sqrt(B) hidden at first
        # and its checkbox does not name the law before the question is answered
        label = explorer.controls["law_shown"].description
        assert not any(mark in label for mark in ("√", "σ", "sqrt", "/"))
        assert list(_drawn(visited)) == [100]
        explorer.controls["batch_size"].value = 400
        sizes = list(_drawn(visited))
        assert sizes == [100, 400]
        stds = np.asarray(visited.get_data()[1])
        assert stds[1] / stds[0] == pytest.approx(0.5, rel=0.1)  # halves
        explorer.controls["law_shown"].value = True
        assert law.get_visible()
        assert explorer.errors == []
    finally:
        explorer.close()


def test_minibatch_estimates_spread_is_sigma_over_sqrt_b():
    losses = np.random.default_rng(4).exponential(0.6, size=5000)
    sigma = losses.std()
    for b in (1, 16, 400):
        est = viz.minibatch_estimates(losses, b, 4000)
        assert est.std() == pytest.approx(sigma / math.sqrt(b), rel=0.08)
        assert est.mean() == pytest.approx(
            losses.mean(), abs=4 * sigma / math.sqrt(b * 4000)
        )


# ---------------------------------------------------------------- 4.2.5 explorer
def test_accuracy_table_matches_accuracy_and_loss():
    x, t = viz.tiny_data()
    ws = np.linspace(-2, 6, 41)
    acc, loss = viz.accuracy_and_loss_table(ws, x, t)
    for w, a, e in zip(ws, acc, loss, strict=True):
        a_one, e_one = viz.accuracy_and_loss(w, x, t)
        assert a == a_one
        assert e == pytest.approx(e_one, rel=1e-12)


def test_accuracy_explorer_traces_only_the_visited_range():
    explorer = viz.accuracy_explorer(w=1.0)
    try:
        assert explorer.alt.strip()
        ax_a = explorer.fig.axes[1]
        acc_line = ax_a.lines[0]
        assert np.ptp(_drawn(acc_line)) < 0.01  # just the starting point
        explorer.controls["w"].value = 2.0
        drawn = _drawn(acc_line)
        assert drawn.min() == pytest.approx(1.0, abs=0.006)
        assert drawn.max() == pytest.approx(2.0, abs=0.006)
        # between w = 1 and 2 the accuracy changes at only a few w
        _, heights = acc_line.get_data()
        assert 1 <= np.count_nonzero(np.diff(heights)) <= 10
        assert explorer.errors == []
    finally:
        explorer.close()


# ---------------------------------------------------------------- 4.2 answers
def test_the_questions_answers_agree_with_the_figures_data():
    from dlscratch_helpers.quiz import s4_2

    # accuracy-steps: moves of 0.01 from w = 1 to 2 that change the accuracy
    x, t = viz.tiny_data()
    ws = np.arange(100, 201) / 100
    acc, _ = viz.accuracy_and_loss_table(ws, x, t)
    changes = np.count_nonzero(np.diff(acc))
    assert changes == s4_2.PREDICTIONS["accuracy-steps"].answer
    # exercise 4: the smallest loss is not where the accuracy is highest
    ws = np.linspace(-2, 6, 801)
    acc, loss = viz.accuracy_and_loss_table(ws, x, t)
    best = int(np.argmin(loss))
    assert acc[best] < acc.max()
    highest_where_smallest = acc[best] == acc.max()
    assert s4_2.EXERCISES["4"].answer == ("yes" if highest_where_smallest else "no")
    # sse-vs-cee: SSE at p = 0 with the rest spread is 5/9, CEE is -log(1e-7)
    t2 = viz.onehot(2)
    assert sum_squares_error(viz.output_with(0.0), t2) == pytest.approx(5 / 9)
    question = s4_2.PREDICTIONS["sse-vs-cee"]
    assert question.answer == "It rises, to somewhere between 0.5 and 1"
    assert sum_squares_error(viz.output_with(0.6), t2) < 0.1  # where p starts
    # and no output, spread or on one wrong class, takes SSE above 1
    for wrong in ("spread", "one"):
        ps = np.linspace(0, 1, 101)
        sse = [sum_squares_error(viz.output_with(p, wrong=wrong), t2) for p in ps]
        assert max(sse) <= 1 + 1e-12
    assert cross_entropy_error(viz.output_with(0.0), t2) == pytest.approx(
        7 * math.log(10)
    )


@pytest.mark.parametrize("losses", [[], [0.3], [[0.1, 0.2], [0.3, 0.4]], [0.1, np.nan]])
def test_minibatch_explorer_refuses_losses_it_cannot_sample(losses):
    with pytest.raises(ValueError, match="losses must be the finite losses"):
        viz.minibatch_explorer(losses)
