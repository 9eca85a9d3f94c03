"""The browser suite can fail: its checks, tried on cases made to fail.

The pure checks are tried on hand-made inputs; the page checks on a notebook
made here, in the test server's temporary folder, with one slider that
drives its figure, one that drives nothing, and a widget view whose model
does not exist (what a learner sees as "Error displaying widget").
"""

from __future__ import annotations

import nbformat
import pytest
from lab import (
    INTERACTIVE_TEXT,
    NotebookDriver,
    check_fresh_run,
    expected_from_saved,
    korean_font_families,
)


def test_fresh_run_check():
    check_fresh_run(["[1]:", "[ ]:", "[2]:"], [False, True, False])
    with pytest.raises(AssertionError, match="not a fresh run"):
        check_fresh_run(["[3]:", "[ ]:", "[4]:"], [False, True, False])  # old kernel
    with pytest.raises(AssertionError, match="not a fresh run"):
        check_fresh_run(["[1]:", "[*]:"], [False, False])  # still running
    with pytest.raises(AssertionError, match="not a fresh run"):
        check_fresh_run(["[2]:", "[1]:"], [False, False])  # run out of order


def test_interactive_figure_text():
    assert INTERACTIVE_TEXT.match("tangent_explorer(x=5.0, h=0.0001, method='central')")
    assert not INTERACTIVE_TEXT.match("<Figure size 640x480 with 1 Axes>")
    assert not INTERACTIVE_TEXT.match("2.302585")


def test_expected_from_saved(tmp_path):
    out = nbformat.v4.new_output
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# t"),
        nbformat.v4.new_code_cell("import numpy as np"),
        nbformat.v4.new_code_cell(""),
        nbformat.v4.new_code_cell(
            "viz.explorer()",
            outputs=[
                out("execute_result", {"text/plain": "f(x=1.0)", "image/png": "iVBO"})
            ],
        ),
        nbformat.v4.new_code_cell(
            "plt.show()",
            outputs=[
                out(
                    "display_data",
                    {"text/plain": "<Figure size 1x1 with 1 Axes>", "image/png": "i"},
                )
            ],
        ),
    ]
    path = tmp_path / "t.ipynb"
    nbformat.write(nb, path)
    expected = expected_from_saved(path)
    assert (expected.code_cells, expected.interactive_figures) == (3, 1)


SELF_TEST = """\
import numpy as np
from IPython.display import display

from dlscratch_helpers.widgets import Explorer, new_figure, slider

fig, ax = new_figure()
(dot,) = ax.plot([0], [0], "o", animated=True)
ax.set_xlim(-1, 1)
ax.set_ylim(-1, 1)


def update(moves, dead):
    dot.set_data([moves], [0])


Explorer(fig, update, {"moves": slider("moves", -1, 1, 0.0),
                       "dead": slider("dead", -1, 1, 0.0)}, name="selftest")"""

MISSING_MODEL = """\
display({"application/vnd.jupyter.widget-view+json":
         {"model_id": "no-such-model", "version_major": 2, "version_minor": 0},
         "text/plain": "a view of a widget that does not exist"}, raw=True)"""


def test_the_page_checks_catch_a_dead_slider_and_a_missing_model(lab_server, page):
    folder = lab_server.root / "selftest"
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    nb.cells = [
        nbformat.v4.new_markdown_cell("## 손실 함수 (loss function)"),
        nbformat.v4.new_code_cell(SELF_TEST),
        nbformat.v4.new_code_cell(MISSING_MODEL),
    ]
    nbformat.write(nb, folder / "selftest.ipynb")
    lab_server.clear_sessions()
    driver = NotebookDriver(page, lab_server)
    try:
        driver.open("selftest/selftest.ipynb")
        prompts = driver.clear_and_run_all(2, timeout=60)
        check_fresh_run(prompts, [False, False])
        assert driver.sent_widget_views() == 2
        found = driver.wait_widgets_settled(2, timeout=5)
        states = sorted(w["state"] for w in found)
        assert states[0] in ("error", "loading") and states[1] == "rendered", found
        explorer = next(w for w in found if w["state"] == "rendered")
        reports = {
            r.label: r
            for r in driver.move_sliders(driver.output_node(explorer["index"]))
        }
        assert reports["moves"].moved and reports["moves"].figure_changed
        assert reports["dead"].moved and not reports["dead"].figure_changed
        assert reports["dead"].keys[-1] in ("End", "Home")  # tried to the very end
        # the Hangul check: drawn with a Korean font here; were none installed
        # (no font of the set), every element would be reported
        korean = korean_font_families()
        drawn = driver.hangul_fonts(korean)
        assert drawn["probed"] >= 1 and drawn["without_korean_font"] == [], drawn
        boxes = driver.hangul_fonts({"a font that no machine has"})
        assert len(boxes["without_korean_font"]) == drawn["probed"], boxes
    finally:
        lab_server.clear_sessions()
