"""`make dist` and `make test-wheel`, as far as a quick test can check them.

`make test-wheel` (tools/wheel_check.py) takes minutes: it installs the built
wheel in a fresh environment and runs both editions' notebooks on it. CI
(.ci/run) and `make release-check` run it; `make test` does not. Here: the
targets are wired so, and the checker's own pieces find what they guard.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import wheel_check
from test_binder_colab import conda_side, read_environment

ROOT = Path(__file__).resolve().parents[1]


def recipe(target: str) -> str:
    makefile = (ROOT / "Makefile").read_text()
    m = re.search(rf"^{re.escape(target)}:(.*)\n((?:\t.*\n)+)", makefile, re.M)
    assert m, f"no {target} target in the Makefile"
    return m.group(1) + "\n" + m.group(2)


def test_dist_builds_with_build_into_a_clean_dist():
    lines = recipe("dist").splitlines()
    # a stale egg-info's SOURCES.txt would put files package-data lost in the sdist
    clean = "\trm -rf dist *.egg-info"
    build = "\t$(BIN)/python -m build --outdir dist ."
    assert clean in lines and build in lines
    assert lines.index(clean) < lines.index(build)


def test_test_wheel_runs_after_dist_and_in_ci_and_release_check_not_make_test():
    wheel = recipe("test-wheel")
    assert wheel.split("\n")[0].split() == ["dist"]
    assert "tools/wheel_check.py dist --nodeps $(NODEPS)" in wheel
    assert "$(MAKE) --no-print-directory test-wheel" in recipe("release-check")
    assert "wheel" not in recipe("test")
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test-wheel$", ci, re.M)


def test_the_checker_installs_environment_ymls_pip_list():
    python, pins = wheel_check.environment()
    env = read_environment((ROOT / "environment.yml").read_text())
    conda, pip, _ = conda_side(env)
    assert python == conda["python"]
    assert {p.split("==")[0].lower().replace("_", "-") for p in pins} == set(pip)
    assert len(pins) == len(pip)


def test_a_file_the_wheel_lacks_is_named(tmp_path):
    tracked = [
        "dlscratch_helpers/__init__.py",
        "dlscratch_helpers/fonts/NanumGothic.ttf",
        "dlscratch_helpers/locale/ko/LC_MESSAGES/dlscratch.mo",
    ]
    for name in tracked:
        assert (ROOT / name).is_file(), name
    wheel = tmp_path / "dlscratch_helpers-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(tracked[0], "")
    missing = wheel_check.missing_from_wheel(wheel)
    assert set(tracked[1:]) <= set(missing)
    assert tracked[0] not in missing


def test_the_checker_wants_exactly_one_wheel_of_this_release(tmp_path):
    with pytest.raises(SystemExit, match="want one wheel"):
        wheel_check.the_wheel(tmp_path)
    good = tmp_path / f"dlscratch_helpers-{wheel_check.version()}-py3-none-any.whl"
    good.write_bytes(b"")
    (tmp_path / "dlscratch_helpers-0.0.0-py3-none-any.whl").write_bytes(b"")
    assert wheel_check.the_wheel(tmp_path) == good


def test_build_is_a_developer_pin_that_make_install_installs():
    # `make dist` runs .venv's `python -m build`: a real (uncommented) pin
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    assert any(re.fullmatch(r"build==\d+(\.\d+)+", line) for line in lines)
