"""Every notebook runs from any working directory, twice in a row in one
kernel, and every control it shows survives being driven to its extremes.

nbval (run on notebooks/ by `make test`) checks the outputs of one fresh
run; this test checks what nbval cannot: a second run in the same kernel,
a working directory far from the repository, and the widget callbacks,
moved from the kernel (each control to its minimum, its maximum and values
between, and back), which must neither raise nor leave the picture unchanged.
"""

import json
from pathlib import Path

import nbformat
import numpy as np
import pytest
import translate
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = translate.all_notebooks()  # both editions
IDS = [translate.notebook_name(p) for p in NOTEBOOKS]

PROBE = """\
import json
from matplotlib.colors import to_rgba_array
from dlscratch_helpers.widgets import exercise_all, live
reports = exercise_all(between=3)
legends = []  # what each live figure's legends tell apart: colour, line, marker
for panel in live():
    fig = getattr(panel, "fig", None)
    for legend in ([] if fig is None else fig.legends + [
            ax.get_legend() for ax in fig.axes if ax.get_legend()]):
        entries = []
        for handle, text in zip(legend.legend_handles, legend.get_texts()):
            raw = (handle.get_color() if hasattr(handle, "get_color")
                   else handle.get_facecolor())
            rgba = to_rgba_array(raw)
            colour = rgba[0][:3].tolist() if len(rgba) else [0.0, 0.0, 0.0]
            style = getattr(handle, "get_linestyle", lambda: "")()
            marker = getattr(handle, "get_marker", lambda: "")()
            entries.append([text.get_text(), colour, str(style),
                            str(marker)])
        legends.append([panel.name, entries])
print(json.dumps({"reports": reports, "legends": legends}))
"""

# In the Korean edition: every text the live widgets and figures show, after each
# prediction is answered and revealed, and every English text the package looked
# up and found no Korean for.
LANGUAGE_PROBE = """\
import json
import ipywidgets
from ipywidgets.widgets.widget import _instances
from matplotlib.text import Text
from dlscratch_helpers import i18n
from dlscratch_helpers.widgets import live
texts = []
for panel in live():
    if hasattr(panel, "reveal"):
        options = panel.question.options
        panel.guess(options[-1] if options else 0.5)
        texts.append(panel.reveal())
    fig = getattr(panel, "fig", None)
    if fig is not None:
        texts += [t.get_text() for t in fig.findobj(Text) if t.get_visible()]
for w in list(_instances.values()):
    texts += [v for v in (getattr(w, a, None) for a in (
        "description", "tooltip", "placeholder")) if isinstance(v, str)]
    if isinstance(w, (ipywidgets.HTML, ipywidgets.HTMLMath, ipywidgets.Label)):
        texts.append(w.value)
    texts += [str(label) for label in getattr(w, "_options_labels", ())]
print(json.dumps({"texts": texts, "missing": i18n.missing("ko")}))
"""

# Machado, Oliveira & Fernandes (2009), severity 1: linear-RGB simulation of
# the two common red-green colour blindnesses.
COLOUR_BLINDNESS = {
    "protanopia": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deuteranopia": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
}
DISTINCT = 12.0  # CIE76 ΔE between two legend colours that tell them apart


def _lab(rgb):
    """sRGB (0..1) -> CIELAB (D65)."""
    c = np.asarray(rgb, dtype=float)
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = (
        np.array(
            [
                [0.4124, 0.3576, 0.1805],
                [0.2126, 0.7152, 0.0722],
                [0.0193, 0.1192, 0.9505],
            ]
        )
        @ lin
    )
    xyz /= [0.95047, 1.0, 1.08883]
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _simulate(rgb, matrix):
    c = np.asarray(rgb, dtype=float)
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    out = np.clip(np.asarray(matrix) @ lin, 0, 1)
    return np.where(out <= 0.0031308, 12.92 * out, 1.055 * out ** (1 / 2.4) - 0.055)


