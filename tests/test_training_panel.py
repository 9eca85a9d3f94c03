"""The training panel of section 4.5 (dlscratch_helpers.viz.training):
sliders and button redraw it, its advice on the learning rate points the
right way, its legend shows a previous run only once there is one, and bad
data give an error line rather than a crash."""

from __future__ import annotations

import numpy as np
import pytest

from dlscratch_helpers import widgets
from dlscratch_helpers.viz.training import TrainingPanel, advice, untrained_loss


def digits_like(n, seed):
    """Ten noisy prototypes of 20 'pixels', labels 0-9 (a stand-in for MNIST)."""
    rng = np.random.default_rng(seed)
    prototypes = np.random.default_rng(99).random((10, 20)) < 0.3
    t = rng.integers(0, 10, n)
    x = np.clip(prototypes[t] + rng.normal(0, 0.2, (n, 20)), 0, 1)
    return x.astype(np.float32), t


@pytest.fixture
def data():
    x, t = digits_like(400, 0)
    x_test, t_test = digits_like(100, 1)
    return x, t, x_test, t_test


def legend_labels(ax):
    legend = ax.get_legend()
    return [text.get_text() for text in legend.get_texts()]


def test_sliders_and_button_change_the_picture(data):
    panel = TrainingPanel(*data, iters_num=200, name="test_panel")
    try:
        assert panel in widgets.live()
        assert panel.image.value[:4] == b"\x89PNG"
        assert "test accuracy" in panel.status.value
        assert "lr = 0.1" in panel.alt and "accuracy" in panel.alt
        report = panel.exercise(between=1)
        assert report["name"] == "test_panel" and report["errors"] == []
        assert all(count > 0 for count in report["changed"].values())
        assert set(report["changed"]) == {"learning_rate", "batch_size", "hidden_size"}
        bundle = panel._repr_mimebundle_()
        if isinstance(bundle, tuple):  # (data, metadata), with the alt text
            bundle = bundle[0]
        assert bundle["text/plain"] == (
            "test_panel(learning_rate=0.1, batch_size=100, hidden_size=50)"
        )
        assert "image/png" in bundle
    finally:
        panel.close()


def test_previous_run_is_in_the_legend_only_after_a_second_run(data):
    panel = TrainingPanel(*data, iters_num=50, name="legend_panel")
    try:
        assert "previous run" not in legend_labels(panel.ax_loss)
        assert "previous test" not in legend_labels(panel.ax_acc)
        assert len(panel.old["loss"].get_xdata()) == 0
        first = panel.image.value
        panel.train()
        assert "previous run" in legend_labels(panel.ax_loss)
        assert "previous test" in legend_labels(panel.ax_acc)
        assert len(panel.old["loss"].get_xdata()) == 50
        assert panel.image.value != first  # the legend is drawn again
    finally:
        panel.close()


def test_nan_in_the_data_is_reported_under_the_figure_not_raised(data):
    x, t, x_test, t_test = data
    x = x.copy()
    x[:, 0] = np.nan
    panel = TrainingPanel(x, t, x_test, t_test, iters_num=50, name="nan_panel")
    try:
        assert len(panel.errors) == 1 and isinstance(panel.errors[0], ValueError)
        assert "x_train holds NaN" in panel.status.value
    finally:
        panel.close()


# --- advice: too small and too large, told apart ------------------------------


def history(losses, diverged_at=None):
    return {"train_loss": list(losses), "diverged_at": diverged_at}


def test_untrained_loss_is_near_ln10_on_the_first_1000_images():
    x, t = digits_like(1200, 0)
    loss = untrained_loss(x, t, hidden_size=7, seed=2, input_size=20)
    # small initial weights: ten nearly equal probabilities, -log(1/10)
    assert loss == pytest.approx(np.log(10), abs=0.01)
    x_other, t_other = x.copy(), t.copy()
    x_other[1000:], t_other[1000:] = 1.0, (t[1000:] + 1) % 10
    assert untrained_loss(x_other, t_other, 7, 2, 20) == loss
    assert untrained_loss(x_other[:1000] * 0.5, t, 7, 2, 20) != loss


def test_advice_on_a_run_that_learned_is_silent():
    losses = np.linspace(2.3, 0.4, 500)
    assert advice(history(losses), start_loss=2.30) == ""


def test_advice_on_a_flat_noisy_run_says_too_small_not_too_large():
    # the old rule compared the tail's mean with the first, noisy batch loss
    # (here 2.297, below the tail's 2.302) and called this "too large"
    rng = np.random.default_rng(0)
    losses = 2.302 + 0.005 * rng.standard_normal(500)
    losses[0] = 2.297
    text = advice(history(losses), start_loss=2.303)
    assert "too small" in text and "too large" not in text


