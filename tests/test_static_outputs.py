"""The saved notebooks read well before anything runs (GitHub, nbviewer).

A static reader has no kernel: a live widget shows nothing there, and a figure
is only what the saved outputs carry. So every cell that makes a figure must
have saved a PNG of it. A figure cell is one whose saved output says so (a
widget view, a "<Figure size ...>" text, the "name(x=...)" text of an
interactive figure) or whose code draws with pyplot or builds an Explorer.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import notebook_list
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = notebook_list.all_notebooks()  # both editions
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

# code that draws: pyplot calls that make or show a figure, or an Explorer
DRAWS = re.compile(
    r"\bplt\.(show|plot|subplots?|figure|imshow|scatter|bar|hist|quiver|contourf?)\("
    r"|\bExplorer\("
)
# the saved text of a figure: matplotlib's, or an interactive figure's
# (name(key=value, ...), as an Explorer writes it)
FIGURE_TEXT = re.compile(r"^(<Figure size [^>]*>|[A-Za-z_]\w*\(\w+=.*\))$", re.S)


def _text(data) -> str:
    text = data.get("text/plain", "")
    return ("".join(text) if isinstance(text, list) else text).strip()


def figure_cell_reason(cell) -> str | None:
    """Why a code cell counts as making a figure, or None."""
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if WIDGET_VIEW in data:
            return "a widget view in its outputs"
        text = _text(data)
        if "image/png" in data or FIGURE_TEXT.match(text):
            return f"figure output {text[:60]!r}"
    code = "\n".join(
        line for line in cell.source.splitlines() if not line.lstrip().startswith("#")
    )
    m = DRAWS.search(code)
    if m and "plt.close(" not in code:
        return f"its code calls {m.group(0)}"
    return None


def has_png(cell) -> bool:
    return any("image/png" in o.get("data", {}) for o in cell.get("outputs", []))


def test_detection_on_hand_made_cells():
    cell = nbformat.v4.new_code_cell
    out = nbformat.v4.new_output
    static = cell("viz.plot_neg_log()\nplt.show()")
    assert figure_cell_reason(static) == "its code calls plt.show("
    assert not has_png(static)
    text_only = cell(
        "f()", outputs=[out("execute_result", {"text/plain": "tangent(x=5.0)"})]
    )
    assert figure_cell_reason(text_only)
    assert not has_png(text_only)
    with_png = cell(
        "f()",
        outputs=[
            out(
                "execute_result",
                {
                    "text/plain": "<Figure size 640x480 with 1 Axes>",
                    "image/png": "iVBO",
                },
            )
        ],
    )
    assert figure_cell_reason(with_png) and has_png(with_png)
    plain = cell("print(np.arange(3))", outputs=[out("stream", text="[0 1 2]\n")])
    assert figure_cell_reason(plain) is None
    commented = cell("# plt.show() is not needed here\nx = 1")
    assert figure_cell_reason(commented) is None


@pytest.mark.parametrize(
    "path",
    NOTEBOOKS,
    ids=[notebook_list.notebook_name(p) for p in NOTEBOOKS],
)
def test_every_figure_cell_saved_a_png(path):
    nb = nbformat.read(path, as_version=4)
    figure_cells, missing = 0, []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        reason = figure_cell_reason(cell)
        if reason is None:
            continue
        figure_cells += 1
        if not has_png(cell):
            first = cell.source.splitlines()[0] if cell.source else ""
            missing.append(f"cell {index} ({reason}): {first[:60]}")
    assert not missing, (
        "figure cells without a saved PNG (re-execute with tools/execute.py):\n"
        + "\n".join(missing)
    )


@pytest.mark.parametrize(
    "path",
    NOTEBOOKS,
    ids=[notebook_list.notebook_name(p) for p in NOTEBOOKS],
)
def test_no_output_is_only_a_widget_view(path):
    """A widget view alone shows 'Error displaying widget' without its kernel."""
    nb = nbformat.read(path, as_version=4)
    bare = [
        i
        for i, c in enumerate(nb.cells)
        for o in c.get("outputs", [])
        if WIDGET_VIEW in o.get("data", {}) and "image/png" not in o["data"]
    ]
    assert not bare, f"cells {bare} saved a widget view with no PNG beside it"


@pytest.mark.parametrize(
    "path",
    NOTEBOOKS,
    ids=[notebook_list.notebook_name(p) for p in NOTEBOOKS],
)
def test_every_saved_picture_has_alt_text(path):
    """Screen readers, nbconvert and nbviewer read a picture's alt text from its
    output metadata (viz.show for a static figure, .alt for an explorer)."""
    nb = nbformat.read(path, as_version=4)
    missing = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if "image/png" not in output.get("data", {}):
                continue
            alt = output.get("metadata", {}).get("image/png", {}).get("alt", "")
            if len(alt.split()) < 4:  # a sentence, not a word
                missing.append(f"cell {index}: {alt!r}")
    assert missing == [], f"pictures without alt text: {missing}"


@pytest.mark.parametrize(
    "path", NOTEBOOKS, ids=[notebook_list.notebook_name(p) for p in NOTEBOOKS]
)
def test_a_solution_hides_its_output_as_well_as_its_code(path):
    """A collapsed solution cell's saved verdict (✓ and the worked answer) stays
    collapsed too, in JupyterLab and Notebook 7."""
    nb = nbformat.read(path, as_version=4)
    solutions = [
        c for c in nb.cells
        if c.cell_type == "code"
        and c.metadata.get("jupyter", {}).get("source_hidden")
        and "colab-setup" not in c.metadata.get("tags", [])
    ]  # fmt: skip
    if "-optional-" not in path.name:  # a section's core (tests/test_course_size.py)
        assert len(solutions) >= 6  # every core ends with its exercises' solutions
    shown = [c.id for c in solutions if not c.metadata["jupyter"].get("outputs_hidden")]
    assert shown == []
