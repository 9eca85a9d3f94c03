"""Sliders that drive a matplotlib figure at once, and a way to test them.

An :class:`Explorer` shows a figure as an ``ipywidgets.Image``. On each
slider move it calls ``update(**values)``, which changes the figure's
artists, and redraws only the artists marked ``animated=True`` over a
cached background (blitting): a few milliseconds a move instead of the
tens that re-drawing a whole figure costs. When ``update`` changes an axis
range (or returns True), the whole figure is drawn again.

Displayed in a notebook, an Explorer carries a PNG of its current state as
well as the live widget, so GitHub and nbviewer show the figure before
anything is run. Every Explorer registers itself; :func:`exercise_all`
moves every control of every live Explorer to its extremes and a few values
between, which is how the tests drive the widgets from the kernel.
"""

from __future__ import annotations

import asyncio
import base64
import html
import io
import numbers
import struct
import sys
import time
import weakref
import zlib

import ipywidgets as widgets
import numpy as np
import traitlets
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .i18n import N_, _, get_language, speaking

_registry: dict[str, weakref.ref] = {}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

# A live figure is shown at its intended size: one inch of figsize is CSS_DPI
# CSS pixels on the page, never stretched wider (it shrinks on a narrow
# window). While a control moves, frames are drawn at that resolution (quick);
# once the controls have rested for REST_SECONDS, the same frame is drawn
# again with CRISP device pixels per CSS pixel, sharp on HiDPI screens (most
# laptops). A crisp frame has 4x the pixels and costs ~3x the time, too slow
# for every move (see benchmarks/README.md).
CSS_DPI = 80
CRISP = 2
REST_SECONDS = 0.3


def new_figure(
    ncols: int = 1, nrows: int = 1, figsize=(6.4, 4.0), dpi: int = CSS_DPI, **kw
):
    """A figure with an Agg canvas, outside pyplot (so it is never shown twice)."""
    fig = Figure(figsize=figsize, dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(nrows, ncols, squeeze=True, **kw)
    return fig, axes


class FigureImage(widgets.Image):
    """An ipywidgets Image whose tooltip works: the page's view of a widget
    sets the title attribute (what screen readers read for an image without
    alt) only after reading the widget's `description`, which Image lacks
    (ipywidgets 8.1: "Failed to create view ... reading 'length'")."""

    description = traitlets.Unicode("").tag(sync=True)


def figure_image(fig) -> widgets.Image:
    """An Image widget for fig, laid out at the figure's intended CSS size."""
    width = round(fig.get_figwidth() * CSS_DPI)
    return FigureImage(
        format="png",
        layout=widgets.Layout(
            width=f"{width}px", max_width="100%", height="auto", object_fit="contain"
        ),
    )


def _schedule(delay: float, callback, *args) -> bool:
    """Call callback(*args) after delay seconds on the kernel's event loop.

    False where there is none (plain Python, tests): nothing is scheduled.
    The call comes on the loop's own thread, between messages, so it never
    draws at the same time as a slider's callback.
    """
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False
    loop.call_later(delay, callback, *args)
    return True


def readout(ax, x, y, ha="left", va="top", **kwargs):
    """An empty animated text box at (x, y) in axes coordinates, for the values
    that change with the sliders (set its text in update)."""
    return ax.text(
        x, y, "", transform=ax.transAxes, ha=ha, va=va, fontsize=9,
        bbox={"facecolor": "white", "alpha": 0.9, "edgecolor": "0.7"},
        animated=True, **kwargs,
    )  # fmt: skip


def _look() -> dict:
    """What every course slider shares: live updates, a readable label, a width."""
    return {
        "continuous_update": True,
        "style": {"description_width": "initial"},
        "layout": widgets.Layout(width="420px"),
    }


def _within(description, value, lo, hi, shown=None) -> None:
    """Refuse a starting value outside a slider's range (ipywidgets would
    silently move it to the nearest end)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(
            _("{description!r} must start at a number, not {value!r}").format(
                description=description, value=value
            )
        )
    if not lo <= value <= hi or value != value:
        lo_text, hi_text = shown if shown else (f"{lo:g}", f"{hi:g}")
        raise ValueError(
            _(
                "{description!r} starts at {value!r}, outside its slider's range "
                "{lo} to {hi}"
            ).format(description=description, value=value, lo=lo_text, hi=hi_text)
        )


def check_choice(name, value, options) -> None:
    """Refuse a starting value that a selection slider or buttons do not
    offer (ipywidgets would raise a TraitError from inside the widget)."""
    offered = isinstance(value, (str, numbers.Number)) and not isinstance(value, bool)
    if not (offered and any(value == option for option in options)):
        shown = ", ".join(repr(o) if isinstance(o, str) else f"{o:g}" for o in options)
        raise ValueError(
            _(
                "{name} = {value!r} is not a value its control offers; choose one "
                "of {options}"
            ).format(name=name, value=value, options=shown)
        )


def slider(description, min, max, value, step=None, fmt=".2f"):
    """A float slider with the course's look (description in the learner's language)."""
    description = _(description)
    _within(description, value, min, max)
    step = step if step is not None else (max - min) / 200
    return widgets.FloatSlider(
        value=value, min=min, max=max, step=step, description=description,
        readout_format=fmt, **_look(),
    )  # fmt: skip


def int_slider(description, min, max, value, step=1):
    """An integer slider with the course's look (description translated)."""
    description = _(description)
    _within(description, value, min, max)
    if value != int(value):
        raise ValueError(
            _("{description!r} must start at a whole number, not {value}").format(
                description=description, value=value
            )
        )
    return widgets.IntSlider(
        value=value, min=min, max=max, step=step, description=description, **_look()
    )


