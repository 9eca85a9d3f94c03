"""Section 4.5: the book's TwoLayerNet and train_neuralnet, and the fast copy
(dlscratch_helpers.fast_net) that the long runs and the training panel use.

The taught code is checked against hand-derived values and independent finite
differences; the fast copy is checked against the taught code (same start,
same mini-batches -> the same numbers) and for the errors its checks raise.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from dlscratch_helpers.fast_net import (
    FastTwoLayerNet,
    _sigmoid,
    train,
    train_new_network,
)
from dlscratch_helpers.two_layer_net import TwoLayerNet, train_neuralnet

KEYS = ("W1", "b1", "W2", "b2")


def tiny_net(seed=0):
    """A book net small enough for finite differences on every weight."""
    np.random.seed(seed)
    net = TwoLayerNet(input_size=4, hidden_size=3, output_size=3, weight_init_std=1.0)
    net.params["b1"][:] = [0.1, -0.2, 0.3]
    net.params["b2"][:] = [-0.1, 0.2, 0.05]
    return net


def tiny_batch():
    rng = np.random.default_rng(1)
    labels = np.array([0, 2, 1, 1, 0])
    return rng.normal(size=(5, 4)), np.eye(3)[labels]


def blobs(n, seed, one_hot=True):
    """Three well separated 2-D clusters, labels 0, 1, 2."""
    rng = np.random.default_rng(seed)
    centers = np.array([[0.0, 0.0], [4.0, 0.0], [0.0, 4.0]])
    t = rng.integers(0, 3, n)
    x = centers[t] + rng.normal(scale=0.5, size=(n, 2))
    return x.astype(np.float32), (np.eye(3)[t] if one_hot else t)


def copy_of(book_net, dtype=np.float64):
    """A FastTwoLayerNet with the book net's weights."""
    in_size, hidden = book_net.params["W1"].shape
    fast = FastTwoLayerNet(in_size, hidden, book_net.params["W2"].shape[1], dtype=dtype)
    for key in KEYS:
        fast.params[key][...] = book_net.params[key]
    return fast


# ------------------------------------------------------------ the book's class


def test_parameter_shapes_and_initial_weights_follow_the_book():
    np.random.seed(0)
    net = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
    shapes = {k: v.shape for k, v in net.params.items()}
    assert shapes == {"W1": (784, 50), "b1": (50,), "W2": (50, 10), "b2": (10,)}
    assert all(v.dtype == np.float64 for v in net.params.values())
    assert not net.params["b1"].any() and not net.params["b2"].any()
    # weight_init_std = 0.01: the sample standard deviation of 39,200 normals
    assert net.params["W1"].std() == pytest.approx(0.01, rel=0.02)


def test_predict_gives_probabilities_per_row():
    np.random.seed(0)
    net = TwoLayerNet(input_size=6, hidden_size=5, output_size=4)
    x = np.random.default_rng(0).random((7, 6))
    y = net.predict(x)
    assert y.shape == (7, 4)
    assert np.allclose(y.sum(axis=1), 1.0) and (y > 0).all()


def test_initial_loss_is_log_of_number_of_classes():
    # tiny weights -> every output close to 1/10 -> loss close to ln 10
    np.random.seed(3)
    net = TwoLayerNet(784, 50, 10)
    x = np.random.default_rng(0).random((20, 784), dtype=np.float32)
    loss = net.loss(x, np.eye(10)[np.arange(20) % 10])
    assert loss == pytest.approx(math.log(10), abs=0.01)


def finite_differences(params, x, labels, h=1e-6):
    """Central differences written here, independently of the package."""

    def loss():
        a1 = x @ params["W1"] + params["b1"]
        z1 = 1 / (1 + np.exp(-a1))
        a2 = z1 @ params["W2"] + params["b2"]
        e = np.exp(a2 - a2.max(axis=1, keepdims=True))
        y = e / e.sum(axis=1, keepdims=True)
        return -np.mean(np.log(y[np.arange(len(labels)), labels] + 1e-7))

    grads = {}
    for key, p in params.items():
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
    expected = finite_differences(net.params, x, t.argmax(axis=1))
    grads = net.gradient(x, t)
    for key in KEYS:
        assert grads[key].shape == net.params[key].shape
        # the 1e-7 inside the log shifts the exact gradient by ~1e-7 / y
        np.testing.assert_allclose(grads[key], expected[key], rtol=1e-5, atol=1e-6)


