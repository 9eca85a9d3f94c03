"""numerical_diff and forward_diff against analytic derivatives and the study
note's numbers; the figures of 4.3 and the numbers its questions quote."""

import math

import numpy as np
import pytest

from dlscratch_helpers import forward_diff, numerical_diff
from dlscratch_helpers.quiz import check, check_function, s4_3
from dlscratch_helpers.viz import numdiff as viz


def function_1(x):
    return 0.01 * x**2 + 0.1 * x


def test_study_note_numbers_exactly():
    # The values printed in the study note (and the book), digit for digit.
    assert numerical_diff(function_1, 5) == 0.1999999999990898
    assert numerical_diff(function_1, 10) == 0.2999999999986347
    assert numerical_diff(lambda x0: x0**2 + 4.0**2, 3.0) == 6.00000000000378
    assert numerical_diff(lambda x1: 3.0**2 + x1**2, 4.0) == 7.999999999999119


@pytest.mark.parametrize(
    "f, df, x",
    [
        (math.sin, math.cos, 1.0),
        (math.exp, math.exp, 0.5),
        (lambda x: x**3, lambda x: 3 * x**2, 2.0),
        (function_1, lambda x: 0.02 * x + 0.1, 7.0),
    ],
)
def test_central_difference_is_second_order(f, df, x):
    # error ~ h^2 |f'''| / 6: well below 1e-7 for these functions at h = 1e-4
    assert numerical_diff(f, x) == pytest.approx(df(x), abs=1e-7)


def test_central_difference_error_of_a_cube_is_h_squared():
    # ((x+h)^3 - (x-h)^3) / 2h - 3x^2 = h^2 exactly: halving h quarters it
    def cube(x):
        return x**3

    e1 = numerical_diff(cube, 2.0, h=1e-2) - 12.0
    e2 = numerical_diff(cube, 2.0, h=5e-3) - 12.0
    assert e1 == pytest.approx(1e-4, rel=1e-6)
    assert e1 / e2 == pytest.approx(4.0, rel=1e-4)


def test_forward_difference_is_first_order():
    # ((2+h)^3 - 8)/h - 12 = 6h + h^2 exactly
    for h in (1e-2, 1e-3):
        assert forward_diff(lambda x: x**3, 2.0, h) - 12.0 == pytest.approx(
            6 * h + h**2, rel=1e-6
        )


def test_the_bad_step_vanishes_and_the_books_step_does_not():
    # The book's first attempt: h = 10e-50 is lost next to x = 5, so both
    # points are x and the slope comes out 0; h = 1e-4 gives 0.2.
    def f(x):
        return 0.01 * x**2 + 0.1 * x

    assert numerical_diff(f, 5.0, h=10e-50) == 0.0
    assert forward_diff(f, 5.0, h=10e-50) == 0.0
    assert numerical_diff(f, 5.0) == pytest.approx(0.2, abs=1e-10)


def test_works_elementwise_on_arrays():
    x = np.array([1.0, 2.0, 3.0])
    np.testing.assert_allclose(numerical_diff(np.sin, x), np.cos(x), atol=1e-8)


@pytest.mark.parametrize("h", [0, 0.0, -1e-4, float("inf"), float("nan")])
def test_unusable_step_is_refused(h):
    with pytest.raises(ValueError, match="h must be a finite number greater than 0"):
        numerical_diff(function_1, 5, h=h)
    with pytest.raises(ValueError, match="h must be a finite number greater than 0"):
        forward_diff(function_1, 5, h=h)


@pytest.mark.parametrize("h", ["1e-4", None, True, [1e-4]])
def test_step_of_wrong_type_is_refused(h):
    with pytest.raises(TypeError, match="h must be a real number"):
        numerical_diff(function_1, 5, h=h)


def test_nan_input_is_refused():
    with pytest.raises(ValueError, match="x holds NaN or infinity"):
        numerical_diff(function_1, float("nan"))
    with pytest.raises(
        ValueError, match=r"x holds NaN or infinity \(first at index \(1,\)"
    ):
        numerical_diff(np.sin, np.array([0.0, np.nan]))


# --- the figures -------------------------------------------------------------


def test_tangent_explorer_first_frame_shows_secant_and_tangent_apart():
    explorer = viz.tangent_explorer()
    try:
        assert explorer.values == {"x": 5.0, "h": 3.0, "method": "forward"}
        bundle = explorer._repr_mimebundle_()  # data, or (data, metadata)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        assert data["text/plain"] == "tangent_explorer(x=5.0, h=3.0, method='forward')"
        # the forward secant's slope 0.23 against the tangent's 0.2
        assert "estimate 0.230000" in explorer.fig.axes[0].texts[0].get_text()
        assert "forward difference with h = 3" in explorer.alt
        assert "slope 0.23" in explorer.alt
        report = explorer.exercise(between=2)
        assert report["errors"] == []
        assert all(n > 0 for n in report["changed"].values())
    finally:
        explorer.close()


