"""Figures of section 4.3, numerical differentiation."""

from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

from ..i18n import N_, Translated, _
from ..numdiff import forward_diff, numerical_diff
from ..widgets import Explorer, log_slider, new_figure, readout, slider

EPS = np.finfo(float).eps  # 2.2e-16: the gap between 1.0 and the next float
# Alt text of the partial-derivative figure: show(viz.PARTIALS_ALT)
PARTIALS_ALT = N_(
    "Left: the bowl-shaped surface f = x0² + x1² with two cuts through the point"
    " (3, 4, 25), a red one along x0 with x1 held at 4 and a blue one along x1 with"
    " x0 held at 3. Middle: the red cut, the parabola x0² + 16, with its tangent at"
    " x0 = 3, slope 6. Right: the blue cut, x1² + 9, with its tangent at x1 = 4,"
    " slope 8."
)


def function_1(x):
    """The book's example y = 0.01x^2 + 0.1x."""
    return 0.01 * x**2 + 0.1 * x


def function_1_slope(x):
    """Its derivative, worked out by hand: 0.02x + 0.1."""
    return 0.02 * x + 0.1


# Functions to differentiate in the error-versus-h figure: f, f', x, and how
# big |f''| and |f'''| are near x (for the truncation-error guide lines).
# The names are the dropdown's values (in English) and, translated, its labels.
ERROR_CASES = {
    N_("exp(x) at x = 1"): (np.exp, np.exp, 1.0, np.e, np.e),
    N_("sin(x) at x = 1"): (np.sin, np.cos, 1.0, np.sin(1.0), np.cos(1.0)),
    N_("0.01x² + 0.1x at x = 5"): (function_1, function_1_slope, 5.0, 0.02, 0.0),
}

H_GRID = np.logspace(-16, 0, 161)
FLOOR = 1e-17  # errors that come out exactly 0 are drawn here, on a log axis


def difference_errors(f, df, x, hs=H_GRID):
    """|estimate - true slope| of the forward and the central difference, per h."""
    true = df(x)
    forward = np.array([abs(forward_diff(f, x, h) - true) for h in hs])
    central = np.array([abs(numerical_diff(f, x, h) - true) for h in hs])
    return np.maximum(forward, FLOOR), np.maximum(central, FLOOR)


