"""4.5's capstone (exercises 5 and 7): the learner's numerical gradient and own
training loop, checked on what they do (wrong versions: tests/test_quiz_exercises.py,
WRONG_LOOPS here); the references against independent gradients."""

import numpy as np

from dlscratch_helpers.quiz import check_function, s4_5
from dlscratch_helpers.two_layer_net import TwoLayerNet


def right_in_place(network, x, t, batches, lr, gradient):
    losses = []
    for batch in batches:
        grads = gradient(network, x[batch], t[batch])
        for key in network.params:  # the book's -= instead of sgd_step
            network.params[key] -= lr * grads[key]
        losses.append(network.loss(x[batch], t[batch]))
    return losses


def never_updates(network, x, t, batches, lr, gradient):
    return [network.loss(x[b], t[b]) for b in batches]


def climbs_uphill(network, x, t, batches, lr, gradient):
    losses = []
    for b in batches:
        grads = gradient(network, x[b], t[b])
        network.params = {k: v + lr * grads[k] for k, v in network.params.items()}
        losses.append(network.loss(x[b], t[b]))
    return losses


def loss_before_the_update(network, x, t, batches, lr, gradient):
    losses = []
    for b in batches:
        grads = gradient(network, x[b], t[b])
        losses.append(network.loss(x[b], t[b]))
        network.params = {k: v - lr * grads[k] for k, v in network.params.items()}
    return losses


def gradient_of_all_rows(network, x, t, batches, lr, gradient):
    losses = []
    for b in batches:
        grads = gradient(network, x, t)  # the whole data set, not the mini-batch
        network.params = {k: v - lr * grads[k] for k, v in network.params.items()}
        losses.append(network.loss(x[b], t[b]))
    return losses


def only_the_weights(network, x, t, batches, lr, gradient):
    losses = []
    for b in batches:
        grads = gradient(network, x[b], t[b])
        for key in ("W1", "W2"):  # the biases never move
            network.params[key] = network.params[key] - lr * grads[key]
        losses.append(network.loss(x[b], t[b]))
    return losses


# the wrong loops a learner might write (tests/test_quiz_exercises.py runs them
# against the check, with right_in_place as a right loop written differently)
WRONG_LOOPS = [
    never_updates,
    climbs_uphill,
    loss_before_the_update,
    gradient_of_all_rows,
    only_the_weights,
]


def test_the_reference_loop_passes_its_own_check():
    assert check_function("4.5/7", s4_5._my_train).startswith("✓")


def test_the_numerical_gradient_reference_agrees_with_backpropagation():
    # exercise 5's reference, numerical_gradient per key, against chapter 5's
    # analytic gradient (the class's gradient method)
    x, t, _rng = _data(2)
    np.random.seed(1)
    network = TwoLayerNet(6, 4, 3, weight_init_std=0.5)
    before = {key: W.copy() for key, W in network.params.items()}
    numerical = s4_5._numerical_grads(network, x, t)
    analytic = network.gradient(x, t)
    assert set(numerical) == set(analytic) == {"W1", "b1", "W2", "b2"}
    for key in analytic:
        np.testing.assert_allclose(numerical[key], analytic[key], rtol=1e-5, atol=1e-9)
        np.testing.assert_array_equal(network.params[key], before[key])  # put back


def _data(seed):
    rng = np.random.default_rng(seed)
    x = rng.random((40, 6))
    labels = (x[:, 0] > x[:, 1]).astype(int) + (x[:, 2] > 0.5)  # 3 learnable classes
    return x, np.eye(3)[labels], rng


def test_numerical_and_backprop_gradients_give_the_same_run():
    x, t, rng = _data(0)
    batches = [rng.choice(40, 8, replace=False) for _ in range(5)]
    runs = []
    for gradient in (s4_5._numerical_grads, s4_5.backprop):
        np.random.seed(3)
        network = TwoLayerNet(6, 4, 3, weight_init_std=0.5)
        runs.append(s4_5._my_train(network, x, t, batches, 0.5, gradient))
    np.testing.assert_allclose(runs[0], runs[1], rtol=1e-6)


def test_the_loop_learns_a_learnable_problem():
    x, t, rng = _data(1)
    np.random.seed(0)
    network = TwoLayerNet(6, 8, 3, weight_init_std=0.5)
    batches = [rng.choice(40, 10, replace=False) for _ in range(3000)]
    losses = s4_5._my_train(network, x, t, batches, 1.0, s4_5.backprop)
    assert np.mean(losses[-100:]) < 0.5 * np.mean(losses[:100])
    right = np.mean(np.argmax(network.predict(x), axis=1) == np.argmax(t, axis=1))
    assert right > 0.8  # counted directly, not by the package's accuracy
