#!/usr/bin/env bash
# Fresh clone to green `make test`, installs included, timed.
#
#   bash benchmarks/fresh_clone.sh [REPO]     (REPO defaults to this checkout)
#
# Clones the committed state of REPO into a temporary folder, runs `make test`
# there (which creates .venv and installs the pinned requirements from the
# package index, as a learner's first run does; pip's download cache is used
# if it has the files), prints the wall time and writes it to
# benchmarks/results/fresh_clone.json, which `make bench` shows in its table.
# Target: 4 minutes.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="${1:-$(cd "$here/.." && pwd)}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dlscratch-clone.XXXXXX")"
chmod 755 "$work"  # as a clone folder usually is: the tests that act as another user need to enter it
trap 'rm -rf "$work"' EXIT
log="$work/make-test.log"

start=$(date +%s.%N)
git clone --quiet "$repo" "$work/dlscratch"
commit=$(git -C "$work/dlscratch" rev-parse --short HEAD)
(cd "$work/dlscratch" && make test) >"$log" 2>&1
status=$?
end=$(date +%s.%N)
seconds=$(python3 -c "print(round($end - $start, 1))")

tail -n 3 "$log"
summary=$(grep -E "(passed|failed|error)" "$log" | tail -n 1)
echo "fresh clone of $commit -> make test: exit $status in ${seconds} s (target 240 s)"
mkdir -p "$here/results"
python3 - "$here/results/fresh_clone.json" "$seconds" "$status" "$commit" "$summary" <<'PY'
import datetime, json, sys
path, seconds, status, commit, summary = sys.argv[1:]
when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
json.dump({"seconds": float(seconds), "exit_code": int(status), "commit": commit,
           "pytest_summary": summary.strip(), "when": when}, open(path, "w"), indent=2)
PY
exit $status
