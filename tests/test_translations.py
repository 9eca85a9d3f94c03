"""The Korean edition is made from the English one: same code, fresh translations.

notebooks/ko/<name>.ipynb = notebooks/<name>.ipynb with the Korean of
i18n/ko/<name>.po (gettext) in its markdown cells and in its code cells'
comments and docstrings (tools/translate.py). A changed English text is
marked fuzzy by `make translations`, with its previous English, and the tests
below fail, naming the cell, until the Korean is brought up to date.
"""

import io
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


def test_every_english_notebook_has_a_korean_one_and_a_catalogue_and_no_more():
    korean_names = [p.stem for p in korean_notebooks()]
    assert korean_names == NAMES
    catalogues = sorted(p.stem for p in (ROOT / "i18n/ko").glob("*.po"))
    assert catalogues == NAMES
    assert not list((ROOT / "i18n/ko").glob("*.md")), "the .po files replace them"


@pytest.mark.parametrize("name", NAMES)
def test_every_text_of_the_notebook_is_translated_and_fresh(name):
    found = translate.problems(name)
    assert not found, "\n".join(found)


def test_the_package_catalogue_is_complete_fresh_and_compiled():
    found = translate.package_problems()
    assert not found, f"{len(found)} problems:\n" + "\n".join(found)


def test_no_package_locale_module_is_left():
    """The catalogue is gettext's .po/.mo: no dict of English keys any more."""
    assert not list((ROOT / "dlscratch_helpers/locale").rglob("*.py"))


@pytest.mark.parametrize("name", NAMES)
def test_code_is_identical_but_comments_docstrings_and_the_language(name):
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
        assert k.metadata == e.metadata
        if "colab-setup" in e.metadata.get("tags", []):  # Korean comments, messages
            assert k.source == add_badges.setup_source(f"ko/{name}.ipynb")
            continue
        expected = e.source
        if e is language[0]:
            expected = e.source.replace('set_language("en")', 'set_language("ko")')
        assert translate.stripped(k.source) == translate.stripped(expected), (
            f"code cell {e.id} differs in more than comments and docstrings"
        )


@pytest.mark.parametrize("name", NAMES)
def test_the_korean_notebook_is_what_build_makes(name):
    """Nobody edits notebooks/ko/ by hand: rebuilding changes no source or cell."""
    ko = korean(name)
    catalog = translate.read_catalog(translate.source_path(name))
    built = translate.build_notebook(
        english(name), translate.translations_of(catalog), ko
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
        nbformat.v4.new_code_cell(
            "# the sum of the squared errors\n"
            "# over every sample\n"
            "def sse(y, t):\n"
            '    """Sum of squared errors."""\n'
            "    return 0.5 * ((y - t) ** 2).sum()  # book\n",
            id="dddd0004",
        ),
    ]
    return nb


KOREAN = {
    "# Loss functions": "# 손실 함수",
    "The **loss** measures the error.": "**손실**은 오차를 잽니다.",
    "the sum of the squared errors\nover every sample": (
        "모든 샘플에 대한\n오차 제곱의 합"
    ),
    "Sum of squared errors.": "오차제곱합.",
    "book": "책",
}


def _translated(nb):
    catalog = translate.merge_notebook(None, translate.notebook_messages(nb), "x")
    for m in catalog:
        if m.id:
            m.string = KOREAN[m.id]
    return catalog


def _round_trip(catalog, tmp_path):
    path = tmp_path / "x.po"
    translate.write_catalog(path, catalog)
    return translate.read_catalog(path), path.read_text(encoding="utf-8")


def test_the_extractor_finds_markdown_comment_runs_and_docstrings_by_cell():
    found = translate.notebook_messages(_one_notebook())
    assert [(cell, text) for cell, text, _kind in found] == [
        ("aaaa0001", "# Loss functions"),
        ("cccc03", "The **loss** measures the error."),
        ("dddd0004", "the sum of the squared errors\nover every sample"),
        ("dddd0004", "Sum of squared errors."),
        ("dddd0004", "book"),
    ]
    # tool comments and comments without words are not text
    assert (
        translate.code_texts("x = 1  #@save\ny = 2  # noqa: E501\nz = 3  # (2)") == []
    )


def test_a_docstring_ending_in_non_ascii_text_is_found_and_replaced():
    # ast counts columns in UTF-8 bytes: "λ" is 2 bytes but 1 character
    code = 'def f(v):\n    """Scale v\n    by λ."""\n    return v  # times λ\n'
    assert translate.code_texts(code) == ["Scale v\nby λ.", "times λ"]
    korean = {"Scale v\nby λ.": "v를\nλ배 한다.", "times λ": "λ배"}
    assert translate.translate_code(code, korean.get) == (
        'def f(v):\n    """v를\n    λ배 한다."""\n    return v  # λ배\n'
    )