def error_explorer(h=1e-4):
    """Log-log error of both differences against h, with a movable h.

    The two error curves and their guide lines are traced as h is moved: they
    cover the range of h visited so far, so the first frame shows the errors
    at the starting step only, and the learner finds the valleys (the
    question asked before the figure) by moving the slider.
    """
    fig, ax = new_figure(figsize=(7.2, 4.6))
    table = {name: difference_errors(*case[:3]) for name, case in ERROR_CASES.items()}
    # fixed ranges before anything is drawn: the curves start empty
    ax.set(xscale="log", yscale="log", xlim=(1e-16, 1), ylim=(FLOOR, 1e5))
    (fwd_line,) = ax.loglog([], [], color="tab:red", animated=True)
    (cen_line,) = ax.loglog([], [], color="tab:blue", animated=True)
    (trunc_f,) = ax.loglog([], [], ":", color="tab:red", lw=1, animated=True)
    (trunc_c,) = ax.loglog([], [], ":", color="tab:blue", lw=1, animated=True)
    (round_g,) = ax.loglog([], [], "--", color="0.4", lw=1, animated=True)
    marker_v = ax.axvline(h, color="0.3", lw=1, animated=True)
    (pts,) = ax.loglog([], [], "ko", ms=5, animated=True)
    label = ax.text(
        0.02,
        0.03,
        "",
        transform=ax.transAxes,
        fontsize=9,
        va="bottom",
        bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "0.7"},
        animated=True,
    )
    seen = {"lo": h, "hi": h}  # the range of h visited: the curves cover it
    ax.axvline(1e-4, color="tab:green", lw=4, alpha=0.25)
    ax.text(1.2e-4, 3e-16, "h = 1e-4", color="tab:green", fontsize=9)
    ax.set(
        xlabel=_("step h"),
        ylabel=_("|estimate − true slope|"),
        title=_("Error of the forward and the central difference"),
    )
    ax.legend(
        [fwd_line, cen_line, trunc_f, trunc_c, round_g],
        [
            _("forward (f(x+h) − f(x)) / h"),
            _("central (f(x+h) − f(x−h)) / 2h"),
            _("truncation ≈ h·|f″|/2"),
            _("truncation ≈ h²·|f‴|/6"),
            _("rounding ≈ ε·|f|/h"),
        ],
        loc="upper left",  # above the curves, left of the h = 1e-4 marker
        bbox_to_anchor=(0.03, 1.0),
        fontsize=9,
        ncol=2,
    )

    def update(function, h):
        f, df, x, f2, f3 = ERROR_CASES[function]
        forward, central = table[function]
        seen["lo"], seen["hi"] = min(seen["lo"], h), max(seen["hi"], h)
        inside = (H_GRID >= seen["lo"] * (1 - 1e-9)) & (
            H_GRID <= seen["hi"] * (1 + 1e-9)
        )
        fwd_line.set_data(H_GRID[inside], forward[inside])
        cen_line.set_data(H_GRID[inside], central[inside])
        hs = H_GRID[inside]
        trunc_f.set_data(hs, hs * abs(f2) / 2)
        if f3:
            trunc_c.set_data(hs, hs**2 * abs(f3) / 6)
        else:  # a parabola: the central difference has no truncation error at all
            trunc_c.set_data([], [])
        round_g.set_data(hs, EPS * abs(f(x)) / hs)
        marker_v.set_xdata([h, h])
        ef = max(abs(forward_diff(f, x, h) - df(x)), FLOOR)
        ec = max(abs(numerical_diff(f, x, h) - df(x)), FLOOR)
        pts.set_data([h, h], [ef, ec])
        label.set_text(
            _("forward error {ef:.1e}\ncentral error {ec:.1e}").format(ef=ef, ec=ec)
        )

    controls = {
        "function": widgets.Dropdown(
            options=[(_(name), name) for name in ERROR_CASES], description="f"
        ),
        "h": log_slider("h", -16, 0, h, step=0.25),
    }
    alt = Translated(
        _(
            "Log-log axes for the error of the forward difference (red) and the"
            " central difference (blue) of exp(x) at x = 1 against the step h, from"
            " 1e-16 to 1, with dotted truncation-error and dashed rounding-error guide"
            " lines, a green band at h = 1e-4 and a vertical marker at h = {h:g}, where"
            " two dots mark the two errors, printed in a box. The error curves and the"
            " guide lines are drawn only over the steps the slider has visited, so at"
            " first there are just the two dots."
        ).format(h=h)
    )
    return Explorer(fig, update, controls, name="error_explorer", alt=alt)


