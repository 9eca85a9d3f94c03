"""Numerical differentiation of section 4.3.

The teaching copies of these functions live in
notebooks/4.3-numerical-differentiation.ipynb (cells marked #@save);
tools/export.py keeps the two identical.
"""

from __future__ import annotations

from ._checks import check_point, check_step

TAUGHT_IN = "notebooks/4.3-numerical-differentiation.ipynb"


def numerical_diff(f, x, h=1e-4):
    """Slope of f at x by the central difference (f(x+h) - f(x-h)) / 2h.

    Taught in notebooks/4.3-numerical-differentiation.ipynb.
    """
    h = check_step(h)
    check_point(f, x)
    return (f(x + h) - f(x - h)) / (2 * h)


def forward_diff(f, x, h=1e-4):
    """Slope of f at x by the forward difference (f(x+h) - f(x)) / h.

    Taught in notebooks/4.3-numerical-differentiation.ipynb.
    """
    h = check_step(h)
    check_point(f, x)
    return (f(x + h) - f(x)) / h
