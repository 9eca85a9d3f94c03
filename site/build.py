"""Build the course's website from the saved notebooks: `make site`.

    python site/build.py          (site/_build/html/index.html is the start page)

The site shows both editions (English at the top, Korean in ko/) as their
notebooks were saved (nothing is
executed): prose, code, printed numbers and every figure with its alt text.
What a reader of a static page must not see is left out of the page copies
made in site/_build/src/: each exercise's solution cells (and the "Solutions"
heading above them), and the Colab setup cell, which does nothing outside
Colab. A prediction's saved output is its question and choices, never its
answer. The Colab badge line becomes a link to the notebook's twin in the
other edition; the theme's launch buttons open the notebook on Binder or
Colab.

Sphinx, myst-nb and sphinx-book-theme build it offline (their pins:
site/requirements.txt, installed into .venv-site/, never into the learners'
environment); MathJax comes from sphinx-mathjax-offline's copy, so pages load
nothing from another host.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "site"
SRC = SITE / "_build" / "src"
OUT = SITE / "_build" / "html"
sys.path.insert(0, str(ROOT / "tools"))

from notebook_list import all_notebooks  # noqa: E402

# a link to the other edition's build (raw HTML: MyST would look for a page here)
TWIN = {
    "en": '<a href="{name}" lang="ko">한국어판</a>',
    "ko": '<a href="{name}" lang="en">English edition</a>',
}
GLOSSARY = re.compile(r"\]\((?:\.\./)+i18n/glossary\.md\)")


def edition(path: Path) -> str:
    return "ko" if path.parent.name == "ko" else "en"


def is_solution(cell) -> bool:
    """A collapsed code cell that is not the Colab setup: an exercise's solution."""
    tags = cell.metadata.get("tags", [])
    hidden = cell.metadata.get("jupyter", {}).get("source_hidden")
    return cell.cell_type == "code" and bool(hidden) and "colab-setup" not in tags


def page_cells(nb, path: Path) -> list:
    """The notebook's cells as the site shows them."""
    lang = edition(path)
    html = path.with_suffix(".html").name
    twin = f"ko/{html}" if lang == "en" else f"../{html}"
    glossary = "](glossary.md)"
    cells = []
    for index, cell in enumerate(nb.cells):
        tags = cell.metadata.get("tags", [])
        if "colab-setup" in tags or "colab-setup-title" in tags or is_solution(cell):
            continue
        if "colab-badge" in tags:  # Colab and Binder: the theme's launch buttons
            cell.source = TWIN[lang].format(name=twin)
        rest = nb.cells[index + 1 :]
        if (
            cell.cell_type == "markdown"
            and rest
            and all(
                is_solution(c) or (c.cell_type == "code" and not c.source) for c in rest
            )  # fmt: skip
        ):
            continue  # the "Solutions" heading: nothing of it is shown
        if cell.cell_type == "markdown":
            cell.source = GLOSSARY.sub(glossary, cell.source)
        cells.append(cell)
    return cells


def title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("# "):
            return cell.source.lstrip()[2:].splitlines()[0].strip()
    raise ValueError("a notebook without a '# ' title")


# each edition's start page: site/pages/index.<language>.md, with {pages} and {repo}
PAGES = SITE / "pages"


def prepare() -> None:
    """Write each edition's page sources into site/_build/src/<language>."""
    from add_badges import REPO

    if SRC.exists():
        shutil.rmtree(SRC)
    pages = {"en": [], "ko": []}
    for lang in pages:
        (SRC / lang).mkdir(parents=True)
    for path in all_notebooks():
        nb = nbformat.read(path, as_version=4)
        nb.cells = page_cells(nb, path)
        lang = edition(path)
        nbformat.write(nb, SRC / lang / path.name)
        pages[lang].append(path.stem)
    glossary = (ROOT / "i18n" / "glossary.md").read_text()
    repo = f"https://github.com/{REPO}"
    for lang, names in pages.items():
        (SRC / lang / "glossary.md").write_text(glossary)
        template = (PAGES / f"index.{lang}.md").read_text()
        text = template.replace("{pages}", "\n".join(names)).replace("{repo}", repo)
        (SRC / lang / "index.md").write_text(text)


def main() -> int:
    prepare()
    if OUT.exists():
        shutil.rmtree(OUT)
    # two Sphinx builds, one per edition: each its own navigation, search
    # index and interface language; the Korean one in ko/ of the English one
    for lang, out in (("en", OUT), ("ko", OUT / "ko")):
        command = [
            sys.executable, "-m", "sphinx", "-b", "html", "-c", str(SITE),
            "--fail-on-warning", "--keep-going", "-q", str(SRC / lang), str(out),
        ]  # fmt: skip
        env = {**os.environ, "DLSCRATCH_SITE_LANGUAGE": lang}
        result = subprocess.run(command, cwd=ROOT, env=env)
        if result.returncode:
            return result.returncode
    print(f"site: {OUT / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
