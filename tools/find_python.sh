#!/bin/sh
# Print the path of a Python X.Y interpreter, or fail saying where it looked.
#
#   sh tools/find_python.sh 3.10
#
# Looks for pythonX.Y on PATH, then in pyenv's versions (PYENV_ROOT, `pyenv root`,
# ~/.pyenv), then in /usr/local/bin and /usr/bin. A candidate counts only if it runs
# and reports version X.Y (a pyenv shim for a version not selected does not), and
# the real interpreter behind it is printed (sys.executable), not the shim.
# `make test-python PY=X.Y` and CI (.ci/run) use it: a missing interpreter stops
# them with this message instead of skipping the run.
set -u
want="${1:?usage: sh tools/find_python.sh 3.10}"
case "$want" in
    [0-9].[0-9]|[0-9].[0-9][0-9]) ;;
    *) echo "find_python.sh: want a version like 3.10, not '$want'" >&2; exit 2 ;;
esac

roots=""
for root in "${PYENV_ROOT:-}" "$(pyenv root 2>/dev/null || true)" "${HOME:-/root}/.pyenv"; do
    case " $roots " in *" $root "*) ;; *) [ -n "$root" ] && roots="$roots $root" ;; esac
done
candidates="$(command -v "python$want" 2>/dev/null || true)"
for root in $roots; do
    for dir in "$root/versions/$want" "$root/versions/$want".*; do
        candidates="$candidates $dir/bin/python$want"
    done
done
candidates="$candidates /usr/local/bin/python$want /usr/bin/python$want"

for python in $candidates; do
    [ -x "$python" ] || continue
    found="$("$python" -c 'import sys; print("%d.%d %s" % (sys.version_info[0], sys.version_info[1], sys.executable))' 2>/dev/null)" || continue
    if [ "${found%% *}" = "$want" ]; then
        echo "${found#* }"
        exit 0
    fi
done

echo "No Python $want found: looked for python$want on PATH, in pyenv's versions under" >&2
echo "    ${roots# }" >&2
echo "and in /usr/local/bin, /usr/bin. Install it (e.g. pyenv install $want) or put" >&2
echo "python$want on PATH." >&2
exit 1
