"""Watch the network learn (notebook 4.5c, optional; our addition).

- :func:`hidden_weights_explorer`: the incoming weights of every hidden unit
  (one column of W1, 784 numbers) drawn as a 28 x 28 image, at the copies of
  W1 kept during training; an iteration slider walks through them, with the
  test accuracy reached by then.
- :func:`plot_confusion_matrix`: after training, which digit the network
  said for each true digit of the test set.
- :func:`plot_misclassified`: test digits the network got wrong, each with
  its two most probable classes.

:func:`confusion_matrix` and :func:`top2` compute the numbers these figures
show (the tests check them against a direct count and a softmax).
"""

from __future__ import annotations

import numbers
from contextlib import contextmanager

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.lines import Line2D

from ..i18n import Translated, _
from ..widgets import Explorer, int_slider, new_figure, readout

# a diverging map with white at 0 (ColorBrewer's RdBu, safe for colour-blind
# readers): red where ink raises the unit's input (a positive weight), blue
# where ink lowers it; the gaps between the tiles are light grey
WEIGHT_CMAP = plt.get_cmap("RdBu_r").with_extremes(bad="0.85")
ACC_COLOR = "#d62728"  # the test accuracy's colour in the training panel


@contextmanager
def progress_bar(total, desc=None):
    """A progress bar (tqdm.auto, leave=False) that leaves nothing behind: in
    a notebook, its output is emptied when it closes, so a saved notebook
    shows no bar (and nbval has nothing that varies to compare). desc, the
    bar's label, is shown in the learner's language (default "training")."""
    from tqdm.auto import tqdm
    from tqdm.notebook import tqdm as notebook_tqdm

    handle = None
    desc = _("training") if desc is None else _(desc)
    if issubclass(tqdm, notebook_tqdm):  # a kernel with ipywidgets: a widget bar
        from IPython.display import display

        bar = tqdm(total=total, desc=desc, leave=False, display=False)
        handle = display(bar.container, display_id=True)
    else:  # plain Python: a text bar on stderr
        bar = tqdm(total=total, desc=desc, leave=False)
    try:
        yield bar
    finally:
        bar.close()
        if handle is not None:
            handle.update({}, raw=True)


def _class_labels(values, name, n_classes):
    """values as integer class labels 0..n_classes - 1, or an error naming
    `name`: a label -1 would count in the last column and 0.9 as 0."""
    values = np.asarray(values)
    if values.dtype.kind not in "biuf":
        raise TypeError(
            _("{name} must hold class labels (numbers); got dtype {dtype}").format(
                name=name, dtype=values.dtype
            )
        )
    values = values.ravel()
    with np.errstate(invalid="ignore"):
        bad = ~((values >= 0) & (values < n_classes) & (values == np.round(values)))
    if np.any(bad):
        k = int(np.argmax(bad))
        raise ValueError(
            _(
                "{name} must hold class labels, whole numbers from 0 to {last}; "
                "image {k} has {value}. Pass the digits themselves: t_test, or "
                "np.argmax(y, axis=1) for the network's answers."
            ).format(name=name, last=n_classes - 1, k=k, value=values[k])
        )
    return values.astype(int)


def confusion_matrix(true, predicted, n_classes=10):
    """counts[i, j]: how many images of class i the network called j."""
    if (
        isinstance(n_classes, bool)
        or not isinstance(n_classes, numbers.Integral)
        or n_classes < 1
    ):
        raise ValueError(
            _("n_classes must be a whole number >= 1; got {value!r}").format(
                value=n_classes
            )
        )
    true = _class_labels(true, "true", n_classes)
    predicted = _class_labels(predicted, "predicted", n_classes)
    if true.shape != predicted.shape:
        raise ValueError(
            _(
                "true and predicted must have one label per image; got {n_true} "
                "and {n_predicted}"
            ).format(n_true=true.size, n_predicted=predicted.size)
        )
    counts = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(counts, (true, predicted), 1)
    return counts


