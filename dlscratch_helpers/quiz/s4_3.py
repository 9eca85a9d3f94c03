"""Questions of section 4.3: predictions before its figures, its exercises' answers.

Kept out of the notebook so that a learner sees a question, not its answer.
The numbers quoted in the explanations are checked in tests/test_numdiff.py.
"""

from __future__ import annotations

import numpy as np

from ..numdiff import numerical_diff
from . import Exercise, Question

H = 1e-4  # the book's step

# --- predictions ---------------------------------------------------------------

CENTRAL_LESS_STEEP = "Steeper than the tangent, but less than the forward secant"
CENTRAL_FLATTER = "Less steep than the tangent"
CENTRAL_PARALLEL = "Parallel to the tangent: the same slope, even at h = 3"
CENTRAL_AS_FORWARD = "As steep as the forward secant"

PREDICTIONS: dict[str, Question] = {
    "best-h": Question(
        prompt=(
            "The figure starts at $f(x) = e^x$, $x = 1$. Of these four steps,"
            " which gives the <b>forward</b> difference $(f(x+h) - f(x))/h$ its"
            " smallest error?"
        ),
        options=["1e-2", "1e-5", "1e-8", "1e-12"],
        answer="1e-8",
        explain=(
            "The forward errors of $e^x$ at $x = 1$: 1.4e-2 at $h$ = 1e-2, 1.4e-5"
            " at 1e-5, 6.6e-9 at 1e-8 and 4.3e-4 at 1e-12.<br>Right of the valley,"
            " <b>truncation</b> dominates: the error is about $h|f''|/2$ and falls"
            " with slope 1 (10&times; smaller $h$, 10&times; smaller error).<br>Left of"
            " the valley, <b>rounding</b> dominates: $f(x+h)$ and $f(x)$ each carry a"
            " relative error of about $\\varepsilon \\approx 2.2\\times10^{-16}$, and"
            " dividing their difference by $h$ magnifies it to about"
            " $\\varepsilon|f|/h$, which <i>grows</i> as $h$ shrinks; near"
            " $h = 10^{-16}$ the estimate is garbage, and the bad implementation's"
            " $10^{-49}$ is far off the left edge.<br>The two errors meet near"
            " $h = \\sqrt{\\varepsilon} \\approx 1.5\\times10^{-8}$: the bottom of"
            " the forward valley.<br>The central difference's truncation error,"
            " $h^2|f'''|/6$, falls with slope 2 (100&times; smaller), so its valley"
            " is deeper and further right (where exactly: exercise 3). The book's"
            " $h = 10^{-4}$ sits on the safe side of the central valley: within a"
            " few orders of magnitude of the best accuracy for smooth functions of"
            " ordinary size, and far from the rounding cliff."
        ),
        why_not={
            "1e-2": (
                "At 1e-2 truncation dominates: about $h \\cdot e/2 \\approx 0.014$."
            ),
            "1e-5": (
                "Closer, but still on the truncation side: the error keeps falling"
                " for another three orders of magnitude of $h$."
            ),
            "1e-12": (
                "Smaller is not better: at 1e-12 rounding error, about"
                " $\\varepsilon e/h \\approx 6\\times10^{-4}$, swamps the estimate."
            ),
        },
    ),
    "secant-gap": Question(
        prompt=(
            "The figure starts with the <b>forward</b> difference at $x = 5$ and a"
            " large step, $h = 3$: the orange secant is steeper than the green"
            " tangent. Switch to <b>central</b> and keep $h = 3$. How steep is the"
            " central secant, compared with the tangent?"
        ),
        options=[
            CENTRAL_LESS_STEEP,
            CENTRAL_FLATTER,
            CENTRAL_PARALLEL,
            CENTRAL_AS_FORWARD,
        ],
        answer=CENTRAL_PARALLEL,
        explain=(
            "For $f(x) = 0.01x^2 + 0.1x$ the forward slope is"
            " $\\frac{f(x+h)-f(x)}{h} = 0.02x + 0.1 + 0.01h$, too steep by exactly"
            " $0.01h$ (0.23 against 0.2 at $h = 3$), and the backward slope"
            " $\\frac{f(x)-f(x-h)}{h} = 0.02x + 0.1 - 0.01h$ too flat by as much"
            " (0.17). The central slope is their average,"
            " $\\frac{f(x+h)-f(x-h)}{2h} = 0.02x + 0.1$, for <i>every</i> $h$: the"
            " central secant is parallel to the tangent even at $h = 3$. It is not"
            " the tangent itself: it runs through two points of the curve, and"
            " lies $0.01h^2$ above the tangent (0.09 at $h = 3$).<br>In the error"
            " $h^2|f'''|/6$ of the central difference, a parabola's $f'''$ is 0: no"
            " truncation error is left, only rounding. That is why, for the"
            " book's parabola in the error figure above, the blue curve keeps"
            " falling all the way to $h = 1$ and has no dotted guide line. For"
            " most functions, such as $e^x$ or $\\sin x$, the central error shrinks"
            " like $h^2$; the parabola is the special case where it is zero.<br>Make"
            " $h$ tiny ($10^{-10}$) and the lines still agree on screen, but the"
            " printed error grows: that is rounding error."
        ),
        why_not={
            CENTRAL_LESS_STEEP: (
                "That is what an error proportional to $h^2$ would give, as for"
                " most functions; this one is a parabola, and its $f'''$ is 0."
            ),
            CENTRAL_FLATTER: (
                "The backward secant is the flatter one, by $0.01h$; the central"
                " slope is the average of the forward and the backward slopes, and"
                " their errors cancel."
            ),
            CENTRAL_AS_FORWARD: (
                "The central secant runs through $x - h$ and $x + h$, not through"
                " $x$ and $x + h$: its slope is the average of the forward slope,"
                " 0.23, and the backward slope, 0.17."
            ),
        },
    ),
}


