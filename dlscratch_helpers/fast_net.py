"""A fast copy of section 4.5's network and training loop, for the long runs.

notebooks/4.5-learning-algorithm.ipynb teaches the book's short code
(dlscratch_helpers.two_layer_net: TwoLayerNet and train_neuralnet). This
module computes the same numbers faster, and is what the notebook's long run
and its training panel use: from the same weights and mini-batches it reaches
the same weights and accuracies up to float32 rounding (tests/test_two_layer_net.py
compares them). It is not taught, so it may be longer:

- float32 weights by default (every matrix product costs half as much);
- one forward pass gives both the loss and the gradient, softmax in place;
- labels are checked and turned into class indices once, not at every step;
- accuracy from the scores (softmax keeps the order of a row), in chunks;
- BLAS on one thread for the small per-step products, all threads for the
  per-epoch evaluation over all images;
- train records each mini-batch's loss before its update, from the
  gradient's forward pass (the book's, after it, with
  ``loss_after_update=True``), and updates the weights in place;
- train checks its arguments and data, and stops with ``diverged_at`` when
  the loss turns NaN;
- train can evaluate every ``eval_every`` iterations instead of once per
  epoch, call ``on_eval`` after each evaluation, and show a progress bar.

The rest is the taught code's: FastTwoLayerNet is a TwoLayerNet (its
numerical_gradient is the taught one, on the fast loss), and train draws the
same mini-batches as train_neuralnet. :func:`train_new_network` is a run of
the course's figures: a new network, trained, one seed for both.
"""

from __future__ import annotations

import numbers

import numpy as np
from threadpoolctl import threadpool_limits

from .checks import check_count, check_positive, class_indices
from .i18n import N_, _
from .two_layer_net import TwoLayerNet

__all__ = ["FastTwoLayerNet", "train", "train_new_network"]

KEYS = ("W1", "b1", "W2", "b2")


def _sigmoid(x):
    # 1 / (1 + exp(-x)) as (1 + tanh(x / 2)) / 2: never overflows and keeps
    # float32 in float32, in one pass (the package's sigmoid is accurate to
    # the last digit far out in the tails; a hidden layer does not need that)
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def _check_x(x, input_size, name="x"):
    """Return x as an array of shape (N, input_size) or (input_size,)."""
    x = np.asarray(x)
    if x.dtype.kind not in "biuf":
        raise TypeError(
            _("{name} must hold numbers (pixel values); got dtype {dtype}").format(
                name=name, dtype=x.dtype
            )
        )
    if (x.ndim == 2 and x.shape[1] == input_size) or x.shape == (input_size,):
        return x
    hint = ""
    if x.ndim >= 2 and int(np.prod(x.shape[1:])) == input_size:
        hint = " " + _(
            "Flatten each image into one row: x.reshape(len(x), -1), "
            "or load_mnist(flatten=True)."
        )
    raise ValueError(
        _(
            "{name} has shape {shape}, but this network takes a batch of rows of "
            "{size} values, shape (N, {size})."
        ).format(name=name, shape=x.shape, size=input_size)
        + hint
    )


def _label_indices(t, n, output_size):
    """Labels t for n samples (one-hot or integer) as n class indices."""
    t = np.asarray(t)
    if t.dtype.kind not in "biuf":
        raise TypeError(
            _("t must hold class labels (numbers); got dtype {dtype}").format(
                dtype=t.dtype
            )
        )
    # class_indices reads only the shape of its second argument
    return class_indices(t, np.broadcast_to(np.float32(0), (n, output_size)))


