"""Figures of the course: static figures and the explorers behind the sliders.

One module per notebook's figures. :func:`show` displays a static figure with
alternative text, for screen readers and for nbconvert's HTML.
"""

from __future__ import annotations

from ..i18n import Translated, _


def show(alt: str, fig=None, **fields) -> None:
    """Display fig (default: pyplot's current figure) with alt text, then close it.

    The alt text (in the learner's language: see i18n.py) says what the figure
    shows, not its title again; it is kept
    in the output's metadata ({"image/png": {"alt": ...}}), where nbconvert,
    nbsphinx and JupyterLab read it. Numbers that vary go in as {fields}
    (``show("falls to {loss:.2f}", loss=x)``), so that the text is translated
    before they are filled in.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    if not isinstance(alt, str) or not alt.strip():
        raise ValueError(_("alt must be a sentence saying what the figure shows"))
    fig = plt.gcf() if fig is None else fig
    alt = alt if isinstance(alt, Translated) else _(alt.strip())  # translated once
    if fields:  # numbers filled in after translation: show("... {loss:.2f}", loss=x)
        alt = alt.format(**fields)
    display(fig, metadata={"image/png": {"alt": alt}})
    plt.close(fig)