def indistinct_pairs(entries):
    """Legend entries told apart by colour alone that a reader with normal
    vision, protanopia or deuteranopia cannot tell apart."""
    found = []
    for i, (name_a, rgb_a, style_a, marker_a) in enumerate(entries):
        for name_b, rgb_b, style_b, marker_b in entries[i + 1 :]:
            if (style_a, marker_a) != (style_b, marker_b):
                continue  # the line or the marker tells them apart
            views = {"normal": None, **COLOUR_BLINDNESS}
            for view, matrix in views.items():
                a = rgb_a if matrix is None else _simulate(rgb_a, matrix)
                b = rgb_b if matrix is None else _simulate(rgb_b, matrix)
                delta = float(np.linalg.norm(_lab(a) - _lab(b)))
                if delta < DISTINCT:
                    found.append(f"{name_a!r} / {name_b!r} ({view}: ΔE {delta:.1f})")
    return found


def test_colour_check_catches_red_against_green():
    red, green = [0.84, 0.15, 0.16], [0.17, 0.63, 0.17]
    assert indistinct_pairs([["a", red, "-", ""], ["b", green, "-", ""]])
    assert not indistinct_pairs([["a", red, "-", ""], ["b", green, "--", ""]])
    blue, orange = [0.12, 0.47, 0.71], [1.0, 0.5, 0.05]
    assert not indistinct_pairs([["a", blue, "-", ""], ["b", orange, "-", ""]])


def _errors(cells):
    found = []
    for index, cell in cells:
        for output in cell.get("outputs", []):
            if output["output_type"] == "error":
                found.append(f"cell {index}: {output['ename']}: {output['evalue']}")
            if output.get("name") == "stderr" and "Traceback" in output["text"]:
                found.append(f"cell {index}: traceback on stderr")
    return found


def _glyph_warnings(cells):
    return [
        f"cell {index}: {output['text'][:200]}"
        for index, cell in cells
        for output in cell.get("outputs", [])
        if output.get("name") == "stderr"
        # plain text warns "Glyph ... missing from font(s)"; text beside $math$
        # logs "Font 'default' does not have a glyph for ..."
        and ("missing from font" in output["text"] or "have a glyph" in output["text"])
    ]


def _probe(client, nb, source):
    """Run source as a new last cell; return the cell, and its stdout as JSON."""
    cell = nbformat.v4.new_code_cell(source)
    nb.cells.append(cell)
    client.execute_cell(cell, len(nb.cells) - 1)
    text = "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stdout")
    return cell, json.loads(text)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_runs_twice_from_elsewhere_and_every_control_survives(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},  # the kernel's cwd
        allow_errors=False,
    )
    code = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    with client.setup_kernel():
        for index, cell in code:
            client.execute_cell(cell, index)
        assert _errors(code) == []

        probe, probed = _probe(client, nb, PROBE)
        reports = probed["reports"]
        for name, entries in probed["legends"]:
            assert indistinct_pairs(entries) == [], (
                f"{name}: legend entries told apart by colour alone that a "
                "colour-blind reader cannot tell apart"
            )
        for report in reports:
            assert report["errors"] == [], f"{report['name']}: {report['errors']}"
            unchanged = [c for c, n in report["changed"].items() if n == 0]
            assert unchanged == [], (
                f"{report['name']}: {unchanged} never changed the figure"
            )
        source = "\n".join(c.source for _, c in code)
        if "Explorer" in source or "explorer(" in source:
            assert reports, "the notebook shows controls, but none were registered"
        assert _glyph_warnings([*code, (len(nb.cells) - 1, probe)]) == []

        if path.parent.name == "ko":
            probe, shown = _probe(client, nb, LANGUAGE_PROBE)
            assert shown["missing"] == [], (
                "the package showed English it has no Korean for (add it to "
                "dlscratch_helpers/locale/ko/):\n" + "\n".join(shown["missing"])
            )
            english = translate.untranslated(shown["texts"])
            assert english == [], "\n".join(english)
            assert _glyph_warnings([(len(nb.cells) - 1, probe)]) == []

        for index, cell in code:  # the second run, in the same kernel
            client.execute_cell(cell, index)
        assert _errors(code) == []
    assert list(tmp_path.iterdir()) == [], (
        "the notebook wrote into its working directory"
    )
