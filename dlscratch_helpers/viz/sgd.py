"""Section 4.4's look ahead at section 4.5: the noise of mini-batch gradients.

A model with two weights, so that its loss over all the data can be drawn as
contour lines: logistic regression y = sigmoid(w0·x0 + w1·x1) on two
features of two digits, with the mean cross entropy error as its loss. The
explorer shows, at a point w, the full-batch gradient and a cloud of
mini-batch gradients whose spread shrinks as σ/√B, and beside it gradient
descent with the full batch against a few runs with mini-batches.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
from matplotlib.patches import Circle

from ..checks import check_finite
from ..functions import sigmoid
from ..i18n import N_, Translated, _
from ..widgets import Explorer, check_choice, log_slider, new_figure, slider
from .gradient import clip_to_view

VIEW = 4.5  # both panels show -4.5 <= w0, w1 <= 4.5
BATCH_SIZES = (1, 2, 5, 10, 20, 40, 100, 200, 400)
CLOUD = 200  # mini-batch gradients drawn at the point
RUNS = 4  # mini-batch descent paths beside the full-batch one
STEPS = 40  # steps of every path
ARROW = 2.0  # arrows are drawn ARROW times the length of -gradient
SEED = 0
CHUNK = 256  # grid points whose losses are computed at once
GRID = 61  # the contour grid is GRID x GRID points (full MNIST: ~2 s)
BAR_WORK = 20_000_000  # images x grid points above which a progress bar shows
RUN_COLORS = ("tab:orange", "tab:cyan", "tab:purple", "tab:olive")


def losses(W, x, t, progress=False):
    """Mean cross entropy error of y = sigmoid(x @ w) for each row w of W.

    W: (M, 2) weights; x: (N, 2) features; t: (N,) labels 0 or 1.
    log(1 + e^z) - t·z is -t·log y - (1 - t)·log(1 - y), without overflow.
    progress: show a progress bar (that disappears when done).
    """
    W = np.atleast_2d(W)
    out = np.empty(len(W))
    starts = range(0, len(W), CHUNK)
    if progress:
        from tqdm.auto import tqdm

        starts = tqdm(starts, leave=False, desc=_("loss landscape"))
    for i in starts:  # (CHUNK, N) at a time: little memory
        z = W[i : i + CHUNK] @ x.T
        out[i : i + CHUNK] = np.mean(np.logaddexp(0.0, z) - t * z, axis=1)
    return out


def example_gradients(w, x, t):
    """Each image's gradient of its own loss at w: (y_n - t_n)·x_n, shape (N, 2)."""
    y = sigmoid(x @ w)
    return (y - t)[:, None] * x


def spread(G):
    """The full gradient g (the mean of the rows of G) and σ, the root mean
    square of the distances |g_n - g| of the rows from it."""
    g = G.mean(axis=0)
    return g, float(np.sqrt(np.mean(np.sum((G - g) ** 2, axis=1))))


def batch_indices(n, batch_size, count=CLOUD, seed=SEED):
    """count mini-batches of batch_size indices out of n, drawn with replacement
    as the book's np.random.choice(train_size, batch_size) draws them."""
    return np.random.default_rng(seed).integers(n, size=(count, batch_size))


def cloud_numbers(x, t, w, batch_size, count=CLOUD, seed=SEED):
    """What the left panel shows at w for one batch size.

    Returns g (full gradient), gB (count mini-batch gradients, (count, 2)),
    sigma, predicted = sigma/√B and measured = the root mean square of
    |g_B - g| over the count mini-batches.
    """
    G = example_gradients(np.asarray(w, float), x, t)
    g, sigma = spread(G)
    gB = G[batch_indices(len(x), batch_size, count, seed)].mean(axis=1)
    measured = float(np.sqrt(np.mean(np.sum((gB - g) ** 2, axis=1))))
    return {
        "g": g, "gB": gB, "sigma": sigma,
        "predicted": sigma / np.sqrt(batch_size), "measured": measured,
    }  # fmt: skip


