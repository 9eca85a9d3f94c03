"""Figures of section 4.2, loss functions."""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import LogLocator, NullLocator

from ..functions import sigmoid, sigmoid_grad, step_function
from ..i18n import N_, Translated, _
from ..loss import cross_entropy_error, sum_squares_error
from ..widgets import Explorer, log_slider, new_figure, readout, slider

DELTA = 1e-7  # the small number added inside log(y + delta)
CEE_CAP = -np.log(DELTA)  # 16.118...: the largest value cross_entropy_error gives
# The loss explorer draws SSE and CEE on this same scale, set by CEE's cap: an
# SSE axis of its own would end just above SSE's largest value, 1, and so tell
# the answer to the question asked before the explorer (4.2/sse-vs-cee).
LOSS_TOP = 17.5
# Alt texts of the static figures, shown by the notebook: show(viz.NEG_LOG_ALT)
NEG_LOG_ALT = N_(
    "The curve -log y for y from 0 to 1: 0 at y = 1, rising ever more steeply as"
    " y approaches 0. The study note's two cases are marked: y = 0.6 gives 0.51"
    " (right answer, green) and y = 0.1 gives 2.30 (wrong answer, red)."
)
STEP_VS_SIGMOID_ALT = N_(
    "Left: the step function jumps from 0 to 1 at x = 0, while the sigmoid rises"
    " smoothly from 0 to 1. Right: their derivatives: the step function's is 0"
    " on both sides and undefined at x = 0; the sigmoid's is a bell curve,"
    " 0.25 at x = 0 and small but above 0 everywhere."
)

# Static figures use fixed margins rather than a constrained layout, which
# would take about half of their drawing time; the inline backend crops the
# saved image to what is drawn (bbox_inches="tight") anyway.
FIXED_MARGINS = {"left": 0.08, "right": 0.98, "bottom": 0.14, "top": 0.91}


# ---------------------------------------------------------------- 4.2.2
def plot_neg_log():
    """−log y on (0, 1], with the study note's two examples marked."""
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    fig.subplots_adjust(**FIXED_MARGINS)
    y = np.linspace(0.001, 1, 1000)
    ax.plot(y, -np.log(y), color="black", lw=2, label="−log y")
    right = _("y = {p}: −log y = {loss:.2f}\n(answer right)")
    wrong = _("y = {p}: −log y = {loss:.2f}\n(answer wrong)")
    for p, color, text in [(0.6, "tab:green", right), (0.1, "tab:red", wrong)]:
        ax.plot([p], [-np.log(p)], "o", color=color, ms=7)
        ax.annotate(
            text.format(p=p, loss=-np.log(p)),
            (p, -np.log(p)),
            xytext=(p + 0.08, -np.log(p) + 1.2),
            color=color,
            arrowprops={"arrowstyle": "->", "color": color},
        )
    ax.set(
        xlim=(0, 1.02),
        ylim=(0, 7),
        xlabel=_("y = probability the network gives the correct class"),
        ylabel=_("cross entropy error −log y"),
        title=_("Small probability for the right answer → large loss"),
    )
    ax.text(0.015, 6.6, _("→ ∞ as y → 0"), color="0.3", va="top")
    ax.grid(alpha=0.3)
    return fig


def output_with(p, correct=2, wrong="spread", classes=10):
    """A network output: p on the correct class, 1 − p on the others.

    wrong="spread": the rest shared evenly by the other classes;
    wrong="one": the rest all on one wrong class (a confident wrong answer).
    """
    y = np.zeros(classes)
    if wrong == "spread":
        y[:] = (1.0 - p) / (classes - 1)
    else:
        y[(correct + 5) % classes] = 1.0 - p
    y[correct] = p
    return y


