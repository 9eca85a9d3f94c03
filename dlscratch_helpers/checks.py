"""Input checks shared by the chapter's functions (the notebooks' #@save cells
import them from here, so the taught code and the package check alike).

Each check raises an error that names the problem and the fix, so that a
learner who passes integers, NaN or mismatched shapes learns why at once
instead of reading a silently wrong number.
"""

from __future__ import annotations

import numbers

import numpy as np

from .i18n import _


def check_step(h, name: str = "h") -> float:
    """Return h as a float if it is a usable finite-difference step (finite, > 0)."""
    return check_positive(
        h,
        name,
        _(
            "1e-4 is a good choice. With {name} = 0 the difference quotient divides "
            "by zero; a negative {name} only flips the interval."
        ).format(name=name),
    )


def check_finite(a, name: str) -> None:
    """Raise if a is not a number or a NumPy array of numbers, or holds NaN/inf."""
    if not isinstance(a, (numbers.Number, np.ndarray, np.generic)):
        raise TypeError(
            _(
                "{name} must be a number or a NumPy array, not {kind} "
                "({a!r:.60}): write np.array({name}, dtype=float) for several points"
            ).format(name=name, kind=type(a).__name__, a=a)
        )
    a = np.asarray(a)
    if a.dtype.kind not in "biufc":
        raise TypeError(
            _("{name} must hold numbers; got dtype {dtype}").format(
                name=name, dtype=a.dtype
            )
        )
    if a.dtype.kind in "fc" and not np.all(np.isfinite(a)):
        bad = np.argwhere(~np.isfinite(a))
        where = tuple(int(i) for i in bad[0]) if a.ndim else ()
        value = f"{a[where]}" if a.ndim else f"{a!r}"
        raise ValueError(
            _(
                "{name} holds NaN or infinity (first at index {where}: "
                "{value}). Find where it came from: the data "
                "itself, a division by zero, log(0), or an update that diverged "
                "(then a smaller learning rate helps)."
            ).format(name=name, where=where, value=value)
        )


def check_point(f, x) -> None:
    """x: a number, or an array of numbers, all finite; f: a function that gives
    a number there (or an array shaped like x, applied element by element)."""
    check_finite(x, "x")
    if not callable(f):
        raise TypeError(
            _("f must be a function, not {kind}").format(kind=type(f).__name__)
        )
    fx = f(x)
    if fx is None:
        raise TypeError(_("f returned None at x: did its last line forget `return`?"))
    value = np.asarray(fx)
    if value.dtype.kind not in "biuf":
        raise TypeError(
            _(
                "f must return a number, but at x it returned {fx!r:.60} of type {kind}"
            ).format(fx=fx, kind=type(fx).__name__)
        )
    if value.ndim and value.shape != np.shape(x):
        raise ValueError(
            _(
                "f(x) has shape {fshape} but x has shape {xshape}: this "
                "differentiates a function of one number (element by element); for "
                "a function of a whole array, such as a loss, use numerical_gradient"
            ).format(fshape=value.shape, xshape=np.shape(x))
        )


def check_float_array(x, name: str) -> np.ndarray:
    """Require a NumPy float array (it is changed in place, so no copy is made)."""
    if not isinstance(x, np.ndarray):
        raise TypeError(
            _(
                "{name} must be a NumPy array, not {kind}: "
                "write np.array({x!r}, dtype=float)"
            ).format(name=name, kind=type(x).__name__, x=x)
        )
    if x.dtype.kind != "f":
        raise TypeError(
            _(
                "{name} has dtype {dtype}, but it must hold floats: an integer array "
                "cannot store x + h (np.array([3, 4]) + 1e-4 is stored back as "
                "[3, 4]), so the gradient would silently come out wrong. "
                "Write np.array([3.0, 4.0]) or {name}.astype(float)."
            ).format(name=name, dtype=x.dtype)
        )
    if x.dtype.itemsize < 8:
        eps = float(np.finfo(x.dtype).eps)
        raise TypeError(
            _(
                "{name} has dtype {dtype}, which keeps only about "
                "{digits} significant digits: x + h rounds away "
                "most of a small step h (next to 300 the gap between two {dtype} "
                "numbers is {gap:.1g}), so the gradient would silently come out "
                "wrong. Differentiate in float64: {name}.astype(np.float64)."
            ).format(
                name=name,
                dtype=x.dtype,
                digits=np.finfo(x.dtype).precision,
                gap=300 * eps,
            )
        )
    if x.size == 0:
        raise ValueError(
            _("{name} is empty: there is nothing to differentiate").format(name=name)
        )
    check_finite(x, name)
    return x


def as_array(a, name: str, dtype=None) -> np.ndarray:
    """Turn a list or array into an array of numbers, refusing NaN and empty input.

    dtype=float computes in floats whatever came in: uint8 pixels or booleans
    would otherwise wrap around or refuse to subtract ([0, 255] - [255, 0]
    is [1, 255] in uint8). Class labels keep their integer dtype (no dtype).
    """
    arr = np.asarray(a)
    if arr.dtype.kind not in "biuf":
        raise TypeError(
            _("{name} must hold numbers; got dtype {dtype}").format(
                name=name, dtype=arr.dtype
            )
        )
    if dtype is not None and arr.dtype.kind != "f":
        arr = arr.astype(dtype)
    if arr.size == 0:
        raise ValueError(
            _("{name} is empty: a loss needs at least one sample").format(name=name)
        )
    check_finite(arr, name)
    return arr