def log_slider(description, min_exp, max_exp, value, step=0.1, fmt=".1e"):
    """A slider over 10**min_exp .. 10**max_exp, even steps in the exponent."""
    description = _(description)
    lo, hi = 10.0**min_exp, 10.0**max_exp
    # a hair of slack at the ends: 10**-4 may not be the float the caller wrote
    _within(description, value, lo * (1 - 1e-12), hi * (1 + 1e-12),
            shown=(f"{lo:g}", f"{hi:g}"))  # fmt: skip
    return widgets.FloatLogSlider(
        value=value, base=10, min=min_exp, max=max_exp, step=step,
        description=description, readout_format=fmt, **_look(),
    )  # fmt: skip


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _png(fig) -> bytes:
    """The canvas as an RGB PNG: the same pixels Pillow would write, faster.

    Rows are stored unfiltered and deflated at level 1: a figure is mostly
    flat colour, which zlib packs as small as Pillow's filtered output. How it
    compares with Pillow's fastest settings is measured in benchmarks/README.md
    ("The PNG encoder").
    """
    canvas = fig.canvas
    w, h = canvas.get_width_height(physical=True)
    rgb = np.asarray(canvas.buffer_rgba())[..., :3].reshape(h, 3 * w)
    rows = np.zeros((h, 3 * w + 1), dtype=np.uint8)  # column 0: filter type 0
    rows[:, 1:] = rgb
    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(rows.tobytes(), 1))
        + _png_chunk(b"IEND", b"")
    )


def _palette_png(png: bytes) -> bytes:
    """png again with at most 256 colours (Pillow's fast octree, no dithering).

    A figure is flat colours, their anti-aliased edges and at most a colour
    map's 256 steps: the saved crisp frame keeps its look in less than half
    the bytes of its RGB PNG, in a few tens of milliseconds.
    """
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        quantized = image.convert("RGB").quantize(
            256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
        )
    out = io.BytesIO()
    quantized.save(out, format="png")
    return out.getvalue()


