"""Figures of notebook 4.1 (dlscratch_helpers.viz.learning).

The hand-written rule's figure draws what the rule did (one bar per digit,
the fraction it calls a 5) and outline histograms told apart by colour and
line style; the over-fitting explorer traces its error curves only up to the
chosen degree (the static picture does not give away the best degree) and
carries alt text.
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import Polygon, Rectangle  # noqa: E402

from dlscratch_helpers.viz import learning as viz  # noqa: E402

REGIONS = {
    "top bar": np.s_[4:9, 10:20],
    "right side": np.s_[10:13, 16:23],
    "belly": np.s_[16:22, 16:23],
}


@pytest.fixture
def rule_figure():
    rng = np.random.default_rng(0)
    labels = np.repeat(np.arange(10), 6)
    images = (rng.random((60, 784)) > 0.8).astype(np.float32)
    accepted = rng.random(60) < 0.4
    fig = viz.plot_hand_rule(images[0], REGIONS, "right side", images, labels, accepted)
    yield fig, labels, accepted, images
    plt.close(fig)


def test_rule_figure_bars_are_the_fraction_called_a_5(rule_figure):
    fig, labels, accepted, _ = rule_figure
    ax_bars = fig.axes[2]
    bars = [p for p in ax_bars.patches if isinstance(p, Rectangle)]
    heights = [b.get_height() for b in bars]
    expected = [accepted[labels == d].mean() for d in range(10)]
    np.testing.assert_allclose(heights, expected)


def test_rule_figure_histograms_are_outlines_in_distinct_styles(rule_figure):
    fig, labels, _, images = rule_figure
    ax_hist = fig.axes[1]
    outlines = [p for p in ax_hist.patches if isinstance(p, Polygon)]
    assert len(outlines) == 3  # 5s, 6s, all other digits
    assert not any(p.get_fill() for p in outlines)  # no translucent fills to mix
    colors = {tuple(np.round(p.get_edgecolor(), 3)) for p in outlines}
    styles = {str(p.get_linestyle()) for p in outlines}
    assert len(colors) == 3 and len(styles) == 3
    legend = [t.get_text() for t in ax_hist.get_legend().get_texts()]
    assert legend == ["5s", "6s", "all other digits"]
    # the histogram of the 5s counts the ink of the measured region
    ink = (images.reshape(-1, 28, 28)[:, 10:13, 16:23] > 0.5).sum(axis=(1, 2))
    counts, _ = np.histogram(ink[labels == 5], bins=np.arange(-0.5, 22))
    y = outlines[0].get_xy()[:, 1]
    assert np.isclose(y.max(), (counts / counts.sum()).max())


def test_rule_figure_draws_each_region(rule_figure):
    fig, *_ = rule_figure
    ax_image = fig.axes[0]
    boxes = [p for p in ax_image.patches if isinstance(p, Rectangle)]
    assert [(b.get_width(), b.get_height()) for b in boxes] == [
        (10, 5),
        (7, 3),
        (7, 6),
    ]
    legend = [t.get_text() for t in ax_image.get_legend().get_texts()]
    assert legend == list(REGIONS)


def test_overfitting_explorer_traces_errors_up_to_the_chosen_degree():
    explorer = viz.overfitting_explorer(degree=1, n_train=10)
    try:
        ax_err = explorer.fig.axes[1]
        train_line, test_line = ax_err.get_lines()[:2]
        assert list(train_line.get_xdata()) == [0, 1]
        explorer.controls["degree"].value = 9
        assert list(test_line.get_xdata()) == list(range(10))
        degrees, sizes, train_err, test_err = explorer.errors_table
        np.testing.assert_allclose(test_line.get_ydata(), test_err[0, :10])
        assert isinstance(explorer.alt, str) and "degree" in explorer.alt
    finally:
        explorer.close()


@pytest.mark.parametrize(
    ("degree", "n_train", "word"),
    [
        (1, 10, "under-fitting"),
        (2, 10, "under-fitting"),  # a parabola cannot follow one period of a sine
        (3, 10, "generalises"),
        (12, 10, "over-fitting"),
        (12, 100, "generalises"),
        (1, 100, "under-fitting"),
    ],
)
def test_overfitting_explorer_verdict(degree, n_train, word):
    explorer = viz.overfitting_explorer(degree=degree, n_train=n_train)
    try:
        assert word in explorer.fig._suptitle.get_text()
    finally:
        explorer.close()
