"""The Korean edition: notebooks/ko/ made from notebooks/ and i18n/ko/.

    python tools/translate.py status              what is stale, missing or orphaned
    python tools/translate.py template 4.3-...    add blocks for untranslated cells
    python tools/translate.py fresh 4.3-... ID..  mark cells re-translated (new hash)
    python tools/translate.py build [4.3-... ...] write notebooks/ko/ (then execute it)
    python tools/translate.py strings             package strings Korean lacks

The English notebooks are the source. For each, i18n/ko/<name>.md holds the
Korean text of its markdown cells, one block per cell::

    <!-- cell 6f0a7c87 en:1f2e3d4c5b6a -->
    # 4.3 수치 미분 (numerical differentiation)
    ...

headed by the cell's id (nbformat's stable cell id) and the first 12 hex
digits of the SHA-256 of the English source it translates. When an English
cell changes, its hash no longer matches: the block is *stale* and
tests/test_translations.py fails, naming the cell, until the Korean text is
brought up to date and `fresh` records the new hash. `template` writes new
blocks holding the English text, which the test reports as untranslated.

`build` copies each English notebook, code cells and their metadata
unchanged, puts the Korean text into its markdown cells and turns the one
cell tagged "language" from set_language("en") into set_language("ko"). The
Colab badge, setup title and setup cell are written by tools/add_badges.py
(in Korean for notebooks/ko/), so they are not in the translation files.
Outputs of code cells whose source did not change are kept from the previous
Korean notebook; run tools/execute.py on notebooks/ko/ after a build that
changed code.
"""

from __future__ import annotations

import copy
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
from notebook_list import ENGLISH, KOREAN, ROOT, english_notebooks

LANGUAGE = "ko"
SOURCES = ROOT / "i18n" / LANGUAGE
GENERATED_TAGS = {"colab-badge", "colab-setup-title"}  # tools/add_badges.py writes them
SETUP_TAG = "colab-setup"  # the setup cell, in Korean too: add_badges.py writes it
LANGUAGE_TAG = "language"
HEADER = (
    "<!-- The Korean text of notebooks/{name}.ipynb, one block per markdown cell:"
    " the cell's id, then a hash of the English it translates"
    " (tools/translate.py). -->\n"
)
MARKER = re.compile(r"^<!-- cell (\S+) en:([0-9a-f]{12}) -->$", re.MULTILINE)


