"""The loss landscape of 4.5: its directions, its grid and its explorer.

Expected numbers come from independent computations: the norms of each
column worked out element by element in Python, the loss of the network with
its weights moved (FastTwoLayerNet.loss in float64, one point at a time), and
paths built from known coordinates.
"""

import math

import numpy as np
import pytest

from dlscratch_helpers.fast_net import FastTwoLayerNet
from dlscratch_helpers.viz import landscape as viz

KEYS = ("W1", "b1", "W2", "b2")


def _params(seed=0, hidden=6):
    rng = np.random.default_rng(seed)
    return {
        "W1": rng.normal(0, 0.3, (784, hidden)),
        "b1": rng.normal(0, 0.1, hidden),
        "W2": rng.normal(0, 1.0, (hidden, 10)),
        "b2": rng.normal(0, 0.1, 10),
    }


def _data(n=40, seed=1):
    rng = np.random.default_rng(seed)
    return rng.random((n, 784)), rng.integers(0, 10, n)


def _column_norm(w, j):  # by hand: no numpy norm, no axis arithmetic
    return math.sqrt(sum(float(w[i, j]) ** 2 for i in range(w.shape[0])))


def test_filter_normalised_directions_have_the_weights_norms():
    params = _params()
    params["W1"][:, 2] *= 50  # units of very different sizes
    params["W2"][:, 7] *= 1e-3
    d = viz.filter_normalized_direction(params, np.random.default_rng(3))
    for key in ("W1", "W2"):
        w = params[key]
        for j in range(w.shape[1]):  # each unit's incoming weights: one filter
            assert _column_norm(d[key], j) == pytest.approx(
                _column_norm(w, j), rel=1e-12
            )
        frobenius = math.sqrt(sum(float(v) ** 2 for v in w.ravel()))
        assert math.sqrt(sum(float(v) ** 2 for v in d[key].ravel())) == pytest.approx(
            frobenius, rel=1e-12
        )
        # a direction, not a copy of the weights
        assert abs(np.corrcoef(d[key].ravel(), w.ravel())[0, 1]) < 0.2
    for key in ("b1", "b2"):  # biases are not moved (our choice, the paper's code)
        assert np.all(d[key] == 0)


def test_two_directions_differ_and_are_seeded():
    params = _params()
    rng = np.random.default_rng(0)
    d1 = viz.filter_normalized_direction(params, rng)
    d2 = viz.filter_normalized_direction(params, rng)
    again = viz.filter_normalized_direction(params, np.random.default_rng(0))
    assert np.array_equal(d1["W1"], again["W1"])
    cosine = np.dot(d1["W1"].ravel(), d2["W1"].ravel()) / (
        np.linalg.norm(d1["W1"]) * np.linalg.norm(d2["W1"])
    )
    assert abs(cosine) < 0.1  # nearly orthogonal, as random directions are


def _direct_loss(params, d1, d2, a, b, x, t):
    net = FastTwoLayerNet(784, params["W1"].shape[1], 10, dtype=np.float64)
    net.params = {k: params[k] + a * d1[k] + b * d2[k] for k in KEYS}
    return net.loss(x, t)


@pytest.mark.parametrize("bias_direction", [False, True])
def test_grid_matches_a_direct_loss_evaluation(bias_direction):
    params = _params()
    x, t = _data()
    rng = np.random.default_rng(5)
    d1 = viz.filter_normalized_direction(params, rng)
    d2 = viz.filter_normalized_direction(params, rng)
    if bias_direction:  # the grid must follow any direction, biases too
        d1["b1"], d2["b2"] = rng.normal(0, 0.2, 6), rng.normal(0, 0.2, 10)
    alphas, betas = np.linspace(-1.5, 1.5, 7), np.linspace(-0.5, 1.0, 4)
    grid = viz.loss_grid(params, d1, d2, x, t, alphas, betas)
    assert grid.shape == (4, 7)
    for i, j in [(0, 0), (3, 6), (1, 3), (2, 5), (0, 6)]:
        expected = _direct_loss(params, d1, d2, alphas[j], betas[i], x, t)
        assert grid[i, j] == pytest.approx(expected, rel=2e-5)
    exact = viz.loss_grid(params, d1, d2, x, t, alphas, betas, dtype=np.float64)
    expected = _direct_loss(params, d1, d2, alphas[2], betas[1], x, t)
    assert exact[1, 2] == pytest.approx(expected, rel=1e-12)


