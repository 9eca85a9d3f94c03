"""The real loss landscape of section 4.5 (notebook 4.5b, optional).

The loss of a trained two-layer network at θ* + α·δ + β·ε, on two kinds of
slice. On the *random* slice δ and ε are two random directions through its
39,760 weights, each scaled to the weights' own size by *filter
normalisation* (Li, Xu, Taylor, Studer and Goldstein,
"Visualizing the Loss Landscape of Neural Nets", NeurIPS 2018): for a
fully-connected layer a "filter" is the set of weights that make one unit, so
each column of W1 (the 784 weights into one hidden unit) and of W2 (the 50
weights into one output) is rescaled to the norm of the same column of the
trained weights. Biases get a direction of 0, as the paper does for its plots
(its code's ``ignore='biasbn'``): the slice moves the weights only, b1 and b2
stay as trained. Two random directions hold only a small part of the training
path, so the *path* slice takes δ and ε from the path itself, as the same
paper does for trajectories: the two directions that hold most of the offsets
θ_i - θ* of the saved snapshots (their principal directions), each scaled to
the length of the way from the start to θ*, so that the start lies about 1
from the centre.

Each grid point costs one forward pass over a fixed subset of training images,
vectorised: x·W1 is linear in (α, β), so x·W1*, x·δ1 and x·ε1 are computed
once and every grid point only mixes them (see :func:`loss_grid`).
"""

from __future__ import annotations

import time

import ipywidgets as widgets
import numpy as np
from threadpoolctl import threadpool_limits

from ..fast_net import FastTwoLayerNet, train
from ..i18n import Translated, _
from ..widgets import Explorer, check_choice, new_figure

KEYS = ("W1", "b1", "W2", "b2")
EXTENTS = (0.0, 0.3, 1.0, 3.0)  # the extent slider's values, default 1.0
LEARNING_RATES = (0.1, 1.0, 10.0)
GRID_POINTS = 21  # per side: 21 x 21 = 441 losses per slice
EVERY = 50  # a snapshot of the weights every 50 iterations
SLICES = ("random", "path")  # two random directions; the path's own two
MARGIN = 1.1  # the axes span -1.1..1.1 in units of the extent, the grid -1..1
PATH_COLOR, START_COLOR, END_COLOR = "white", "#ff7f0e", "#d62728"


def filter_normalized_direction(params, rng):
    """A random direction through params, filter-normalised (Li et al. 2018).

    For each weight matrix W (shape (inputs, units)): a standard normal d of
    the same shape, each column (the weights into one unit) rescaled so that
    its norm is the norm of the same column of W. Biases (1-D) get 0.
    Returns a dict with the keys of params.
    """
    direction = {}
    for key, w in params.items():
        w = np.asarray(w, dtype=np.float64)
        if w.ndim < 2:  # a bias: not moved (the paper's choice)
            direction[key] = np.zeros_like(w)
            continue
        d = rng.standard_normal(w.shape)
        d *= np.linalg.norm(w, axis=0) / np.linalg.norm(d, axis=0)
        direction[key] = d
    return direction


def path_directions(snapshots, center):
    """The path's two principal directions (Li et al. 2018, section 7).

    The offsets θ_i - θ* of the snapshots (every key, biases too), as the
    rows of a matrix: its two leading right singular vectors span the plane
    through θ* that holds the most of them (least squares). Each is scaled to
    the length of the way from the first snapshot (the start) to θ*, and
    signed so that the start has α ≥ 0 and β ≥ 0. Returns two dicts with the
    keys of center.
    """
    offsets = np.stack([_flat(s) - _flat(center) for s in snapshots])
    _, _, vt = np.linalg.svd(offsets, full_matrices=False)
    length = np.linalg.norm(offsets[0])
    sizes = np.cumsum([0] + [np.size(center[k]) for k in KEYS])
    directions = []
    for v in vt[:2]:
        if offsets[0] @ v < 0:
            v = -v
        v = v * length
        directions.append(
            {
                k: v[sizes[i] : sizes[i + 1]].reshape(np.shape(center[k]))
                for i, k in enumerate(KEYS)
            }
        )
    return directions[0], directions[1]


