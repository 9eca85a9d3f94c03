"""The language the package speaks: English (the source) or Korean.

Every string a learner sees (figure titles and labels, slider descriptions,
prediction questions, exercise feedback, the messages of the input checks) is
written in English in the code and passed through :func:`_` where it is shown::

    ax.set_xlabel(_("step size h"))
    raise ValueError(_("{name} must be a number, not {value!r}").format(...))

:func:`_` is gettext's: it looks the English text up in the compiled catalogue
of the current language (``dlscratch_helpers/locale/<language>/LC_MESSAGES/
dlscratch.mo``, made from the ``.po`` beside it by ``make translations``) and
falls back to the English text, never to an error. The English text is the key:
when it changes, ``make translations`` marks its old translation fuzzy, with the
previous English shown, and tests/test_translations.py fails naming it until a
translator brings the Korean up to date (a fuzzy translation is not compiled,
so the learner meanwhile sees the current English). Strings defined before the
language is chosen (module constants, quiz data) are marked with :func:`N_` and
translated where shown. Text is translated once, where it is shown: a function
that shows a title or a slider description takes the English and calls `_`.

The Korean notebooks call ``set_language("ko")`` in their first code cell; the
English ones ``set_language("en")``. Korean also gives matplotlib the
NanumGothic fonts (regular and bold) shipped in ``dlscratch_helpers/fonts``
(SIL Open Font License, OFL.txt beside them) for Hangul, so that figures show
it on every platform.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gettext
import re
import sys
from pathlib import Path

LANGUAGES = ("en", "ko")
FONT_FILE = Path(__file__).parent / "fonts" / "NanumGothic.ttf"
BOLD_FONT_FILE = FONT_FILE.with_name("NanumGothicBold.ttf")
FONT_NAME = "NanumGothic"

DOMAIN = "dlscratch"
LOCALE_DIR = Path(__file__).parent / "locale"

_language = "en"
_translations: dict[str, gettext.NullTranslations] = {}
_missing: dict[str, set[str]] = {}


def translations(language: str) -> gettext.NullTranslations:
    """`language`'s compiled catalogue (English: none, every text is itself)."""
    if language not in LANGUAGES:
        raise ValueError(
            f"language must be one of {', '.join(map(repr, LANGUAGES))}, "
            f"not {language!r}"
        )
    if language not in _translations:
        if language == "en":
            _translations[language] = gettext.NullTranslations()
        else:
            # no fallback: a missing .mo is a broken install, said by its name
            _translations[language] = gettext.translation(
                DOMAIN, LOCALE_DIR, languages=[language]
            )
    return _translations[language]


def catalogue(language: str) -> dict[str, str]:
    """English text -> translation for `language` ({} for English)."""
    messages = getattr(translations(language), "_catalog", {})
    return {k: v for k, v in messages.items() if isinstance(k, str) and k}


def set_language(language: str) -> None:
    """Speak `language` ("en" or "ko") from now on, in text and in figures.

    What is already shown keeps the language it was built in: a figure or a
    question speaks one language from its first frame to its last (redrawn in
    another, it would mix both, and its texts' font may lack Hangul). When such
    panels are live, a line says so and how to see them in the new language.
    """
    global _language
    translations(language)  # loads it, and refuses an unknown name first
    _language = language
    _set_font(language)
    _say_what_stays(language)


def _say_what_stays(language: str) -> None:
    widgets = sys.modules.get(f"{__package__}.widgets")  # no panel without it
    if widgets is None:
        return
    staying = [
        p
        for p in widgets.live()
        if getattr(p, "language", language) != language
        and getattr(p.widget, "comm", None) is not None  # not closed
    ]
    if staying:
        print(
            _(
                "Figures and questions shown before keep the language they were "
                "built in ({count} of them); run their cells again to see them in "
                "{language}."
            ).format(count=len(staying), language=_(LANGUAGE_NAMES[language]))
        )


@contextlib.contextmanager
def speaking(language: str):
    """Speak `language` inside the block, and give new figure texts its font:
    a panel built in one language keeps it when the learner switches."""
    global _language
    if language == _language:
        yield
        return
    translations(language)
    import matplotlib as mpl

    previous = _language
    _language = language
    try:
        with mpl.rc_context(_font_settings(language)):
            yield
    finally:
        _language = previous


def get_language() -> str:
    """The language set by :func:`set_language` ("en" until then)."""
    return _language


class Translated(str):
    """A text already in the learner's language, numbers filled in: `_` leaves it
    as it is, so a function that shows text can take English or this. For a text
    made before it is shown, such as an alt text with numbers that a panel or
    show() displays: Translated(_("...").format(...))."""