def descent_paths(
    x, t, start, lr, batch_size, steps=STEPS, runs=RUNS, seed=SEED, full=True
):
    """Gradient descent from start with the full batch, and `runs` runs with
    mini-batches of batch_size (new random images every step), same lr.

    Returns (full, mini): shapes (steps + 1, 2) and (runs, steps + 1, 2);
    with full=False, full is None (not computed).
    """
    n = len(x)
    path = np.empty((steps + 1, 2)) if full else None
    mini = np.empty((runs, steps + 1, 2))
    mini[:, 0] = start
    if full:
        path[0] = start
        # the mean of (y_n - t_n) x_n is x^T (y - t) / n: no (n, 2) array a
        # step, 6x faster at full MNIST scale
        x_t = np.ascontiguousarray(x.T)
        for k in range(steps):
            y = sigmoid(x @ path[k])
            path[k + 1] = path[k] - lr * (x_t @ (y - t)) / n
    idx = np.random.default_rng(seed).integers(n, size=(steps, runs, batch_size))
    for k in range(steps if runs else 0):
        xb, tb = x[idx[k]], t[idx[k]]  # (runs, B, 2), (runs, B)
        z = np.einsum("rbi,ri->rb", xb, mini[:, k])
        y = sigmoid(z)
        grads = np.einsum("rb,rbi->ri", y - tb, xb) / batch_size
        mini[:, k + 1] = mini[:, k] - lr * grads
    return path, mini


def _clip(path):
    """The points to draw, and the step at which the path left the view (or None)."""
    shown, exit_ = clip_to_view(path, VIEW)
    return shown, None if exit_ is None else exit_[0]


def _value_box(ax, x, y, labels):
    """A box of fixed labels at (x, y) in axes coordinates (drawn once, in the
    background) and an animated text beside them for the values: drawing text
    costs about 0.1 ms a character, so only the numbers are redrawn per move."""
    box = ax.text(
        x, y, "\n".join(labels), transform=ax.transAxes, ha="left", va="top",
        fontsize=9, bbox={"facecolor": "white", "alpha": 0.9, "edgecolor": "0.7"},
    )  # fmt: skip
    values = ax.text(
        x, y, "", transform=ax.transAxes, ha="left", va="top", fontsize=9,
        animated=True, zorder=box.get_zorder() + 1,
    )  # fmt: skip
    return box, values


def _place_values(boxes):
    """Put each box's values right of its labels, and widen the box to hold
    `width` more characters (padding after the labels' longest line).

    boxes: (box, values, width) triples; one draw measures them all.
    """
    boxes[0][0].figure.canvas.draw()
    for box, values, width in boxes:
        to_axes = box.axes.transAxes.inverted()
        corner = to_axes.transform(box.get_window_extent().p1)
        # a clear gap: a measure at the live dpi can run 5 % short of the drawing
        values.set_position((corner[0] + 0.03, box.get_position()[1]))
        lines = box.get_text().split("\n")
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        lines[longest] += "\u00a0" * width  # no-break spaces: measured, not stripped
        box.set_text("\n".join(lines))


