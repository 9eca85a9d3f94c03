"""The noise of mini-batch gradients (viz/sgd.py, notebook 4.4): the numbers
the figure prints, checked against direct sample estimates."""

import math
import warnings

import numpy as np
import pytest

from dlscratch_helpers.gradient import numerical_gradient
from dlscratch_helpers.viz import sgd


@pytest.fixture(scope="module")
def data():
    """Two standardised features and 0/1 labels that overlap (a finite minimum)."""
    rng = np.random.default_rng(1)
    t = (rng.random(600) < 0.5).astype(float)
    x = rng.normal(size=(600, 2)) + np.outer(t - 0.5, [1.0, 1.5])
    return (x - x.mean(axis=0)) / x.std(axis=0), t


def test_loss_against_the_cross_entropy_by_hand(data):
    x, t = data
    w = np.array([0.7, -1.2])
    y = 1 / (1 + np.exp(-(x @ w)))
    by_hand = -np.mean(t * np.log(y) + (1 - t) * np.log(1 - y))
    assert sgd.losses(w, x, t)[0] == pytest.approx(by_hand, rel=1e-12)


def test_example_gradients_average_to_the_numerical_gradient(data):
    x, t = data
    w = np.array([-2.0, 1.5])
    g = sgd.example_gradients(w, x, t).mean(axis=0)
    numeric = numerical_gradient(lambda v: sgd.losses(v, x, t)[0], w.copy())
    np.testing.assert_allclose(g, numeric, atol=1e-8)


def test_sigma_against_numpy_covariance(data):
    x, t = data
    G = sgd.example_gradients(np.array([1.0, -1.0]), x, t)
    g, sigma = sgd.spread(G)
    np.testing.assert_allclose(g, np.mean(G, axis=0))
    assert sigma == pytest.approx(np.sqrt(np.trace(np.cov(G.T, bias=True))), rel=1e-12)


@pytest.mark.parametrize("batch_size", [1, 5, 40, 400])
def test_sigma_over_sqrt_b_against_a_direct_sample_estimate(data, batch_size):
    """σ/√B against the RMS |g_B − g| of 20,000 mini-batches drawn independently
    (another generator, numpy's choice with replacement, as the book draws)."""
    x, t = data
    w = np.array([-3.0, -2.0])
    c = sgd.cloud_numbers(x, t, w, batch_size)
    G = sgd.example_gradients(w, x, t)
    rng = np.random.RandomState(12345)
    count = 20_000
    errors = np.empty(count)
    for k in range(count):
        batch = rng.choice(len(x), batch_size)
        errors[k] = np.linalg.norm(G[batch].mean(axis=0) - G.mean(axis=0))
    direct = np.sqrt(np.mean(errors**2))
    assert c["predicted"] == pytest.approx(direct, rel=0.03)
    # the 200 of the figure: a noisier estimate of the same number
    assert c["measured"] == pytest.approx(c["predicted"], rel=0.2)


def test_measured_spread_is_that_of_the_drawn_batches(data):
    x, t = data
    w = np.array([0.5, 0.5])
    c = sgd.cloud_numbers(x, t, w, 20)
    G = sgd.example_gradients(w, x, t)
    idx = sgd.batch_indices(len(x), 20)
    gB = np.array([G[i].mean(axis=0) for i in idx])
    np.testing.assert_allclose(c["gB"], gB)
    rms = np.sqrt(np.mean([np.sum((b - G.mean(axis=0)) ** 2) for b in gB]))
    assert c["measured"] == pytest.approx(rms)


def test_descent_paths_against_a_plain_loop(data):
    x, t = data
    start, lr, B = np.array([-3.0, -2.0]), 0.5, 10
    full, mini = sgd.descent_paths(x, t, start, lr, B, steps=5, runs=2)
    w = start.copy()
    idx = np.random.default_rng(sgd.SEED).integers(len(x), size=(5, 2, B))
    m = np.tile(start, (2, 1))
    for k in range(5):
        w = w - lr * sgd.example_gradients(w, x, t).mean(axis=0)
        for r in range(2):
            b = idx[k, r]
            m[r] = m[r] - lr * sgd.example_gradients(m[r], x[b], t[b]).mean(axis=0)
        np.testing.assert_allclose(full[k + 1], w)
        np.testing.assert_allclose(mini[:, k + 1], m)


