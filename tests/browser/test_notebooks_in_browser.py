"""Every course notebook, run the way a learner runs it: in JupyterLab, in Chromium.

nbval has no widget front end: it cannot see a slider that fails to render
("Error displaying widget: model not found") or a figure that never updates.
For each notebook in notebooks/ (found when the tests are collected, so a
new notebook is covered at once) this test opens it in a fresh JupyterLab
page with no kernel left over, clears every output, runs all cells, checks
the run is fresh (execution counts 1, 2, ... in cell order) and error-free,
that every widget the saved notebook displays is rendered, and moves every
slider with the keyboard until the figure it drives changes. A screenshot of
the whole notebook and the numbers go to test-results/browser/.
"""

from __future__ import annotations

import os
import re
import time

import pytest
from lab import (
    COURSE_CONTENT,
    DEVICE_SCALE,
    NOTEBOOKS,
    RESULTS,
    Expected,
    NotebookDriver,
    NotebookReport,
    axe_violations,
    check_fresh_run,
    expected_from_saved,
    korean_font_families,
)

RUN_TIMEOUT = float(os.environ.get("DLSCRATCH_RUN_TIMEOUT", 240))
# Both editions: notebooks/*.ipynb and the Korean notebooks/ko/*.ipynb.
NOTEBOOK_FILES = [
    *sorted(NOTEBOOKS.glob("*.ipynb")),
    *sorted(NOTEBOOKS.glob("ko/*.ipynb")),
]
IDS = [p.relative_to(NOTEBOOKS).as_posix() for p in NOTEBOOK_FILES]


# Console errors that come from the page itself, not from the course's code:
# none are known with the pinned versions. Add a pattern here only with the
# reason it is harmless.
HARMLESS_CONSOLE_ERRORS: list[re.Pattern] = []


def course_console_errors(messages: list[str]) -> list[str]:
    return [
        m for m in messages if not any(p.search(m) for p in HARMLESS_CONSOLE_ERRORS)
    ]


def run_notebook(driver: NotebookDriver, rel: str, expected: Expected, report):
    t0 = time.monotonic()
    driver.open(rel)
    t1 = time.monotonic()
    prompts = driver.clear_and_run_all(expected.code_cells, timeout=RUN_TIMEOUT)
    report.phases.update(open=t1 - t0, run_all=time.monotonic() - t1)
    tracebacks = driver.traceback_outputs()
    assert not tracebacks, (
        "Run All stopped at an error (a learner's Run All stops there too; show "
        "an expected error with try/except instead):\n" + tracebacks[0][-1500:]
    )
    check_fresh_run(prompts, driver.code_sources_empty())
    report.code_cells = expected.code_cells


def check_widgets(driver: NotebookDriver, expected: Expected, report) -> list:
    """Every widget the kernel sent is rendered: none in error, none loading.

    The count the kernel sent is read from the notebook's output models; it
    must be at least the number of interactive figures in the saved notebook.
    """
    sent = driver.sent_widget_views()
    report.widgets_sent = sent
    assert sent >= expected.interactive_figures, (
        f"the kernel displayed {sent} widgets; the saved notebook has "
        f"{expected.interactive_figures} interactive figures"
    )
    found = driver.wait_widgets_settled(sent)
    broken = [w for w in found if w["state"] != "rendered"]
    assert not broken, f"widgets not displayed: {broken}"
    rendered = [w for w in found if w["state"] == "rendered"]
    report.widgets_rendered = len(rendered)
    assert len(rendered) == sent, (
        f"{len(rendered)} widgets rendered of the {sent} the kernel displayed"
    )
    return rendered


def check_accessibility(driver: NotebookDriver, report) -> None:
    """axe-core over the page: no serious or critical violation in the course's
    content (excused: only NOT_THE_COURSES); JupyterLab's own are listed in
    summary.json, not counted."""
    course = axe_violations(driver.page, COURSE_CONTENT)
    whole = axe_violations(driver.page, ["body"])
    in_course = {(v["rule"], v["html"]) for v in course}
    report.accessibility = {
        "course": [v for v in course if not v["excused"]],
        "excused": sorted({f"{v['rule']}: {v['excused']}" for v in course
                           if v["excused"]}),
        "jupyterlab": sorted({f"{v['rule']} ({v['impact']})" for v in whole
                              if (v["rule"], v["html"]) not in in_course}),
    }  # fmt: skip
    serious = [
        v for v in report.accessibility["course"]
        if v["impact"] in ("serious", "critical")
    ]  # fmt: skip
    assert not serious, f"accessibility of the course's content: {serious}"
    labels = driver.panel.locator(".widget-slider .widget-label").all_inner_texts()
    assert all(t.strip() for t in labels), f"a slider without a visible label: {labels}"


