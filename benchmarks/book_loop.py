"""The book's training loop, reproduced faithfully as the baseline for training.

This is what ch04/train_neuralnet.py does with ch04/two_layer_net.py and
common/functions.py of "Deep Learning from Scratch", kept operation for
operation so that the timing is the book's:

- float64 weights (``0.01 * np.random.randn``), float32 inputs in [0, 1] and
  float64 one-hot labels, as the book's ``load_mnist(normalize=True,
  one_hot_label=True)`` returns them (so every product upcasts the inputs);
- ``gradient`` does its own forward pass, then the loop calls ``loss`` on the
  same batch, a second forward pass, to record the batch loss;
- ``sigmoid_grad`` evaluates the sigmoid twice;
- once per epoch, ``accuracy`` runs ``predict`` over the whole training set and
  the whole test set and compares ``np.argmax`` of predictions and one-hot
  labels.

Only two things differ from the book's script, neither on the timed path:
the random generator is seeded (for a repeatable baseline) and nothing is
printed or plotted.
"""

from __future__ import annotations

import time

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def sigmoid_grad(x):
    return (1.0 - sigmoid(x)) * sigmoid(x)


def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


def cross_entropy_error(y, t):
    if y.ndim == 1:
        t = t.reshape(1, t.size)
        y = y.reshape(1, y.size)
    if t.size == y.size:  # one-hot labels -> class indices
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


class BookTwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {}
        self.params["W1"] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params["b1"] = np.zeros(hidden_size)
        self.params["W2"] = weight_init_std * np.random.randn(hidden_size, output_size)
        self.params["b2"] = np.zeros(output_size)

    def predict(self, x):
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        return softmax(a2)

    def loss(self, x, t):
        y = self.predict(x)
        return cross_entropy_error(y, t)

    def accuracy(self, x, t):
        y = self.predict(x)
        y = np.argmax(y, axis=1)
        t = np.argmax(t, axis=1)
        return np.sum(y == t) / float(x.shape[0])

    def gradient(self, x, t):
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        grads = {}
        batch_num = x.shape[0]
        # forward
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        y = softmax(a2)
        # backward
        dy = (y - t) / batch_num
        grads["W2"] = np.dot(z1.T, dy)
        grads["b2"] = np.sum(dy, axis=0)
        da1 = np.dot(dy, W2.T)
        dz1 = sigmoid_grad(a1) * da1
        grads["W1"] = np.dot(x.T, dz1)
        grads["b1"] = np.sum(dz1, axis=0)
        return grads


def book_onehot(labels: np.ndarray, classes: int = 10) -> np.ndarray:
    """One-hot labels as the book's loader makes them (float64)."""
    t = np.zeros((labels.size, classes))
    t[np.arange(labels.size), labels] = 1
    return t


def train_book(
    x_train, t_train, x_test, t_test, iters_num=10000, batch_size=100, lr=0.1, seed=0
) -> dict:
    """Run the book's loop; x as float32 in [0, 1], t one-hot float64."""
    np.random.seed(seed)
    start = time.perf_counter()
    network = BookTwoLayerNet(input_size=784, hidden_size=50, output_size=10)
    train_size = x_train.shape[0]
    train_loss_list, train_acc_list, test_acc_list = [], [], []
    iter_per_epoch = max(train_size / batch_size, 1)
    for i in range(iters_num):
        batch_mask = np.random.choice(train_size, batch_size)
        x_batch = x_train[batch_mask]
        t_batch = t_train[batch_mask]
        grad = network.gradient(x_batch, t_batch)
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] -= lr * grad[key]
        loss = network.loss(x_batch, t_batch)
        train_loss_list.append(loss)
        if i % iter_per_epoch == 0:
            train_acc_list.append(network.accuracy(x_train, t_train))
            test_acc_list.append(network.accuracy(x_test, t_test))
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "final_test_acc": float(network.accuracy(x_test, t_test)),
        "last_epoch_test_acc": float(test_acc_list[-1]),
        "test_acc": [float(a) for a in test_acc_list],
        "final_loss": float(train_loss_list[-1]),
    }
