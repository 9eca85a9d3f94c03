"""The checks of tests/notebook_runs.py can fail: the colour check on known
colours, and the notebook runs on small notebooks that break each rule."""

import os
import subprocess
import sys
from pathlib import Path

import nbformat
from notebook_runs import indistinct_pairs

ROOT = Path(__file__).resolve().parents[1]


def test_colour_check_catches_red_against_green():
    red, green = [0.84, 0.15, 0.16], [0.17, 0.63, 0.17]
    assert indistinct_pairs([["a", red, "-", ""], ["b", green, "-", ""]])
    assert not indistinct_pairs([["a", red, "-", ""], ["b", green, "--", ""]])
    blue, orange = [0.12, 0.47, 0.71], [1.0, 0.5, 0.05]
    assert not indistinct_pairs([["a", blue, "-", ""], ["b", orange, "-", ""]])


def _notebook(path, *cells):
    """cells: (source, saved stdout or None for no output)"""
    nb = nbformat.v4.new_notebook()
    for count, (source, stdout) in enumerate(cells, start=1):
        cell = nbformat.v4.new_code_cell(source, execution_count=count)
        if stdout is not None:
            cell.outputs = [
                nbformat.v4.new_output("stream", name="stdout", text=stdout)
            ]
        nb.cells.append(cell)
    nbformat.write(nb, path)


def test_each_rule_fails_a_notebook_that_breaks_it(tmp_path):
    _notebook(
        tmp_path / "good.ipynb",
        ("import os\nprint(os.listdir('.'))", "[]\n"),  # an empty folder, not ours
        ("print(6 * 7)", "42\n"),
    )
    _notebook(tmp_path / "differs.ipynb", ("print(6 * 7)", "41\n"))
    _notebook(
        tmp_path / "writes.ipynb", ("_ = open('notes.txt', 'w').write('x')", None)
    )
    _notebook(
        tmp_path / "once.ipynb",
        ("assert 'ran' not in globals()\nran = True", None),  # fails when run again
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "notebook_runs", "-p", "no:xdist",
         "-p", "no:cacheprovider", "--nbval-current-env", "-rA", "-q", str(tmp_path)],
        cwd=tmp_path,
        env={**os.environ,
             "PYTHONPATH": f"{ROOT / 'tests'}:{ROOT / 'tools'}"},
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    lines = run.stdout.splitlines()

    def outcome(test):
        found = [line.split()[0] for line in lines
                 if line.split(" - ")[0].split(" ", 1)[-1] == test
                 and line.startswith(("PASSED ", "FAILED ", "ERROR "))]  # fmt: skip
        return found[0] if found else f"not run:\n{run.stdout}\n{run.stderr}"

    assert outcome("good.ipynb::Cell 0") == "PASSED"
    assert outcome("good.ipynb::Cell 1") == "PASSED"
    assert outcome("good.ipynb::run_again") == "PASSED"
    assert outcome("good.ipynb::drive_widgets") == "PASSED"
    assert outcome("differs.ipynb::Cell 0") == "FAILED"
    assert outcome("writes.ipynb::Cell 0") == "PASSED"
    assert outcome("writes.ipynb::run_again") == "FAILED"
    assert "wrote into its working directory: ['notes.txt']" in run.stdout
    assert outcome("once.ipynb::Cell 0") == "PASSED"
    assert outcome("once.ipynb::run_again") == "FAILED"
    assert "the second run failed" in run.stdout
