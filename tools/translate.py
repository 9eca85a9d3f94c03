"""The Korean edition, from gettext catalogues: notebooks/ko/ and the package's Korean.

    python tools/translate.py update    extract the English, merge it into every
                                        .po, compile the .mo (make translations)
    python tools/translate.py status    what is stale (fuzzy), untranslated or old
    python tools/translate.py build [4.3-x ...]   write notebooks/ko/ from
                                        notebooks/ and i18n/ko/*.po

`make translations` runs `update`; `make notebooks` runs `build`, then executes.

Two kinds of catalogue, both gettext .po files that Poedit or Weblate open:

- **i18n/ko/<notebook>.po**, one per notebook: the text of each markdown cell
  (whole), and the comments and docstrings of each code cell (a run of
  comment lines is one message), each with the cell's id (nbformat's stable
  cell id) as its context (msgctxt). The Korean notebook is the English one
  with these put in; its code, stripped of comments and docstrings, is the
  English code (tests/test_translations.py).
- **dlscratch_helpers/locale/ko/LC_MESSAGES/dlscratch.po**: every string the
  package shows, found by Babel in the `_()` and `N_()` calls of
  dlscratch_helpers, plus the quiz modules' texts and the titles, labels and
  alt texts that notebook code passes to the package (keyword arguments and
  variables named as in SHOWN_NAMES, translated by the function that shows
  them). Compiled to dlscratch.mo beside it, which the wheel ships and
  dlscratch_helpers.i18n reads with Python's gettext.

When an English text changes, `update` keeps its old translation marked
fuzzy, with the previous English as `#| msgid` (as `msgmerge --previous`
does; for notebooks the cell id finds the old text). A fuzzy or empty
translation is not used (the English shows) and `status` names it, as do the
tests, until a translator updates the Korean and removes the fuzzy flag.
"""

from __future__ import annotations

import ast
import copy
import difflib
import importlib
import io
import re
import sys
import tokenize
from pathlib import Path

import nbformat
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from notebook_list import ENGLISH, KOREAN, ROOT, english_notebooks

LANGUAGE = "ko"
SOURCES = ROOT / "i18n" / LANGUAGE
PACKAGE = ROOT / "dlscratch_helpers"
PACKAGE_PO = PACKAGE / "locale" / LANGUAGE / "LC_MESSAGES" / "dlscratch.po"
GENERATED_TAGS = {"colab-badge", "colab-setup-title"}  # tools/add_badges.py writes them
SETUP_TAG = "colab-setup"  # the setup code cell, also add_badges.py's, per edition
LANGUAGE_TAG = "language"
# What notebook code hands the package to show: keyword arguments (and variables)
# of these names; the function that shows them translates them.
SHOWN_NAMES = {
    "title",
    "alt",
    "label",
    "labels",
    "names",
    "suptitle",
    "xlabel",
    "ylabel",
    "regions",  # 4.1's hand rule: {"top bar": TOP_BAR, ...}, named in its figure
}
# ... and these positional arguments: show(alt), after_reveal(key, text, fig, alt),
# plot_gradient_histograms(images, features, labels), plot_hand_rule(x, regions, name)
SHOWN_BY = {
    "show": 0,
    "after_reveal": 3,
    "plot_gradient_histograms": 2,
    "plot_hand_rule": 2,
}
# the texts the input checks translate (dlscratch_helpers/checks.py): Babel
# keywords, the function's name and the positions of its translated arguments
CHECK_KEYWORDS = {"check_scalar": (2,), "check_positive": (3,)}
# comments that are instructions to tools, not text
TOOL_COMMENT = re.compile(r"@save\b|noqa\b|type:|fmt:|ruff:|pragma\b")


def needs_translation(text: str) -> bool:
    from dlscratch_helpers.i18n import needs_translation as needs

    return needs(text)


def _tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def source_path(name: str) -> Path:
    return SOURCES / f"{name}.po"


# --- comments and docstrings of code ---------------------------------------------