def _stable_loss(scores, t):
    """Mean cross entropy of softmax(scores) over the images: scores has
    shape (..., N, 10), t holds N class indices; the book's 1e-7 inside the
    log. Works in place on scores."""
    scores -= scores.max(axis=-1, keepdims=True)
    y = np.exp(scores, out=scores)
    y /= y.sum(axis=-1, keepdims=True)
    picked = y[..., np.arange(t.size), t]
    return -np.log(picked + 1e-7).mean(axis=-1)


def loss_grid(params, d1, d2, x, t, alphas, betas, chunk=7, dtype=np.float32):
    """The loss at params + a·d1 + b·d2 for every a in alphas, b in betas.

    x: (N, 784) images, t: N class indices. Returns an array of shape
    (len(betas), len(alphas)): row i is betas[i] (as contour plots expect).
    The three products with x in float64, the rest in dtype (float32, as
    the fast network computes), chunk grid points at a time.
    """
    x = np.asarray(x, dtype=np.float64)
    t = np.asarray(t)
    p = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    # x·(W1 + a·δ1 + b·ε1) = x·W1 + a·(x·δ1) + b·(x·ε1): three products, once
    base = (x @ p["W1"] + p["b1"]).astype(dtype)
    xd1, xd2 = (x @ d1["W1"]).astype(dtype), (x @ d2["W1"]).astype(dtype)
    a, b = np.meshgrid(np.asarray(alphas, float), np.asarray(betas, float))
    a, b = a.ravel().astype(dtype), b.ravel().astype(dtype)
    w2, v1, v2 = (
        np.asarray(d[k], dtype) for d, k in ((p, "W2"), (d1, "W2"), (d2, "W2"))
    )
    c1, e1, e2 = (
        np.asarray(d[k], dtype) for d, k in ((p, "b2"), (d1, "b2"), (d2, "b2"))
    )
    g1, g2 = np.asarray(d1["b1"], dtype), np.asarray(d2["b1"], dtype)
    out = np.empty(a.size)
    for s in range(0, a.size, chunk):
        ca, cb = a[s : s + chunk, None, None], b[s : s + chunk, None, None]
        hidden = base + ca * xd1  # (chunk, N, 50)
        hidden += cb * xd2
        hidden += ca * g1 + cb * g2  # the biases' directions (0 here)
        hidden *= 0.5
        z1 = np.tanh(hidden, out=hidden)  # the sigmoid, (1 + tanh(h/2)) / 2
        z1 += 1.0
        z1 *= 0.5
        W2 = w2 + ca * v1 + cb * v2  # (chunk, 50, 10)
        scores = np.matmul(z1, W2)
        scores += c1 + ca * e1 + cb * e2  # b2 + a·(its δ) + b·(its ε)
        out[s : s + chunk] = _stable_loss(scores, t)
    return out.reshape(len(betas), len(alphas))


def _flat(params):
    return np.concatenate([np.ravel(params[k]) for k in KEYS]).astype(np.float64)


