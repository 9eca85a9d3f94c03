"""Key press -> new pixels in JupyterLab in Chromium, timed inside the page.

    .venv/bin/python benchmarks/browser_latency.py [--presses 10] [NOTEBOOK ...]

Uses the browser suite's machinery (tests/browser/lab.py: a JupyterLab on
127.0.0.1 serving a temporary copy of the notebooks, Debian's Chromium through
Playwright). For each notebook: Run All, then for every slider of every
interactive figure, ``--presses`` key presses (ArrowRight and ArrowLeft in
turn, so the slider stays near its start), each timed in the page with
``performance.now()``: from the ``keydown`` event to the first animation
frame after the figure's ``<img>`` has loaded the new picture (the frame in
which the new pixels are painted). The whole round trip is inside: the
slider's message to the kernel over the websocket, the Explorer's redraw, the
PNG back, its decoding and painting. Playwright's own delays are not.

The page has device pixel ratio 2 (most laptops). After the course's own
figures, the same sliders are timed on the naive pattern in the same page and
kernel: a cell appended to the notebook shows, for every Explorer, its figure
through ``ipywidgets.interactive_output`` with a callback that makes a new
figure (a copy of the Explorer's after ``update``, every artist drawn) and
displays it with the inline backend in its crisp ``retina`` format, as a
notebook author would for a HiDPI screen.

Writes benchmarks/results/browser_latency.json, which ``make bench`` shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from lab import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_FLAGS,
    DEVICE_SCALE,
    NOTEBOOKS,
    JupyterServer,
    NotebookDriver,
    expected_from_saved,
)

RESULT = Path(__file__).resolve().parent / "results" / "browser_latency.json"
EMPTY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'

# Listeners in the page: keydown starts a clock, the next image load in the
# widget (then the next animation frame, when it is painted) stops it. Images
# added later are watched too: the naive pattern replaces its <img> each time.
INSTALL_JS = """
(node) => {
  const state = window.__dlscratchLatency || { start: null, times: [] };
  if (!window.__dlscratchLatency) {
    window.__dlscratchLatency = state;
    document.addEventListener('keydown', () => { state.start = performance.now(); },
                              { capture: true });
  }
  const watch = (img) => img.addEventListener('load', () => {
    if (state.start === null) return;
    const start = state.start;
    state.start = null;
    requestAnimationFrame(() => state.times.push(performance.now() - start));
  });
  node.querySelectorAll('img').forEach(watch);
  new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach(
    (n) => { if (n.tagName === 'IMG') watch(n);
             else if (n.querySelectorAll) n.querySelectorAll('img').forEach(watch); }
  ))).observe(node, { childList: true, subtree: true });
}
"""

# Appended to the notebook: the naive pattern for every Explorer it showed.
NAIVE_CELL = """\
import copy

import ipywidgets as _widgets
from IPython import get_ipython
from IPython.display import display

from dlscratch_helpers import widgets as _W

get_ipython().run_line_magic("config", "InlineBackend.figure_formats = ['retina']")


def _naive(explorer):
    copies = {}
    for name, c in explorer.controls.items():
        kw = {k: getattr(c, k) for k in ("options", "min", "max", "step", "base")
              if c.has_trait(k)}
        copies[name] = type(c)(value=c.value, description=c.description, **kw)

    def show(**values):
        explorer.update(**values)  # the content the Explorer would show
        fig = copy.deepcopy(explorer.fig)  # a new figure
        for artist in fig.findobj():
            artist.set_animated(False)  # a new figure draws every artist
        display(fig)

    out = _widgets.interactive_output(show, copies)
    box = _widgets.VBox([_widgets.VBox(list(copies.values())), out])
    box.add_class("dlscratch-naive")
    return box


for _explorer in [p for p in _W.live() if isinstance(p, _W.Explorer)]:
    display(_naive(_explorer))
