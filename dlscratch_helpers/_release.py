"""Where the course is published, and the release the notebooks are written for.

The one place that holds both. tools/add_badges.py makes every notebook's
Colab badge and Colab setup cell from them: the setup cell installs exactly
the release below from its version tag (never a branch head) and checks that
the package it then imports is this version. `make release-check` fails while
HOME is still the placeholder. README.md, "Publishing", says what to set.
"""

# GitHub OWNER/NAME of the repository the course is published at. The
# placeholder is the name the course was drafted under, a repository the
# project does not own: set the real one before the first release.
HOME = "dlscratch/dlscratch"
PLACEHOLDER_HOME = "dlscratch/dlscratch"

# The release: pyproject.toml reads the package version from here, and the tag
# vX.Y.Z at HOME must point at the commit that carries it.
__version__ = "0.1.0"


def tag() -> str:
    """The git tag of this release, as the Colab setup cell installs it."""
    return f"v{__version__}"


def problems() -> list[str]:
    """What stands between this checkout and a release (empty: ready)."""
    found = []
    if HOME == PLACEHOLDER_HOME:
        found.append(
            f"HOME in dlscratch_helpers/_release.py is still the placeholder "
            f"{PLACEHOLDER_HOME!r}: set it to the GitHub OWNER/NAME the course is "
            "published at (see README.md, Publishing)"
        )
    owner, _, name = HOME.partition("/")
    if not owner or not name or "/" in name or " " in HOME:
        found.append(f"HOME must be OWNER/NAME, not {HOME!r}")
    parts = __version__.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        found.append(f"__version__ must be X.Y.Z (digits), not {__version__!r}")
    return found
