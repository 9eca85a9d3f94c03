"""The notebooks' function exercises cannot be fooled: each checker tries every
case its question promises, and plausible wrong versions, written as a learner
would, are rejected while right ones written differently from the reference
pass."""

import importlib

import numpy as np
import pytest
import test_capstone as capstone

from dlscratch_helpers import quiz
from dlscratch_helpers.quiz import check_function


@pytest.fixture(autouse=True)
def first_attempts(monkeypatch):
    monkeypatch.setattr(quiz, "_attempts", {})


def _exercise(key):
    section, _sep, name = key.partition("/")
    module = importlib.import_module(
        f"dlscratch_helpers.quiz.s{section.replace('.', '_')}"
    )
    return module.EXERCISES[name]


def _tried(key):
    """The arguments check_function gives the learner's function, in order."""
    seen = []

    def records(*args):
        seen.append(args)
        return _exercise(key).reference(*args)

    check_function(key, records)
    assert len(seen) == _exercise(key).trials
    return seen


# --- every case a question promises comes up ------------------------------------


def test_4_4_2_tries_1d_2d_and_3d_arrays():
    # "write numerical_gradient yourself, for an x of any shape"
    assert {args[1].ndim for args in _tried("4.4/2")} == {1, 2, 3}


def test_4_4_4_starts_from_1d_and_2d_points():
    assert {args[1].ndim for args in _tried("4.4/4")} == {1, 2}


def test_4_2_6_tries_labels_where_the_largest_classes_are_absent():
    tried = _tried("4.2/6")
    absent = [t.max() + 1 < classes for t, classes in tried]
    assert any(absent) and not all(absent)


def test_4_2_5_tries_a_single_row():
    # "random sizes (sometimes a single row)"
    sizes = [y.shape[0] for y, _t in _tried("4.2/5")]
    assert 1 in sizes and max(sizes) > 1


def test_4_5_4_tries_one_hot_and_index_labels():
    # "either one-hot rows of shape (N, classes) or class indices of shape (N,)"
    assert {t.ndim for _y, t in _tried("4.5/4")} == {1, 2}