def test_path_projection_recovers_known_coordinates():
    center = _params()
    rng = np.random.default_rng(2)
    d1 = viz.filter_normalized_direction(center, rng)
    d2 = viz.filter_normalized_direction(center, rng)
    coords = [(-0.8, 0.3), (-0.4, 0.1), (0.0, 0.0)]
    snapshots = [
        {k: center[k] + a * d1[k] + b * d2[k] for k in KEYS} for a, b in coords
    ]
    path, share = viz.project_path(snapshots, center, d1, d2)
    assert np.allclose(path, coords, atol=1e-10)
    assert np.allclose(share[:2], 1.0)  # every step lies in the slice
    # a move out of the slice adds nothing to (α, β), and lowers the share
    off = {k: rng.normal(size=v.shape) for k, v in center.items()}
    w = np.concatenate([off[k].ravel() for k in KEYS])
    basis = np.column_stack(
        [np.concatenate([d[k].ravel() for k in KEYS]) for d in (d1, d2)]
    )
    w -= basis @ np.linalg.lstsq(basis, w, rcond=None)[0]  # orthogonal to both
    sizes = np.cumsum([0] + [v.size for v in off.values()])
    off = {
        k: w[sizes[i] : sizes[i + 1]].reshape(center[k].shape)
        for i, k in enumerate(KEYS)
    }
    moved = {k: snapshots[0][k] + off[k] for k in KEYS}
    path, share = viz.project_path([moved], center, d1, d2)
    assert np.allclose(path[0], coords[0], atol=1e-9)
    inside = np.linalg.norm(basis @ np.array(coords[0]))
    assert share[0] == pytest.approx(inside / math.hypot(inside, np.linalg.norm(w)))


def _landscapes(diverged=False):
    x, t = _data(200)
    runs = {}
    for lr in (0.5, 5.0):
        net, history, snaps = viz.train_with_snapshots(
            x, t, x[:50], t[:50], lr, iters_num=60, every=20, hidden_size=6
        )
        runs[f"lr = {lr:g}"] = (net.params, history, snaps)
    if diverged:
        params = {k: np.full_like(v, np.nan) for k, v in net.params.items()}
        runs["lr = 1000"] = (params, {**history, "diverged_at": 3}, snaps)
    return viz.compute_landscapes(
        x, t, None, None, runs=runs, extents=(0.0, 0.5, 2.0), n_images=100,
        points=9, progress=False,
    )  # fmt: skip


def test_train_with_snapshots_keeps_start_and_every_step():
    x, t = _data(100)
    net, history, snaps = viz.train_with_snapshots(
        x, t, x, t, 0.1, iters_num=50, every=10, hidden_size=4
    )
    # the start, after iterations 0, 10, ..., 40 (each evaluation), the end
    assert history["eval_iters"] == [0, 10, 20, 30, 40]
    assert len(snaps) == 1 + 5 + 1
    assert np.array_equal(snaps[-1]["W1"], net.params["W1"])
    assert not np.array_equal(snaps[0]["W1"], snaps[-1]["W1"])


def test_landscapes_centre_is_the_trained_loss():
    data = _landscapes()
    x, t = _data(200)
    for run in data["runs"].values():
        for kind in viz.SLICES:
            sl = run["slices"][kind]
            grid = sl["grids"][2.0]
            assert grid.shape == (9, 9)
            net = FastTwoLayerNet(784, 6, 10, dtype=np.float64)
            params = {k: np.asarray(v, np.float64) for k, v in run["params"].items()}
            net.params = params
            assert grid[4, 4] == pytest.approx(net.loss(x[:100], t[:100]), rel=1e-5)
            assert run["center_loss"] == pytest.approx(grid[4, 4], rel=1e-6)
            assert np.allclose(sl["path"][-1], 0, atol=1e-8)  # the path ends at θ*
            # a corner of the grid: the loss with the weights moved, by hand
            d1, d2 = sl["directions"]
            expected = _direct_loss(params, d1, d2, -2.0, 2.0, x[:100], t[:100])
            assert grid[8, 0] == pytest.approx(expected, rel=2e-5)