def _colab_widget_metadata() -> dict:
    """On Google Colab, the output metadata its custom widget manager needs.

    Colab renders an ipywidgets 8 view only when the output's metadata names
    its widget manager ({"colab": {"custom_widget_manager": {"url": ...}}}
    under the widget-view MIME type). Colab adds that itself to display_data
    only (a hook on IPython's display publisher); a panel shown as a cell's
    last expression is an execute_result, so Panel._repr_mimebundle_ returns
    it alongside the data, as anywidget does. Turns the manager on if the
    setup cell has not. Empty anywhere else, or if Colab's API has changed.
    """
    colab_output = sys.modules.get("google.colab.output")
    if colab_output is None:
        return {}
    try:
        url = colab_output._widgets._installed_url
        if not url:
            colab_output.enable_custom_widget_manager()
            url = colab_output._widgets._installed_url
    except Exception:  # an unknown Colab: show the widget as Colab would
        return {}
    if not url:
        return {}
    return {WIDGET_VIEW: {"colab": {"custom_widget_manager": {"url": url}}}}


def widget_bundle(
    widget, text: str, static: dict, alt: str | None = None, width: int | None = None
):
    """What a notebook shows of a widget: the live view, and for readers
    without a kernel (GitHub, nbviewer) `text` and the `static` data.

    The live view is written out rather than taken from the widget: ipywidgets
    7 (still loaded in some Colab kernels) has no _repr_mimebundle_. Returns
    (data, metadata) where there is metadata: the alt text of the static
    image and its width in CSS pixels (a crisp image has more pixels than
    that), and on Colab the metadata its widget manager needs.
    """
    data = {
        WIDGET_VIEW: {
            "version_major": 2,
            "version_minor": 0,
            "model_id": widget.model_id,
        },
        "text/plain": text,
        **static,
    }
    metadata = _colab_widget_metadata()
    image = {"alt": alt} if alt else {}
    if width:
        image["width"] = width
    if image and "image/png" in static:
        metadata["image/png"] = image
    return (data, metadata) if metadata else data


