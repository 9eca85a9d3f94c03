"""Figures and the training panel of notebooks/4.5-learning-algorithm.ipynb."""

from __future__ import annotations

import time

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

from ..fast_net import FastTwoLayerNet, _check_whole, _check_x, train_new_network
from ..i18n import N_, Translated, _, speaking
from ..widgets import (
    Panel,
    int_slider,
    log_slider,
    new_figure,
    register,
)

LOSS_COLOR, TRAIN_COLOR, TEST_COLOR = "#1f77b4", "#2ca02c", "#d62728"


def moving_average(values, window=100):
    """Mean of each value and the window - 1 before it (fewer at the start)."""
    values = np.asarray(values, dtype=float)
    csum = np.concatenate([[0.0], np.cumsum(values)])
    ends = np.arange(1, values.size + 1)
    counts = np.minimum(ends, window)
    return (csum[ends] - csum[ends - counts]) / counts


def plot_training(history, iter_per_epoch, title=None, **fields):
    """The book's two figures side by side: the loss of every mini-batch, and
    the training (solid) and test (dashed) accuracy once per epoch.

    title is shown in the learner's language; it may hold {fields} filled in
    from `fields` after translation, e.g. title="lr {lr}", lr=0.1. fig.alt
    says what the figure shows, with its numbers, for show(fig.alt, fig)."""
    fig, (ax_loss, ax_acc) = plt.subplots(1, 2, figsize=(10, 3.6), layout="constrained")
    loss = history["train_loss"]
    iters = np.arange(len(loss))
    ax_loss.plot(
        iters,
        loss,
        color=LOSS_COLOR,
        lw=0.5,
        alpha=0.35,
        label=_("each mini-batch"),
    )
    ax_loss.plot(
        iters,
        moving_average(loss),
        color=LOSS_COLOR,
        lw=2,
        label=_("mean of the last 100"),
    )
    ax_loss.set(
        xlabel=_("iteration"),
        ylabel=_("loss (cross entropy)"),
        title=_("Loss falls as SGD updates the weights"),
        ylim=(0, None),
    )
    ax_loss.legend()
    epochs = np.asarray(history["eval_iters"]) / iter_per_epoch
    ax_acc.plot(epochs, history["train_acc"], color=TRAIN_COLOR, label=_("train acc"))
    ax_acc.plot(
        epochs, history["test_acc"], "--", color=TEST_COLOR, label=_("test acc")
    )
    ax_acc.set(
        xlabel=_("epochs"),
        ylabel=_("accuracy"),
        ylim=(0, 1.0),
        title=_("Accuracy once per epoch: train solid, test dashed"),
    )
    ax_acc.legend(loc="lower right")
    if title:
        fig.suptitle(_(title).format(**fields) if fields else _(title))
    fig.alt = Translated(_(
        "Two panels. Left: the loss of each mini-batch over {iters} iterations, from"
        " {first:.1f} at the start to {last:.2f} (mean of the last 100). Right:"
        " training (solid) and test (dashed) accuracy once per epoch, ending at"
        " {train_acc:.2f} and {test_acc:.2f}."
    ).format(
        iters=len(loss), first=loss[0] if len(loss) else np.nan,
        last=np.mean(loss[-100:]) if len(loss) else np.nan,
        train_acc=history["train_acc"][-1] if history["train_acc"] else np.nan,
        test_acc=history["test_acc"][-1] if history["test_acc"] else np.nan,
    ))  # fmt: skip
    return fig


def untrained_loss(x_train, t_train, hidden_size=50, seed=0, input_size=784):
    """Where a run of fast_net.train_new_network with this hidden_size and
    seed starts: its untrained network's loss on the first 1,000 training
    images (many, so not the noise of one mini-batch)."""
    network = FastTwoLayerNet(input_size, hidden_size, 10, seed=seed)
    return network.loss(x_train[:1000], t_train[:1000])


