"""The Explorer: blitting, full redraws, caught errors, static output, exercise."""

import base64
import io

import ipywidgets
import numpy as np
import pytest
from PIL import Image

from dlscratch_helpers import widgets as W


def _pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def test_the_png_encoder_writes_exactly_the_canvas_pixels():
    # widgets' own PNG encoder (not Pillow's): every pixel decoded as drawn
    fig, ax = W.new_figure(figsize=(3.1, 2.3))  # odd sizes: no row padding
    ax.plot([0, 1], [0, 1], color="tab:red")
    ax.set_title("ä ∇ 0.123")
    fig.canvas.draw()
    canvas = np.asarray(fig.canvas.buffer_rgba())[..., :3]
    decoded = _pixels(W._png(fig))
    assert decoded.shape == canvas.shape
    assert np.array_equal(decoded, canvas)


@pytest.fixture
def line_explorer():
    fig, ax = W.new_figure(figsize=(4, 3))
    xs = np.linspace(0, 1, 50)
    ax.set(xlim=(0, 1), ylim=(0, 2))
    (line,) = ax.plot([], [], color="red", animated=True)

    def update(a, grow):
        line.set_data(xs, a * xs)
        if grow:
            ax.set_ylim(0, 2 + a)  # a range change: the whole figure must be redrawn

    explorer = W.Explorer(
        fig,
        update,
        {"a": W.slider("a", 0.0, 2.0, 1.0), "grow": ipywidgets.Checkbox(value=False)},
        name="test_line",
    )
    yield explorer
    explorer.close()


def test_moving_a_slider_redraws_the_picture(line_explorer):
    before = _pixels(line_explorer.image.value)
    line_explorer.controls["a"].value = 2.0
    after = _pixels(line_explorer.image.value)
    assert before.shape == after.shape == (240, 320, 3)
    assert (before != after).any()
    assert line_explorer.errors == []


def test_blitted_frame_equals_a_full_redraw(line_explorer):
    line_explorer.controls["a"].value = 0.5  # blitted
    blitted = _pixels(line_explorer.image.value)
    line_explorer.redraw(full=True)
    np.testing.assert_array_equal(blitted, _pixels(line_explorer.image.value))


def test_a_range_change_triggers_a_full_redraw(line_explorer):
    calls = []
    canvas = line_explorer.fig.canvas
    original = canvas.draw
    canvas.draw = lambda *a, **k: (calls.append(1), original(*a, **k))
    line_explorer.controls["a"].value = 1.5  # same limits: blit, no full draw
    assert calls == []
    line_explorer.controls["grow"].value = True  # ylim changes: full draw
    assert calls == [1]
    assert line_explorer.fig.axes[0].get_ylim() == (0, 3.5)


def test_an_error_in_update_is_shown_and_recorded_not_raised():
    fig, ax = W.new_figure(figsize=(3, 2))

    def update(a):
        if a > 1:
            raise ValueError("a too big")

    explorer = W.Explorer(fig, update, {"a": W.slider("a", 0.0, 2.0, 0.5)}, name="err")
    explorer.controls["a"].value = 1.5  # must not raise
    assert [str(e) for e in explorer.errors] == ["a too big"]
    assert "ValueError: a too big" in explorer.status.value
    explorer.controls["a"].value = 0.5
    assert explorer.status.value == ""  # cleared once drawing works again
    report = explorer.exercise()
    assert report["errors"] == ["ValueError: a too big"] * len(report["errors"])
    assert report["errors"]
    explorer.close()


def test_static_output_has_png_and_deterministic_text(line_explorer):
    bundle, _ = line_explorer._repr_mimebundle_()
    assert bundle["text/plain"] == "test_line(a=1.0, grow=False)"
    view = bundle["application/vnd.jupyter.widget-view+json"]
    assert view == line_explorer.widget._repr_mimebundle_()[W.WIDGET_VIEW]
    assert view["model_id"] == line_explorer.widget.model_id
    png = base64.b64decode(bundle["image/png"])
    assert png.startswith(b"\x89PNG")
    assert_saved_is_the_crisp_frame(line_explorer, png)


def assert_saved_is_the_crisp_frame(panel, png):
    """The saved picture is the frame at rest: crisp, CRISP * CSS_DPI dpi (at
    least 120, legible), in a palette of at most 256 colours, and the same
    pixels as the live image's RGB to within the palette's rounding."""
    assert panel.scale == W.CRISP and W.CRISP * W.CSS_DPI >= 120
    saved, live = Image.open(io.BytesIO(png)), _pixels(panel.image.value)
    assert saved.mode == "P"
    width, height = panel.fig.get_size_inches() * W.CSS_DPI * W.CRISP
    assert saved.size == (round(width), round(height))
    difference = np.abs(_pixels(png).astype(int) - live)
    assert difference.mean() < 2 and difference.max() < 40


