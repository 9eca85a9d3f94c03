"""Figures of section 4.4, gradients and gradient descent."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np

from ..gradient import DivergenceError, gradient_descent, numerical_gradient
from ..i18n import N_, Translated, _
from ..widgets import Explorer, int_slider, log_slider, new_figure, readout, slider

GRID = np.arange(-2, 2.5, 0.25)  # the book's grid: -2, -1.75, ..., 2.25
VIEW = 4.5  # the descent figure shows -4.5 <= x0, x1 <= 4.5
LOSS_FLOOR = 1e-40  # losses that come out exactly 0 are drawn here, on a log axis
LOSS_CEILING = 1e30
ARROW = 0.8  # length of the arrows at the movable point, in units of x


def bowl(x):
    """f(x0, x1) = x0² + x1², the book's function_2 (x may hold many points)."""
    return x[0] ** 2 + x[1] ** 2


def long_bowl(x):
    """f(x0, x1) = x0² + 10·x1²: a bowl ten times steeper along x1."""
    return x[0] ** 2 + 10 * x[1] ** 2


FUNCTIONS = {"x0² + x1²": bowl, "x0² + 10·x1²": long_bowl}
# contour levels: the value of f on circles of radius 0.5, 1, 1.5, ...
RADII = np.arange(0.5, 6.5, 0.5)
LEVELS = {"x0² + x1²": RADII**2, "x0² + 10·x1²": np.geomspace(0.25, 200, 12)}


def gradient_at_points(f, points):
    """numerical_gradient of f at each row of points (shape (N, 2))."""
    return np.array([numerical_gradient(f, p.astype(float)) for p in points])


def angle_to_minimum(x, grad):
    """Angle in degrees between -grad and the straight way from x to (0, 0)."""
    down, home = -np.asarray(grad, float), -np.asarray(x, float)
    norms = np.linalg.norm(down) * np.linalg.norm(home)
    if norms == 0:
        return float("nan")
    return float(np.degrees(np.arccos(np.clip(down @ home / norms, -1, 1))))