def test_numerical_gradient_method_matches_backprop_and_leaves_params_unchanged():
    net = tiny_net()
    x, t = tiny_batch()
    before = {k: v.copy() for k, v in net.params.items()}
    numerical = net.numerical_gradient(x, t)
    backprop = net.gradient(x, t)
    for key in KEYS:
        np.testing.assert_allclose(numerical[key], backprop[key], rtol=1e-4, atol=1e-6)
        assert np.array_equal(net.params[key], before[key])


def test_one_sgd_step_lowers_the_loss_on_a_fixed_batch():
    np.random.seed(0)
    net = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)
    rng = np.random.default_rng(0)
    x, t = rng.random((100, 784)), np.eye(10)[rng.integers(0, 10, 100)]
    before = net.loss(x, t)
    grads = net.gradient(x, t)
    for key in KEYS:
        net.params[key] -= 0.1 * grads[key]
    after = net.loss(x, t)
    # first-order prediction: the loss falls by about lr * |grad|^2
    drop = 0.1 * sum(float(np.sum(g**2)) for g in grads.values())
    assert after < before
    assert before - after == pytest.approx(drop, rel=0.1)


def hand_built_params():
    """Class 0 if x0 is on, class 1 if x1 is on, class 2 if neither."""
    return {
        "W1": np.array([[20.0, 0.0], [0.0, 20.0]]),
        "b1": np.array([-10.0, -10.0]),
        "W2": np.array([[5.0, 0.0, 0.0], [0.0, 5.0, 0.0]]),
        "b2": np.array([0.0, 0.0, 2.5]),
    }


@pytest.mark.parametrize("cls", [TwoLayerNet, FastTwoLayerNet])
def test_accuracy_against_hand_built_predictions(cls):
    net = cls(2, 2, 3)
    net.params = hand_built_params()
    x = np.array([[1, 0], [0, 1], [0, 0], [1, 0]], dtype=float)
    # predictions are 0, 1, 2, 0; two of these four labels agree
    t = np.eye(3)[[0, 1, 1, 2]]
    assert np.argmax(net.predict(x), axis=1).tolist() == [0, 1, 2, 0]
    assert net.accuracy(x, t) == 0.5
    assert net.accuracy(x, np.eye(3)[[0, 1, 2, 0]]) == 1.0


# ------------------------------------------------------------- the book's loop


def test_train_neuralnet_learns_separable_data_and_evaluates_once_per_epoch():
    x, t = blobs(600, seed=0)
    x_test, t_test = blobs(300, seed=1)
    np.random.seed(0)
    net = TwoLayerNet(input_size=2, hidden_size=10, output_size=3)
    history = train_neuralnet(
        net, x, t, x_test, t_test, iters_num=1500, batch_size=50, learning_rate=0.5
    )
    assert len(history["train_loss"]) == 1500
    assert history["eval_iters"] == list(range(0, 1500, 12))  # 600 / 50 = 12
    assert history["test_acc"][0] < 0.5 < 0.97 < history["test_acc"][-1]
    assert np.mean(history["train_loss"][-100:]) < 0.2 < history["train_loss"][0]


# ------------------------------------------------- the fast copy against the book


@pytest.mark.parametrize("iters_num, batch_size", [(60, 20), (45, 7)])
def test_fast_train_gives_the_book_loops_numbers(iters_num, batch_size):
    x, t = blobs(200, seed=0)
    x_test, t_test = blobs(80, seed=1)
    np.random.seed(5)
    book_net = TwoLayerNet(input_size=2, hidden_size=6, output_size=3)
    fast_net = copy_of(book_net)
    kwargs = dict(iters_num=iters_num, batch_size=batch_size, seed=3)
    book = train_neuralnet(book_net, x, t, x_test, t_test, learning_rate=0.5, **kwargs)
    fast = train(
        fast_net, x, t, x_test, t_test, learning_rate=0.5, loss_after_update=True,
        **kwargs,
    )  # fmt: skip
    for key in ("train_loss", "train_acc", "test_acc"):
        np.testing.assert_allclose(book[key], fast[key], rtol=0, atol=1e-10)
    assert book["eval_iters"] == fast["eval_iters"]
    for key in KEYS:
        np.testing.assert_allclose(
            book_net.params[key], fast_net.params[key], rtol=0, atol=1e-12
        )