def project_path(snapshots, center, d1, d2):
    """Coordinates (α, β) of each snapshot's θ - θ* in the plane of d1, d2
    (least squares), and the share of each step's length that lies in it."""
    basis = np.column_stack([_flat(d1), _flat(d2)])
    offsets = np.column_stack([_flat(s) - _flat(center) for s in snapshots])
    coords, *_ = np.linalg.lstsq(basis, offsets, rcond=None)
    inside = np.linalg.norm(basis @ coords, axis=0)
    total = np.linalg.norm(offsets, axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(total > 0, inside / total, 0.0)
    return coords.T, share


def train_with_snapshots(
    x_train, t_train, x_test, t_test, learning_rate, iters_num=500, every=EVERY,
    hidden_size=50, seed=0,
):  # fmt: skip
    """Train a FastTwoLayerNet with fast_net.train; return the network, its
    history and copies of its params before training, after the updates of
    iterations 0, every, 2·every, ... (when train evaluates) and at the end.
    (Not fast_net.train_new_network, which builds its network inside: the
    copies are taken from the network while it trains.)"""
    network = FastTwoLayerNet(784, hidden_size, 10, seed=seed)
    snapshots = [{k: v.copy() for k, v in network.params.items()}]

    def keep(history):
        snapshots.append({k: v.copy() for k, v in network.params.items()})

    history = train(
        network, x_train, t_train, x_test, t_test, iters_num=iters_num,
        learning_rate=learning_rate, seed=seed, eval_every=every, on_eval=keep,
    )  # fmt: skip
    last = history["eval_iters"][-1] if history["eval_iters"] else None
    if last != len(history["train_loss"]) - 1:  # steps after the last evaluation
        keep(history)
    return network, history, snapshots


def _finite(params):
    return all(np.all(np.isfinite(v)) for v in params.values())


def compute_landscapes(
    x_train, t_train, x_test, t_test, learning_rates=LEARNING_RATES,
    extents=EXTENTS, n_images=1000, points=GRID_POINTS, iters_num=500,
    every=EVERY, n_train=4000, n_test=500, seed=0, progress=True, runs=None,
):  # fmt: skip
    """Train one network per learning rate, then compute the loss on a
    points x points grid of each run's slice for each extent > 0.

    The runs train on the first n_train training images (accuracies on the
    first n_test test images), so that the time is the same on the offline
    sample and on full MNIST; the landscape is the loss on the first n_images
    training images. runs, if given, replaces the training: name -> (params,
    history, snapshots). Returns {"runs": name -> {"params", "history",
    "snapshots", "center_loss", "diverged", "slices": kind -> {"directions", "path",
    "share", "grids": {extent: grid}}}, "seconds": the whole precomputation's
    time}, for the kinds of slice in SLICES ("random", "path"). The random
    directions come from a generator of their own (seeded with [seed, 1]),
    not from the one that drew the initial weights (seeded with seed): drawn
    in the same order from the same generator, they would point at the start.
    With progress, a progress bar shows while it runs; in a notebook it is
    cleared at the end, with anything else the cell has shown before.
    """
    start = time.perf_counter()
    x = np.asarray(x_train[:n_images])
    t = np.asarray(t_train[:n_images])
    t = np.argmax(t, axis=1) if t.ndim == 2 else t.astype(int)
    n_runs = len(learning_rates) if runs is None else len(runs)
    n_grids = len(SLICES) * sum(e > 0 for e in extents)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=n_runs * (1 + n_grids), desc=_("loss landscape"), leave=False)
    if runs is None:
        runs = {}
        for lr in learning_rates:
            network, history, snapshots = train_with_snapshots(
                x_train[:n_train], t_train[:n_train], x_test[:n_test],
                t_test[:n_test], lr, iters_num=iters_num, every=every, seed=seed,
            )  # fmt: skip
            runs[f"lr = {lr:g}"] = (network.params, history, snapshots)
            if bar is not None:
                bar.update()
    elif bar is not None:
        bar.update(n_runs)
    rng = np.random.default_rng([seed, 1])  # not FastTwoLayerNet's generator
    result = {}
    with threadpool_limits(1, "blas"):  # small products: one thread is faster
        for name, (params, history, snapshots) in runs.items():
            diverged = history.get("diverged_at") is not None or not _finite(params)
            run = {"params": params, "history": history, "diverged": diverged}
            run["snapshots"] = snapshots
            run["slices"] = {}
            random_pair = (  # drawn for every run, so each run's pair is fixed
                filter_normalized_direction(params, rng),
                filter_normalized_direction(params, rng),
            )
            for kind in SLICES:
                sl = {"grids": {}}
                if not diverged:
                    if kind == "random":
                        d1, d2 = random_pair
                    else:
                        d1, d2 = path_directions(snapshots, params)
                    sl["directions"] = (d1, d2)
                    sl["path"], sl["share"] = project_path(snapshots, params, d1, d2)
                    run["center_loss"] = float(
                        loss_grid(params, d1, d2, x, t, [0.0], [0.0])[0, 0]
                    )
                for e in extents:
                    if e <= 0:
                        continue
                    if not diverged:
                        axis = np.linspace(-e, e, points)
                        sl["grids"][e] = loss_grid(params, d1, d2, x, t, axis, axis)
                    if bar is not None:
                        bar.update()
                run["slices"][kind] = sl
            result[name] = run
    if bar is not None:
        bar.close()
        if hasattr(bar, "container"):  # a notebook bar: leave no output behind
            from IPython.display import clear_output

            clear_output()
    return {"runs": result, "seconds": time.perf_counter() - start}