def gradient_field_explorer(function="x0² + x1²", x0=1.0, x1=1.5, scale=None):
    """Arrows of -∇f on the book's grid, and a movable point with its own arrow.

    The red arrow shows the direction of -∇f at the point (its length is
    fixed, the field shows lengths); the blue one goes straight to the
    minimum at (0, 0).
    """
    if function not in FUNCTIONS:
        names = ", ".join(repr(k) for k in FUNCTIONS)
        raise ValueError(
            _("function must be one of {names}; got {function!r}").format(
                names=names, function=function
            )
        )
    f = FUNCTIONS[function]
    X, Y = np.meshgrid(GRID, GRID)
    points = np.column_stack([X.ravel(), Y.ravel()])
    grads = gradient_at_points(f, points)
    if scale is None:  # mean arrow about one grid spacing long
        scale = np.mean(np.linalg.norm(grads, axis=1)) / 0.3
    # below the axes, a strip of its own for the readout, where it covers no arrow
    fig, (ax, ax_readout) = new_figure(
        nrows=2, figsize=(6.2, 6.8), gridspec_kw={"height_ratios": [1, 0.11]}
    )
    ax_readout.axis("off")
    fine = np.linspace(-2.5, 2.75, 200)
    FX, FY = np.meshgrid(fine, fine)
    ax.contour(FX, FY, f(np.array([FX, FY])), levels=LEVELS[function], colors="0.85")
    arrow_kw = {"angles": "xy", "scale_units": "xy", "scale": scale}
    ax.quiver(*points.T, *(-grads.T), color="0.55", width=0.003, **arrow_kw)
    ax.plot([0], [0], "*", color="tab:green", ms=12, label=_("minimum (0, 0)"))
    home = ax.quiver(
        [0], [0], [0], [0], color="tab:blue", width=0.005, angles="xy",
        scale_units="xy", scale=1, alpha=0.8, animated=True, zorder=4,
        label=_("straight to the minimum"),
    )  # fmt: skip
    down = ax.quiver(
        [0], [0], [0], [0], color="tab:red", width=0.009, angles="xy",
        scale_units="xy", scale=1, animated=True, zorder=5,
        label=_("direction of −∇f at the point"),
    )  # fmt: skip
    (dot,) = ax.plot([], [], "o", color="tab:red", ms=7, animated=True)
    label = readout(
        ax_readout, 0.5, 0.5, ha="center", va="center", multialignment="left"
    )
    ax.set(
        xlim=(-2.5, 2.75),
        ylim=(-2.5, 2.75),
        aspect="equal",
        xlabel="x0",
        ylabel="x1",
        title=_("−∇f for f = {function}").format(function=function),
    )
    # below the axes, where it covers no arrow
    fig.legend(loc="outside lower center", ncols=3, fontsize=9, frameon=False)
    # looked up once: update runs on every slider move
    readout_text = _(
        "x = ({x0:.2f}, {x1:.2f})   f(x) = {fx:.2f}\n"
        "−∇f = ({g0:.2f}, {g1:.2f}),  length {length:.2f}\n"
        "angle between −∇f and the way to the minimum: {angle}"
    )

    def update(x0, x1):
        x = np.array([x0, x1])
        grad = numerical_gradient(f, x.copy())
        dot.set_data([x0], [x1])
        down.set_offsets([[x0, x1]])
        length = np.linalg.norm(grad) / ARROW or 1.0  # draw it ARROW long
        down.set_UVC([-grad[0] / length], [-grad[1] / length])
        home.set_offsets([[x0, x1]])
        home.set_UVC([-x0], [-x1])
        angle = angle_to_minimum(x, grad)
        angle_text = "—" if np.isnan(angle) else f"{angle:.0f}°"
        label.set_text(
            readout_text.format(
                x0=x0,
                x1=x1,
                fx=f(x),
                g0=-grad[0],
                g1=-grad[1],
                length=np.hypot(*grad),
                angle=angle_text,
            )
        )

    controls = {
        "x0": slider("x0", -2.0, 2.25, x0, step=0.05),
        "x1": slider("x1", -2.0, 2.25, x1, step=0.05),
    }
    alt = Translated(
        _(
            "Contour lines of f = {function} on a grid from -2 to 2.25, with a grey "
            "arrow of minus the gradient at every grid point; the arrows are longer "
            "far from the minimum at (0, 0), marked by a green star. A red dot at "
            "({x0:g}, {x1:g}) has a red arrow along minus the gradient and a blue "
            "arrow pointing straight at the minimum; a box below the plot gives the "
            "angle between them."
        ).format(function=function, x0=x0, x1=x1)
    )
    return Explorer(
        fig, update, controls, name="gradient_field_explorer",
        key=f"gradient_field_explorer({function!r})", alt=alt,
    )  # fmt: skip


def descent_run(f, start, lr, step_num):
    """Run gradient_descent and never raise for a bad learning rate.

    Returns (path, diverged_step): the finite points visited, start first,
    and the step at which x became inf or NaN (None if it never did).
    """
    try:
        _, path = gradient_descent(
            f, np.array(start, dtype=float), lr, step_num, return_path=True
        )
        return path, None
    except DivergenceError as error:
        return error.path[:-1], error.step


def clip_to_view(path, view=VIEW):
    """Cut the path where it first leaves the square |x0|, |x1| <= view.

    Returns (shown, exit): the points to draw, ending on the border where
    the path leaves, and None or (step, direction) of the step that left.
    """
    inside = np.all(np.abs(path) <= view, axis=1)
    if inside.all():
        return path, None
    k = int(np.argmin(inside))  # first point outside (the start is inside)
    a, b = path[k - 1], path[k]
    d = b - a
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(d != 0, (np.sign(d) * view - a) / d, np.inf)
    edge = a + min(1.0, float(np.min(t))) * d
    d = d / np.max(np.abs(d))  # scaled first, so that the norm cannot overflow
    return np.vstack([path[:k], edge]), (k, d / np.linalg.norm(d))


