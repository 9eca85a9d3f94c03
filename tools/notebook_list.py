"""The course's notebooks: every tool and test takes its list from here.

notebooks/*.ipynb is the English edition, the source; notebooks/ko/*.ipynb
the Korean edition, made from it by tools/translate.py. Each edition sorts by
file name, so a section's optional notebooks (4.4a, 4.4b) follow its core.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = ROOT / "notebooks"
KOREAN = ENGLISH / "ko"


def english_notebooks(root: Path = ROOT) -> list[Path]:
    return sorted((root / "notebooks").glob("*.ipynb"))


def korean_notebooks(root: Path = ROOT) -> list[Path]:
    return sorted((root / "notebooks" / "ko").glob("*.ipynb"))


def all_notebooks(root: Path = ROOT) -> list[Path]:
    """Both editions: notebooks/*.ipynb, then notebooks/ko/*.ipynb."""
    return [*english_notebooks(root), *korean_notebooks(root)]


def notebook_name(path: Path) -> str:
    """A notebook's path under notebooks/, e.g. "ko/4.3-x.ipynb" (else its name)."""
    try:
        return path.resolve().relative_to(ENGLISH).as_posix()
    except ValueError:
        return path.name