def _levels(grid, n=12, flat=0.05):
    """Contour levels: even steps in the loss from its lowest value on the
    grid to its highest, or to 5 % above the lowest if it varies less than
    that (a plateau is then drawn flat, in one colour, not as the
    magnified noise of its last digits)."""
    lo, hi = float(np.min(grid)), float(np.max(grid))
    hi = max(hi, lo + flat * max(abs(lo), 1e-3))
    return np.linspace(lo, hi, n)


def _snapshot_interval(runs):
    """The iterations between two points of the drawn paths: the snapshots
    are kept when train evaluates, so the step of every run's eval_iters;
    None if the runs do not share one even step."""
    steps = set()
    for r in runs.values():
        steps.update(np.diff(r["history"].get("eval_iters", [])).tolist())
    return int(steps.pop()) if len(steps) == 1 else None


def _number(ax, x, y, transform, ha, va):
    """An empty animated text on ax: a tick label that each move fills in."""
    return ax.text(
        x, y, "", transform=transform, ha=ha, va=va, fontsize=9, animated=True
    )


def _is_flat(grid, flat=0.05):
    """True if the loss on grid varies by less than 5 % of its lowest value
    (the case where :func:`_levels` pads its levels)."""
    lo, hi = float(np.min(grid)), float(np.max(grid))
    return hi < lo + flat * max(abs(lo), 1e-3)


def _held(share):
    """How much of the drawn path lies in the slice, from share (each
    snapshot's, the last being θ* itself): "inside" if every dot has at least
    half of its way to θ* in the slice, "shadow" if none has, else "partly"."""
    dots = np.asarray(share)[:-1]
    if np.min(dots) >= 0.5:
        return "inside"
    return "shadow" if np.max(dots) < 0.5 else "partly"


def _shape(grid):
    """What the loss on grid (axes -1..1) looks like, for the alt text: its
    kind ("flat", "bowl", "elongated", "tilted" (and elongated), or "off",
    lowest away from the centre) and the (α, β) of its lowest point, in
    units of the extent. A bowl has its lowest point within one grid step of
    the centre; its shape comes from a quadratic fitted by least squares."""
    if _is_flat(grid):
        return "flat", (0.0, 0.0)
    axis = np.linspace(-1, 1, grid.shape[0])
    i, j = np.unravel_index(np.argmin(grid), grid.shape)
    step = axis[1] - axis[0]
    if max(abs(axis[i]), abs(axis[j])) > step * 1.01:
        return "off", (float(axis[j]), float(axis[i]))
    a, b = np.meshgrid(axis, axis)
    a, b = a.ravel(), b.ravel()
    features = np.column_stack([np.ones_like(a), a, b, a * a, a * b, b * b])
    c = np.linalg.lstsq(features, np.ravel(grid), rcond=None)[0]
    hessian = np.array([[2 * c[3], c[4]], [c[4], 2 * c[5]]])
    values, vectors = np.linalg.eigh(hessian)  # ascending: the flattest first
    if values[0] <= 0 or values[1] < 2 * values[0]:
        return "bowl", (0.0, 0.0)
    angle = np.degrees(np.arctan2(abs(vectors[1, 0]), abs(vectors[0, 0])))
    return ("tilted" if 20 < angle < 70 else "elongated"), (0.0, 0.0)