def test_fast_loss_before_the_update_is_the_untrained_loss_first():
    x, t = blobs(100, seed=0)
    np.random.seed(2)
    book_net = TwoLayerNet(input_size=2, hidden_size=4, output_size=3)
    fast_net = copy_of(book_net)
    first_batch = np.random.default_rng(4).choice(100, 10)
    expected = book_net.loss(x[first_batch], t[first_batch])
    history = train(fast_net, x, t, x, t, iters_num=3, batch_size=10, seed=4)
    assert history["train_loss"][0] == pytest.approx(expected, rel=1e-12)


def test_fast_net_in_float32_stays_close_to_the_book():
    x, t = blobs(200, seed=0)
    np.random.seed(1)
    book_net = TwoLayerNet(input_size=2, hidden_size=5, output_size=3)
    fast_net = copy_of(book_net, dtype=np.float32)
    assert fast_net.params["W1"].dtype == np.float32
    book = train_neuralnet(book_net, x, t, x, t, iters_num=40, batch_size=20)
    fast = train(
        fast_net, x, t, x, t, iters_num=40, batch_size=20, loss_after_update=True
    )
    np.testing.assert_allclose(book["train_loss"], fast["train_loss"], rtol=1e-4)


def test_fast_methods_match_the_book_methods():
    book_net = tiny_net()
    fast_net = copy_of(book_net)
    x, t = tiny_batch()
    np.testing.assert_allclose(fast_net.predict(x), book_net.predict(x), rtol=1e-12)
    assert fast_net.loss(x, t) == pytest.approx(book_net.loss(x, t), rel=1e-12)
    fast_grads, book_grads = fast_net.gradient(x, t), book_net.gradient(x, t)
    numerical = fast_net.numerical_gradient(x, t)
    for key in KEYS:
        np.testing.assert_allclose(fast_grads[key], book_grads[key], rtol=1e-10)
        np.testing.assert_allclose(numerical[key], book_grads[key], atol=1e-6)
    # class indices work as well as one-hot rows
    labels = t.argmax(axis=1)
    assert fast_net.loss(x, labels) == fast_net.loss(x, t)
    assert fast_net.accuracy(x, labels) == book_net.accuracy(x, t)
    loss_i, g_i = fast_net.loss_and_gradient(x, labels)
    loss_h, g_h = fast_net.loss_and_gradient(x, t)
    assert loss_i == loss_h
    for key in KEYS:
        np.testing.assert_array_equal(g_i[key], g_h[key])


def test_fast_sigmoid_is_the_sigmoid_and_keeps_float32():
    x = np.linspace(-30, 30, 601)
    assert np.allclose(_sigmoid(x), 1 / (1 + np.exp(-x)), rtol=0, atol=1e-15)
    assert _sigmoid(x.astype(np.float32)).dtype == np.float32
    with np.errstate(all="raise"):
        assert _sigmoid(np.array([-1000.0, 1000.0])).tolist() == [0.0, 1.0]


# ---------------------------------------------------------- the fast train


def test_fast_training_on_separable_data_reaches_high_accuracy():
    x, t = blobs(600, seed=0, one_hot=False)
    x_test, t_test = blobs(300, seed=1, one_hot=False)
    net = FastTwoLayerNet(input_size=2, hidden_size=10, output_size=3, seed=0)
    history = train(
        net, x, t, x_test, t_test, iters_num=1500, batch_size=50, learning_rate=0.5
    )
    assert net.accuracy(x_test, t_test) > 0.97
    assert history["diverged_at"] is None
    assert history["eval_iters"] == list(range(0, 1500, 12))


