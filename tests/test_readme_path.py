"""README.md's commands for learners without make.

`make test-readme-path` (CI) runs the macOS and Linux commands as the README
writes them (tools/readme_path.py reads them from it). The Windows and
Anaconda commands cannot be run here; these tests hold them to what is run:
the Windows commands are the macOS and Linux ones with Windows' way to create
and activate the environment, both install what `make install` installs, and
the Anaconda commands create environment.yml's environment and install what
Binder's postBuild installs. README.ko.md carries the same commands.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import notebook_list
import pytest
import readme_path

ROOT = Path(__file__).resolve().parents[1]
PIP = ["python", "-m", "pip", "install"]


@pytest.fixture(scope="module")
def blocks():
    return readme_path.without_make((ROOT / "README.md").read_text())


def pip_installs(lines: list[str]) -> list[list[str]]:
    """The arguments of each `python -m pip install` line."""
    return [shlex.split(ln)[4:] for ln in lines if shlex.split(ln)[:4] == PIP]


def makefile_installs() -> list[list[str]]:
    """The arguments of each pip install of the Makefile's install recipe, with
    make's variables filled in and its quiet flags left out."""
    text = (ROOT / "Makefile").read_text().replace("\\\n", " ")
    nodeps = re.search(r"^NODEPS := (\S+)$", text, re.M).group(1)
    recipe = re.search(r"^\$\(STAMP\):.*\n((?:\t.*\n)+)", text, re.M).group(1)
    installs = []
    for line in recipe.splitlines():
        words = line.split()
        if words[1:4] == ["-m", "pip", "install"]:
            args = [w.replace("$(NODEPS)", nodeps) for w in words[4:]]
            quiet = {"--quiet", "--disable-pip-version-check"}
            installs.append([w for w in args if w not in quiet])
    assert len(installs) == 3, installs
    return installs


def post_build_installs() -> list[list[str]]:
    lines = (ROOT / "postBuild").read_text().splitlines()
    return [
        [w for w in args if w != "--no-cache-dir"]
        for args in pip_installs([ln for ln in lines if ln.startswith("python -m")])
    ]


def test_the_unix_commands_make_a_venv_install_and_start_jupyterlab(blocks):
    unix = blocks["unix"]
    assert unix[:2] == ["python3 -m venv .venv", "source .venv/bin/activate"]
    assert unix[-1] == "jupyter lab"
    assert len(unix) == 2 + len(pip_installs(unix)) + 1, "only pip in between"


def test_the_commands_install_what_make_install_does(blocks):
    assert pip_installs(blocks["unix"]) == makefile_installs()


def test_the_windows_commands_are_the_unix_ones_with_windows_venv(blocks):
    windows, unix = blocks["windows"], blocks["unix"]
    assert windows[:2] == ["py -m venv .venv", r".venv\Scripts\activate"]
    assert windows[2:] == unix[2:]


def test_the_anaconda_commands_make_binders_environment(blocks):
    conda = blocks["conda"]
    name = re.search(r"^name: (\S+)$", (ROOT / "environment.yml").read_text(), re.M)
    assert conda[:2] == [
        "conda env create -f environment.yml",
        f"conda activate {name.group(1)}",
    ]
    assert conda[-1] == "jupyter lab"
    assert pip_installs(conda) == post_build_installs()
    assert len(conda) == 2 + len(pip_installs(conda)) + 1


def test_the_korean_readme_has_the_same_commands(blocks):
    korean = readme_path.without_make(
        (ROOT / "README.ko.md").read_text(encoding="utf-8"),
        re.compile(r"^## make 없이\b.*$", re.M),
    )
    assert korean == blocks


def korean_readme() -> str:
    return (ROOT / "README.ko.md").read_text(encoding="utf-8")


def test_the_korean_readme_states_the_same_python_range_and_pins():
    english = (ROOT / "README.md").read_text()
    m = re.search(r"\*\*Python versions\*\*: (3\.\d+) to (3\.\d+)\.", english)
    lo, hi = m.groups()
    korean = korean_readme()
    assert f"Python {lo}~{hi}" in korean
    # the versions the oldest Python gets, as README.md names them
    statement = english.split("**Python versions**", 1)[1].split("\n\n", 1)[0]
    named = re.findall(r"\b(numpy|matplotlib|pillow|ipykernel) (\d[\d.]*\d)", statement)
    assert named, statement
    for name, version in named:
        assert f"{name} {version}" in korean, (name, version)