def loss_explorer(p=0.6):
    """Move probability onto the correct class; watch SSE and CEE side by side.

    The two loss curves are traced as p is moved: they cover the range of p
    visited so far (from the first value up to 1), so the first frame shows
    the losses for p >= 0.6 only and the learner finds out what happens as
    p -> 0 by moving the slider (the question asked before the figure).
    """
    fig, (ax_y, ax_s, ax_c) = new_figure(ncols=3, figsize=(11.5, 3.9))
    correct = 2
    classes = np.arange(10)
    bars = ax_y.bar(classes, np.zeros(10), color="0.6", animated=True)
    bars[correct].set_color("tab:green")
    ax_y.set(
        ylim=(0, 1.05),
        xticks=classes,
        xlabel=_("class k (the correct answer is 2)"),
        ylabel="$y_k$",
        title=_("Network output y"),
    )
    label_y = readout(ax_y, 0.03, 0.95, ha="left", va="top")

    grid = np.concatenate([[0.0], np.logspace(-8, 0, 600)])
    # SSE over the grid, the same sum as sum_squares_error, written out:
    # (p - 1)^2 for the correct class, plus the wrong classes' squares
    sse = {
        "spread": 0.5 * ((grid - 1) ** 2 + 9 * ((1 - grid) / 9) ** 2),
        "one": 0.5 * ((grid - 1) ** 2 + (1 - grid) ** 2),
    }
    cee = -np.log(grid + DELTA)
    (sse_line,) = ax_s.plot([], [], color="tab:blue", lw=2, animated=True)
    (sse_dot,) = ax_s.plot([], [], "o", color="tab:blue", ms=8, animated=True)
    ax_s.set(
        xlim=(-0.02, 1.02),
        ylim=(0, LOSS_TOP),
        xlabel=_("p = y₂, probability on the correct class"),
        ylabel="E",
        title=_("Sum of squares error (SSE)"),
    )
    sse_cap = ax_s.axhline(1.0, color="0.5", ls=":", lw=1, animated=True)
    sse_cap_text = ax_s.text(
        0.98, 1.02, _("largest possible SSE = 1"), ha="right", va="bottom",
        fontsize=9, color="0.4", animated=True,
    )  # fmt: skip
    (cee_line,) = ax_c.plot([], [], color="tab:red", lw=2, animated=True)
    (cee_dot,) = ax_c.plot([], [], "o", color="tab:red", ms=8, animated=True)
    cee_cap = ax_c.axhline(CEE_CAP, color="0.5", ls=":", lw=1, animated=True)
    cee_cap_text = ax_c.text(
        0.98, CEE_CAP - 0.3, _("cap −log(1e-7) ≈ 16.1"), ha="right", va="top",
        fontsize=9, color="0.4", animated=True,
    )  # fmt: skip
    ax_c.set(
        xlim=(-0.02, 1.02),
        ylim=(0, LOSS_TOP),
        xlabel=_("p = y₂, probability on the correct class"),
        ylabel="E",
        title=_("Cross entropy error (CEE)"),
    )
    label_s = readout(ax_s, 0.97, 0.80, ha="right", va="top")
    label_c = readout(ax_c, 0.97, 0.80, ha="right", va="top")
    for ax in (ax_s, ax_c):
        ax.grid(alpha=0.3)
    seen = {"lowest": p}  # the smallest p visited: the curves are traced down to it
    verdicts = {  # translated once, not on every frame
        True: _("argmax = {guess} (right)"),
        False: _("argmax = {guess} (wrong)"),
    }

    def update(p, rest):
        wrong = "spread" if rest.startswith("spread") else "one"
        y = output_with(p, correct, wrong)
        t = onehot(correct)
        for bar, h in zip(bars, y, strict=True):
            bar.set_height(h)
        e_sse = sum_squares_error(y, t)
        e_cee = cross_entropy_error(y, t)
        seen["lowest"] = min(seen["lowest"], p)
        traced = grid >= seen["lowest"] - 1e-12
        sse_line.set_data(grid[traced], sse[wrong][traced])
        cee_line.set_data(grid[traced], cee[traced])
        sse_dot.set_data([p], [e_sse])
        cee_dot.set_data([p], [e_cee])
        near_zero = seen["lowest"] < 0.01  # the caps, once p has been near 0
        for artist in (sse_cap, sse_cap_text, cee_cap, cee_cap_text):
            artist.set_visible(near_zero)
        guess = int(np.argmax(y))
        label_y.set_text(verdicts[guess == correct].format(guess=guess))
        label_s.set_text(f"p = {p:.3f}\nSSE = {e_sse:.4f}")
        label_c.set_text(f"p = {p:.3f}\nCEE = {e_cee:.4f}")

    controls = {
        "p": slider(N_("p on correct class"), 0.0, 1.0, p, step=0.005, fmt=".3f"),
        "rest": widgets.ToggleButtons(  # shown translated, valued in English
            options=[
                (_("spread over the 9 others"), "spread over the 9 others"),
                (_("all on class 7"), "all on class 7"),
            ],
            value="spread over the 9 others",
            description=_("1 − p goes"),
        ),
    }
    alt = Translated(
        _(
            "Three panels. Left: bar chart of the network's ten output probabilities,"
            " {p} on the correct class 2 and the rest spread over the other nine."
            " Middle: the sum of squares error and right: the cross entropy error,"
            " each drawn as a curve over the probability p from {p} to 1, with a dot"
            " at the current p; the curves are extended as the slider moves p lower."
        ).format(p=p)
    )
    return Explorer(fig, update, controls, name="loss_explorer", alt=alt)