# --- random inputs for the coding exercises -------------------------------------


def _named(function, name: str):
    function.__name__ = name  # what the checker prints for a failing input
    return function


def _signed(coefficient, term: str) -> str:
    """' + 1.2·term' or ' − 1.2·term', for a readable formula."""
    sign = "−" if coefficient < 0 else "+"
    return f" {sign} {abs(coefficient):g}·{term}"


def _smooth_function(rng):
    """A random smooth f of one variable, named by its formula."""
    a, b, c = np.round(rng.uniform(0.5, 2.0, size=3) * rng.choice([-1, 1], 3), 2)
    kind = int(rng.integers(3))
    if kind == 0:
        name = f"f(x) = {a:g}·sin({b:g}x){_signed(c, 'x³')}"
        return _named(lambda x: a * np.sin(b * x) + c * x**3, name)
    if kind == 1:
        name = f"f(x) = {a:g}·exp({b / 2:g}x){_signed(c, 'x²')}"
        return _named(lambda x: a * np.exp(b * x / 2) + c * x**2, name)
    name = f"f(x) = {a:g}·log(1 + x²){_signed(b, f'cos({c:g}x)')}"
    return _named(lambda x: a * np.log(1 + x**2) + b * np.cos(c * x), name)


def _one_variable(rng, trial):
    """(f, x): a point where the slope is not close to 0 (so errors show)."""
    f = _smooth_function(rng)
    while True:
        x = round(float(rng.uniform(-2.0, 2.0)), 3)
        if abs(numerical_diff(f, x)) > 0.3:
            return f, x


def _several_variables(rng, trial):
    """(f, x, i): a random smooth f of a vector x, a point and an index."""
    n = int(rng.integers(2, 5))
    a = np.round(rng.uniform(0.5, 2.0, size=n), 2)
    b, c = np.round(rng.uniform(-2.0, 2.0, size=2), 2)
    name = (
        f"f(x) = sum({a.tolist()} * x**2)"
        f"{_signed(b, 'x[0]·x[1]')}{_signed(c, 'sin(x[-1])')}"
    )
    f = _named(lambda x: np.sum(a * x**2) + b * x[0] * x[1] + c * np.sin(x[-1]), name)
    x = np.round(rng.uniform(-3.0, 3.0, size=n), 2)
    return f, x, int(rng.integers(n))


def _partial_diff(f, x, i):
    """∂f/∂x_i at x by the central difference, x itself left unchanged."""
    x_plus, x_minus = x.copy(), x.copy()
    x_plus[i] += H
    x_minus[i] -= H
    return (f(x_plus) - f(x_minus)) / (2 * H)


def best_h_theory(f_at_x: float, third_at_x: float) -> float:
    """The step where the central difference's error bound is smallest.

    Its error is about h²·|f‴|/6 (truncation) plus ε·|f|/h (rounding); the sum
    is smallest at h = (3ε·|f|/|f‴|)^(1/3). Which step of a grid wins exactly
    depends on the rounding of f's last bits, which differs between CPUs.
    """
    eps = float(np.finfo(float).eps)
    return (3 * eps * abs(f_at_x) / abs(third_at_x)) ** (1 / 3)


# --- exercises -----------------------------------------------------------------