def descent_explorer(lr=0.1, step_num=100, x0=-3.0, x1=4.0):
    """Gradient descent path on a contour plot, and f per step beside it."""
    fig, (ax, ax_loss) = new_figure(
        ncols=2, figsize=(10.4, 4.8), gridspec_kw={"width_ratios": [1, 1.1]}
    )
    fine = np.linspace(-VIEW, VIEW, 181)
    FX, FY = np.meshgrid(fine, fine)
    contours = {}
    for fname, f in FUNCTIONS.items():  # contour grids computed once
        contours[fname] = ax.contour(
            FX, FY, f(np.array([FX, FY])), levels=LEVELS[fname], colors="0.8"
        )
        contours[fname].set_visible(False)
    ax.plot([0], [0], "*", color="tab:green", ms=12)
    (line,) = ax.plot([], [], "o-", color="tab:blue", ms=3, lw=1, animated=True)
    (start_dot,) = ax.plot([], [], "s", color="black", ms=6, animated=True)
    exit_arrow = ax.quiver(
        [0], [0], [1], [0], color="tab:red", angles="xy", scale_units="xy",
        scale=1, width=0.012, animated=True,
    )  # fmt: skip
    title = ax.set_title("", fontsize=10, animated=True)
    label = readout(ax, 0.02, 0.02, va="bottom")
    ax.set(
        xlim=(-VIEW, VIEW), ylim=(-VIEW, VIEW), aspect="equal", xlabel="x0",
        ylabel="x1",
    )  # fmt: skip
    (loss_line,) = ax_loss.semilogy([], [], ".-", ms=3, lw=1, animated=True)
    ax_loss.set(
        xlim=(0, 200),  # fixed, so that moving a slider never redraws the axes
        ylim=(LOSS_FLOOR, LOSS_CEILING),
        xlabel=_("step"),
        ylabel=_("f(x)  (log scale)"),
        title=_("f(x) after each step"),
    )
    ax_loss.set_yticks(10.0 ** np.arange(-40, 31, 10))
    ax_loss.grid(True, which="major", alpha=0.3)
    shown = {"function": None}
    # looked up once: draw runs on every slider move
    text = {
        "nan": _("DIVERGED: x became inf/NaN at step {step}"),
        "left": _("DIVERGED: left the view at step {step}"),
        "stuck": _("not getting closer: lr too large"),
        "converging": _("converging"),
        "on the way": _("still on the way"),
        "title": _("lr = {lr:.3g}, {step_num} steps: {message}"),
        "readout": _(
            "start ({x0:.2f}, {x1:.2f})\n"
            "after {steps} steps: x = ({end0:.3g}, {end1:.3g})\n"
            "f(x): {f_start:.3g} → {f_end:.3g}"
        ),
    }

    def update(function, lr, step_num, x0, x1):
        f = FUNCTIONS[function]
        switched = function != shown["function"]
        if switched:  # show this function's contours: a full redraw
            for fname, cs in contours.items():
                cs.set_visible(fname == function)
            shown["function"] = function
        path, diverged_step = descent_run(f, (x0, x1), lr, step_num)
        with np.errstate(over="ignore", invalid="ignore"):  # f of a diverged x
            return draw(f, path, diverged_step, lr, step_num, x0, x1) or switched

    def draw(f, path, diverged_step, lr, step_num, x0, x1):
        drawn, exit_ = clip_to_view(path)
        line.set_data(drawn[:, 0], drawn[:, 1])
        start_dot.set_data([x0], [x1])
        loss = np.clip(f(path.T), LOSS_FLOOR, LOSS_CEILING)
        loss_line.set_data(np.arange(len(path)), loss)
        bad = diverged_step is not None or exit_ is not None
        color = "tab:red" if bad else "tab:blue"
        line.set_color(color)
        loss_line.set_color(color)
        exit_arrow.set_visible(exit_ is not None)
        end = path[-1]
        if diverged_step is not None:
            message = text["nan"].format(step=diverged_step)
        elif exit_ is not None:
            message = text["left"].format(step=exit_[0])
        elif f(end) >= f(np.array([x0, x1])) and step_num > 0:
            message = text["stuck"]
            color = "tab:red"
        else:
            message = text["converging" if f(end) < 1e-6 else "on the way"]
        if exit_ is not None:
            exit_arrow.set_offsets([drawn[-1] - ARROW * exit_[1]])
            exit_arrow.set_UVC([ARROW * exit_[1][0]], [ARROW * exit_[1][1]])
        title.set_text(text["title"].format(lr=lr, step_num=step_num, message=message))
        title.set_color(color)
        label.set_text(
            text["readout"].format(
                x0=x0,
                x1=x1,
                steps=len(path) - 1,
                end0=end[0],
                end1=end[1],
                f_start=f(path[0]),
                f_end=f(end),
            )
        )

    controls = {
        "function": widgets.Dropdown(options=list(FUNCTIONS), description="f"),
        "lr": log_slider(N_("learning rate lr"), -4, 1, lr, step=0.05, fmt=".3g"),
        "step_num": int_slider(N_("step_num"), 1, 200, step_num),
        "x0": slider(N_("start x0"), -4.0, 4.0, x0, step=0.1),
        "x1": slider(N_("start x1"), -4.0, 4.0, x1, step=0.1),
    }
    # its own name: gradient_descent(...) is the function the notebook teaches
    alt = Translated(
        _(
            "Left: contour lines of f = x0² + x1² and the path of gradient descent "
            "with lr = {lr:g} from the start ({x0:g}, {x1:g}), a black square, as blue "
            "dots towards the minimum at (0, 0), a green star. Right: f(x) after each "
            "of the {step_num} steps on a log scale from 1e-40 to 1e30."
        ).format(lr=lr, x0=x0, x1=x1, step_num=step_num)
    )
    return Explorer(fig, update, controls, name="descent_explorer", alt=alt)


