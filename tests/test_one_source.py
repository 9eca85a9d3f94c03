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

import export
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_saved_code_matches_the_package():
    comparison = export.compare(ROOT)
    drift = export.drift(comparison)
    assert not comparison.problems and not drift, "\n\n".join(
        comparison.problems + drift
    )
    assert comparison.pairs, "no #@save cell found in notebooks/"


def test_every_exported_definition_says_where_it_is_taught():
    for saved, target in export.compare(ROOT).pairs:
        if saved.kind == "def":
            assert f"Taught in {saved.notebook}." in target.source, target.origin


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


def _drifted(root):
    comparison = export.compare(root)
    names = [
        s.name for s, t in comparison.pairs if export.with_taught_in(s) != t.source
    ]
    return comparison, names


def _import_fresh(root, statement):
    """Run statement in a fresh Python that imports the package copy under root."""
    code = f"import sys; sys.path.insert(0, {str(root)!r}); {statement}"
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root
    )


def test_check_reports_a_notebook_edit_and_export_copies_it(tmp_path):
    root = _copy_project(tmp_path)
    _edit_saved_cell(root, "numerical_diff", "(2 * h)", "(2.0 * h)")
    comparison, drifted = _drifted(root)
    assert comparison.problems == [] and drifted == ["numerical_diff"]

    assert export.export(root) == ["numerical_diff"]
    module = (root / "dlscratch_helpers" / "numdiff.py").read_text(encoding="utf-8")
    assert "return (f(x + h) - f(x - h)) / (2.0 * h)" in module
    assert _drifted(root)[1] == [] and export.drift(export.compare(root)) == []
    compile(module, "numdiff.py", "exec")  # the module is still valid Python


def test_an_import_in_a_saved_cell_is_carried(tmp_path):
    """The case that once passed --check and then broke the package: a saved
    cell that imports a module its function uses."""
    root = _copy_project(tmp_path)
    _edit_saved_cell(root, "numerical_diff", "#@save\n", "#@save\nimport math as _m\n")
    _edit_saved_cell(root, "numerical_diff", "(2 * h)", "(_m.fsum([h, h]))")
    comparison, drifted = _drifted(root)
    assert drifted == ["numerical_diff"]
    assert any("numdiff.py lacks imports" in d and "import math as _m" in d
               for d in export.drift(comparison))  # fmt: skip
    export.export(root)
    assert export.drift(export.compare(root)) == []
    run = _import_fresh(
        root,
        "from dlscratch_helpers.numdiff import numerical_diff; "
        "print(numerical_diff(lambda x: x * x, 3.0))",
    )
    assert run.returncode == 0, run.stderr
    assert abs(float(run.stdout) - 6.0) < 1e-6


def test_a_constant_in_a_saved_cell_must_be_in_the_package(tmp_path):
    root = _copy_project(tmp_path)
    _edit_saved_cell(root, "numerical_diff", "#@save\n", "#@save\nSTEP = 1e-4\n")
    problems = export.compare(root).problems
    assert any("saves STEP" in p and "exactly one module" in p for p in problems)
    with pytest.raises(SystemExit):
        export.export(root)  # refuses rather than exporting half the cell


def test_a_statement_export_cannot_carry_is_refused(tmp_path):
    root = _copy_project(tmp_path)
    _edit_saved_cell(root, "numerical_diff", "#@save\n", "#@save\nprint('hi')\n")
    problems = export.compare(root).problems
    assert any("not `print('hi')`" in p for p in problems), problems


def test_taught_in_is_added_to_any_docstring_form():
    for source, expect in [
        ('def f():\n    """One line."""\n    return 1',
         'def f():\n    """One line.\n\n    Taught in nb.ipynb.\n    """\n'
         "    return 1"),
        ('def f():\n    """Two\n    lines."""\n    return 1',
         'def f():\n    """Two\n    lines.\n\n    Taught in nb.ipynb.\n    """\n'
         "    return 1"),
        ("class C:\n    x = 1",
         'class C:\n    """Taught in nb.ipynb."""\n    x = 1'),
    ]:  # fmt: skip
        d = export.Definition("f", source, "nb", notebook="nb.ipynb")
        assert export.with_taught_in(d) == expect


def test_a_saved_function_missing_from_the_package_is_reported(tmp_path):
    root = _copy_project(tmp_path)
    _edit_saved_cell(root, "forward_diff", "def forward_diff(", "def forward_diff2(")
    problems = export.compare(root).problems
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