EXERCISES: dict[str, Exercise] = {
    "1": Exercise(
        answer=6 * H + H**2,
        rtol=1e-3,  # h·|g″|/2 = 6e-4, the error formula of the notebook, is right too
        explain=(
            "((2 + h)³ − 8)/h − 12 = 6h + h², about 6.0e-4 for h = 1e-4: the forward"
            " error is proportional to h (it is h·|g″|/2 plus h², with g″(2) = 12),"
            " sixty thousand times the central difference's h² = 1e-8."
        ),
        hints={
            "sign": "The miss is estimate − 12; the forward secant of x³ at 2 is"
            " steeper than the tangent.",
            "wrong": "Use the forward difference, forward_diff (one step to the"
            " right), not numerical_diff, and subtract the true slope 12.",
        },
    ),
    "2": Exercise(
        answer=100.0,
        rtol=0.02,
        explain=(
            "For x³ the central error is exactly h² (h²·|g‴|/6 with g‴ = 6): 1e-4 at"
            " h = 0.01, 1e-6 at h = 0.001. Ten times smaller h, a hundred times"
            " smaller error: the slope-2 blue line in the error figure. The forward"
            " difference would gain only ten times. This holds while truncation"
            " dominates; at much smaller h, rounding takes over."
        ),
        hints={
            "wrong": "Which power of h does the central difference's truncation"
            " error follow? Look at the slope of the blue line right of its valley,"
            " or compute both errors with numerical_diff(g, 2.0, h).",
        },
    ),
    "3": Exercise(
        answer=best_h_theory(np.e, np.e),  # e^x and its third derivative at x = 1
        log=True,  # any step of the right order of magnitude: the winner is noise
        explain=(
            "On the grid, the central difference of e^x at x = 1 is most accurate"
            " near h = 1e-5: there truncation h²·|f‴|/6 and rounding ε·|f|/h are"
            " about equal, and their sum is smallest at h = (3ε·|f|/|f‴|)^(1/3) ≈"
            " 8.7e-6. Which grid step wins exactly, and by how much, depends on the"
            " last bits of your CPU's rounding, so any step of that size is right."
            " The book's h = 1e-4 gives 4.5e-9: a little worse"
            " than the best, but far from the rounding cliff, and good for"
            " functions of other sizes too."
        ),
        hints={
            "wrong": "np.argmin(central_err) is the index of the smallest error;"
            " the step is the grid's entry at that index. (The first array is the"
            " forward difference's.)",
        },
    ),
    "4": Exercise(
        reference=numerical_diff,
        inputs=_one_variable,
        trials=6,
        rtol=1e-9,
        atol=1e-12,
        explain=(
            "The book's numerical_diff steps h = 1e-4 to both sides of x and divides"
            " the change in f by the distance between the two points, 2h: the slope"
            " belongs to x itself, and the first error terms cancel."
        ),
        hints={
            "close": "Did you use the forward difference (f(x + h) − f(x)) / h, or"
            " another h? Step to both sides of x, with h = 1e-4.",
            "factor": "The two points x − h and x + h are 2h apart.",
            "wrong": "The central difference is (f(x + h) − f(x − h)) / (2h) with"
            " h = 1e-4; a step like 1e-50 vanishes next to x.",
        },
    ),
    "5": Exercise(
        answer=10.0,
        explain=(
            "∂f/∂x0 = 2·x0 + x1 = 6 + 4 = 10, with x1 held at 4: the term x0·x1"
            " counts too, with x1 as a constant factor."
        ),
        hints={
            "wrong": "Hold x1 fixed at 4: f becomes a function of x0 alone,"
            " x0**2 + x0 * 4.0, as function_tmp1 does for the book's f.",
        },
    ),
    "6": Exercise(
        reference=_partial_diff,
        inputs=_several_variables,
        trials=6,
        rtol=1e-9,
        atol=1e-12,
        explain=(
            "Copy x twice, move only entry i by +h and −h, and take"
            " (f(x_plus) − f(x_minus)) / (2h): every other variable stays fixed,"
            " which is what a partial derivative asks. Section 4.4 repeats this for"
            " every i and collects the results into the gradient."
        ),
        hints={
            "shape": "Return one number, the slope along x[i] only.",
            "mutated": "The book's numerical_gradient in 4.4 keeps the old value"
            " in tmp_val and puts it back.",
            "close": "Did you use the forward difference? Step to both sides of"
            " x[i], with h = 1e-4.",
            "factor": "x[i] − h and x[i] + h are 2h apart.",
            "wrong": "Move only x[i], by +h and −h, keep the other entries as they"
            " are, and divide the difference of f by 2h.",
        },
    ),
}
