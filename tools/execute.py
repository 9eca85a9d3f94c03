"""Execute notebooks in place and save them with their outputs.

    python tools/execute.py notebooks/4.3-numerical-differentiation.ipynb ...
    python tools/execute.py            (every notebook, both editions)

Each notebook runs top to bottom in a fresh kernel, with notebooks/ as the
working directory. Live widgets exist only in a running kernel, so the saved
outputs keep no widget views (their model ids are random, and a view without
its model shows "Error displaying widget: model not found" in a notebook
opened before it is run); an interactive figure is saved as the PNG of its
first frame and its text, which GitHub, nbviewer and JupyterLab show until
the cell is run again. Cell timing is not recorded, so re-executing an
unchanged notebook leaves it unchanged.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from notebook_list import all_notebooks

ROOT = Path(__file__).resolve().parents[1]
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

# The same data as `make test` uses (see conftest.py): the offline MNIST fallback.
os.environ.setdefault("DLSCRATCH_MNIST_SOURCE", "fallback")


def execute(path: Path, timeout: int = 900) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        store_widget_state=False,
        record_timing=False,
    )
    client.execute()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    nbformat.write(nb, path)


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or all_notebooks()
    for path in paths:
        print(f"executing {path}", flush=True)
        execute(path.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
