"""The largest curvature and the critical learning rate of 4.5 (viz/curvature.py).

lambda_max by power iteration on central-difference Hessian-vector products
is checked against numpy.linalg.eigvalsh of an explicit Hessian of a tiny
network, built two ways: by finite differences of the backprop gradient, and
(independent of the gradient) by second differences of the loss itself.
"""

import ast
import json
from pathlib import Path

import numpy as np
import pytest

from dlscratch_helpers.two_layer_net import TwoLayerNet
from dlscratch_helpers.viz import curvature as cv

NOTEBOOKS = Path(__file__).parents[1] / "notebooks"
NOTEBOOK = NOTEBOOKS / "4.5a-optional-critical-learning-rate.ipynb"


@pytest.fixture
def close_all():
    import matplotlib.pyplot as plt

    yield
    plt.close("all")


class _Net(TwoLayerNet):
    """The book's network with given parameters."""

    def __init__(self, params):
        self.params = params


def _tiny(seed=0, scale=1.0):
    rng = np.random.default_rng(seed)
    params = {
        "W1": scale * rng.normal(size=(4, 3)),
        "b1": 0.1 * rng.normal(size=3),
        "W2": scale * rng.normal(size=(3, 3)),
        "b2": 0.1 * rng.normal(size=3),
    }
    x = rng.random((6, 4))
    t = np.eye(3)[rng.integers(0, 3, 6)]
    return _Net(params), x, t


def _flat(params):
    return np.concatenate([params[k].ravel() for k in ("W1", "b1", "W2", "b2")])


def _set_flat(net, w):
    start = 0
    for key in ("W1", "b1", "W2", "b2"):
        size = net.params[key].size
        net.params[key][...] = w[start : start + size].reshape(net.params[key].shape)
        start += size