def onehot(k, classes=10):
    """One-hot label: 1 at index k, 0 elsewhere."""
    t = np.zeros(classes)
    t[k] = 1.0
    return t


# ---------------------------------------------------------------- 4.2.3
def minibatch_estimates(losses, batch_size, n_estimates=2000):
    """Mean loss of n_estimates random mini-batches (drawn with replacement).

    The generator is seeded with the batch size, so a batch size always gives
    the same estimates whatever was drawn before.
    """
    rng = np.random.default_rng(batch_size)
    idx = rng.integers(0, losses.size, size=(n_estimates, batch_size))
    return losses[idx].mean(axis=1)


def minibatch_explorer(losses, batch_size=100, n_estimates=2000):
    """Histogram of mini-batch loss estimates around the full-data loss.

    Right: the spread of the estimates at each batch size visited so far (the
    first frame shows only the starting size, so that the learner predicts
    before seeing how the spread changes); a checkbox adds sigma / sqrt(B).
    """
    losses = np.asarray(losses, dtype=float)
    if losses.ndim != 1 or losses.size < 2 or not np.all(np.isfinite(losses)):
        raise ValueError(
            _(
                "losses must be the finite losses of at least 2 images, one number "
                "each; got {size} value(s) of shape {shape}"
            ).format(size=losses.size, shape=losses.shape)
        )
    n = losses.size
    full = float(losses.mean())
    sigma = float(losses.std())
    x_hi = max(float(np.quantile(losses, 0.97)), 2.5 * full)
    edges = np.linspace(0, x_hi, 121)
    cache: dict[int, tuple] = {}

    def stats(b):
        if b not in cache:
            est = minibatch_estimates(losses, b, n_estimates)
            counts, _edges = np.histogram(np.clip(est, 0, x_hi), edges)
            cache[b] = (
                counts / n_estimates,
                float(est.std()),
                float(np.mean(est > x_hi)),
            )
        return cache[b]

    peak = stats(1000)[0].max()  # the narrowest histogram: the largest batch

    fig, (ax_h, ax_s) = new_figure(ncols=2, figsize=(11.0, 4.0))
    hist = ax_h.stairs(
        np.zeros(edges.size - 1),
        edges,
        fill=True,
        color="tab:blue",
        alpha=0.7,
        animated=True,
    )
    ax_h.axvline(full, color="black", lw=2)
    ax_h.text(
        full, peak * 1.12, _(" full-data loss {full:.3f}").format(full=full),
        va="top", fontsize=9,
    )  # fmt: skip
    ax_h.set(
        xlim=(0, x_hi),
        ylim=(0, peak * 1.15),
        xlabel=_("mean cross entropy error of one mini-batch"),
        ylabel=_("fraction of {n} mini-batches").format(n=n_estimates),
        title=_("Mini-batch estimates of the loss"),
    )
    label = readout(ax_h, 0.98, 0.80, ha="right", va="top")

    bs = np.logspace(0, 3, 100)
    (law,) = ax_s.loglog(
        bs, sigma / np.sqrt(bs), color="0.3", lw=1.5, label=_("σ / √(batch size)"),
        animated=True,
    )  # fmt: skip
    (visited,) = ax_s.loglog(
        [], [], "o", color="tab:blue", ms=5, alpha=0.6,
        label=_("measured spread (std), sizes you tried"), animated=True,
    )  # fmt: skip
    (dot,) = ax_s.loglog(
        [], [], "o", color="tab:red", ms=9, label=_("current batch size"),
        animated=True,
    )  # fmt: skip
    ax_s.set(
        xlim=(0.8, 1300),
        ylim=(sigma / np.sqrt(1000) / 1.5, sigma * 1.5),
        xlabel=_("batch size"),
        ylabel=_("std of the estimates"),
        title=_("Spread of the estimates vs. batch size"),
    )
    ax_s.grid(alpha=0.3)
    for axis in (ax_s.xaxis, ax_s.yaxis):
        axis.set_major_formatter("{x:g}")  # 1, 10, 0.1: no mathtext, quicker to lay out
        axis.set_minor_locator(NullLocator())
    ax_s.yaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
    ax_s.add_artist(ax_s.legend(handles=[visited, dot], fontsize=9, loc="upper right"))
    law_legend = ax_s.legend(handles=[law], fontsize=9, loc="lower left")
    law_legend.set_animated(True)
    tried: dict[int, float] = {}
    reading = _(  # translated once, not on every frame
        "batch size {b}: std {std:.3f}\none batch costs 1/{share:.0f} of a full pass"
    )
    overflow = _("{beyond:.1%} of the estimates are beyond the right edge")

    def update(batch_size, law_shown):
        b = max(1, int(round(batch_size)))
        fractions, std, beyond = stats(b)
        hist.set_data(fractions)
        tried[b] = std
        keys = sorted(tried)
        visited.set_data(keys, [tried[k] for k in keys])
        dot.set_data([b], [std])
        law.set_visible(law_shown)
        law_legend.set_visible(law_shown)
        text = reading.format(b=b, std=std, share=n / b)
        if beyond > 0:
            text += "\n" + overflow.format(beyond=beyond)
        label.set_text(text)

    controls = {
        "batch_size": log_slider(N_("batch size"), 0, 3, batch_size, fmt=".0f"),
        "law_shown": widgets.Checkbox(
            value=False, description=_("show the law of the spread"), indent=False
        ),
    }
    alt = Translated(
        _(
            "Left: histogram of the mean loss of {n_estimates} random mini-batches of"
            " {batch_size} images, centred on a black line at the loss over all {n}"
            " images. Right: log-log axes of the spread (standard deviation) of these"
            " estimates against the batch size, with one red dot at the current batch"
            " size; dots are added for each batch size the slider visits."
        ).format(n_estimates=n_estimates, batch_size=batch_size, n=n)
    )
    return Explorer(fig, update, controls, name="minibatch_explorer", alt=alt)