def test_exercise_sweeps_every_control_and_restores_it(line_explorer):
    report = line_explorer.exercise(between=3)
    assert report["name"] == "test_line"
    assert report["errors"] == []
    assert report["changed"]["a"] >= 4 and report["changed"]["grow"] >= 1
    assert line_explorer.values == {"a": 1.0, "grow": False}


def test_values_to_try_reach_the_extremes():
    log = W.log_slider("h", -10, 0, 1e-4)
    values = W.values_to_try(log, between=1)
    assert values[0] == pytest.approx(1e-10) and max(values) == pytest.approx(1.0)
    ints = W.values_to_try(W.int_slider("n", 1, 200, 100), between=2)
    assert ints[:4] == [1, 67, 134, 200] and all(isinstance(v, int) for v in ints)
    toggle = ipywidgets.ToggleButtons(options=["central", "forward"])
    assert set(W.values_to_try(toggle)) == {"central", "forward"}


def test_a_new_panel_of_the_same_name_closes_the_old_one():
    fig, _ = W.new_figure(figsize=(2, 2))
    first = W.Explorer(fig, lambda a: None, {"a": W.slider("a", 0, 1, 0.5)}, name="dup")
    second = W.Explorer(
        fig, lambda a: None, {"a": W.slider("a", 0, 1, 0.5)}, name="dup"
    )
    assert [p for p in W.live() if p.name == "dup"] == [second]
    assert first.widget.comm is None  # closed
    second.close()


def test_a_blitted_move_skips_the_full_draw(line_explorer):
    draws = []
    canvas = line_explorer.fig.canvas
    original = canvas.draw
    canvas.draw = lambda *a, **k: (draws.append(1), original(*a, **k))
    for v in np.linspace(0, 2, 10):
        line_explorer.controls["a"].value = float(v)
    assert draws == []
    assert len(line_explorer.timings) >= 11


# --- the intended size, and a crisp frame once the controls rest -------------


def test_the_image_is_laid_out_at_the_figure_size_never_stretched(line_explorer):
    layout = line_explorer.image.layout
    assert layout.width == f"{4 * W.CSS_DPI}px"  # figsize 4 inches
    assert layout.max_width == "100%" and layout.height == "auto"


def test_sharpen_draws_the_same_frame_at_twice_the_pixels(line_explorer):
    line_explorer._sharpen(line_explorer._moves)  # caches the 2x background
    line_explorer.controls["a"].value = 0.5  # a quick frame
    quick = _pixels(line_explorer.image.value)
    line_explorer._sharpen(line_explorer._moves)  # blitted at 2x
    crisp = _pixels(line_explorer.image.value)
    assert crisp.shape == (2 * quick.shape[0], 2 * quick.shape[1], 3)
    assert line_explorer.scale == W.CRISP
    # the blitted crisp frame equals a crisp frame drawn from scratch
    line_explorer._backgrounds.clear()
    line_explorer._sharpen(line_explorer._moves)
    np.testing.assert_array_equal(crisp, _pixels(line_explorer.image.value))
    # and it shows the same picture: shrunk back, it matches the quick frame
    small = crisp.reshape(quick.shape[0], 2, quick.shape[1], 2, 3).mean(axis=(1, 3))
    assert np.mean(np.abs(small - quick)) < 6  # antialiasing differs, not content


def test_a_move_after_a_crisp_frame_is_quick_again_and_blitted(line_explorer):
    line_explorer._sharpen(line_explorer._moves)
    calls = []
    canvas = line_explorer.fig.canvas
    original = canvas.draw
    canvas.draw = lambda *a, **k: (calls.append(1), original(*a, **k))
    line_explorer.controls["a"].value = 1.5
    assert line_explorer.scale == 1 and calls == []  # 1x background reused
    blitted = _pixels(line_explorer.image.value)
    line_explorer.redraw(full=True)
    np.testing.assert_array_equal(blitted, _pixels(line_explorer.image.value))


def test_only_the_last_move_turns_crisp(line_explorer):
    line_explorer.controls["a"].value = 0.2
    stale = line_explorer._moves
    line_explorer.controls["a"].value = 0.3
    line_explorer._sharpen(stale)  # a timer from an earlier move: ignored
    assert line_explorer.scale == 1 and line_explorer.crisp_timings == []


def test_in_a_kernel_the_crisp_frame_follows_once_the_slider_rests(line_explorer):
    import asyncio

    async def move_and_wait():
        for value in (0.2, 0.4, 0.6):  # a quick drag: each move a quick frame
            line_explorer.controls["a"].value = value
            assert line_explorer.scale == 1
        await asyncio.sleep(W.REST_SECONDS + 0.3)

    asyncio.run(move_and_wait())
    assert line_explorer.scale == W.CRISP
    assert len(line_explorer.crisp_timings) == 1  # one crisp frame, for the last


