"""viz.show: a static figure is displayed with its alt text, and closed."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from IPython.core.interactiveshell import InteractiveShell  # noqa: E402
from IPython.core.pylabtools import select_figure_formats  # noqa: E402

from dlscratch_helpers.viz import show  # noqa: E402


def test_alt_text_travels_in_the_output_metadata(monkeypatch):
    shell = InteractiveShell.instance()
    select_figure_formats(shell, {"png"})  # what the inline backend does in Jupyter
    sent = []
    monkeypatch.setattr(
        shell.display_pub,
        "publish",
        lambda data, metadata=None, **kw: sent.append((data, metadata)),
    )
    fig = plt.figure()
    plt.plot([0, 1], [1, 0])
    show("A line falling from 1 to 0.")
    ((data, metadata),) = sent
    assert "image/png" in data
    assert metadata == {"image/png": {"alt": "A line falling from 1 to 0."}}
    assert not plt.fignum_exists(fig.number)


@pytest.mark.parametrize("alt", ["", "   ", None])
def test_alt_text_is_required(alt):
    with pytest.raises(ValueError, match="alt"):
        show(alt)
