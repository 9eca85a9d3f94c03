"""4.5's "watch the network learn" figures (dlscratch_helpers.viz.watch): the
confusion matrix against a direct count, the top-2 probabilities against a
softmax of the network's scores, and the hidden-weights explorer (slider
speed, blitting, a diverged run drawn as a message)."""

from __future__ import annotations

import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from dlscratch_helpers import widgets  # noqa: E402
from dlscratch_helpers.fast_net import FastTwoLayerNet, train  # noqa: E402
from dlscratch_helpers.viz import watch  # noqa: E402


def direct_count(true, predicted, n=10):
    counts = [[0] * n for _ in range(n)]
    for a, b in zip(true, predicted, strict=True):
        counts[int(a)][int(b)] += 1
    return np.array(counts)


def softmax_rows(scores):
    """An independent softmax, in float64."""
    s = np.asarray(scores, dtype=np.float64)
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


@pytest.fixture(scope="module")
def trained():
    """A small run on 28 x 28 'digits': ten noisy blobs, with W1 kept every 20
    iterations."""
    rng = np.random.default_rng(0)
    prototypes = (np.random.default_rng(5).random((10, 784)) < 0.2).astype(np.float32)

    def sample(n):
        t = rng.integers(0, 10, n)
        x = np.clip(prototypes[t] + rng.normal(0, 2.0, (n, 784)), 0, 1)
        return x.astype(np.float32), t

    x, t = sample(300)
    x_test, t_test = sample(200)
    net = FastTwoLayerNet(784, 12, 10, seed=0)
    seen = []
    history = train(
        net, x, t, x_test, t_test, iters_num=200, batch_size=20, learning_rate=0.5,
        eval_every=20, on_eval=lambda h: seen.append(net.params["W1"].copy()),
    )  # fmt: skip
    return net, x_test, t_test, seen, history


def test_confusion_matrix_is_a_direct_count():
    rng = np.random.default_rng(1)
    true, predicted = rng.integers(0, 10, 500), rng.integers(0, 10, 500)
    counts = watch.confusion_matrix(true, predicted)
    assert np.array_equal(counts, direct_count(true, predicted))
    assert counts.sum() == 500
    with pytest.raises(ValueError, match="one label per image"):
        watch.confusion_matrix(true, predicted[:-1])


def test_the_figure_shows_the_networks_confusion_matrix(trained):
    net, x_test, t_test, _, _ = trained
    y = net.predict(x_test)
    one_hot = np.eye(10)[t_test]
    fig = watch.plot_confusion_matrix(one_hot, y)
    try:
        expected = direct_count(t_test, [int(np.argmax(row)) for row in y])
        assert np.array_equal(fig.counts, expected)
        # every non-zero count is written in its cell
        written = {
            (round(t.get_position()[1]), round(t.get_position()[0])): int(t.get_text())
            for t in fig.axes[0].texts
        }
        assert written == {
            (i, j): expected[i, j]
            for i in range(10)
            for j in range(10)
            if expected[i, j] or i == j
        }
        right = int(np.trace(expected))
        assert f"{right:,} of {len(t_test):,}" in fig.axes[0].get_title()
        assert f"{right:,} of {len(t_test):,}" in fig.alt
    finally:
        plt.close(fig)


def test_top2_probabilities_are_the_softmax_of_the_scores(trained):
    net, x_test, t_test, _, _ = trained
    scores = net._scores(x_test.astype(np.float32))[1]
    p = softmax_rows(scores)
    fig = watch.plot_misclassified(x_test, t_test, net.predict(x_test), n=12)
    try:
        assert fig.shown, "the small run should make some mistakes"
        wrong = [k for k in range(len(t_test)) if np.argmax(p[k]) != t_test[k]]
        assert [s[0] for s in fig.shown] == wrong[:12]
        titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
        for (k, true, classes, probs), title in zip(fig.shown, titles, strict=True):
            order = sorted(range(10), key=lambda c: -p[k, c])[:2]
            assert list(classes) == order
            np.testing.assert_allclose(probs, p[k, order], atol=1e-5)
            assert true == t_test[k]
            assert title.startswith(f"true {true}\n{order[0]}: {p[k, order[0]]:.2f}")
            assert title.endswith(f"{order[1]}: {p[k, order[1]]:.2f}")
    finally:
        plt.close(fig)