def saddle(x):
    """f(x0, x1) = x0² − x1²: a saddle point (안장점) at (0, 0)."""
    return x[0] ** 2 - x[1] ** 2


def plateau(x):
    """A bowl with a flat rim: f = 1 − exp(−(x0² + x1²)/0.5), a plateau (고원)."""
    return 1 - np.exp(-(x[0] ** 2 + x[1] ** 2) / 0.5)


def central_differences(f, points, h=1e-4):
    """numerical_gradient's central differences at every row of points at once.

    f must take an array whose first axis holds x0, x1 (as bowl does); the
    numbers are those of numerical_gradient, computed without a Python loop.
    """
    grads = np.empty_like(points, dtype=float)
    for i in range(points.shape[1]):
        step = np.zeros(points.shape[1])
        step[i] = h
        grads[:, i] = (f((points + step).T) - f((points - step).T)) / (2 * h)
    return grads


# the alt text of plot_saddle_and_plateau's figure: show(viz.SADDLE_PLATEAU_ALT)
SADDLE_PLATEAU_ALT = N_(
    "Two fields of arrows of minus the gradient. Left, the saddle f = x0² − x1²: "
    "arrows point in towards the x1 axis and out along it, and the point (0, 0), "
    "marked by a red star, has gradient 0 but is no minimum. Right, a bowl with a "
    "flat rim: long arrows point at the minimum in the middle, a green star, while "
    "on the flat plateau outside radius 1.5 the arrows shrink to dots."
)


def plot_saddle_and_plateau():
    """Two places where the gradient is (almost) 0 but no minimum is: a static figure.

    Left, the saddle x0² − x1² with its arrows of −∇f; right, a bowl whose
    rim is a plateau, where the arrows all but vanish. Returns the figure
    (show it with viz.show(alt)).
    """
    import matplotlib.pyplot as plt  # a pyplot figure, for viz.show

    fig, axes = plt.subplots(1, 2, figsize=(8.0, 3.9))
    fig.subplots_adjust(left=0.07, right=0.98, bottom=0.12, top=0.92, wspace=0.2)
    X, Y = np.meshgrid(GRID, GRID)
    points = np.column_stack([X.ravel(), Y.ravel()])
    fine = np.linspace(-2.5, 2.75, 106)
    FX, FY = np.meshgrid(fine, fine)
    panels = [  # the saddle point a red star, the plateau's minimum a green one
        (saddle, _("saddle point (star): f = x0² − x1²"), "tab:red"),
        (plateau, _("plateau (the flat rim): f = 1 − exp(−2(x0² + x1²))"), "tab:green"),
    ]
    for ax, (f, title, star) in zip(axes, panels, strict=True):
        grads = central_differences(f, points)
        scale = np.max(np.linalg.norm(grads, axis=1)) / 0.5  # longest: 2 spacings
        ax.contour(FX, FY, f(np.array([FX, FY])), levels=10, colors="0.85")
        ax.quiver(
            *points.T, *(-grads.T), color="0.45", width=0.004, angles="xy",
            scale_units="xy", scale=scale,
        )  # fmt: skip
        ax.plot([0], [0], "*", color=star, ms=12)
        ax.set(
            xlim=(-2.5, 2.75), ylim=(-2.5, 2.75), aspect="equal", xlabel="x0",
            ylabel="x1", title=title,
        )  # fmt: skip
    return fig