def test_advice_on_a_run_that_went_up_says_too_large():
    losses = np.concatenate([[2.3], np.full(499, 5.5)])
    text = advice(history(losses), start_loss=2.30)
    assert "went up" in text and "too large" in text


def test_advice_on_a_run_stuck_after_jumping_says_too_large():
    # lr = 10 on MNIST: the loss jumps to 7.6, then hovers near ln 10
    losses = np.concatenate([[2.3, 7.6, 3.4, 2.7], np.full(496, 2.34)])
    text = advice(history(losses), start_loss=2.30)
    assert "too large" in text and "too small" not in text


def test_advice_on_a_diverged_run():
    text = advice(history([2.3, 9.0], diverged_at=2), start_loss=2.3)
    assert "diverged at iteration 2" in text and "smaller learning rate" in text


def test_panel_advice_for_real_runs_in_both_directions(data):
    panel = TrainingPanel(*data, iters_num=200, name="advice_panel")
    try:
        panel.controls["learning_rate"].value = 1  # learns this easy task
        panel.train()
        assert panel.note.get_text() == ""
        panel.controls["learning_rate"].value = 0.001
        panel.train()
        assert "too small" in panel.note.get_text()
        panel.controls["learning_rate"].value = 1000
        panel.train()
        assert "too large" in panel.note.get_text()
        assert "too large" in panel.alt
    finally:
        panel.close()


def test_the_panel_draws_like_every_live_figure(data):
    """The Explorer's path: laid out at its intended size, a quick frame that
    equals a full redraw, a crisp frame at twice the pixels once it rests."""
    import io

    from PIL import Image

    def size(png):
        return Image.open(io.BytesIO(png)).size

    panel = TrainingPanel(*data, iters_num=50, name="test_panel_render")
    try:
        assert panel.name == "test_panel_render"
        assert TrainingPanel.__init__.__defaults__[-1] == "TrainingPanel"
        assert panel.image.layout.width == f"{round(9.5 * widgets.CSS_DPI)}px"
        quick = panel.image.value
        panel._backgrounds.clear()
        panel._render(True)
        assert panel.image.value == quick  # the blitted frame is a full redraw
        w, h = size(quick)
        panel._sharpen(panel._moves)
        assert size(panel.image.value) == (2 * w, 2 * h) and panel.scale == 2
    finally:
        panel.close()


@pytest.mark.parametrize("iters_num", [0, -5, 2.5, True])
def test_a_panel_of_no_iterations_is_refused_by_name(data, iters_num):
    with pytest.raises(ValueError, match=r"iters_num must be a whole number >= 1"):
        TrainingPanel(*data, iters_num=iters_num, name="zero_panel")


def test_train_runs_the_iterations_asked_not_the_default(data):
    panel = TrainingPanel(*data, iters_num=30, name="iters_panel")
    try:
        panel.train(iters_num=7)
        # a count: one loss per iteration, 7 points on the loss curve
        assert len(panel.lines["loss"].get_xdata()) == 7
        assert "after 7 iterations" in panel.title.get_text()
        with pytest.raises(ValueError, match=r"iters_num must be a whole number"):
            panel.train(iters_num=0)
        panel.train()
        assert len(panel.lines["loss"].get_xdata()) == 30
    finally:
        panel.close()


def test_python_lists_train_as_arrays_do(data):
    x, t, x_test, t_test = data
    lists = TrainingPanel(
        x.tolist(), t.tolist(), x_test.tolist(), t_test.tolist(), iters_num=20,
        name="list_panel",
    )  # fmt: skip
    arrays = TrainingPanel(x, t, x_test, t_test, iters_num=20, name="array_panel")
    try:
        assert lists.errors == [] and arrays.errors == []
        # float64 from the lists, float32 from the arrays: the same run
        np.testing.assert_allclose(
            lists.lines["loss"].get_ydata(), arrays.lines["loss"].get_ydata(),
            rtol=1e-4,
        )  # fmt: skip
    finally:
        lists.close()
        arrays.close()


def test_images_that_are_not_flattened_are_told_to_flatten(data):
    x, t, x_test, t_test = data
    images = np.zeros((len(x), 1, 4, 5), dtype=np.float32)  # 20 pixels each
    with pytest.raises(ValueError, match=r"x_train has shape \(400, 1, 4, 5\)") as err:
        TrainingPanel(images, t, x_test, t_test, iters_num=5, name="flat_panel")
    assert "rows of 20 values" in str(err.value)
    assert "Flatten each image" in str(err.value)
    with pytest.raises(ValueError, match=r"x_test has shape \(100, 1, 4, 5\)"):
        TrainingPanel(x, t, x_test.reshape(-1, 1, 4, 5), t_test, name="flat_panel")