def test_top2_of_one_row_and_a_gallery_without_mistakes():
    classes, probs = watch.top2([0.1, 0.6, 0.3])
    assert classes.tolist() == [[1, 2]] and np.allclose(probs, [[0.6, 0.3]])
    images = np.zeros((3, 784))
    fig = watch.plot_misclassified(images, [0, 1, 2], np.eye(10)[[0, 1, 2]])
    try:
        assert fig.shown == []
        assert "no mistakes" in fig.axes[0].texts[0].get_text()
    finally:
        plt.close(fig)


def test_tiles_are_the_columns_of_W1_scaled_to_their_largest_weight():
    W1 = np.random.default_rng(2).normal(size=(784, 13))
    mosaic = watch.weight_tiles(W1, cols=5, gap=2)
    assert mosaic.shape == (3 * 30 - 2, 5 * 30 - 2)
    for k in range(13):
        r, c = divmod(k, 5)
        tile = mosaic[30 * r : 30 * r + 28, 30 * c : 30 * c + 28]
        expected = W1[:, k].reshape(28, 28) / np.abs(W1[:, k]).max()
        np.testing.assert_allclose(tile, expected, rtol=1e-6)
    assert np.isnan(mosaic[28:30]).all()  # the gap between two rows of tiles
    assert np.isnan(mosaic[-28:, -28:]).all()  # no unit 14 and 15
    with pytest.raises(ValueError, match="28 x 28"):
        watch.weight_tiles(np.zeros((20, 3)))


def test_the_slider_walks_through_the_copies_fast_by_blitting(trained):
    _, _, _, seen, history = trained
    explorer = watch.hidden_weights_explorer(
        seen, history["eval_iters"], history["test_acc"], cols=4
    )
    try:
        assert explorer in widgets.live()
        assert explorer.name == "hidden_weights_explorer"
        slider = explorer.controls["iteration"]
        assert (slider.min, slider.max, slider.step) == (0, 180, 20)
        animated = {type(a).__name__ for a in explorer._animated()}
        assert {"AxesImage", "Line2D", "Text"} <= animated
        # at first the accuracy curve holds the starting iteration only: when
        # accuracy rises is found by moving the slider
        curve = next(
            line for line in explorer.fig.axes[1].lines if line.get_linestyle() == "--"
        )
        assert list(curve.get_xdata()) == [180]
        frames = set()
        explorer.timings.clear()
        # blitting: a move redraws only the animated artists, never the figure
        full_draws = []
        canvas = explorer.fig.canvas
        draw = canvas.draw
        canvas.draw = lambda *a, **k: (full_draws.append(1), draw(*a, **k))
        for value in range(0, 181, 20):
            slider.value = value
            frames.add(explorer.image.value)
            mosaic = explorer.fig.axes[0].images[0].get_array()
            k = value // 20
            np.testing.assert_allclose(
                mosaic, watch.weight_tiles(seen[k], cols=4), equal_nan=True
            )
            assert f"iteration {value:,}" in explorer.alt
            assert f"{history['test_acc'][k]:.2f}" in explorer.alt
        assert len(frames) == 10
        np.testing.assert_array_equal(curve.get_xdata(), history["eval_iters"])
        np.testing.assert_array_equal(curve.get_ydata(), history["test_acc"])
        assert full_draws == []
        assert not explorer.errors
        # a move costs a fraction of a full redraw, timed here under the same
        # load (about 9 ms against 70 ms on an idle 2-core machine)
        canvas.draw = draw
        redraws = []
        for _ in range(5):
            start = time.perf_counter()
            canvas.draw()
            redraws.append(time.perf_counter() - start)
        assert np.median(explorer.timings) < 0.5 * np.median(redraws)
        report = explorer.exercise()
        assert report["errors"] == [] and report["changed"]["iteration"] > 0
    finally:
        explorer.close()


def test_a_diverged_run_is_drawn_as_a_message():
    W = np.random.default_rng(3).normal(size=(784, 4))
    seen = [W, np.full_like(W, np.nan)]
    explorer = watch.hidden_weights_explorer(seen, [0, 100], [0.1, float("nan")])
    try:
        explorer.controls["iteration"].value = 100
        assert not explorer.errors
        texts = [t.get_text() for t in explorer.fig.axes[0].texts]
        assert any("diverged" in t for t in texts)
        explorer.controls["iteration"].value = 0
        texts = [t.get_text() for t in explorer.fig.axes[0].texts]
        assert not any("diverged" in t for t in texts)
    finally:
        explorer.close()


