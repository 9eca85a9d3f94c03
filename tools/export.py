"""Keep the teaching code in the notebooks and dlscratch_helpers identical.

A notebook cell whose first line is ``#@save`` holds teaching code that later
notebooks import from the package (the d2l convention). Export carries the
whole cell or refuses it:

- each function, class or constant (``NAME = ...``) it defines must exist,
  under the same name, in exactly one module of ``dlscratch_helpers``, and
  all of one cell's definitions in the same module;
- each name its imports bind must be bound to the same thing in that module
  (export adds a missing import to the module);
- any other statement (a call, a loop, an ``if``) is refused: it would run
  in the notebook but not in the package.

In the package, each exported function and class says where it is taught: its
docstring ends with ``Taught in notebooks/<notebook>.ipynb.`` (as d2l ends
each with "Defined in :numref:..."); that line is the only difference allowed.

    python tools/export.py          copy each saved cell into its module
    python tools/export.py --check  exit 1 and show what differs

The notebook is the source: edit it, then run ``make export``.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "#@save"
PACKAGE = "dlscratch_helpers"
DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


@dataclass
class Definition:
    name: str
    source: str  # the definition's lines, decorators included, no trailing newline
    origin: str  # where it was found, for messages
    path: Path | None = None  # module file (package side only)
    start: int = 0  # 0-based first line in the module
    end: int = 0  # 0-based line after the last one
    kind: str = "def"  # "def" (function or class) or "constant"
    notebook: str = ""  # notebook it is saved in (notebook side only)


@dataclass
class SavedCell:
    origin: str
    notebook: str
    definitions: list[Definition] = field(default_factory=list)
    imports: dict[str, str] = field(default_factory=dict)  # bound name -> target
    import_lines: dict[str, str] = field(default_factory=dict)  # bound name -> code
    problems: list[str] = field(default_factory=list)


def _assigned_name(node) -> str | None:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        target = node.target
    else:
        return None
    return target.id if isinstance(target, ast.Name) else None


def _definitions(text: str, origin: str, path: Path | None = None) -> list[Definition]:
    lines = text.splitlines()
    found = []
    for node in ast.parse(text).body:
        name, kind = None, "def"
        if isinstance(node, DEFINITIONS):
            name = node.name
            start = min([node.lineno] + [d.lineno for d in node.decorator_list]) - 1
        elif (name := _assigned_name(node)) is not None:
            kind, start = "constant", node.lineno - 1
        if name is None:
            continue
        source = "\n".join(lines[start : node.end_lineno]).rstrip()
        found.append(
            Definition(name, source, origin, path, start, node.end_lineno, kind)
        )
    return found


def _bindings(tree: ast.Module, module: str) -> tuple[dict, dict]:
    """Names bound by top-level imports: name -> what it refers to, and its code."""
    bound, code = {}, {}
    package = module.rpartition(".")[0]
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                name = alias.asname or alias.name.partition(".")[0]
                bound[name] = alias.name if alias.asname else name
                code[name] = ast.unparse(ast.Import(names=[alias]))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the module's package
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            for alias in node.names:
                name = alias.asname or alias.name
                bound[name] = f"{base}.{alias.name}"
                code[name] = ast.unparse(
                    ast.ImportFrom(module=base, names=[alias], level=0)
                )
    return bound, code


def _resolve(root: Path, target: str | None, depth: int = 4) -> str | None:
    """Follow a name re-exported by a module of the package to where it is
    defined ("dlscratch_helpers.softmax" -> "dlscratch_helpers.functions.softmax")."""
    if target is None or depth == 0 or not target.startswith(PACKAGE + "."):
        return target
    module, _, attr = target.rpartition(".")
    rel = module.split(".")[1:]
    path = root.joinpath(PACKAGE, *rel)
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    if not path.exists():
        return target
    name = f"{module}.__init__" if path.name == "__init__.py" else module
    bound, _ = _bindings(ast.parse(path.read_text(encoding="utf-8")), name)
    if attr in bound and bound[attr] != target:
        return _resolve(root, bound[attr], depth - 1)
    return target


def _is_docstring(node) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)


def saved_cells(root: Path = ROOT) -> list[SavedCell]:
    """The notebooks' #@save cells, in notebook order, with what they carry."""
    cells = []
    for nb_path in sorted((root / "notebooks").glob("*.ipynb")):
        notebook = str(nb_path.relative_to(root))
        nb_cells = json.loads(nb_path.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(nb_cells):
            source = "".join(cell["source"])
            if cell["cell_type"] != "code" or not source.lstrip().startswith(MARKER):
                continue
            saved = SavedCell(f"{notebook}, cell {number}", notebook)
            tree = ast.parse(source)
            saved.definitions = _definitions(source, saved.origin)
            for d in saved.definitions:
                d.notebook = notebook
            saved.imports, saved.import_lines = _bindings(tree, "__main__")
            for node in tree.body:
                carried = isinstance(node, (*DEFINITIONS, ast.Import, ast.ImportFrom))
                if carried or _is_docstring(node) or _assigned_name(node):
                    continue
                code = ast.get_source_segment(source, node) or ast.unparse(node)
                saved.problems.append(
                    f"{saved.origin}, line {node.lineno}: export carries imports, "
                    f"functions, classes and constants (NAME = ...), not "
                    f"`{code.splitlines()[0]}`: it would run in the notebook but not "
                    f"in the package. Move it out of the #@save cell."
                )
            cells.append(saved)
    return cells


def saved_definitions(root: Path = ROOT) -> list[Definition]:
    """Definitions in the notebooks' #@save cells, in notebook order."""
    return [d for cell in saved_cells(root) for d in cell.definitions]


def package_definitions(root: Path = ROOT) -> dict[str, list[Definition]]:
    """Top-level definitions of every module of dlscratch_helpers, by name."""
    by_name: dict[str, list[Definition]] = {}
    for path in sorted((root / PACKAGE).glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for d in _definitions(text, str(path.relative_to(root)), path):
            by_name.setdefault(d.name, []).append(d)
    return by_name


def _module_name(path: Path) -> str:
    return f"{PACKAGE}.{path.stem}"


def taught_line(notebook: str) -> str:
    return f"Taught in {notebook}."


def with_taught_in(saved: Definition) -> str:
    """The saved definition as the package holds it: its docstring ends with
    where it is taught (a docstring is added if it has none)."""
    if saved.kind != "def":
        return saved.source
    lines = saved.source.splitlines()
    tree = ast.parse(saved.source)
    node = tree.body[0]
    first = node.body[0]
    indent = " " * first.col_offset
    note = taught_line(saved.notebook)
    if not _is_docstring(first) or not isinstance(first.value.value, str):
        at = first.lineno - 1
        return "\n".join(lines[:at] + [f'{indent}"""{note}"""'] + lines[at:])
    start, end = first.lineno - 1, first.end_lineno - 1
    doc = lines[start : end + 1]
    quote = doc[-1].rstrip()[-3:]
    if len(doc) == 1:  # """One line.""" -> a summary, a blank line, the note
        body = doc[0].rstrip()[:-3]
        doc = [body, "", f"{indent}{note}", f"{indent}{quote}"]
    elif doc[-1].strip() == quote:  # closing quotes on their own line
        doc = doc[:-1] + ["", f"{indent}{note}", doc[-1]]
    else:  # text and closing quotes on the last line
        last = doc[-1].rstrip()[:-3]
        doc = doc[:-1] + [last, "", f"{indent}{note}", f"{indent}{quote}"]
    return "\n".join(lines[:start] + doc + lines[end + 1 :])


@dataclass
class Comparison:
    problems: list[str]  # what cannot be matched at all
    pairs: list[tuple[Definition, Definition]]  # (saved, package) by name
    missing_imports: dict[Path, list[str]]  # module -> import lines to add


def compare(root: Path = ROOT) -> Comparison:
    problems, pairs, seen = [], [], {}
    missing: dict[Path, list[str]] = {}
    package = package_definitions(root)
    for cell in saved_cells(root):
        problems += cell.problems
        modules = set()
        for saved in cell.definitions:
            if saved.name in seen:
                problems.append(
                    f"{saved.name} is saved twice: {seen[saved.name]} and "
                    f"{saved.origin}"
                )
                continue
            seen[saved.name] = saved.origin
            targets = package.get(saved.name, [])
            if len(targets) != 1:
                where = ", ".join(t.origin for t in targets) or "no module"
                problems.append(
                    f"{saved.origin} saves {saved.name}, which must be defined in "
                    f"exactly one module of {PACKAGE} (found in {where}); add it to "
                    f"the module where it belongs and run `make export`"
                )
                continue
            pairs.append((saved, targets[0]))
            modules.add(targets[0].path)
        if len(modules) > 1:
            names = ", ".join(sorted(str(p.relative_to(root)) for p in modules))
            problems.append(
                f"{cell.origin}: one #@save cell must go to one module, but its "
                f"definitions live in {names}: split the cell"
            )
        elif modules:
            (path,) = modules
            text = path.read_text(encoding="utf-8")
            tree = ast.parse(text)
            bound, _ = _bindings(tree, _module_name(path))
            own = {d.name for d in _definitions(text, "", path)}
            for name, target in cell.imports.items():
                if target == f"{_module_name(path)}.{name}" and name in own:
                    continue  # the notebook imports what the module itself defines
                if _resolve(root, bound.get(name)) != _resolve(root, target):
                    missing.setdefault(path, [])
                    if cell.import_lines[name] not in missing[path]:
                        missing[path].append(cell.import_lines[name])
    return Comparison(problems, pairs, missing)


def diff(saved: Definition, target: Definition) -> str:
    return "\n".join(
        difflib.unified_diff(
            target.source.splitlines(),
            with_taught_in(saved).splitlines(),
            fromfile=target.origin,
            tofile=saved.origin,
            lineterm="",
        )
    )


def drift(comparison: Comparison) -> list[str]:
    """Every difference between the notebooks and the package, as text."""
    found = [diff(s, t) for s, t in comparison.pairs if with_taught_in(s) != t.source]
    for path, lines in comparison.missing_imports.items():
        found.append(
            f"{path.name} lacks imports its #@save cell has: " + "; ".join(lines)
        )
    return found


def _insert_imports(lines: list[str], imports: list[str]) -> list[str]:
    tree = ast.parse("\n".join(lines))
    after = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            after = node.end_lineno
        elif after or not _is_docstring(node):
            break
        else:
            after = node.end_lineno
    return lines[:after] + imports + lines[after:]


def export(root: Path = ROOT) -> list[str]:
    """Copy every saved cell into its module; return what changed."""
    comparison = compare(root)
    if comparison.problems:
        raise SystemExit("\n".join(comparison.problems))
    changed = [(s, t) for s, t in comparison.pairs if with_taught_in(s) != t.source]
    paths = {t.path for _, t in changed} | set(comparison.missing_imports)
    for path in sorted(paths):
        lines = path.read_text(encoding="utf-8").splitlines()
        items = [(s, t) for s, t in changed if t.path == path]
        for s, t in sorted(items, key=lambda st: st[1].start, reverse=True):
            lines[t.start : t.end] = with_taught_in(s).splitlines()
        if path in comparison.missing_imports:
            lines = _insert_imports(lines, comparison.missing_imports[path])
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = [s.name for s, _ in changed]
    names += [f"imports of {p.name}" for p in comparison.missing_imports]
    return names


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args(argv)
    if not args.check:
        names = export()
        print("exported: " + (", ".join(names) if names else "nothing changed"))
        return 0
    comparison = compare()
    problems = comparison.problems + drift(comparison)
    n = len(comparison.pairs)
    print("\n\n".join(problems) if problems else f"{n} definitions in sync")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
