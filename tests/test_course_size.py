"""A core per section, one sitting: each section's notebook fits its budget.

A section's core notebook (notebooks/4.N-name.ipynb) is the section as a
learner meets it in one sitting: at most WORDS words of markdown and at most
CODE_LINES visible code lines (non-blank lines of code cells whose source is
not collapsed). What goes further lives in optional notebooks,
notebooks/4.Nx-optional-topic.ipynb, which the core links to and which link
back (CONTRIBUTING.md, "Adding a section"). Both editions are measured.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = {"en": ROOT / "notebooks", "ko": ROOT / "notebooks" / "ko"}
OPTIONAL_MARK = {"en": "(optional)", "ko": "(선택)"}

WORDS = 2500
CODE_LINES = 150


CORE = re.compile(r"^(?P<section>4\.\d+)-(?!optional)[a-z0-9-]+\.ipynb$")
OPTIONAL = re.compile(
    r"^(?P<section>4\.\d+)(?P<part>[a-z])-optional-[a-z0-9-]+\.ipynb$"
)
LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<target>[^)\s#]+)(?:#[^)\s]*)?\)")


def markdown_words(nb) -> int:
    """Words of all markdown cells: runs of characters between whitespace."""
    return sum(len(c.source.split()) for c in nb.cells if c.cell_type == "markdown")


def visible_code_lines(nb) -> int:
    """Non-blank lines of code cells whose source is not collapsed."""
    return sum(
        sum(1 for line in c.source.splitlines() if line.strip())
        for c in nb.cells
        if c.cell_type == "code"
        and not c.metadata.get("jupyter", {}).get("source_hidden", False)
    )


def over_budget(nb) -> list[str]:
    """What keeps a notebook from fitting its budget (empty: it fits)."""
    found = []
    if (words := markdown_words(nb)) > WORDS:
        found.append(f"{words} words of markdown (at most {WORDS})")
    if (lines := visible_code_lines(nb)) > CODE_LINES:
        found.append(f"{lines} visible code lines (at most {CODE_LINES})")
    return found


def links(nb) -> list[tuple[str, str]]:
    """(text, target) of every markdown link, without its #anchor."""
    return [
        (m["text"], m["target"])
        for c in nb.cells
        if c.cell_type == "markdown"
        for m in LINK.finditer(c.source)
    ]


def notebooks(edition: str) -> list[Path]:
    return sorted(EDITIONS[edition].glob("*.ipynb"))


def named(pattern: re.Pattern) -> list[tuple[str, Path]]:
    """(edition, path) of every notebook, in both editions, whose name matches."""
    return [
        (edition, path)
        for edition in EDITIONS
        for path in notebooks(edition)
        if pattern.match(path.name)
    ]


def cores() -> list[tuple[str, Path]]:
    return named(CORE)


def optionals() -> list[tuple[str, Path]]:
    return named(OPTIONAL)


def core_of(path: Path) -> Path:
    section = OPTIONAL.match(path.name)["section"]
    found = [p for p in path.parent.glob(f"{section}-*.ipynb") if CORE.match(p.name)]
    assert len(found) == 1, f"{path.name}: no single core notebook {section}-*.ipynb"
    return found[0]


def _id(item) -> str:
    edition, path = item
    return f"{edition}/{path.name}"


# ---------------------------------------------------------------- the measures


def test_the_measures_on_a_hand_made_notebook():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# A title\n\nTwo  words,\tthen $x^2$ math."),
        nbformat.v4.new_code_cell("import numpy as np\n\n\nx = 1  # one\n   \n"),
        nbformat.v4.new_code_cell("print(x)\nprint(2)"),
        nbformat.v4.new_code_cell("a = 1\nb = 2\nc = 3"),  # collapsed below
        nbformat.v4.new_code_cell(""),
    ]
    nb.cells[3].metadata["jupyter"] = {"source_hidden": True}
    assert markdown_words(nb) == 8  # "#", "A", "title", "Two", ..., "math."
    assert visible_code_lines(nb) == 4  # 2 + 2; the collapsed cell's 3 do not count
    assert over_budget(nb) == []
    nb.cells.append(nbformat.v4.new_markdown_cell("word " * (WORDS - 8)))
    assert over_budget(nb) == []
    nb.cells.append(nbformat.v4.new_markdown_cell("one more"))
    assert over_budget(nb) == [f"{WORDS + 2} words of markdown (at most {WORDS})"]
    nb.cells.append(nbformat.v4.new_code_cell("y = 2\n" * (CODE_LINES - 3)))
    assert len(over_budget(nb)) == 2 and "151 visible code lines" in over_budget(nb)[1]


