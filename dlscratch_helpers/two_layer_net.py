"""The two-layer network of section 4.5 and its mini-batch SGD training loop.

The teaching copies of TwoLayerNet and train live in
notebooks/4.5-learning-algorithm.ipynb (cells marked #@save);
tools/export.py keeps the two identical. The input checks below are
the package's own additions and are not taught.
"""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_limits
from tqdm.auto import tqdm

from ._checks import class_indices
from .functions import sigmoid, softmax
from .gradient import numerical_gradient
from .loss import cross_entropy_error

TAUGHT_IN = "notebooks/4.5-learning-algorithm.ipynb"


def _check_x(x, input_size):
    """Return x as an array of shape (N, input_size) or (input_size,)."""
    x = np.asarray(x)
    if x.dtype.kind not in "biuf":
        raise TypeError(f"x must hold numbers (pixel values); got dtype {x.dtype}")
    if (x.ndim == 2 and x.shape[1] == input_size) or x.shape == (input_size,):
        return x
    hint = ""
    if x.ndim >= 2 and int(np.prod(x.shape[1:])) == input_size:
        hint = (
            " Flatten each image into one row: x.reshape(len(x), -1), "
            "or load_mnist(flatten=True)."
        )
    raise ValueError(
        f"x has shape {x.shape}, but this network takes a batch of rows of "
        f"{input_size} values, shape (N, {input_size}).{hint}"
    )


def _label_indices(t, n, output_size):
    """Labels t for n samples (one-hot or integer) as n class indices."""
    t = np.asarray(t)
    if t.dtype.kind not in "biuf":
        raise TypeError(f"t must hold class labels (numbers); got dtype {t.dtype}")
    # class_indices reads only the shape of its second argument
    return class_indices(t, np.broadcast_to(np.float32(0), (n, output_size)))


class TwoLayerNet:
    """The book's two-layer network (ch04/two_layer_net.py).

    input -> Affine(W1, b1) -> sigmoid -> Affine(W2, b2) -> softmax.
    Our additions: a seeded random generator, a dtype (float32 trains
    twice as fast; the gradient check needs float64), input checks, and
    loss_and_gradient, which reuses one forward pass for both.
    """

    def __init__(
        self,
        input_size=784,
        hidden_size=50,
        output_size=10,
        weight_init_std=0.01,
        seed=None,
        dtype=np.float32,
    ):
        rng = np.random.default_rng(seed)  # the book: np.random.randn
        self.params = {}
        self.params["W1"] = (
            weight_init_std * rng.standard_normal((input_size, hidden_size))
        ).astype(dtype)
        self.params["b1"] = np.zeros(hidden_size, dtype=dtype)
        self.params["W2"] = (
            weight_init_std * rng.standard_normal((hidden_size, output_size))
        ).astype(dtype)
        self.params["b2"] = np.zeros(output_size, dtype=dtype)

    def predict(self, x):
        x = _check_x(x, self.params["W1"].shape[0])  # extra code: clear errors
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        y = softmax(a2)
        return y

    # x: input data, t: labels (one-hot, or class indices)
    def loss(self, x, t):
        y = self.predict(x)
        return cross_entropy_error(y, t)

    def accuracy(self, x, t, chunk_size=10000):
        x = _check_x(x, self.params["W1"].shape[0])
        if x.ndim != 2:
            raise ValueError("accuracy needs a batch: x of shape (N, input_size)")
        t = _label_indices(t, x.shape[0], self.params["W2"].shape[1])
        correct = 0
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        # in chunks, so 60,000 images never make one 60,000 x 50 temporary
        for start in range(0, x.shape[0], chunk_size):
            a1 = np.dot(x[start : start + chunk_size], W1) + b1
            a2 = np.dot(sigmoid(a1), W2) + b2
            # softmax keeps the order of a row, so the argmax of the
            # scores a2 is the argmax of predict's y (and skips the softmax)
            y = np.argmax(a2, axis=1)
            correct += np.sum(y == t[start : start + chunk_size])
        return correct / float(x.shape[0])

    def numerical_gradient(self, x, t):
        def loss_W(W):  # the simpleNet trick: W is ignored, the loss
            return self.loss(x, t)  # reads self.params, changed in place

        grads = {}
        for key in ("W1", "b1", "W2", "b2"):
            grads[key] = numerical_gradient(loss_W, self.params[key])
        return grads

    def gradient(self, x, t):
        return self.loss_and_gradient(x, t)[1]

    def loss_and_gradient(self, x, t, check=True):
        # Backpropagation, which the book explains in chapter 5.
        # train checks all its data once and passes check=False: then x
        # must be a (N, input_size) array and t class indices.
        W1, W2 = self.params["W1"], self.params["W2"]
        b1, b2 = self.params["b1"], self.params["b2"]
        if check:
            x = _check_x(x, W1.shape[0])
            t = _label_indices(t, x.shape[0], W2.shape[1])
        batch_num = x.shape[0]
        rows = np.arange(batch_num)

        # forward
        a1 = np.dot(x, W1) + b1
        z1 = sigmoid(a1)
        a2 = np.dot(z1, W2) + b2
        # softmax(a2), in place and in the network's dtype (softmax
        # itself returns a new float64 array)
        a2 -= a2.max(axis=1, keepdims=True)
        y = np.exp(a2, out=a2)
        y /= y.sum(axis=1, keepdims=True)
        # cross_entropy_error(y, t) on the same y; NaN if training diverged
        loss = -np.log(y[rows, t] + 1e-7).mean()

        # backward
        dy = y  # y is not needed any more: turn it into dy in place
        dy[rows, t] -= 1  # y - t, with t one-hot
        dy /= batch_num
        grads = {}
        grads["W2"] = np.dot(z1.T, dy)
        grads["b2"] = dy.sum(axis=0)
        da1 = np.dot(dy, W2.T)
        dz1 = da1 * (1.0 - z1) * z1  # sigmoid_grad(a1), reusing z1
        grads["W1"] = np.dot(x.T, dz1)
        grads["b1"] = dz1.sum(axis=0)
        return loss, grads