class Panel:
    """What every control panel of the course shares: a figure driven by
    controls, shown live with a status line under it.

    fig: a Figure from :func:`new_figure`.
    controls: name -> ipywidgets value widget (slider, dropdown, checkbox).
    name: shown as name(control=value, ...) to readers without a kernel.
    alt: what the figure shows, in words (see :attr:`alt`); may be set later.

    A subclass calls this first, then answers moves in :meth:`_on_change`,
    draws its first frame (:meth:`_render`) and calls :func:`register`. The
    panel then shows a PNG to static readers, closes cleanly, reports an
    error without dying, and can be exercised by tests.
    """

    def __init__(self, fig, controls, name, alt=None):
        self.fig = fig
        self.controls = dict(controls)
        self.name = name
        self.image = figure_image(fig)
        self.status = widgets.HTML()
        self.errors: list[BaseException] = []
        self._language = get_language()  # kept if the learner switches
        self._alt = None
        if alt is not None:
            self.alt = alt
        # the drawing state of a new figure: nothing cached, nothing drawn crisp
        self.crisp_timings: list[float] = []  # seconds per crisp frame at rest
        self.scale = 1  # device pixels per CSS pixel of the frame shown
        self._backgrounds: dict[int, tuple] = {}  # scale -> (pixels, axis limits)
        self._moves = 0  # counts frames, so that only the last one turns crisp
        self._listen()
        self.widget = widgets.VBox(
            [widgets.VBox(list(self.controls.values())), self.image, self.status]
        )

    @property
    def alt(self) -> str | None:
        """What the figure shows, in words: the saved picture's alt text, and
        the live image's title (screen readers read it; it shows on hover).
        Set in English, it is translated into the panel's language."""
        return self._alt

    @alt.setter
    def alt(self, text: str) -> None:
        with speaking(self.language):
            text = _(text)
        self._alt = text
        self.image.tooltip = text

    @property
    def language(self) -> str:
        """The language the panel was built in, which it keeps speaking."""
        return self._language

    @property
    def values(self) -> dict:
        return {name: c.value for name, c in self.controls.items()}

    def _listen(self) -> None:
        for control in self.controls.values():
            control.observe(self._on_change, names="value")

    def _on_change(self, change) -> None:
        raise NotImplementedError

    def _after_move(self) -> None:
        """What exercise() does after each move, besides the panel's own callback."""

    def _children(self) -> list:
        return [*self.controls.values(), self.image, self.status]

    def _show_error(self, doing: str, error: BaseException) -> None:
        """Record error and say it in red under the figure; the panel lives on."""
        self.errors.append(error)
        with speaking(self.language):
            said = _("Could not {doing} ({values}): {error}").format(
                doing=_(doing),
                values=html.escape(repr(self.values)),
                error=html.escape(f"{type(error).__name__}: {error}"),
            )
        self.status.value = f'<span style="color:#b00020">{said}</span>'

    def _repr_mimebundle_(self, **kwargs):
        # a choice of words as the learner sees it (its label, translated)
        shown = {
            name: c.label
            if isinstance(c.value, str) and isinstance(getattr(c, "label", None), str)
            else c.value
            for name, c in self.controls.items()
        }
        args = ", ".join(f"{k}={v!r}" for k, v in shown.items())
        # the saved picture is the frame at rest, crisp (CRISP * CSS_DPI dpi),
        # laid out at the live figure's size: a static reader sees what a
        # learner sees once the sliders rest, not the quick frame
        if self.scale != CRISP:
            try:
                self._draw_crisp()
            except Exception as error:  # the quick frame is saved instead
                self._show_error(N_("draw the sharp frame"), error)
        return widget_bundle(
            self.widget,
            f"{self.name}({args})",
            {"image/png": base64.b64encode(_palette_png(self.image.value)).decode()},
            alt=self.alt,
            width=round(self.fig.get_figwidth() * CSS_DPI),
        )

    def close(self) -> None:
        """Stop listening to the controls and close the widgets (once)."""
        if self.widget.comm is None:
            return
        for control in self.controls.values():
            control.unobserve(self._on_change, names="value")
        self.widget.close()
        for child in self._children():
            child.close()

    def exercise(self, between: int = 3) -> dict:
        """Move each control to its extremes and `between` values in between.

        Returns a report: per control how many moves changed the picture, and
        the errors raised (as text). Values are put back after.
        """
        first_error = len(self.errors)
        changed = {}
        for name, control in self.controls.items():
            original = control.value
            changed[name] = 0
            for value in values_to_try(control, between):
                before = self.image.value
                control.value = value
                self._after_move()
                changed[name] += self.image.value != before
            control.value = original
        errors = [f"{type(e).__name__}: {e}" for e in self.errors[first_error:]]
        return {"name": self.name, "changed": changed, "errors": errors}

    # --- drawing the figure: one path for every live figure -----------------
    # A panel calls _render(full) for each new frame and _sharpen_later() after it.

    def _sharpen_later(self) -> None:
        """Draw the frame just shown crisp once nothing new came for a while."""
        self._moves += 1
        _schedule(REST_SECONDS, self._sharpen, self._moves)

    def _sharpen(self, move: int) -> None:
        """Draw the current frame crisp, if no move came since `move`."""
        if move != self._moves or self.widget.comm is None:
            return
        start = time.perf_counter()
        try:
            self._draw_crisp()
        except Exception as error:
            self._show_error(N_("draw the sharp frame"), error)
        self.crisp_timings.append(time.perf_counter() - start)

    def _draw_crisp(self) -> None:
        """Draw the current frame again with CRISP device pixels per CSS pixel."""
        engine = self.fig.get_layout_engine()
        try:
            # the layout as drawn at 1x: recomputed at 2x, rounding of text
            # extents would shift the axes by a pixel against the 1x frames
            self.fig.set_layout_engine("none")
            with speaking(self.language):
                self._render(False, scale=CRISP)
        finally:
            self.fig.set_layout_engine(engine)

    def _animated(self):
        children = [a for ax in self.fig.axes for a in ax.get_children()]
        children += self.fig.texts + self.fig.legends
        found = [a for a in children if a.get_animated()]
        return sorted(found, key=lambda a: a.get_zorder())

    def _render(self, full: bool, scale: int = 1) -> None:
        """Draw at scale device pixels per CSS pixel: blit the animated artists
        over the cached background of that scale, or draw everything when
        asked, when the axis ranges changed, or when there is no cache yet."""
        canvas = self.fig.canvas
        if self.fig.dpi != CSS_DPI * scale:
            self.fig.set_dpi(CSS_DPI * scale)
        limits = [tuple(np.round(ax.viewLim.bounds, 12)) for ax in self.fig.axes]
        cached = self._backgrounds.get(scale)
        if full or cached is None or cached[1] != limits:
            if full or (cached is not None and cached[1] != limits):
                self._backgrounds.clear()  # every scale's background is stale
            canvas.draw()  # everything but the animated artists
            self._backgrounds[scale] = (canvas.copy_from_bbox(self.fig.bbox), limits)
        else:
            canvas.restore_region(cached[0])
        for artist in self._animated():
            self.fig.draw_artist(artist)
        self.image.value = _png(self.fig)
        self.scale = scale