def _hessian_from_gradient(net, x, t, h=1e-5):
    w0 = _flat(net.params)
    n = w0.size
    H = np.empty((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        _set_flat(net, w0 + e)
        plus = _flat(net.gradient(x, t))
        _set_flat(net, w0 - e)
        minus = _flat(net.gradient(x, t))
        H[:, j] = (plus - minus) / (2 * h)
    _set_flat(net, w0)
    return (H + H.T) / 2


def _hessian_from_loss(net, x, t, h=1e-3):
    # second differences of the loss alone: no gradient involved
    w0 = _flat(net.params)
    n = w0.size

    def f(w):
        _set_flat(net, w)
        return net.loss(x, t)

    H = np.empty((n, n))
    eye = np.eye(n) * h
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (
                f(w0 + eye[i] + eye[j])
                - f(w0 + eye[i] - eye[j])
                - f(w0 - eye[i] + eye[j])
                + f(w0 - eye[i] - eye[j])
            ) / (4 * h * h)
    _set_flat(net, w0)
    return H


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_lambda_max_matches_eigvalsh_of_an_explicit_hessian(seed):
    net, x, t = _tiny(seed)
    H = _hessian_from_gradient(net, x, t)
    eig = np.linalg.eigvalsh(H)
    expected = eig[-1]  # the largest eigenvalue (here also the largest in size)
    # the gap to the next eigenvalue sets the speed; enough iterations here
    lam = cv.largest_curvature(net, x, t, iters=2000, seed=seed)[-1]
    assert lam == pytest.approx(expected, rel=1e-4)
    # the same from the loss alone (second differences, independent of backprop)
    eig_loss = np.linalg.eigvalsh(_hessian_from_loss(net, x, t))
    assert eig_loss[np.argmax(np.abs(eig_loss))] == pytest.approx(expected, rel=1e-3)


def test_lambda_max_at_small_weights_is_the_largest_positive_eigenvalue():
    # with the book's small initial weights, as in the notebook, the largest
    # |eigenvalue| is positive: the steepest bowl direction
    net, x, t = _tiny(3, scale=0.01)
    eig = np.linalg.eigvalsh(_hessian_from_gradient(net, x, t))
    lam = cv.largest_curvature(net, x, t, iters=3000)[-1]
    assert eig[-1] > 0 and abs(eig[0]) < eig[-1]
    assert lam == pytest.approx(eig[-1], rel=1e-3)


class _Bowl:
    """f(x) = x0² + 5·x1²: curvatures 2 and 10."""

    def __init__(self):
        self.params = {"x": np.array([-3.0, 4.0])}

    def gradient(self, x, t):
        return {"x": np.array([2.0, 10.0]) * self.params["x"]}


def test_lambda_max_of_a_bowl_is_its_largest_second_derivative():
    bowl = _Bowl()
    assert cv.largest_curvature(bowl, None, None, iters=50)[-1] == pytest.approx(10)
    v = {"x": np.array([1.0, 0.0])}
    assert cv.hessian_vector_product(bowl, None, None, v)["x"] == pytest.approx([2, 0])


def test_hessian_vector_product_puts_the_weights_back():
    net, x, t = _tiny()
    before = {k: p.copy() for k, p in net.params.items()}
    rng = np.random.default_rng(5)
    v = {k: rng.normal(size=p.shape) for k, p in net.params.items()}
    cv.hessian_vector_product(net, x, t, v)
    for key in before:
        assert np.array_equal(net.params[key], before[key])


def _function_source(tree, name):
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return ast.dump(node)
    return None


def test_the_notebook_teaches_the_package_s_code():
    # the notebook's cell and the package's copy (which the tests check) agree
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    cell = [s for s in sources if "def largest_curvature" in s]
    if not cell:
        pytest.skip("the notebook has no power-iteration cell yet")
    notebook_tree = ast.parse(cell[0])
    package_tree = ast.parse(Path(cv.__file__).read_text(encoding="utf-8"))
    for name in ("hessian_vector_product", "largest_curvature"):
        assert _function_source(notebook_tree, name) == _function_source(
            package_tree, name
        ), f"{name} differs between the notebook and dlscratch_helpers/viz/curvature.py"


def _data(n=200, seed=0):
    rng = np.random.default_rng(seed)
    t = rng.integers(0, 10, n)
    # separable "images": each class lights its own block of pixels
    x = 0.2 * rng.random((n, 784)).astype(np.float32)
    for c in range(10):
        x[t == c, c * 78 : c * 78 + 40] += 0.8
    return x, np.eye(10, dtype=np.float32)[t]


def test_lr_sweep_runs_learn_below_and_stall_far_above():
    x, t = _data()
    sweep = cv.lr_sweep(x, t, x, t, [0.5, 1000.0], iters_num=60, progress=False)
    assert sweep["first_losses"].shape == (2, 30)
    assert list(sweep["learned"]) == [True, False]
    assert sweep["start_loss"] == pytest.approx(np.log(10), abs=0.05)
    assert sweep["end_loss"][0] < 0.95 * sweep["start_loss"]
    assert cv.observed_critical_lr(sweep) == (0.5, 1000.0)


@pytest.mark.parametrize("bad", [[], [0.1, 0.0], [-1.0], [np.nan]])
def test_lr_sweep_rejects_bad_learning_rates(bad):
    x, t = _data(20)
    with pytest.raises(ValueError, match="positive"):
        cv.lr_sweep(x, t, x, t, bad, iters_num=2, progress=False)


def _fake_sweep(learned, end):
    rates = np.array([0.1, 1.0, 10.0, 100.0])
    first = np.tile(np.linspace(2.3, 1.0, 30), (4, 1))
    first[3, 5:] = np.nan  # a diverged run: NaN after its last loss
    return {
        "learning_rate": rates,
        "first_losses": first,
        "end_loss": np.array(end, dtype=float),
        "test_acc": np.array([0.5, 0.9, 0.1, np.nan]),
        "learned": np.array(learned),
        "start_loss": 2.3,
        "iters_num": 500,
    }


def test_observed_critical_lr_cases():
    sweep = _fake_sweep([True, True, False, False], [1, 0.5, 2.3, np.nan])
    assert cv.observed_critical_lr(sweep) == (1.0, 10.0)
    sweep["learned"] = np.array([True] * 4)
    assert cv.observed_critical_lr(sweep) == (100.0, None)
    sweep["learned"] = np.array([False] * 4)
    assert cv.observed_critical_lr(sweep) == (None, 0.1)


def test_plot_draws_prediction_and_edge_even_with_a_diverged_run(close_all):
    sweep = _fake_sweep([True, True, False, False], [1, 0.5, 2.3, np.nan])
    fig = cv.plot_critical_lr(sweep, lam_max=1.0)
    ax_first, ax_end = fig.axes
    assert ax_end.get_xscale() == "log"
    labels = ax_end.get_legend_handles_labels()[1]
    assert "predicted 2/λmax = 2.00" in labels
    assert any(label.startswith("observed edge: 1 learns, 10 not") for label in labels)
    assert len(ax_first.get_lines()) >= 3


@pytest.mark.parametrize("iters_num", [0, -1, 2.5])
def test_lr_sweep_names_iters_num_not_eval_every(iters_num):
    x, t = _data(20)
    with pytest.raises(ValueError, match=r"^iters_num must be a whole number >= 1"):
        cv.lr_sweep(x, t, x, t, [0.1], iters_num=iters_num, progress=False)


@pytest.mark.parametrize("lam_max", [-0.79, 0.0, np.nan, np.inf, "1.0"])
def test_plot_refuses_a_curvature_that_predicts_nothing(lam_max, close_all):
    import matplotlib.pyplot as plt

    sweep = _fake_sweep([True, True, False, False], [1, 0.5, 2.3, np.nan])
    figures = len(plt.get_fignums())
    with pytest.raises(ValueError, match=r"lam_max must be the largest curvature"):
        cv.plot_critical_lr(sweep, lam_max=lam_max)
    assert len(plt.get_fignums()) == figures  # no half-drawn figure left


def test_largest_curvature_is_the_largest_eigenvalue_even_when_a_negative_is_larger():
    net, x, t = _negative_case()
    eig = np.linalg.eigvalsh(_hessian_from_gradient(net, x, t))
    assert eig[0] < 0 and abs(eig[0]) > eig[-1]  # the case, by eigvalsh
    lam = cv.largest_curvature(net, x, t, iters=2000)[-1]
    assert lam == pytest.approx(eig[-1], rel=1e-3)


def test_hessian_vector_product_puts_the_weights_back_when_the_gradient_raises():
    class Failing(_Bowl):
        def gradient(self, x, t):
            if self.params["x"][0] != -3.0:  # at W ± h·v
                raise FloatingPointError("the gradient failed")
            return super().gradient(x, t)

    net = Failing()
    with pytest.raises(FloatingPointError):
        cv.hessian_vector_product(net, None, None, {"x": np.array([1.0, 0.0])})
    assert net.params["x"].tolist() == [-3.0, 4.0]


def _negative_case():
    """A tiny net whose Hessian's eigenvalue largest in size is negative
    (found by eigvalsh over seeds and scales)."""
    return _tiny(16, scale=3.0)


def test_what_4_5a_says_of_the_first_steps_and_of_lr_10():
    """4.5a's prose and 4.5/critical-lr, on the saved run's data (the offline
    sample), trained here with fast_net.train, not through lr_sweep: below
    2/lambda_max (1.40) the first 30 mini-batch losses rise by less than 0.2
    over the untrained 2.30 at lr 1; above it they jump to 3.0 at 1.78, 3.9 at
    3.16, 7.6 at 10. After 500 iterations at 10 the weights' gradient is almost
    0 and only the output biases still move."""
    from dlscratch_helpers.fast_net import FastTwoLayerNet, train
    from dlscratch_helpers.mnist import load_mnist

    (x, t), (x_test, t_test) = load_mnist(
        normalize=True, one_hot_label=True, source="fallback"
    )
    start_loss = FastTwoLayerNet(784, 50, 10, seed=0).loss(x[:1000], t[:1000])
    assert round(float(start_loss), 2) == 2.30

    def first_steps(lr, iters):
        network = FastTwoLayerNet(784, 50, 10, seed=0)
        history = train(
            network,
            x,
            t,
            x_test,
            t_test,
            iters_num=iters,
            learning_rate=lr,
            seed=0,
            eval_every=iters,
        )
        return network, np.asarray(history["train_loss"][:30], dtype=float)

    _, at_1 = first_steps(1.0, 30)
    assert 0.1 < at_1.max() - start_loss < 0.2  # "only wobbles"
    for lr, peak in ((10**0.25, 3.0), (10**0.5, 3.9)):
        assert round(float(first_steps(lr, 30)[1].max()), 1) == peak
    network, at_10 = first_steps(10.0, 500)
    assert round(float(at_10.max()), 1) == 7.6
    gradient = network.gradient(x[:1000], t[:1000])
    for key in ("W1", "b1", "W2"):
        assert np.linalg.norm(gradient[key]) < 1e-4, key
    assert np.linalg.norm(gradient["b2"]) > 0.01
    assert network.accuracy(x_test, t_test) == pytest.approx(0.1, abs=0.02)