def train(
    network,
    x_train,
    t_train,
    x_test,
    t_test,
    iters_num=10000,
    batch_size=100,
    learning_rate=0.1,
    seed=0,
    eval_every=None,
    progress=True,
    on_eval=None,
):
    """Mini-batch SGD, as the book's ch04/train_neuralnet.py.

    Returns a dict: train_loss (one per iteration), train_acc and
    test_acc (one per epoch, or every eval_every iterations), eval_iters
    (when they were measured) and diverged_at (the iteration whose loss
    was NaN, or None). on_eval(history), if given, is called after each
    evaluation (the training panel redraws its curves there).
    """
    rng = np.random.default_rng(seed)  # the book: np.random.choice
    n_out = network.params["W2"].shape[1]
    x_train = _check_x(x_train, network.params["W1"].shape[0])
    t_train = _label_indices(t_train, x_train.shape[0], n_out)  # once, not per step
    train_size = x_train.shape[0]
    iter_per_epoch = eval_every or max(train_size // batch_size, 1)
    history = {"train_loss": [], "train_acc": [], "test_acc": [], "eval_iters": []}
    history["diverged_at"] = None

    # one BLAS thread: products this small lose more to threads waiting
    # for each other than they gain; NaN from a diverging run is handled
    with (
        threadpool_limits(1, "blas") as one_thread,
        np.errstate(over="ignore", invalid="ignore"),
    ):
        for i in tqdm(range(iters_num), disable=not progress, mininterval=0.5):
            # 1. mini-batch: batch_size random samples (with replacement)
            batch_mask = rng.choice(train_size, batch_size)
            x_batch = x_train[batch_mask]
            t_batch = t_train[batch_mask]
            # 2. gradient, and the loss from the same forward pass
            # (the data were checked above, so not again at every step)
            loss, grad = network.loss_and_gradient(x_batch, t_batch, check=False)
            if not np.isfinite(loss):
                history["diverged_at"] = i
                break
            # 3. update each parameter a small step against its gradient
            for key in ("W1", "b1", "W2", "b2"):
                grad[key] *= learning_rate  # in place: no temporary arrays
                network.params[key] -= grad[key]
            history["train_loss"].append(float(loss))
            # once per epoch: accuracy on all training and test data
            if i % iter_per_epoch == 0:
                # products over 10,000 images are big: all the threads help
                with threadpool_limits(one_thread.get_original_num_threads()):
                    history["train_acc"].append(network.accuracy(x_train, t_train))
                    history["test_acc"].append(network.accuracy(x_test, t_test))
                history["eval_iters"].append(i)
                if on_eval is not None:
                    on_eval(history)
    return history
