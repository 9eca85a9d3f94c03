"""TwoLayerNet and train (section 4.5), checked against hand-derived values."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dlscratch_helpers import sigmoid
from dlscratch_helpers.two_layer_net import TwoLayerNet, train


def tiny_net(seed=0):
    """A float64 net small enough for finite differences on every weight."""
    net = TwoLayerNet(
        input_size=4,
        hidden_size=3,
        output_size=3,
        weight_init_std=1.0,
        seed=seed,
        dtype=np.float64,
    )
    net.params["b1"][:] = [0.1, -0.2, 0.3]
    net.params["b2"][:] = [-0.1, 0.2, 0.05]
    return net


def tiny_batch():
    rng = np.random.default_rng(1)
    return rng.normal(size=(5, 4)), np.array([0, 2, 1, 1, 0])


def blobs(n, seed):
    """Three well separated 2-D clusters, labels 0, 1, 2."""
    rng = np.random.default_rng(seed)
    centers = np.array([[0.0, 0.0], [4.0, 0.0], [0.0, 4.0]])
    t = rng.integers(0, 3, n)
    x = centers[t] + rng.normal(scale=0.5, size=(n, 2))
    return x.astype(np.float32), t


# ------------------------------------------------------------------ shapes


def test_parameter_shapes_and_dtype_follow_the_book():
    net = TwoLayerNet(input_size=784, hidden_size=50, output_size=10, seed=0)
    shapes = {k: v.shape for k, v in net.params.items()}
    assert shapes == {"W1": (784, 50), "b1": (50,), "W2": (50, 10), "b2": (10,)}
    assert all(v.dtype == np.float32 for v in net.params.values())
    assert not net.params["b1"].any() and not net.params["b2"].any()
    # weight_init_std = 0.01: the sample standard deviation of 39,200 normals
    assert net.params["W1"].std() == pytest.approx(0.01, rel=0.02)


def test_predict_gives_probabilities_per_row():
    net = TwoLayerNet(input_size=6, hidden_size=5, output_size=4, seed=0)
    x = np.random.default_rng(0).random((7, 6), dtype=np.float32)
    y = net.predict(x)
    assert y.shape == (7, 4)
    assert np.allclose(y.sum(axis=1), 1.0) and (y > 0).all()
    assert net.predict(x[0]).shape == (4,)  # one sample, as in the book


def test_initial_loss_is_log_of_number_of_classes():
    # tiny weights -> every output close to 1/10 -> loss close to ln 10
    net = TwoLayerNet(seed=3)
    x = np.random.default_rng(0).random((20, 784), dtype=np.float32)
    loss = net.loss(x, np.arange(20) % 10)
    assert np.isfinite(loss)
    assert loss == pytest.approx(math.log(10), abs=0.01)


def test_sigmoid_is_the_book_sigmoid_and_keeps_float32():
    x = np.linspace(-30, 30, 601)
    assert np.allclose(sigmoid(x), 1 / (1 + np.exp(-x)), rtol=0, atol=1e-15)
    assert sigmoid(x.astype(np.float32)).dtype == np.float32
    assert sigmoid(np.float32(0.0)) == 0.5


# --------------------------------------------------------------- gradients


def finite_differences(net, x, t, h=1e-6):
    """Central differences written here, independently of the package."""

    def loss():
        a1 = x @ net.params["W1"] + net.params["b1"]
        z1 = 1 / (1 + np.exp(-a1))
        a2 = z1 @ net.params["W2"] + net.params["b2"]
        e = np.exp(a2 - a2.max(axis=1, keepdims=True))
        y = e / e.sum(axis=1, keepdims=True)
        return -np.mean(np.log(y[np.arange(len(t)), t] + 1e-7))

    grads = {}
    for key, p in net.params.items():
        g = np.zeros_like(p)
        for i in range(p.size):
            old = p.flat[i]
            p.flat[i] = old + h
            up = loss()
            p.flat[i] = old - h
            down = loss()
            p.flat[i] = old
            g.flat[i] = (up - down) / (2 * h)
        grads[key] = g
    return grads


def test_backprop_gradient_matches_independent_finite_differences():
    net = tiny_net()
    x, t = tiny_batch()
    expected = finite_differences(net, x, t)
    grads = net.gradient(x, t)
    for key in ("W1", "b1", "W2", "b2"):
        assert grads[key].shape == net.params[key].shape
        # the 1e-7 inside the log shifts the exact gradient by ~1e-7 / y
        np.testing.assert_allclose(grads[key], expected[key], rtol=1e-5, atol=1e-6)


def test_numerical_gradient_method_matches_and_leaves_params_unchanged():
    net = tiny_net()
    x, t = tiny_batch()
    before = {k: v.copy() for k, v in net.params.items()}
    expected = finite_differences(net, x, t)
    grads = net.numerical_gradient(x, t)
    for key in ("W1", "b1", "W2", "b2"):
        np.testing.assert_allclose(grads[key], expected[key], rtol=1e-4, atol=1e-7)
        assert np.array_equal(net.params[key], before[key])


def test_one_hot_and_integer_labels_give_the_same_gradient_and_loss():
    net = tiny_net()
    x, t = tiny_batch()
    one_hot = np.eye(3)[t]
    loss_i, g_i = net.loss_and_gradient(x, t)
    loss_h, g_h = net.loss_and_gradient(x, one_hot)
    assert loss_i == pytest.approx(loss_h)
    assert loss_i == pytest.approx(net.loss(x, t), rel=1e-12)  # same as loss()
    for key in g_i:
        np.testing.assert_array_equal(g_i[key], g_h[key])


def test_one_sgd_step_lowers_the_loss_on_a_fixed_batch():
    net = TwoLayerNet(input_size=784, hidden_size=50, output_size=10, seed=0)
    rng = np.random.default_rng(0)
    x, t = rng.random((100, 784), dtype=np.float32), rng.integers(0, 10, 100)
    before = net.loss(x, t)
    grads = net.gradient(x, t)
    for key in ("W1", "b1", "W2", "b2"):
        net.params[key] -= 0.1 * grads[key]
    after = net.loss(x, t)
    # first-order prediction: the loss falls by about lr * |grad|^2
    drop = 0.1 * sum(float(np.sum(g.astype(np.float64) ** 2)) for g in grads.values())
    assert after < before
    assert before - after == pytest.approx(drop, rel=0.1)


# ---------------------------------------------------------------- accuracy


def hand_built_net():
    """Class 0 if x0 is on, class 1 if x1 is on, class 2 if neither."""
    net = TwoLayerNet(input_size=2, hidden_size=2, output_size=3, dtype=np.float64)
    net.params["W1"][:] = [[20.0, 0.0], [0.0, 20.0]]
    net.params["b1"][:] = [-10.0, -10.0]
    net.params["W2"][:] = [[5.0, 0.0, 0.0], [0.0, 5.0, 0.0]]
    net.params["b2"][:] = [0.0, 0.0, 2.5]
    return net


def test_accuracy_against_hand_built_predictions():
    net = hand_built_net()
    x = np.array([[1, 0], [0, 1], [0, 0], [1, 0]], dtype=float)
    # predictions are 0, 1, 2, 0; two of these four labels agree
    t = np.array([0, 1, 1, 2])
    assert np.argmax(net.predict(x), axis=1).tolist() == [0, 1, 2, 0]
    assert net.accuracy(x, t) == 0.5
    assert net.accuracy(x, np.eye(3)[t]) == 0.5  # one-hot, as the book's labels
    assert net.accuracy(x, np.array([0, 1, 2, 0])) == 1.0
    assert net.accuracy(x, t, chunk_size=3) == 0.5  # chunks give the same answer


# ---------------------------------------------------------------- training


def test_training_on_separable_data_reaches_high_accuracy():
    x, t = blobs(600, seed=0)
    x_test, t_test = blobs(300, seed=1)
    net = TwoLayerNet(input_size=2, hidden_size=10, output_size=3, seed=0)
    assert net.accuracy(x_test, t_test) < 0.5  # chance before training
    history = train(
        net,
        x,
        t,
        x_test,
        t_test,
        iters_num=1500,
        batch_size=50,
        learning_rate=0.5,
        progress=False,
    )
    assert net.accuracy(x_test, t_test) > 0.97
    assert history["diverged_at"] is None
    assert len(history["train_loss"]) == 1500
    # evaluated once per epoch: 600 / 50 = 12 iterations
    assert history["eval_iters"] == list(range(0, 1500, 12))
    assert history["test_acc"][-1] > 0.97 and history["test_acc"][0] < 0.5
    assert np.mean(history["train_loss"][-100:]) < 0.2 < history["train_loss"][0]


def test_training_is_deterministic_with_a_seed():
    x, t = blobs(200, seed=0)
    runs = []
    for _ in range(2):
        net = TwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=7)
        h = train(net, x, t, x, t, iters_num=50, batch_size=20, seed=3, progress=False)
        runs.append((net, h))
    (n1, h1), (n2, h2) = runs
    assert h1 == h2
    for key in n1.params:
        np.testing.assert_array_equal(n1.params[key], n2.params[key])
    other = TwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=8)
    assert not np.array_equal(other.params["W1"], n1.params["W1"])


def test_train_does_not_change_the_data_and_accepts_one_hot_labels():
    x, t = blobs(200, seed=0)
    x0, t0 = x.copy(), t.copy()
    kwargs = dict(iters_num=30, batch_size=20, seed=1, progress=False)
    net_a = TwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=0)
    net_b = TwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=0)
    h_a = train(net_a, x, t, x, t, **kwargs)
    h_b = train(net_b, x, np.eye(3)[t], x, np.eye(3)[t], **kwargs)
    assert np.array_equal(x, x0) and np.array_equal(t, t0)
    assert h_a == h_b


def test_divergence_stops_training_and_is_reported():
    x, t = blobs(200, seed=0)
    net = TwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=0)
    net.params["W1"][0, 0] = np.nan  # as an overflowing update would leave it
    history = train(net, x, t, x, t, iters_num=20, batch_size=20, progress=False)
    assert history["diverged_at"] == 0
    assert history["train_loss"] == []


# -------------------------------------------------------------- bad inputs


def test_images_that_are_not_flattened_get_a_clear_error():
    net = TwoLayerNet(seed=0)
    with pytest.raises(ValueError, match=r"\(3, 28, 28\).*reshape"):
        net.predict(np.zeros((3, 28, 28), dtype=np.float32))
    with pytest.raises(ValueError, match=r"rows of 784"):
        net.loss(np.zeros((3, 100), dtype=np.float32), np.array([1, 2, 3]))


def test_labels_of_the_wrong_shape_or_kind_get_clear_errors():
    net = TwoLayerNet(seed=0)
    x = np.zeros((3, 784), dtype=np.float32)
    with pytest.raises(ValueError, match=r"shape \(4,\)"):
        net.gradient(x, np.array([1, 2, 3, 4]))  # 4 labels for 3 images
    with pytest.raises(ValueError, match=r"0\.\.9"):
        net.accuracy(x, np.array([1, 2, 10]))
    with pytest.raises(TypeError, match="integers"):
        net.gradient(x, np.array([1.0, 2.0, 3.0]))
    with pytest.raises(ValueError, match="one-hot"):
        net.accuracy(x, np.full((3, 10), 0.1))
    with pytest.raises(ValueError, match=r"rows of 784"):
        train(net, x[:, :10], np.array([1, 2, 3]), x, np.array([1, 2, 3]))


# ------------------------------------------------------------ training panel


def digits_like(n, seed):
    """Ten noisy prototypes of 20 'pixels', labels 0-9 (a stand-in for MNIST)."""
    rng = np.random.default_rng(seed)
    prototypes = np.random.default_rng(99).random((10, 20)) < 0.3
    t = rng.integers(0, 10, n)
    x = np.clip(prototypes[t] + rng.normal(0, 0.2, (n, 20)), 0, 1)
    return x.astype(np.float32), t


def test_training_panel_sliders_and_button_change_the_picture():
    from dlscratch_helpers import widgets
    from dlscratch_helpers.viz.training import TrainingPanel

    x, t = digits_like(400, 0)
    x_test, t_test = digits_like(100, 1)
    panel = TrainingPanel(x, t, x_test, t_test, iters_num=200, name="test_panel")
    try:
        assert panel in widgets.live()
        first = panel.image.value
        assert first[:4] == b"\x89PNG"
        assert "test accuracy" in panel.status.value
        report = panel.exercise(between=1)
        assert report["name"] == "test_panel" and report["errors"] == []
        assert all(count > 0 for count in report["changed"].values())
        assert set(report["changed"]) == {"learning_rate", "batch_size", "hidden_size"}
        bundle = panel._repr_mimebundle_()
        assert bundle["text/plain"] == (
            "test_panel(learning_rate=0.1, batch_size=100, hidden_size=50)"
        )
        assert "image/png" in bundle
    finally:
        panel.close()


def test_training_panel_draws_a_diverged_run_instead_of_raising():
    from dlscratch_helpers.viz.training import TrainingPanel

    x, t = digits_like(200, 0)
    x[:, 0] = np.nan  # every forward pass gives NaN, as a blown-up update would
    panel = TrainingPanel(x, t, x[:50], t[:50], iters_num=50, name="nan_panel")
    try:
        assert panel.errors == []
        assert "Diverged at iteration 0" in panel.status.value
        assert "diverged" in panel.note.get_text()
    finally:
        panel.close()


def test_sigmoid_does_not_overflow_and_takes_integers():
    with np.errstate(all="raise"):
        assert sigmoid(np.array([-1000.0, 1000.0])).tolist() == [0.0, 1.0]
    assert sigmoid(np.array([0, 2])) == pytest.approx([0.5, 1 / (1 + math.exp(-2))])
