"""The notebooks' function exercises cannot be fooled: each checker tries every
case its question promises, and plausible wrong versions, written as a learner
would, are rejected while right ones written differently from the reference
pass."""

import importlib

import numpy as np
import pytest

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
    def numerical_gradient_2d(f, x):
        h = 1e-4
        grad = np.zeros_like(x)
        for i in range(x.shape[0]):
            for j in range(x.shape[1]):
                tmp_val = x[i, j]
                x[i, j] = tmp_val + h
                fxh1 = f(x)
                x[i, j] = tmp_val - h
                fxh2 = f(x)
                x[i, j] = tmp_val
                grad[i, j] = (fxh1 - fxh2) / (2 * h)
        return grad

    assert check_function("4.4/2", numerical_gradient_2d).startswith("✗")


def test_one_hot_as_wide_as_the_largest_label_is_rejected():
    def one_hot(t, classes):
        return np.eye(t.max() + 1)[t]

    line = check_function("4.2/6", one_hot)
    assert line.startswith("✗") and "shape" in line


def test_a_training_step_that_never_updates_the_network_is_rejected():
    import copy

    def train_step(network, x_batch, t_batch, learning_rate):
        trained = copy.deepcopy(network)  # steps a copy: network never learns
        grad = trained.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            trained.params[key] -= learning_rate * grad[key]
        return trained.loss(x_batch, t_batch)  # the right loss, all the same

    line = check_function("4.5/5", train_step)
    assert line.startswith("✗") and "network.params must hold" in line, line