def test_build_puts_korean_in_markdown_comments_and_docstrings(tmp_path):
    nb = _one_notebook()
    catalog, _text = _round_trip(_translated(nb), tmp_path)
    built = translate.build_notebook(nb, translate.translations_of(catalog))
    assert [c.source for c in built.cells] == [
        "# 손실 함수",
        'from dlscratch_helpers import set_language\n\nset_language("ko")',
        "**손실**은 오차를 잽니다.",
        "# 모든 샘플에 대한\n"
        "# 오차 제곱의 합\n"
        "def sse(y, t):\n"
        '    """오차제곱합."""\n'
        "    return 0.5 * ((y - t) ** 2).sum()  # 책\n",
    ]
    assert nb.cells[1].source.endswith('set_language("en")')  # English untouched
    assert translate.stripped(built.cells[3].source) == translate.stripped(
        nb.cells[3].source
    )


def test_stripping_sees_a_change_of_code_but_not_of_comments():
    code = 'def f(x):\n    """Square."""\n    return x**2  # book\n'
    assert translate.stripped(code) == translate.stripped(
        'def f(x):\n    """제곱."""\n    return x**2  # 책\n'
    )
    assert translate.stripped(code) != translate.stripped(
        'def f(x):\n    """Square."""\n    return x**3  # book\n'
    )
    assert translate.stripped(code) != translate.stripped(
        'def f(x):\n    "Square."\n    print("제곱")\n    return x**2\n'
    )


def test_a_changed_english_text_is_marked_fuzzy_with_its_previous_english(tmp_path):
    nb = _one_notebook()
    catalog, _text = _round_trip(_translated(nb), tmp_path)
    assert translate.catalogue_problems(catalog, "x.po", True) == []
    nb.cells[2].source = "The **loss** measures how wrong the network is."
    nb.cells[3].source = nb.cells[3].source.replace("# book", "# the book's code")
    merged = translate.merge_notebook(catalog, translate.notebook_messages(nb), "x")
    merged, text = _round_trip(merged, tmp_path)
    # the .po shows both, as msgmerge --previous does
    assert '#| msgid "The **loss** measures the error."' in text
    # in gettext's own form (as msgmerge writes it), not wrapped as a comment
    previous = [line for line in text.splitlines() if line.startswith("#|")]
    assert previous and all(re.match(r'#\| (msgid )?"', line) for line in previous)
    assert "#, fuzzy" in text
    found = translate.catalogue_problems(merged, "x.po", True)
    assert len(found) == 2 and all("changed in English" in f for f in found)
    assert "cell cccc03" in found[0] and "previous English" in found[0]
    assert "measures the error" in found[0]
    assert "cell dddd0004" in found[1] and "'book'" in found[1]
    # a fuzzy translation is not used: the English shows until it is updated
    built = translate.build_notebook(nb, translate.translations_of(merged))
    assert built.cells[2].source == nb.cells[2].source
    assert "# the book's code" in built.cells[3].source
    # a new cell is untranslated; a removed one leaves nothing behind
    nb.cells.append(nbformat.v4.new_markdown_cell("More text.", id="eeee0005"))
    del nb.cells[0]
    merged = translate.merge_notebook(merged, translate.notebook_messages(nb), "x")
    found = "\n".join(translate.catalogue_problems(merged, "x.po", True))
    assert "cell eeee0005" in found and "has no translation" in found
    assert "aaaa0001" not in found and "# Loss functions" not in str(list(merged))


def test_a_translation_still_in_english_is_reported():
    nb = _one_notebook()
    catalog = translate.merge_notebook(None, translate.notebook_messages(nb), "x")
    for m in catalog:
        if m.id:
            m.string = m.id
    found = translate.catalogue_problems(catalog, "x.po", True)
    assert found and all("still in English" in f for f in found)


def test_the_package_catalogue_marks_a_changed_string_fuzzy(monkeypatch):
    current = translate.read_catalog(translate.PACKAGE_PO)
    old_text = "Predict first."
    assert current[old_text].string
    strings = translate.package_strings()
    where = strings.pop(old_text)
    strings["Predict first, then look."] = where
    monkeypatch.setattr(translate, "package_strings", lambda: strings)
    merged = translate.merge_package(current)
    message = merged["Predict first, then look."]
    assert message.fuzzy and message.previous_id == [old_text]
    assert message.string == current[old_text].string
    # and the compiled catalogue leaves it out: the learner sees the English
    from babel.messages.mofile import read_mo

    compiled = read_mo(io.BytesIO(translate.compile_package(merged)))
    assert "Predict first, then look." not in {m.id for m in compiled if m.string}


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


def test_a_long_previous_english_is_written_as_gettext_reads_it(tmp_path):
    """Babel wraps #| lines as a comment at 76 columns; msgmerge and Poedit
    read them only as quoted strings, one per line of the text."""
    long = "A long English cell. " * 8 + "\nIts second line."
    nb = _one_notebook()
    nb.cells[2].source = long
    catalog = translate.merge_notebook(None, translate.notebook_messages(nb), "x")
    for m in catalog:
        if m.id:
            m.string = "한국어"
    nb.cells[2].source = long + " Changed."
    merged = translate.merge_notebook(catalog, translate.notebook_messages(nb), "x")
    reread, text = _round_trip(merged, tmp_path)
    previous = [line for line in text.splitlines() if line.startswith("#|")]
    assert previous[0] == '#| msgid ""'
    assert all(re.match(r'#\| "', line) for line in previous[1:])
    assert reread.get(long + " Changed.", "cccc03").previous_id == [long]