def test_bad_inputs_say_what_is_wrong():
    W = np.zeros((784, 3))
    with pytest.raises(ValueError, match="one length"):
        watch.hidden_weights_explorer([W, W], [0, 100], [0.5])
    with pytest.raises(ValueError, match="non-empty"):
        watch.hidden_weights_explorer([], [], [])
    with pytest.raises(ValueError, match="evenly spaced"):
        watch.hidden_weights_explorer([W, W, W], [0, 100, 300], [0.1, 0.2, 0.3])


def test_the_progress_bar_counts_and_closes_outside_a_notebook():
    with watch.progress_bar(total=3, desc="test") as bar:
        for _ in range(3):
            bar.update()
        assert bar.n == 3
    with pytest.raises(RuntimeError), watch.progress_bar(total=3):
        raise RuntimeError("an error inside still closes the bar")


@pytest.mark.parametrize(
    "true, predicted, named, value",
    [
        ([0, -1, 2], [0, 1, 2], "true", "-1"),  # once counted in column 9
        ([0, 1, 2], [0, 0.9, 2], "predicted", "0.9"),  # once truncated to 0
        ([0, 1, 10], [0, 1, 2], "true", "10"),
        ([0, 1, 2], [0, np.nan, 2], "predicted", "nan"),
    ],
)
def test_labels_that_are_not_classes_are_named_not_counted(
    true, predicted, named, value
):
    with pytest.raises(
        ValueError, match=rf"^{named} must hold class labels.* has {value}\."
    ):
        watch.confusion_matrix(true, predicted)
    with pytest.raises(ValueError, match=rf"^{named} must hold class labels"):
        watch.plot_confusion_matrix(true, predicted)


def test_whole_number_floats_are_labels_and_count_as_integers():
    true, predicted = np.array([0.0, 2.0, 2.0]), np.array([1.0, 2.0, 0.0])
    counts = watch.confusion_matrix(true, predicted, n_classes=3)
    assert np.array_equal(counts, direct_count([0, 2, 2], [1, 2, 0], n=3))


def test_the_alt_text_says_the_grid_size_and_a_perfect_score():
    # three classes: a 3 by 3 grid; one mistake (a true 2 called 0)
    fig = watch.plot_confusion_matrix([0, 1, 2, 2], [0, 1, 2, 0], n_classes=3)
    try:
        assert fig.alt.startswith("A 3 by 3 grid")
        assert "3 of 4 test digits" in fig.alt
        assert "a true 2 called 0, 1 times" in fig.alt
    finally:
        plt.close(fig)
    fig = watch.plot_confusion_matrix([0, 1, 2, 1], [0, 1, 2, 1], n_classes=3)
    try:
        assert "All 4 test digits" in fig.alt and "no mistakes" in fig.alt
        assert "0 times" not in fig.alt and "most frequent mistake" not in fig.alt
    finally:
        plt.close(fig)


@pytest.mark.parametrize("iterations", [[100, 100, 100], [200, 100, 0]])
def test_iterations_that_do_not_increase_are_named(iterations):
    W = np.zeros((784, 3))
    with pytest.raises(ValueError, match=r"iterations must increase"):
        watch.hidden_weights_explorer([W, W, W], iterations, [0.1, 0.2, 0.3])


def test_longer_training_on_4000_images_opens_a_gap():
    # 4.5/longer: 10,000 iterations on the first 4,000 training images (what
    # 4.5c trains on, whatever the data): training accuracy pulls ahead of
    # test accuracy, and neither falls back; accuracies counted here by hand
    from dlscratch_helpers.mnist import load_mnist

    (x_train, t_train), (x_test, t_test) = load_mnist(
        normalize=True, one_hot_label=True, source="fallback"
    )
    x, t = x_train[:4000], t_train[:4000]
    net = FastTwoLayerNet(784, 50, 10, seed=0)
    history = train(
        net, x, t, x_test, t_test, iters_num=10000, batch_size=100,
        learning_rate=0.1, seed=0,
    )  # fmt: skip

    def accuracy(images, labels):
        right = sum(
            int(np.argmax(y) == np.argmax(label))
            for y, label in zip(net.predict(images), labels, strict=True)
        )
        return right / len(labels)

    train_acc, test_acc = accuracy(x, t), accuracy(x_test, t_test)
    assert train_acc > 0.97 and train_acc - test_acc > 0.05
    assert test_acc > 0.808  # above 4.1's nearest mean on the same sample
    assert test_acc >= max(history["test_acc"]) - 0.02  # no collapse
