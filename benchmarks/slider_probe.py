"""Time every interactive figure of a notebook, inside the notebook's own kernel.

benchmarks/run.py executes a notebook in a fresh kernel, then runs this file
in that kernel (in a namespace of its own) and calls :func:`measure`, which
prints one JSON line. For each live :class:`dlscratch_helpers.widgets.Explorer`:

- **measured**: each control is moved through its extremes and values between
  (``widgets.values_to_try``), ``repeats`` sweeps, and each move is timed end
  to end: ``control.value = v`` returns only after the Explorer's observer has
  called ``update``, rendered with Agg (blit, or a full ``canvas.draw()``),
  encoded the PNG and sent it to the front end. The Explorer's own
  ``.timings`` are recorded beside it as a cross-check.
- **baseline**: the naive pattern, in the same kernel on the same figure:
  ``ipywidgets.interactive_output`` with a callback that builds a new
  matplotlib figure with the same content on each move and shows it with the
  inline backend (``display(fig)``: a full draw with ``bbox_inches="tight"``
  and a PNG in the crisp ``retina`` format, sent through the Output widget
  after ``clear_output``). The Explorer's quick frame is timed against it;
  the crisp frame it draws once a slider rests is reported beside it. The new
  figure is a copy of the Explorer's figure after ``update``
  (:func:`_copy_figure`); the time the copy takes is subtracted, so the
  baseline is a lower bound of what the naive pattern costs (naive code also
  recomputes its data and re-creates its artists by hand). An Explorer whose
  figure cannot be copied is timed without a baseline, and the reason is
  reported (``baseline_skipped``).

Panels that are not Explorers (buttons that train, for example) are listed
with the reason they are not timed.
"""

from __future__ import annotations

import copy
import json
import statistics
import time


def _median_ms(values):
    return round(1000 * statistics.median(values), 3) if values else None


def _copy_control(control):
    """A control of the same kind and range, not observed by the Explorer."""
    kind = type(control)
    kw = {}
    for key in ("options", "min", "max", "step", "base"):
        if control.has_trait(key):
            kw[key] = getattr(control, key)
    return kind(value=control.value, **kw)


def _copy_figure(fig):
    """A new figure with fig's content, as the naive pattern makes on each move.

    A deep copy: unlike pickle it takes a figure that holds a function such as
    a lambda tick formatter, so the course's figures need not be written for
    the benchmark.
    """
    return copy.deepcopy(fig)


def _sweeps(explorer, between):
    from dlscratch_helpers import widgets as W

    return {
        name: W.values_to_try(control, between)
        for name, control in explorer.controls.items()
    }


def _time_explorer(explorer, sweeps, repeats):
    moves, internal, full_redraws = [], [], 0
    per_control = {name: [] for name in sweeps}
    for _ in range(repeats):
        for name, values in sweeps.items():
            control = explorer.controls[name]
            for value in values:
                if control.value == value:
                    continue
                count = len(explorer.timings)
                background = explorer._backgrounds.get(1)
                start = time.perf_counter()
                control.value = value
                elapsed = time.perf_counter() - start
                if len(explorer.timings) == count:
                    continue  # the widget rounded the value to the one it had
                moves.append(elapsed)
                per_control[name].append(elapsed)
                internal.append(explorer.timings[-1])
                full_redraws += explorer._backgrounds.get(1) is not background
    return moves, internal, full_redraws, per_control


def _time_baseline(explorer, sweeps):
    import ipywidgets as widgets
    from IPython.display import display

    try:
        _copy_figure(explorer.fig)
    except Exception as error:
        return [], [], [], f"its figure cannot be copied ({type(error).__name__})"
    copies = {name: _copy_control(c) for name, c in explorer.controls.items()}
    copy_seconds = []
    errors = []

    def naive(**values):
        try:
            start = time.perf_counter()
            explorer.update(**values)  # the content the Explorer would show
            fig = _copy_figure(explorer.fig)  # "a new figure"
            copy_seconds.append(time.perf_counter() - start)
            display(fig)  # the inline backend: full draw + PNG
        except Exception as error:  # pragma: no cover - reported, not raised
            errors.append(f"{type(error).__name__}: {error}")

    out = widgets.interactive_output(naive, copies)
    moves = []
    for name, values in sweeps.items():
        control = copies[name]
        for value in values:
            if control.value == value:
                continue
            before = len(copy_seconds)
            start = time.perf_counter()
            control.value = value
            elapsed = time.perf_counter() - start
            if len(copy_seconds) == before:
                continue
            moves.append(elapsed - copy_seconds[-1])
    out.close()
    for control in copies.values():
        control.close()
    return moves, copy_seconds, errors, None


def measure_one(explorer, between=8, repeats=2, baseline_between=3):
    from dlscratch_helpers import widgets as W

    original = explorer.values
    sweeps = _sweeps(explorer, between)
    first_error = len(explorer.errors)
    _time_explorer(explorer, _sweeps(explorer, 1), 1)  # warm caches: not recorded
    moves, internal, full_redraws, per_control = _time_explorer(
        explorer, sweeps, repeats
    )
    # the naive pattern takes ~10x longer a move: fewer moves, same extremes
    baseline, copies, baseline_errors, baseline_skipped = _time_baseline(
        explorer, _sweeps(explorer, baseline_between)
    )
    for name, value in original.items():  # put the figure back as it was
        explorer.controls[name].value = value
    explorer.redraw(full=True)
    crisp_before = len(explorer.crisp_timings)
    for _ in range(5):  # the crisp frame a resting slider gets (see widgets.CRISP)
        explorer._sharpen(explorer._moves)
    crisp = explorer.crisp_timings[crisp_before:]
    width, height = explorer.fig.canvas.get_width_height(physical=True)
    return {
        "name": explorer.name,
        "kind": "Explorer",
        "controls": list(explorer.controls),
        "pixels": [width, height],
        "moves": len(moves),
        "full_redraws": full_redraws,
        "median_ms": _median_ms(moves),
        "p90_ms": round(1000 * sorted(moves)[int(0.9 * (len(moves) - 1))], 3)
        if moves
        else None,
        "max_ms": round(1000 * max(moves), 3) if moves else None,
        "internal_median_ms": _median_ms(internal),
        "crisp_median_ms": _median_ms(crisp),
        "per_control_median_ms": {k: _median_ms(v) for k, v in per_control.items()},
        "baseline_moves": len(baseline),
        "baseline_median_ms": _median_ms(baseline),
        "baseline_copy_median_ms": _median_ms(copies),
        "baseline_skipped": baseline_skipped,
        "errors": [f"{type(e).__name__}: {e}" for e in explorer.errors[first_error:]]
        + baseline_errors,
        "is_explorer": isinstance(explorer, W.Explorer),
    }


def measure(between=8, repeats=2, baseline_between=3):
    from IPython import get_ipython

    from dlscratch_helpers import widgets as W

    get_ipython().run_line_magic("matplotlib", "inline")
    # the naive pattern crisp on a HiDPI screen, as the Explorer's rested frame is
    get_ipython().run_line_magic("config", "InlineBackend.figure_formats = ['retina']")
    results = []
    for panel in W.live():
        if isinstance(panel, W.Explorer):
            results.append(measure_one(panel, between, repeats, baseline_between))
        else:
            results.append(
                {
                    "name": getattr(panel, "name", type(panel).__name__),
                    "kind": type(panel).__name__,
                    "skipped": "not a slider-driven figure (no Explorer)",
                }
            )
    print("SLIDER_JSON " + json.dumps(results))
    return results