def test_random_directions_do_not_point_at_the_start():
    # the network's initial weights and the directions must not come from one
    # generator drawn in the same order: then δ's columns would be the start's
    x, t = _data(200)
    net, history, snaps = viz.train_with_snapshots(
        x, t, x[:50], t[:50], 0.5, iters_num=20, every=10, hidden_size=6
    )
    data = viz.compute_landscapes(
        x, t, None, None, runs={"a": (net.params, history, snaps)},
        extents=(0.5,), n_images=50, points=3, progress=False,
    )  # fmt: skip
    d1, d2 = data["runs"]["a"]["slices"]["random"]["directions"]
    start = snaps[0]["W1"]
    for d in (d1, d2):
        for j in range(6):
            a, b = d["W1"][:, j], start[:, j]
            cosine = float(a @ b) / (np.linalg.norm(a) * np.linalg.norm(b))
            assert abs(cosine) < 0.25


def test_the_path_slice_holds_the_path():
    # a path built inside a known plane: its two principal directions span
    # it, so the slice holds every snapshot, and the start lies at α ≈ 1
    center = _params()
    rng = np.random.default_rng(7)
    u = {k: rng.normal(size=v.shape) for k, v in center.items()}
    w = {k: rng.normal(size=v.shape) for k, v in center.items()}
    coords = [(3.0, 1.0), (2.0, 1.5), (1.0, 0.8), (0.4, 0.2), (0.0, 0.0)]
    snaps = [{k: center[k] + a * u[k] + b * w[k] for k in KEYS} for a, b in coords]
    d1, d2 = viz.path_directions(snaps, center)
    path, share = viz.project_path(snaps, center, d1, d2)
    assert np.allclose(share[:-1], 1.0)
    way = math.sqrt(sum(float(np.sum((snaps[0][k] - center[k]) ** 2)) for k in KEYS))
    for d in (d1, d2):  # each as long as the way from the start to θ*
        length = math.sqrt(sum(float(np.sum(d[k] ** 2)) for k in KEYS))
        assert length == pytest.approx(way)
    assert math.hypot(*path[0]) == pytest.approx(1.0)  # the start, 1 away
    assert path[0][0] >= 0 and path[0][1] >= 0


def _message(explorer):
    from matplotlib.text import Text

    texts = [a for a in explorer._animated() if isinstance(a, Text) and a.get_visible()]
    return " ".join(a.get_text() for a in texts)


def test_explorer_draws_bad_settings_as_messages():
    data = _landscapes(diverged=True)
    explorer = viz.landscape_explorer(data, extent=0.5)
    try:
        explorer.controls["extent"].value = 0.0
        assert "Extent 0" in _message(explorer)
        explorer.controls["extent"].value = 2.0
        assert "Extent 0" not in _message(explorer)
        explorer.controls["run"].value = "lr = 1000"
        assert "diverged at iteration 3" in _message(explorer)
        explorer.controls["extent"].value = 0.0
        assert "diverged" in _message(explorer)
        # from a view with a landscape, every control changes the picture
        explorer.controls["run"].value = "lr = 0.5"
        explorer.controls["extent"].value = 2.0
        report = explorer.exercise()
        assert report["errors"] == [] and explorer.errors == []
        assert all(n > 0 for n in report["changed"].values())
    finally:
        explorer.close()


def test_explorer_moves_blit_and_show_one_contour_set():
    data = _landscapes()
    explorer = viz.landscape_explorer(data, extent=2.0)
    try:
        for extent in (0.0, 0.5, 2.0):
            for run in data["runs"]:
                # never a full redraw: the axes stay at -1..1 (units of the extent)
                assert not explorer.update(extent=extent, run=run, kind="random")
                shown = [a for a in explorer.fig.axes[0].collections if a.get_visible()]
                assert len(shown) == (0 if extent == 0 else 2)  # filled + lines
        assert explorer.alt
    finally:
        explorer.close()