# ---------------------------------------------------------------- 4.2.5
def tiny_data(seed=7, n=20):
    """A small 1-D two-class data set: class 0 around −0.5, class 1 around 1.5."""
    rng = np.random.default_rng(seed)
    x = np.concatenate([rng.normal(-0.5, 1.0, n), rng.normal(1.5, 1.0, n)])
    t = np.repeat([0, 1], n)
    return x, t


def tiny_model(w, x, b=-1.0):
    """Probability of class 1 for inputs x: sigmoid(w x + b)."""
    return sigmoid(w * x + b)


def accuracy_and_loss(w, x, t, b=-1.0):
    """Accuracy and mean cross entropy error of the tiny classifier at weight w."""
    s = tiny_model(w, x, b)
    y = np.stack([1.0 - s, s], axis=1)  # probabilities of class 0 and class 1
    accuracy = float(np.mean((s > 0.5) == (t == 1)))
    return accuracy, float(cross_entropy_error(y, t))


def accuracy_and_loss_table(ws, x, t, b=-1.0):
    """accuracy_and_loss for every weight in ws at once (for the curves)."""
    s = tiny_model(np.asarray(ws, dtype=float)[:, None], x[None, :], b)
    p_correct = np.where(t == 1, s, 1.0 - s)  # probability of the correct class
    accuracy = np.mean((s > 0.5) == (t == 1), axis=1)
    loss = -np.mean(np.log(p_correct + DELTA), axis=1)
    return accuracy, loss


