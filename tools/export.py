"""Keep the teaching code in the notebooks and dlscratch_helpers identical.

A notebook cell whose first line is ``#@save`` holds teaching code that later
notebooks import from the package (the d2l convention). Every function or
class such a cell defines must exist, under the same name, in exactly one
module of ``dlscratch_helpers``:

    python tools/export.py          copy each saved definition into its module
    python tools/export.py --check  exit 1 and show a diff where they differ

The notebook is the source: edit it, then run ``make export``.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "#@save"


@dataclass
class Definition:
    name: str
    source: str  # the definition's lines, decorators included, no trailing newline
    origin: str  # where it was found, for messages
    path: Path | None = None  # module file (package side only)
    start: int = 0  # 0-based first line in the module
    end: int = 0  # 0-based line after the last one


def _definitions(text: str, origin: str, path: Path | None = None) -> list[Definition]:
    lines = text.splitlines()
    found = []
    for node in ast.parse(text).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            start = min([node.lineno] + [d.lineno for d in node.decorator_list]) - 1
            source = "\n".join(lines[start : node.end_lineno]).rstrip()
            found.append(
                Definition(node.name, source, origin, path, start, node.end_lineno)
            )
    return found


def saved_definitions(root: Path = ROOT) -> list[Definition]:
    """Definitions in the notebooks' #@save cells, in notebook order."""
    found = []
    for nb_path in sorted((root / "notebooks").glob("*.ipynb")):
        cells = json.loads(nb_path.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells):
            source = "".join(cell["source"])
            if cell["cell_type"] != "code" or not source.lstrip().startswith(MARKER):
                continue
            origin = f"{nb_path.relative_to(root)}, cell {number}"
            found += _definitions(source, origin)
    return found


def package_definitions(root: Path = ROOT) -> dict[str, list[Definition]]:
    """Top-level definitions of every module of dlscratch_helpers, by name."""
    by_name: dict[str, list[Definition]] = {}
    for path in sorted((root / "dlscratch_helpers").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for d in _definitions(text, str(path.relative_to(root)), path):
            by_name.setdefault(d.name, []).append(d)
    return by_name


def compare(root: Path = ROOT) -> tuple[list[str], list[tuple[Definition, Definition]]]:
    """Return (problems, pairs): what cannot be matched, and matched pairs."""
    problems, pairs, seen = [], [], {}
    package = package_definitions(root)
    for saved in saved_definitions(root):
        if saved.name in seen:
            problems.append(
                f"{saved.name} is saved twice: {seen[saved.name]} and {saved.origin}"
            )
            continue
        seen[saved.name] = saved.origin
        targets = package.get(saved.name, [])
        if len(targets) != 1:
            where = ", ".join(t.origin for t in targets) or "no module"
            problems.append(
                f"{saved.origin} saves {saved.name}, which must be defined in exactly "
                f"one module of dlscratch_helpers (found in {where}); add it to the "
                f"module where it belongs and run `make export`"
            )
            continue
        pairs.append((saved, targets[0]))
    return problems, pairs


def diff(saved: Definition, target: Definition) -> str:
    return "\n".join(
        difflib.unified_diff(
            target.source.splitlines(),
            saved.source.splitlines(),
            fromfile=target.origin,
            tofile=saved.origin,
            lineterm="",
        )
    )


def export(root: Path = ROOT) -> list[str]:
    """Copy every saved definition into its module; return the names changed."""
    problems, pairs = compare(root)
    if problems:
        raise SystemExit("\n".join(problems))
    changed = [(s, t) for s, t in pairs if s.source != t.source]
    by_file: dict[Path, list[tuple[Definition, Definition]]] = {}
    for s, t in changed:
        by_file.setdefault(t.path, []).append((s, t))
    for path, items in by_file.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for s, t in sorted(items, key=lambda st: st[1].start, reverse=True):
            lines[t.start : t.end] = s.source.splitlines()
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [s.name for s, _ in changed]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report, change nothing")
    args = parser.parse_args(argv)
    if not args.check:
        names = export()
        print("exported: " + (", ".join(names) if names else "nothing changed"))
        return 0
    problems, pairs = compare()
    problems += [diff(s, t) for s, t in pairs if s.source != t.source]
    print("\n\n".join(problems) if problems else f"{len(pairs)} definitions in sync")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
