"""Every figure the notebooks show is legible in both editions: each visible
text is at least 9 pt, and the saved picture has at least 120 dpi.

Static figures are saved by the inline backend at their figure's dpi (the
course raises matplotlib's default to i18n.FIGURE_DPI); a live figure's saved
picture is its crisp frame (widgets.Panel._repr_mimebundle_). Each figure is
built here from small stand-in data, in English and in Korean; a last test
checks that every figure function the notebooks call is among them.
"""

from __future__ import annotations

import base64
import functools
import io
import re

import matplotlib
import matplotlib.pyplot as plt
import nbformat
import numpy as np
import pytest
from matplotlib.text import Text
from notebook_list import english_notebooks
from PIL import Image

from dlscratch_helpers import set_language, widgets
from dlscratch_helpers.fast_net import FastTwoLayerNet, train
from dlscratch_helpers.viz import (
    curvature,
    gradient,
    landscape,
    learning,
    loss,
    numdiff,
    sgd,
    training,
    watch,
)

matplotlib.use("Agg")

SMALLEST_PT = 9
LEAST_DPI = 120


def _digits(n, pixels=784, seed=0):
    """Ten noisy prototypes (a stand-in for MNIST): images in 0..1, labels."""
    rng = np.random.default_rng(seed)
    prototypes = np.random.default_rng(5).random((10, pixels)) < 0.2
    t = rng.integers(0, 10, n)
    x = np.clip(prototypes[t] + rng.normal(0, 0.3, (n, pixels)), 0, 1)
    return x.astype(np.float32), t


@functools.cache  # one run serves four figures in both languages
def _run():
    """A short training run: its network, history, W1 at each evaluation, data."""
    x, t = _digits(300)
    x_test, t_test = _digits(100, seed=1)
    net = FastTwoLayerNet(784, 12, 10, seed=0)
    seen = []
    history = train(
        net, x, t, x_test, t_test, iters_num=200, batch_size=20, learning_rate=0.5,
        eval_every=20, on_eval=lambda h: seen.append(net.params["W1"].copy()),
    )  # fmt: skip
    return net, history, seen, x_test, t_test


@functools.cache
def _landscapes():
    x, t = _digits(200)
    one_hot = np.eye(10, dtype=np.float32)[t]
    runs = {}
    for lr in (0.5, 5.0):
        net, history, snaps = landscape.train_with_snapshots(
            x, one_hot, x[:50], one_hot[:50], lr, iters_num=60, every=20, hidden_size=6
        )
        runs[f"lr = {lr:g}"] = (net.params, history, snaps)
    return landscape.compute_landscapes(
        x, one_hot, None, None, runs=runs, extents=(0.5, 1.0), n_images=100,
        points=9, progress=False,
    )  # fmt: skip


def _sweep():
    x, t = _digits(200)
    one_hot = np.eye(10, dtype=np.float32)[t]
    sweep = curvature.lr_sweep(
        x, one_hot, x, one_hot, [0.5, 5.0, 1000.0], iters_num=60, progress=False
    )
    return curvature.plot_critical_lr(sweep, 1.0, show_lrs=(0.5, 5.0))


def _sgd_explorer():
    rng = np.random.default_rng(1)
    t = (rng.random(300) < 0.5).astype(float)
    x = rng.normal(size=(300, 2)) + np.outer(t - 0.5, [1.0, 1.5])
    return sgd.sgd_noise_explorer((x - x.mean(0)) / x.std(0), t, batch_size=10)


def _training_panel():
    x, t = _digits(400, pixels=20)
    x_test, t_test = _digits(100, pixels=20, seed=1)
    return training.TrainingPanel(x, t, x_test, t_test, iters_num=100)


def _hidden_weights():
    _, history, seen, *_ = _run()
    return watch.hidden_weights_explorer(
        seen, history["eval_iters"], history["test_acc"]
    )


def _confusion():
    net, _, _, x_test, t_test = _run()
    return watch.plot_confusion_matrix(t_test, net.predict(x_test))


def _misclassified():
    net, _, _, x_test, t_test = _run()
    return watch.plot_misclassified(x_test, t_test, net.predict(x_test), n=12)


def _hand_rule():
    images, labels = _digits(60)
    regions = {"top bar": np.s_[4:9, 10:20], "right side": np.s_[10:13, 16:23]}
    accepted = np.random.default_rng(0).random(60) < 0.4
    return learning.plot_hand_rule(
        images[0], regions, "right side", images, labels, accepted
    )