def test_full_batch_descent_lowers_the_loss(data):
    x, t = data
    full, _ = sgd.descent_paths(x, t, np.array([-3.0, -2.0]), 1.0, 10)
    loss = sgd.losses(full, x, t)
    assert np.all(np.diff(loss) < 0)


def test_explorer_sweeps_without_errors_and_prints_its_numbers(data):
    x, t = data
    explorer = sgd.sgd_noise_explorer(x, t)
    try:
        report = explorer.exercise(between=2)
        assert report["errors"] == []
        assert all(n > 0 for n in report["changed"].values())
        explorer.controls["batch_size"].value = 40
        c = sgd.cloud_numbers(x, t, np.array([-3.0, -2.0]), 40)
        assert explorer.numbers["predicted"] == pytest.approx(c["predicted"])
        text = "\n".join(a.get_text() for a in explorer.fig.axes[0].texts)
        assert f"{c['predicted']:.3f}" in text and f"{c['measured']:.3f}" in text
        assert explorer.alt and explorer.name == "sgd_noise_explorer"
    finally:
        explorer.close()


def test_bad_settings_draw_a_message_not_a_traceback(data):
    x, t = data
    explorer = sgd.sgd_noise_explorer(x, t)
    try:
        explorer.controls["batch_size"].value = 1
        explorer.controls["lr"].value = 30.0
        assert explorer.errors == []
        texts = [a.get_text() for a in explorer.fig.axes[1].texts if a.get_visible()]
        assert any("left the view" in s for s in texts)
        left = [a.get_text() for a in explorer.fig.axes[0].texts]
        assert any("one image's gradient" in s for s in left)
    finally:
        explorer.close()


def test_only_animated_artists_change_on_a_move(data):
    """A slider move blits: the axis limits stay and the figure is never drawn
    whole again (only its animated artists are)."""
    x, t = data
    explorer = sgd.sgd_noise_explorer(x, t)
    try:
        limits = [(ax.get_xlim(), ax.get_ylim()) for ax in explorer.fig.axes]
        draws = []
        canvas = explorer.fig.canvas
        original = canvas.draw
        canvas.draw = lambda *a, **k: (draws.append(1), original(*a, **k))
        for value in (1, 100, 400):
            explorer.controls["batch_size"].value = value
        explorer.controls["w0"].value = 2.0
        assert explorer.errors == []
        assert [(ax.get_xlim(), ax.get_ylim()) for ax in explorer.fig.axes] == limits
        assert draws == []
    finally:
        explorer.close()


def test_wrong_shapes_refused():
    with pytest.raises(ValueError, match="shape"):
        sgd.sgd_noise_explorer(np.zeros((10, 3)), np.zeros(10))


def test_losses_in_chunks_with_a_progress_bar_are_the_same(data):
    x, t = data
    W = np.random.default_rng(0).normal(size=(sgd.CHUNK * 2 + 7, 2))
    z = W @ x.T
    direct = np.mean(np.logaddexp(0, z) - t * z, axis=1)
    np.testing.assert_allclose(sgd.losses(W, x, t), direct, rtol=1e-12)
    np.testing.assert_allclose(sgd.losses(W, x, t, progress=True), direct, rtol=1e-12)


@pytest.mark.parametrize("labels", [[0, 1, 2], [0, 1, -1], [0, 1, 0.5], [0, 1, np.nan]])
def test_labels_other_than_0_or_1_are_refused(labels):
    # with t = 2 the loss log(1 + e^z) - t·z goes below 0, which no cross
    # entropy does: worked by hand at w = (1, 0), x = (1, 0), z = 1
    assert np.logaddexp(0, 1.0) - 2 * 1.0 < 0
    x = np.array([[0.5, 1.0], [1.0, -1.0], [1.0, 0.0]])
    with pytest.raises(ValueError, match=r"t must hold labels 0 or 1.*image 2"):
        sgd.sgd_noise_explorer(x, labels)


def test_nan_in_the_features_is_named():
    x = np.array([[0.5, 1.0], [np.nan, -1.0], [1.0, 0.0]])
    with pytest.raises(ValueError, match=r"x holds NaN or infinity.*\(1, 0\)"):
        sgd.sgd_noise_explorer(x, [0, 1, 1])