def top2(probabilities):
    """The two most probable classes of each row and their probabilities:
    (classes, probs), each of shape (N, 2), most probable first."""
    p = np.asarray(probabilities, dtype=float)
    p = p.reshape(1, -1) if p.ndim == 1 else p
    classes = np.argsort(-p, axis=1, kind="stable")[:, :2]
    return classes, np.take_along_axis(p, classes, axis=1)


def _labels(t, name="true", n_classes=10):
    """Class indices from one-hot rows (or probabilities) or indices."""
    t = np.asarray(t)
    return np.argmax(t, axis=1) if t.ndim == 2 else _class_labels(t, name, n_classes)


def weight_tiles(W1, cols=10, side=28, gap=2):
    """The columns of W1 as side x side tiles in one mosaic, one unit per tile,
    each scaled to its own largest |weight| (so -1..1); NaN between tiles."""
    W1 = np.asarray(W1, dtype=np.float32)
    n_in, units = W1.shape
    if n_in != side * side:
        raise ValueError(
            _("W1 has {n_in} rows; a {side} x {side} image needs {pixels}").format(
                n_in=n_in, side=side, pixels=side**2
            )
        )
    rows = -(-units // cols)
    scale = np.abs(W1).max(axis=0)
    scaled = W1 / np.where(scale > 0, scale, 1)
    pitch = side + gap
    mosaic = np.full((rows * pitch - gap, cols * pitch - gap), np.nan, np.float32)
    for k in range(units):
        r, c = divmod(k, cols)
        y, x = r * pitch, c * pitch
        mosaic[y : y + side, x : x + side] = scaled[:, k].reshape(side, side)
    return mosaic


def hidden_weights_explorer(W1_seen, iterations, test_acc, cols=10):
    """An iteration slider over copies of W1 kept during training.

    W1_seen: W1 (784 x hidden) at each evaluation; iterations and test_acc:
    when they were kept and the test accuracy then (train's history
    ["eval_iters"] and ["test_acc"], same length). Left: each hidden unit's
    784 incoming weights as a 28 x 28 tile, scaled to its own largest
    |weight|; right: the test accuracy, a dot at the chosen iteration.
    """
    iterations = [int(i) for i in iterations]
    if not len(W1_seen) or not len(W1_seen) == len(iterations) == len(test_acc):
        raise ValueError(
            _(
                "W1_seen, iterations and test_acc must be non-empty and of one "
                "length; got {n_W1}, {n_iterations} and {n_acc}"
            ).format(
                n_W1=len(W1_seen), n_iterations=len(iterations), n_acc=len(test_acc)
            )
        )
    tiles = [weight_tiles(W, cols) for W in W1_seen]  # precomputed: moves only index
    units = np.shape(W1_seen[0])[1]
    step = iterations[1] - iterations[0] if len(iterations) > 1 else 1
    if step <= 0:
        raise ValueError(
            _(
                "iterations must increase from one copy of W1 to the next (train's "
                'history["eval_iters"]); got {first} then {second}'
            ).format(first=iterations[0], second=iterations[1])
        )
    if np.any(np.diff(iterations) != step):
        raise ValueError(_("iterations must be evenly spaced (train's eval_every)"))

    fig, (ax_w, ax_acc) = new_figure(
        ncols=2, figsize=(9.6, 3.4), gridspec_kw={"width_ratios": [3.2, 1]}
    )
    image = ax_w.imshow(
        tiles[-1], cmap=WEIGHT_CMAP, vmin=-1, vmax=1, interpolation="nearest",
        animated=True,
    )  # fmt: skip
    ax_w.set_axis_off()
    bar = fig.colorbar(image, ax=ax_w, shrink=0.8, ticks=[-1, 0, 1], pad=0.01)
    bar.ax.set_yticklabels([_("−max"), "0", _("+max")])
    bar.set_label(_("weight / unit's largest |weight|"), fontsize=9)
    ax_w.set_title(
        _(
            "Incoming weights of the {units} hidden units (W1's columns as 28 × 28)"
        ).format(units=units),
        fontsize=10,
    )
    # the accuracy curve covers the iterations the slider has visited: its shape
    # (when accuracy rises) is for the learner to find, as the question asks
    (curve,) = ax_acc.plot([], [], "--", color=ACC_COLOR, animated=True)
    (dot,) = ax_acc.plot([], [], "o", color=ACC_COLOR, ms=7, animated=True)
    ax_acc.set(xlabel=_("iteration"), ylabel=_("test accuracy"), ylim=(0, 1),
               xlim=(0, 1.05 * max(iterations[-1], 1)))  # fmt: skip
    # one legend entry for the dot and the dashed curve: at first only the
    # dot is drawn, and the curve grows as the slider visits iterations
    seen_key = Line2D(
        [], [], ls="--", marker="o", ms=5, color=ACC_COLOR,
        label=_("test acc\n(over the iterations visited)"),
    )  # fmt: skip
    ax_acc.legend(handles=[seen_key], loc="lower right", fontsize=9)
    text = readout(ax_acc, 0.04, 0.96)
    finite = [bool(np.all(np.isfinite(W))) for W in W1_seen]
    warning = ax_w.text(
        0.5, 0.5, "", transform=ax_w.transAxes, ha="center", va="center",
        color="#b00020", fontsize=12, fontweight="bold", animated=True,
    )  # fmt: skip

    # the texts translated once, here: a move only fills in their numbers
    said = _("iteration {iteration:,}\ntest acc {acc:.3f}")
    diverged = _("weights are NaN or infinite:\nthe run diverged")
    described = _(
        "Left: {units} small square images in a grid, the incoming weights "
        "of each hidden unit at iteration {iteration:,}, red for "
        "positive, blue for negative, white for zero. Right: the test "
        "accuracy at the iterations the slider has visited so far (at first "
        "a single dot at iteration {last:,}; the axis runs 0 to {last:,}), "
        "{acc:.2f} at this iteration."
    )

    seen = {"lo": len(tiles) - 1, "hi": len(tiles) - 1}  # the evaluations visited

    def update(iteration):
        k = int(np.clip(round((iteration - iterations[0]) / step), 0, len(tiles) - 1))
        seen["lo"], seen["hi"] = min(seen["lo"], k), max(seen["hi"], k)
        curve.set_data(
            iterations[seen["lo"] : seen["hi"] + 1],
            test_acc[seen["lo"] : seen["hi"] + 1],
        )
        image.set_data(tiles[k])
        dot.set_data([iterations[k]], [test_acc[k]])
        text.set_text(said.format(iteration=iterations[k], acc=test_acc[k]))
        # a diverged run has no weights to draw: say so on the figure
        warning.set_text("" if finite[k] else diverged)
        explorer_alt(k)

    def explorer_alt(k):
        if "explorer" in state:
            state["explorer"].alt = Translated(described.format(
                units=units, iteration=iterations[k], last=iterations[-1],
                acc=test_acc[k],
            ))  # fmt: skip

    state = {}
    controls = {
        "iteration": int_slider(
            _("iteration"), iterations[0], iterations[-1], iterations[-1], step=step
        )
    }
    explorer = Explorer(fig, update, controls, name="hidden_weights_explorer")
    state["explorer"] = explorer
    explorer_alt(len(tiles) - 1)
    return explorer


def plot_confusion_matrix(true, predicted, n_classes=10):
    """The test set's confusion matrix: counts in every cell; the mistakes
    (off the diagonal) coloured by count (viridis), the diagonal in grey.
    The figure's .alt says what it shows; .counts holds the matrix."""
    counts = confusion_matrix(
        _labels(true, "true", n_classes),
        _labels(predicted, "predicted", n_classes),
        n_classes,
    )
    wrong = counts.astype(float)
    np.fill_diagonal(wrong, np.nan)
    top = max(np.nanmax(wrong), 1)
    fig, ax = plt.subplots(figsize=(5.6, 4.6), layout="constrained")
    cmap = plt.get_cmap("viridis").with_extremes(bad="0.9")
    shown = ax.imshow(wrong, cmap=cmap, vmin=0, vmax=top)
    for i in range(n_classes):
        for j in range(n_classes):
            n = counts[i, j]
            if i == j:
                ax.text(j, i, n, ha="center", va="center", fontsize=9,
                        fontweight="bold", family="DejaVu Sans")  # fmt: skip
            elif n:
                # black on bright colours, white on dark (the colour's luminance)
                r, g, b, _a = cmap(shown.norm(n))
                bright = 0.299 * r + 0.587 * g + 0.114 * b > 0.5
                ax.text(j, i, n, ha="center", va="center", fontsize=9,
                        family="DejaVu Sans",
                        color="black" if bright else "white")  # fmt: skip
    ax.set(
        xticks=range(n_classes), yticks=range(n_classes),
        xlabel=_("the network said"), ylabel=_("true digit"),
        title=_("Test set: {right:,} of {total:,} right").format(
            right=int(np.trace(counts)), total=counts.sum()),
    )  # fmt: skip
    fig.colorbar(shown, ax=ax, label=_("mistakes (count); diagonal: right, grey"))
    right, total = int(np.trace(counts)), int(counts.sum())
    if right == total:  # no mistake to name
        fig.alt = Translated(
            _(
                "A {n} by {n} grid of counts: rows the true digit, columns the "
                "network's answer. All {total:,} test digits lie on the grey diagonal: "
                "no mistakes."
            ).format(n=n_classes, total=total)
        )
    else:
        i, j = np.unravel_index(np.nanargmax(wrong), wrong.shape)
        fig.alt = Translated(
            _(
                "A {n} by {n} grid of counts: rows the true digit, columns the "
                "network's answer. {right:,} of {total:,} test digits lie on the grey "
                "diagonal (right answers); the most frequent mistake is a true {true} "
                "called {said}, {times} times."
            ).format(
                n=n_classes,
                right=right,
                total=total,
                true=i,
                said=j,
                times=counts[i, j],
            )
        )
    fig.counts = counts
    return fig


def plot_misclassified(images, true, probabilities, n=12, cols=6):
    """The first n test images the network got wrong, each titled with the true
    digit and the network's two most probable classes with their
    probabilities. The figure's .shown lists (index, true, classes, probs)."""
    images = np.asarray(images).reshape(len(images), 28, 28)
    classes, probs = top2(probabilities)
    t = _labels(true, "true", np.shape(probabilities)[-1])
    wrong = np.flatnonzero(classes[:, 0] != t)[:n]
    rows = -(-max(len(wrong), 1) // cols)
    fig, axes = plt.subplots(
        rows, cols, figsize=(1.5 * cols, 1.9 * rows),
        layout="constrained", squeeze=False,
    )  # fmt: skip
    shown = []
    for ax in axes.ravel():
        ax.set_axis_off()
    if not len(wrong):
        axes[0, 0].text(0, 0.5, _("no mistakes: nothing to show"), fontsize=11)
    titled = _("true {digit}\n{c1}: {p1:.2f}   {c2}: {p2:.2f}")
    for ax, k in zip(axes.ravel(), wrong, strict=False):
        ax.imshow(images[k], cmap="gray_r", vmin=0, vmax=max(images[k].max(), 1e-9))
        (c1, c2), (p1, p2) = classes[k], probs[k]
        ax.set_title(titled.format(digit=t[k], c1=c1, p1=p1, c2=c2, p2=p2), fontsize=9)
        shown.append((int(k), int(t[k]), (int(c1), int(c2)), (float(p1), float(p2))))
    second = sum(s[2][1] == s[1] for s in shown)
    fig.suptitle(
        _("Misclassified test digits: the network's first and second choice"),
        fontsize=10,
    )
    fig.shown = shown
    fig.alt = Translated(
        _(
            "{n} handwritten test digits the network got wrong, each titled "
            "with its true digit and the network's two most probable answers; for "
            "{second} of them the second answer is the true digit."
        ).format(n=len(shown), second=second)
    )
    return fig
