"""Figures and the over-fitting explorer of notebooks/4.1-learning-from-data.ipynb."""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyBboxPatch

from ..i18n import N_, _
from ..widgets import Explorer, int_slider, new_figure

HUMAN, MACHINE = "white", "#9ecae1"  # box colours: designed by people / learned


def _box(ax, x, y, text, color, width=0.22):
    ax.add_patch(
        FancyBboxPatch(
            (x - width / 2, y - 0.2),
            width,
            0.4,
            boxstyle="round,pad=0.02",
            facecolor=color,
            edgecolor="black",
            lw=1.2,
        )
    )
    ax.text(x, y, text, ha="center", va="center", fontsize=10)


def _arrow(ax, x0, x1, y):
    ax.annotate(
        "",
        xy=(x1, y),
        xytext=(x0, y),
        arrowprops=dict(arrowstyle="-|>", lw=1.4, color="black"),
    )


def plot_three_approaches(image):
    """The three ways to recognise a digit (the book's figure 4-2), drawn.

    White boxes are designed by people; blue boxes are learned from data.
    """
    fig, ax = plt.subplots(figsize=(10, 5.2), layout="constrained")
    ax.set(xlim=(-0.02, 1.3), ylim=(0.15, 3.25))
    ax.axis("off")
    rows = [
        (
            2.75,
            _("1. rules written by hand"),
            [(_("algorithm\ndesigned by people"), HUMAN)],
        ),
        (
            1.75,
            _("2. features + machine learning"),
            [
                (_("features designed\nby people\n(SIFT, HOG, ...)"), HUMAN),
                (_("machine learning\n(SVM, k-NN, ...)"), MACHINE),
            ],
        ),
        (
            0.75,
            _("3. deep learning (end-to-end)"),
            [(_("neural network\n(learns its own\nfeatures)"), MACHINE)],
        ),
    ]
    for y, label, boxes in rows:
        ax.imshow(
            image.reshape(28, 28),
            cmap="gray_r",
            extent=(0.0, 0.09, y - 0.2, y + 0.2),
            zorder=3,
        )
        ax.text(0.0, y + 0.3, label, fontsize=11, fontweight="bold")
        xs = np.linspace(0.4, 0.82, len(boxes)) if len(boxes) > 1 else [0.61]
        _arrow(ax, 0.1, xs[0] - 0.13, y)
        for i, (text, color) in enumerate(boxes):
            _box(ax, xs[i], y, text, color)
            if i + 1 < len(boxes):
                _arrow(ax, xs[i] + 0.13, xs[i + 1] - 0.13, y)
        _arrow(ax, xs[-1] + 0.13, 1.03, y)
        ax.text(1.05, y, _("answer: 5"), va="center", fontsize=11)
    ax.set_aspect("auto")
    handles = [
        plt.Rectangle((0, 0), 1, 1, facecolor=c, edgecolor="black")
        for c in (HUMAN, MACHINE)
    ]
    ax.legend(
        handles,
        [_("designed by people"), _("learned from data")],
        loc="lower right",
        fontsize=10,
    )
    ax.set_title(
        _(
            "Three ways to recognise a handwritten 5: "
            "the blue part is what the machine learns"
        )
    )
    return fig


def plot_digits(images, ncols=10, title=None, labels=None):
    """Show 28 x 28 images in a grid, optionally with a label above each.

    The grid is one picture (the images pasted side by side), not one axes
    per image: as fast to draw for 40 digits as for one.
    """
    images = np.asarray(images).reshape(-1, 28, 28)
    nrows = max(1, int(np.ceil(len(images) / ncols)))
    gap, top = 4, (11 if labels is not None else 0)  # pixels between, for a label
    cell_h, cell_w = 28 + gap + top, 28 + gap
    canvas = np.zeros((nrows * cell_h, ncols * cell_w), dtype=np.float32)
    corners = []
    for i, image in enumerate(images):
        row, col = divmod(i, ncols)
        y0, x0 = row * cell_h + top + gap // 2, col * cell_w + gap // 2
        canvas[y0 : y0 + 28, x0 : x0 + 28] = image
        corners.append((y0, x0))
    scale = 0.95 / cell_w  # inches per pixel: about 0.95 inch per digit
    height = nrows * cell_h * scale + (0.35 if title else 0)
    fig, ax = plt.subplots(
        figsize=(ncols * cell_w * scale, height), layout="constrained"
    )
    ax.imshow(canvas, cmap="gray_r", vmin=0, vmax=1, interpolation="nearest")
    ax.axis("off")
    if labels is not None:
        for (y0, x0), label in zip(corners, labels, strict=False):
            ax.text(x0 + 14, y0 - 2, str(label), ha="center", va="bottom", fontsize=9)
    if title:
        fig.suptitle(_(title))
    return fig