@pytest.mark.parametrize(
    "setting, named",
    [({"extent": 1.0}, "extent = 1.0"), ({"run": "lr = 3"}, "run = 'lr = 3'")],
)
def test_a_value_the_controls_do_not_offer_is_named(setting, named):
    data = _landscapes()  # extents 0, 0.5 and 2 computed; runs lr = 0.5 and 5
    with pytest.raises(ValueError, match=rf"{named} is not a value") as err:
        viz.landscape_explorer(data, **{"extent": 2.0, **setting})
    offered = "0, 0.5, 2" if "extent" in setting else "'lr = 0.5', 'lr = 5'"
    assert f"choose one of {offered}" in str(err.value)


def test_the_legend_gives_the_runs_own_snapshot_interval():
    data = _landscapes()  # trained with every=20, not the default 50
    assert viz.EVERY != 20
    explorer = viz.landscape_explorer(data, extent=2.0)
    try:
        labels = [t.get_text() for t in explorer.fig.axes[0].get_legend().texts]
        assert "training path (every 20 iterations), projected onto the slice" in labels
    finally:
        explorer.close()
    # runs evaluated at uneven steps: no interval is claimed
    uneven = {
        "runs": {
            name: {**r, "history": {**r["history"], "eval_iters": [0, 5, 20]}}
            for name, r in data["runs"].items()
        }
    }
    explorer = viz.landscape_explorer(uneven, extent=2.0)
    try:
        labels = [t.get_text() for t in explorer.fig.axes[0].get_legend().texts]
        assert "training path, projected onto the slice" in labels
    finally:
        explorer.close()


def _texts(explorer):
    from matplotlib.text import Text

    return [a for a in explorer._animated() if isinstance(a, Text) and a.get_visible()]


def test_axes_and_colour_bar_carry_the_numbers_of_each_view():
    data = _landscapes()
    explorer = viz.landscape_explorer(data, extent=2.0)
    try:
        for extent in (0.5, 2.0):
            for name, run in data["runs"].items():
                explorer.update(extent=extent, run=name, kind="random")
                texts = [t.get_text() for t in _texts(explorer)]
                # α and β from -extent to +extent, in quarters, on both axes
                for v in (-extent, -extent / 2, 0, extent / 2, extent):
                    assert texts.count(f"{v:g}") >= 2
                # the colour bar runs from the lowest loss in view to the highest
                grid = run["slices"]["random"]["grids"][extent]
                if grid.max() - grid.min() < 0.05 * grid.min():  # flat: one value
                    assert f"flat: all ≈ {grid.mean():.4g}" in texts
                else:
                    assert f"{grid.min():.3g}" in texts
                    assert f"{grid.max():.3g}" in texts
                # the bar says what it shows (its numbers are not the contour levels)
                assert explorer.fig.axes[1].get_ylabel() == "loss (cross entropy)"
        explorer.update(
            extent=0.0, run=name, kind="random"
        )  # nothing drawn: no numbers either
        assert not any(t.get_text()[:1].isdigit() for t in _texts(explorer))
    finally:
        explorer.close()


def _shares(run, kind):
    """Each dot's share of its way to θ* that lies in the slice, by hand:
    the slice's two directions made orthonormal (Gram-Schmidt), each offset
    projected on them; the last snapshot, θ* itself, left out."""
    d1, d2 = (
        np.concatenate([np.ravel(d[k]) for k in KEYS]).astype(float)
        for d in run["slices"][kind]["directions"]
    )
    u = d1 / np.linalg.norm(d1)
    v = d2 - (d2 @ u) * u
    v /= np.linalg.norm(v)
    center = np.concatenate([np.ravel(run["params"][k]) for k in KEYS])
    shares = []
    for snap in run["snapshots"][:-1]:
        off = np.concatenate([np.ravel(snap[k]) for k in KEYS]) - center
        shares.append(math.hypot(off @ u, off @ v) / np.linalg.norm(off))
    return shares


def test_the_title_says_how_much_of_the_path_the_slice_holds():
    data = _landscapes()
    explorer = viz.landscape_explorer(data, extent=2.0)
    try:
        for name, run in data["runs"].items():
            for kind in viz.SLICES:
                explorer.update(extent=2.0, run=name, kind=kind)
                title = explorer.fig.axes[0].title.get_text()
                shares = _shares(run, kind)  # of each dot's way to θ*
                low, high = min(shares), max(shares)
                held = f"the slice holds {low:.0%}–{high:.0%} of each dot's way to θ*"
                assert held in title
                if high < 0.5:
                    said = "not that point's loss"
                elif low < 0.5:
                    said = "some dots lie mostly outside it"
                else:
                    said = "lies mostly in it"
                assert said in title
    finally:
        explorer.close()