def english_hash(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()[:12]


@dataclass
class Block:
    cell_id: str
    hash: str
    text: str


def _tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def translatable(nb) -> list:
    """The English cells a translator writes: markdown, not generated."""
    return [
        c
        for c in nb.cells
        if c.cell_type == "markdown" and not _tags(c) & GENERATED_TAGS
    ]


def source_path(name: str) -> Path:
    return SOURCES / f"{name}.md"


def read_blocks(path: Path) -> dict[str, Block]:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    marks = list(MARKER.finditer(text))
    ends = [m.start() for m in marks[1:]] + [len(text)]  # a block ends at the next
    blocks: dict[str, Block] = {}
    for mark, end in zip(marks, ends, strict=False):
        body = text[mark.end() : end].strip("\n")
        if mark.group(1) in blocks:
            raise ValueError(f"{path.name}: cell {mark.group(1)} has two blocks")
        blocks[mark.group(1)] = Block(mark.group(1), mark.group(2), body)
    return blocks


def write_blocks(path: Path, name: str, order: list[str], blocks: dict[str, Block]):
    parts = [HEADER.format(name=name)]
    for cell_id in order:
        if cell_id in blocks:
            b = blocks[cell_id]
            parts.append(f"\n<!-- cell {b.cell_id} en:{b.hash} -->\n{b.text}\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(parts), encoding="utf-8")


def problems(name: str) -> list[str]:
    """What keeps notebooks/<name>.ipynb's translation from being complete and fresh."""
    nb = nbformat.read(ENGLISH / f"{name}.ipynb", as_version=4)
    return problems_in(nb, read_blocks(source_path(name)), name)


def problems_in(nb, blocks: dict[str, Block], name: str) -> list[str]:
    """problems() of an English notebook object and its translation blocks."""
    from dlscratch_helpers.i18n import needs_translation

    found = []
    cells = translatable(nb)
    for cell in cells:
        block = blocks.get(cell.id)
        where = f"{name}: cell {cell.id} ({cell.source.splitlines()[0][:50]!r})"
        if block is None:
            found.append(f"{where} has no translation")
        elif block.hash != english_hash(cell.source):
            found.append(
                f"{where} changed in English since it was translated: update its"
                f" Korean text in i18n/ko/{name}.md, then"
                f" `python tools/translate.py fresh {name} {cell.id}`"
            )
        elif block.text == cell.source.strip("\n") and needs_translation(cell.source):
            found.append(f"{where} is still in English")
    ids = {c.id for c in cells}
    found += [
        f"{name}: i18n/ko/{name}.md has a block for cell {i}, which the English"
        " notebook no longer has (or which is not a markdown cell): remove it"
        for i in blocks
        if i not in ids
    ]
    return found


def template(name: str) -> int:
    nb = nbformat.read(ENGLISH / f"{name}.ipynb", as_version=4)
    path = source_path(name)
    blocks = read_blocks(path)
    cells = translatable(nb)
    added = 0
    for cell in cells:
        if cell.id not in blocks:
            blocks[cell.id] = Block(cell.id, english_hash(cell.source), cell.source)
            added += 1
    write_blocks(path, name, [c.id for c in cells], blocks)
    return added


def fresh(name: str, cell_ids: list[str]) -> None:
    nb = nbformat.read(ENGLISH / f"{name}.ipynb", as_version=4)
    path = source_path(name)
    blocks = read_blocks(path)
    by_id = {c.id: c for c in translatable(nb)}
    for cell_id in cell_ids:
        if cell_id not in by_id or cell_id not in blocks:
            raise SystemExit(f"{name}: no translated markdown cell {cell_id}")
        blocks[cell_id].hash = english_hash(by_id[cell_id].source)
    write_blocks(path, name, list(by_id), blocks)


def set_language_source(source: str, language: str) -> str:
    new, count = re.subn(r'set_language\("en"\)', f'set_language("{language}")', source)
    if count != 1:
        raise ValueError('the "language" cell must call set_language("en") once')
    return new


def build_notebook(english, blocks: dict[str, Block], previous=None):
    """The Korean notebook object: English code, Korean markdown, language "ko".

    From `previous` (the Korean notebook as it was) it keeps add_badges.py's
    Korean badge, setup title and setup cell, and the outputs of code cells
    that did not change.
    """
    nb = copy.deepcopy(english)
    before = {c.id: c for c in previous.cells} if previous is not None else {}
    for cell in nb.cells:
        old = before.get(cell.id)
        if cell.cell_type == "markdown":
            if _tags(cell) & GENERATED_TAGS:
                if old is not None:
                    cell.source = old.source
            elif cell.id in blocks:
                cell.source = blocks[cell.id].text
        elif cell.cell_type == "code":
            if LANGUAGE_TAG in _tags(cell):
                cell.source = set_language_source(cell.source, LANGUAGE)
            if SETUP_TAG in _tags(cell) and old is not None:
                cell.source = old.source  # its Korean comments and messages
            if old is not None and old.source == cell.source:
                cell.outputs = old.outputs
                cell.execution_count = old.execution_count
            else:
                cell.outputs = []
                cell.execution_count = None
    return nb


def build(name: str) -> Path:
    english = nbformat.read(ENGLISH / f"{name}.ipynb", as_version=4)
    target = KOREAN / f"{name}.ipynb"
    previous = nbformat.read(target, as_version=4) if target.exists() else None
    nb = build_notebook(english, read_blocks(source_path(name)), previous)
    KOREAN.mkdir(exist_ok=True)
    nbformat.write(nb, target)
    return target


def _literal_calls(path: Path):
    """(text, line) of every _("...") and N_("...") with a literal text in a module."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "N_")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.args[0].value, node.lineno


def _quiz_texts(module):
    """Every learner-facing text of a quiz module's PREDICTIONS and EXERCISES."""
    for q in module.PREDICTIONS.values():
        yield from (q.prompt, q.explain, *(q.options or ()), *q.why_not.values())
    for e in module.EXERCISES.values():
        yield from (e.explain, *e.hints.values())


def package_strings() -> dict[str, list[str]]:
    """English text -> where it is: every string the package shows a learner.

    The literal arguments of _() and N_() in dlscratch_helpers, and the texts
    of the quiz modules (translated where shown, by the quiz's widgets).
    """
    import importlib

    from dlscratch_helpers.i18n import needs_translation

    package = ROOT / "dlscratch_helpers"
    found: dict[str, list[str]] = {}
    for path in sorted(package.rglob("*.py")):
        if "locale" in path.relative_to(package).parts:
            continue
        for text, line in _literal_calls(path):
            found.setdefault(text, []).append(f"{path.relative_to(ROOT)}:{line}")
    for path in sorted((package / "quiz").glob("s4_*.py")):
        module = importlib.import_module(f"dlscratch_helpers.quiz.{path.stem}")
        for text in _quiz_texts(module):
            found.setdefault(text, []).append(str(path.relative_to(ROOT)))
    return {t: w for t, w in found.items() if needs_translation(t)}


def missing_strings(language: str = LANGUAGE) -> dict[str, list[str]]:
    """package_strings() that the catalogue of `language` does not translate."""
    from dlscratch_helpers.i18n import catalogue

    messages = catalogue(language)
    return {t: w for t, w in package_strings().items() if t not in messages}


def main(argv: list[str]) -> int:
    command, *args = argv or ["status"]
    # "4.3-x", "4.3-x.ipynb" or "notebooks/ko/4.3-x.ipynb" all name notebook 4.3-x
    names = [re.sub(r"\.(ipynb|md)$", "", Path(a).name) for a in args]
    names = names or [p.stem for p in english_notebooks()]
    if command == "status":
        found = [p for name in names for p in problems(name)]
        print("\n".join(found) or "every markdown cell is translated and fresh")
        return 1 if found else 0
    if command == "template":
        for name in names:
            print(f"{name}: {template(name)} new blocks in i18n/ko/{name}.md")
        return 0
    if command == "fresh":
        fresh(names[0], args[1:])
        return 0
    if command == "strings":
        found = missing_strings()
        for text, where in found.items():
            print(f"{', '.join(where)}\n    {text!r}: ...,")
        print(f"{len(found)} strings without a Korean translation", file=sys.stderr)
        return 1 if found else 0
    if command == "build":
        for name in names:
            print(f"wrote {build(name).relative_to(ROOT)}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