def accuracy_explorer(w=1.0, b=-1.0):
    """One weight w of a tiny classifier: how accuracy and loss follow w.

    The accuracy, loss and slope curves are traced over the range of w
    visited so far, so the first frame shows only the starting point: the
    learner predicts, then moves w and watches the curves appear.
    """
    x, t = tiny_data()
    ws = np.linspace(-2.0, 6.0, 1601)
    acc, loss = accuracy_and_loss_table(ws, x, t, b)
    dloss = np.gradient(loss, ws)
    # the accuracy is flat between the weights where it jumps: its slope is 0
    # wherever it has one
    dacc = np.zeros_like(ws)
    jumps = 0.5 * (ws[1:] + ws[:-1])[np.diff(acc) != 0]

    fig, axes = new_figure(ncols=2, nrows=2, figsize=(11.0, 6.6))
    ax_d, ax_a, ax_l, ax_g = axes.ravel()
    xs = np.linspace(-4, 5, 300)
    for k, marker, color in [(0, "o", "tab:orange"), (1, "s", "tab:purple")]:
        ax_d.plot(
            x[t == k], np.full(np.sum(t == k), float(k)), marker, color=color,
            alpha=0.7, label=_("class {k}").format(k=k),
        )  # fmt: skip
    (curve,) = ax_d.plot(xs, xs * 0, color="black", lw=2, animated=True)
    threshold = ax_d.axvline(0, color="0.4", ls="--", lw=1, animated=True)
    ax_d.axhline(0.5, color="0.7", lw=1, ls=":")
    ax_d.set(
        xlim=(-4, 5),
        ylim=(-0.1, 1.1),
        xlabel=_("input x"),
        ylabel=_("P(class 1) = sigmoid(w·x + b)"),
        title=_("The classifier (b = {b} fixed)").format(b=b),
    )
    ax_d.legend(loc="center left", fontsize=9)
    label_d = readout(ax_d, 0.02, 0.97, va="top")

    (acc_line,) = ax_a.plot(
        [], [], color="tab:orange", lw=2, drawstyle="steps-mid", animated=True
    )
    ax_a.set(
        xlim=(ws[0], ws[-1]),
        ylim=(0, 105),
        xlabel=_("weight w"),
        ylabel=_("accuracy (%)"),
        title=_("Accuracy as w moves"),
    )
    (loss_line,) = ax_l.plot([], [], color="tab:blue", lw=2, animated=True)
    ax_l.set(
        xlim=(ws[0], ws[-1]),
        ylim=(0, float(loss.max()) * 1.05),
        xlabel=_("weight w"),
        ylabel=_("mean CEE"),
        title=_("Loss as w moves"),
    )
    (dloss_line,) = ax_g.plot(
        [], [], color="tab:blue", lw=2, label=_("d loss / dw"), animated=True
    )
    (dacc_line,) = ax_g.plot(
        [], [], color="tab:orange", lw=2, label=_("d accuracy / dw"), animated=True
    )
    (jump_marks,) = ax_g.plot(
        [], [], "|", color="tab:orange", ms=14, mew=2,
        label=_("w where the accuracy changes"), animated=True,
    )  # fmt: skip
    lo, hi = float(dloss.min()), float(dloss.max())
    pad = 0.1 * (hi - lo)
    ax_g.set(
        xlim=(ws[0], ws[-1]),
        ylim=(lo - pad, hi + pad),
        xlabel=_("weight w"),
        ylabel=_("slope"),
        title=_("Slopes of accuracy and loss"),
    )
    ax_g.axhline(0, color="0.6", lw=0.8)
    ax_g.legend(fontsize=9, loc="lower right")
    markers, dots = [], []  # at w on the accuracy, the loss and the loss's slope
    for ax in (ax_a, ax_l, ax_g):
        ax.grid(alpha=0.3)
        markers.append(ax.axvline(w, color="tab:red", lw=1.5, animated=True))
        dots.append(ax.plot([], [], "o", color="tab:red", ms=8, animated=True)[0])
    label_g = readout(ax_g, 0.98, 0.62, ha="right", va="top")
    curves = [(acc_line, acc * 100), (loss_line, loss), (dloss_line, dloss),
              (dacc_line, dacc)]  # fmt: skip
    seen = {"lo": w, "hi": w}  # the range of w visited: the curves cover it
    # texts translated once, not on every frame
    above = _("class 1 where x > {threshold:.2f}")
    below = _("class 1 where x < {threshold:.2f}")
    flat = _("w = 0: the same answer for every x")
    reading = _("accuracy {a:.1%}, slope {da:g}\nloss {e:.4f}, slope {de:+.4f}")

    def update(w):
        a, e = accuracy_and_loss(w, x, t, b)
        h = 1e-4  # central differences at w, as section 4.3 will compute them
        a_plus, e_plus = accuracy_and_loss(w + h, x, t, b)
        a_minus, e_minus = accuracy_and_loss(w - h, x, t, b)
        da = (a_plus - a_minus) / (2 * h)
        de = (e_plus - e_minus) / (2 * h)
        seen["lo"], seen["hi"] = min(seen["lo"], w), max(seen["hi"], w)
        inside = (ws >= seen["lo"] - 1e-9) & (ws <= seen["hi"] + 1e-9)
        for line, values in curves:
            line.set_data(ws[inside], values[inside])
        passed = jumps[(jumps >= seen["lo"]) & (jumps <= seen["hi"])]
        jump_marks.set_data(passed, np.zeros_like(passed))
        curve.set_ydata(tiny_model(w, xs, b))
        threshold.set_visible(w != 0)
        if w != 0:
            threshold.set_xdata([-b / w, -b / w])
            where = (above if w > 0 else below).format(threshold=-b / w)
        else:
            where = flat
        label_d.set_text(f"w = {w:.3f}: {where}")
        for marker, dot, y in zip(markers, dots, (a * 100, e, de), strict=True):
            marker.set_xdata([w, w])
            dot.set_data([w], [y])
        label_g.set_text(reading.format(a=a, da=da, e=e, de=de))

    controls = {"w": slider(N_("weight w"), float(ws[0]), float(ws[-1]), w, step=0.01)}
    alt = Translated(
        _(
            "Four panels. Top left: 40 points of two classes on a line, class 0 at"
            " height 0 and class 1 at height 1, with the classifier's sigmoid curve"
            " for w = {w} and a dashed line at its threshold. Top right, bottom"
            " left and bottom right: the accuracy, the loss and their slopes against"
            " the weight w from -2 to 6, each with a red marker at w = {w}; the"
            " curves are drawn over the range of w the slider has visited."
        ).format(w=w)
    )
    return Explorer(fig, update, controls, name="accuracy_explorer", alt=alt)