def landscape_explorer(landscapes, extent=1.0, run=None, kind="random"):
    """Contours of the loss on each run's 2-D slice, its training path projected.

    landscapes: what :func:`compute_landscapes` returns. Controls: the slice's
    extent (α and β from -extent to +extent, in units of its directions), the
    run, and the kind of slice (two random directions, or the path's two
    principal directions). An extent of 0 or a diverged run draws a message.
    The axes span -1 to 1 in units of the extent; their tick labels (α and β)
    and the colour bar's (the loss at 0, 1/4, ..., 1 of its height) are texts redrawn
    with each move, so that a move never redraws the whole figure. The title
    says how much of each dot's way to θ* the slice holds, least and most
    (see :func:`_held`): the rest of a dot's way is projection, and where
    that is most of it the colour under the dot is not that point's loss. A
    flat slice's colour bar says so, with its one value. The alt text says
    what the loss in view looks like (see :func:`_shape`).
    """
    runs = landscapes["runs"]
    names = list(runs)
    run = names[0] if run is None else run
    extents = sorted(
        {
            0.0,
            *(
                e
                for r in runs.values()
                for sl in r["slices"].values()
                for e in sl["grids"]
            ),
        }
    )
    kinds = [k for k in SLICES if any(k in r["slices"] for r in runs.values())]
    check_choice("extent", extent, extents)
    check_choice("run", run, names)
    check_choice("kind", kind, kinds)
    fig, ax = new_figure(figsize=(6.6, 6.4))
    contours = {}
    grids = {
        (name, k, e): grid
        for name, r in runs.items()
        for k, sl in r["slices"].items()
        for e, grid in sl["grids"].items()
    }
    for key, grid in grids.items():  # every contour set made once, shown one at a time
        axis = np.linspace(-1, 1, grid.shape[0])
        levels = _levels(grid)
        filled = ax.contourf(axis, axis, grid, levels=levels, cmap="viridis")
        lines = ax.contour(  # no line at the lowest level: a flat grid
            axis, axis, grid, levels=levels[1:], colors="black", linewidths=0.5
        )
        labels = ax.clabel(lines, levels[2::4], fontsize=9, fmt="%.3g")
        parts = [filled, lines, *labels]
        for part in parts:
            part.set_animated(True)
            part.set_visible(False)
        contours[key] = parts
    # the colour bar: every contour set has len(levels) - 1 = 11 even bands of
    # viridis, so one bar serves all; its numbers are texts set with each move
    first = next(iter(contours.values()), None)
    bar_labels, flat_label = [], None
    if first is not None:
        bar = fig.colorbar(first[0], ax=ax, fraction=0.05, pad=0.03)
        bar.set_ticks([])
        bar.ax.set_ylim(first[0].levels[0], first[0].levels[-1])
        bar.set_label(_("loss (cross entropy)"), labelpad=34)
        bar_labels = [
            _number(bar.ax, 1.25, k / 4, bar.ax.transAxes, "left", "center")
            for k in range(5)
        ]
        flat_label = bar.ax.text(  # inside the bar, clear of its label
            0.5, 0.5, "", transform=bar.ax.transAxes, ha="center", va="center",
            rotation=90, fontsize=9, animated=True,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        )  # fmt: skip
    every = _snapshot_interval(runs)
    if every is None:
        path_label = _("training path, projected onto the slice")
    else:
        path_label = _(
            "training path (every {every} iterations), projected onto the slice"
        ).format(every=every)
    (path_line,) = ax.plot(
        [], [], "o-", color=PATH_COLOR, mec="black", ms=4, lw=1.2, animated=True,
        label=path_label,
    )  # fmt: skip
    (start_dot,) = ax.plot(
        [], [], "s", color=START_COLOR, mec="black", ms=8, animated=True,
        label=_("start of training (random weights)"),
    )  # fmt: skip
    (end_dot,) = ax.plot(
        [], [], "*", color=END_COLOR, mec="black", ms=14, animated=True,
        label=_("trained weights θ* (the centre)"),
    )  # fmt: skip
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.1), fontsize=9)
    title = ax.set_title("", fontsize=9, animated=True)
    message = ax.text(
        0.5, 0.5, "", transform=ax.transAxes, ha="center", va="center",
        fontsize=10, color="#b00020", animated=True,
        bbox={"facecolor": "white", "edgecolor": "#b00020"},
    )  # fmt: skip
    ticks = [-1, -0.5, 0, 0.5, 1]
    # a margin round the grid (-1..1): a dot just outside it is still drawn
    ax.set(xlim=(-MARGIN, MARGIN), ylim=(-MARGIN, MARGIN), xticks=ticks, yticks=ticks)
    ax.set(xticklabels=[], yticklabels=[])  # the numbers: texts below, per extent
    ax.set(xlabel=_("α  (along direction δ)"), ylabel=_("β  (along direction ε)"))
    ax.xaxis.labelpad, ax.yaxis.labelpad = 14, 24  # room for the numbers
    x_labels = [
        _number(ax, v, -0.02, ax.get_xaxis_transform(), "center", "top") for v in ticks
    ]
    y_labels = [
        _number(ax, -0.02, v, ax.get_yaxis_transform(), "right", "center")
        for v in ticks
    ]
    shown = {"key": None}
    # the texts translated once, here: a move only fills in their numbers
    diverged_at = _(
        "This run diverged at iteration {at}: its loss became NaN\n"
        "and its weights are no longer numbers,\n"
        "so there is no landscape around them to draw.\n"
        "Choose another run."
    )
    diverged = _(
        "This run diverged: its loss became NaN\n"
        "and its weights are no longer numbers,\n"
        "so there is no landscape around them to draw.\n"
        "Choose another run."
    )
    no_extent = _(
        "Extent 0: the slice shrinks to a single point,\n"
        "the trained weights (loss {loss:.3f}).\n"
        "Choose a larger extent to see the landscape."
    )
    nothing = _("{run}, extent {extent:g}: nothing to draw")
    titled = _(
        "{run}, extent {extent:g}: loss {loss:.3g} at θ*, {low:.3g}–{high:.3g} in view"
    )
    named = {
        "random": _("δ, ε: two random directions;"),  # its own ";": Korean has "."
        "path": _("δ, ε: the path's two principal directions;"),
    }
    held = {  # how much of each dot's way to θ* lies in the slice
        "shadow": _(
            "the slice holds {low:.0%}–{high:.0%} of each dot's way to θ*:\n"
            "the path drawn is mostly its projection, its shadow;\n"
            "the colour under a dot is not that point's loss"
        ),
        "partly": _(
            "the slice holds {low:.0%}–{high:.0%} of each dot's way to θ*:\n"
            "some dots lie mostly outside it;\n"
            "the colour under those is not their loss"
        ),
        "inside": _(
            "the slice holds {low:.0%}–{high:.0%} of each dot's way to θ*:\n"
            "the path drawn lies mostly in it"
        ),
    }
    flat_text = _("flat: all ≈ {loss:.4g}")

    def update(extent, run, kind):
        r = runs[run]
        sl = r["slices"][kind]
        key = (run, kind, extent)
        if shown["key"] != key:
            for part in contours.get(shown["key"], []):
                part.set_visible(False)
            for part in contours.get(key, []):
                part.set_visible(True)
            shown["key"] = key
        bad = None
        if r["diverged"]:
            at = r["history"].get("diverged_at")
            bad = diverged_at.format(at=at) if at is not None else diverged
        elif extent <= 0:
            bad = no_extent.format(loss=r["center_loss"])
        message.set_text(bad or "")
        for artist in (path_line, start_dot, end_dot):
            artist.set_visible(bad is None)
        message.set_visible(bad is not None)
        for text, v in zip(x_labels + y_labels, ticks + ticks, strict=True):
            text.set_text("" if bad is not None else f"{v * extent + 0.0:g}")
        if bad is not None:
            title.set_text(nothing.format(run=run, extent=extent))
            for text in bar_labels:
                text.set_text("")
            if flat_label is not None:
                flat_label.set_text("")
            return
        grid = sl["grids"][extent]
        levels = _levels(grid)
        for k, text in enumerate(bar_labels):  # at 0, 1/4, ..., 1 of the bar
            text.set_text(f"{levels[0] + k / 4 * (levels[-1] - levels[0]):.3g}")
        flat_label.set_text("")
        if _is_flat(grid):  # padded levels: no scale to read, one value
            for text in bar_labels:
                text.set_text("")
            flat_label.set_text(flat_text.format(loss=float(np.mean(grid))))
        path = sl["path"] / extent
        path_line.set_data(path[:, 0], path[:, 1])
        start_dot.set_data(path[:1, 0], path[:1, 1])
        end_dot.set_data([0.0], [0.0])
        title.set_text(
            titled.format(
                run=run, extent=extent, loss=r["center_loss"],
                low=grid.min(), high=grid.max(),
            )
            + "\n"
            + named[kind]
            + " "
            + held[_held(sl["share"])].format(
                low=float(np.min(sl["share"][:-1])),
                high=float(np.max(sl["share"][:-1])),
            )
        )  # fmt: skip

    kind_names = {"random": _("random"), "path": _("the path's")}
    controls = {
        "extent": widgets.SelectionSlider(
            options=extents, value=extent, description=_("extent of the slice"),
            continuous_update=True, style={"description_width": "initial"},
            layout=widgets.Layout(width="420px"),
        ),
        "run": widgets.ToggleButtons(
            options=names, value=run, description=_("run")
        ),
        "kind": widgets.ToggleButtons(
            options=[(kind_names[k], k) for k in kinds], value=kind,
            description=_("directions"),
        ),
    }  # fmt: skip
    explorer = Explorer(fig, update, controls, name="landscape_explorer")
    alts = {
        "random": _(
            "Contour plot of the training loss of the network trained with {run}, "
            "on a 2-D slice through its weights, α and β from -{extent:g} to "
            "{extent:g} along two random filter-normalised directions, the trained "
            "weights at the centre (a star), with numbered axes and a colour bar "
            "of the loss. Dark is low loss, light is high. The title says that the "
            "slice holds {low:.0%}–{high:.0%} of each dot's way to the star: the "
            "training path's projection is drawn as dots from a square (the "
            "start) to the star{huddle}."
        ),
        "path": _(
            "Contour plot of the training loss of the network trained with {run}, "
            "on a 2-D slice through its weights, α and β from -{extent:g} to "
            "{extent:g} along the training path's two principal directions, the "
            "trained weights at the centre (a star), with numbered axes and a "
            "colour bar of the loss. Dark is low loss, light is high. The title "
            "says that the slice holds {low:.0%}–{high:.0%} of each dot's way to "
            "the star: the training path is drawn as dots from a square (the "
            "start) to the star."
        ),
    }
    r = runs[run]
    if r["diverged"] or extent <= 0:
        explorer.alt = Translated(
            _(
                "An empty frame with a message: {run}, extent {extent:g}, has no "
                "landscape to draw."
            ).format(run=run, extent=extent)
        )
    else:
        sl = r["slices"][kind]
        near = float(np.max(np.abs(sl["path"]))) < 0.1 * extent
        huddle = _(", all of them so close to the star that they overlap it")
        grid = sl["grids"][extent]
        explorer.alt = Translated(
            alts[kind].format(
                run=run, extent=extent, low=float(np.min(sl["share"][:-1])),
                high=float(np.max(sl["share"][:-1])), huddle=huddle if near else "",
            )
            + " "
            + _describe(grid, extent)
        )  # fmt: skip
    return explorer