def check_figure_sizes(driver: NotebookDriver, node) -> list[dict]:
    """Every live figure is shown at its intended CSS size, never stretched
    past it (shrunk only where the page is narrower), and, once its sliders
    rest, crisp: DEVICE_SCALE pixels for each CSS pixel."""
    sizes = driver.wait_crisp(node, DEVICE_SCALE)
    for s in sizes:
        assert s["intended"], f"a figure without an intended width: {s}"
        assert s["shown"] <= s["intended"] + 0.5, f"stretched: {s}"
        assert s["shown"] >= min(s["intended"], s["room"]) - 1, f"shrunk: {s}"
        assert s["natural"] >= DEVICE_SCALE * s["intended"] - 1, f"blurry: {s}"
    return sizes


@pytest.mark.parametrize("path", NOTEBOOK_FILES or [None], ids=IDS or ["no-notebooks"])
def test_notebook_in_jupyterlab(path, lab_server, page, record):
    assert path is not None, f"no notebooks found in {NOTEBOOKS}"
    start = time.monotonic()
    rel = path.relative_to(NOTEBOOKS).as_posix()  # "4.3-x.ipynb", "ko/4.3-x.ipynb"
    expected = expected_from_saved(lab_server.root / "notebooks" / rel)
    report = NotebookReport(rel, widgets_expected=expected.interactive_figures)
    lab_server.clear_sessions()  # no kernel left from an earlier test
    driver = NotebookDriver(page, lab_server)
    try:
        run_notebook(driver, f"notebooks/{rel}", expected, report)
        for widget in check_widgets(driver, expected, report):
            node = driver.output_node(widget["index"])
            report.sliders += driver.move_sliders(node)
            report.figures += check_figure_sizes(driver, node)
            report.predictions += driver.answer_predictions(node)
        driver.wait_page_idle(timeout=30)
        check_accessibility(driver, report)
        report.phases["widgets"] = (
            time.monotonic() - start - sum(report.phases.values())
        )
        stuck = [s for s in report.sliders if not (s.moved and s.figure_changed)]
        assert not stuck, f"sliders that did not change their figure: {stuck}"
        drawn = driver.explorer_errors()
        assert not drawn, f"a widget reported an error: {drawn}"
        report.console_errors = course_console_errors(page.console_errors)
        assert not report.console_errors, f"console errors: {report.console_errors}"
        if rel.startswith("ko/"):  # the Korean edition: Hangul drawn, no empty boxes
            korean = korean_font_families()
            assert korean, "no font covers Korean (make browser-deps installs one)"
            report.hangul = driver.hangul_fonts(korean)
            assert report.hangul["probed"] >= 20, report.hangul
            assert report.hangul["without_korean_font"] == [], report.hangul
    finally:
        shot = RESULTS / f"{rel.removesuffix('.ipynb').replace('/', '-')}.png"
        try:
            for widget in driver.widget_outputs():
                driver.wait_stable(driver.output_node(widget["index"]))
            t0 = time.monotonic()
            shots = driver.screenshot(shot)
            report.phases["screenshot"] = time.monotonic() - t0
            report.screenshot = ", ".join(str(p.relative_to(RESULTS)) for p in shots)
        except Exception as error:  # the test's own failure matters more
            report.screenshot = f"not taken: {error}"
        report.seconds = time.monotonic() - start
        report.external_requests = page.external_requests
        record(report.summary())
        lab_server.clear_sessions()


def test_notebook7_renders_widgets(notebook7_server, page, record):
    """Smoke test: the classic-style `jupyter notebook` UI shows the widgets too."""
    with_widgets = [
        p for p in NOTEBOOK_FILES if expected_from_saved(p).interactive_figures
    ]
    assert with_widgets, f"no notebook in {NOTEBOOKS} displays a widget"
    path = with_widgets[0]
    start = time.monotonic()
    expected = expected_from_saved(notebook7_server.root / "notebooks" / path.name)
    report = NotebookReport(
        f"Notebook 7: {path.name}", widgets_expected=expected.interactive_figures
    )
    notebook7_server.clear_sessions()
    driver = NotebookDriver(page, notebook7_server, ui="notebook")
    try:
        run_notebook(driver, f"notebooks/{path.name}", expected, report)
        rendered = check_widgets(driver, expected, report)
        for widget in rendered:  # the first widget with sliders
            node = driver.output_node(widget["index"])
            if node.locator(".widget-slider").count():
                report.sliders += driver.move_sliders(node)
                break
        assert report.sliders, "no slider found to move"
        assert all(s.moved and s.figure_changed for s in report.sliders)
        # the arrow keys move the slider, as in JupyterLab (jupyter-settings/)
        arrows = [s for s in report.sliders if s.keys[-1].startswith("Arrow")]
        assert arrows, f"only Home/End moved the sliders: {report.sliders}"
    finally:
        shot = RESULTS / f"notebook7-{path.stem}.png"
        try:
            shots = driver.screenshot(shot)
            report.screenshot = ", ".join(str(p.relative_to(RESULTS)) for p in shots)
        except Exception as error:
            report.screenshot = f"not taken: {error}"
        report.seconds = time.monotonic() - start
        report.external_requests = page.external_requests
        record(report.summary())
        notebook7_server.clear_sessions()