def check_scalar(value, where: str) -> float:
    """Require f(x) to give one number, as a loss function does."""
    if value is None:
        raise TypeError(
            _(
                "f must return a number (the loss), but {where} it returned None: "
                "did its last line forget `return`?"
            ).format(where=_(where))
        )
    if np.ndim(value) == 0 and np.asarray(value).dtype.kind not in "biuf":
        raise TypeError(
            _(
                "f must return a real number (the loss), but {where} it returned "
                "{value!r:.60} of type {kind}"
            ).format(where=_(where), value=value, kind=type(value).__name__)
        )
    if np.ndim(value) != 0:
        raise ValueError(
            _(
                "f must return a single number (a scalar loss), but {where} it "
                "returned an array of shape {shape}: sum or average it, e.g. "
                "np.sum(x**2)"
            ).format(where=_(where), shape=np.shape(value))
        )
    return value


def check_positive(value, name: str, hint: str) -> float:
    """Return value as a float if it is finite and > 0; hint says what to use."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(
            _("{name} must be a real number, not {value!r}").format(
                name=name, value=value
            )
        )
    value = float(value)
    if not np.isfinite(value) or value <= 0:
        raise ValueError(
            _(
                "{name} must be a finite number greater than 0; got {name} = {value!r}."
            ).format(name=name, value=value)
            + f" {_(hint)}"
        )
    return value


def check_count(value, name: str) -> int:
    """Return value if it is a whole number >= 0."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 0:
        raise ValueError(
            _("{name} must be a whole number >= 0; got {value!r}").format(
                name=name, value=value
            )
        )
    return int(value)


def check_probabilities(y, name: str = "y") -> None:
    """Refuse values outside [0, 1]: a loss needs probabilities, not raw scores."""
    lo, hi = float(np.min(y)), float(np.max(y))
    if lo < 0 or hi > 1 + 1e-6:
        raise ValueError(
            _(
                "{name} must hold probabilities between 0 and 1 (a softmax output), "
                "but its values run from {lo:g} to {hi:g}. "
                "Pass softmax(scores) rather than the raw scores."
            ).format(name=name, lo=lo, hi=hi)
        )


def check_same_shape(y, t) -> None:
    """Refuse y and t of different shapes: a loss such as the sum of squares
    compares them entry by entry, and NumPy would broadcast a label 2 against
    all of y without a word."""
    if np.shape(y) != np.shape(t):
        raise ValueError(
            _("y has shape {yshape} but t has shape {tshape}").format(
                yshape=np.shape(y), tshape=np.shape(t)
            )
        )


def class_indices(t, y) -> np.ndarray:
    """Turn labels t for a batch y of shape (N, K) into N class indices.

    t may be one-hot with y's shape, or integer labels of shape (N,).
    """
    if y.ndim != 2:
        raise ValueError(
            _(
                "y has shape {shape}: it must be one sample of shape (K,) or a "
                "batch of shape (N, K), one row of K class probabilities per sample"
            ).format(shape=y.shape)
        )
    n, k = y.shape
    if t.shape == y.shape:
        is_one_hot = np.all((t == 0) | (t == 1), axis=1) & (np.sum(t, axis=1) == 1)
        if not np.all(is_one_hot):
            row = int(np.argmin(is_one_hot))
            raise ValueError(
                _(
                    "t has y's shape {shape}, so it is read as one-hot labels, but "
                    "row {row} is {values!r}: a one-hot row has a single 1 and 0 "
                    "elsewhere"
                ).format(shape=y.shape, row=row, values=t[row])
            )
        return np.argmax(t, axis=1)
    if t.shape != (n,):
        raise ValueError(
            _(
                "y has shape {yshape} and t has shape {tshape}: t must be one-hot "
                "labels of shape {yshape} or integer class labels of shape ({n},)"
            ).format(yshape=y.shape, tshape=t.shape, n=n)
        )
    if t.dtype.kind not in "iu":
        raise TypeError(
            _(
                "t has shape ({n},), so it is read as class labels, but its dtype is "
                "{dtype}: labels must be integers, e.g. t.astype(int)"
            ).format(n=n, dtype=t.dtype)
        )
    if np.any(t < 0) or np.any(t >= k):
        raise ValueError(
            _(
                "labels must lie in 0..{last} for {k} classes; got values from "
                "{lo} to {hi}"
            ).format(last=k - 1, k=k, lo=int(t.min()), hi=int(t.max()))
        )
    return t


def divergence_message(step: int, path, lr: float) -> str:
    """The message of gradient descent's DivergenceError: where it left the finite
    numbers, and what to do (a smaller learning rate)."""
    return _(
        "gradient descent diverged at step {step} with lr={lr:g}: x became "
        "{last!r} after {before!r}. Each step overshot the minimum by "
        "more than the last; try a learning rate about 10 times smaller."
    ).format(step=step, lr=lr, last=path[-1], before=path[-2])
