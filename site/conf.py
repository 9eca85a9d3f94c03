"""Sphinx settings of the course's website (site/build.py runs Sphinx with them)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from add_badges import REPO  # noqa: E402

project = "dlscratch: how a neural network learns"
author = "the dlscratch authors"
# site/build.py builds each edition: English, then Korean into ko/
language = os.environ.get("DLSCRATCH_SITE_LANGUAGE", "en")
# MathJax from sphinx-mathjax-offline's copy (3.2.2), served with the site
extensions = ["myst_nb", "sphinx.ext.mathjax", "sphinx-mathjax-offline"]
# $...$ in the saved HTML of a prediction's question, as in the notebooks
mathjax3_config = {"tex": {"inlineMath": [["$", "$"], ["\\(", "\\)"]]}}
myst_enable_extensions = ["dollarmath", "amsmath"]
nb_execution_mode = "off"  # the saved outputs, as nbval compares them
nb_merge_streams = True
# a figure saved as a widget's first frame: its PNG (the widget view needs a kernel)
nb_mime_priority_overrides = [
    ("html", "application/vnd.jupyter.widget-view+json", None),
]
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
# a link to a raw-HTML anchor of another notebook (4.1 links to <a id="..."> in
# 4.1a, which Jupyter and GitHub follow too) is not a Sphinx target: MyST warns
# "local id not found" although the link works; tests/browser/test_site.py
# checks that every link's #anchor names an element of its page
suppress_warnings = ["myst.xref_missing"]
html_theme = "sphinx_book_theme"
html_title = "dlscratch" if language == "en" else "dlscratch 한국어판"
# hangul.css, and NanumGothic from the package (the font of its Korean figures)
html_static_path = [
    str(Path(__file__).parent / "static"),
    str(ROOT / "dlscratch_helpers" / "fonts"),
]
html_css_files = ["hangul.css"]
html_theme_options = {
    "repository_url": f"https://github.com/{REPO}",
    "repository_branch": "main",
    "path_to_docs": "notebooks" if language == "en" else "notebooks/ko",
    "use_repository_button": True,
    "launch_buttons": {
        "binderhub_url": "https://mybinder.org",
        "colab_url": "https://colab.research.google.com",
        "notebook_interface": "jupyterlab",
    },
    "navigation_with_keys": False,
}


def _alt_from_output_metadata():
    """myst-nb takes an image's alt text from the cell's options only; the course
    saves each figure's alt text in its output's metadata (image/png: alt), as
    nbconvert and nbviewer read it. Take it from there."""
    from myst_nb.core.render import NbElementRenderer

    render_image = NbElementRenderer.render_image

    def with_alt(self, data):
        images = render_image(self, data)
        alt = data.output_metadata.get(data.mime_type, {}).get("alt")
        for image in images if alt else ():
            image["alt"] = str(alt)
        return images

    NbElementRenderer.render_image = with_alt


_alt_from_output_metadata()

# the theme's light or dark mode follows the reader's system setting (without
# this the theme logs "invalid theme mode" on every page)
html_context = {"default_mode": "auto"}
