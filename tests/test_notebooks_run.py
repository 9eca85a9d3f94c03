"""Every notebook runs from any working directory, twice in a row in one
kernel, and every control it shows survives being driven to its extremes.

nbval (run on notebooks/ by `make test`) checks the outputs of one fresh
run; this test checks what nbval cannot: a second run in the same kernel,
a working directory far from the repository, and the widget callbacks,
moved from the kernel (each control to its minimum, its maximum and values
between, and back), which must neither raise nor leave the picture unchanged.
"""

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

PROBE = """\
import json
from dlscratch_helpers.widgets import exercise_all
print(json.dumps(exercise_all(between=3)))
"""


def _errors(cells):
    found = []
    for index, cell in cells:
        for output in cell.get("outputs", []):
            if output["output_type"] == "error":
                found.append(f"cell {index}: {output['ename']}: {output['evalue']}")
            if output.get("name") == "stderr" and "Traceback" in output["text"]:
                found.append(f"cell {index}: traceback on stderr")
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_runs_twice_from_elsewhere_and_every_control_survives(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},  # the kernel's cwd
        allow_errors=False,
    )
    code = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    with client.setup_kernel():
        for index, cell in code:
            client.execute_cell(cell, index)
        assert _errors(code) == []

        probe = nbformat.v4.new_code_cell(PROBE)
        nb.cells.append(probe)
        client.execute_cell(probe, len(nb.cells) - 1)
        text = "".join(
            o.get("text", "") for o in probe.outputs if o.get("name") == "stdout"
        )
        reports = json.loads(text)
        for report in reports:
            assert report["errors"] == [], f"{report['name']}: {report['errors']}"
            unchanged = [c for c, n in report["changed"].items() if n == 0]
            assert unchanged == [], (
                f"{report['name']}: {unchanged} never changed the figure"
            )
        source = "\n".join(c.source for _, c in code)
        if "Explorer" in source or "explorer(" in source:
            assert reports, "the notebook shows controls, but none were registered"

        for index, cell in code:  # the second run, in the same kernel
            client.execute_cell(cell, index)
        assert _errors(code) == []
    assert list(tmp_path.iterdir()) == [], (
        "the notebook wrote into its working directory"
    )