def test_the_korean_readme_gives_the_english_readmes_warnings():
    """What README.md warns a learner of is said in README.ko.md too: the
    execution policy, VS Code and the ipywidgets pin, Notebook 7's arrow keys,
    what to send when a number differs."""
    pinned = re.search(
        r"^ipywidgets==(\S+)$", (ROOT / "requirements.txt").read_text(), re.M
    ).group(1)
    excluded = re.search(
        r'"ipywidgets[^"]*!=([\d.]+)"', (ROOT / "pyproject.toml").read_text()
    ).group(1)
    english, korean = (ROOT / "README.md").read_text(), korean_readme()
    for phrase in (
        "Set-ExecutionPolicy -Scope CurrentUser RemoteSigned",
        "microsoft/vscode-jupyter#17504",
        f"ipywidgets {excluded}",
        pinned,
        "jupyter-settings/overrides.json",
        "Settings > Settings Editor > Keyboard Shortcuts",
        "numpy.show_runtime()",
    ):
        assert phrase in english, phrase
        assert phrase in korean, phrase
    # the saved outputs come from the offline sample; how to get the same numbers
    for phrase in ("DLSCRATCH_MNIST_SOURCE=fallback", "`conda activate"):
        assert phrase in english, phrase
        assert phrase in korean, phrase


def test_the_readmes_quote_4_5s_saved_test_accuracy():
    """The offline sample's lower accuracy, as both READMEs quote it, is the
    one 4.5's saved run prints."""
    notebook = ROOT / "notebooks" / "4.5-learning-algorithm.ipynb"
    found = re.findall(
        r"train_acc\[-1\]: [\d.]+  test_acc\[-1\]: (\d\.\d+)", notebook.read_text()
    )
    assert len(set(found)) == 1, found
    quoted = f"test accuracy {float(found[0]):.3f}"
    assert quoted in (ROOT / "README.md").read_text()
    assert f"시험 정확도 {float(found[0]):.3f}" in korean_readme()


def test_the_korean_readme_lists_every_korean_notebook():
    listed = set(re.findall(r"\]\((notebooks/ko/[^)#]+\.ipynb)\)", korean_readme()))
    shipped = {
        f"notebooks/{notebook_list.notebook_name(p)}"
        for p in notebook_list.korean_notebooks()
    }
    assert listed == shipped


def test_ci_runs_the_readme_path():
    makefile = (ROOT / "Makefile").read_text()
    target = re.search(r"^test-readme-path:.*\n((?:\t.*\n)+)", makefile, re.M)
    assert target and "tools/readme_path.py" in target.group(1)
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test-readme-path$", ci, re.M)


def test_the_runner_stops_when_a_command_fails(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    env = readme_path.clean_env(tmp_path / "jupyter")
    log = tmp_path / "log"
    with pytest.raises(SystemExit, match=r"stopped \(exit 3\)"):
        readme_path.run_commands(["true", "exit 3", "jupyter lab"], repo, env, log)
    with pytest.raises(SystemExit, match="last command should be `jupyter lab`"):
        readme_path.run_commands(["true"], repo, env, log)


def test_the_runner_takes_this_environment_off_path(tmp_path, monkeypatch):
    venv_bin = tmp_path / "venv" / "bin"
    venv_bin.mkdir(parents=True)
    (venv_bin / "activate").write_text("")
    monkeypatch.setenv("PATH", f"{venv_bin}:/usr/bin")
    monkeypatch.setenv("VIRTUAL_ENV", str(venv_bin.parent))
    env = readme_path.clean_env(tmp_path / "jupyter")
    assert env["PATH"] == "/usr/bin" and "VIRTUAL_ENV" not in env
    assert env["DLSCRATCH_MNIST_SOURCE"] == "fallback"