class Explorer(Panel):
    """Controls that drive a figure; see the module's docstring.

    update: called as update(**values) with each control's value by name; it
    changes the figure's animated artists.
    fig, controls, alt: as for :class:`Panel`.
    name: the function that made it (default: update's name);
    key: what a re-run of its cell replaces (default: name), for a function
    that shows several explorers.
    """

    def __init__(self, fig, update, controls, name=None, key=None, alt=None):
        self.update = update
        self.timings: list[float] = []  # seconds per redraw: update + render + PNG
        name = name or getattr(update, "__name__", "Explorer")
        super().__init__(fig, controls, name, alt)
        self.key = key or self.name  # what a re-run of its cell replaces
        self.redraw(full=True)
        register(self)

    def _on_change(self, change):
        self.redraw()

    def redraw(self, full: bool = False) -> None:
        """Call update with the current values and show the new frame.

        The frame is the quick one; a crisp one follows once the controls
        rest (in a kernel; see CRISP).
        """
        start = time.perf_counter()
        try:
            with speaking(self.language):  # the language it was built in
                wants_full = self.update(**self.values)
                self._render(full or bool(wants_full), scale=1)
            self.status.value = ""
        except Exception as error:  # keep the widget alive and say what went wrong
            self._show_error(N_("draw this setting"), error)
            return
        finally:
            self.timings.append(time.perf_counter() - start)
        self._sharpen_later()


def values_to_try(control, between: int = 3) -> list:
    """The extremes of a control and a few values between, in a sweep and back."""
    if isinstance(control, widgets.FloatLogSlider):
        exps = np.linspace(control.min, control.max, between + 2)
        values = [float(control.base**e) for e in exps]
    elif isinstance(control, (widgets.FloatSlider, widgets.IntSlider)):
        values = np.linspace(control.min, control.max, between + 2).tolist()
        if isinstance(control, widgets.IntSlider):
            values = [int(round(v)) for v in values]
    elif isinstance(control, widgets.Checkbox):
        values = [not control.value, control.value]
    elif hasattr(control, "options"):
        options = list(control.options)
        values = [o[1] if isinstance(o, tuple) else o for o in options]
    else:
        raise TypeError(f"do not know how to move a {type(control).__name__}")
    return values + values[::-1][1:]


def register(obj) -> None:
    """Register a panel (it has .name, .exercise() and .close()) for the tests.

    Re-running a notebook cell makes a new panel under the same key (.key,
    else .name): the old one is closed, so that a kernel does not pile up
    dead figures.
    """
    key = getattr(obj, "key", obj.name)
    old = _registry.pop(key, None)
    old = old() if old is not None else None
    if old is not None and old is not obj:
        old.close()
    _registry[key] = weakref.ref(obj)


def live() -> list:
    """Registered panels that are still alive, oldest first."""
    return [o for o in (r() for r in _registry.values()) if o is not None]


def exercise_all(between: int = 3) -> list[dict]:
    """Exercise every live registered control panel; return their reports."""
    return [obj.exercise(between) for obj in live()]
