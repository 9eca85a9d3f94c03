"""The package speaks Korean from one catalogue, falls back to English, and draws
Hangul; the Korean notebooks show no English from the catalogue."""

import re
import string
import warnings
from pathlib import Path

import matplotlib
import nbformat
import pytest
from notebook_list import all_notebooks, korean_notebooks
from notebook_runs import untranslated

from dlscratch_helpers import i18n
from dlscratch_helpers.i18n import N_, _, catalogue, needs_translation, set_language

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]

KOREAN = korean_notebooks()
HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture
def korean():
    set_language("ko")
    yield
    set_language("en")


# --- the mechanism ---------------------------------------------------------------


def test_english_is_the_default_and_passes_through():
    assert i18n.get_language() == "en"
    assert _("Predict first.") == "Predict first."
    assert N_("anything") == "anything"


def test_korean_translates_and_falls_back_to_english(korean):
    assert _("Predict first.") == "먼저 예측해 보세요."
    text = "A sentence nobody has translated yet"
    assert _(text) == text  # the English, never a key or an error
    assert text in i18n.missing("ko")
    assert _("$x^2$") == "$x^2$" and "$x^2$" not in i18n.missing("ko")
    assert _(None) is None  # not text: returned as it is
    # translated once, where shown: a translation looked up again is a mistake
    # the record shows (when it has English words, as this one does)
    twice = _("Loaded full MNIST: {train:,} training and {test:,} test images.")
    assert _(twice) == twice and twice in i18n.missing("ko")
    i18n._missing.clear()


def test_an_unknown_language_is_refused_by_name():
    with pytest.raises(ValueError, match="language must be one of 'en', 'ko'"):
        set_language("kr")
    assert i18n.get_language() == "en"


def test_what_needs_translating():
    assert needs_translation("learning rate")
    assert needs_translation("loss after {n} steps")
    for neutral in ("lr", "$h$", "x = {x:.2f}", "1e-4", "<b>w</b>", "`numerical_diff`"):
        assert not needs_translation(neutral), neutral


def test_the_quiz_speaks_korean(korean):
    from dlscratch_helpers.quiz import Prediction, check

    p = Prediction("4.3/best-h")
    labels = [label for label, _value in p.input.options]
    values = [value for _label, value in p.input.options]
    assert values == ["1e-2", "1e-5", "1e-8", "1e-12"]  # compared in English
    assert p.button.description == "정답 보기"
    assert HANGUL.search(p.prompt.value) and labels == values  # numbers stay
    p.guess("1e-2")
    text = p.reveal()
    assert "정답:" in text and HANGUL.search(text)
    p.close()
    line = check("4.3/1", ...)
    assert line is None


def test_input_checks_speak_korean(korean):
    from dlscratch_helpers import numerical_diff

    with pytest.raises(ValueError, match="0보다 큰 유한한 수"):
        numerical_diff(lambda x: x**2, 1.0, h=0)


# --- the catalogue -----------------------------------------------------------------


def _fields(text):
    return sorted(
        (name, spec, conv)
        for _lit, name, spec, conv in string.Formatter().parse(text)
        if name is not None
    )


def _markup(text):
    math = re.findall(r"\$\$.*?\$\$|\$[^$]*\$", text, re.DOTALL)
    tags = re.findall(r"</?([a-z]+)", text)
    code = re.findall(r"`[^`]*`", text)
    return sorted(math), sorted(tags), sorted(code)


def test_translations_keep_fields_math_tags_and_code():
    bad = []
    for english, korean_text in catalogue("ko").items():
        if _fields(english) != _fields(korean_text):
            bad.append(f"format fields differ: {english[:60]!r}")
        if _markup(english) != _markup(korean_text):
            bad.append(f"math, tags or code differ: {english[:60]!r}")
        if "$" in korean_text:
            for math in re.findall(r"\$[^$]*\$", korean_text):
                if HANGUL.search(math):
                    bad.append(f"Hangul inside math (mathtext cannot draw it): {math}")
    assert not bad, "\n".join(bad)


def test_the_catalogue_is_gettexts_compiled_one():
    """What _() reads is the .mo the wheel ships, through Python's gettext."""
    import gettext

    t = gettext.translation(i18n.DOMAIN, i18n.LOCALE_DIR, languages=["ko"])
    assert t.gettext("Predict first.") == "먼저 예측해 보세요."
    assert catalogue("ko")["Predict first."] == "먼저 예측해 보세요."
    assert "" not in catalogue("ko")  # not the header


# --- the glossary ------------------------------------------------------------------


