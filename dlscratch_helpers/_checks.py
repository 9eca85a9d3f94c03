"""Input checks shared by the chapter's functions.

Each check raises an error that names the problem and the fix, so that a
learner who passes integers, NaN or mismatched shapes learns why at once
instead of reading a silently wrong number.
"""

from __future__ import annotations

import numbers

import numpy as np


def check_step(h, name: str = "h") -> float:
    """Return h as a float if it is a usable finite-difference step (finite, > 0)."""
    return check_positive(
        h,
        name,
        f"1e-4 is a good choice. With {name} = 0 the difference quotient divides "
        f"by zero; a negative {name} only flips the interval.",
    )


def check_finite(a, name: str) -> None:
    """Raise if a is not a number or a NumPy array of numbers, or holds NaN/inf."""
    if not isinstance(a, (numbers.Number, np.ndarray, np.generic)):
        raise TypeError(
            f"{name} must be a number or a NumPy array, not {type(a).__name__} "
            f"({a!r:.60}): write np.array({name}, dtype=float) for several points"
        )
    a = np.asarray(a)
    if a.dtype.kind not in "biufc":
        raise TypeError(f"{name} must hold numbers; got dtype {a.dtype}")
    if a.dtype.kind in "fc" and not np.all(np.isfinite(a)):
        bad = np.argwhere(~np.isfinite(a))
        where = tuple(int(i) for i in bad[0]) if a.ndim else ()
        raise ValueError(
            f"{name} holds NaN or infinity (first at index {where}: "
            f"{a[where] if a.ndim else a!r}). Find where it came from: the data "
            f"itself, a division by zero, log(0), or an update that diverged "
            f"(then a smaller learning rate helps)."
        )


def check_point(f, x) -> None:
    """x: a number, or an array of numbers, all finite; f: a function that gives
    a number there (or an array shaped like x, applied element by element)."""
    check_finite(x, "x")
    if not callable(f):
        raise TypeError(f"f must be a function, not {type(f).__name__}")
    fx = f(x)
    if fx is None:
        raise TypeError("f returned None at x: did its last line forget `return`?")
    value = np.asarray(fx)
    if value.dtype.kind not in "biuf":
        raise TypeError(
            f"f must return a number, but at x it returned {fx!r:.60} "
            f"of type {type(fx).__name__}"
        )
    if value.ndim and value.shape != np.shape(x):
        raise ValueError(
            f"f(x) has shape {value.shape} but x has shape {np.shape(x)}: this "
            f"differentiates a function of one number (element by element); for "
            f"a function of a whole array, such as a loss, use numerical_gradient"
        )


def check_float_array(x, name: str) -> np.ndarray:
    """Require a NumPy float array (it is changed in place, so no copy is made)."""
    if not isinstance(x, np.ndarray):
        raise TypeError(
            f"{name} must be a NumPy array, not {type(x).__name__}: "
            f"write np.array({x!r}, dtype=float)"
        )
    if x.dtype.kind != "f":
        raise TypeError(
            f"{name} has dtype {x.dtype}, but it must hold floats: an integer array "
            f"cannot store x + h (np.array([3, 4]) + 1e-4 is stored back as [3, 4]), "
            f"so the gradient would silently come out wrong. "
            f"Write np.array([3.0, 4.0]) or {name}.astype(float)."
        )
    if x.dtype.itemsize < 8:
        eps = float(np.finfo(x.dtype).eps)
        raise TypeError(
            f"{name} has dtype {x.dtype}, which keeps only about "
            f"{np.finfo(x.dtype).precision} significant digits: x + h rounds away "
            f"most of a small step h (next to 300 the gap between two {x.dtype} "
            f"numbers is {300 * eps:.1g}), so the gradient would silently come out "
            f"wrong. Differentiate in float64: {name}.astype(np.float64)."
        )
    if x.size == 0:
        raise ValueError(f"{name} is empty: there is nothing to differentiate")
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
        raise TypeError(f"{name} must hold numbers; got dtype {arr.dtype}")
    if dtype is not None and arr.dtype.kind != "f":
        arr = arr.astype(dtype)
    if arr.size == 0:
        raise ValueError(f"{name} is empty: a loss needs at least one sample")
    check_finite(arr, name)
    return arr


def check_scalar(value, where: str) -> float:
    """Require f(x) to give one number, as a loss function does."""
    if value is None:
        raise TypeError(
            f"f must return a number (the loss), but {where} it returned None: "
            f"did its last line forget `return`?"
        )
    if np.ndim(value) == 0 and np.asarray(value).dtype.kind not in "biuf":
        raise TypeError(
            f"f must return a real number (the loss), but {where} it returned "
            f"{value!r:.60} of type {type(value).__name__}"
        )
    if np.ndim(value) != 0:
        raise ValueError(
            f"f must return a single number (a scalar loss), but {where} it returned "
            f"an array of shape {np.shape(value)}: sum or average it, e.g. np.sum(x**2)"
        )
    return value


def check_positive(value, name: str, hint: str) -> float:
    """Return value as a float if it is finite and > 0; hint says what to use."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, not {value!r}")
    value = float(value)
    if not np.isfinite(value) or value <= 0:
        raise ValueError(
            f"{name} must be a finite number greater than 0; "
            f"got {name} = {value!r}. {hint}"
        )
    return value


def check_count(value, name: str) -> int:
    """Return value if it is a whole number >= 0."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 0:
        raise ValueError(f"{name} must be a whole number >= 0; got {value!r}")
    return int(value)


def check_probabilities(y, name: str = "y") -> None:
    """Refuse values outside [0, 1]: a loss needs probabilities, not raw scores."""
    lo, hi = float(np.min(y)), float(np.max(y))
    if lo < 0 or hi > 1 + 1e-6:
        raise ValueError(
            f"{name} must hold probabilities between 0 and 1 (a softmax output), "
            f"but its values run from {lo:g} to {hi:g}. "
            f"Pass softmax(scores) rather than the raw scores."
        )


def class_indices(t, y) -> np.ndarray:
    """Turn labels t for a batch y of shape (N, K) into N class indices.

    t may be one-hot with y's shape, or integer labels of shape (N,).
    """
    if y.ndim != 2:
        raise ValueError(
            f"y has shape {y.shape}: it must be one sample of shape (K,) or a "
            f"batch of shape (N, K), one row of K class probabilities per sample"
        )
    n, k = y.shape
    if t.shape == y.shape:
        is_one_hot = np.all((t == 0) | (t == 1), axis=1) & (np.sum(t, axis=1) == 1)
        if not np.all(is_one_hot):
            row = int(np.argmin(is_one_hot))
            raise ValueError(
                f"t has y's shape {y.shape}, so it is read as one-hot labels, but row "
                f"{row} is {t[row]!r}: a one-hot row has a single 1 and 0 elsewhere"
            )
        return np.argmax(t, axis=1)
    if t.shape != (n,):
        raise ValueError(
            f"y has shape {y.shape} and t has shape {t.shape}: t must be one-hot "
            f"labels of shape {y.shape} or integer class labels of shape ({n},)"
        )
    if t.dtype.kind not in "iu":
        raise TypeError(
            f"t has shape ({n},), so it is read as class labels, but its dtype is "
            f"{t.dtype}: labels must be integers, e.g. t.astype(int)"
        )
    if np.any(t < 0) or np.any(t >= k):
        raise ValueError(
            f"labels must lie in 0..{k - 1} for {k} classes; got values from "
            f"{int(t.min())} to {int(t.max())}"
        )
    return t