# colour-blind-safe (Okabe and Ito), told apart by line style as well
GROUP_STYLES = [
    {"color": "#D55E00", "linestyle": "-"},
    {"color": "#0072B2", "linestyle": "--"},
    {"color": "#000000", "linestyle": ":"},
]
# alt texts of 4.1's figures, kept here so that the notebook's code stays short
FIVES_ALT = N_(
    "Four rows of ten handwritten 5s from MNIST: slanted left and right, thick and"
    " thin, with the top bar joined or floating and the belly open or nearly closed."
)

HAND_RULE_ALT = N_(
    "Left: a handwritten 5 with the rule's three rectangles: the top bar, the right"
    " side just under it, and the belly lower down on the right. Middle: outline"
    " histograms of the ink pixels in the right-side region, for 5s, 6s and all"
    " other digits: about half of the 5s have some, over half of the 6s have none,"
    " other digits usually have several. Right: bars of the fraction of each digit"
    " that the rule calls a 5: about 0.4 of the 5s, almost as many of the 6s, a few"
    " 2s, 3s and 8s."
)

MISSED_FIVES_ALT = N_(
    "Ten handwritten 5s that the rule rejects, most of them ordinary, clear 5s:"
    " a little slanted, a top bar a little short or low, a stroke that comes close"
    " to the right side under the bar."
)

FOOLED_DIGITS_ALT = N_(
    "Ten digits that the rule calls a 5, each with its true label above: mostly 6s,"
    " whose top is open on the right like a 5's, two 8s and a 2."
)

THREE_APPROACHES_ALT = N_(
    "Three rows, each from a handwritten 5 to the answer 5. Row 1: one white box, an"
    " algorithm designed by people. Row 2: a white box, features designed by people"
    " (SIFT, HOG), then a blue box, machine learning (SVM, k-NN). Row 3: one blue box,"
    " a neural network that learns its own features. White is designed by people,"
    " blue is learned from data."
)

REGION_COLORS = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7"]


def _region_bounds(region):
    """(row0, row1, col0, col1) of a 28 x 28 region given as np.s_[r0:r1, c0:c1]."""
    rows, cols = region
    return rows.start, rows.stop, cols.start, cols.stop


def plot_hand_rule(image, regions, measured, images, labels, accepted):
    """A rule written by hand, and what it does to real digits.

    Left: image with the rule's regions (name -> np.s_[rows, columns]) drawn
    on it. Middle: step histograms of the ink in the region ``measured`` for
    the 5s, the 6s and all other digits of images. Right: for each digit, the
    fraction of images the rule accepts (accepted: one bool per image).
    """
    images = np.asarray(images)
    labels = np.asarray(labels)
    accepted = np.asarray(accepted, dtype=bool)
    fig, (ax_i, ax_h, ax_b) = plt.subplots(
        1,
        3,
        figsize=(12, 3.6),
        layout="constrained",
        gridspec_kw={"width_ratios": [1, 1.6, 1.6]},
    )
    ax_i.imshow(np.asarray(image).reshape(28, 28), cmap="gray_r", vmin=0, vmax=1)
    boxes = []
    for (name, region), color in zip(regions.items(), REGION_COLORS, strict=False):
        r0, r1, c0, c1 = _region_bounds(region)
        box = plt.Rectangle(
            (c0 - 0.5, r0 - 0.5), c1 - c0, r1 - r0, fill=False, lw=2, ec=color
        )
        ax_i.add_patch(box)
        boxes.append((box, _(name)))
    ax_i.legend(
        *zip(*boxes, strict=True), loc="upper center", bbox_to_anchor=(0.5, 0.0),
        ncols=len(boxes), fontsize=9, frameon=False, handlelength=1.2,
        columnspacing=0.8,
    )  # fmt: skip
    ax_i.set_title(_("the rule's regions on a 5"), fontsize=10)
    ax_i.axis("off")

    r0, r1, c0, c1 = _region_bounds(regions[measured])
    pixels = images.reshape(-1, 28, 28)[:, r0:r1, c0:c1] > 0.5
    ink = pixels.sum(axis=(1, 2))
    groups = {
        _("5s"): labels == 5,
        _("6s"): labels == 6,
        _("all other digits"): (labels != 5) & (labels != 6),
    }
    bins = np.arange(-0.5, (r1 - r0) * (c1 - c0) + 1)
    for (name, mask), style in zip(groups.items(), GROUP_STYLES, strict=True):
        ax_h.hist(
            ink[mask], bins=bins, density=True, histtype="step", lw=2,
            label=name, **style,
        )  # fmt: skip
    ax_h.set(
        xlabel=_("ink pixels in the {region!r} region").format(region=_(measured)),
        ylabel=_("fraction of images"),
        title=_("The rule wants 0 here: many 5s have some"),
    )
    ax_h.title.set_fontsize(10)
    ax_h.legend(fontsize=9)

    digits = np.arange(10)
    rates = [accepted[labels == d].mean() if np.any(labels == d) else 0 for d in digits]
    colors = ["#D55E00" if d == 5 else "0.6" for d in digits]
    ax_b.bar(digits, rates, color=colors, edgecolor="black", lw=0.6)
    ax_b.set(
        xticks=digits,
        xlabel=_("true digit"),
        ylabel=_("fraction called a 5"),
        ylim=(0, 1),
        title=_("What the rule calls a 5"),
    )
    ax_b.title.set_fontsize(10)
    return fig