def _python(source: str) -> str | None:
    """`source` with IPython's magics and shell lines blanked (same lines), or
    None if it is not Python at all (a cell magic)."""
    if source.lstrip().startswith("%%"):
        return None
    return "".join(
        "\n" if line.lstrip().startswith(("%", "!")) else line
        for line in source.splitlines(keepends=True)
    )


def _offsets(source: str) -> list[int]:
    starts, total = [0], 0
    for line in source.splitlines(keepends=True):
        total += len(line)
        starts.append(total)
    return starts


def _comment_groups(source: str):
    """(start, end, text, indent, whole_line) of each comment or run of comment
    lines, as character offsets into `source`."""
    python = _python(source)
    if python is None:
        return []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(python).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return []
    lines = source.splitlines()
    starts = _offsets(source)
    groups = []
    for tok in tokens:
        if tok.type != tokenize.COMMENT:
            continue
        (row, col), (_erow, ecol) = tok.start, tok.end
        text = re.sub(r"^#+ ?", "", tok.string).rstrip()
        if TOOL_COMMENT.match(text) or not needs_translation(text):
            groups.append(None)  # breaks a run
            continue
        whole = not lines[row - 1][:col].strip()
        start, end = starts[row - 1] + col, starts[row - 1] + ecol
        last = groups[-1] if groups else None
        if (
            whole
            and last is not None
            and last["whole"]
            and last["col"] == col
            and last["row"] == row - 1
        ):
            last.update(end=end, row=row, text=last["text"] + "\n" + text)
            continue
        groups.append(
            {
                "start": start,
                "end": end,
                "text": text,
                "col": col,
                "row": row,
                "whole": whole,
            }
        )
    return [g for g in groups if g is not None]


_QUOTES = re.compile(r"^([rRuU]?)(\"\"\"|'''|\"|')")


def _column(line: str, byte_column: int) -> int:
    """ast's column in `line`, a count of UTF-8 bytes, as a count of characters."""
    return len(line.encode("utf-8")[:byte_column].decode("utf-8", errors="ignore"))


def _docstring(node) -> ast.Constant | None:
    """The docstring of a module, class or function node (None if it has none)."""
    if not isinstance(
        node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    ):
        return None
    first = node.body[0] if node.body else None
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        return first.value
    return None


def _docstrings(source: str):
    """(start, end, prefix, quote, text, indent) of each docstring in `source`."""
    python = _python(source)
    if python is None:
        return []
    try:
        tree = ast.parse(python)
    except SyntaxError:
        return []
    starts = _offsets(source)
    lines = source.splitlines(keepends=True)
    found = []
    for node in ast.walk(tree):
        v = _docstring(node)
        if v is None:
            continue
        column = _column(lines[v.lineno - 1], v.col_offset)
        start = starts[v.lineno - 1] + column
        end = starts[v.end_lineno - 1] + _column(
            lines[v.end_lineno - 1], v.end_col_offset
        )
        raw = source[start:end]
        match = _QUOTES.match(raw)
        if match is None or not raw.endswith(match.group(2)):
            continue  # implicit concatenation: left as it is
        prefix, quote = match.groups()
        inner = raw[len(prefix) + len(quote) : len(raw) - len(quote)]
        indent = " " * column
        first_line, *rest = inner.split("\n")
        rest = [
            line[len(indent) :] if line.startswith(indent) else line for line in rest
        ]
        closing = bool(rest) and rest[-1] == ""  # closing quotes on their own line
        text = "\n".join([first_line, *(rest[:-1] if closing else rest)])
        if needs_translation(text):
            found.append(
                {
                    "start": start,
                    "end": end,
                    "prefix": prefix,
                    "quote": quote,
                    "text": text,
                    "indent": indent,
                    "closing": closing,
                }
            )
    return found


def code_texts(source: str) -> list[str]:
    """The comments (a run of comment lines as one) and docstrings of `source`."""
    pieces = sorted(
        [(g["start"], g["text"]) for g in _comment_groups(source)]
        + [(d["start"], d["text"]) for d in _docstrings(source)]
    )
    return [text for _start, text in pieces]


