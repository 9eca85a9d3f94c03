"""Checks that the benchmarks measure what they say (``make bench`` runs these first).

.venv/bin/python -m pytest benchmarks/test_harness.py
"""

from __future__ import annotations

import io
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

import book_loop  # noqa: E402
import run  # noqa: E402
import slider_probe  # noqa: E402

from dlscratch_helpers import widgets  # noqa: E402


def _canvas_rgb(fig) -> np.ndarray:
    return np.asarray(fig.canvas.buffer_rgba())[..., :3]


def test_baseline_copy_draws_the_animated_artists():
    """The naive pattern's figure must show what the Explorer blits."""
    fig, ax = widgets.new_figure()
    ax.set(xlim=(0, 1), ylim=(0, 1))
    (line,) = ax.plot([0, 1], [1, 0], color="red", lw=6, animated=True)
    fig.canvas.draw()  # an Agg draw leaves animated artists out ...
    assert not _red(_canvas_rgb(fig))
    copy = slider_probe._copy_figure(fig)
    out = io.BytesIO()  # ... the inline backend's print_figure draws them
    copy.canvas.print_figure(out, format="png", bbox_inches="tight", dpi=copy.dpi)
    assert _red(np.asarray(Image.open(out).convert("RGB"))) > 500


def _red(rgb: np.ndarray) -> int:
    return int(((rgb[..., 0] > 200) & (rgb[..., 1] < 60) & (rgb[..., 2] < 60)).sum())


def test_baseline_copies_a_figure_that_pickle_refuses():
    """A lambda as tick formatter: the copy has the same tick labels."""
    fig, ax = widgets.new_figure()
    ax.set(xlim=(0, 10))
    ax.xaxis.set_major_formatter(lambda value, _position: f"<{value:g}>")
    copy = slider_probe._copy_figure(fig)
    assert copy is not fig
    for figure in (fig, copy):
        figure.canvas.draw()
    labels = [[t.get_text() for t in f.axes[0].get_xticklabels()] for f in (fig, copy)]
    assert labels[0] == labels[1] and "<10>" in labels[1]


def test_a_figure_that_cannot_be_copied_is_timed_without_a_baseline():
    fig, ax = widgets.new_figure()
    fig.lock = threading.Lock()  # deepcopy cannot copy a lock

    class Held:  # what _time_baseline reads of an Explorer
        controls = {"h": widgets.slider("h", 0.0, 1.0, 0.5)}

        def update(self, h):
            raise AssertionError("no baseline move may be made")

    explorer = Held()
    explorer.fig = fig
    moves, copies, errors, skipped = slider_probe._time_baseline(
        explorer, {"h": [0.0, 1.0]}
    )
    assert (moves, copies, errors) == ([], [], [])
    assert skipped == "its figure cannot be copied (TypeError)"


def test_copied_controls_have_the_same_range_and_are_independent():
    original = widgets.log_slider("h", -8, 0, 1e-4)
    copy = slider_probe._copy_control(original)
    assert (copy.min, copy.max, copy.base, copy.value) == (-8, 0, 10, original.value)
    copy.value = 1e-2
    assert original.value == pytest.approx(1e-4)


def test_book_gradient_is_the_gradient_of_the_book_loss():
    """The baseline is the book's network: backprop agrees with finite differences."""
    np.random.seed(3)
    net = book_loop.BookTwoLayerNet(input_size=6, hidden_size=4, output_size=3)
    for key in net.params:  # larger weights than 0.01 so every term matters
        net.params[key] = np.random.randn(*net.params[key].shape)
    x = np.random.rand(5, 6).astype(np.float32)
    t = book_loop.book_onehot(np.array([0, 2, 1, 1, 0]), classes=3)
    grads = net.gradient(x, t)
    h = 1e-6
    for key, param in net.params.items():
        numeric = np.zeros_like(param)
        for index in np.ndindex(param.shape):
            keep = param[index]
            param[index] = keep + h
            up = net.loss(x, t)
            param[index] = keep - h
            down = net.loss(x, t)
            param[index] = keep
            numeric[index] = (up - down) / (2 * h)
        # the book's loss adds 1e-7 inside the log: a relative effect of ~1e-6
        assert np.allclose(grads[key], numeric, rtol=1e-4, atol=1e-6), key


def test_book_onehot_is_float64_like_the_books_loader():
    t = book_loop.book_onehot(np.array([3, 0]))
    assert t.dtype == np.float64
    assert t.tolist()[0] == [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]


def test_book_loop_learns_a_separable_problem():
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 10, 3000)
    prototypes = rng.random((10, 784)) < 0.3
    x = (prototypes[labels] ^ (rng.random((3000, 784)) < 0.05)).astype(np.float32)
    t = book_loop.book_onehot(labels)
    result = book_loop.train_book(
        x[:2000], t[:2000], x[2000:], t[2000:], iters_num=300, lr=0.5
    )
    assert result["final_test_acc"] > 0.9
    # once per epoch of 2000 / 100 = 20 iterations: at i = 0, 20, ..., 280
    assert len(result["test_acc"]) == 15


def test_tiling_is_deterministic_and_full_size():
    a, b = run.load_data(n_train=9000, n_test=2500), run.load_data(9000, 2500)
    assert a["x_train"].shape == (9000, 784) and a["x_test"].shape == (2500, 784)
    assert a["x_train"].dtype == np.float32
    assert np.array_equal(a["x_train"], b["x_train"])
    assert np.array_equal(a["t_test"], b["t_test"])
    n = a["distinct"][0]
    if n < 9000:  # tiled: row i repeats row i mod n
        assert np.array_equal(a["x_train"][n], a["x_train"][0])


def test_table_marks_a_missed_slider_target():
    sliders = [
        {"notebook": "4.9-x.ipynb", "name": "fast", "median_ms": 10.0,
         "baseline_median_ms": 100.0, "errors": []},
        {"notebook": "4.9-x.ipynb", "name": "slow", "median_ms": 40.0,
         "baseline_median_ms": 400.0, "errors": []},
        {"notebook": "4.9-x.ipynb", "name": "close", "median_ms": 20.0,
         "baseline_median_ms": 50.0, "errors": []},
    ]  # fmt: skip
    rows = {r["figure"]: r for r in run._slider_rows(sliders)}
    assert rows["slider 4.9 fast"]["result"] == "pass"
    assert rows["slider 4.9 slow"]["result"] == "FAIL"  # 40 ms > 33 ms
    assert rows["slider 4.9 close"]["result"] == "FAIL"  # only 2.5x faster


def test_table_says_why_a_slider_has_no_baseline():
    why = "its figure cannot be copied (TypeError)"
    sliders = [
        {"notebook": "4.9-x.ipynb", "name": "quick", "median_ms": 10.0,
         "baseline_median_ms": None, "baseline_skipped": why, "errors": []},
        {"notebook": "4.9-x.ipynb", "name": "slow", "median_ms": 40.0,
         "baseline_median_ms": None, "baseline_skipped": why, "errors": []},
    ]  # fmt: skip
    rows = {r["figure"]: r for r in run._slider_rows(sliders)}
    assert rows["slider 4.9 quick"]["result"] == "no baseline: " + why
    assert rows["slider 4.9 quick"]["ratio"] == "-"
    assert rows["slider 4.9 slow"]["result"] == "FAIL"  # 40 ms > 33 ms all the same