def test_a_closed_explorer_does_not_draw_later(line_explorer):
    line_explorer.controls["a"].value = 0.7
    line_explorer.close()
    line_explorer._sharpen(line_explorer._moves)
    assert line_explorer.crisp_timings == []


def test_the_saved_picture_carries_its_alt_text_and_css_width(line_explorer):
    # no alt: the width alone, the live figure's (4 inches of CSS_DPI pixels)
    _, metadata = line_explorer._repr_mimebundle_()
    assert metadata == {"image/png": {"width": 4 * W.CSS_DPI}}
    line_explorer.alt = "A red line through the origin; slope set by the slider a."
    data, metadata = line_explorer._repr_mimebundle_()
    assert metadata == {"image/png": {"alt": line_explorer.alt, "width": 320}}
    assert line_explorer.image.tooltip == line_explorer.alt  # the live image's title
    assert data["text/plain"] == "test_line(a=1.0, grow=False)"
    assert_saved_is_the_crisp_frame(line_explorer, base64.b64decode(data["image/png"]))


def test_alt_given_to_the_constructor_is_the_saved_alt_text():
    fig, ax = W.new_figure(figsize=(3, 2))
    (line,) = ax.plot([], [], animated=True)
    alt = "A line from the origin up to the height a."
    explorer = W.Explorer(
        fig, lambda a: line.set_data([0, 1], [0, a]),
        {"a": W.slider("a", 0.0, 1.0, 0.5)}, name="test_alt", alt=alt,
    )  # fmt: skip
    data, metadata = explorer._repr_mimebundle_()
    assert metadata == {"image/png": {"alt": alt, "width": 3 * W.CSS_DPI}}
    assert explorer.image.tooltip == explorer.alt
    assert data["text/plain"] == "test_alt(a=0.5)"
    explorer.close()


def test_a_panel_is_its_constructor_a_callback_and_a_first_frame():
    class Counter(W.Panel):  # a figure that counts the moves of its slider
        def __init__(self):
            fig, ax = W.new_figure(figsize=(3, 2))
            self.text = ax.text(0.5, 0.5, "", animated=True)
            self.moves = 0
            controls = {"n": W.int_slider("n", 0, 4, 0)}
            super().__init__(fig, controls, "counter", alt="The number of moves.")
            self._on_change(None)  # the first frame
            W.register(self)

        def _on_change(self, change):
            self.text.set_text(str(self.moves))
            self.moves += 1
            self._render(False)

    panel = Counter()
    assert W.live()[-1] is panel
    # 0 (no move: it is there), 2, 4, 2, 0: four moves, each a new picture
    report = panel.exercise(between=1)
    assert report == {"name": "counter", "changed": {"n": 4}, "errors": []}
    data, metadata = panel._repr_mimebundle_()
    assert data["text/plain"] == "counter(n=0)"
    assert metadata == {"image/png": {"alt": "The number of moves.", "width": 240}}
    assert_saved_is_the_crisp_frame(panel, base64.b64decode(data["image/png"]))
    panel.close()
    assert panel.widget.comm is None
    panel.controls["n"].value = 3  # no longer listened to: no frame drawn
    assert panel.moves == 5


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: W.slider("x", 0.0, 1.0, 1.5), r"'x' starts at 1.5, outside .* 0 to 1"),
        (lambda: W.slider("x", 0.0, 1.0, float("nan")), "'x' starts at nan"),
        (lambda: W.int_slider("n", 1, 10, 0), r"'n' starts at 0, outside .* 1 to 10"),
        (lambda: W.int_slider("n", 1, 10, 2.5), "'n' must start at a whole number"),
        (lambda: W.log_slider("lr", -4, 1, 100.0), r"outside .* 0.0001 to 10"),
        (lambda: W.log_slider("lr", -4, 1, -0.1), "'lr' starts at -0.1"),
        (lambda: W.slider("x", 0.0, 1.0, "0.5"), "'x' must start at a number"),
    ],
)
def test_a_slider_refuses_a_start_outside_its_range(make, message):
    with pytest.raises((ValueError, TypeError), match=message):
        make()


def test_slider_ends_are_allowed():
    assert W.log_slider("h", -4, 0, 1e-4).value == pytest.approx(1e-4)
    assert W.log_slider("h", -4, 0, 1.0).value == 1.0
    assert W.int_slider("n", 1, 10, 10).value == 10


def test_an_unknown_function_name_is_refused_with_the_names():
    from dlscratch_helpers.viz import gradient

    with pytest.raises(ValueError, match=r"function must be one of 'x0² \+ x1²'"):
        gradient.gradient_field_explorer("x0**3")