def test_the_alt_text_names_the_shape_of_the_loss():
    axis = np.linspace(-1, 1, 21)
    a, b = np.meshgrid(axis, axis)  # a varies along a row, b down a column
    assert viz._shape(np.full((21, 21), 2.3))[0] == "flat"
    assert viz._shape(1 + a**2 + b**2)[0] == "bowl"
    assert viz._shape(1 + a**2 + 6 * b**2)[0] == "elongated"
    r, s = (a + b) / math.sqrt(2), (a - b) / math.sqrt(2)  # axes turned 45°
    assert viz._shape(1 + r**2 + 6 * s**2)[0] == "tilted"
    kind, (x, y) = viz._shape(1 + (a + 0.6) ** 2 + (b - 0.2) ** 2)
    assert kind == "off" and (x, y) == pytest.approx((-0.6, 0.2))


def test_the_static_figure_has_both_slices_of_each_run():
    data = _landscapes()
    names = list(data["runs"])
    import matplotlib.pyplot as plt

    fig, alt = viz.slices_figure(data, names, extent=2.0)
    plt.close(fig)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert len(titles) == 2 * len(names)
    for name in names:
        assert f"{name}, two random directions" in titles
        assert f"{name}, the path's directions" in titles
        assert f"{name}, the path's directions: The loss" in alt
    with pytest.raises(ValueError, match="is not a value"):
        viz.slices_figure(data, ["lr = 3"])


@pytest.fixture(scope="module")
def offline_landscapes():
    from dlscratch_helpers.mnist import load_mnist

    (x_train, t_train), (x_test, t_test) = load_mnist(
        normalize=True, one_hot_label=True, source="fallback"
    )
    data = viz.compute_landscapes(x_train, t_train, x_test, t_test, progress=False)
    return data, x_train[:1000], np.argmax(t_train[:1000], axis=1)


def test_the_landscape_answer_on_the_offline_sample(offline_landscapes):
    # 4.5/landscape: at lr 0.1 a random slice is a bowl around θ*, but on the
    # path's slice the lowest loss lies past θ*, on the side away from the
    # start. The losses are recomputed here with the network itself (float64)
    data, x, t = offline_landscapes
    run = data["runs"]["lr = 0.1"]
    params = {k: np.asarray(v, np.float64) for k, v in run["params"].items()}
    centre = _direct_loss(params, *run["slices"]["random"]["directions"], 0, 0, x, t)
    random_grid = run["slices"]["random"]["grids"][1.0]
    assert random_grid.min() > centre - 0.01  # nothing much lower in view
    path = run["slices"]["path"]
    grid, axis = path["grids"][1.0], np.linspace(-1, 1, viz.GRID_POINTS)
    i, j = np.unravel_index(np.argmin(grid), grid.shape)
    lowest = _direct_loss(params, *path["directions"], axis[j], axis[i], x, t)
    assert lowest < centre - 0.2
    start = path["path"][0]
    assert start[0] > 0.9  # the start lies at α ≈ 1 ...
    assert axis[j] < -0.3  # ... and the valley goes on past θ*, at α < 0
    # the quiz's numbers: loss 1.06 at θ*, about 0.71 at the lowest point
    assert round(centre, 2) == 1.06 and round(lowest, 2) == 0.71
    # and of the other runs: lr 1 near the valley floor, lr 10 on a flat groove
    one = data["runs"]["lr = 1"]
    assert round(one["center_loss"], 2) == 0.20
    assert round(float(one["slices"]["path"]["grids"][1.0].min()), 2) == 0.18
    ten = data["runs"]["lr = 10"]
    assert round(ten["center_loss"], 2) == 2.34
    flat = ten["slices"]["random"]["grids"][1.0]
    assert flat.max() - flat.min() < 1e-3