def translate_code(source: str, lookup) -> str:
    """`source` with each comment and docstring whose `lookup(text)` is not
    None replaced by it; the code itself is left as it is."""
    edits = []
    for g in _comment_groups(source):
        korean = lookup(g["text"])
        if korean is None:
            continue
        if g["whole"]:
            pad = "\n" + " " * g["col"]
            edits.append(
                (
                    g["start"],
                    g["end"],
                    pad.join(f"# {line}".rstrip() for line in korean.split("\n")),
                )
            )
        else:
            edits.append((g["start"], g["end"], "# " + " ".join(korean.split("\n"))))
    for d in _docstrings(source):
        korean = lookup(d["text"])
        if korean is None:
            continue
        first, *rest = korean.split("\n")
        body = "\n".join(
            [first, *(d["indent"] + line if line else "" for line in rest)]
        )
        if d["closing"]:
            body += "\n" + d["indent"]
        edits.append(
            (d["start"], d["end"], f"{d['prefix']}{d['quote']}{body}{d['quote']}")
        )
    for start, end, new in sorted(edits, reverse=True):
        source = source[:start] + new + source[end:]
    return source


def stripped(source: str) -> str:
    """The code of `source` without comments and docstrings (an AST dump), to
    compare the Korean edition's code with the English."""
    from IPython.core.inputtransformer2 import TransformerManager

    tree = ast.parse(TransformerManager().transform_cell(source))
    for node in ast.walk(tree):
        if _docstring(node) is not None:
            node.body[0] = ast.Expr(ast.Constant(""))
    return ast.dump(tree)


# --- what there is to translate ---------------------------------------------------


def notebook_messages(nb) -> list[tuple[str, str, str]]:
    """(cell id, English text, kind) of everything a notebook's translator writes."""
    found = []
    for cell in nb.cells:
        if cell.cell_type == "markdown" and not _tags(cell) & GENERATED_TAGS:
            found.append((cell.id, cell.source, "markdown cell"))
        elif cell.cell_type == "code" and SETUP_TAG not in _tags(cell):
            seen = set()
            for text in code_texts(cell.source):
                if text not in seen:
                    seen.add(text)
                    found.append((cell.id, text, "comment or docstring in a code cell"))
    return found


def _shown_literals(source: str):
    """String literals that notebook code passes to the package to show."""
    try:
        tree = ast.parse(_python(source) or "")
    except SyntaxError:
        return
    values = []
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in SHOWN_NAMES:
            values.append(node.value)
        elif isinstance(node, ast.Call):
            called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if called in SHOWN_BY and len(node.args) > SHOWN_BY[called]:
                values.append(node.args[SHOWN_BY[called]])
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in SHOWN_NAMES for t in node.targets
        ):
            values.append(node.value)
    for value in values:
        for node in ast.walk(value):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield node.value


def _quiz_texts(module):
    """Every learner-facing text of a quiz module's PREDICTIONS and EXERCISES."""
    for q in module.PREDICTIONS.values():
        yield from (q.prompt, q.explain, *(q.options or ()), *q.why_not.values())
    for e in module.EXERCISES.values():
        yield from (e.explain, *e.hints.values())


def package_strings() -> dict[str, list[str]]:
    """English text -> where it is: every string the package shows a learner."""
    found: dict[str, list[str]] = {}

    def add(text, where):
        # not only needs_translation(): "5s" and "{low} to {high}" are Korean too
        if isinstance(text, str) and re.search("[A-Za-z]", text):
            found.setdefault(text, [])
            if where not in found[text]:
                found[text].append(where)

    def outside_locale(dirpath):
        return "locale" not in Path(dirpath).parts and "__pycache__" not in dirpath

    for filename, _line, message, _comments, _context in extract_from_dir(
        PACKAGE,
        method_map=[("**.py", "python")],
        keywords={**DEFAULT_KEYWORDS, **CHECK_KEYWORDS},
        directory_filter=outside_locale,
    ):
        if isinstance(message, str):
            add(message, f"dlscratch_helpers/{filename}")  # no line: stable .po
    # Babel's Python extractor does not look inside f-strings: the _() and N_()
    # calls there
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fstring in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for node in ast.walk(fstring):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", None) in ("_", "N_")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    add(node.args[0].value, str(path.relative_to(ROOT)))
    for path in sorted((PACKAGE / "quiz").glob("s4_*.py")):
        module = importlib.import_module(f"dlscratch_helpers.quiz.{path.stem}")
        for text in _quiz_texts(module):
            add(text, f"dlscratch_helpers/quiz/{path.name}")
    for path in english_notebooks():
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                for text in _shown_literals(cell.source):
                    add(text, f"notebooks/{path.name} cell {cell.id}")
    return found