def test_links_are_read_with_and_without_an_anchor():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(
            "See [4.4a (optional): noise](4.4a-optional-sgd-noise.ipynb) and\n"
            "[back](4.4-gradients.ipynb#Summary), not `[x](y)` in code... (but"
            " that is read too)."
        )
    ]
    assert links(nb) == [
        ("4.4a (optional): noise", "4.4a-optional-sgd-noise.ipynb"),
        ("back", "4.4-gradients.ipynb"),
        ("x", "y"),
    ]


# ---------------------------------------------------------------- the notebooks


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_notebook_is_a_core_or_an_optional_notebook(edition):
    names = [p.name for p in notebooks(edition)]
    assert names, f"no notebooks in {EDITIONS[edition]}"
    strays = [n for n in names if not (CORE.match(n) or OPTIONAL.match(n))]
    assert not strays, (
        f"{strays}: name a core notebook 4.N-name.ipynb and an optional one "
        "4.Nx-optional-topic.ipynb (CONTRIBUTING.md, Adding a section)"
    )
    sections = [CORE.match(n)["section"] for n in names if CORE.match(n)]
    assert len(sections) == len(set(sections)), "one core notebook per section"


@pytest.mark.parametrize("item", cores(), ids=_id)
def test_a_core_notebook_fits_one_sitting(item):
    _edition, path = item
    found = over_budget(nbformat.read(path, as_version=4))
    assert not found, (
        f"{path.name}: {', '.join(found)}. Move what the section can do without "
        "into an optional notebook (CONTRIBUTING.md, Adding a section)"
    )


def test_every_section_has_its_core_in_both_editions():
    sections = {
        edition: {CORE.match(p.name)["section"] for e, p in cores() if e == edition}
        for edition in EDITIONS
    }
    assert sections["en"] == sections["ko"]
    assert {"4.1", "4.2", "4.3", "4.4", "4.5"} <= sections["en"]


@pytest.mark.parametrize("item", optionals(), ids=_id)
def test_an_optional_notebook_says_so_and_links_back_to_its_core(item):
    edition, path = item
    nb = nbformat.read(path, as_version=4)
    core = core_of(path)
    mark = OPTIONAL_MARK[edition]
    part = OPTIONAL.match(path.name)
    titles = [
        line
        for c in nb.cells
        if c.cell_type == "markdown"
        for line in c.source.splitlines()
        if line.startswith("# ")
    ]
    assert len(titles) == 1, f"{path.name}: one title (# ...), found {titles}"
    assert titles[0].startswith(f"# {part['section']}{part['part']} "), titles[0]
    assert titles[0].endswith(mark), f"{path.name}: its title must end with {mark}"
    targets = [target for _text, target in links(nb)]
    assert core.name in targets, f"{path.name} does not link back to {core.name}"


@pytest.mark.parametrize("item", optionals(), ids=_id)
def test_a_core_notebook_links_to_each_optional_notebook(item):
    edition, path = item
    core = core_of(path)
    texts = [
        text
        for text, target in links(nbformat.read(core, as_version=4))
        if target == path.name
    ]
    assert texts, f"{core.name} never links to {path.name}"
    mark = OPTIONAL_MARK[edition]
    assert any(mark in text for text in texts), (
        f"{core.name}: no link to {path.name} says {mark} in its text"
    )


def test_the_course_has_optional_notebooks_in_both_editions():
    """The link tests above are not vacuous: 4.4 has been split."""
    names = {(e, p.name) for e, p in optionals()}
    for edition in EDITIONS:
        assert (edition, "4.4a-optional-sgd-noise.ipynb") in names
        assert (edition, "4.4b-optional-common-mistakes.ipynb") in names
