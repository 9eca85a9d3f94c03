"""Put an "Open in Colab" badge and a Colab setup cell at the top of each notebook.

    python tools/add_badges.py notebooks/4.3-numerical-differentiation.ipynb ...
    python tools/add_badges.py            (every notebook)
    python tools/add_badges.py --check    (exit 1 if a notebook lacks them)

The badge is the notebook's first cell (markdown) and links to the same
notebook on Colab. The setup cell goes just before the first code cell: on
Colab it installs the helper package from the repository (Colab has no
clone of it), turns on Colab's widget manager for ipywidgets 8 (Colab's own
runtime comes with ipywidgets 7), and asks for a restart if the kernel still
has ipywidgets 7 loaded; anywhere else it does nothing. Both cells are found
again by their tags, so running the tool twice changes nothing, and a change
of REPO updates them in place.
Re-execute a notebook after adding the cells (tools/execute.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]

# The course's GitHub repository, OWNER/NAME, and branch: every badge and the
# Colab install command are made from these (README.md uses the same; a test
# checks it). Change them here, run this tool, and update README.md.
REPO = "dlscratch/dlscratch"
BRANCH = "main"
FIRST_NOTEBOOK = "4.1-learning-from-data.ipynb"

BADGE_TAG = "colab-badge"
SETUP_TAG = "colab-setup"
COLAB_BADGE_SVG = "https://colab.research.google.com/assets/colab-badge.svg"
BINDER_BADGE_SVG = "https://mybinder.org/badge_logo.svg"


def colab_url(notebook: str) -> str:
    return (
        f"https://colab.research.google.com/github/{REPO}/blob/{BRANCH}"
        f"/notebooks/{notebook}"
    )


def binder_url(notebook: str = FIRST_NOTEBOOK) -> str:
    return (
        f"https://mybinder.org/v2/gh/{REPO}/{BRANCH}"
        f"?urlpath=lab/tree/notebooks/{notebook}"
    )


def install_url() -> str:
    return f"git+https://github.com/{REPO}"


def badge_source(notebook: str) -> str:
    return f"[![Open In Colab]({COLAB_BADGE_SVG})]({colab_url(notebook)})"


def setup_source() -> str:
    return f'''\
# Google Colab only (elsewhere this cell does nothing): install the course's
# helper package, and let Colab show ipywidgets 8 widgets.
import subprocess
import sys

if "google.colab" in sys.modules:
    pip = [sys.executable, "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, "{install_url()}"], check=True)
    from google.colab import output

    output.enable_custom_widget_manager()
    import ipywidgets  # a kernel that had ipywidgets 7 loaded keeps it until restarted

    if int(ipywidgets.__version__.split(".")[0]) < 8:
        print("Now restart: Runtime > Restart session, then run the notebook again.")'''


def _tagged(nb, tag: str) -> list[int]:
    return [
        i
        for i, c in enumerate(nb.cells)
        if tag in c.get("metadata", {}).get("tags", [])
    ]


def update(nb, notebook: str) -> bool:
    """Add or refresh the two cells in a notebook object; True if it changed."""
    before = nbformat.writes(nb)
    found = {}
    for tag in (BADGE_TAG, SETUP_TAG):  # take the cells out, to put them in place
        indices = _tagged(nb, tag)
        found[tag] = nb.cells[indices[0]] if indices else None
        for i in reversed(indices):
            del nb.cells[i]
    badge = found[BADGE_TAG] or nbformat.v4.new_markdown_cell(
        metadata={"tags": [BADGE_TAG]}
    )
    badge.source = badge_source(notebook)
    setup = found[SETUP_TAG] or nbformat.v4.new_code_cell(
        metadata={"tags": [SETUP_TAG]}
    )
    setup.source = setup_source()
    first_code = next(
        (i for i, c in enumerate(nb.cells) if c.cell_type == "code"), len(nb.cells)
    )
    nb.cells.insert(first_code, setup)
    nb.cells.insert(0, badge)
    return nbformat.writes(nb) != before


def is_current(nb, notebook: str) -> bool:
    badge, setup = _tagged(nb, BADGE_TAG), _tagged(nb, SETUP_TAG)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    return (
        badge == [0]
        and nb.cells[0].source == badge_source(notebook)
        and len(setup) == 1
        and code[:1] == setup
        and nb.cells[setup[0]].source == setup_source()
    )


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [Path(a) for a in argv if a != "--check"]
    paths = paths or sorted((ROOT / "notebooks").glob("*.ipynb"))
    stale = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        if check:
            if not is_current(nb, path.name):
                stale.append(path)
        elif update(nb, path.name):
            nbformat.write(nb, path)
            print(f"updated {path} (re-execute it: python tools/execute.py {path})")
    for path in stale:
        print(f"{path}: no current Colab badge/setup cell; run tools/add_badges.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