def plot_step_vs_sigmoid():
    """Step function and sigmoid, and their derivatives."""
    fig, (ax_f, ax_d) = plt.subplots(1, 2, figsize=(10, 3.6))
    fig.subplots_adjust(wspace=0.22, **FIXED_MARGINS)
    x = np.linspace(-6, 6, 1201)
    ax_f.plot(x, step_function(x), color="tab:orange", lw=2, label=_("step function"))
    ax_f.plot(x, sigmoid(x), color="tab:blue", lw=2, label=_("sigmoid"))
    ax_f.set(
        xlabel="x", ylabel="h(x)", title=_("Activation functions"), ylim=(-0.1, 1.1)
    )
    ax_f.legend()
    left, right = x < 0, x > 0
    ax_d.plot(
        x[left],
        0 * x[left],
        color="tab:orange",
        lw=2,
        label=_("step: 0 (undefined at x = 0)"),
    )
    ax_d.plot(x[right], 0 * x[right], color="tab:orange", lw=2)
    ax_d.plot([0], [0], "o", mfc="white", color="tab:orange", ms=7)
    ax_d.plot(
        x,
        sigmoid_grad(x),
        color="tab:blue",
        lw=2,
        label=_("sigmoid's derivative: never 0"),
    )
    ax_d.set(
        xlabel="x", ylabel="h′(x)", title=_("Their derivatives"), ylim=(-0.03, 0.36)
    )
    ax_d.legend(loc="upper right", fontsize=9)
    for ax in (ax_f, ax_d):
        ax.grid(alpha=0.3)
    return fig