def sgd_noise_explorer(x, t, batch_size=10, lr=1.0, w0=-3.0, w1=-2.0):
    """The full-batch gradient and a cloud of mini-batch gradients at a point,
    and descent paths with the full batch and with mini-batches.

    x: (N, 2) features, t: (N,) labels 0 or 1 (the notebook's two digits).
    """
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    if x.ndim != 2 or x.shape[1] != 2 or t.shape != (len(x),):
        raise ValueError(
            _("x must have shape (N, 2) and t (N,); got {x_shape}, {t_shape}").format(
                x_shape=x.shape, t_shape=t.shape
            )
        )
    check_finite(x, "x")
    not_01 = ~((t == 0) | (t == 1))
    if np.any(not_01):
        k = int(np.argmax(not_01))
        raise ValueError(
            _(
                "t must hold labels 0 or 1 (one digit against the other), but "
                "image {k} has {value:g}: the loss of this model, y = sigmoid(w·x), "
                "needs them, e.g. t = (labels == 1).astype(float)"
            ).format(k=k, value=t[k])
        )
    check_choice("batch_size", batch_size, BATCH_SIZES)
    n = len(x)
    fig, (ax, ax_path) = new_figure(ncols=2, figsize=(10.0, 5.2))
    fine = np.linspace(-VIEW, VIEW, GRID)
    FX, FY = np.meshgrid(fine, fine)
    grid = np.column_stack([FX.ravel(), FY.ravel()])
    # a bar where it takes seconds (full MNIST: ~13,000 images), none on the sample
    surface = losses(grid, x, t, progress=n * len(grid) > BAR_WORK).reshape(FX.shape)
    best = np.array([FX.ravel(), FY.ravel()])[:, np.argmin(surface)]
    levels = np.quantile(surface, np.linspace(0.02, 0.95, 12))
    for a in (ax, ax_path):
        a.contour(FX, FY, surface, levels=levels, colors="0.8", linewidths=0.8)
        a.plot(*best, "*", color="tab:green", ms=12, label=_("lowest loss on the grid"))
        a.set(
            xlim=(-VIEW, VIEW), ylim=(-VIEW, VIEW), aspect="equal",
            xlabel=_("w0 (weight of ink)"), ylabel=_("w1 (weight of width)"),
        )  # fmt: skip
    arrow_kw = {"angles": "xy", "scale_units": "xy", "scale": 1, "animated": True}
    cloud = ax.quiver(
        np.zeros(CLOUD), np.zeros(CLOUD), np.zeros(CLOUD), np.zeros(CLOUD),
        color="tab:orange", alpha=0.35, width=0.003, zorder=3,
        label=_("−gradient of {count} mini-batches").format(count=CLOUD), **arrow_kw,
    )  # fmt: skip
    full_arrow = ax.quiver(
        [0], [0], [0], [0], color="black", width=0.008, zorder=5,
        label=_("−gradient of all images"), **arrow_kw,
    )  # fmt: skip
    ring = Circle(
        (0, 0), 1, fill=False, ls="--", lw=1.5, color="tab:blue", animated=True,
        zorder=6, label=_("radius σ/√B (predicted spread)"),
    )  # fmt: skip
    ax.add_patch(ring)
    (dot,) = ax.plot([], [], "o", color="black", ms=5, animated=True, zorder=6)
    ax.set_title(
        _("gradients at the point (arrows drawn ×{arrow:g})").format(arrow=ARROW),
        fontsize=10,
    )
    left_box, left_text = _value_box(ax, 0.02, 0.98, [
        _("batch size B (of {n} images):").format(n=n), _("|g|, all images:"),
        _("σ, one image's spread:"), _("predicted σ/√B:"),
        _("measured spread of the {count}:").format(count=CLOUD),
    ])  # fmt: skip
    note = ax.text(
        0.02, 0.74, "", transform=ax.transAxes, fontsize=9, color="tab:red",
        animated=True,
    )  # fmt: skip
    ax.legend(loc="lower right", fontsize=9, framealpha=0.9)

    (full_line,) = ax_path.plot(
        [], [], "s-", color="black", ms=3, lw=2, animated=True, zorder=5,
        label=_("full batch (all images)"),
    )  # fmt: skip
    run_lines = [
        ax_path.plot(
            [],
            [],
            "-",
            color=c,
            lw=1,
            alpha=0.9,
            animated=True,
            label=_("mini-batch runs") if i == 0 else None,
        )[0]  # fmt: skip
        for i, c in enumerate(RUN_COLORS)
    ]
    (start_dot,) = ax_path.plot([], [], "o", color="black", ms=6, animated=True)
    ax_path.set_title(
        _("gradient descent, {steps} steps from the point, the same lr").format(
            steps=STEPS
        ),
        fontsize=10,
    )
    right_box, right_text = _value_box(ax_path, 0.02, 0.98, [
        _("loss at the point (start):"),
        _("after {steps} steps, full batch:").format(steps=STEPS),
        _("after {steps} steps, mini-batches:").format(steps=STEPS),
        _("(images per step: all {n} against B)").format(n=n),
    ])  # fmt: skip
    warning = ax_path.text(
        0.5, 0.5, "", transform=ax_path.transAxes, ha="center", va="center",
        fontsize=11, color="tab:red", animated=True, zorder=10,
        bbox={"facecolor": "white", "edgecolor": "tab:red"},
    )  # fmt: skip
    warning.set_visible(False)
    ax_path.legend(loc="lower right", fontsize=9, framealpha=0.9)
    numbers = {}
    full_paths = {}
    # looked up once: update runs on every slider move
    one_image = _("B = 1: each arrow is one image's gradient")
    left_view = _("a path left the view at step {step}:\nlr = {lr:.3g} is too large")
    loss_range = _("{low:.3f} to {high:.3f}")

    def update(batch_size, lr, w0, w1):
        w = np.array([w0, w1])
        c = cloud_numbers(x, t, w, batch_size)
        numbers.update(c)
        tip = w - ARROW * c["g"]
        full_arrow.set_offsets([w])
        full_arrow.set_UVC([-ARROW * c["g"][0]], [-ARROW * c["g"][1]])
        cloud.set_offsets(np.tile(w, (CLOUD, 1)))
        cloud.set_UVC(-ARROW * c["gB"][:, 0], -ARROW * c["gB"][:, 1])
        ring.set_center(tip)
        ring.set_radius(ARROW * c["predicted"])
        dot.set_data([w0], [w1])
        note.set_text(one_image if batch_size == 1 else "")
        left_text.set_text(
            f"{batch_size}\n{np.linalg.norm(c['g']):.3f}\n{c['sigma']:.3f}\n"
            f"{c['predicted']:.3f}\n{c['measured']:.3f}"
        )
        key = (w0, w1, lr)  # the full-batch path does not depend on B: kept
        if key not in full_paths:
            full_paths.clear()
            full_paths[key] = descent_paths(x, t, w, lr, 1, runs=0)[0]
        full = full_paths[key]
        mini = descent_paths(x, t, w, lr, batch_size, full=False)[1]
        left = []
        shown, out = _clip(full)
        full_line.set_data(shown[:, 0], shown[:, 1])
        left.append(out)
        for line, path in zip(run_lines, mini, strict=True):
            shown, out = _clip(path)
            line.set_data(shown[:, 0], shown[:, 1])
            left.append(out)
        start_dot.set_data([w0], [w1])
        end_loss = losses(np.vstack([full[-1], mini[:, -1]]), x, t)
        gone = [s for s in left if s is not None]
        warning.set_visible(bool(gone))
        if gone:
            warning.set_text(left_view.format(step=min(gone), lr=lr))
        right_text.set_text(
            f"{losses(w, x, t)[0]:.3f}\n{end_loss[0]:.3f}\n"
            + loss_range.format(low=end_loss[1:].min(), high=end_loss[1:].max())
        )

    controls = {
        "batch_size": widgets.SelectionSlider(
            options=list(BATCH_SIZES),
            value=batch_size,
            description=_("batch size B"),
            continuous_update=True,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="420px"),
        ),  # fmt: skip
        "lr": log_slider(N_("learning rate lr"), -1, 1.5, lr, step=0.05, fmt=".3g"),
        "w0": slider(N_("point / start w0"), -4.0, 4.0, w0, step=0.1),
        "w1": slider(N_("point / start w1"), -4.0, 4.0, w1, step=0.1),
    }
    _place_values([(left_box, left_text, 6), (right_box, right_text, 15)])
    alt = Translated(
        _(
            "Two panels over the same contour lines of the loss of a two-weight model, "
            "w0 across and w1 up, with a green star at the lowest loss. Left: at the "
            "point ({w0:g}, {w1:g}) a black arrow of minus the full gradient and a fan "
            "of {count} orange arrows of minus mini-batch gradients of {batch_size} "
            "images each, spread around the black arrow's tip, with a dashed blue "
            "circle of the predicted radius sigma over the square root of the batch "
            "size; a box gives the predicted and the measured spread. Right: from the "
            "same point, {steps} steps of gradient descent with lr = {lr:g}: a thick "
            "black path with all images and {runs} thin coloured paths with "
            "mini-batches, wandering around it towards the star."
        ).format(
            w0=w0,
            w1=w1,
            count=CLOUD,
            batch_size=batch_size,
            steps=STEPS,
            lr=lr,
            runs=RUNS,
        )
    )
    explorer = Explorer(fig, update, controls, name="sgd_noise_explorer", alt=alt)
    explorer.numbers = numbers
    return explorer
