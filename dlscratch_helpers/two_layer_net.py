"""The book's two-layer network of section 4.5 and its mini-batch training loop.

The teaching copies of TwoLayerNet and train_neuralnet live in
notebooks/4.5-learning-algorithm.ipynb (cells marked #@save);
tools/export.py keeps the two identical. dlscratch_helpers.fast_net
computes the same numbers faster, for long runs and the training panel.
"""

from __future__ import annotations

import numpy as np

from ._checks import class_indices
from .functions import sigmoid, sigmoid_grad, softmax
from .gradient import numerical_gradient
from .loss import cross_entropy_error

TAUGHT_IN = "notebooks/4.5-learning-algorithm.ipynb"


class TwoLayerNet:
    """The book's ch04/two_layer_net.py; t: one-hot rows or digit labels.

    Taught in notebooks/4.5-learning-algorithm.ipynb.
    """

    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        # weights: small random numbers; biases: zeros
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
        y = softmax(a2)
        return y

    # x: input data, t: labels
    def loss(self, x, t):
        y = self.predict(x)
        return cross_entropy_error(y, t)

    def accuracy(self, x, t):
        y = self.predict(x)
        t = class_indices(np.asarray(t), y)  # the book: np.argmax(t, axis=1)
        y = np.argmax(y, axis=1)
        accuracy = np.sum(y == t) / float(x.shape[0])
        return accuracy

    def numerical_gradient(self, x, t):
        def loss_W(W):  # the book: loss_W = lambda W: self.loss(x, t)
            return self.loss(x, t)

        grads = {}
        grads["W1"] = numerical_gradient(loss_W, self.params["W1"])
        grads["b1"] = numerical_gradient(loss_W, self.params["b1"])
        grads["W2"] = numerical_gradient(loss_W, self.params["W2"])
        grads["b2"] = numerical_gradient(loss_W, self.params["b2"])
        return grads

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

        # our addition: digit labels too, as one-hot rows (the book's y - t needs them)
        t = np.eye(y.shape[1])[class_indices(np.asarray(t), y)]

        # backward
        dy = (y - t) / batch_num
        grads["W2"] = np.dot(z1.T, dy)
        grads["b2"] = np.sum(dy, axis=0)
        da1 = np.dot(dy, W2.T)
        dz1 = sigmoid_grad(a1) * da1
        grads["W1"] = np.dot(x.T, dz1)
        grads["b1"] = np.sum(dz1, axis=0)
        return grads


def train_neuralnet(network, x_train, t_train, x_test, t_test, iters_num=10000,
                    batch_size=100, learning_rate=0.1, seed=0):  # fmt: skip
    """The book's ch04/train_neuralnet.py as a function; returns its lists.

    Taught in notebooks/4.5-learning-algorithm.ipynb.
    """
    rng = np.random.default_rng(seed)  # the book: np.random.choice
    train_size = x_train.shape[0]
    iter_per_epoch = max(train_size // batch_size, 1)  # the book: /
    history = {"train_loss": [], "train_acc": [], "test_acc": [], "eval_iters": []}

    for i in range(iters_num):
        # 1. mini-batch: batch_size random training examples
        batch_mask = rng.choice(train_size, batch_size)
        x_batch = x_train[batch_mask]
        t_batch = t_train[batch_mask]
        # 2. gradient of the mini-batch's loss (backpropagation)
        grad = network.gradient(x_batch, t_batch)
        # 3. update: each parameter a small step against its gradient
        for key in ("W1", "b1", "W2", "b2"):
            network.params[key] -= learning_rate * grad[key]
        # 4. record the loss, then repeat
        loss = network.loss(x_batch, t_batch)
        history["train_loss"].append(loss)
        # once per epoch: the accuracy on all training and all test data
        if i % iter_per_epoch == 0:
            history["train_acc"].append(network.accuracy(x_train, t_train))
            history["test_acc"].append(network.accuracy(x_test, t_test))
            history["eval_iters"].append(i)
    return history