def test_tangent_explorer_central_and_bad_method():
    explorer = viz.tangent_explorer(x=5.0, h=2.0, method="central")
    try:
        assert "through x − h = 3 and x + h = 7, slope 0.2." in explorer.alt
    finally:
        explorer.close()
    with pytest.raises(ValueError, match="method must be"):
        viz.tangent_explorer(method="backward")


def test_error_explorer_has_alt_text():
    explorer = viz.error_explorer()
    try:
        assert "exp(x) at x = 1" in explorer.alt and "h = 0.0001" in explorer.alt
        assert "valley" not in explorer.alt  # the first frame shows none
    finally:
        explorer.close()


def _error_curves(explorer):
    ax = explorer.fig.axes[0]
    forward, central = ax.get_legend().legend_handles[:2]
    # the legend's handles are copies: find the plotted lines by colour and style
    return [
        next(
            line
            for line in ax.lines
            if line.get_color() == handle.get_color() and line.get_linestyle() == "-"
        )
        for handle in (forward, central)
    ]


def test_error_explorer_first_frame_draws_no_curve_beyond_the_starting_step():
    explorer = viz.error_explorer(h=1e-4)
    try:
        # neither the error curves nor the guide lines, whose crossings mark the
        # valleys that best-h asks for
        guides = [
            line
            for line in explorer.fig.axes[0].lines
            if line.get_linestyle() in (":", "--")
        ]
        assert len(guides) == 3
        for line in [*_error_curves(explorer), *guides]:
            hs = np.asarray(line.get_xdata(), dtype=float)
            assert np.all(np.isclose(hs, 1e-4, rtol=1e-9))  # at most the start
        # the two dots sit at the start, at the errors worked out directly
        dots = next(
            line for line in explorer.fig.axes[0].lines if line.get_marker() == "o"
        )
        _, errors = dots.get_data()
        assert errors[0] == pytest.approx(abs(forward_diff(np.exp, 1.0, 1e-4) - np.e))
        assert errors[1] == pytest.approx(abs(numerical_diff(np.exp, 1.0, 1e-4) - np.e))
    finally:
        explorer.close()


def test_error_explorer_traces_the_curves_over_the_visited_steps():
    explorer = viz.error_explorer(h=1e-4)
    try:
        explorer.controls["h"].value = 1e-6
        forward, central = _error_curves(explorer)
        hs = np.asarray(forward.get_xdata(), dtype=float)
        assert hs.min() == pytest.approx(1e-6) and hs.max() == pytest.approx(1e-4)
        for h, error in zip(hs, forward.get_ydata(), strict=True):
            assert error == pytest.approx(abs(forward_diff(np.exp, 1.0, h) - np.e))
        # the whole slider's range: the forward valley's bottom is near √ε
        explorer.controls["h"].value = 1e-16
        explorer.controls["h"].value = 1.0
        hs = np.asarray(forward.get_xdata(), dtype=float)
        assert hs.min() == pytest.approx(1e-16) and hs.max() == pytest.approx(1.0)
        bottom = hs[np.argmin(forward.get_ydata())]
        assert 1e-9 < bottom < 1e-7  # √ε = 1.5e-8
        assert len(central.get_xdata()) == len(hs)
        assert explorer.errors == []
    finally:
        explorer.close()


# --- the numbers the questions of 4.3 quote ---------------------------------


def test_best_h_question_quotes_the_real_errors():
    question = s4_3.PREDICTIONS["best-h"]
    errors = {
        option: abs(forward_diff(np.exp, 1.0, float(option)) - np.e)
        for option in question.options
    }
    assert min(errors, key=errors.get) == question.answer == "1e-8"
    quoted = {"1e-2": "1.4e-2", "1e-5": "1.4e-5", "1e-8": "6.6e-9", "1e-12": "4.3e-4"}
    for option, error in errors.items():
        assert f"{error:.1e}".replace("e-0", "e-") == quoted[option]
        assert quoted[option] in question.explain


