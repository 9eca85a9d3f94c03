"""Binder and Colab readiness, tested as far as a machine without Docker allows.

Binder (repo2docker) builds from environment.yml: with it present, conda is
used and requirements.txt is not. So environment.yml must carry the same
pinned packages under their conda-forge names, and install the helper
package itself (`-e .` in its pip section: repo2docker then copies the
repository in before it builds the environment). Colab has no clone of the
repository: each notebook's Colab setup cell installs the package from
GitHub, and does nothing anywhere else.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import types
from pathlib import Path

import nbformat
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

_spec = importlib.util.spec_from_file_location(
    "add_badges", ROOT / "tools/add_badges.py"
)
add_badges = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(add_badges)
REPO = add_badges.REPO

# PyPI name -> conda-forge name, for every package requirements.txt pins. Each
# was checked against conda-forge's package list; the names differ where
# conda-forge splits a package (matplotlib-base is matplotlib without a GUI
# toolkit) or keeps an underscore. A new pin needs its line here, after a look
# at conda-forge, or a place in environment.yml's pip section.
CONDA_FORGE_NAMES = {
    "numpy": "numpy",
    "matplotlib": "matplotlib-base",
    "pillow": "pillow",
    "ipywidgets": "ipywidgets",
    "jupyterlab_widgets": "jupyterlab_widgets",
    "ipykernel": "ipykernel",
    "jupyterlab": "jupyterlab",
    "notebook": "notebook",
    "tqdm": "tqdm",
    "threadpoolctl": "threadpoolctl",
    "mlxtend": "mlxtend",
    "pytest": "pytest",
    "nbval": "nbval",
    "nbclient": "nbclient",
    "nbformat": "nbformat",
    "ruff": "ruff",
    "playwright": "playwright-python",
}

PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s;#]+)\s*$")


def pyproject_value(key: str) -> str:
    """A string value of pyproject.toml's [project] table (tomllib is 3.11+)."""
    text = (ROOT / "pyproject.toml").read_text()
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    return re.search(rf'^{key}\s*=\s*"([^"]*)"', project, re.M).group(1)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_pins() -> dict[str, str]:
    """requirements.txt's pins; '# name==version' lines are pins the Makefile
    installs separately (with --no-deps) and count too."""
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        m = PIN.match(line.lstrip("#"))
        if m:
            pins[_norm(m.group(1))] = m.group(2)
    return pins


@pytest.fixture(scope="module")
def env():
    return yaml.safe_load((ROOT / "environment.yml").read_text())