GRADIENT_HISTOGRAMS_ALT = N_(
    "Top: a handwritten 1, 0 and 5. Below each, its 4 by 4 grid of cells with short"
    " strokes for the edge directions found in each cell, longer for stronger edges:"
    " the 1 has mostly one direction, the 0 a ring of all directions, the 5 a flat"
    " bar on top and a curve below."
)  # the alt text of 4.1a's figure of three digits


def plot_gradient_histograms(images, histograms, titles, cells=4):
    """Each digit beside its gradient-orientation histogram: in every cell of
    the image, one stroke per orientation, as long as that bin is large."""
    bins = histograms.shape[-1] // (cells * cells)
    hist = histograms.reshape(len(images), cells, cells, bins)
    fig, axes = plt.subplots(
        2,
        len(images),
        figsize=(2.3 * len(images), 4.8),
        layout="constrained",
        squeeze=False,
    )
    size = 28 / cells
    angles = (np.arange(bins) + 0.5) * np.pi / bins  # the middle of each bin
    for j, image in enumerate(images):
        axes[0, j].imshow(np.asarray(image).reshape(28, 28), cmap="gray_r")
        axes[0, j].set_title(_(titles[j]), fontsize=10)
        axes[0, j].axis("off")
        ax = axes[1, j]
        ax.set(xlim=(0, 28), ylim=(28, 0), aspect="equal", xticks=[], yticks=[])
        scale = 0.5 * size / max(hist[j].max(), 1e-9)
        for r in range(cells):
            for c in range(cells):
                cx, cy = (c + 0.5) * size, (r + 0.5) * size
                for k, angle in enumerate(angles):
                    # draw the edge, perpendicular to the gradient direction
                    dx = -np.sin(angle) * hist[j, r, c, k] * scale
                    dy = np.cos(angle) * hist[j, r, c, k] * scale
                    ax.plot(
                        [cx - dx, cx + dx],
                        [cy - dy, cy + dy],
                        color="black",
                        lw=1.5,
                        solid_capstyle="round",
                    )
        for edge in np.arange(1, cells) * size:
            ax.axhline(edge, color="0.85", lw=0.8)
            ax.axvline(edge, color="0.85", lw=0.8)
        ax.set_title(_("{n} numbers").format(n=hist[j].size), fontsize=10)
    return fig


# ------------------------------------------------------------- over-fitting