def slices_figure(landscapes, names, extent=1.0):
    """A static grid: one row per run in names, its random slice on the left
    and its path's slice on the right, at one extent, each with its path, its
    start and θ*. Returns (fig, alt): the alt text says, panel by panel, what
    the loss looks like (as the explorer's alt text does)."""
    runs = landscapes["runs"]
    for name in names:
        check_choice("run", name, list(runs))
    import matplotlib.pyplot as plt  # a pyplot figure: show() displays, closes it

    fig, axes = plt.subplots(
        len(names), len(SLICES), figsize=(7.2, 3.3 * len(names)), squeeze=False,
        layout="constrained",
    )  # fmt: skip
    named = {"random": _("two random directions"), "path": _("the path's directions")}
    panel = _("{run}, {kind}: {shape}")
    parts = []
    for row, name in zip(axes, names, strict=True):
        r = runs[name]
        for ax, kind in zip(row, SLICES, strict=True):
            sl = r["slices"][kind]
            grid = sl["grids"][extent]
            axis = np.linspace(-extent, extent, grid.shape[0])
            levels = _levels(grid)
            filled = ax.contourf(axis, axis, grid, levels=levels, cmap="viridis")
            lines = ax.contour(
                axis, axis, grid, levels=levels[1:], colors="black", linewidths=0.5
            )
            ax.clabel(lines, levels[2::4], fontsize=9, fmt="%.3g")
            bar = fig.colorbar(filled, ax=ax, fraction=0.05, pad=0.02, format="%.3g")
            bar.ax.tick_params(labelsize=9)
            if _is_flat(grid):  # padded levels: one value, said in the panel
                bar.set_ticks([])  # its padded levels are not the loss's
                note = _("flat: all ≈ {loss:.4g}").format(loss=float(np.mean(grid)))
                ax.text(
                    0.5, 0.8, note,
                    transform=ax.transAxes, ha="center", fontsize=9,
                    bbox={"facecolor": "white", "edgecolor": "none"},
                )  # fmt: skip
            path = sl["path"]
            ax.plot(path[:, 0], path[:, 1], "o-", color=PATH_COLOR, mec="black",
                    ms=3, lw=1)  # fmt: skip
            ax.plot(path[:1, 0], path[:1, 1], "s", color=START_COLOR, mec="black",
                    ms=7)  # fmt: skip
            ax.plot([0], [0], "*", color=END_COLOR, mec="black", ms=12)
            lim = MARGIN * extent
            ax.set(xlim=(-lim, lim), ylim=(-lim, lim), aspect="equal")
            ax.set_title(f"{name}, {named[kind]}", fontsize=9)
            ax.set_xlabel("α", fontsize=9)
            ax.set_ylabel("β", fontsize=9)
            ax.tick_params(labelsize=9)
            parts.append(
                panel.format(run=name, kind=named[kind], shape=_describe(grid, extent))
            )
    alt = Translated(
        _(
            "Contour plots of the training loss on 2-D slices through the weights, α "
            "and β from -{extent:g} to {extent:g}, one row per run: on the left two "
            "random filter-normalised directions, on the right the path's two "
            "principal directions; the trained weights at the centre (a star), the "
            "training path as dots from a square (the start). Dark is low loss, light "
            "is high."
        ).format(extent=extent)
    )
    return fig, Translated(alt + " " + " ".join(parts))


def _describe(grid, extent):
    """One sentence on what the loss on grid (axes -1..1, shown at extent)
    looks like: flat, a bowl (elongated, tilted) round θ*, or lowest away."""
    kind_of, (a, b) = _shape(grid)
    shapes = {
        "flat": _("The loss is flat: about {mean:.3g} everywhere in view."),
        "bowl": _(
            "The loss forms a bowl around the star, rising from {low:.3g} to "
            "{high:.3g}."
        ),
        "elongated": _(
            "The loss forms an elongated bowl around the star, rising from "
            "{low:.3g} to {high:.3g}."
        ),
        "tilted": _(
            "The loss forms a tilted, elongated bowl around the star, rising "
            "from {low:.3g} to {high:.3g}."
        ),
        "off": _(
            "The loss is lowest, {low:.3g}, away from the star, at α = {a:.2g}, "
            "β = {b:.2g}, and rises to {high:.3g}."
        ),
    }
    return shapes[kind_of].format(
        mean=float(np.mean(grid)), low=float(np.min(grid)), high=float(np.max(grid)),
        a=a * extent + 0.0, b=b * extent + 0.0,
    )  # fmt: skip
