"""How `make test` runs each notebook: once compared, its controls driven, once again.

Every notebook of both editions runs in one kernel of its own, started in an
empty temporary folder (a notebook must not depend on its working directory,
nor write into it). Its tests, in this order:

1. nbval's ``Cell 0``, ``Cell 1``, ...: each code cell executed in turn and its
   outputs compared with the saved ones (``tests/nbval_sanitize.cfg`` masks what
   truly varies);
2. ``drive_widgets``: every live control moved from the kernel to its minimum,
   its maximum and values between, and back
   (``dlscratch_helpers.widgets.exercise_all``): no callback may raise and every
   control must change its figure; legend entries told apart by colour alone
   must stay apart for colour-blind readers; no output may warn of a glyph the
   fonts lack; in the Korean edition, every text the widgets and figures show
   (predictions answered and revealed) must be Korean;
3. ``run_again``: every code cell once more in the same kernel, as a learner
   who runs the notebook twice: no cell may fail, and the folder must still be
   empty.

So a notebook is executed twice in all. This module is a pytest plugin
(``conftest.py`` loads it): it collects the notebooks in nbval's place, with
nbval's comparison unchanged; given ``--nbval`` or ``--nbval-lax``, it leaves
them to plain nbval.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest
from nbval.kernel import CURRENT_ENV_KERNEL_NAME, RunningKernel
from nbval.plugin import IPyNbFile

TIMEOUT = 600  # seconds for one cell or probe

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


_FIELD_OR_MARKUP = re.compile(
    r"\{[^{}]*\}|<[^>]*>|\$\$.*?\$\$|\$[^$]*\$|`[^`]*`|&[a-z]+;|\n", re.DOTALL
)


@functools.cache
def english_fragments(language: str = "ko") -> frozenset[str]:
    """Pieces of the catalogue's English that must not show in `language`.

    Each translated English text is cut at its format fields, HTML tags, math,
    code and line breaks; the pieces of three words or more are kept (shorter
    ones, such as "loss" or "step", could be part of anything). Computed once
    per language: untranslated() is called for every output of a notebook.
    """
    from dlscratch_helpers.i18n import catalogue

    found = set()
    for english, translated in catalogue(language).items():
        if translated == english:
            continue
        for piece in _FIELD_OR_MARKUP.split(english):
            piece = piece.strip(" .,:;()")
            if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 3:
                found.add(piece)
    return frozenset(found)


def untranslated(texts, language: str = "ko", code: str = "") -> list[str]:
    """The texts in which an English piece of the catalogue shows, with the piece.

    Pieces that `code` (a notebook's code cells) writes itself are left out: what
    a notebook's own code prints stays as written, in both editions.
    """
    pieces = {p for p in english_fragments(language) if p not in code}
    found = []
    for text in texts:
        for piece in pieces:
            if piece in text:
                found.append(f"{piece!r} in {text[:120]!r}")
                break
    return found


def glyph_warnings(stderr_texts):
    """The warnings of a glyph missing from the fonts among stderr texts: plain
    text warns "Glyph ... missing from font(s)"; text beside $math$ logs "Font
    'default' does not have a glyph for ..."."""
    return [
        text[:200]
        for text in stderr_texts
        if "missing from font" in text or "have a glyph" in text
    ]


def execute(kernel, source: str) -> dict:
    """Run source in the kernel; its stdout, its stderr and its errors."""
    msg_id = kernel.execute_cell_input(source, allow_stdin=False)
    kernel.await_reply(msg_id, timeout=TIMEOUT)
    out = {"stdout": "", "stderr": "", "errors": []}
    while True:
        msg = kernel.get_message("iopub", timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "status" and content["execution_state"] == "idle":
            return out
        if kind == "stream":
            out[content["name"]] += content["text"]
        elif kind == "error":
            out["errors"].append(f"{content['ename']}: {content['evalue']}")


def _probe(kernel, source: str) -> tuple[dict, dict]:
    """Run a probe that prints one line of JSON; the run and the JSON."""
    run = execute(kernel, source)
    assert run["errors"] == [], run["errors"]
    return run, json.loads(run["stdout"].strip().splitlines()[-1])


def pytest_collect_file(file_path, parent):
    option = parent.config.option
    if file_path.suffix == ".ipynb" and not (option.nbval or option.nbval_lax):
        return CourseNotebook.from_parent(parent, path=file_path)
    return None


class CourseNotebook(IPyNbFile):
    """nbval's notebook, in a kernel started in an empty folder, with the
    course's two checks after its cells."""

    def setup(self):
        option = self.config.option
        if option.nbval_current_env:
            kernel_name = CURRENT_ENV_KERNEL_NAME
        else:
            kernel_name = option.nbval_kernel_name or self.nb.metadata.get(
                "kernelspec", {}
            ).get("name", "python")
        self.workdir = Path(tempfile.mkdtemp(prefix="dlscratch-notebook-"))
        self.kernel = RunningKernel(
            kernel_name,
            cwd=str(self.workdir),
            startup_timeout=option.nbval_kernel_startup_timeout,
        )
        self.setup_sanitize_files()

    def teardown(self):
        super().teardown()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def collect(self):
        cells = list(super().collect())
        yield from cells
        yield DriveWidgets.from_parent(self, name="drive_widgets", cells=cells)
        yield RunAgain.from_parent(self, name="run_again")

    def code_sources(self) -> list[str]:
        return [c.source for c in self.nb.cells if c.cell_type == "code"]


class DriveWidgets(pytest.Item):
    def __init__(self, *, cells, **kwargs):
        super().__init__(**kwargs)
        self.cells = cells  # nbval's items: their outputs of this run

    def runtest(self):
        kernel = self.parent.kernel
        run, probed = _probe(kernel, PROBE)
        for name, entries in probed["legends"]:
            assert indistinct_pairs(entries) == [], (
                f"{name}: legend entries told apart by colour alone that a "
                "colour-blind reader cannot tell apart"
            )
        for report in probed["reports"]:
            assert report["errors"] == [], f"{report['name']}: {report['errors']}"
            unchanged = [c for c, n in report["changed"].items() if n == 0]
            assert unchanged == [], (
                f"{report['name']}: {unchanged} never changed the figure"
            )
        source = "\n".join(self.parent.code_sources())
        if "Explorer" in source or "explorer(" in source:
            assert probed["reports"], (
                "the notebook shows controls, but none were registered"
            )
        stderr = [run["stderr"]] + [
            output.get("text", "")
            for cell in self.cells
            for output in getattr(cell, "test_outputs", None) or []
            if output.get("name") == "stderr"
        ]
        assert glyph_warnings(stderr) == []

        if Path(self.parent.path).parent.name == "ko":
            run, shown = _probe(kernel, LANGUAGE_PROBE)
            assert shown["missing"] == [], (
                "the package showed English it has no Korean for, or translated"
                " a text twice (make translations, then translate it in"
                " dlscratch_helpers/locale/ko/LC_MESSAGES/dlscratch.po):\n"
                + "\n".join(shown["missing"])
            )
            # a result after_reveal holds back is what the notebook's own code
            # prints: it stays as written, as printed output does
            english = untranslated(shown["texts"], code=source)
            assert english == [], "\n".join(english)
            assert glyph_warnings([run["stderr"]]) == []

    def reportinfo(self):
        return self.path, None, f"{self.parent.name}::{self.name}"


class RunAgain(pytest.Item):
    def runtest(self):
        kernel = self.parent.kernel
        failed = []
        for index, source in enumerate(self.parent.code_sources()):
            run = execute(kernel, source)
            failed += [f"code cell {index}: {error}" for error in run["errors"]]
            if "Traceback" in run["stderr"]:
                failed.append(f"code cell {index}: a traceback on stderr")
        assert failed == [], "the second run failed:\n" + "\n".join(failed)
        written = sorted(p.name for p in self.parent.workdir.iterdir())
        assert written == [], (
            f"the notebook wrote into its working directory: {written}"
        )

    def reportinfo(self):
        return self.path, None, f"{self.parent.name}::{self.name}"