# --- catalogues -------------------------------------------------------------------


def new_catalog(name: str) -> Catalog:
    """An empty Korean catalogue for `name`: a notebook's, or "dlscratch"."""
    what = "the helper package" if name == "dlscratch" else f"notebooks/{name}.ipynb"
    catalog = Catalog(
        locale=LANGUAGE,
        domain=name,
        header_comment=(
            f"# Korean text of {what}, for the dlscratch course.\n"
            "# tools/translate.py update writes it from the English; translators edit\n"
            "# the msgstr texts (Poedit, Weblate or any text editor).\n"
            "#"
        ),
        project="dlscratch",
        version="1",
        copyright_holder="the dlscratch authors",
        msgid_bugs_address="https://github.com/dlscratch/dlscratch/issues",
        last_translator="the dlscratch authors",
        language_team="Korean",
        fuzzy=False,
    )
    return catalog


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as f:
        catalog = read_po(f, locale=LANGUAGE)
    # Babel does not read the previous English (`#| msgid`) back: read it here
    for (context, msgid), previous in _previous_ids(path.read_text("utf-8")).items():
        message = catalog.get(msgid, context)
        if message is not None:
            message.previous_id = [previous]
    return catalog


def _previous_ids(text: str) -> dict[tuple[str | None, str], str]:
    """(msgctxt, msgid) -> previous msgid of each entry that has `#| msgid`."""
    from babel.messages.pofile import denormalize

    found = {}
    for entry in re.split(r"\n\s*\n", text):
        fields: dict[str, list[str]] = {}
        current = None
        for line in entry.splitlines():
            match = re.match(r'^(#\| )?(msgctxt|msgid|msgstr) (".*")$', line)
            if match:
                current = ("previous " if match.group(1) else "") + match.group(2)
                fields[current] = [match.group(3)]
            elif current and re.match(r'^(#\| )?".*"$', line):
                fields[current].append(line.removeprefix("#| "))
            else:
                current = None
        if "previous msgid" in fields and "msgid" in fields:
            context = (
                denormalize("\n".join(fields["msgctxt"]))
                if "msgctxt" in fields
                else None
            )
            found[context, denormalize("\n".join(fields["msgid"]))] = denormalize(
                "\n".join(fields["previous msgid"])
            )
    return found


def write_catalog(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    write_po(
        out,
        catalog,
        width=0,  # no re-wrapping: a markdown cell keeps its lines
        omit_header=False,
        sort_output=False,
        ignore_obsolete=True,
        include_previous=False,  # written below: Babel wraps it as a comment
    )
    # no creation/revision dates: the file changes only when a text does
    text = re.sub(
        r'"(POT-Creation-Date|PO-Revision-Date): [^"]*\\n"\n',
        "",
        out.getvalue().decode(),
    )
    path.write_text(_with_previous(text, catalog), encoding="utf-8")


def _with_previous(text: str, catalog: Catalog) -> str:
    """`text` (a .po) with each fuzzy message's previous English as `#| msgid`
    lines, in gettext's own form, so that Poedit and msgmerge read them."""
    from babel.messages.pofile import normalize

    for m in catalog:
        if not (m.id and m.fuzzy and m.previous_id):
            continue
        entry = f"msgid {normalize(m.id, width=0)}\n"
        if m.context is not None:
            entry = f"msgctxt {normalize(m.context, width=0)}\n" + entry
        previous = normalize(m.previous_id[0], width=0).split("\n")
        block = "".join(
            f"#| msgid {line}\n" if i == 0 else f"#| {line}\n"
            for i, line in enumerate(previous)
        )
        if text.count(entry) == 1:
            text = text.replace(entry, block + entry)
    return text


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).quick_ratio()


