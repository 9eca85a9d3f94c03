"""The Korean edition is made from the English one: same code, fresh translations.

notebooks/ko/<name>.ipynb = notebooks/<name>.ipynb with the Korean text of
i18n/ko/<name>.md in its markdown cells (tools/translate.py). A changed
English cell makes its translation stale, and the test below fails, naming
the cell, until the Korean is brought up to date.
"""

import json
import re
from pathlib import Path

import add_badges
import nbformat
import pytest
import translate
from notebook_list import english_notebooks, korean_notebooks

ROOT = Path(__file__).resolve().parents[1]

ENGLISH = english_notebooks()
NAMES = [p.stem for p in ENGLISH]


def korean(name: str):
    return nbformat.read(ROOT / "notebooks" / "ko" / f"{name}.ipynb", as_version=4)


def english(name: str):
    return nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)


def test_every_english_notebook_has_a_korean_one_and_no_more():
    korean_names = [p.stem for p in korean_notebooks()]
    assert korean_names == NAMES
    translations = sorted(p.stem for p in (ROOT / "i18n/ko").glob("*.md"))
    assert translations == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_markdown_cell_is_translated_and_fresh(name):
    found = translate.problems(name)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", NAMES)
def test_code_cells_are_identical_but_the_language(name):
    en, ko = english(name), korean(name)
    en_code = [c for c in en.cells if c.cell_type == "code"]
    ko_code = [c for c in ko.cells if c.cell_type == "code"]
    assert [c.id for c in ko_code] == [c.id for c in en_code]
    language = [c for c in en_code if "language" in c.metadata.get("tags", [])]
    assert len(language) == 1, 'one cell tagged "language" per notebook'
    assert 'set_language("en")' in language[0].source
    first_code_after_setup = [
        c for c in en_code if "colab-setup" not in c.metadata.get("tags", [])
    ][0]
    assert first_code_after_setup is language[0], "the language is set first"
    for e, k in zip(en_code, ko_code, strict=True):
        if e is language[0]:
            assert k.source == e.source.replace(
                'set_language("en")', 'set_language("ko")'
            )
        elif "colab-setup" in e.metadata.get("tags", []):  # Korean comments, messages
            assert k.source == add_badges.setup_source(f"ko/{name}.ipynb")
        else:
            assert k.source == e.source, f"code cell {e.id} differs"
        assert k.metadata == e.metadata


@pytest.mark.parametrize("name", NAMES)
def test_the_korean_notebook_is_what_build_makes(name):
    """Nobody edits notebooks/ko/ by hand: rebuilding changes no source or cell."""
    ko = korean(name)
    built = translate.build_notebook(
        english(name), translate.read_blocks(translate.source_path(name)), ko
    )

    def shape(nb):
        return [
            (c.id, c.cell_type, c.source, json.dumps(c.metadata, sort_keys=True))
            for c in nb.cells
        ]

    assert shape(ko) == shape(built), (
        "run `python tools/translate.py build`, then tools/add_badges.py and "
        "tools/execute.py on notebooks/ko/ (make notebooks does all three)"
    )


def _one_notebook():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Loss functions", id="aaaa0001"),
        nbformat.v4.new_code_cell(
            'from dlscratch_helpers import set_language\n\nset_language("en")',
            id="bbbb0002",
            metadata={"tags": ["language"]},
        ),
        nbformat.v4.new_markdown_cell("The **loss** measures the error.", id="cccc03"),
        nbformat.v4.new_code_cell("print(1 + 1)", id="dddd0004"),
    ]
    return nb


def test_a_changed_english_cell_makes_its_translation_stale():
    nb = _one_notebook()
    blocks = {
        c.id: translate.Block(c.id, translate.english_hash(c.source), text)
        for c, text in zip(
            translate.translatable(nb),
            ["# 손실 함수", "**손실**은 오차를 잽니다."],
            strict=True,
        )
    }
    assert translate.problems_in(nb, blocks, "x") == []
    nb.cells[2].source = "The **loss** measures how wrong the network is."
    found = translate.problems_in(nb, blocks, "x")
    assert len(found) == 1 and "cccc03" in found[0] and "changed in English" in found[0]
    # a new English cell has no translation; a removed one leaves an orphan
    nb.cells.append(nbformat.v4.new_markdown_cell("More text.", id="eeee0005"))
    del nb.cells[0]
    found = "\n".join(translate.problems_in(nb, blocks, "x"))
    assert "eeee0005" in found and "has no translation" in found
    assert "aaaa0001" in found and "no longer has" in found


def test_a_block_still_in_english_is_reported():
    nb = _one_notebook()
    blocks = {
        c.id: translate.Block(c.id, translate.english_hash(c.source), c.source)
        for c in translate.translatable(nb)
    }
    found = translate.problems_in(nb, blocks, "x")
    assert len(found) == 2 and all("still in English" in f for f in found)


def test_blocks_round_trip_through_the_file(tmp_path):
    path = tmp_path / "x.md"
    blocks = {
        "a1": translate.Block("a1", "0123456789ab", "# 제목\n\n본문 `code`"),
        "b2": translate.Block("b2", "ba9876543210", "$$x^2$$\n\n- 목록"),
    }
    translate.write_blocks(path, "x", ["a1", "b2"], blocks)
    assert translate.read_blocks(path) == blocks


def test_build_puts_korean_in_markdown_and_sets_the_language():
    nb = _one_notebook()
    blocks = {
        c.id: translate.Block(c.id, translate.english_hash(c.source), f"한국어 {i}")
        for i, c in enumerate(translate.translatable(nb))
    }
    built = translate.build_notebook(nb, blocks)
    assert [c.source for c in built.cells] == [
        "한국어 0",
        'from dlscratch_helpers import set_language\n\nset_language("ko")',
        "한국어 1",
        "print(1 + 1)",
    ]
    assert nb.cells[1].source.endswith('set_language("en")')  # English untouched


@pytest.mark.parametrize("name", NAMES)
def test_relative_links_in_korean_notebooks_resolve(name):
    """Links written for notebooks/ must gain a ../ in notebooks/ko/."""
    folder = ROOT / "notebooks" / "ko"
    for cell in korean(name).cells:
        if cell.cell_type != "markdown":
            continue
        for target in re.findall(r"\]\(([^)\s]+)\)", cell.source):
            if re.match(r"[a-z]+:|#", target):
                continue
            path = (folder / target.split("#")[0]).resolve()
            assert path.exists(), f"cell {cell.id}: link to {target} does not resolve"


NUMBER = re.compile(r"-?\d+\.(?:\d{3,}(?:e[-+]?\d+)?|\d+e[-+]?\d+)")


def _printed_numbers(cell) -> list[str]:
    """Numbers with three or more decimals, or in scientific notation (a relative
    error such as 9.9e-07), in a cell's printed text outputs."""
    texts = [
        o.get("text", "") + o.get("data", {}).get("text/plain", "")
        for o in cell.get("outputs", [])
    ]
    return sorted(NUMBER.findall("".join(texts)))


@pytest.mark.parametrize("name", NAMES)
def test_the_same_numbers_come_out_in_both_editions(name):
    """The study note's numbers (and every other the code prints) in both."""
    en, ko = english(name), korean(name)
    ko_cells = {c.id: c for c in ko.cells}
    compared = 0
    for cell in en.cells:
        if cell.cell_type != "code" or "nbval-ignore-output" in cell.metadata.get(
            "tags", []
        ):
            continue
        numbers = _printed_numbers(cell)
        assert _printed_numbers(ko_cells[cell.id]) == numbers, f"cell {cell.id}"
        compared += len(numbers)
    assert compared > 0
