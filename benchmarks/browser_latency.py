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
    NOTEBOOKS,
    JupyterServer,
    NotebookDriver,
    expected_from_saved,
)

RESULT = Path(__file__).resolve().parent / "results" / "browser_latency.json"
EMPTY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'

# Listeners in the page: keydown starts a clock, the figure's next image load
# (then the next animation frame, when it is painted) stops it.
INSTALL_JS = """
(node) => {
  const state = { start: null, times: [] };
  window.__dlscratchLatency = state;
  document.addEventListener('keydown', () => { state.start = performance.now(); },
                            { capture: true });
  for (const img of node.querySelectorAll('img')) {
    img.addEventListener('load', () => {
      if (state.start === null) return;
      const start = state.start;
      state.start = null;
      requestAnimationFrame(() => state.times.push(performance.now() - start));
    });
  }
}
"""


def measure_notebook(page, server, path: Path, presses: int, timeout: float) -> dict:
    driver = NotebookDriver(page, server)
    expected = expected_from_saved(path)
    server.clear_sessions()
    driver.open(f"notebooks/{path.name}")
    driver.clear_and_run_all(expected.code_cells, timeout=timeout)
    found = driver.wait_widgets_settled(driver.sent_widget_views())
    sliders = []
    for widget in found:
        if widget["state"] != "rendered":
            continue
        node = driver.output_node(widget["index"])
        if node.locator("img").count() == 0:
            continue  # a panel without a figure image
        node.evaluate(INSTALL_JS)
        handles = node.locator(".widget-slider")
        for i in range(handles.count()):
            slider = handles.nth(i)
            label = slider.locator(".widget-label").inner_text().strip() or f"#{i}"
            handle = slider.locator(".noUi-handle").first
            driver.wait_stable(node, steady=0.3)
            times, missed = [], 0
            for k in range(presses):
                before = page.evaluate("window.__dlscratchLatency.times.length")
                handle.focus()
                page.keyboard.press("ArrowRight" if k % 2 == 0 else "ArrowLeft")
                try:
                    page.wait_for_function(
                        f"window.__dlscratchLatency.times.length > {before}",
                        timeout=3000,
                    )
                except Exception:  # no new picture for this step
                    missed += 1
                    page.evaluate("window.__dlscratchLatency.start = null")
                    continue
                times.append(page.evaluate("window.__dlscratchLatency.times.at(-1)"))
                time.sleep(0.15)  # let the kernel go idle before the next key
            sliders.append(
                {
                    "label": label,
                    "latencies_ms": [round(t, 1) for t in times],
                    "median_ms": round(statistics.median(times), 1) if times else None,
                    "presses_without_new_picture": missed,
                }
            )
    server.clear_sessions()
    return {"notebook": path.name, "sliders": sliders}


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
                context = browser.new_context(viewport={"width": 1280, "height": 900})
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
    all_times = [t for r in results for s in r["sliders"] for t in s["latencies_ms"]]
    summary = {
        "when": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "presses_per_slider": args.presses,
        "median_ms": round(statistics.median(all_times), 1) if all_times else None,
        "slider_medians_ms": [
            s["median_ms"] for r in results for s in r["sliders"] if s["median_ms"]
        ],
        "notebooks": results,
    }
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(json.dumps(summary, indent=2))
    print(
        f"key press -> new pixels: median {summary['median_ms']} ms over "
        f"{len(all_times)} presses of {len(summary['slider_medians_ms'])} sliders"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