def test_large_features_give_no_overflow_and_the_right_gradients():
    x = np.array([[800.0, -900.0], [-750.0, 1.0], [2.0, 3.0]])
    t = np.array([1.0, 0.0, 1.0])
    w = np.array([1.0, 0.5])
    # by hand: z = x·w = 350, -749.5, 3.5; sigmoid(350) = 1, sigmoid(-749.5) = 0
    y = np.array([1.0, 0.0, 1 / (1 + math.exp(-3.5))])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow warning fails the test
        G = sgd.example_gradients(w, x, t)
        _, mini = sgd.descent_paths(x, t, w, 0.1, 2, steps=3, runs=2)
    np.testing.assert_allclose(G, (y - t)[:, None] * x, rtol=1e-12)
    assert np.all(np.isfinite(mini))


@pytest.mark.parametrize("batch_size", [3, 1000, "10", True])
def test_a_batch_size_the_slider_does_not_offer_is_named(data, batch_size):
    x, t = data
    with pytest.raises(ValueError, match=r"batch_size = .* choose one of 1, 2, 5"):
        sgd.sgd_noise_explorer(x, t, batch_size=batch_size)


def test_the_cloud_at_the_minimum_of_4_4a_dominates_the_gradient():
    """4.4/sgd-minimum, on the 1s and 7s of the saved run (the offline sample):
    at the minimum, found here by Newton's method rather than on the figure's
    grid, the full gradient is almost 0 while the cloud at B = 10,
    sigma/sqrt(10), stays near 0.1, far longer than the black arrow; one
    image's spread sigma is about a third of what it is at the start point
    (-3, -2), as the explanation says; computed with NumPy, not with
    viz/sgd.py."""
    from dlscratch_helpers.mnist import load_mnist
    from dlscratch_helpers.quiz import s4_4

    (x_train, t_train), _ = load_mnist(normalize=True, source="fallback")
    keep = (t_train == 1) | (t_train == 7)
    images = x_train[keep].reshape(-1, 28, 28)
    features = np.column_stack(
        [images.mean(axis=(1, 2)), (images.max(axis=1) > 0.5).sum(axis=1)]
    )
    x = (features - features.mean(axis=0)) / features.std(axis=0)
    t = (t_train[keep] == 7).astype(float)

    def gradients(w):  # row n: (y_n - t_n) x_n
        return (1 / (1 + np.exp(-(x @ w))) - t)[:, None] * x

    def sigma(w):
        G = gradients(w)
        return math.sqrt(np.mean(np.sum((G - G.mean(axis=0)) ** 2, axis=1)))

    w = np.zeros(2)
    for _ in range(50):  # Newton's method on the convex mean cross entropy
        y = 1 / (1 + np.exp(-(x @ w)))
        hessian = (x * (y * (1 - y))[:, None]).T @ x / len(x)
        w = w - np.linalg.solve(hessian, gradients(w).mean(axis=0))
    assert np.linalg.norm(gradients(w).mean(axis=0)) < 1e-10
    start = np.array([-3.0, -2.0])
    ratio = sigma(w) / sigma(start)
    assert 0.25 < ratio < 0.42  # "about a third"
    question = s4_4.PREDICTIONS["sgd-minimum"]
    assert question.answer == s4_4.SGD_LARGER == "much larger: the noise dominates"
    cloud = sigma(w) / math.sqrt(10)  # the spread of a mean of 10 images
    assert f"{cloud:.2f}" == "0.10"
    # the star of the figure lies on a grid, so |g| there is not 0 but about
    # 0.004 (the explanation's number): the cloud is still over 10 times longer
    assert cloud > 10 * 0.004
    assert f"{sigma(start) / math.sqrt(10):.2f}" == "0.30"
    # 0.10 / 0.004: the box and the star as the explanation quotes them
    assert "about 0.10: the cloud is some 25 times longer" in question.explain
    assert "the box, 0.30 to 0.10" in question.explain
    # the saved run's numbers the answer quotes
    assert f"{sigma(start):.3f}" == "0.947" and f"{sigma(w):.3f}" == "0.315"
    assert "0.947 to 0.315 on the saved run" in question.explain