def tangent_explorer(x=5.0, h=3.0, method="forward"):
    """y = 0.01x^2 + 0.1x with its true tangent and the secant a difference measures.

    The first frame (a large h, the forward difference) shows the two lines
    apart, as the book's figure does; shrink h to bring them together.
    """
    if method not in ("forward", "central"):
        raise ValueError(
            _("method must be 'forward' or 'central', not {method!r}").format(
                method=method
            )
        )
    fig, ax = new_figure(figsize=(7.2, 4.6))
    xs = np.linspace(0, 20, 400)
    ax.plot(xs, function_1(xs), color="black", lw=2, label="y = 0.01x² + 0.1x")
    (tangent,) = ax.plot(
        [], [], color="tab:green", lw=1.5, label=_("true tangent"), animated=True
    )
    (secant,) = ax.plot(
        [],
        [],
        "--",
        color="tab:orange",
        lw=1.5,
        label=_("secant: what the difference measures"),
        animated=True,
    )
    (points,) = ax.plot([], [], "o", color="tab:orange", ms=6, animated=True)
    (point,) = ax.plot([], [], "o", color="tab:green", ms=6, animated=True)
    label = readout(ax, 0.02, 0.97, va="top")
    ax.set(
        xlim=(0, 20),
        ylim=(-1, 6),
        xlabel="x",
        ylabel="y",
        title=_("Tangent (true slope) and secant (estimated slope)"),
    )
    ax.legend(loc="lower right", fontsize=9)

    def update(x, h, method):
        true = function_1_slope(x)
        if method == "central":
            a, b = x - h, x + h
            estimate = numerical_diff(function_1, x, h)
        else:
            a, b = x, x + h
            estimate = forward_diff(function_1, x, h)
        tangent.set_data(xs, function_1(x) + true * (xs - x))
        secant.set_data(xs, function_1(a) + estimate * (xs - a))
        points.set_data([a, b], [function_1(a), function_1(b)])
        point.set_data([x], [function_1(x)])
        label.set_text(
            _(
                "true slope {true:.6f}, estimate {estimate:.6f}\nerror {error:+.1e}"
            ).format(true=true, estimate=estimate, error=estimate - true)
        )

    controls = {
        "x": slider("x", 0.0, 20.0, x, step=0.1, fmt=".1f"),
        "h": log_slider("h", -10, 0.7, h, step=0.1),
        "method": widgets.ToggleButtons(
            options=[(_("forward"), "forward"), (_("central"), "central")],
            value=method,
            description=_("difference"),
        ),
    }
    if method == "central":
        through = _("through x − h = {a:g} and x + h = {b:g}").format(a=x - h, b=x + h)
        slope = numerical_diff(function_1, x, h)
    else:
        through = _("through x = {a:g} and x + h = {b:g}").format(a=x, b=x + h)
        slope = forward_diff(function_1, x, h)
    difference = {
        "forward": N_("forward difference"),
        "central": N_("central difference"),
    }
    alt = Translated(
        _(
            "The curve y = 0.01x² + 0.1x for x from 0 to 20 with its green tangent"
            " line at x = {x:g}, slope {true:g}, and the dashed orange"
            " secant of the {difference} with h = {h:g}, {through}, slope"
            " {slope:.3g}."
            " A box prints both slopes and the error."
        ).format(
            x=x,
            true=function_1_slope(x),
            difference=_(difference[method]),
            h=h,
            through=through,
            slope=slope,
        )
    )
    return Explorer(fig, update, controls, name="tangent_explorer", alt=alt)


def plot_partials():
    """f(x0, x1) = x0² + x1² and the two slices that give its partial derivatives."""
    fig = plt.figure(figsize=(11, 3.8), layout="constrained")
    ax3 = fig.add_subplot(1, 3, 1, projection="3d")
    g = np.linspace(-3, 3, 41) * 1.5
    X0, X1 = np.meshgrid(g, g)
    ax3.plot_surface(X0, X1, X0**2 + X1**2, cmap="viridis", alpha=0.6, lw=0)
    ax3.plot(g, np.full_like(g, 4.0), g**2 + 16, color="tab:red", lw=2)
    ax3.plot(np.full_like(g, 3.0), g, 9 + g**2, color="tab:blue", lw=2)
    ax3.scatter([3], [4], [25], color="black", s=20)
    # no z label: drawn beside a 3-D box it lands in the next panel; the title
    # says what the height is
    ax3.set(xlabel="$x_0$", ylabel="$x_1$", title=_("height $f = x_0^2 + x_1^2$"))
    for k, (name, color, fixed, at, cut) in enumerate(
        [
            ("x_0", "tab:red", "x_1 = 4", 3.0, "f(x_0, 4)"),
            ("x_1", "tab:blue", "x_0 = 3", 4.0, "f(3, x_1)"),
        ]
    ):
        ax = fig.add_subplot(1, 3, k + 2)
        other = 16.0 if k == 0 else 9.0
        slope = numerical_diff(lambda v, other=other: v**2 + other, at)
        ax.plot(g, g**2 + other, color=color, lw=2)
        ax.plot(g, at**2 + other + slope * (g - at), color="black", lw=1)
        ax.plot([at], [at**2 + other], "ko")
        ax.set(
            xlabel=f"${name}$",
            ylabel=f"${cut}$",
            ylim=(0, 60),
            title=_("cut ${fixed}$: ∂f/∂${name}$ ≈ {slope:.4f}").format(
                fixed=fixed, name=name, slope=slope
            ),
        )
    return fig