# the module and name a notebook calls -> a figure (static) or a panel (live)
FIGURES = {
    "learning.plot_digits": lambda: learning.plot_digits(
        _digits(20)[0], title="40 handwritten 5s from the training data"
    ),
    "learning.plot_hand_rule": _hand_rule,
    "learning.plot_three_approaches": lambda: learning.plot_three_approaches(
        _digits(1)[0][0]
    ),
    "learning.plot_gradient_histograms": lambda: learning.plot_gradient_histograms(
        _digits(3)[0], np.random.default_rng(0).random((3, 128)), ["a 1", "a 0", "a 5"]
    ),
    "learning.overfitting_explorer": lambda: learning.overfitting_explorer(degree=1),
    "loss.plot_neg_log": loss.plot_neg_log,
    "loss.plot_step_vs_sigmoid": loss.plot_step_vs_sigmoid,
    "loss.loss_explorer": loss.loss_explorer,
    "loss.minibatch_explorer": lambda: loss.minibatch_explorer(
        np.random.default_rng(0).exponential(0.5, 2000)
    ),
    "loss.accuracy_explorer": loss.accuracy_explorer,
    "numdiff.plot_partials": numdiff.plot_partials,
    "numdiff.error_explorer": numdiff.error_explorer,
    "numdiff.tangent_explorer": numdiff.tangent_explorer,
    "gradient.plot_saddle_and_plateau": gradient.plot_saddle_and_plateau,
    "gradient.gradient_field_explorer": gradient.gradient_field_explorer,
    "gradient.descent_explorer": gradient.descent_explorer,
    "sgd.sgd_noise_explorer": _sgd_explorer,
    "training.plot_training": lambda: training.plot_training(
        _run()[1], 15, title="lr {lr}", lr=0.5
    ),
    "training.TrainingPanel": _training_panel,
    "curvature.plot_critical_lr": _sweep,
    "landscape.landscape_explorer": lambda: landscape.landscape_explorer(
        _landscapes(), extent=1.0
    ),
    "landscape.slices_figure": lambda: landscape.slices_figure(
        _landscapes(), ["lr = 0.5", "lr = 5"], extent=1.0
    )[0],
    "watch.hidden_weights_explorer": _hidden_weights,
    "watch.plot_confusion_matrix": _confusion,
    "watch.plot_misclassified": _misclassified,
}

# what the notebooks call that draws nothing (data, numbers, a progress bar)
NOT_FIGURES = {
    "loss.output_with", "loss.tiny_data", "loss.accuracy_and_loss",
    "numdiff.difference_errors", "landscape.compute_landscapes",
    "curvature.lr_sweep", "curvature.observed_critical_lr", "watch.progress_bar",
}  # fmt: skip


def small_texts(fig) -> list[str]:
    """The visible, non-empty texts of fig smaller than SMALLEST_PT, with sizes."""
    return [
        f"{t.get_text()!r}: {t.get_fontsize():g} pt"
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip() and t.get_fontsize() < SMALLEST_PT
    ]


@pytest.fixture(params=["en", "ko"])
def language(request):
    set_language(request.param)
    yield request.param
    set_language("en")
    plt.close("all")


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_text_is_at_least_9_pt_and_the_saved_picture_120_dpi(name, language):
    made = FIGURES[name]()
    if isinstance(made, widgets.Panel):
        try:
            data, metadata = made._repr_mimebundle_()
            png = Image.open(io.BytesIO(base64.b64decode(data["image/png"])))
            dpi = png.width / made.fig.get_figwidth()
            # laid out at the live figure's size: CSS_DPI pixels an inch
            assert metadata["image/png"]["width"] == round(
                made.fig.get_figwidth() * widgets.CSS_DPI
            )
            made.exercise(between=1)  # every text the controls write, too
            assert small_texts(made.fig) == []
        finally:
            made.close()
    else:
        made.canvas.draw()
        dpi = made.dpi  # what the inline backend saves it at
        assert small_texts(made) == []
    assert dpi >= LEAST_DPI


def test_the_course_raises_the_dpi_but_keeps_a_learners_higher_one():
    before = matplotlib.rcParams["figure.dpi"]
    try:
        matplotlib.rcParams["figure.dpi"] = 100.0  # matplotlib's default
        set_language("en")
        assert matplotlib.rcParams["figure.dpi"] == LEAST_DPI
        matplotlib.rcParams["figure.dpi"] = 200.0  # the learner's own
        set_language("ko")
        set_language("en")
        assert matplotlib.rcParams["figure.dpi"] == 200.0
    finally:
        matplotlib.rcParams["figure.dpi"] = before


def _called() -> set[str]:
    """module.function for every call of a figure module in the notebooks."""
    found = set()
    for path in english_notebooks():
        code = "\n".join(
            c.source for c in nbformat.read(path, as_version=4).cells
            if c.cell_type == "code"
        )  # fmt: skip
        aliases = {
            alias or module: module
            for module, alias in re.findall(
                r"from dlscratch_helpers\.viz import (\w+)(?: as (\w+))?", code
            )
        }
        for alias, function in re.findall(r"\b(\w+)\.(\w+)\(", code):
            if alias in aliases and aliases[alias] != "show":
                found.add(f"{aliases[alias]}.{function}")
    return found


def test_every_figure_the_notebooks_show_is_checked_here():
    called = _called()
    assert len(called) > 20  # the scan finds the calls
    assert called - set(FIGURES) - NOT_FIGURES == set()