def overfitting_data(seed=0, n_max=100, n_test=200, noise=0.25):
    """A seeded 1-D problem: y = sin(2 pi x) plus noise, x in [0, 1]."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 1, n_max)
    y = np.sin(2 * np.pi * x) + rng.normal(0, noise, n_max)
    x_test = rng.uniform(0, 1, n_test)
    y_test = np.sin(2 * np.pi * x_test) + rng.normal(0, noise, n_test)
    return x, y, x_test, y_test


def fit_polynomials(x, y, x_test, y_test, degrees, sizes, grid):
    """Least-squares polynomials for every (training-set size, degree).

    The first n points form the training set of size n. Returns curves on
    grid, shape (sizes, degrees, grid), and the root-mean-square errors on
    the training and the test points, shape (sizes, degrees).
    """
    curves = np.zeros((len(sizes), len(degrees), len(grid)))
    train_err = np.zeros((len(sizes), len(degrees)))
    test_err = np.zeros((len(sizes), len(degrees)))
    for i, n in enumerate(sizes):
        for j, d in enumerate(degrees):
            with warnings.catch_warnings():
                # degree >= n: more coefficients than points, on purpose
                warnings.simplefilter("ignore", np.exceptions.RankWarning)
                p = np.polynomial.Polynomial.fit(x[:n], y[:n], d, domain=[0, 1])
            curves[i, j] = p(grid)
            train_err[i, j] = np.sqrt(np.mean((p(x[:n]) - y[:n]) ** 2))
            test_err[i, j] = np.sqrt(np.mean((p(x_test) - y_test) ** 2))
    return curves, train_err, test_err


def overfitting_explorer(degree=3, n_train=10, seed=0):
    """Polynomial degree and training-set size against training and test error.

    The error curves are drawn from degree 0 up to the slider's degree, so a
    learner discovers them by moving it. Everything is fitted once, here; a
    slider move only picks precomputed arrays, so the figure answers in
    milliseconds.
    """
    degrees = np.arange(0, 16)
    sizes = np.arange(10, 101, 10)
    grid = np.linspace(0, 1, 300)
    x, y, x_test, y_test = overfitting_data(seed)
    curves, train_err, test_err = fit_polynomials(
        x, y, x_test, y_test, degrees, sizes, grid
    )

    fig, (ax_fit, ax_err) = new_figure(ncols=2, figsize=(10, 3.8))
    ax_fit.plot(
        grid,
        np.sin(2 * np.pi * grid),
        "--",
        color="0.6",
        label=_("true curve sin(2πx)"),
    )
    ax_fit.plot(
        x_test, y_test, ".", color="#ff7f0e", ms=3, alpha=0.5, label=_("test points")
    )
    (train_pts,) = ax_fit.plot(
        [], [], "o", color="#1f77b4", ms=5, label=_("training points"), animated=True
    )
    (fit_line,) = ax_fit.plot(
        [], [], color="black", lw=2, label=_("fitted polynomial"), animated=True
    )
    ax_fit.set(
        xlim=(0, 1),
        ylim=(-2, 2),
        xlabel="x",
        ylabel="y",
        title=_("The model and the data"),
    )
    ax_fit.legend(loc="lower left", fontsize=9)

    (train_line,) = ax_err.plot(
        [], [], "-o", ms=3, color="#1f77b4", label=_("training error"), animated=True
    )
    (test_line,) = ax_err.plot(
        [], [], "--o", ms=3, color="#ff7f0e", label=_("test error"), animated=True
    )
    marker = ax_err.axvline(degree, color="black", lw=1, animated=True)
    ax_err.set(
        xlim=(-0.5, degrees[-1] + 0.5),
        ylim=(1e-3, 100),
        yscale="log",
        xlabel=_("polynomial degree (model capacity)"),
        ylabel=_("RMS error (log scale)"),
        title=_("Training and test error"),
    )
    ax_err.legend(loc="upper left", fontsize=9)
    verdict = fig.suptitle("verdict", fontsize=11, animated=True)

    def update(degree, n_train):
        i = int(np.searchsorted(sizes, n_train))
        i = min(i, len(sizes) - 1)
        d = int(degree)
        train_pts.set_data(x[: sizes[i]], y[: sizes[i]])
        fit_line.set_data(grid, np.clip(curves[i, d], -5, 5))
        # the error curves are traced up to the chosen degree only, so that the
        # figure shows what the slider has visited, not what is further on;
        # a training error of 0 (a curve through every point) at the bottom
        train_line.set_data(degrees[: d + 1], np.maximum(train_err[i, : d + 1], 1e-3))
        test_line.set_data(degrees[: d + 1], test_err[i, : d + 1])
        marker.set_xdata([d, d])
        tr, te = train_err[i, d], test_err[i, d]
        if te > 2 * tr and te > 0.35:
            word = _("over-fitting: training error low, test error high")
            color = "#b00020"
        elif tr > 0.35:  # well above the noise (0.25) even on the training points
            word = _("under-fitting: too simple even for the training data")
            color = "#8c564b"
        else:
            word = _("generalises: test error close to training error")
            color = "#2ca02c"
        verdict.set_text(
            _(
                "degree {degree}, {n} training points: train {train:.2f}, "
                "test {test:.2f}  →  {verdict}"
            ).format(degree=d, n=sizes[i], train=tr, test=te, verdict=word)
        )
        verdict.set_color(color)

    controls = {
        "degree": int_slider(N_("polynomial degree"), 0, int(degrees[-1]), degree),
        "n_train": int_slider(N_("training points"), 10, 100, n_train, step=10),
    }
    alt = N_(  # translated where shown, by Panel.alt (as int_slider does)
        "Left: noisy points around the curve sin(2 pi x) on x from 0 to 1, the"
        " training points in blue, the test points in orange, and the fitted"
        " polynomial in black. Right: root-mean-square error on a log scale against"
        " polynomial degree, from 0 up to the chosen degree (the axis runs to 15),"
        " training error solid, test error dashed, with a vertical line at the"
        " chosen degree. The title gives both errors and a verdict for the"
        " slider setting."
    )
    explorer = Explorer(fig, update, controls, name="overfitting_explorer", alt=alt)
    explorer.errors_table = (degrees, sizes, train_err, test_err)
    return explorer
