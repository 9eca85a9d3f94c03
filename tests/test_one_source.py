"""The teaching code in the notebooks and the package are one source.

tools/export.py copies each #@save definition into dlscratch_helpers; these
tests fail when the two differ, and when a module that says where it is
taught (TAUGHT_IN) has a public function that notebook does not save.
"""

import ast
import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import export  # noqa: E402


def test_saved_code_matches_the_package():
    problems, pairs = export.compare(ROOT)
    drift = [export.diff(s, t) for s, t in pairs if s.source != t.source]
    assert not problems and not drift, "\n\n".join(problems + drift)
    assert pairs, "no #@save cell found in notebooks/"


def _taught_modules():
    for path in sorted((ROOT / "dlscratch_helpers").glob("*.py")):
        module = importlib.import_module(f"dlscratch_helpers.{path.stem}")
        if hasattr(module, "TAUGHT_IN"):
            yield pytest.param(path, module, id=path.stem)


@pytest.mark.parametrize("path, module", list(_taught_modules()))
def test_every_public_function_is_taught_in_its_notebook(path, module):
    notebook = ROOT / module.TAUGHT_IN
    assert notebook.exists(), f"{path.name} says it is taught in {notebook}"
    saved = {
        d.name
        for d in export.saved_definitions(ROOT)
        if d.origin.startswith(module.TAUGHT_IN)
    }
    tree = ast.parse(path.read_text(encoding="utf-8"))
    public = {
        n.name
        for n in tree.body
        if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and not n.name.startswith("_")
    }
    assert public - saved == set(), f"not #@save'd in {module.TAUGHT_IN}"


def _copy_project(tmp_path):
    for name in ("notebooks", "dlscratch_helpers"):
        shutil.copytree(
            ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    return tmp_path


def _edit_saved_cell(root, name, old, new):
    for nb_path in (root / "notebooks").glob("*.ipynb"):
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            source = "".join(cell["source"])
            if source.startswith(export.MARKER) and f"def {name}(" in source:
                assert old in source
                cell["source"] = source.replace(old, new)
                nb_path.write_text(json.dumps(nb), encoding="utf-8")
                return
    raise AssertionError(f"no #@save cell defines {name}")


def test_check_reports_a_notebook_edit_and_export_copies_it(tmp_path):
    root = _copy_project(tmp_path)
    _edit_saved_cell(root, "numerical_diff", "(2 * h)", "(2.0 * h)")
    problems, pairs = export.compare(root)
    drifted = [s.name for s, t in pairs if s.source != t.source]
    assert problems == [] and drifted == ["numerical_diff"]

    assert export.export(root) == ["numerical_diff"]
    module = (root / "dlscratch_helpers" / "numdiff.py").read_text(encoding="utf-8")
    assert "return (f(x + h) - f(x - h)) / (2.0 * h)" in module
    assert all(s.source == t.source for s, t in export.compare(root)[1])
    compile(module, "numdiff.py", "exec")  # the module is still valid Python


def test_a_saved_function_missing_from_the_package_is_reported(tmp_path):
    root = _copy_project(tmp_path)
    _edit_saved_cell(root, "forward_diff", "def forward_diff(", "def forward_diff2(")
    problems, _ = export.compare(root)
    assert any("forward_diff2" in p and "exactly one module" in p for p in problems)


def test_check_command_exits_nonzero_on_drift(tmp_path):
    root = _copy_project(tmp_path)
    shutil.copytree(ROOT / "tools", root / "tools")
    command = [sys.executable, str(root / "tools" / "export.py"), "--check"]
    clean = subprocess.run(command, capture_output=True, text=True)
    assert clean.returncode == 0 and "in sync" in clean.stdout, clean.stdout

    _edit_saved_cell(root, "numerical_diff", "(2 * h)", "(2.0 * h)")
    drift = subprocess.run(command, capture_output=True, text=True)
    assert drift.returncode == 1
    assert "-    return (f(x + h) - f(x - h)) / (2 * h)" in drift.stdout
    assert "+    return (f(x + h) - f(x - h)) / (2.0 * h)" in drift.stdout
