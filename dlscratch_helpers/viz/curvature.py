"""The largest learning rate that still learns (notebook 4.5a, optional).

On the bowl f = x0² + x1² of 4.4, gradient descent with learning rate lr
multiplies each coordinate by (1 − lr·λ) at every step, λ = 2 the bowl's
curvature: it converges for lr < 2/λ = 1. For the network, λ_max, the largest
curvature of the loss (the largest eigenvalue of its Hessian), is found by
power iteration on Hessian-vector products, each one the central difference
(4.3) of the backprop gradient along a direction; lr ≈ 2/λ_max is the
prediction. :func:`lr_sweep` then trains short runs across learning rates and
:func:`plot_critical_lr` shows the prediction beside what happened.

``hessian_vector_product`` and ``largest_curvature`` are the notebook's
teaching code, copied here so that the tests can check them
(tests/test_viz_curvature.py checks that the two copies are the same).
"""

from __future__ import annotations

import numbers

import matplotlib.pyplot as plt
import numpy as np

from ..fast_net import _check_whole, train_new_network
from ..i18n import _
from .training import advice, untrained_loss

__all__ = [
    "hessian_vector_product",
    "largest_curvature",
    "lr_sweep",
    "observed_critical_lr",
    "plot_critical_lr",
]

BELOW_COLOR, ABOVE_COLOR, WELL_ABOVE_COLOR = "#1f77b4", "#ff7f0e", "#7f7f7f"


def hessian_vector_product(network, x, t, v, h=1e-4):
    """H·v, how the gradient changes along v: the central difference of 4.3,
    applied to the backprop gradient: (∇L(W + h·v) − ∇L(W − h·v)) / 2h."""
    W = {key: p.copy() for key, p in network.params.items()}

    def gradient_at(sign):
        for key in W:
            network.params[key][...] = W[key] + sign * h * v[key]
        return network.gradient(x, t)

    try:
        grad_plus, grad_minus = gradient_at(+1), gradient_at(-1)
    finally:  # put the weights back, even if the gradient raised
        for key in W:
            network.params[key][...] = W[key]
    return {key: (grad_plus[key] - grad_minus[key]) / (2 * h) for key in W}


def largest_curvature(network, x, t, iters=100, seed=0):
    """λ_max by power iteration: multiply a random direction v by H again and
    again; v turns towards the direction H stretches most, and v·Hv (v of
    length 1) becomes that stretch. That is the eigenvalue largest in size:
    if it is negative (the loss curves down most), the same is done with
    H − λ·I, whose eigenvalues λ_i − λ are all ≥ 0, the largest λ_max − λ.
    Returns every estimate; the last is λ_max."""
    rng = np.random.default_rng(seed)
    estimates, shift = [], 0.0
    while True:
        v = {key: rng.standard_normal(p.shape) for key, p in network.params.items()}
        for _ in range(iters):  # noqa: F402 (as in the notebook; local to this function)
            length = np.sqrt(sum(np.sum(a * a) for a in v.values()))
            v = {key: a / length for key, a in v.items()}
            Hv = hessian_vector_product(network, x, t, v)
            Hv = {key: Hv[key] - shift * v[key] for key in v}  # (H − shift·I)·v
            estimates.append(shift + float(sum(np.sum(v[key] * Hv[key]) for key in v)))
            v = Hv
        if shift != 0.0 or estimates[-1] >= 0:
            return estimates
        shift = estimates[-1]  # negative: look again from it


