"""The course's website (`make site`) as a reader meets it, in Chromium.

Every page of both editions is served from site/_build/html on 127.0.0.1 and
opened: it renders with no console error and loads nothing from another host;
every figure the notebook saved is on its page with the notebook's alt text;
no prediction's answer, no exercise's worked answer and no solution is on the
page; Korean pages draw their Hangul with a font that has it; every link and
resource inside the site resolves (anchors included); axe-core finds no
serious or critical violation.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import nbformat
import pytest
from lab import ROOT, axe_violations, free_port, hangul_fonts, korean_font_families

SITE = ROOT / "site" / "_build" / "html"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("4.*.ipynb"))
NOTEBOOKS += sorted((ROOT / "notebooks" / "ko").glob("4.*.ipynb"))
PAGES = [p.relative_to(ROOT / "notebooks").with_suffix(".html") for p in NOTEBOOKS]
# the site's own pages besides the notebooks
PAGES += [Path("index.html"), Path("ko/index.html"), Path("glossary.html")]
CONTENT = "article.bd-article"
WEB_FONT = "NanumGothic"  # site/static/hangul.css serves the package's copy


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site_url():
    if not (SITE / "index.html").exists():
        pytest.fail("the site is not built: run `make site` (make test-browser does)")
    handler = functools.partial(_Quiet, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def _saved(path: Path):
    """The notebook's saved alt texts, and the texts a page must not show:
    its solutions' code and outputs, its predictions' and exercises' answers."""
    from dlscratch_helpers import i18n, quiz

    nb = nbformat.read(path, as_version=4)
    alts, solutions, shown = [], [], set()
    for cell in nb.cells:
        hidden_cell = cell.metadata.get("jupyter", {}).get("source_hidden")
        setup = "colab-setup" in cell.metadata.get("tags", [])
        if cell.cell_type == "code" and hidden_cell and not setup:
            solutions.append(cell.source)
            continue
        shown |= {line.strip() for line in cell.source.splitlines()}
        for output in cell.get("outputs", []):
            alt = output.get("metadata", {}).get("image/png", {}).get("alt")
            if alt and "image/png" in output.get("data", {}):
                alts.append(alt)
    language = "ko" if path.parent.name == "ko" else "en"
    section = path.name[:3]
    module = quiz._lookup(f"{section}/1", "EXERCISES") and __import__(
        f"dlscratch_helpers.quiz.s{section.replace('.', '_')}", fromlist=["x"]
    )
    catalogue = i18n.catalogue(language)
    answers = [q.explain for q in module.PREDICTIONS.values()]
    answers += [e.explain for e in module.EXERCISES.values()]
    answers = [catalogue.get(text, text) for text in answers]
    # each solution by a line of its own, found in no line the page shows (the
    # exercise cell shares its check; `net = simpleNet()` is part of a shown line)
    hidden = [
        next(line.strip() for line in source.splitlines()
             if len(line.strip()) > 12 and not any(line.strip() in s for s in shown))
        for source in solutions
    ]  # fmt: skip
    return alts, hidden, answers


def _plain(text: str) -> str:
    """Text as a page shows it: no HTML tags, no $ of maths, spaces folded."""
    return " ".join(re.sub(r"<[^>]+>|\$", " ", text).split())


@pytest.mark.parametrize("page_path", PAGES, ids=[str(p) for p in PAGES])
def test_every_page_reads_well_and_gives_nothing_away(page_path, site_url, page):
    url = urljoin(site_url, page_path.as_posix())
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    response = page.goto(url, wait_until="load")
    assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")
    assert errors == [], errors
    assert page.external_requests == [], "the page loads from another host"
    assert page.locator(CONTENT).count() == 1

    if page_path.name.startswith("4."):
        notebook = ROOT / "notebooks" / page_path.with_suffix(".ipynb")
        alts, solutions, answers = _saved(notebook)
        shown_alts = page.locator(f"{CONTENT} img").evaluate_all(
            "imgs => imgs.map(i => i.getAttribute('alt') || '')"
        )
        missing = [a[:80] for a in alts if a not in shown_alts]
        assert missing == [], f"figures without their alt text: {missing}"
        assert len(shown_alts) >= len(alts)
        if "-optional-" not in page_path.name:  # a core has figures; 4.4b has none
            assert len(alts) > 0
        text = " ".join(page.locator(CONTENT).inner_text().split())
        for answer in answers:
            assert _plain(answer)[:70] not in text, f"an answer is shown: {answer[:70]}"
        for line in solutions:
            assert line not in text, f"a solution is shown: {line}"
        assert not re.search(r"✓ 4\.\d", text), "a solution's verdict is shown"

    if page_path.parts[0] == "ko":
        assert page.locator("html").get_attribute("lang") == "ko"
        korean = korean_font_families() | {WEB_FONT}
        fonts = hangul_fonts(page, CONTENT, korean)
        assert fonts["probed"] > 0
        assert fonts["without_korean_font"] == [], fonts["without_korean_font"][:3]

    serious = [
        v
        for v in axe_violations(page, ["body"])
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], serious[:5]


def test_no_link_inside_the_site_is_broken(site_url, page):
    """Every href and src of every page that stays on the site resolves, and a
    link's #anchor names an element of the page it leads to."""
    broken, seen, ids = [], set(), {}

    def ids_of(target: str) -> set[str]:
        if target not in ids:
            page.goto(target, wait_until="load")
            ids[target] = set(page.locator("[id]").evaluate_all(
                "els => els.map(e => e.id)"))  # fmt: skip
        return ids[target]

    pages = sorted(SITE.glob("*.html")) + sorted(SITE.glob("ko/*.html"))
    assert len(pages) >= len(PAGES)
    for page_path in pages:  # the site's pages (not the theme's files in _static)
        url = urljoin(site_url, page_path.relative_to(SITE).as_posix())
        page.goto(url, wait_until="load")
        refs = page.locator("[href], [src]").evaluate_all(
            "els => els.map(e => e.getAttribute('href') || e.getAttribute('src'))"
        )
        for ref in refs:
            target, anchor = urldefrag(urljoin(url, ref))
            if urlparse(target).netloc != urlparse(site_url).netloc:
                continue
            if target not in seen:
                seen.add(target)
                status = page.request.get(target).status
                if status != 200:
                    broken.append(f"{page_path.name}: {ref} ({status})")
                    continue
            if anchor and target.endswith(".html") and anchor not in ids_of(target):
                broken.append(f"{page_path.name}: {ref} (no #{anchor} there)")
    assert broken == [], broken[:20]
    assert len(seen) > 50  # pages, figures, styles: the crawl really ran