def test_4_5_6_tries_two_and_three_layer_networks():
    # "checked on random two- and three-layer parameters"
    assert {len(params) // 2 for params, _g, _lr in _tried("4.5/6")} == {2, 3}


def test_a_gradient_loop_for_2d_arrays_only_is_rejected():
    assert check_function("4.4/2", ng_2d_only).startswith("✗")


def test_one_hot_as_wide_as_the_largest_label_is_rejected():
    def one_hot(t, classes):
        return np.eye(t.max() + 1)[t]

    line = check_function("4.2/6", one_hot)
    assert line.startswith("✗") and "shape" in line


def test_4_5_5_refuses_the_network_s_own_gradient_methods():
    # "small random networks whose own gradient methods are switched off"
    def own_method(network, x, t):
        return network.numerical_gradient(x, t)

    def backprop(network, x, t):
        return network.gradient(x, t)

    for function in (own_method, backprop):
        line = check_function("4.5/5", function)
        assert line.startswith("✗") and "numerical_gradient(f, W)" in line, line


# --- plausible wrong versions, as a learner would write them -------------------
# Each is wrong for a reason a reader can see (named in its docstring); the
# right versions are written differently from the references.

H = 1e-4


# 4.1/5: accuracy of a batch, t holds digit labels
def acc_count(y, t):
    """Counts the right rows instead of taking the fraction."""
    return np.sum(np.argmax(y, axis=1) == t)


def acc_percent(y, t):
    """A percentage, not a fraction."""
    return 100 * np.mean(np.argmax(y, axis=1) == t)


def acc_max(y, t):
    """Compares the highest score, not its position, with the label."""
    return np.mean(np.max(y, axis=1) == t)


def acc_columns(y, t):
    """argmax down the columns: one per class, not one per image."""
    return np.mean(np.argmax(y, axis=0)[: len(t)] == t)


def acc_right(y, t):
    right = 0
    for row, label in zip(y, t, strict=True):
        right += int(row.argmax() == label)
    return right / len(t)


# 4.1/6: nearest neighbour
def nn_index(train, t_train, test):
    """Returns the position of the nearest training row, not its label."""
    d = ((test[:, None, :] - train[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(d, axis=1)


def nn_farthest(train, t_train, test):
    """argmax: the farthest training row."""
    d = ((test[:, None, :] - train[None, :, :]) ** 2).sum(axis=2)
    return t_train[np.argmax(d, axis=1)]


def nn_unsquared(train, t_train, test):
    """Sums the differences without squaring them: they cancel."""
    return np.array([t_train[np.argmin((train - row).sum(axis=1))] for row in test])


def nn_right(train, t_train, test):
    labels = []
    for row in test:
        labels.append(t_train[np.argmin(np.sqrt(((train - row) ** 2).sum(axis=1)))])
    return np.array(labels)


# 4.1/8: mistakes of a perceptron with weights w and bias b
def mist_on_the_line(w, b, x, t):
    """Answers 1 on the line itself (>= 0)."""
    return int(np.sum((x @ w + b >= 0).astype(int) != t))


def mist_no_bias(w, b, x, t):
    """Forgets the bias."""
    return int(np.sum((x @ w > 0).astype(int) != t))


def mist_counts_right(w, b, x, t):
    """Counts the right answers."""
    return int(np.sum((x @ w + b > 0).astype(int) == t))


def mist_fraction(w, b, x, t):
    """The fraction of mistakes, not their number."""
    return float(np.mean((x @ w + b > 0).astype(int) != t))


def mist_sign(w, b, x, t):
    """np.sign answers -1 and 0, not 0 and 1."""
    return int(np.sum(np.sign(x @ w + b) != t))


def mist_right(w, b, x, t):
    mistakes = 0
    for point, label in zip(x, t, strict=True):
        answer = 1 if sum(p * q for p, q in zip(point, w, strict=True)) + b > 0 else 0
        mistakes += answer != label
    return mistakes


# 4.1/7: k nearest neighbours, ties to the smallest label
def _distances(train, test):
    return ((test[:, None, :] - train[None, :, :]) ** 2).sum(axis=2)


def knn_first_on_tie(train, t_train, test, k):
    """A tie goes to the label of the nearest voter, not the smallest label."""
    from collections import Counter

    order = np.argsort(_distances(train, test), axis=1)[:, :k]
    return np.array([Counter(t_train[row]).most_common(1)[0][0] for row in order])


def knn_farthest(train, t_train, test, k):
    """The k farthest rows vote."""
    order = np.argsort(_distances(train, test), axis=1)[:, -k:]
    return np.array([np.bincount(t_train[row]).argmax() for row in order])


def knn_ignores_k(train, t_train, test, k):
    """Only the nearest row decides: exercise 6 again."""
    return t_train[np.argmin(_distances(train, test), axis=1)]


def knn_largest_on_tie(train, t_train, test, k):
    """A tie goes to the largest label."""
    order = np.argsort(_distances(train, test), axis=1)[:, :k]
    votes = [np.bincount(t_train[row], minlength=10)[::-1] for row in order]
    return np.array([9 - v.argmax() for v in votes])


def knn_right(train, t_train, test, k):
    labels = []
    for row in _distances(train, test):
        votes = t_train[np.argsort(row)[:k]]
        counts = {label: int(np.sum(votes == label)) for label in set(votes)}
        most = max(counts.values())
        labels.append(min(label for label, n in counts.items() if n == most))
    return np.array(labels)


# 4.2/5: mean cross entropy of a batch, integer labels
def ce_by_classes(y, t):
    """Divides by the number of classes, not the batch size."""
    return -np.sum(np.log(y[np.arange(len(t)), t] + 1e-7)) / y.shape[1]


def ce_no_delta(y, t):
    """Leaves out the book's delta."""
    return -np.mean(np.log(y[np.arange(len(t)), t]))


def ce_sum(y, t):
    """The sum over the batch, not the mean."""
    return -np.sum(np.log(y[np.arange(len(t)), t] + 1e-7))


def ce_columns(y, t):
    """y[:, t] picks whole columns: N × N probabilities."""
    return -np.mean(np.log(y[:, t] + 1e-7))


def ce_log10(y, t):
    """The base-10 logarithm."""
    return -np.mean(np.log10(y[np.arange(len(t)), t] + 1e-7))


def ce_right(y, t):
    total = 0.0
    for row, label in zip(y, t, strict=True):
        total -= np.log(row[label] + 1e-7)
    return total / len(t)


# 4.2/6: one-hot labels
def oh_max(t, classes):
    """As wide as the largest label present, not as classes."""
    return np.eye(t.max() + 1)[t]


def oh_distinct(t, classes):
    """As wide as the number of distinct labels."""
    return np.eye(len(np.unique(t)))[np.unique(t, return_inverse=True)[1]]


def oh_columns(t, classes):
    """y[:, t] = 1 sets whole columns: every row gets every label present."""
    y = np.zeros((len(t), classes))
    y[:, t] = 1
    return y


def oh_transposed(t, classes):
    """One column per label: (classes, N)."""
    return np.eye(classes)[:, t]


def oh_right(t, classes):
    y = np.zeros((t.size, classes), dtype=int)
    y[np.arange(t.size), t] = 1
    return y


# a softmax over rows, written out (4.4/6's right version uses it)
def _softmax(a):
    e = np.exp(a - a.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


# 4.3/4: the book's numerical_diff
def nd_forward(f, x):
    """The forward difference."""
    return (f(x + H) - f(x)) / H


def nd_tiny_h(f, x):
    """h = 1e-50 vanishes next to x: the slope comes out 0."""
    h = 1e-50
    return (f(x + h) - f(x - h)) / (2 * h)


def nd_by_h(f, x):
    """Divides by h, not by 2h."""
    return (f(x + H) - f(x - H)) / H


def nd_other_h(f, x):
    """Another step: 1e-2."""
    return (f(x + 1e-2) - f(x - 1e-2)) / 2e-2


def nd_right(f, x):
    h = 0.0001
    return 0.5 * (f(x + h) - f(x - h)) / h


# 4.3/6: partial derivative along x[i]; x must be left as it was
def pd_not_restored(f, x, i):
    """Nudges x in place and never puts x[i] back."""
    x[i] += H
    fxh1 = f(x)
    x[i] -= 2 * H
    fxh2 = f(x)
    return (fxh1 - fxh2) / (2 * H)


def pd_forward(f, x, i):
    """The forward difference."""
    x_plus = x.copy()
    x_plus[i] += H
    return (f(x_plus) - f(x)) / H


def pd_every_entry(f, x, i):
    """Moves every entry, not x[i] alone."""
    return (f(x + H) - f(x - H)) / (2 * H)


def pd_first_entry(f, x, i):
    """Always along x[0]."""
    e = np.zeros_like(x)
    e[0] = H
    return (f(x + e) - f(x - e)) / (2 * H)


def pd_right(f, x, i):
    step = np.zeros_like(x)
    step[i] = H
    return (f(x + step) - f(x - step)) / (2 * H)


# 4.4/2: numerical_gradient for an x of any shape
def ng_2d_only(f, x):
    """A double loop: right for 2-D x only."""
    grad = np.zeros_like(x)
    for i in range(x.shape[0]):
        for j in range(x.shape[1]):
            tmp_val = x[i, j]
            x[i, j] = tmp_val + H
            fxh1 = f(x)
            x[i, j] = tmp_val - H
            fxh2 = f(x)
            x[i, j] = tmp_val
            grad[i, j] = (fxh1 - fxh2) / (2 * H)
    return grad


def ng_1d_only(f, x):
    """The book's 1-D loop: x[i] is a whole row of a 2-D x."""
    grad = np.zeros_like(x)
    for i in range(x.shape[0]):
        tmp_val = x[i].copy()
        x[i] = tmp_val + H
        fxh1 = f(x)
        x[i] = tmp_val - H
        fxh2 = f(x)
        x[i] = tmp_val
        grad[i] = (fxh1 - fxh2) / (2 * H)
    return grad


def ng_not_restored(f, x):
    """Forgets to put x[idx] back."""
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        tmp_val = x[idx]
        x[idx] = tmp_val + H
        fxh1 = f(x)
        x[idx] = tmp_val - H
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * H)
    return grad


def ng_forward(f, x):
    """The forward difference."""
    grad = np.zeros_like(x)
    fx = f(x)
    for idx in np.ndindex(x.shape):
        tmp_val = x[idx]
        x[idx] = tmp_val + H
        grad[idx] = (f(x) - fx) / H
        x[idx] = tmp_val
    return grad


def ng_right(f, x):
    grad = np.zeros(x.size)
    flat = x.reshape(-1)  # a view: nudging flat nudges x
    for k in range(flat.size):
        old = flat[k]
        flat[k] = old + H
        up = f(x)
        flat[k] = old - H
        down = f(x)
        flat[k] = old
        grad[k] = (up - down) / (2 * H)
    return grad.reshape(x.shape)


# 4.4/4: gradient descent; init_x must be unchanged
def _gradient(f, x):
    from dlscratch_helpers.gradient import numerical_gradient

    return numerical_gradient(f, x)


def gd_in_place(f, init_x, lr, step_num):
    """x = init_x: the caller's array moves."""
    x = init_x
    for _ in range(step_num):
        x -= lr * _gradient(f, x)
    return x


def gd_uphill(f, init_x, lr, step_num):
    """x += lr * gradient: uphill."""
    x = init_x.copy()
    for _ in range(step_num):
        x += lr * _gradient(f, x)
    return x


def gd_one_short(f, init_x, lr, step_num):
    """range(1, step_num): one step short."""
    x = init_x.copy()
    for _ in range(1, step_num):
        x -= lr * _gradient(f, x)
    return x


def gd_stale_gradient(f, init_x, lr, step_num):
    """The gradient at init_x, reused at every step."""
    x = init_x.copy()
    grad = _gradient(f, x)
    for _ in range(step_num):
        x -= lr * grad
    return x


def gd_right(f, init_x, lr, step_num):
    x = np.array(init_x, dtype=float)
    for _ in range(step_num):
        x = x - lr * _gradient(f, x)
    return x


# 4.4/6: gradient of simpleNet's loss with respect to W; W unchanged
def lg_copy(W, x, t):
    """Nudges W while the network reads a copy of it: all zeros."""
    from dlscratch_helpers.gradient import simpleNet

    net = simpleNet()
    net.W = W.copy()
    return _gradient(lambda w: net.loss(x, t), W)


def lg_own_weights(W, x, t):
    """Never gives the network W: the gradient at its own random weights."""
    from dlscratch_helpers.gradient import simpleNet

    net = simpleNet()
    return _gradient(lambda w: net.loss(x, t), net.W)


def lg_steps_w(W, x, t):
    """Also takes a step, changing W."""
    from dlscratch_helpers.gradient import simpleNet

    net = simpleNet()
    net.W = W
    dW = _gradient(lambda w: net.loss(x, t), net.W)
    W -= 0.1 * dW
    return dW


def lg_by_x(W, x, t):
    """The gradient with respect to x, not W."""
    from dlscratch_helpers.gradient import simpleNet

    net = simpleNet()
    net.W = W
    return _gradient(lambda v: net.loss(x, t), x)


def lg_right(W, x, t):
    # chapter 5's analytic form: independent of numerical_gradient
    return x.T @ (_softmax(x @ W) - t) / len(x)


# 4.5/4: accuracy, t one-hot or indices
def acc5_indices_only(y, t):
    """Handles class indices only."""
    return np.mean(np.argmax(y, axis=1) == t)


def acc5_one_hot_only(y, t):
    """Handles one-hot rows only."""
    return np.mean(np.argmax(y, axis=1) == np.argmax(t, axis=1))


def acc5_count(y, t):
    """A count, not a fraction."""
    if t.ndim != 1:
        t = np.argmax(t, axis=1)
    return np.sum(np.argmax(y, axis=1) == t)


def acc5_softmax_threshold(y, t):
    """Counts scores above 0.5 as the prediction."""
    if t.ndim != 1:
        t = np.argmax(t, axis=1)
    return np.mean((y > 0.5).argmax(axis=1) == t)


def acc5_right(y, t):
    labels = t if t.ndim == 1 else t.argmax(axis=1)
    return float(np.count_nonzero(y.argmax(axis=1) == labels)) / y.shape[0]


# 4.5/5: the numerical gradient of every parameter of a TwoLayerNet
def ng5_nudges_a_copy(network, x, t):
    """Nudges a copy of each array: the loss never moves, the gradient is 0."""
    from dlscratch_helpers.gradient import numerical_gradient

    return {
        key: numerical_gradient(lambda W: network.loss(x, t), W.copy())
        for key, W in network.params.items()
    }


def ng5_loss_once(network, x, t):
    """f returns a loss computed once, before any nudge."""
    from dlscratch_helpers.gradient import numerical_gradient

    loss = network.loss(x, t)
    return {
        key: numerical_gradient(lambda W: loss, network.params[key])
        for key in network.params
    }


def ng5_weights_only(network, x, t):
    """Only W1 and W2: the biases have no gradient."""
    from dlscratch_helpers.gradient import numerical_gradient

    return {
        key: numerical_gradient(lambda W: network.loss(x, t), network.params[key])
        for key in ("W1", "W2")
    }


def ng5_w_as_input(network, x, t):
    """Passes the nudged array to loss as the input x."""
    from dlscratch_helpers.gradient import numerical_gradient

    return {
        key: numerical_gradient(lambda W: network.loss(W, t), network.params[key])
        for key in network.params
    }


def ng5_forward(network, x, t):
    """Its own loop, forward differences: off by about h times the curvature."""
    grads = {}
    for key, W in network.params.items():
        grads[key] = np.zeros_like(W)
        base = network.loss(x, t)
        for idx in np.ndindex(W.shape):
            keep = W[idx]
            W[idx] = keep + H
            grads[key][idx] = (network.loss(x, t) - base) / H
            W[idx] = keep
    return grads


def ng5_right(network, x, t):
    # its own central differences over flat views, not the package's function
    grads = {}
    for key, W in network.params.items():
        flat, g = W.reshape(-1), np.empty(W.size)
        for i in range(W.size):
            keep = flat[i]
            flat[i] = keep + H
            up = network.loss(x, t)
            flat[i] = keep - H
            g[i] = (up - network.loss(x, t)) / (2 * H)
            flat[i] = keep
        grads[key] = g.reshape(W.shape)
    return grads


# 4.5/6: one SGD step for any network
def sgd_fixed_keys(params, grads, lr):
    """Lists W1, b1, W2, b2: a three-layer network loses W3 and b3."""
    return {key: params[key] - lr * grads[key] for key in ("W1", "b1", "W2", "b2")}


def sgd_no_lr(params, grads, lr):
    """Forgets the learning rate."""
    return {key: params[key] - grads[key] for key in params}


def sgd_uphill(params, grads, lr):
    """Up the gradient."""
    return {key: params[key] + lr * grads[key] for key in params}


def sgd_step_only(params, grads, lr):
    """Returns the step, not the stepped parameters."""
    return {key: lr * grads[key] for key in params}


def sgd_right(params, grads, lr):
    new = {}
    for key, value in params.items():
        new[key] = value.copy()
        new[key] -= lr * grads[key]
    return new


WRONG = {
    "4.1/5": [acc_count, acc_percent, acc_max, acc_columns],
    "4.1/6": [nn_index, nn_farthest, nn_unsquared],
    "4.1/7": [knn_first_on_tie, knn_farthest, knn_ignores_k, knn_largest_on_tie],
    "4.1/8": [
        mist_on_the_line,
        mist_no_bias,
        mist_counts_right,
        mist_fraction,
        mist_sign,
    ],
    "4.2/5": [ce_by_classes, ce_no_delta, ce_sum, ce_columns, ce_log10],
    "4.2/6": [oh_max, oh_distinct, oh_columns, oh_transposed],
    "4.3/4": [nd_forward, nd_tiny_h, nd_by_h, nd_other_h],
    "4.3/6": [pd_not_restored, pd_forward, pd_every_entry, pd_first_entry],
    "4.4/2": [ng_2d_only, ng_1d_only, ng_not_restored, ng_forward],
    "4.4/4": [gd_in_place, gd_uphill, gd_one_short, gd_stale_gradient],
    "4.4/6": [lg_copy, lg_own_weights, lg_steps_w, lg_by_x],
    "4.5/4": [acc5_indices_only, acc5_one_hot_only, acc5_count, acc5_softmax_threshold],
    "4.5/5": [
        ng5_nudges_a_copy,
        ng5_loss_once,
        ng5_weights_only,
        ng5_w_as_input,
        ng5_forward,
    ],
    "4.5/6": [sgd_fixed_keys, sgd_no_lr, sgd_uphill, sgd_step_only],
    "4.5/7": capstone.WRONG_LOOPS,
}

RIGHT = {
    "4.1/5": acc_right,
    "4.1/6": nn_right,
    "4.1/7": knn_right,
    "4.1/8": mist_right,
    "4.2/5": ce_right,
    "4.2/6": oh_right,
    "4.3/4": nd_right,
    "4.3/6": pd_right,
    "4.4/2": ng_right,
    "4.4/4": gd_right,
    "4.4/6": lg_right,
    "4.5/4": acc5_right,
    "4.5/5": ng5_right,
    "4.5/6": sgd_right,
    "4.5/7": capstone.right_in_place,
}


def _function_exercises():
    keys = []
    for section in ("4.1", "4.2", "4.3", "4.4", "4.5"):
        module = importlib.import_module(
            f"dlscratch_helpers.quiz.s{section.replace('.', '_')}"
        )
        keys += [f"{section}/{n}" for n, e in module.EXERCISES.items() if e.reference]
    return keys


def test_every_function_exercise_has_three_wrong_versions_and_a_right_one():
    keys = _function_exercises()
    assert len(keys) >= 15
    assert set(WRONG) == set(keys) and set(RIGHT) == set(keys)
    assert all(len(WRONG[key]) >= 3 for key in keys)


@pytest.mark.parametrize(
    "key, function",
    [(key, f) for key, fs in WRONG.items() for f in fs],
    ids=lambda v: v.__name__ if callable(v) else v,
)
def test_a_wrong_version_is_rejected(key, function):
    line = check_function(key, function)
    assert line.startswith("✗"), f"{function.__doc__}: {line}"


@pytest.mark.parametrize("key", sorted(RIGHT))
def test_a_right_version_written_differently_passes(key):
    line = check_function(key, RIGHT[key])
    assert line.startswith("✓"), line
