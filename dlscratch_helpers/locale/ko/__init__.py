"""Korean catalogue: English text -> Korean, one module per section and one shared.

Terms follow the Korean edition of the book and the study note; the glossary is
i18n/glossary.md. A text missing here is shown in English (tests/test_i18n.py
lists them).
"""

from __future__ import annotations

from . import common, s4_1, s4_2, s4_3, s4_4, s4_5

SOURCES = (common, s4_1, s4_2, s4_3, s4_4, s4_5)


def _merge(modules) -> dict[str, str]:
    merged: dict[str, str] = {}
    for module in modules:
        for english, korean in module.MESSAGES.items():
            if merged.get(english, korean) != korean:
                raise ValueError(
                    f"{module.__name__} translates {english!r} differently from an"
                    " earlier module: keep one translation, in common.py"
                )
            merged[english] = korean
    return merged


MESSAGES = _merge(SOURCES)
