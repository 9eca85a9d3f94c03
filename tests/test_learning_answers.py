"""The answers of 4.1's predictions on the perceptron and on the hand-made
feature (4.1a), each checked against a computation of its own.

and-xor: a perceptron written here from the rule, run on AND and XOR, and a
search over many lines for one that separates XOR. edge-vs-pixels: the
accuracies the notebook printed, in both editions.
"""

import itertools
import json
import re
from pathlib import Path

import numpy as np
import pytest

from dlscratch_helpers.quiz import s4_1

ROOT = Path(__file__).resolve().parents[1]
POINTS = [(0, 0), (1, 0), (0, 1), (1, 1)]
AND, XOR = [0, 0, 0, 1], [0, 1, 1, 0]


def _mistakes_per_epoch(targets, epochs=8, lr=0.1):
    """The perceptron rule, one point at a time, in plain Python."""
    w1 = w2 = b = 0.0
    counts = []
    for _ in range(epochs):
        wrong = 0
        for (p, q), target in zip(POINTS, targets, strict=True):
            answer = 1 if w1 * p + w2 * q + b > 0 else 0
            step = lr * (target - answer)
            w1, w2, b = w1 + step * p, w2 + step * q, b + step
            wrong += answer != target
        counts.append(wrong)
    return counts


def test_and_xor_answer():
    question = s4_1.PREDICTIONS["and-xor"]
    assert question.answer == "AND only"
    assert 0 in _mistakes_per_epoch(AND)
    assert 0 not in _mistakes_per_epoch(XOR)
    # and no line at all separates XOR: none of 41³ lines on a grid does, while
    # the grid holds lines that separate AND
    grid = np.linspace(-2, 2, 41)

    def separates(targets):
        for w1, w2, b in itertools.product(grid, grid, grid):
            answers = [int(w1 * p + w2 * q + b > 0) for p, q in POINTS]
            if answers == targets:
                return True
        return False

    assert separates(AND) and not separates(XOR)


@pytest.mark.parametrize("edition", ["", "ko/"])
def test_edge_vs_pixels_answer(edition):
    question = s4_1.PREDICTIONS["edge-vs-pixels"]
    assert question.answer == "clearly higher"
    nb = json.loads(
        (ROOT / "notebooks" / f"{edition}4.1a-optional-up-close.ipynb").read_text()
    )
    cell = next(c for c in nb["cells"] if c["id"] == "fb1772b1")
    text = "".join("".join(o.get("text", "")) for o in cell["outputs"])
    found = dict(
        re.findall(r"on\s+(raw pixels|edge histogram): test accuracy ([\d.]+)", text)
    )
    raw, edge = float(found["raw pixels"]), float(found["edge histogram"])
    assert edge - raw >= 0.03  # "clearly"
    assert f"{edge:.3f} in place of {raw:.3f}" in question.explain