class FastTwoLayerNet(TwoLayerNet):
    """The book's TwoLayerNet (784 -> 50 -> 10, sigmoid, softmax), made fast.

    The same parameters (``params``: W1, b1, W2, b2) and methods as the
    taught class, which it is (numerical_gradient is the taught one), plus
    ``loss_and_gradient``. Our additions: a seeded random
    generator, a dtype (float32 by default; float64 for the gradient check
    and for comparing with the taught class), input checks, and labels as
    one-hot rows or class indices.
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
        # not TwoLayerNet.__init__: its weights come from np.random's global state
        rng = np.random.default_rng(seed)
        self.params = {
            "W1": (
                weight_init_std * rng.standard_normal((input_size, hidden_size))
            ).astype(dtype),
            "b1": np.zeros(hidden_size, dtype=dtype),
            "W2": (
                weight_init_std * rng.standard_normal((hidden_size, output_size))
            ).astype(dtype),
            "b2": np.zeros(output_size, dtype=dtype),
        }

    @property
    def input_size(self):
        return self.params["W1"].shape[0]

    @property
    def output_size(self):
        return self.params["W2"].shape[1]

    def _scores(self, x):
        """Hidden activations z1 and output scores a2 (before the softmax)."""
        p = self.params
        z1 = _sigmoid(np.dot(x, p["W1"]) + p["b1"])
        return z1, np.dot(z1, p["W2"]) + p["b2"]

    @staticmethod
    def _softmax_in_place(a2):
        a2 -= a2.max(axis=-1, keepdims=True)
        y = np.exp(a2, out=a2)
        y /= y.sum(axis=-1, keepdims=True)
        return y

    def predict(self, x):
        x = _check_x(x, self.input_size)
        return self._softmax_in_place(self._scores(x)[1])

    def _loss(self, x, t):
        """Mean cross entropy of an (N, input_size) batch x, class indices t."""
        y = self._softmax_in_place(self._scores(x)[1])
        return -np.log(y[np.arange(x.shape[0]), t] + 1e-7).mean()

    def _batch(self, x, t):
        """x as an (N, input_size) batch and t as N class indices; one sample
        (x of shape (input_size,), t one label or one one-hot row), as the
        book allows, becomes a batch of one."""
        x = _check_x(x, self.input_size)
        if x.ndim == 1:
            x = x.reshape(1, -1)
            t = np.reshape(t, (1, -1)) if np.size(t) > 1 else np.reshape(t, (1,))
        return x, _label_indices(t, x.shape[0], self.output_size)

    def loss(self, x, t):
        return float(self._loss(*self._batch(x, t)))

    def accuracy(self, x, t, chunk_size=10000):
        x = _check_x(x, self.input_size)
        if x.ndim != 2:
            raise ValueError(_("accuracy needs a batch: x of shape (N, input_size)"))
        t = _label_indices(t, x.shape[0], self.output_size)
        correct = 0
        # in chunks, so 60,000 images never make one 60,000 x 50 temporary;
        # the argmax of the scores is the argmax of the probabilities
        for start in range(0, x.shape[0], chunk_size):
            a2 = self._scores(x[start : start + chunk_size])[1]
            correct += np.sum(np.argmax(a2, axis=1) == t[start : start + chunk_size])
        return correct / float(x.shape[0])

    def gradient(self, x, t):
        return self.loss_and_gradient(x, t)[1]

    def loss_and_gradient(self, x, t, check=True):
        """The loss of a batch and its gradient (backpropagation, chapter 5),
        from one forward pass. With check=False, x must be an (N, input_size)
        array and t class indices (train checks all its data once)."""
        W2 = self.params["W2"]
        if check:  # the same arguments as loss, one sample included
            x, t = self._batch(x, t)
        batch_num = x.shape[0]
        rows = np.arange(batch_num)
        z1, a2 = self._scores(x)
        y = self._softmax_in_place(a2)
        loss = -np.log(y[rows, t] + 1e-7).mean()  # NaN if training diverged
        dy = y  # y is not needed any more: turn it into dy in place
        dy[rows, t] -= 1  # y - t, with t one-hot
        dy /= batch_num
        dz1 = np.dot(dy, W2.T)
        dz1 *= (1.0 - z1) * z1  # the sigmoid's derivative, from z1
        grads = {
            "W1": np.dot(x.T, dz1),
            "b1": dz1.sum(axis=0),
            "W2": np.dot(z1.T, dy),
            "b2": dy.sum(axis=0),
        }
        return loss, grads


def _check_whole(value, name, minimum, hint=""):
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Integral)
        or value < minimum
    ):
        raise ValueError(
            _(
                "{name} must be a whole number >= {minimum}; got {name} = {value!r}."
            ).format(name=name, minimum=minimum, value=value)
            + (f" {_(hint)}" if hint else "")
        )
    return int(value)


def _check_data(network, x, t, name):
    """x as a finite (N, input_size) array, t as N class indices."""
    x = _check_x(x, network.params["W1"].shape[0], name=f"x_{name}")
    if x.ndim != 2 or x.shape[0] == 0:
        raise ValueError(
            _(
                "x_{name} must be a batch of at least one image, shape (N, "
                "{size}); got shape {shape}"
            ).format(name=name, size=network.params["W1"].shape[0], shape=x.shape)
        )
    if x.dtype.kind == "f" and not np.all(np.isfinite(x)):
        row, col = (int(i) for i in np.argwhere(~np.isfinite(x))[0])
        raise ValueError(
            _(
                "x_{name} holds NaN or infinity (first at image {row}, value {col}: "
                "{value!r}). This is the data, not the training: no learning "
                "rate fixes it. Check how x_{name} was loaded and normalised "
                "(a division by zero gives NaN)."
            ).format(name=name, row=row, col=col, value=x[row, col])
        )
    try:
        t = _label_indices(t, x.shape[0], network.params["W2"].shape[1])
    except (TypeError, ValueError) as error:
        raise type(error)(f"t_{name}: {error}") from None
    return x, t


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
    progress=False,
    on_eval=None,
    loss_after_update=False,
):
    """Mini-batch SGD as the book's ch04/train_neuralnet.py, fast.

    The same steps as the taught train_neuralnet, with the batches drawn by
    np.random.default_rng(seed).choice, so that both draw the same batches.
    Returns a dict: train_loss (one per iteration: the mini-batch's loss
    before its update, from the gradient's forward pass; after the update,
    as the book records it, with loss_after_update=True), train_acc and
    test_acc (one per epoch, or every eval_every iterations), eval_iters
    (when they were measured) and diverged_at (the iteration whose loss was
    NaN, or None). on_eval(history), if given, is called after each
    evaluation (the training panel redraws its curves there).
    """
    for key in KEYS:
        if key not in getattr(network, "params", {}):
            raise TypeError(
                _("network must be a two-layer network with params W1, b1, W2, b2")
            )
    if not hasattr(network, "loss_and_gradient"):
        raise TypeError(_("network must have loss_and_gradient (FastTwoLayerNet)"))
    iters_num = check_count(iters_num, "iters_num")
    batch_size = _check_whole(
        batch_size, "batch_size", 1, N_("The book uses mini-batches of 100 images.")
    )
    learning_rate = check_positive(
        learning_rate,
        "learning_rate",
        N_(
            "SGD steps against the gradient, downhill; a negative learning rate "
            "would climb uphill. The book uses 0.1."
        ),
    )
    if eval_every is not None:
        eval_every = _check_whole(eval_every, "eval_every", 1)
    x_train, t_train = _check_data(network, x_train, t_train, "train")
    x_test, t_test = _check_data(network, x_test, t_test, "test")

    rng = np.random.default_rng(seed)
    train_size = x_train.shape[0]
    iter_per_epoch = eval_every or max(train_size // batch_size, 1)
    history = {"train_loss": [], "train_acc": [], "test_acc": [], "eval_iters": []}
    history["diverged_at"] = None
    steps = range(iters_num)
    if progress:
        from tqdm.auto import tqdm

        steps = tqdm(steps, mininterval=0.5)

    # one BLAS thread: products this small lose more to threads waiting
    # for each other than they gain; NaN from a diverging run is handled
    with (
        threadpool_limits(1, "blas") as one_thread,
        np.errstate(over="ignore", invalid="ignore"),
    ):
        for i in steps:
            # 1. mini-batch: batch_size random samples (with replacement)
            batch_mask = rng.choice(train_size, batch_size)
            x_batch = x_train[batch_mask]
            t_batch = t_train[batch_mask]
            # 2. gradient, and the loss from the same forward pass
            loss, grad = network.loss_and_gradient(x_batch, t_batch, check=False)
            if not np.isfinite(loss):
                history["diverged_at"] = i
                break
            # 3. update each parameter a small step against its gradient
            for key in KEYS:
                grad[key] *= learning_rate  # in place: no temporary arrays
                network.params[key] -= grad[key]
            # 4. record the loss
            if loss_after_update:
                loss = network._loss(x_batch, t_batch)
                if not np.isfinite(loss):
                    history["diverged_at"] = i
                    break
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


def train_new_network(
    x_train,
    t_train,
    x_test,
    t_test,
    hidden_size=50,
    seed=0,
    input_size=784,
    **settings,
):
    """Train a new FastTwoLayerNet(input_size, hidden_size, 10, seed=seed)
    with train(..., seed=seed, **settings); return the network and its history.

    settings are train's: iters_num, batch_size, learning_rate, eval_every,
    on_eval, progress, loss_after_update. One seed picks both the initial
    weights and the mini-batches, so runs that differ only in their settings
    start from the same weights and see the same batches: the training panel
    (4.5) and the learning-rate sweep (4.5a) compare runs this way.
    """
    network = FastTwoLayerNet(input_size, hidden_size, 10, seed=seed)
    history = train(network, x_train, t_train, x_test, t_test, seed=seed, **settings)
    return network, history