def _(text: str) -> str:
    """`text` in the current language; the English text if it has no translation."""
    if isinstance(text, Translated):
        return text
    if _language == "en" or not isinstance(text, str) or not text:
        return text
    translated = _translations[_language].gettext(text)
    if translated is text and needs_translation(text):
        _missing.setdefault(_language, set()).add(text)
    return translated


def N_(text: str) -> str:
    """Mark `text` for translation where it is shown (gettext's N_); returns it."""
    return text


LANGUAGE_NAMES = {"en": N_("English"), "ko": N_("Korean")}


def missing(language: str | None = None) -> list[str]:
    """English texts looked up in `language` (default: current) and not found."""
    return sorted(_missing.get(language or _language, ()))


# Math ($...$), HTML tags and entities, code (`...`), format fields ({...}) and
# numbers are the same in every language; a text needs translating when what is
# left still has a word of three or more Latin letters.
_NEUTRAL = re.compile(
    r"\$\$.*?\$\$|\$[^$]*\$|<[^>]*>|&[a-z]+;|`[^`]*`|\{[^{}]*\}|\d+(?:\.\d+)?(?:e[-+]?\d+)?",
    re.DOTALL,
)
_WORD = re.compile(r"[A-Za-z]{3,}")


def needs_translation(text: str) -> bool:
    """True if `text` has words to translate (not only math, code or numbers)."""
    return bool(_WORD.search(_NEUTRAL.sub(" ", text)))


_font_added = False
# the rcParams that Korean changed, as they were before: English puts them
# back, unless the learner has set them since (then they are the learner's)
_before_korean: dict | None = None
KOREAN_FONT = {"font.family": ["DejaVu Sans", FONT_NAME], "axes.unicode_minus": True}
# The course's figures, in both languages: a static figure is saved at its
# figure's dpi (the inline backend's PNG), and at matplotlib's 100 small Hangul
# blurred. At 120, 9 pt (the course's smallest text) is 15 pixels high. Raised
# to it, never lowered: a learner's own higher setting stays. (Live figures
# set their own: widgets.CSS_DPI, drawn crisp at twice that.)
FIGURE_DPI = 120


def _font_settings(language: str) -> dict:
    """The rcParams that draw `language`'s figure texts."""
    import matplotlib as mpl

    _add_font()
    if language == "ko":
        return KOREAN_FONT
    before = _before_korean or {}
    return {key: before.get(key, mpl.rcParams[key]) for key in KOREAN_FONT}


def _add_font() -> None:
    global _font_added
    if not _font_added:
        from matplotlib import font_manager

        manager = font_manager.fontManager
        manager.addfont(str(FONT_FILE))
        manager.addfont(str(BOLD_FONT_FILE))
        # NanumGothic Bold's OS/2 table gives weight 600 (semibold), so
        # matplotlib would log "Failed to find font weight bold" on every bold
        # text: it is the family's Bold, and registered as such (700)
        manager.ttflist = [
            dataclasses.replace(entry, weight=700)
            if entry.fname == str(BOLD_FONT_FILE)
            else entry
            for entry in manager.ttflist
        ]
        _font_added = True


def _set_font(language: str) -> None:
    """Korean: DejaVu Sans, then NanumGothic for Hangul; English: the defaults.
    Both: figures at FIGURE_DPI at least.

    In plain text matplotlib takes each glyph from the first font of the list
    that has it: Latin letters, digits and symbols (the minus sign U+2212,
    arrows, Greek) come from DejaVu Sans as in the English figures, Hangul from
    NanumGothic. A text with $math$ in it is drawn by mathtext, which takes its
    words from the first font alone: so a figure text never mixes Hangul with
    $math$ (write "학습률 η", not "학습률 $\\eta$"; the tests catch it). With
    NanumGothic first it would be the other way round, and every log axis's
    tick labels (10⁻¹, drawn as $\\mathdefault{10^{-1}}$) would lose their minus
    sign, which NanumGothic lacks.
    """
    import matplotlib as mpl

    global _before_korean
    if mpl.rcParams["figure.dpi"] < FIGURE_DPI:
        mpl.rcParams["figure.dpi"] = FIGURE_DPI
    if language == "ko":
        _add_font()
        if _before_korean is None:
            _before_korean = {key: mpl.rcParams[key] for key in KOREAN_FONT}
        # axes.unicode_minus: U+2212, from DejaVu Sans
        mpl.rcParams.update(KOREAN_FONT)
    elif _before_korean is not None:  # English after Korean: what Korean changed
        for key, value in KOREAN_FONT.items():
            if mpl.rcParams[key] == value:  # not changed by the learner since
                mpl.rcParams[key] = _before_korean[key]
        _before_korean = None
