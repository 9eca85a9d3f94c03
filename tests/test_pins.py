"""The package's dependencies keep pip users off what requirements.txt keeps
everyone off.

requirements.txt pins exact versions for `make`; someone who installs the
package with pip (Colab, `pip install dlscratch-helpers @ git+...`) gets only
pyproject.toml's loose ranges. A version requirements.txt steers clear of for a
reason (ipywidgets 8.1.9: VS Code renders no widget with it,
microsoft/vscode-jupyter#17504, open) must therefore be excluded in
pyproject.toml too, and the two must agree on every exclusion: each `!=` of
pyproject.toml is a version requirements.txt allows for no supported Python,
and each `!=` of requirements.txt appears in pyproject.toml. Every pin of
requirements.txt must also lie inside pyproject.toml's range.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[1]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def project_dependencies(text: str) -> dict[str, SpecifierSet]:
    """[project] dependencies of a pyproject.toml (no tomllib before 3.11)."""
    project = text.split("[project]", 1)[1].split("\n[", 1)[0]
    block = re.search(r"^dependencies\s*=\s*\[(.*?)^\]", project, re.M | re.S)
    assert block, "pyproject.toml: no dependencies list in [project]"
    deps = {}
    for line in block.group(1).splitlines():
        line = line.split("#", 1)[0].strip().rstrip(",")
        if line:
            req = Requirement(line.strip("\"'"))
            deps[_norm(req.name)] = req.specifier
    return deps


def requirement_specifiers(text: str) -> dict[str, list[Requirement]]:
    """requirements.txt's requirements by name (every line, all markers)."""
    reqs: dict[str, list[Requirement]] = {}
    for line in text.splitlines():
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if line and not line.startswith("-"):
            req = Requirement(line)
            reqs.setdefault(_norm(req.name), []).append(req)
    return reqs


def supported_pythons() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    lo, hi = re.search(
        r"\*\*Python versions\*\*: 3\.(\d+) to 3\.(\d+)\.", readme
    ).groups()
    return [f"3.{m}" for m in range(int(lo), int(hi) + 1)]


def disagreements(pyproject: str, requirements: str) -> list[str]:
    deps = project_dependencies(pyproject)
    reqs = requirement_specifiers(requirements)
    problems = []
    for name, spec in deps.items():
        for s in spec:
            if s.operator != "!=":
                continue
            for python in supported_pythons():
                env = {"python_version": python, "python_full_version": python + ".0"}
                for req in reqs.get(name, []):
                    if req.marker is not None and not req.marker.evaluate(env):
                        continue
                    if req.specifier.contains(s.version, prereleases=True):
                        problems.append(
                            f"{name}: pyproject.toml excludes {s.version}, but "
                            f"requirements.txt's {req} allows it (Python {python})"
                        )
            if name not in reqs:
                problems.append(
                    f"{name}: pyproject.toml excludes {s.version}; requirements.txt "
                    "does not pin it"
                )
    for name, lines in reqs.items():
        for req in lines:
            for s in req.specifier:
                if s.operator == "!=" and s not in deps.get(name, SpecifierSet()):
                    problems.append(
                        f"{name}: requirements.txt excludes {s.version} ({req}), "
                        "pyproject.toml does not"
                    )
                if s.operator == "==" and name in deps:
                    if not deps[name].contains(s.version, prereleases=True):
                        problems.append(
                            f"{name}: requirements.txt pins {s.version}, outside "
                            f"pyproject.toml's {deps[name]}"
                        )
    return sorted(set(problems))


def test_pyproject_and_requirements_agree_on_every_exclusion():
    problems = disagreements(
        (ROOT / "pyproject.toml").read_text(), (ROOT / "requirements.txt").read_text()
    )
    assert not problems, "\n".join(problems)


def test_pip_users_are_kept_off_ipywidgets_8_1_9():
    # microsoft/vscode-jupyter#17504 (open): VS Code renders no widget with 8.1.9
    deps = project_dependencies((ROOT / "pyproject.toml").read_text())
    assert not deps["ipywidgets"].contains("8.1.9")
    assert deps["ipywidgets"].contains("8.1.8") and deps["ipywidgets"].contains("8.2.0")
    assert not deps["ipywidgets"].contains("7.8.5")


PYPROJECT = """\
[project]
name = "x"
dependencies = [
    "numpy>=1.24",
    "ipywidgets>=8,!=8.1.9",  # why
]

[tool.other]
dependencies = ["ignored"]
"""


@pytest.mark.parametrize(
    "requirements, complaint",
    [
        ("numpy==2.4.6\nipywidgets==8.1.8\n", None),
        ("numpy==2.4.6\nipywidgets==8.1.9\n", "requirements.txt's ipywidgets==8.1.9"),
        ("numpy==2.4.6\nipywidgets>=8\n", "allows it"),
        (
            'numpy==2.4.6\nipywidgets==8.1.9; python_version < "3.11"\n'
            'ipywidgets==8.1.8; python_version >= "3.11"\n',
            "(Python 3.10)",
        ),
        ("numpy==2.4.6\n", "requirements.txt does not pin it"),
        ("numpy==2.4.6,!=2.4.5\nipywidgets==8.1.8\n", "excludes 2.4.5"),
        ("numpy==1.20.0\nipywidgets==8.1.8\n", "outside pyproject.toml's >=1.24"),
    ],
)
def test_disagreements_are_found(requirements, complaint):
    problems = disagreements(PYPROJECT, requirements)
    if complaint is None:
        assert problems == []
    else:
        assert any(complaint in p for p in problems), problems
