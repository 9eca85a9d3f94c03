"""Put an "Open in Colab" badge and a Colab setup cell at the top of each notebook.

    python tools/add_badges.py notebooks/4.3-numerical-differentiation.ipynb ...
    python tools/add_badges.py                  (every notebook)
    python tools/add_badges.py --check          (exit 1 if a notebook lacks them)
    python tools/add_badges.py --release-check  (exit 1 unless ready to publish)

The badge is the notebook's first cell (markdown) and links to the same
notebook on Colab. The setup cell goes just before the first code cell, with
its source collapsed ("jupyter": {"source_hidden": true}) and a one-line
markdown title just before it (a collapsed code cell shows nothing of its
source in JupyterLab). On Colab it installs exactly the release of the helper
package that dlscratch_helpers/_release.py names, from its version tag (Colab
has no clone of the repository), turns on Colab's widget manager for
ipywidgets 8 (Colab's own runtime comes with ipywidgets 7), asks for a restart
if the kernel still has ipywidgets 7 loaded, and stops with a clear message
if the package it then imports is not that release; anywhere else it does
nothing. The cells are found again by their tags, so running the tool twice
changes nothing, and a new home or release updates them in place.
Re-execute a notebook after adding the cells (tools/execute.py).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import nbformat
from notebook_list import all_notebooks, notebook_name

ROOT = Path(__file__).resolve().parents[1]


def _load_release():
    """dlscratch_helpers/_release.py of this checkout, without importing the package."""
    path = ROOT / "dlscratch_helpers" / "_release.py"
    spec = importlib.util.spec_from_file_location("_dlscratch_release", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RELEASE = _load_release()
# The course's GitHub repository, OWNER/NAME, and the release the notebooks are
# written for: both live in dlscratch_helpers/_release.py. Every badge and the
# Colab install command are made from them (README.md's badges name the same
# repository; a test checks it). The badges open the notebooks on BRANCH.
REPO = RELEASE.HOME
VERSION = RELEASE.__version__
BRANCH = "main"
FIRST_NOTEBOOK = "4.1-learning-from-data.ipynb"
PACKAGE = "dlscratch-helpers"  # the distribution name in pyproject.toml

BADGE_TAG = "colab-badge"
SETUP_TAG = "colab-setup"
TITLE_TAG = "colab-setup-title"
SETUP_TITLE = "**Setup for Google Colab** (runs only on Colab; click to expand)"
# The Korean edition (notebooks/ko/, made by tools/translate.py) says the same in
# Korean; its setup cell is the English one, as all its code is.
KOREAN = "ko/"
SETUP_TITLE_KO = "**Google Colab 설정** (Colab에서만 실행됩니다. 펼치려면 클릭하세요)"
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
    """The pip requirement for exactly this release: its tag, never a branch head."""
    return f"{PACKAGE} @ git+https://github.com/{REPO}@{RELEASE.tag()}"


def badge_source(notebook: str) -> str:
    """The first cell: the Colab badge, and a link to the other edition.

    notebook is the path under notebooks/: "4.3-x.ipynb" or "ko/4.3-x.ipynb".
    """
    if notebook.startswith(KOREAN):
        english = notebook.removeprefix(KOREAN)
        return (
            f"[![Colab에서 열기]({COLAB_BADGE_SVG})]({colab_url(notebook)})"
            f" · [English edition](../{english})"
        )
    return (
        f"[![Open In Colab]({COLAB_BADGE_SVG})]({colab_url(notebook)})"
        f" · [한국어판](ko/{notebook})"
    )


def setup_title(notebook: str) -> str:
    return SETUP_TITLE_KO if notebook.startswith(KOREAN) else SETUP_TITLE


# The setup cell's comments and messages in each edition's language; its code is
# the same. The Korean names Colab's Korean menu, 런타임 > 세션 다시 시작. "error"
# holds the lines of the RuntimeError's message, as written in the cell.
SETUP_TEXT = {
    "en": {
        "comment": (
            "# Google Colab only (elsewhere this cell does nothing): install release "
            "{version} of\n# the course's helper package, and let Colab show "
            "ipywidgets 8 widgets."
        ),
        "kept": "a kernel that had ipywidgets 7 loaded keeps it until restarted",
        "restart": (
            "Now restart: Runtime > Restart session, then run the notebook again."
        ),
        "older": "an older version",
        "error": (
            'f"This notebook was written for dlscratch_helpers {release}, but "',
            'f"{installed} is imported. Runtime > Restart session, then run the "',
            '"notebook again from the top. If this message comes back, the tag "',
            'f"v{release} at {home} does not hold release {release}."',
        ),
    },
    "ko": {
        "comment": (
            "# Google Colab에서만 실행됩니다(다른 곳에서는 아무 일도 하지 않습니다).\n"
            "# 과정의 도우미 패키지 {version} 릴리스를 설치하고,\n"
            "# Colab이 ipywidgets 8 위젯을 보여 주게 합니다."
        ),
        "kept": "ipywidgets 7을 불러온 커널은 다시 시작할 때까지 7을 씁니다",
        "restart": "이제 런타임 > 세션 다시 시작을 누르고 노트북을 다시 실행하세요.",
        "older": "이전 버전",
        "error": (
            'f"이 노트북은 dlscratch_helpers {release}용인데 "',
            'f"{installed}을(를) 불러왔습니다. 런타임 > 세션 다시 시작을 "',
            '"누르고 노트북을 처음부터 다시 실행하세요. 이 메시지가 또 나오면 "',
            'f"{home}의 태그 v{release}에 릴리스 {release}가 없는 것입니다."',
        ),
    },
}


def setup_source(notebook: str = "") -> str:
    """The setup cell; for notebooks/ko/ with Korean comments and messages."""
    text = SETUP_TEXT["ko" if notebook.startswith(KOREAN) else "en"]
    comment = text["comment"].format(version=VERSION)
    error = "\n".join(" " * 12 + line for line in text["error"])
    return f'''\
{comment}
import subprocess
import sys

if "google.colab" in sys.modules:
    release = "{VERSION}"
    home = "https://github.com/{REPO}"
    pip = [sys.executable, "-m", "pip", "install", "--quiet"]
    subprocess.run([*pip, f"{PACKAGE} @ git+{{home}}@v{{release}}"], check=True)
    from google.colab import output

    output.enable_custom_widget_manager()
    import ipywidgets  # {text["kept"]}

    if int(ipywidgets.__version__.split(".")[0]) < 8:
        print("{text["restart"]}")
    from importlib import import_module

    try:
        installed = import_module("dlscratch_helpers._release").__version__
    except ImportError:
        installed = "{text["older"]}"
    if installed != release:
        raise RuntimeError(
{error}
        )'''


def _tagged(nb, tag: str) -> list[int]:
    return [
        i
        for i, c in enumerate(nb.cells)
        if tag in c.get("metadata", {}).get("tags", [])
    ]


def _hide_source(cell) -> None:
    cell.metadata.setdefault("jupyter", {})["source_hidden"] = True


def update(nb, notebook: str) -> bool:
    """Add or refresh the three cells in a notebook object; True if it changed."""
    before = nbformat.writes(nb)
    found = {}
    for tag in (BADGE_TAG, TITLE_TAG, SETUP_TAG):  # take them out, to put them in place
        indices = _tagged(nb, tag)
        found[tag] = nb.cells[indices[0]] if indices else None
        for i in reversed(indices):
            del nb.cells[i]
    badge = found[BADGE_TAG] or nbformat.v4.new_markdown_cell(
        metadata={"tags": [BADGE_TAG]}
    )
    badge.source = badge_source(notebook)
    title = found[TITLE_TAG] or nbformat.v4.new_markdown_cell(
        metadata={"tags": [TITLE_TAG]}
    )
    title.source = setup_title(notebook)
    setup = found[SETUP_TAG] or nbformat.v4.new_code_cell(
        metadata={"tags": [SETUP_TAG]}
    )
    setup.source = setup_source(notebook)
    _hide_source(setup)
    first_code = next(
        (i for i, c in enumerate(nb.cells) if c.cell_type == "code"), len(nb.cells)
    )
    nb.cells[first_code:first_code] = [title, setup]
    nb.cells.insert(0, badge)
    return nbformat.writes(nb) != before


def is_current(nb, notebook: str) -> bool:
    badge, setup = _tagged(nb, BADGE_TAG), _tagged(nb, SETUP_TAG)
    title = _tagged(nb, TITLE_TAG)
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    return (
        badge == [0]
        and nb.cells[0].source == badge_source(notebook)
        and len(setup) == 1
        and code[:1] == setup
        and nb.cells[setup[0]].source == setup_source(notebook)
        and nb.cells[setup[0]].metadata.get("jupyter", {}).get("source_hidden") is True
        and title == [setup[0] - 1]
        and nb.cells[title[0]].cell_type == "markdown"
        and nb.cells[title[0]].source == setup_title(notebook)
    )


def readme_repositories(readme: str) -> list[str]:
    """OWNER/NAME of every Binder and Colab address in a README."""
    return re.findall(
        r"(?:mybinder\.org/v2/gh|colab\.research\.google\.com/github)/([\w.-]+/[\w.-]+)",
        readme,
    )


def release_problems(paths: list[Path]) -> list[str]:
    """Everything to fix before publishing this checkout (empty: ready)."""
    found = list(RELEASE.problems())
    for readme in ("README.md", "README.ko.md"):
        text = (ROOT / readme).read_text(encoding="utf-8")
        repos = set(readme_repositories(text))
        if repos != {REPO}:
            found.append(
                f"{readme}'s Binder/Colab badges name {sorted(repos)}, not "
                f"{REPO!r}: update them by hand"
            )
    for path in paths:
        if not is_current(nbformat.read(path, as_version=4), notebook_name(path)):
            shown = path.resolve()
            if shown.is_relative_to(ROOT):
                shown = shown.relative_to(ROOT)
            found.append(
                f"{shown}: Colab badge/setup cell not current; run "
                "tools/add_badges.py, then tools/execute.py"
            )
    return found


def main(argv: list[str]) -> int:
    check = "--check" in argv
    release = "--release-check" in argv
    paths = [Path(a) for a in argv if a not in ("--check", "--release-check")]
    paths = paths or all_notebooks()
    if release:
        problems = release_problems(paths)
        for problem in problems:
            print(f"release-check: {problem}", file=sys.stderr)
        if not problems:
            print(f"release-check: ready to tag {RELEASE.tag()} at github.com/{REPO}")
        return 1 if problems else 0
    stale = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        if check:
            if not is_current(nb, notebook_name(path)):
                stale.append(path)
        elif update(nb, notebook_name(path)):
            nbformat.write(nb, path)
            print(f"updated {path} (re-execute it: python tools/execute.py {path})")
    for path in stale:
        print(f"{path}: no current Colab badge/setup cell; run tools/add_badges.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