def glossary():
    rows = []
    for line in (ROOT / "i18n/glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 3 and not set(cells[0]) <= {"-"}:
            rows.append(cells)
    return rows[1:]  # without the header


def korean_texts():
    """Every Korean text of the course: notebook prose (the Korean terms the
    English notebooks give beside theirs too) and the catalogue."""
    for path in all_notebooks():
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown":
                yield f"{path.name} cell {cell.id}", cell.source
    for english, korean_text in catalogue("ko").items():
        yield f"catalogue {english[:40]!r}", korean_text


def test_the_glossary_has_the_issue_terms():
    terms = {ko for _en, ko, _not in glossary()}
    for term in (
        "손실 함수", "오차제곱합", "교차 엔트로피 오차", "미니배치", "수치 미분",
        "중심 차분", "기울기", "경사 하강법", "학습률", "하이퍼파라미터", "에폭",
        "오차역전파법",
    ):  # fmt: skip
        assert term in terms


def test_the_korean_edition_avoids_the_variants_the_glossary_rules_out():
    avoid = {
        variant.strip(): ko
        for _en, ko, variants in glossary()
        for variant in variants.split(",")
        if variant.strip()
    }
    found = [
        f"{where}: {variant!r} (the glossary says {ko!r})"
        for where, text in korean_texts()
        for variant, ko in avoid.items()
        if re.search(f"(?<![가-힣]){re.escape(variant)}", text)  # 파라미터, not 하이퍼-
    ]
    assert not found, "\n".join(found)


# --- figures in Korean -------------------------------------------------------------


def agg_figure():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure()
    FigureCanvasAgg(fig)
    return fig


GLYPH_WARNINGS = ("missing from font", "does not have a glyph")


def draw_and_catch(fig):
    """Draw fig; return what matplotlib said about glyphs it could not draw
    (plain text warns; the text around $math$ logs)."""
    import logging

    logged = []

    class Catch(logging.Handler):
        def emit(self, record):
            logged.append(record.getMessage())

    catch = Catch()
    logger = logging.getLogger("matplotlib")
    logger.addHandler(catch)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig.canvas.draw()
    finally:
        logger.removeHandler(catch)
    said = [str(w.message) for w in caught] + logged
    return [m for m in said if any(g in m for g in GLYPH_WARNINGS)]


def test_korean_figures_draw_hangul_and_minus_signs_without_missing_glyphs(korean):
    fig = agg_figure()
    ax = fig.subplots()
    ax.plot([0.001, 1, 10], [-1, 0, 1], label="손실 함수")
    ax.set_xscale("log")  # tick labels 10⁻³ ... drawn by mathtext
    ax.set_title("경사 하강법: 학습률 η = 0.1, −∇f, h² → 0")
    ax.set_xlabel("가중치 w₁₂")
    ax.set_ylabel("$\\partial L / \\partial w$")  # math alone in a text
    ax.legend()
    assert draw_and_catch(fig) == []
    assert matplotlib.rcParams["font.family"] == ["DejaVu Sans", i18n.FONT_NAME]
    assert matplotlib.rcParams["axes.unicode_minus"] is True  # U+2212 from DejaVu
    # (without NanumGothic the Hangul warns: test_the_default_font_would_miss_hangul)
    # and the check sees what mathtext cannot draw: Hangul beside $math$
    ax.set_ylabel("기울기 $\\partial L / \\partial w$")
    assert draw_and_catch(fig)


def test_bold_korean_text_draws_without_a_font_weight_message(korean, caplog):
    fig = agg_figure()
    fig.subplots().set_title("혼동 행렬", fontweight="bold")
    assert draw_and_catch(fig) == []
    assert "weight" not in caplog.text


def test_english_figures_have_matplotlibs_defaults_back():
    set_language("ko")
    set_language("en")
    assert matplotlib.rcParams["font.family"] == ["sans-serif"]
    assert matplotlib.rcParams["axes.unicode_minus"] is True


def test_the_default_font_would_miss_hangul():
    """What the shipped font prevents: DejaVu Sans has no Hangul."""
    fig = agg_figure()
    fig.subplots().set_title("손실")
    assert draw_and_catch(fig)


def test_the_font_ships_with_its_licence_in_the_package():
    from matplotlib.ft2font import FT2Font

    font = FT2Font(str(i18n.FONT_FILE))
    assert font.family_name == i18n.FONT_NAME
    assert font.get_char_index(ord("한")) != 0
    licence = (i18n.FONT_FILE.parent / "OFL.txt").read_text()
    assert "SIL Open Font License" in licence and "NAVER" in licence
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"fonts/NanumGothic.ttf"' in pyproject and '"fonts/OFL.txt"' in pyproject
    # the catalogue is in the wheel that Colab and Binder install
    assert '"locale/*/LC_MESSAGES/dlscratch.mo"' in pyproject


# --- what the saved Korean notebooks show ------------------------------------------


def _shown_texts(nb):
    """Every text a reader sees in the saved outputs, with its cell."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "text" in output:
                yield cell.id, output["text"]
            for kind in ("text/plain", "text/html", "text/markdown"):
                if kind in output.get("data", {}):
                    yield cell.id, output["data"][kind]
            alt = output.get("metadata", {}).get("image/png", {}).get("alt")
            if alt:
                yield cell.id, alt
            if output.get("output_type") == "error":
                yield cell.id, output["evalue"]


@pytest.mark.parametrize("path", KOREAN, ids=[p.name for p in KOREAN])
def test_korean_outputs_show_no_english_from_the_catalogue(path):
    nb = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    found = [
        f"cell {i}: {hit}"
        for i, t in _shown_texts(nb)
        for hit in untranslated([t], code=code)
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", KOREAN, ids=[p.name for p in KOREAN])
def test_korean_outputs_have_no_missing_glyph_warning(path):
    nb = nbformat.read(path, as_version=4)
    warned = [i for i, t in _shown_texts(nb) if any(g in t for g in GLYPH_WARNINGS)]
    assert not warned, f"cells {warned} warned of missing glyphs"


def test_the_scan_catches_catalogue_english():
    english = "Commit to a guess first, then reveal the answer"
    assert english in catalogue("ko")
    assert untranslated([f"<p>{english}</p>"])
    assert not untranslated([catalogue("ko")[english]])
    # what a notebook's own code prints is not the catalogue's to translate
    code = f'print("{english}")'
    assert not untranslated([f"<p>{english}</p>"], code=code)


# --- switching the language while widgets are shown --------------------------------


def test_english_keeps_a_learners_own_font_settings():
    try:
        matplotlib.rcParams["font.family"] = ["serif"]
        set_language("en")  # what every English notebook's first cell calls
        assert matplotlib.rcParams["font.family"] == ["serif"]
        set_language("ko")
        set_language("en")  # Korean's fonts go, the learner's come back
        assert matplotlib.rcParams["font.family"] == ["serif"]
        set_language("ko")
        matplotlib.rcParams["font.family"] = ["monospace"]  # set during Korean
        set_language("en")
        assert matplotlib.rcParams["font.family"] == ["monospace"]
    finally:
        set_language("en")
        matplotlib.rcParams["font.family"] = matplotlib.rcParamsDefault["font.family"]


def _texts(fig):
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_an_english_explorer_stays_english_after_a_switch_to_korean(capsys):
    from dlscratch_helpers.viz import numdiff

    explorer = numdiff.error_explorer()
    try:
        set_language("ko")
        said = capsys.readouterr().out
        explorer.controls["h"].value = 1e-8  # update fills in its readout again
        assert explorer.errors == []
        shown = " ".join(_texts(explorer.fig))
        assert "forward error" in shown and not HANGUL.search(shown)
        assert draw_and_catch(explorer.fig) == []  # no Hangul without its font
        # what stays is said, in the new language
        assert "그림과 질문" in said and "한국어" in said
    finally:
        set_language("en")
        explorer.close()


def test_a_korean_explorer_stays_korean_after_a_switch_to_english(capsys):
    from dlscratch_helpers.viz import numdiff

    set_language("ko")
    try:
        explorer = numdiff.error_explorer()
    finally:
        set_language("en")
    try:
        said = capsys.readouterr().out
        assert "keep the language they were built in (1 of them)" in said
        explorer.controls["h"].value = 1e-8
        shown = " ".join(_texts(explorer.fig))
        assert HANGUL.search(shown) and "forward error" not in shown
        assert draw_and_catch(explorer.fig) == []
    finally:
        explorer.close()


def test_a_prediction_reveals_in_the_language_it_asked_in():
    from dlscratch_helpers.quiz import Prediction

    p = Prediction("4.3/best-h")
    try:
        set_language("ko")
        p.guess("1e-2")
        text = p.reveal()
        assert "the answer is" in text and not HANGUL.search(text)
        assert not HANGUL.search(p.feedback.value)
    finally:
        set_language("en")
        p.close()  # (before another question under the same key replaces it)
    set_language("ko")
    try:
        q = Prediction("4.3/best-h")
    finally:
        set_language("en")
    try:
        q.guess("1e-2")
        assert HANGUL.search(q.reveal())
    finally:
        q.close()


def test_no_note_when_nothing_shown_speaks_another_language(capsys):
    from dlscratch_helpers.quiz import Prediction

    p = Prediction("4.3/best-h")
    try:
        set_language("en")  # the same language: nothing stays behind
        assert capsys.readouterr().out == ""
    finally:
        p.close()