def advice(history, start_loss):
    """What a run's losses say about its learning rate, or "" if it learned.

    start_loss is the untrained network's loss (:func:`untrained_loss`: on
    many images, so not the noise of one mini-batch). The run is judged from
    smoothed losses: the mean of its last tenth against start_loss.

    - diverged (the loss became NaN): learning rate too large;
    - the smoothed loss ended clearly above where it started: too large;
    - it barely moved, after single losses jumped far above the start
      (steps so large that the network got stuck): too large;
    - it barely moved, and never jumped: too small (or too few iterations).
    """
    loss = np.asarray(history["train_loss"], dtype=float)
    if history.get("diverged_at") is not None:
        return _(
            "diverged at iteration {k}:\n"
            "the loss became NaN.\nTry a smaller learning rate."
        ).format(k=history["diverged_at"])
    if loss.size == 0:
        return ""
    end = float(np.mean(loss[-max(loss.size // 10, 1) :]))
    if end > 1.1 * start_loss:
        return _("the loss went up, not down:\nlearning rate too large")
    if end > 0.95 * start_loss:
        if np.max(loss) > 1.5 * start_loss:
            return _(
                "the loss jumped up, then stuck\nnear its start: "
                "learning rate too large"
            )
        return _("the loss barely moved:\nlearning rate too small")
    return ""


def _check_panel_data(x_train, t_train, x_test, t_test):
    """The panel's data as arrays; images as rows of one size (N, size).

    The network's input size is read from x_train, so unflattened images
    (N, 1, 28, 28) must be named here, with the flatten hint, before a
    network of 1 input is built from them."""
    x_train, x_test = np.asarray(x_train), np.asarray(x_test)
    size = int(np.prod(x_train.shape[1:])) if x_train.ndim >= 2 else x_train.size
    for x, name in ((x_train, "train"), (x_test, "test")):
        x = _check_x(x, size, name=f"x_{name}")
        if x.ndim != 2 or x.shape[0] == 0 or size == 0:
            raise ValueError(
                _(
                    "x_{name} must be a batch of at least one image, shape (N, "
                    "{size}); got shape {shape}"
                ).format(name=name, size=size, shape=x.shape)
            )
    return x_train, np.asarray(t_train), x_test, np.asarray(t_test)


class TrainingPanel(Panel):
    """Sliders for learning rate, batch size and hidden size, and a Train button.

    Each press trains a fresh FastTwoLayerNet (seed 0) for `iters_num`
    iterations on the data given and redraws the loss and accuracy curves
    as it goes; from the second run on, the previous run stays in grey for
    comparison. A run whose loss turns NaN is drawn as diverged, never
    raised; a note judges the learning rate from the smoothed losses
    (:func:`advice`). ``alt`` describes the current picture in words.
    """

    def __init__(
        self, x_train, t_train, x_test, t_test, iters_num=500, name="TrainingPanel"
    ):
        self.data = _check_panel_data(x_train, t_train, x_test, t_test)
        self.iters_num = _check_whole(iters_num, "iters_num", 1)
        controls = {
            "learning_rate": log_slider(
                _("learning rate"), -3, 3, 0.1, step=0.25, fmt=".3g"
            ),
            "batch_size": int_slider(N_("batch size"), 10, 500, 100, step=10),
            "hidden_size": int_slider(N_("hidden size"), 2, 200, 50),
        }
        self.button = widgets.Button(
            description=_("Train"), button_style="primary", icon="play"
        )
        self.progress = widgets.IntProgress(min=0, max=iters_num, description="")
        super().__init__(
            self._build_figure(), controls, name, alt=_("Training panel: no run yet.")
        )
        self.button.on_click(lambda _: self.train())
        # Panel's box, with the Train button and the progress bar under the sliders
        self.widget = widgets.VBox(
            [
                widgets.VBox(list(self.controls.values())),
                widgets.HBox([self.button, self.progress]),
                self.image,
                self.status,
            ]
        )
        self.train()  # the default run: what a static reader sees
        register(self)

    def _build_figure(self):
        """The figure with its empty curves, note and title; returns it."""
        fig, (ax_loss, ax_acc) = new_figure(ncols=2, figsize=(9.5, 3.4))
        self.ax_loss, self.ax_acc = ax_loss, ax_acc
        # no previous run yet: labels starting with "_" stay out of the legend
        grey = dict(color="0.75", animated=True)
        self.old = {
            "loss": ax_loss.plot([], [], lw=0.8, label="_previous run", **grey)[0],
            "test": ax_acc.plot([], [], "--", label="_previous test", **grey)[0],
        }
        self.lines = {
            "loss": ax_loss.plot(
                [], [], color=LOSS_COLOR, lw=0.8, label=_("loss"), animated=True
            )[0],
            "train": ax_acc.plot(
                [],
                [],
                "-o",
                ms=3,
                color=TRAIN_COLOR,
                label=_("train acc"),
                animated=True,
            )[0],
            "test": ax_acc.plot(
                [],
                [],
                "--o",
                ms=3,
                color=TEST_COLOR,
                label=_("test acc"),
                animated=True,
            )[0],
        }
        # fixed axes, so that each frame only redraws the curves (blitting);
        # a log scale holds both a good run (0.1) and a hopeless one (16)
        ax_loss.set(
            xlabel=_("iteration"),
            ylabel=_("loss (log scale)"),
            yscale="log",
            xlim=(0, self.iters_num),
            ylim=(0.02, 20),
        )
        ax_acc.set(
            xlabel=_("iteration"),
            ylabel=_("accuracy"),
            xlim=(0, self.iters_num),
            ylim=(0, 1),
        )
        self._legends()
        self.note = ax_loss.text(
            0.5,
            0.5,
            "",
            transform=ax_loss.transAxes,
            ha="center",
            va="center",
            color="#b00020",
            fontsize=11,
            fontweight="bold",
            animated=True,
        )
        self.title = fig.suptitle("", animated=True)
        return fig

    def _legends(self):
        self.ax_loss.legend(loc="lower left", fontsize=9)
        self.ax_acc.legend(loc="upper left", fontsize=9)  # clear of a run stuck at 0.1

    def _keep_as_previous(self):
        """The last run becomes the grey "previous run" (in the legend from now on)."""
        if not len(self.lines["loss"].get_xdata()):
            return  # nothing was drawn yet
        self.old["loss"].set_data(*self.lines["loss"].get_data())
        self.old["test"].set_data(*self.lines["test"].get_data())
        if self.old["loss"].get_label().startswith("_"):
            self.old["loss"].set_label(_("previous run"))
            self.old["test"].set_label(_("previous test"))
            self._legends()
            self._backgrounds.clear()  # the legends are part of the background

    def _settings(self) -> str:
        v = self.values
        return _(
            "lr = {lr:.3g}, batch size = {batch_size}, hidden size = {hidden_size}"
        ).format(
            lr=v["learning_rate"],
            batch_size=v["batch_size"],
            hidden_size=v["hidden_size"],
        )

    def _draw(self):
        """A quick frame now (the curves over the cached background), a crisp
        one once the panel rests: the path every live figure takes."""
        self._render(False)
        self._sharpen_later()

    def _on_change(self, change):
        with speaking(self.language):
            self.title.set_text(
                _("{settings}: press Train").format(settings=self._settings())
            )
            self.title.set_color("0.3")
            self._draw()

    def _show(self, history, final=False):
        # during a run, at most a few frames a second: drawing costs more
        # than training between two evaluations
        if not final and time.perf_counter() - self._last_frame < 0.2:
            return
        loss = np.asarray(history["train_loss"])
        self.lines["loss"].set_data(np.arange(loss.size), loss)
        self.lines["train"].set_data(history["eval_iters"], history["train_acc"])
        self.lines["test"].set_data(history["eval_iters"], history["test_acc"])
        self.progress.value = loss.size
        if not final:  # the caller draws the last frame, with its labels
            self._draw()
            self._last_frame = time.perf_counter()

    def train(self, iters_num=None):
        """Train a fresh network with the sliders' settings; draw as it goes.
        iters_num: this run's iterations (default: the panel's)."""
        if iters_num is None:
            iters_num = self.iters_num
        iters_num = _check_whole(iters_num, "iters_num", 1)
        with speaking(self.language):  # the language it was built in
            self._train(iters_num)

    def _train(self, iters_num):
        v = self.values
        self._keep_as_previous()
        for line in self.lines.values():
            line.set_data([], [])
        self.note.set_text("")
        self.title.set_text(
            _("{settings}: training ...").format(settings=self._settings())
        )
        self.title.set_color("black")
        self.progress.max = iters_num
        self.button.disabled = True
        start = self._last_frame = time.perf_counter()
        try:
            x_train, t_train, x_test, t_test = self.data
            size = {"hidden_size": v["hidden_size"], "input_size": x_train.shape[1]}
            start_loss = untrained_loss(x_train, t_train, **size)
            network, history = train_new_network(
                *self.data,
                **size,
                iters_num=iters_num,
                batch_size=v["batch_size"],
                learning_rate=v["learning_rate"],
                eval_every=max(iters_num // 10, 10),
                on_eval=self._show,
            )
            seconds = time.perf_counter() - start
            done = len(history["train_loss"])
            if history["diverged_at"] is None and history["eval_iters"][-1] != done:
                # one more evaluation, after the last update
                history["train_acc"].append(network.accuracy(x_train, t_train))
                history["test_acc"].append(network.accuracy(x_test, t_test))
                history["eval_iters"].append(done)
            self._show(history, final=True)
            self.note.set_text(advice(history, start_loss))
            if history["diverged_at"] is not None:
                k = history["diverged_at"]
                settings = self._settings()
                self.title.set_text(_("{settings}: diverged").format(settings=settings))
                self.status.value = _(
                    "Diverged at iteration {k} ({seconds:.1f} s)."
                ).format(k=k, seconds=seconds)
                self.alt = Translated(
                    _(
                        "Training panel, {settings}: the run diverged at "
                        "iteration {k} (the loss became NaN)."
                    ).format(settings=settings, k=k)
                )
            else:
                acc = history["test_acc"][-1]
                settings = self._settings()
                self.title.set_text(
                    _(
                        "{settings}: test accuracy {acc:.3f} "
                        "after {iters_num} iterations"
                    ).format(settings=settings, acc=acc, iters_num=iters_num)
                )
                self.status.value = _(
                    "Trained {iters_num} iterations in "
                    "{seconds:.1f} s; final test accuracy {acc:.3f}."
                ).format(iters_num=iters_num, seconds=seconds, acc=acc)
                loss = history["train_loss"]
                alt = Translated(
                    _(
                        "Training panel, {settings}: the mini-batch loss "
                        "(left, log scale) goes from {start:.2f} to about "
                        "{end:.2f} in "
                        "{iters_num} iterations; train and test accuracy (right) "
                        "end at {train_acc:.2f} and {test_acc:.2f}."
                    ).format(
                        settings=settings,
                        start=loss[0],
                        end=np.mean(loss[-max(len(loss) // 10, 1) :]),
                        iters_num=iters_num,
                        train_acc=history["train_acc"][-1],
                        test_acc=acc,
                    )
                )
                if self.note.get_text():
                    note = self.note.get_text().replace("\n", " ")
                    alt += " " + _("Note: {note}").format(note=note)
                self.alt = alt
            self._draw()
        except Exception as error:  # keep the panel alive and say what went wrong
            self._show_error(N_("train with these settings"), error)
        finally:
            self.button.disabled = False

    def exercise(self, between: int = 3, iters_num: int = 10) -> dict:
        """Move each slider to its extremes and values between, training a
        tiny run at each; report how often the picture changed and errors."""
        full_run, self.iters_num = self.iters_num, iters_num
        try:
            return super().exercise(between)
        finally:
            self.iters_num = full_run

    def _after_move(self) -> None:
        self.button.click()  # as a learner would, on a tiny run

    def _children(self) -> list:
        return [*super()._children(), self.button, self.progress]
