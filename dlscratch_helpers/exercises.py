"""Self-checking exercises: the notebook says right or wrong, and why."""

from __future__ import annotations

import numpy as np


def check(name, answer, expected, why, rtol=1e-6) -> None:
    """Compare a learner's answer with the expected one and explain.

    Numbers and arrays are compared with a relative tolerance rtol; anything
    else (strings, booleans, tuples of labels) must be equal. Prints one line,
    starting with ✓ or ✗ (or … while the answer is still the placeholder
    ``...``). Returns None, so that a notebook cell ending with check(...)
    shows only that line.
    """
    if answer is ...:
        print(f"… {name}: not answered yet. Replace the ... with your answer.")
        return
    try:
        if isinstance(expected, (str, bool)) or expected is None:
            right = answer == expected
        else:
            a, e = np.asarray(answer, dtype=float), np.asarray(expected, dtype=float)
            right = a.shape == e.shape and bool(np.allclose(a, e, rtol=rtol, atol=0))
    except (TypeError, ValueError):
        right = False
    if right:
        print(f"✓ {name}: correct. {why}".rstrip())
    else:
        print(f"✗ {name}: expected {expected!r}, got {answer!r}. {why}".rstrip())