def merge_notebook(old: Catalog | None, messages, name: str) -> Catalog:
    """The notebook's catalogue for `messages` (cell id, English, kind): a kept
    translation where the English is the same; where it changed, the old one of
    the same cell, fuzzy, with the previous English (msgmerge --previous)."""
    catalog = new_catalog(name)
    olds = {}
    if old is not None:
        for m in old:
            if m.id:
                olds.setdefault(m.context, []).append(m)
    current = {(cell_id, english) for cell_id, english, _kind in messages}
    for cell_id, english, kind in messages:
        message = Message(english, context=cell_id, auto_comments=[kind])
        before = next((m for m in olds.get(cell_id, []) if m.id == english), None)
        if before is not None:
            message.string = before.string
            if before.fuzzy:
                message.flags.add("fuzzy")
                message.previous_id = before.previous_id
        else:
            candidates = [
                m
                for m in olds.get(cell_id, [])
                if m.string and (cell_id, m.id) not in current
            ]
            if candidates:
                best = max(candidates, key=lambda m: _similarity(m.id, english))
                message.string = best.string
                message.flags.add("fuzzy")
                message.previous_id = best.previous_id if best.fuzzy else [best.id]
        catalog[english] = message
    return catalog


def merge_package(old: Catalog | None) -> Catalog:
    template = new_catalog("dlscratch")
    for text, where in package_strings().items():
        template.add(text, locations=[(w, None) for w in where[:3]])
    catalog = copy.deepcopy(old) if old is not None else new_catalog("dlscratch")
    catalog.update(template, update_header_comment=False, update_creation_date=False)
    catalog.obsolete.clear()
    return catalog


def compile_package(catalog: Catalog) -> bytes:
    """The .mo of `catalog`, the same bytes for the same texts (no dates)."""
    import datetime

    catalog = copy.deepcopy(catalog)
    catalog.creation_date = catalog.revision_date = datetime.datetime(
        2000, 1, 1, tzinfo=datetime.timezone.utc
    )
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def expected_notebook_catalog(name: str) -> Catalog:
    nb = nbformat.read(ENGLISH / f"{name}.ipynb", as_version=4)
    path = source_path(name)
    return merge_notebook(
        read_catalog(path) if path.exists() else None, notebook_messages(nb), name
    )


def expected_package_catalog() -> Catalog:
    return merge_package(read_catalog(PACKAGE_PO) if PACKAGE_PO.exists() else None)


def update() -> None:
    for path in english_notebooks():
        write_catalog(source_path(path.stem), expected_notebook_catalog(path.stem))
    catalog = expected_package_catalog()
    write_catalog(PACKAGE_PO, catalog)
    PACKAGE_PO.with_suffix(".mo").write_bytes(compile_package(read_catalog(PACKAGE_PO)))


def _keys(catalog: Catalog):
    return [(m.context, m.id) for m in catalog if m.id]


def catalogue_problems(catalog: Catalog, where: str, is_notebook: bool) -> list[str]:
    """Stale (fuzzy) and untranslated messages of a catalogue, one line each."""
    found = []
    for m in catalog:
        if not m.id:
            continue
        label = f"{where}: cell {m.context}" if is_notebook else where
        first = m.id.splitlines()[0][:60] if m.id.strip() else repr(m.id)
        if m.fuzzy:
            previous = "\n".join(m.previous_id or ["?"])
            found.append(
                f"{label}: {first!r} changed in English since it was translated"
                f" (previous English: {previous[:200]!r}); update the Korean and"
                " remove the fuzzy flag"
            )
        elif not m.string and needs_translation(m.id):
            found.append(f"{label}: {first!r} has no translation")
        elif (
            is_notebook and m.string.strip() == m.id.strip() and needs_translation(m.id)
        ):
            found.append(f"{label}: {first!r} is still in English")
    return found