def conda_side(env) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(conda name -> version, pip name -> version, other pip lines)."""
    conda, pip, other = {}, {}, []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for line in dep["pip"]:
                m = PIN.match(line)
                if m:
                    pip[_norm(m.group(1))] = m.group(2)
                else:
                    other.append(line)
        else:
            name, _, version = dep.partition("=")
            conda[name.strip()] = version.strip()
    return conda, pip, other


def test_requirements_parser_reads_real_pins():
    pins = requirement_pins()
    # a few that are certainly there, read by hand from requirements.txt
    assert pins["ipywidgets"] == "8.1.8"
    assert pins["jupyterlab"] == "4.6.6"
    assert all(re.fullmatch(r"[0-9][0-9A-Za-z.+]*", v) for v in pins.values()), pins


def test_environment_is_conda_forge_only_and_names_python(env):
    assert env["channels"] == ["conda-forge"]
    conda, _, _ = conda_side(env)
    version = conda["python"]
    assert re.fullmatch(r"3\.\d+", version), f"pin python as 3.X, not {version!r}"
    low = pyproject_value("requires-python").removeprefix(">=")
    as_tuple = [int(x) for x in version.split(".")]
    assert as_tuple >= [int(x) for x in low.split(".")], (version, low)
    assert "pip" in conda


def test_every_pin_is_in_environment_yml_with_the_same_version(env):
    conda, pip, _ = conda_side(env)
    missing, wrong = [], []
    for name, version in requirement_pins().items():
        if name in pip:
            got = pip[name]
        else:
            conda_name = CONDA_FORGE_NAMES.get(name) or CONDA_FORGE_NAMES.get(
                name.replace("-", "_")
            )
            if conda_name is None:
                missing.append(f"{name}: no conda-forge name known (see the table)")
                continue
            if conda_name not in conda:
                missing.append(f"{name}: expected as {conda_name}")
                continue
            got = conda[conda_name]
        if got != version:
            wrong.append(f"{name}: requirements.txt {version}, environment.yml {got}")
    assert not missing and not wrong, "\n".join(missing + wrong)


def test_environment_yml_adds_nothing_the_pip_path_lacks(env):
    conda, pip, _ = conda_side(env)
    pins = requirement_pins()
    by_conda = {CONDA_FORGE_NAMES[n]: n for n in CONDA_FORGE_NAMES if _norm(n) in pins}
    extra = [n for n in conda if n not in ("python", "pip") and n not in by_conda]
    extra += [n for n in pip if n not in pins]
    assert not extra, f"in environment.yml but not pinned in requirements.txt: {extra}"


def test_environment_installs_the_helper_package(env):
    _, _, other = conda_side(env)
    assert "-e ." in other, "environment.yml's pip section must install -e ."
    assert pyproject_value("name") == "dlscratch-helpers"
    # repo2docker reads binder/ or .binder/ instead of the root files if present
    assert not (ROOT / "binder").exists() and not (ROOT / ".binder").exists()
    post_build = ROOT / "postBuild"
    if post_build.exists():
        assert "set -e" in post_build.read_text().splitlines()[1:3]


def test_readme_badges_point_at_this_repository():
    readme = (ROOT / "README.md").read_text()
    binder = add_badges.binder_url()
    assert binder == (
        f"https://mybinder.org/v2/gh/{REPO}/main"
        "?urlpath=lab/tree/notebooks/4.1-learning-from-data.ipynb"
    )
    assert f"]({binder})" in readme
    assert f"]({add_badges.colab_url(add_badges.FIRST_NOTEBOOK)})" in readme
    assert (ROOT / "notebooks" / add_badges.FIRST_NOTEBOOK).exists()
    # every Binder and Colab address in the README names the same repository
    repos = re.findall(
        r"(?:mybinder\.org/v2/gh|colab\.research\.google\.com/github)/([\w.-]+/[\w.-]+)",
        readme,
    )
    assert repos and set(repos) == {REPO}, repos


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_opens_with_its_colab_badge_and_setup_cell(path):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    want = (
        f"https://colab.research.google.com/github/{REPO}/blob/main/notebooks/"
        f"{path.name}"
    )
    assert f"]({want})" in first.source, "run tools/add_badges.py"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[0].source == add_badges.setup_source(), "run tools/add_badges.py"
    assert code[0].outputs == []  # off Colab it prints nothing


def run_setup_cell(source: str, monkeypatch, on_colab: bool):
    """Execute a setup cell with subprocess.run and google.colab faked."""
    calls = {"run": [], "widget_manager": 0}

    def fake_run(cmd, check=False, **kw):
        calls["run"].append((cmd, check))
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(subprocess, "run", fake_run)
    for name in ("google", "google.colab", "google.colab.output"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    if on_colab:
        output = types.ModuleType("google.colab.output")

        def enable_custom_widget_manager():
            calls["widget_manager"] += 1

        output.enable_custom_widget_manager = enable_custom_widget_manager
        colab = types.ModuleType("google.colab")
        colab.output = output
        google = types.ModuleType("google")
        google.colab = colab
        monkeypatch.setitem(sys.modules, "google", google)
        monkeypatch.setitem(sys.modules, "google.colab", colab)
        monkeypatch.setitem(sys.modules, "google.colab.output", output)
    exec(compile(source, "<setup cell>", "exec"), {})
    return calls


def test_setup_cell_on_colab_installs_the_package_from_github(monkeypatch):
    calls = run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=True)
    assert calls["run"] == [
        (
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "git+https://github.com/dlscratch/dlscratch",
            ],
            True,
        )
    ]
    assert calls["widget_manager"] == 1


def test_setup_cell_asks_for_a_restart_if_ipywidgets_7_is_loaded(monkeypatch, capsys):
    monkeypatch.setitem(
        sys.modules, "ipywidgets", types.SimpleNamespace(__version__="7.7.1")
    )
    calls = run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=True)
    assert len(calls["run"]) == 1
    assert "Restart session" in capsys.readouterr().out


def test_setup_cell_is_silent_with_ipywidgets_8(monkeypatch, capsys):
    monkeypatch.setitem(
        sys.modules, "ipywidgets", types.SimpleNamespace(__version__="8.1.9")
    )
    run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=True)
    assert capsys.readouterr().out == ""


def test_setup_cell_elsewhere_does_nothing(monkeypatch):
    calls = run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=False)
    assert calls == {"run": [], "widget_manager": 0}


def test_setup_cell_is_self_contained():
    # On Colab the package is not installed yet when the cell runs.
    source = add_badges.setup_source()
    assert "dlscratch_helpers" not in source
    imports = re.findall(r"^\s*(?:from|import) ([\w.]+)", source, re.M)
    assert set(imports) <= {"subprocess", "sys", "google.colab", "ipywidgets"}, imports


def test_add_badges_is_idempotent(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 4.9 Title"),
        nbformat.v4.new_code_cell("import numpy as np"),
    ]
    assert add_badges.update(nb, "4.9-x.ipynb") is True
    assert [c.cell_type for c in nb.cells] == ["markdown", "markdown", "code", "code"]
    assert nb.cells[0].source == (
        "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"
        "(https://colab.research.google.com/github/dlscratch/dlscratch/blob/main/"
        "notebooks/4.9-x.ipynb)"
    )
    assert nb.cells[2].source == add_badges.setup_source()
    assert nb.cells[3].source == "import numpy as np"
    assert add_badges.update(nb, "4.9-x.ipynb") is False
    assert add_badges.is_current(nb, "4.9-x.ipynb")
    nb.cells[0].source = "[![Open In Colab](x.svg)](old address)"
    assert not add_badges.is_current(nb, "4.9-x.ipynb")
    assert add_badges.update(nb, "4.9-x.ipynb") is True
    assert len(nb.cells) == 4 and add_badges.is_current(nb, "4.9-x.ipynb")
