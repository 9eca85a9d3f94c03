"""The supported Python range is stated once and kept everywhere.

README.md says "Python versions: 3.10 to 3.13"; pyproject.toml's requires-python,
the Makefile's install check (PYTHON_OLDEST, PYTHON_NEWEST) and the Pythons that
.ci/run tests again must say the same. requirements.txt must pin every package
exactly once for each Python in the range (environment markers choose), and the
install must refuse a Python below the range with a message that says what to do.
Runs under every Python CI tests, so no tomllib (3.11+).
"""

import importlib.metadata
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import check_python
import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]


def _minor(version: str) -> int:
    major, minor = version.split(".")
    assert major == "3", version
    return int(minor)


def readme_range() -> tuple[str, str]:
    readme = (ROOT / "README.md").read_text()
    m = re.search(r"\*\*Python versions\*\*: (3\.\d+) to (3\.\d+)\.", readme)
    assert m, 'README.md needs its "**Python versions**: 3.X to 3.Y." statement'
    lo, hi = m.groups()
    assert f"You need Python {lo} to {hi}," in readme, "Quick start disagrees"
    return lo, hi


def supported() -> list[str]:
    lo, hi = readme_range()
    return [f"3.{m}" for m in range(_minor(lo), _minor(hi) + 1)]


def makefile_value(name: str) -> str:
    text = (ROOT / "Makefile").read_text()
    m = re.search(rf"^{name} := (\S+)$", text, re.M)
    assert m, f"the Makefile must set {name}"
    return m.group(1)


def ci_pythons() -> list[str]:
    text = (ROOT / ".ci" / "run").read_text()
    m = re.search(
        r"^for python in ([0-9. ]+); do\n\s+make test-python PY=\"\$python\"\ndone$",
        text,
        re.M,
    )
    assert m, ".ci/run must loop `make test-python PY=...` over its Pythons"
    return m.group(1).split()


def requirement_lines() -> list[Requirement]:
    reqs = []
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if line and not line.startswith("-"):
            reqs.append(Requirement(line))
    return reqs


def pins_for(version: str) -> dict[str, str]:
    """name -> version that pip installs from requirements.txt on Python `version`."""
    env = {"python_version": version, "python_full_version": f"{version}.0"}
    pins: dict[str, str] = {}
    for req in requirement_lines():
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        assert name not in pins, f"{name} pinned twice for Python {version}"
        (spec,) = req.specifier
        assert spec.operator == "==", f"{req}: pin exact versions"
        pins[name] = spec.version
    return pins


def test_readme_pyproject_makefile_and_ci_agree():
    lo, hi = readme_range()
    assert _minor(lo) < _minor(hi)
    project = (ROOT / "pyproject.toml").read_text().split("[project]", 1)[1]
    requires = re.search(r'^requires-python\s*=\s*"([^"]*)"', project, re.M)
    assert requires and requires.group(1) == f">={lo}", requires
    assert (makefile_value("PYTHON_OLDEST"), makefile_value("PYTHON_NEWEST")) == (
        lo,
        hi,
    )
    assert ci_pythons() == [lo, hi], "CI tests the oldest and newest supported Python"


def test_every_package_pinned_once_for_every_supported_python():
    names = None
    for version in supported():
        pins = pins_for(version)
        assert names is None or set(pins) == names, version
        names = set(pins)
    for req in requirement_lines():
        if req.marker is not None:  # only the Python version may choose a pin
            assert set(re.findall(r"\b([a-z_]+)\s*[<>=!]", str(req.marker))) == {
                "python_version"
            }, req


def test_readme_names_the_oldest_pythons_pins():
    lo, _ = readme_range()
    readme = (ROOT / "README.md").read_text()
    statement = readme.split("**Python versions**", 1)[1].split("\n\n", 1)[0]
    named = re.findall(
        r"\b(numpy|matplotlib|pillow|ipykernel)\s+(\d[\d.]*\d)", statement
    )
    assert named, statement
    pins = pins_for(lo)
    assert {name: version for name, version in named} == {
        name: pins[name] for name, _ in named
    }


def test_installed_versions_are_this_pythons_pins():
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    if here not in supported():
        pytest.skip(f"Python {here} is outside the supported range")
    chosen = {str(r.name) for r in requirement_lines() if r.marker is not None}
    assert chosen, "no pin is chosen by Python version any more: update this test"
    pins = pins_for(here)
    for name in chosen:
        assert importlib.metadata.version(name) == pins[name.lower()], (
            f"{name}: run `make install`"
        )


def test_install_check_verdicts():
    lo, hi = readme_range()
    below = (3, _minor(lo) - 1, 18)
    code, message = check_python.verdict(below, lo, hi)
    assert code == 1
    assert f"Python {lo} or newer" in message and f"{lo} to {hi}" in message
    assert f"PYTHON=python{hi}" in message and f"3.{_minor(lo) - 1}.18" in message
    for version in supported():
        assert check_python.verdict((3, _minor(version), 0), lo, hi) == (0, "")
    code, message = check_python.verdict((3, _minor(hi) + 1, 0), lo, hi)
    assert code == 0 and message.startswith("warning:") and f"{lo} to {hi}" in message
    code, message = check_python.verdict((3, _minor(lo), 12), lo, hi, False)
    assert code == 1 and f"apt install python{lo}-venv" in message


def _clean_env():
    # a `make` run inside `make test-python` must not pass its VENV and PYTHON on
    return {
        k: v
        for k, v in os.environ.items()
        if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    }


def test_make_install_refuses_an_old_python(tmp_path):
    """The Makefile's first step, with a Python that says it is one minor too old."""
    lo, hi = readme_range()
    fake = tmp_path / "python-old"
    fake.write_text(
        "#!/bin/sh\n"
        f'exec "{sys.executable}" -c "import runpy, sys; '
        f"sys.version_info = (3, {_minor(lo) - 1}, 18, 'final', 0); "
        "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')\" "
        '"$@"\n'
    )
    fake.chmod(0o755)
    venv = tmp_path / "venv"
    result = subprocess.run(
        ["make", "install", f"PYTHON={fake}", f"VENV={venv}"],
        cwd=ROOT,
        env=_clean_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert f"dlscratch needs Python {lo} or newer" in result.stderr, result.stderr
    assert f"tested on Python {lo} to {hi}" in result.stderr
    assert not venv.exists(), "nothing is installed for a Python that is too old"


def test_make_install_names_a_missing_python(tmp_path):
    lo, hi = readme_range()
    result = subprocess.run(
        ["make", "install", "PYTHON=no-such-python3", f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT,
        env=_clean_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "no Python called 'no-such-python3'" in result.stderr, result.stderr
    assert f"Python {lo} to {hi}" in result.stderr


def test_find_python_finds_this_one_and_fails_loudly():
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    # the environment's bin/ holds python3.X, wherever its Python came from
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    )
    found = subprocess.run(
        ["sh", "tools/find_python.sh", here],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert found.returncode == 0, found.stderr
    path = found.stdout.strip()
    version = subprocess.run(
        [path, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        capture_output=True,
        text=True,
    )
    assert version.stdout.strip() == here
    missing = subprocess.run(
        ["sh", "tools/find_python.sh", "3.99"], cwd=ROOT, capture_output=True, text=True
    )
    assert missing.returncode == 1 and missing.stdout == ""
    assert "No Python 3.99 found" in missing.stderr
