"""Refuse, with a message that says what to do, a Python the course cannot use.

    python3 tools/check_python.py 3.10 3.13     (the Makefile's first step)

Exits 1 below the oldest supported version, or when the interpreter cannot
make a virtual environment (Debian and Ubuntu ship venv without ensurepip
until python3-venv is installed). Above the newest tested version it warns
and goes on. Kept to syntax that Python 3.6 still parses, so that an old
interpreter reads the message instead of a SyntaxError.
"""

import importlib.util
import sys


def verdict(version, oldest, newest, has_ensurepip=True):
    """(exit code, message or "") for a Python `version` tuple; oldest and
    newest are "3.X" strings, the supported range's ends (both tested in CI)."""
    lo = tuple(int(x) for x in oldest.split("."))
    hi = tuple(int(x) for x in newest.split("."))
    found = ".".join(str(x) for x in version[:3])
    tested = f"tested on Python {oldest} to {newest}"
    if tuple(version[:2]) < lo:
        return 1, (
            f"dlscratch needs Python {oldest} or newer ({tested}); this is "
            f"Python {found} ({sys.executable}).\n"
            f"Install Python {oldest}-{newest} and name it, for example:\n"
            f"    make lab PYTHON=python{newest}"
        )
    if not has_ensurepip:
        short = ".".join(str(x) for x in version[:2])
        return 1, (
            f"Python {found} ({sys.executable}) cannot create a virtual "
            "environment: its ensurepip module is missing. On Debian or Ubuntu:\n"
            f"    sudo apt install python{short}-venv"
        )
    if tuple(version[:2]) > hi:
        return 0, (
            f"warning: Python {found} is newer than the course is {tested}; "
            "if the install fails, use one of those, for example:\n"
            f"    make lab PYTHON=python{newest}"
        )
    return 0, ""


def main(argv):
    oldest, newest = argv[1], argv[2]
    has_ensurepip = importlib.util.find_spec("ensurepip") is not None
    code, message = verdict(sys.version_info, oldest, newest, has_ensurepip)
    if message:
        print(message, file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