def lr_sweep(
    x_train,
    t_train,
    x_test,
    t_test,
    learning_rates,
    iters_num=500,
    batch_size=100,
    hidden_size=50,
    seed=0,
    progress=False,
):
    """One short run of fast_net.train_new_network per learning rate, from
    the same initial weights and the same mini-batches as the training
    panel's runs: each point is what the panel shows for that learning rate.

    Returns a dict of arrays: learning_rate, first_losses (the loss of the
    first 30 mini-batches, NaN after a divergence), end_loss (mean of the
    last tenth of the mini-batch losses), test_acc (after the run), learned
    (the panel's rule, training.advice: the smoothed loss ended below
    0.95 × the start), start_loss (the untrained network's loss on the
    first 1,000 training images, training.untrained_loss, as the panel
    measures it).

    progress=True shows a bar while the runs train (about 2 s on 4,000
    images) and removes it when they are done, so that a notebook saves no
    bar: in a notebook this clears the cell's output, so call lr_sweep in a
    cell of its own.
    """
    rates = np.asarray(learning_rates, dtype=float)
    if rates.ndim != 1 or rates.size == 0 or np.any(~(rates > 0)):
        raise ValueError(_("learning_rates must be positive numbers, at least one"))
    # checked here, before train sees eval_every=iters_num (a name the
    # learner never passed)
    iters_num = _check_whole(iters_num, "iters_num", 1)
    hidden_size = _check_whole(hidden_size, "hidden_size", 1)
    start_loss = untrained_loss(x_train, t_train, hidden_size=hidden_size, seed=seed)
    first = np.full((rates.size, 30), np.nan)
    end_loss, test_acc, learned = (np.zeros(rates.size) for _ in range(3))
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=rates.size, leave=False, desc=_("training runs"))
    for i, lr in enumerate(rates):
        network, history = train_new_network(
            x_train,
            t_train,
            x_test,
            t_test,
            hidden_size=hidden_size,
            seed=seed,
            iters_num=iters_num,
            batch_size=batch_size,
            learning_rate=float(lr),
            eval_every=iters_num,  # one evaluation (at 0): the runs stay short
        )
        loss = np.asarray(history["train_loss"], dtype=float)
        first[i, : min(loss.size, 30)] = loss[:30]
        ok = history["diverged_at"] is None and loss.size > 0
        end_loss[i] = np.mean(loss[-max(loss.size // 10, 1) :]) if ok else np.nan
        test_acc[i] = network.accuracy(x_test, t_test) if ok else np.nan
        learned[i] = ok and advice(history, start_loss) == ""
        if bar is not None:
            bar.update()
    if bar is not None:
        bar.close()
        _remove_bar()
    return {
        "learning_rate": rates,
        "first_losses": first,
        "end_loss": end_loss,
        "test_acc": test_acc,
        "learned": learned.astype(bool),
        "start_loss": float(start_loss),
        "iters_num": int(iters_num),
    }


def _remove_bar():
    """In a notebook, clear the cell's output: the closed bar's text would
    otherwise stay in the saved notebook."""
    try:
        from IPython import get_ipython
        from IPython.display import clear_output
    except ImportError:
        return
    if type(get_ipython()).__name__ == "ZMQInteractiveShell":
        clear_output()


def observed_critical_lr(sweep):
    """The largest learning rate of the sweep that learned, and the smallest
    larger one that did not (None when every run learned / none failed)."""
    rates, learned = sweep["learning_rate"], sweep["learned"]
    good = rates[learned]
    if good.size == 0:
        return None, float(rates.min())
    last = float(good.max())
    bad = rates[(~learned) & (rates > last)]
    return last, (float(bad.min()) if bad.size else None)


def _pick(rates, target):
    return int(np.argmin(np.abs(np.log(rates) - np.log(target))))


def plot_critical_lr(sweep, lam_max, show_lrs=None):
    """Left: the first 30 mini-batch losses for up to three learning rates
    (show_lrs; the nearest swept ones are drawn). Right: the loss at the end of each
    short run against the learning rate (log axis), with the predicted
    2/λ_max and the observed edge."""
    rates = sweep["learning_rate"]
    if (
        isinstance(lam_max, bool)
        or not isinstance(lam_max, numbers.Real)
        or not np.isfinite(lam_max)
        or lam_max <= 0
    ):
        raise ValueError(
            _(
                "lam_max must be the largest curvature, a number > 0; got lam_max "
                "= {lam_max!r}. Power iteration finds the eigenvalue largest in "
                "size, which is negative where the loss curves down most (a small "
                "network can have one); 2/lam_max then predicts no learning rate."
            ).format(lam_max=lam_max)
        )
    predicted = 2.0 / lam_max
    last_good, first_bad = observed_critical_lr(sweep)
    fig, (ax_first, ax_end) = plt.subplots(
        1, 2, figsize=(10, 3.8), layout="constrained"
    )

    # left: the first steps of three runs
    if show_lrs is None:  # below the prediction, above it, and the first failure
        show_lrs = (0.7 * predicted, last_good or predicted, first_bad or rates.max())
    styles = (
        (BELOW_COLOR, "-", "o"),
        (ABOVE_COLOR, "--", "s"),
        (WELL_ABOVE_COLOR, ":", "^"),
    )
    steps = np.arange(sweep["first_losses"].shape[1])
    below = _("lr {lr:.3g} ({ratio:.1f}× 2/λmax, below)")
    above = _("lr {lr:.3g} ({ratio:.1f}× 2/λmax, above)")
    untrained = _("untrained network")
    for target, (color, ls, marker) in zip(show_lrs, styles, strict=False):
        i = _pick(rates, target)
        losses = sweep["first_losses"][i]
        where = below if rates[i] < predicted else above
        ax_first.plot(
            steps,
            losses,
            ls=ls,
            marker=marker,
            ms=3,
            color=color,
            label=where.format(lr=rates[i], ratio=rates[i] / predicted),
        )
    ax_first.axhline(sweep["start_loss"], color="0.4", lw=0.8, label=untrained)
    ax_first.set(
        xlabel=_("iteration"),
        ylabel=_("mini-batch loss"),
        title=_("The first 30 mini-batches"),
        ylim=(0, None),
    )
    ax_first.legend(fontsize=9, loc="upper right")

    # right: where each short run ended
    ok = sweep["learned"]
    end = np.where(np.isfinite(sweep["end_loss"]), sweep["end_loss"], np.nan)
    ax_end.plot(rates, end, color="0.6", lw=1, zorder=1)
    ax_end.scatter(
        rates[ok], end[ok], marker="o", color=BELOW_COLOR, zorder=2, label=_("learned")
    )
    ax_end.scatter(
        rates[~ok],
        end[~ok],
        marker="x",
        s=50,
        color="#d62728",
        zorder=2,
        label=_("did not learn"),
    )
    ax_end.axvline(
        predicted,
        color="k",
        ls="--",
        label=_("predicted 2/λmax = {predicted:.2f}").format(predicted=predicted),
    )
    if last_good is not None and first_bad is not None:
        ax_end.axvspan(
            last_good,
            first_bad,
            color="#d62728",
            alpha=0.12,
            lw=0,
            label=_(
                "observed edge: {last_good:.3g} learns, {first_bad:.3g} not"
            ).format(last_good=last_good, first_bad=first_bad),
        )
    ax_end.axhline(sweep["start_loss"], color="0.4", lw=0.8, label=untrained)
    ax_end.set(
        xscale="log",
        xlabel=_("learning rate (log scale)"),
        ylabel=_("loss after {iters_num} iterations").format(
            iters_num=sweep["iters_num"]
        ),
        title=_("Where each run ended: predicted and observed limits"),
        ylim=(0, None),
    )
    ticks = [v for v in (0.1, 0.3, 1, 3, 10, 30) if rates.min() <= v <= rates.max()]
    ax_end.set_xticks(ticks, [f"{v:g}" for v in ticks])
    ax_end.minorticks_off()
    ax_end.legend(fontsize=9, loc="upper left")
    return fig