def problems(name: str) -> list[str]:
    """What keeps notebook `name`'s catalogue from being complete and fresh."""
    path = source_path(name)
    if not path.exists():
        return [f"{name}: no i18n/ko/{name}.po; run `python tools/translate.py update`"]
    current = read_catalog(path)
    expected = expected_notebook_catalog(name)
    found = []
    if _keys(current) != _keys(expected):
        found.append(
            f"i18n/ko/{name}.po does not follow notebooks/{name}.ipynb's English:"
            " run `python tools/translate.py update` (make translations)"
        )
    return found + catalogue_problems(current, f"i18n/ko/{name}.po", True)


def package_problems() -> list[str]:
    where = str(PACKAGE_PO.relative_to(ROOT))
    current = read_catalog(PACKAGE_PO)
    found = []
    if sorted(_keys(current)) != sorted(_keys(expected_package_catalog())):
        found.append(
            f"{where} does not hold the package's strings as they are now:"
            " run `python tools/translate.py update` (make translations)"
        )
    mo = PACKAGE_PO.with_suffix(".mo")
    if not mo.exists() or mo.read_bytes() != compile_package(current):
        found.append(
            f"{mo.relative_to(ROOT)} is not {where} compiled: make translations"
        )
    for m in current:
        if m.id and not m.fuzzy and not m.string and needs_translation(m.id):
            where_used = ", ".join(f for f, _line in m.locations) or where
            found.append(f"{where_used}: {m.id[:70]!r} has no Korean translation")
    return found + [
        p
        for p in catalogue_problems(current, where, False)
        if "has no translation" not in p
    ]


# --- the Korean notebooks ---------------------------------------------------------


def set_language_source(source: str, language: str) -> str:
    new, count = re.subn(r'set_language\("en"\)', f'set_language("{language}")', source)
    if count != 1:
        raise ValueError('the "language" cell must call set_language("en") once')
    return new


def translations_of(catalog: Catalog) -> dict[tuple[str, str], str]:
    """(cell id, English) -> Korean, for the fresh translations only."""
    return {
        (m.context, m.id): m.string
        for m in catalog
        if m.id and m.string and not m.fuzzy
    }


def build_notebook(english, translations: dict[tuple[str, str], str], previous=None):
    """The Korean notebook object: English code with Korean comments, Korean
    markdown, language "ko".

    From `previous` (the Korean notebook as it was) it keeps add_badges.py's
    Korean badge, title and setup cell, and the outputs of code cells that did
    not change.
    """
    nb = copy.deepcopy(english)
    before = {c.id: c for c in previous.cells} if previous is not None else {}
    for cell in nb.cells:
        old = before.get(cell.id)
        if cell.cell_type == "markdown":
            if _tags(cell) & GENERATED_TAGS:
                if old is not None:
                    cell.source = old.source
            elif (cell.id, cell.source) in translations:
                cell.source = translations[cell.id, cell.source]
        elif cell.cell_type == "code":
            if SETUP_TAG in _tags(cell):
                if old is not None:
                    cell.source = old.source
            else:
                cell.source = translate_code(
                    cell.source, lambda text, i=cell.id: translations.get((i, text))
                )
                if LANGUAGE_TAG in _tags(cell):
                    cell.source = set_language_source(cell.source, LANGUAGE)
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
    nb = build_notebook(
        english, translations_of(read_catalog(source_path(name))), previous
    )
    KOREAN.mkdir(exist_ok=True)
    nbformat.write(nb, target)
    return target


def main(argv: list[str]) -> int:
    command, *args = argv or ["status"]
    # "4.3-x", "4.3-x.ipynb" or "notebooks/ko/4.3-x.ipynb" all name notebook 4.3-x
    names = [re.sub(r"\.(ipynb|po)$", "", Path(a).name) for a in args]
    names = names or [p.stem for p in english_notebooks()]
    if command == "update":
        update()
        found = [p for name in names for p in problems(name)] + package_problems()
        print("\n".join(found) or "every catalogue is complete and fresh")
        return 0
    if command == "status":
        found = [p for name in names for p in problems(name)] + package_problems()
        print("\n".join(found) or "every catalogue is complete and fresh")
        return 1 if found else 0
    if command == "build":
        for name in names:
            print(f"wrote {build(name).relative_to(ROOT)}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