def test_fast_training_is_deterministic_and_leaves_the_data_alone():
    x, t = blobs(200, seed=0, one_hot=False)
    x0, t0 = x.copy(), t.copy()
    runs = []
    for labels in (t, np.eye(3)[t]):  # one-hot or class indices: the same run
        net = FastTwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=7)
        h = train(net, x, labels, x, labels, iters_num=50, batch_size=20, seed=3)
        runs.append((net, h))
    (n1, h1), (n2, h2) = runs
    assert h1 == h2
    for key in KEYS:
        np.testing.assert_array_equal(n1.params[key], n2.params[key])
    assert np.array_equal(x, x0) and np.array_equal(t, t0)


def test_a_new_network_run_is_the_seeded_network_trained_with_the_same_seed():
    x, t = blobs(200, seed=0, one_hot=False)
    settings = dict(iters_num=40, batch_size=20, learning_rate=0.5, eval_every=10)
    net, history = train_new_network(
        x, t, x, t, hidden_size=5, seed=3, input_size=2, **settings
    )
    by_hand = FastTwoLayerNet(input_size=2, hidden_size=5, output_size=10, seed=3)
    assert history == train(by_hand, x, t, x, t, seed=3, **settings)
    for key in KEYS:
        np.testing.assert_array_equal(net.params[key], by_hand.params[key])
    # another seed: other initial weights and other mini-batches
    _, other = train_new_network(x, t, x, t, hidden_size=5, seed=4, input_size=2,
                                 **settings)  # fmt: skip
    assert other["train_loss"] != history["train_loss"]


def test_the_fast_network_is_a_taught_network_with_its_numerical_gradient():
    net = FastTwoLayerNet(input_size=3, hidden_size=2, output_size=3, seed=0)
    assert isinstance(net, TwoLayerNet)
    assert FastTwoLayerNet.numerical_gradient is TwoLayerNet.numerical_gradient


def test_divergence_stops_training_and_is_reported():
    x, t = blobs(200, seed=0)
    net = FastTwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=0)
    net.params["W1"][0, 0] = np.nan  # as an overflowing update would leave it
    history = train(net, x, t, x, t, iters_num=20, batch_size=20)
    assert history["diverged_at"] == 0
    assert history["train_loss"] == []


def test_no_progress_bar_unless_asked(capsys):
    x, t = blobs(100, seed=0)
    net = FastTwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=0)
    train(net, x, t, x, t, iters_num=5, batch_size=10)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


# ------------------------------------------------ train's arguments and data


def bad_call(**changes):
    x, t = blobs(100, seed=0)
    net = FastTwoLayerNet(input_size=2, hidden_size=5, output_size=3, seed=0)
    kwargs = dict(x_train=x, t_train=t, x_test=x[:20], t_test=t[:20], iters_num=5)
    kwargs.update(changes)
    return lambda: train(net, **kwargs)


@pytest.mark.parametrize(
    "changes, error, message",
    [
        ({"learning_rate": -0.1}, ValueError, r"learning_rate.*greater than 0.*uphill"),
        ({"learning_rate": 0}, ValueError, r"learning_rate.*greater than 0"),
        ({"learning_rate": float("nan")}, ValueError, r"learning_rate"),
        ({"learning_rate": "0.1"}, TypeError, r"learning_rate"),
        ({"batch_size": 0}, ValueError, r"batch_size must be a whole number >= 1"),
        ({"batch_size": 2.5}, ValueError, r"batch_size"),
        ({"batch_size": True}, ValueError, r"batch_size"),
        ({"iters_num": -1}, ValueError, r"iters_num"),
        ({"iters_num": 10.0}, ValueError, r"iters_num"),
        ({"eval_every": 0}, ValueError, r"eval_every"),
    ],
)
def test_bad_arguments_get_errors_that_name_them(changes, error, message):
    with pytest.raises(error, match=message):
        bad_call(**changes)()


def test_nan_in_the_training_data_is_named_not_called_divergence():
    x, t = blobs(100, seed=0)
    x[7, 1] = np.nan
    with pytest.raises(ValueError, match=r"x_train holds NaN.*image 7, value 1") as e:
        bad_call(x_train=x)()
    assert "not the training" in str(e.value) and "smaller" not in str(e.value)


def test_nan_in_the_test_data_is_an_error_not_an_accuracy():
    x, t = blobs(100, seed=0)
    x[3, 0] = np.inf
    with pytest.raises(ValueError, match=r"x_test holds NaN or infinity"):
        bad_call(x_test=x[:20])()