def test_secant_gap_question_central_secant_is_parallel_at_any_h():
    for h in (3.0, 1e-2, 1e-4):
        assert forward_diff(viz.function_1, 5.0, h) - 0.2 == pytest.approx(
            0.01 * h, rel=1e-6
        )
        assert numerical_diff(viz.function_1, 5.0, h) == pytest.approx(0.2, abs=1e-11)
    # at h = 3, by hand: f(8) = 1.44, f(5) = 0.75, f(2) = 0.24
    assert (1.44 - 0.75) / 3 == pytest.approx(0.23)  # forward
    assert (0.75 - 0.24) / 3 == pytest.approx(0.17)  # backward
    assert (1.44 - 0.24) / 6 == pytest.approx(0.2)  # central: the true slope
    # the central secant at x = 5 runs 0.01·h² = 0.09 above f(5), the tangent's point
    assert 0.24 + 0.2 * 3 - 0.75 == pytest.approx(0.09)
    question = s4_3.PREDICTIONS["secant-gap"]
    assert question.answer == s4_3.CENTRAL_PARALLEL
    for number in ("0.23", "0.17", "0.09"):
        assert number in question.explain
    # what 4.3's prose states (forward error ∝ h, central ∝ h²) is no option
    assert not any("proportional" in o or "h²" in o for o in question.options)


def test_exercise_3_best_h_is_where_the_theory_puts_it():
    # Which grid step wins is rounding noise (it moves between CPUs); where it
    # lies is not: truncation h²·e/6 plus rounding ε·e/h is smallest at
    # h = (3ε)^(1/3) for e^x at x = 1, worked out here from the formula.
    eps = np.finfo(float).eps
    theory = (3 * eps) ** (1 / 3)
    assert 8.6e-6 < theory < 8.8e-6
    _, central = viz.difference_errors(np.exp, np.exp, 1.0)
    measured = viz.H_GRID[np.argmin(central)]
    assert theory / 3 < measured < 3 * theory
    assert f"{np.log10(measured):.0f}" == "-5"  # the solution prints "near 1e-5"
    # the smallest error is no larger than the error bound at the theory's h
    assert central.min() < theory**2 * np.e / 6 + eps * np.e / theory
    # at the book's h = 1e-4 truncation dominates: h²·e/6 = 4.53e-9 by hand
    assert f"{abs(numerical_diff(np.exp, 1.0) - np.e):.1e}" == "4.5e-09"
    explain = s4_3.EXERCISES["3"].explain
    assert "8.7e-6" in explain and "4.5e-9" in explain
    # any step of that size is right; the book's step and the forward
    # difference's best step (about √ε = 1.5e-8) are not
    for right in (measured, 1e-5, 5e-6):
        assert check("4.3/3", right).startswith("✓"), right
    for wrong in (1e-4, 1.5e-8, 0.0, -1e-5, float("nan")):
        assert check("4.3/3", wrong).startswith("✗"), wrong
    assert check("4.3/3", "1e-5").startswith("✗")  # text, not a number


def test_exercises_1_2_answers():
    assert check("4.3/1", forward_diff(lambda x: x**3, 2.0) - 12).startswith("✓")
    # the leading term h·|g″|/2, from the notebook's truncation formula, counts too
    assert check("4.3/1", 1e-4 * 12 / 2).startswith("✓")
    assert check("4.3/1", 1e-8).startswith("✗")  # the central difference's miss
    errors = [numerical_diff(lambda x: x**3, 2.0, h) - 12 for h in (0.01, 0.001)]
    assert check("4.3/2", errors[0] / errors[1]).startswith("✓")
    assert check("4.3/2", 10).startswith("✗")  # the forward difference's factor


def test_exercise_4_names_the_mistake():
    h = 1e-4

    def forward(f, x):
        return (f(x + h) - f(x)) / h

    def divides_by_h(f, x):
        return (f(x + h) - f(x - h)) / h

    def book(f, x):
        return (f(x + h) - f(x - h)) / (2 * h)

    assert "forward difference" in check_function("4.3/4", forward)
    assert "2h apart" in check_function("4.3/4", divides_by_h)
    assert check_function("4.3/4", book).startswith("✓")


def test_exercise_6_names_the_mistake():
    h = 1e-4

    def in_place(f, x, i):
        x[i] += h
        up = f(x)
        x[i] -= 2 * h
        return (up - f(x)) / (2 * h)

    def whole_vector(f, x, i):
        return (f(x + h) - f(x - h)) / (2 * h)

    def book(f, x, i):
        tmp_val = x[i]
        x[i] = tmp_val + h
        fxh1 = f(x)
        x[i] = tmp_val - h
        fxh2 = f(x)
        x[i] = tmp_val
        return (fxh1 - fxh2) / (2 * h)

    assert "changed its input" in check_function("4.3/6", in_place)
    assert check_function("4.3/6", whole_vector).startswith("✗")
    assert check_function("4.3/6", book).startswith("✓")