def test_the_path_slice_is_honest_about_the_start(offline_landscapes):
    # on the path's slice the loss under the drawn start is the start's own
    # loss (2.30, random weights); on a random slice it is not
    data, x, t = offline_landscapes
    start_loss = FastTwoLayerNet(784, 50, 10, seed=0).loss(x, t)
    for name in ("lr = 0.1", "lr = 1"):
        run = data["runs"][name]
        path, rand = run["slices"]["path"], run["slices"]["random"]
        assert path["share"][0] > 0.99 and rand["share"][0] < 0.1
        a, b = path["path"][0]
        under = viz.loss_grid(run["params"], *path["directions"], x, t, [a], [b])
        assert under[0, 0] == pytest.approx(start_loss, rel=0.02)
        a, b = rand["path"][0]
        under = viz.loss_grid(run["params"], *rand["directions"], x, t, [a], [b])
        assert under[0, 0] < start_loss - 0.5


def _true_loss(snapshot, x, t):
    net = FastTwoLayerNet(784, 50, 10, dtype=np.float64)
    net.params = {k: np.asarray(v, np.float64) for k, v in snapshot.items()}
    return net.loss(x, t)


def test_the_path_slice_colour_is_the_dots_loss_except_at_lr_10(offline_landscapes):
    # 4.5b: at lr 0.1 and 1 the colour under each dot of the path's slice is
    # close to that snapshot's own loss; at lr 10 some dots lie mostly outside
    # the slice and it is not. And the title says which
    data, x, t = offline_landscapes
    for name in data["runs"]:
        run = data["runs"][name]
        sl = run["slices"]["path"]
        gaps = []
        for snap, (a, b) in zip(run["snapshots"], sl["path"], strict=True):
            under = viz.loss_grid(run["params"], *sl["directions"], x, t, [a], [b])
            gaps.append(abs(under[0, 0] - _true_loss(snap, x, t)))
        shares = _shares(run, "path")
        if name == "lr = 10":
            assert max(gaps) > 0.3 and min(shares) < 0.5
            assert viz._held(sl["share"]) == "partly"
        else:
            assert max(gaps) < 0.1 and min(shares) > 0.5
            assert viz._held(sl["share"]) == "inside"


def test_lr_10_first_climbs_then_falls_into_the_groove(offline_landscapes):
    # the summary and the quiz: lr 10's first update takes the loss to 7.4,
    # drawn just outside the grid at extent 1 (but inside the axes); by
    # iteration 50 it is back near ln 10, and stays there
    data, x, t = offline_landscapes
    run = data["runs"]["lr = 10"]
    assert run["history"]["eval_iters"][:2] == [0, 50]
    losses = [_true_loss(s, x, t) for s in run["snapshots"]]  # start, after 0, 50, ...
    assert round(losses[0], 2) == 2.30 and round(losses[1], 1) == 7.4
    assert all(2.3 < v < 2.45 for v in losses[2:])
    a = run["slices"]["path"]["path"][1][0]
    assert 1.0 < a < viz.MARGIN


def test_the_saved_view_is_described_as_a_tilted_bowl(offline_landscapes):
    data, x, t = offline_landscapes
    explorer = viz.landscape_explorer(data, extent=1.0)
    try:
        grid = data["runs"]["lr = 0.1"]["slices"]["random"]["grids"][1.0]
        said = (
            "The loss forms a tilted, elongated bowl around the star, rising from "
            f"{grid.min():.3g} to {grid.max():.3g}."
        )
        assert explorer.alt.endswith(said)
        # the bowl's shape, by hand: the loss's second differences along the
        # axes and the diagonals at the centre (one grid step, 0.1)
        c = 10
        along = {
            "α": grid[c, c + 1] + grid[c, c - 1] - 2 * grid[c, c],
            "β": grid[c + 1, c] + grid[c - 1, c] - 2 * grid[c, c],
            "α = β": grid[c + 1, c + 1] + grid[c - 1, c - 1] - 2 * grid[c, c],
            "α = -β": grid[c + 1, c - 1] + grid[c - 1, c + 1] - 2 * grid[c, c],
        }
        assert all(v > 0 for v in along.values())  # a bowl: up every way
        # tilted: the diagonals differ more than the axes do
        diagonals = abs(along["α = β"] - along["α = -β"])
        assert diagonals > abs(along["α"] - along["β"])
    finally:
        explorer.close()