def test_bad_data_shapes_and_labels_are_named():
    x, t = blobs(100, seed=0)
    with pytest.raises(ValueError, match=r"x_train has shape \(100, 3\)"):
        bad_call(x_train=np.zeros((100, 3), dtype=np.float32))()
    with pytest.raises(ValueError, match=r"x_test must be a batch"):
        bad_call(x_test=np.zeros((0, 2), dtype=np.float32))()
    with pytest.raises(ValueError, match=r"t_train: .*shape"):
        bad_call(t_train=t[:50])()
    with pytest.raises(ValueError, match=r"t_test: labels must lie in 0..2"):
        bad_call(t_test=np.full(20, 3))()
    with pytest.raises(TypeError, match=r"network must be a two-layer network"):
        train(object(), x, t, x, t)


def test_images_that_are_not_flattened_get_a_clear_error():
    net = FastTwoLayerNet(seed=0)
    with pytest.raises(ValueError, match=r"\(3, 28, 28\).*reshape"):
        net.predict(np.zeros((3, 28, 28), dtype=np.float32))
    with pytest.raises(ValueError, match=r"rows of 784"):
        net.loss(np.zeros((3, 100), dtype=np.float32), np.array([1, 2, 3]))


def test_fast_gradient_takes_one_sample_as_loss_does():
    net = FastTwoLayerNet(input_size=4, hidden_size=3, output_size=3, seed=2,
                          dtype=np.float64)  # fmt: skip
    x = np.array([0.5, -1.0, 2.0, 0.25])
    # by hand: z1 = sigmoid(x W1 + b1), y = softmax(z1 W2 + b2); for one
    # sample of class 2 the gradient of b2 is y - (0, 0, 1), of W2 z1ᵀ(y - t)
    p = net.params
    z1 = 1 / (1 + np.exp(-(x @ p["W1"] + p["b1"])))
    scores = z1 @ p["W2"] + p["b2"]
    y = np.exp(scores) / np.exp(scores).sum()
    dy = y - np.array([0.0, 0.0, 1.0])
    for label in (2, np.int64(2), np.array([0.0, 0.0, 1.0])):
        assert net.loss(x, label) == pytest.approx(-math.log(y[2] + 1e-7))
        grads = net.gradient(x, label)
        np.testing.assert_allclose(grads["b2"], dy, rtol=1e-12)
        np.testing.assert_allclose(grads["W2"], np.outer(z1, dy), rtol=1e-12)
        assert grads["W1"].shape == (4, 3) and grads["b1"].shape == (3,)


# The book's TwoLayerNet (a #@save cell of notebook 4.5) takes digit labels too.


def test_book_gradient_with_digit_labels_is_the_one_hot_gradient():
    np.random.seed(0)
    net = TwoLayerNet(input_size=6, hidden_size=4, output_size=10)
    x = np.random.default_rng(3).random((10, 6))
    digits = np.arange(10)  # a batch of 10: y - t broadcast without an error
    # by hand: for the mean cross entropy of softmax outputs, the gradient of
    # b2 is the mean over the batch of y - one_hot(t)
    p = net.params
    z1 = 1 / (1 + np.exp(-(x @ p["W1"] + p["b1"])))
    scores = z1 @ p["W2"] + p["b2"]
    y = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    expected_b2 = (y - np.eye(10)[digits]).mean(axis=0)
    grads = net.gradient(x, digits)
    np.testing.assert_allclose(grads["b2"], expected_b2, atol=1e-12)
    one_hot = net.gradient(x, np.eye(10)[digits])
    for key in KEYS:
        np.testing.assert_allclose(grads[key], one_hot[key], rtol=1e-12)


def test_book_accuracy_and_training_take_digit_labels():
    x, t = blobs(90, seed=4, one_hot=False)
    np.random.seed(0)
    net = TwoLayerNet(input_size=2, hidden_size=5, output_size=3, weight_init_std=1.0)
    # by hand: the share of rows whose largest probability is the label
    assert net.accuracy(x, t) == np.mean(net.predict(x).argmax(axis=1) == t)
    history = train_neuralnet(net, x, t, x, t, iters_num=300, batch_size=30)
    assert history["train_acc"][-1] > 0.9