"""


def _press_and_time(page, driver, node, slider, presses: int) -> dict:
    label = slider.locator(".widget-label").inner_text().strip() or "?"
    handle = slider.locator(".noUi-handle").first
    driver.wait_stable(node, steady=0.3)
    times, missed = [], 0
    for k in range(presses):
        before = page.evaluate("window.__dlscratchLatency.times.length")
        handle.focus()
        page.keyboard.press("ArrowRight" if k % 2 == 0 else "ArrowLeft")
        try:
            page.wait_for_function(
                f"window.__dlscratchLatency.times.length > {before}", timeout=5000
            )
        except Exception:  # no new picture for this step
            missed += 1
            page.evaluate("window.__dlscratchLatency.start = null")
            continue
        times.append(page.evaluate("window.__dlscratchLatency.times.at(-1)"))
        time.sleep(0.4)  # the kernel idle, the crisp frame drawn, before the next
    return {
        "label": label,
        "latencies_ms": [round(t, 1) for t in times],
        "median_ms": round(statistics.median(times), 1) if times else None,
        "presses_without_new_picture": missed,
    }


def with_naive_cell(path: Path) -> None:
    """Append NAIVE_CELL to the server's copy of the notebook."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(NAIVE_CELL))
    nbformat.write(nb, path)


def measure_notebook(page, server, path: Path, presses: int, timeout: float) -> dict:
    driver = NotebookDriver(page, server)
    copy = server.root / "notebooks" / path.name
    with_naive_cell(copy)
    expected = expected_from_saved(copy)
    server.clear_sessions()
    driver.open(f"notebooks/{path.name}")
    driver.clear_and_run_all(expected.code_cells, timeout=timeout)
    found = driver.wait_widgets_settled(driver.sent_widget_views())
    ours, naive = [], []
    for widget in found:
        if widget["state"] != "rendered":
            continue
        node = driver.output_node(widget["index"])
        is_naive = node.locator(".dlscratch-naive").count() > 0
        if node.locator("img").count() == 0 and not is_naive:
            continue  # a panel without a figure image
        node.evaluate(INSTALL_JS)
        sliders = node.locator(".widget-slider")
        for i in range(sliders.count()):
            result = _press_and_time(page, driver, node, sliders.nth(i), presses)
            (naive if is_naive else ours).append(result)
    server.clear_sessions()
    return {"notebook": path.name, "sliders": ours, "naive": naive}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--presses", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.notebooks] or sorted(NOTEBOOKS.glob("*.ipynb"))

    from playwright.sync_api import sync_playwright

    results = []
    with tempfile.TemporaryDirectory(prefix="dlscratch-browser-bench-") as work:
        server = JupyterServer("lab", NOTEBOOKS, Path(work))
        server.start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=CHROMIUM, args=CHROMIUM_FLAGS
                )
                context = browser.new_context(
                    viewport={"width": 1280, "height": 900},
                    device_scale_factor=DEVICE_SCALE,
                )
                context.route(  # offline machine: other hosts get an empty image
                    re.compile(r"^(?!(https?|wss?)://127\.0\.0\.1[:/])[a-z]+://"),
                    lambda route: route.fulfill(
                        status=200, content_type="image/svg+xml", body=EMPTY_SVG
                    ),
                )
                page = context.new_page()
                for path in paths:
                    print(f"  {path.name}", file=sys.stderr, flush=True)
                    result = measure_notebook(
                        page, server, path, args.presses, args.timeout
                    )
                    for s in result["sliders"]:
                        print(
                            f"    {s['label']}: median {s['median_ms']} ms "
                            f"({len(s['latencies_ms'])} presses)",
                            file=sys.stderr,
                        )
                    results.append(result)
                browser.close()
        finally:
            server.stop()

    def pooled(key):
        times = [t for r in results for s in r[key] for t in s["latencies_ms"]]
        return times, round(statistics.median(times), 1) if times else None

    all_times, median = pooled("sliders")
    naive_times, naive_median = pooled("naive")
    summary = {
        "when": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "device_scale_factor": DEVICE_SCALE,
        "presses_per_slider": args.presses,
        "median_ms": median,
        "naive_median_ms": naive_median,
        "slider_medians_ms": [
            s["median_ms"] for r in results for s in r["sliders"] if s["median_ms"]
        ],
        "naive_slider_medians_ms": [
            s["median_ms"] for r in results for s in r["naive"] if s["median_ms"]
        ],
        "notebooks": results,
    }
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(json.dumps(summary, indent=2))
    print(
        f"key press -> new pixels: median {median} ms over {len(all_times)} presses "
        f"of {len(summary['slider_medians_ms'])} sliders; the naive pattern "
        f"{naive_median} ms over {len(naive_times)} presses"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
