"""Fixtures of the browser suite: Chromium, JupyterLab, Notebook 7, results.

Run with `make test-browser` (Chromium from `make browser-deps`). Results go
to test-results/browser/: a screenshot per notebook and summary.json.
If Chromium cannot start, every test here fails and says why: the suite
never skips.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from lab import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    DEVICE_SCALE,
    NOTEBOOKS,
    RESULTS,
    JupyterServer,
)

EMPTY_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
_reports: list[dict] = []
_started = time.monotonic()


def pytest_configure(config):
    global _started
    _started = time.monotonic()
    RESULTS.mkdir(parents=True, exist_ok=True)
    for old in list(RESULTS.glob("*.png")) + [RESULTS / "summary.json"]:
        old.unlink(missing_ok=True)


@pytest.fixture(scope="session")
def record():
    """Tests call record(dict) to add a notebook's numbers to summary.json."""
    return _reports.append


def pytest_sessionfinish(session, exitstatus):
    wall = time.monotonic() - _started
    summary = {
        "wall_time_s": round(wall, 1),
        "exit_status": int(exitstatus),
        "chromium": CHROMIUM,
        "notebooks": _reports,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "summary.json").write_text(json.dumps(summary, indent=2) + "\n")


def pytest_terminal_summary(terminalreporter):
    if not _reports:
        return
    tr = terminalreporter
    tr.section("browser suite")
    for r in _reports:
        tr.write_line(
            f"{r['notebook']}: {r.get('widgets_rendered', 0)}/"
            f"{r.get('widgets_sent', 0)} widgets rendered "
            f"({r.get('widgets_expected', 0)} interactive figures saved), "
            f"{r.get('sliders_moved_figure_changed', 0)}/{r.get('sliders', 0)} "
            f"sliders moved with the figure changing, {r.get('seconds', 0)} s"
        )
    tr.write_line(
        f"wall time {time.monotonic() - _started:.1f} s; results in {RESULTS}"
    )


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright; a clear failure if it cannot start."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        pytest.fail(f"Playwright is not installed ({error}): run `make install`")
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: run `make browser-deps` "
            "(as root: apt-get install -y chromium), or set DLSCRATCH_CHROMIUM"
        )
    manager = sync_playwright().start()
    try:
        browser = manager.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
    except Exception as error:
        manager.stop()
        pytest.fail(f"Chromium at {CHROMIUM} could not start: {error}")
    yield browser
    browser.close()
    manager.stop()


def _server(app, tmp_path_factory):
    server = JupyterServer(app, NOTEBOOKS, tmp_path_factory.mktemp(app))
    try:
        server.start()
    except RuntimeError as error:
        pytest.fail(str(error))
    return server


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    server = _server("lab", tmp_path_factory)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def notebook7_server(tmp_path_factory):
    server = _server("notebook", tmp_path_factory)
    yield server
    server.stop()


@pytest.fixture
def page(browser):
    """A fresh browser context per test, console errors collected."""
    # device pixel ratio 2, as on most laptops: figures must be crisp there
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, device_scale_factor=DEVICE_SCALE
    )
    page = context.new_page()
    # This machine is offline: a request for another host (the notebooks' Colab
    # badge image) gets an empty image here instead of a console error; the
    # addresses are kept for summary.json.
    page.external_requests = []

    def answer_locally(route):
        page.external_requests.append(route.request.url)
        route.fulfill(status=200, content_type="image/svg+xml", body=EMPTY_SVG)

    context.route(
        re.compile(r"^(?!(https?|wss?)://127\.0\.0\.1[:/])[a-z]+://"), answer_locally
    )
    page.console_errors = []
    page.on(
        "console",
        lambda m: page.console_errors.append(m.text) if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: page.console_errors.append(f"page error: {e}"))
    yield page
    context.close()
