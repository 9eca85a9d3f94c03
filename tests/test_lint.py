"""ruff passes over package, tests, tools, benchmarks, site and notebooks."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUFF = [sys.executable, "-m", "ruff"]
PATHS = ["dlscratch_helpers", "tests", "tools", "benchmarks", "site"]


def test_ruff_check():
    result = subprocess.run(
        [*RUFF, "check", *PATHS, "notebooks"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format():
    result = subprocess.run(
        [*RUFF, "format", "--check", *PATHS], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
