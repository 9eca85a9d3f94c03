"""Figures of the course: static figures and the explorers behind the sliders.

One module per notebook's figures. :func:`show` displays a static figure with
alternative text, for screen readers and for nbconvert's HTML.
"""

from __future__ import annotations


def show(alt: str, fig=None) -> None:
    """Display fig (default: pyplot's current figure) with alt text, then close it.

    The alt text (in the learner's language: see i18n.py) says what the figure
    shows, not its title again; it is kept
    in the output's metadata ({"image/png": {"alt": ...}}), where nbconvert,
    nbsphinx and JupyterLab read it.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    from ..i18n import _

    if not isinstance(alt, str) or not alt.strip():
        raise ValueError(_("alt must be a sentence saying what the figure shows"))
    fig = plt.gcf() if fig is None else fig
    display(fig, metadata={"image/png": {"alt": _(alt.strip())}})
    plt.close(fig)
