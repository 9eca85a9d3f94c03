"""Start a Jupyter server for a test and drive a notebook in it with Chromium.

Used by the browser suite (tests/browser/). The server serves a temporary
copy of the course's notebooks, so nothing the browser does can reach the
notebooks in the repository; its config, data, runtime, IPython and
matplotlib folders are temporary too, so a run leaves nothing in $HOME.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from playwright.sync_api import TimeoutError as PlaywrightTimeout

# Debian's Chromium: Playwright cannot download its own browser build here.
CHROMIUM = os.environ.get("DLSCRATCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

ROOT = Path(__file__).resolve().parents[2]
# The notebooks under test: the course's, or another folder (to try the suite).
NOTEBOOKS = Path(os.environ.get("DLSCRATCH_NOTEBOOKS", ROOT / "notebooks")).resolve()
# Screenshots and summary.json (git-ignored).
RESULTS = Path(
    os.environ.get("DLSCRATCH_BROWSER_RESULTS", ROOT / "test-results/browser")
)

# JupyterLab settings for a test run (user settings, so nothing in the venv is
# touched). Autosave off: the browser never writes its outputs back. News off:
# its toast would cover the page. windowingMode none: every cell is in the DOM.
LAB_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    "@jupyterlab/apputils-extension/notification": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JupyterServer:
    """`jupyter lab` or `jupyter notebook` on 127.0.0.1, a free port and a token."""

    def __init__(self, app: str, notebooks: Path, workdir: Path):
        self.app = app
        self.workdir = workdir
        self.root = workdir / "root"
        self.token = secrets.token_hex(16)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / f"{app}.log"
        shutil.copytree(
            notebooks,
            self.root / "notebooks",
            ignore=shutil.ignore_patterns(".ipynb_checkpoints"),
        )
        self.env = dict(os.environ)
        for var, sub in [
            ("JUPYTER_CONFIG_DIR", "config"),
            ("JUPYTER_DATA_DIR", "data"),
            ("JUPYTER_RUNTIME_DIR", "runtime"),
            ("IPYTHONDIR", "ipython"),
            ("MPLCONFIGDIR", "matplotlib"),
            ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"),
        ]:
            (workdir / sub).mkdir(parents=True, exist_ok=True)
            self.env[var] = str(workdir / sub)
        settings = workdir / "config" / "lab" / "user-settings"
        self.env["JUPYTERLAB_SETTINGS_DIR"] = str(settings)
        for plugin, values in LAB_SETTINGS.items():
            path = settings / f"{plugin}.jupyterlab-settings"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values))
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> None:
        cmd = [
            sys.executable,
            "-m",
            "jupyter",
            self.app,
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={self.port}",
            f"--ServerApp.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            "--ServerApp.port_retries=0",
            # window.jupyterapp: the test reads the outputs the kernel sent
            f"--{'LabApp' if self.app == 'lab' else 'JupyterNotebookApp'}"
            ".expose_app_in_browser=True",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")  # CI and containers run as root
        with open(self.log_path, "w") as log:
            self.proc = subprocess.Popen(
                cmd, env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=self.root
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"jupyter {self.app} exited with {self.proc.returncode}:\n"
                    + self.log_tail()
                )
            try:
                self.api("GET", "/api/status")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        raise RuntimeError(
            f"jupyter {self.app} did not answer in {timeout} s:\n" + self.log_tail()
        )

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text()[-chars:]
        except OSError:
            return ""

    def api(self, method: str, path: str):
        request = urllib.request.Request(
            self.base + path,
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def sessions(self) -> list[dict]:
        return self.api("GET", "/api/sessions")

    def clear_sessions(self) -> None:
        """Shut down every kernel: kernels outlive the browser tab."""
        for session in self.sessions():
            self.api("DELETE", f"/api/sessions/{session['id']}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            self.clear_sessions()
        except (urllib.error.URLError, ConnectionError):
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def korean_font_families() -> set[str]:
    """The installed font families that cover Korean, as fontconfig says."""
    try:
        listed = subprocess.run(
            ["fc-list", ":lang=ko", "family"], capture_output=True, text=True
        ).stdout
    except FileNotFoundError:
        return set()
    return {name.strip() for line in listed.splitlines() for name in line.split(",")}


def hangul_fonts(page, selector: str, korean_fonts: set[str], limit: int = 400) -> dict:
    """Which fonts a page really draws its Hangul with.

    Every element inside `selector` that the page draws (visible) and whose
    own text has Hangul (up to limit) is asked, through the DevTools protocol
    (CSS.getPlatformFontsForNode), for the fonts its text was drawn with.
    Hangul that no installed font has is drawn as empty boxes with the primary
    font: such an element lists no font of korean_fonts (the families that
    cover Korean). Returns counts and the elements drawn without one.
    """
    count = page.evaluate(
        """([sel, limit]) => {
            const hangul = /[\uac00-\ud7a3]/;
            let n = 0;
            for (const el of document.querySelectorAll(sel + " *")) {
                const own = [...el.childNodes].filter(c => c.nodeType === 3)
                    .map(c => c.textContent).join("");
                // what the page draws: not the hidden source editor of a
                // rendered markdown cell, nor anything collapsed
                const shown = el.checkVisibility({checkVisibilityCSS: true});
                if (shown && hangul.test(own) && n < limit) {
                    el.setAttribute("data-hangul-probe", String(n++));
                }
            }
            return n;
        }""",
        [selector, limit],
    )
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        ids = cdp.send(
            "DOM.querySelectorAll",
            {"nodeId": root, "selector": "[data-hangul-probe]"},
        )["nodeIds"]
        used: dict[str, int] = {}
        without = []
        for node_id in ids:
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node_id})
            names = [f["familyName"] for f in fonts["fonts"]]
            for name in names:
                used[name] = used.get(name, 0) + 1
            if not korean_fonts & set(names):
                html = cdp.send("DOM.getOuterHTML", {"nodeId": node_id})
                without.append({"fonts": names, "html": html["outerHTML"][:200]})
    finally:
        cdp.detach()
    return {"elements": count, "probed": len(ids), "fonts": used,
            "without_korean_font": without}  # fmt: skip


# --- what the saved notebook says to expect ---------------------------------


# A saved interactive figure: the PNG of its first frame and a text such as
# "tangent_explorer(x=5.0, h=0.0001)" (a static figure says "<Figure size ...>").
INTERACTIVE_TEXT = re.compile(r"^[A-Za-z_]\w*\(.*\)$", re.S)


@dataclass
class Expected:
    code_cells: int  # non-empty code cells, each gets an execution count
    interactive_figures: int  # saved outputs of interactive figures (see above)
    error_outputs: int


def expected_from_saved(path: Path) -> Expected:
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    outputs = [o for c in code for o in c.get("outputs", [])]
    interactive = 0
    for o in outputs:
        data = o.get("data", {})
        text = data.get("text/plain", "")
        text = "".join(text) if isinstance(text, list) else text
        if WIDGET_VIEW in data or (
            "image/png" in data and INTERACTIVE_TEXT.match(text.strip())
        ):
            interactive += 1
    errors = sum(o.get("output_type") == "error" for o in outputs)
    return Expected(len(code), interactive, errors)


def check_fresh_run(prompts: list[str], empty: list[bool]) -> None:
    """Counts 1..N over the non-empty code cells, in order; empty cells stay [ ]."""
    assert len(prompts) == len(empty), (prompts, empty)
    counts = [p for p, e in zip(prompts, empty, strict=True) if not e]
    want = [f"[{i}]:" for i in range(1, len(counts) + 1)]
    assert counts == want, (
        f"not a fresh run in one kernel: execution counts {counts}, want {want}"
    )


# --- driving a notebook in the page ------------------------------------------

# A fingerprint of everything a widget shows as a picture: each <img> (the
# Explorer's ipywidgets.Image, inline plots in an Output widget) and <canvas>
# (ipympl) is drawn into a canvas and its pixels hashed (FNV-1a).
FINGERPRINT_JS = """
(root) => {
  const parts = [];
  for (const el of root.querySelectorAll('img, canvas')) {
    let w = 0, h = 0;
    if (el.tagName === 'IMG') {
      if (!el.complete || !el.naturalWidth) { parts.push('loading'); continue; }
      w = el.naturalWidth; h = el.naturalHeight;
    } else { w = el.width; h = el.height; }
    if (!w || !h) { parts.push('empty'); continue; }
    const c = document.createElement('canvas');
    c.width = w; c.height = h;
    const ctx = c.getContext('2d');
    ctx.drawImage(el, 0, 0);
    const data = ctx.getImageData(0, 0, w, h).data;
    let hash = 2166136261;
    for (let i = 0; i < data.length; i += 1) {
      hash = Math.imul(hash ^ data[i], 16777619);
    }
    parts.push(w + 'x' + h + ':' + (hash >>> 0).toString(16));
  }
  return parts.join('|');
}
"""

# True once the pictures differ from `before` and are all loaded.
CHANGED_JS = f"""
([root, before]) => {{
  const now = ({FINGERPRINT_JS})(root);
  return now !== before && !now.includes('loading');
}}
"""

# Every output of the notebook: is it a widget, and in what state?
# Accessibility (axe-core, from the axe-playwright-python wheel). The course's
# content is what its cells put on the page: rendered markdown and outputs
# (widgets, figures, printed text). Everything else is JupyterLab's own.
COURSE_CONTENT = [".jp-RenderedMarkdown", ".jp-OutputArea-output"]
# Violations inside the course's content that come from a renderer the course
# cannot change, each with the reason; matched by rule and by an element the
# offending node is (or lies in). Nothing else is excused.
NOT_THE_COURSES = [
    (
        "aria-input-field-name",
        ".noUi-handle",
        "ipywidgets 8 draws its sliders with noUiSlider, whose handle (role=slider) "
        "has no accessible name of its own; the slider's visible label is beside "
        "it (leongersen/noUiSlider#1019)",
    ),
    (
        "image-alt",
        ".jp-RenderedImage",
        "JupyterLab renders an image output without the alt text the course puts "
        "in its metadata (jupyter/enhancement-proposals#120); nbconvert, nbviewer "
        "and nbsphinx use it",
    ),
]

AXE_JS = """
async ([include, excused]) => {
  const results = await axe.run(
    {include: include.map((s) => [s])}, {resultTypes: ['violations']});
  const found = [];
  for (const v of results.violations) {
    for (const node of v.nodes) {
      const el = document.querySelector(node.target[0]);
      let why = null;
      for (const [rule, sel, reason] of excused) {
        if (rule === v.id && el && el.closest(sel)) why = reason;
      }
      found.push({rule: v.id, impact: v.impact, html: node.html.slice(0, 160),
                  excused: why});
    }
  }
  return found;
}
"""


def axe_violations(page, include: list[str]) -> list[dict]:
    """axe-core's violations in the elements matching `include`, each marked
    with the reason it is excused (NOT_THE_COURSES) or None."""
    from axe_playwright_python.base import AXE_SCRIPT

    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    return page.evaluate(AXE_JS, [include, [list(x) for x in NOT_THE_COURSES]])


# Device pixels per CSS pixel of the pages the suite opens: 2, as on most laptops.
DEVICE_SCALE = 2

FIGURE_SIZES_JS = """
(root) => Array.from(root.querySelectorAll('img.widget-image')).map((img) => ({
  intended: parseFloat(img.style.width) || null,
  shown: img.getBoundingClientRect().width,
  room: img.parentElement.getBoundingClientRect().width,
  natural: img.naturalWidth,
}))
"""

WIDGET_OUTPUTS_JS = """
(panel) => {
  const found = [];
  panel.querySelectorAll('.jp-OutputArea-output').forEach((out, index) => {
    const text = (out.textContent || '').trim();
    let state = null;
    if (text.startsWith('Error displaying widget')) state = 'error';
    else if (text.startsWith('Loading widget')) state = 'loading';
    else if (out.querySelector(':scope > .jupyter-widgets')) state = 'rendered';
    if (state) found.push({index, state, text: text.slice(0, 200)});
  });
  return found;
}
"""

# How many outputs the kernel sent as widget views, read from the notebook's
# output models (what was sent, whatever the page managed to render).
SENT_WIDGET_VIEWS_JS = """
() => {
  const panel = window.jupyterapp.shell.currentWidget;
  let count = 0;
  for (const cell of panel.content.widgets) {
    if (cell.model.type !== 'code') continue;
    const outputs = cell.model.outputs;
    for (let i = 0; i < outputs.length; i += 1) {
      const data = outputs.get(i).data || {};
      if (data['application/vnd.jupyter.widget-view+json']) count += 1;
    }
  }
  return count;
}
"""

PROMPT = re.compile(r"^\[(\d+|\*| )\]:$")


@dataclass
class SliderReport:
    label: str
    moved: bool  # the keyboard changed the slider's value
    figure_changed: bool
    keys: list[str]  # the keys pressed until the picture changed
    latency_ms: float | None  # last key press -> new picture in the page


@dataclass
class NotebookReport:
    notebook: str
    code_cells: int = 0
    widgets_expected: int = 0  # interactive figures in the saved notebook
    widgets_sent: int = 0  # widget views the kernel displayed in this run
    widgets_rendered: int = 0
    sliders: list[SliderReport] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)  # sizes, see figure_sizes
    accessibility: dict = field(default_factory=dict)  # axe-core, see check_axe
    predictions: list[dict] = field(default_factory=list)  # answered, revealed
    hangul: dict = field(default_factory=dict)  # Korean edition: fonts drawing it
    console_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)  # answered locally
    seconds: float = 0.0
    phases: dict = field(default_factory=dict)  # seconds per step of the test
    screenshot: str = ""

    def summary(self) -> dict:
        moved = [s for s in self.sliders if s.moved and s.figure_changed]
        latencies = [s.latency_ms for s in moved if s.latency_ms is not None]
        return {
            "notebook": self.notebook,
            "code_cells_run": self.code_cells,
            "widgets_expected": self.widgets_expected,
            "widgets_sent": self.widgets_sent,
            "widgets_rendered": self.widgets_rendered,
            "sliders": len(self.sliders),
            "sliders_moved_figure_changed": len(moved),
            "max_slider_latency_ms": round(max(latencies), 1) if latencies else None,
            "figures": self.figures,
            "predictions_answered": len(self.predictions),
            "hangul": self.hangul,
            "accessibility": self.accessibility,
            "console_errors": self.console_errors,
            "external_requests": sorted(set(self.external_requests)),
            "seconds": round(self.seconds, 1),
            "phases_s": {k: round(v, 1) for k, v in self.phases.items()},
            "screenshot": self.screenshot,
            "slider_details": [s.__dict__ for s in self.sliders],
        }


class NotebookDriver:
    """One notebook open in one page; `panel` is the visible notebook."""

    def __init__(self, page, server: JupyterServer, ui: str = "lab"):
        self.page = page
        self.server = server
        self.ui = ui
        self.panel_sel = ".jp-NotebookPanel:not(.lm-mod-hidden)"

    @property
    def panel(self):
        return self.page.locator(self.panel_sel)

    def open(self, rel_path: str, timeout: float = 60) -> None:
        token = self.server.token
        if self.ui == "lab":
            url = f"{self.server.base}/lab/tree/{rel_path}?token={token}&reset"
        else:  # Notebook 7
            url = f"{self.server.base}/notebooks/{rel_path}?token={token}"
        self.page.goto(url)
        self.panel.locator(".jp-Notebook").wait_for(timeout=timeout * 1000)
        self.wait_kernel_ready(rel_path, timeout)

    def wait_kernel_ready(self, rel_path: str, timeout: float) -> None:
        """The page says idle only after its kernel is connected: wait for both.

        Before the kernel's websocket connects, the page shows 'idle' too, and
        a Run All clicked then is silently dropped.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            states = [
                s["kernel"]["execution_state"]
                for s in self.server.sessions()
                if s["path"] == rel_path and s.get("kernel")
            ]
            if states == ["idle"]:
                break
            time.sleep(0.2)
        else:
            raise AssertionError(f"no idle kernel for {rel_path} after {timeout} s")
        self.wait_page_idle(timeout=deadline - time.monotonic(), steady=0.6)

    def status(self) -> str | None:
        return self.page.get_attribute(
            f"{self.panel_sel} .jp-Notebook-ExecutionIndicator", "data-status"
        )

    def wait_page_idle(self, timeout: float, steady: float = 0.3) -> None:
        deadline = time.monotonic() + max(timeout, 1)
        idle_since = None
        while time.monotonic() < deadline:
            if self.status() == "idle":
                idle_since = idle_since or time.monotonic()
                if time.monotonic() - idle_since >= steady:
                    return
            else:
                idle_since = None
            time.sleep(0.1)
        raise AssertionError(f"kernel not idle after {timeout:.0f} s: {self.status()}")

    def menu(self, top: str, item: str) -> None:
        self.page.get_by_role("menuitem", name=top, exact=True).click()
        self.page.get_by_role("menuitem", name=item, exact=True).click()

    def prompts(self) -> list[str]:
        """The input prompt of every code cell, in order ('[1]:', '[*]:', '[ ]:')."""
        cells = self.panel.locator(".jp-CodeCell .jp-InputArea-prompt")
        return [t.strip() for t in cells.all_inner_texts()]

    def code_sources_empty(self) -> list[bool]:
        return self.page.eval_on_selector_all(
            f"{self.panel_sel} .jp-CodeCell .jp-InputArea-editor",
            "els => els.map(e => e.textContent.trim() === '')",
        )

    def traceback_outputs(self) -> list[str]:
        return self.panel.locator(
            ".jp-RenderedText[data-mime-type='application/vnd.jupyter.error']"
        ).all_inner_texts()

    def clear_and_run_all(
        self, expected_cells: int | None = None, timeout: float = 240
    ) -> list[str]:
        """Clear every output, Run All, and return the prompts once idle.

        Clearing first makes the proof of a fresh run sound: the saved
        notebook already shows [1], [2], ... so only counts that appear after
        the clear come from this run.
        """
        # Collapsed cells (the Colab setup, the solutions) show no input
        # prompt: expand them, so that every code cell's count can be read.
        self.page.evaluate(
            "() => window.jupyterapp.commands.execute('notebook:show-all-cell-code')"
        )
        edit = "Edit"
        self.menu(edit, "Clear Outputs of All Cells")
        self.page.wait_for_function(
            """(sel) => [...document.querySelectorAll(sel)]
                 .every(p => !/\\[\\d+\\]/.test(p.textContent))""",
            arg=f"{self.panel_sel} .jp-CodeCell .jp-InputArea-prompt",
            timeout=10_000,
        )
        assert self.panel.locator(".jp-OutputArea-output").count() == 0, (
            "outputs left after 'Clear Outputs of All Cells'"
        )
        self.menu("Run", "Run All Cells")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            prompts = self.prompts()
            done = all(p != "[*]:" for p in prompts)
            numbered = sum(bool(re.match(r"^\[\d+\]:$", p)) for p in prompts)
            if done and numbered and self.status() == "idle":
                break  # check_fresh_run and the count check say if all ran
            if done and self.traceback_outputs():
                break  # Run All stops at the first error
            time.sleep(0.25)
        else:
            raise AssertionError(
                f"Run All did not finish in {timeout:.0f} s: {self.prompts()}"
            )
        self.wait_page_idle(timeout=30)
        prompts = self.prompts()
        ran = sum(bool(re.match(r"^\[\d+\]:$", p)) for p in prompts)
        if expected_cells is not None and not self.traceback_outputs():
            assert ran == expected_cells, (
                f"{ran} code cells ran; the notebook has {expected_cells}"
            )
        return prompts

    def sent_widget_views(self) -> int:
        return self.page.evaluate(SENT_WIDGET_VIEWS_JS)

    def widget_outputs(self) -> list[dict]:
        return self.panel.evaluate(WIDGET_OUTPUTS_JS)

    def wait_widgets_settled(self, expected: int, timeout: float = 20) -> list[dict]:
        """Wait until no widget is still 'Loading widget...'; return them all."""
        deadline = time.monotonic() + timeout
        found = self.widget_outputs()
        while time.monotonic() < deadline:
            found = self.widget_outputs()
            loading = [w for w in found if w["state"] == "loading"]
            if not loading and len(found) >= expected:
                break
            time.sleep(0.2)
        return found

    def output_node(self, index: int):
        return self.panel.locator(".jp-OutputArea-output").nth(index)

    def fingerprint(self, node) -> str:
        return node.evaluate(FINGERPRINT_JS)

    def wait_stable(self, node, steady: float = 0.5, timeout: float = 10) -> str:
        """Wait until a widget's pictures stop changing for `steady` seconds."""
        deadline = time.monotonic() + timeout
        last = self.fingerprint(node)
        since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.1)
            now = self.fingerprint(node)
            if now != last or "loading" in now:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= steady:
                return now
        return last

    def move_sliders(self, node, arrow_presses: int = 3) -> list[SliderReport]:
        """Move each slider of a widget with the keyboard; did its figure change?

        The slider's handle (noUiSlider, ipywidgets 8) takes focus and answers
        ArrowRight/ArrowLeft (one step) and Home/End (to an end). Each slider
        goes toward its far end a step at a time, as a learner would; if a few
        steps do not change the picture (a small step of a fine slider may
        not move a pixel), End or Home takes it to that end.
        """
        reports = []
        sliders = node.locator(".widget-slider")
        for i in range(sliders.count()):
            slider = sliders.nth(i)
            label = slider.locator(".widget-label").inner_text().strip() or f"#{i}"
            handle = slider.locator(".noUi-handle").first
            readout = slider.locator(".widget-readout")
            low = float(handle.get_attribute("aria-valuemin"))
            high = float(handle.get_attribute("aria-valuemax"))
            start = float(handle.get_attribute("aria-valuenow"))
            up = high - start >= start - low
            keys = ["ArrowRight" if up else "ArrowLeft"] * arrow_presses
            keys.append("End" if up else "Home")
            self.wait_stable(node, steady=0.3)
            before = self.fingerprint(node)
            start_text = readout.inner_text().strip()
            changed, latency, used = False, None, []
            for key in keys:
                used.append(key)
                # focus each time: a key the page takes for itself (Notebook 7
                # takes ArrowLeft/Right to move between cells) moves the focus
                handle.focus()
                t0 = time.perf_counter()
                self.page.keyboard.press(key)
                try:
                    self.page.wait_for_function(
                        CHANGED_JS,
                        arg=[node.element_handle(), before],
                        polling=15,
                        timeout=600 if key.startswith("Arrow") else 5000,
                    )
                except PlaywrightTimeout:  # no new picture yet: next key
                    continue
                latency = (time.perf_counter() - t0) * 1000
                # new pixels may be only the quick frame of the same picture:
                # compare the picture at rest (crisp again) with the one before
                if self.wait_stable(node, steady=0.5) == before:
                    continue
                changed = True
                break
            # the readout shows the new value (aria-valuenow is rounded)
            moved = readout.inner_text().strip() != start_text
            reports.append(SliderReport(label, moved, changed, used, latency))
        return reports

    def figure_sizes(self, node) -> list[dict]:
        """Each figure a widget shows: its intended CSS width (the layout the
        kernel set), the width it is shown at, and its pixels."""
        return node.evaluate(FIGURE_SIZES_JS)

    def wait_crisp(self, node, scale: float, timeout: float = 5) -> list[dict]:
        """Wait until every figure of a widget has scale x its CSS width in pixels
        (the crisp frame follows a resting slider); return the sizes."""
        deadline = time.monotonic() + timeout
        sizes = self.figure_sizes(node)
        while time.monotonic() < deadline:
            sizes = self.figure_sizes(node)
            if all(s["natural"] >= scale * s["intended"] - 1 for s in sizes):
                break
            time.sleep(0.1)
        return sizes

    def answer_predictions(self, node) -> list[dict]:
        """Answer each prediction question as a learner does: pick the first
        choice (or type a number), press Reveal, read what it says."""
        found = []
        for box in node.locator(".dlscratch-predict").all():
            reveal = box.locator("button")  # "Reveal", "정답 보기": its only button
            before = reveal.is_disabled()
            radios = box.locator("input[type=radio]")
            if radios.count():
                radios.first.check()
            else:
                box.locator("input[type=text]").fill("0.001")
                box.locator("input[type=text]").press("Enter")
            reveal.wait_for(state="visible")
            self.page.wait_for_function(
                "(b) => !b.disabled", arg=reveal.element_handle(), timeout=5000
            )
            reveal.click()
            feedback = box.locator(".widget-htmlmath").last
            self.page.wait_for_function(  # the verdict, in either language
                "(el) => /[✓✗]|no prediction|예측하지 않았/.test(el.innerText)",
                arg=feedback.element_handle(),
                timeout=5000,
            )
            found.append(
                {"disabled_before_guess": before, "feedback": feedback.inner_text()}
            )
        return found

    def explorer_errors(self) -> list[str]:
        """Errors an Explorer drew under its figure ('Could not draw ...'), and
        any part of a widget the page could not create (ipywidgets shows an
        error icon in its place)."""
        drawn = self.panel.locator(  # Panel._show_error's red line, any language
            '.widget-html-content span[style*="#b00020"]'
        ).all_inner_texts()
        broken = self.panel.locator(".jupyter-widgets-error-widget").count()
        return drawn + [f"{broken} widget part(s) failed to render"] * bool(broken)

    def hangul_fonts(self, korean_fonts: set[str], limit: int = 400) -> dict:
        """Which fonts the notebook really draws its Hangul with
        (:func:`hangul_fonts`)."""
        return hangul_fonts(self.page, self.panel_sel, korean_fonts, limit)

    def screenshot(self, path: Path, max_height: int = 12000) -> list[Path]:
        """The whole notebook, from its top: the page is made as tall as the
        notebook; a notebook taller than max_height is taken in parts
        (path, then name-2.png, ...), each overlapping the last a little."""
        scroller = self.panel_sel + " .jp-WindowedPanel-outer"
        height = self.page.evaluate(
            "(sel) => { const e = document.querySelector(sel);"
            " return e ? e.scrollHeight : 0; }",
            scroller,
        )
        width = self.page.viewport_size["width"]
        view = int(min(max(height + 200, 900), max_height))
        self.page.set_viewport_size({"width": width, "height": view})
        path.parent.mkdir(parents=True, exist_ok=True)
        shots, top, part = [], 0, 1
        while True:
            self.page.evaluate(
                "([sel, top]) => { const e = document.querySelector(sel);"
                " if (e) e.scrollTop = top; }",
                [scroller, top],
            )
            time.sleep(0.3)
            shot = path if part == 1 else path.with_name(f"{path.stem}-{part}.png")
            self.page.screenshot(path=str(shot))
            shots.append(shot)
            top += view - 400  # the visible notebook is shorter than the page
            if top >= height - 200 or part >= 10:
                return shots
            part += 1
