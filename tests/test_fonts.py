"""Korean figures draw bold Hangul with NanumGothic Bold, shipped with the package."""

import logging
from pathlib import Path

import matplotlib
import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from dlscratch_helpers import i18n
from dlscratch_helpers.i18n import set_language

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def korean():
    set_language("ko")
    yield
    set_language("en")


def ink(text: str, weight: str) -> float:
    """How much ink `text` leaves on a white canvas, drawn at `weight`."""
    fig = Figure(figsize=(3, 1), dpi=100)
    FigureCanvasAgg(fig)
    fig.text(0.05, 0.3, text, fontsize=20, fontweight=weight)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., :3].astype(float)
    return float((255 - pixels).sum())


def test_bold_hangul_is_drawn_with_nanumgothic_bold_and_no_weight_message(
    korean, caplog
):
    with caplog.at_level(logging.INFO, logger="matplotlib.font_manager"):
        bold = font_manager.FontProperties(family=i18n.FONT_NAME, weight="bold")
        assert Path(font_manager.findfont(bold)) == i18n.BOLD_FONT_FILE
        regular = font_manager.FontProperties(family=i18n.FONT_NAME)
        assert Path(font_manager.findfont(regular)) == i18n.FONT_FILE
        # '3. 딥러닝 (종단간)': bold digits from DejaVu Sans Bold, bold Hangul
        # from NanumGothic Bold (before it shipped, Hangul stayed regular)
        assert ink("딥러닝 종단간", "bold") > 1.15 * ink("딥러닝 종단간", "normal")
        assert ink("3.", "bold") > 1.15 * ink("3.", "normal")
    assert "Failed to find font weight" not in caplog.text


def test_both_weights_ship_with_their_licence_and_match():
    from matplotlib.ft2font import FT2Font

    regular, bold = FT2Font(str(i18n.FONT_FILE)), FT2Font(str(i18n.BOLD_FONT_FILE))
    assert regular.family_name == bold.family_name == i18n.FONT_NAME
    assert (regular.style_name, bold.style_name) == ("Regular", "Bold")
    # one release of the family: the same version string in both name tables
    version = {font.get_sfnt()[(3, 1, 0x409, 5)] for font in (regular, bold)}
    assert len(version) == 1, version
    assert bold.get_char_index(ord("딥")) != 0
    licence = (i18n.FONT_FILE.parent / "OFL.txt").read_text()
    assert "SIL Open Font License" in licence and "NanumGothic" in licence
    pyproject = (ROOT / "pyproject.toml").read_text()
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf", "OFL.txt"):
        assert f'"fonts/{name}"' in pyproject
