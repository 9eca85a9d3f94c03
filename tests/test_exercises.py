"""The self-checking exercises say right, wrong or not answered."""

import numpy as np

from dlscratch_helpers.exercises import check


def test_right_answer(capsys):
    check("E1", 12.000000001, 12.0, "because 3x²")
    assert capsys.readouterr().out == "✓ E1: correct. because 3x²\n"


def test_wrong_answer_says_what_was_expected(capsys):
    check("E1", 11.0, 12.0, "because 3x²")
    assert capsys.readouterr().out == "✗ E1: expected 12.0, got 11.0. because 3x²\n"


def test_placeholder_is_not_answered(capsys):
    check("E1", ..., 12.0, "why")
    assert capsys.readouterr().out.startswith("… E1: not answered yet")


def test_arrays_strings_and_shapes(capsys):
    check("A", np.array([6.0, 8.0]), [6.0, 8.0], "")
    check("B", np.array([6.0, 8.0, 0.0]), [6.0, 8.0], "")
    check("C", "b", "b", "")
    check("D", "a", "b", "")
    check("E", "not a number", 1.0, "")
    lines = capsys.readouterr().out.splitlines()
    assert [line[0] for line in lines] == ["✓", "✗", "✓", "✗", "✗"]


def test_tolerance_is_relative(capsys):
    check("T", 1.001e-8, 1e-8, "", rtol=1e-2)
    check("U", 2e-8, 1e-8, "", rtol=1e-2)
    assert [line[0] for line in capsys.readouterr().out.splitlines()] == ["✓", "✗"]
