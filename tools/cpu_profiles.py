"""Run the course's comparisons again as other CPUs would compute them.

    python tools/cpu_profiles.py             every profile (`make test-cpu-profiles`)
    python tools/cpu_profiles.py avx2 -- -x  one profile; after --: pytest's arguments
    python tools/cpu_profiles.py --show      the kernels each profile selects

numpy picks SIMD code for the CPU it runs on (exp and log, for example, differ in
their last bit between AVX-512 and AVX2), and OpenBLAS picks matrix-product
kernels and a thread count that fix the order of a dot product's additions. A
saved output printed with more digits than survive these choices passes on the
machine that saved it and fails on a learner's. Each profile below makes this
machine compute as a different x86-64 CPU would, with numpy's and OpenBLAS's own
switches, and runs nbval over both editions and the unit tests under it (each
notebook's widget drive and second run, which compare no saved number, are left
out). Before the tests,
the profile's kernels are read back from a fresh interpreter, so a switch that
had no effect fails the run instead of passing it unnoticed.

The profiles need numpy >= 2.4's names of its SIMD groups; the interpreter in
.venv (Python >= 3.11) has them. OPENBLAS_CORETYPE=Haswell needs a CPU with
AVX2, which every x86-64 CPU since 2013 has; Prescott (SSE3) runs anywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# numpy's dispatch targets above its X86_V2 baseline are X86_V3 (AVX2, FMA3),
# X86_V4 (AVX-512 of Skylake-X), AVX512_ICL and AVX512_SPR; turning one group off
# does not turn off the later ones, so each profile names them all.
PROFILES: dict[str, dict[str, str]] = {
    # a laptop or a cloud machine with AVX2 but no AVX-512 (most AMD CPUs
    # before Zen 4, Intel's laptop CPUs), one BLAS thread
    "avx2": {
        "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR",
        "OPENBLAS_CORETYPE": "Haswell",
        "OPENBLAS_NUM_THREADS": "1",
    },
    # the oldest x86-64: SSE only, and up to 8 BLAS threads (OpenBLAS caps them
    # at the number of cores)
    "sse": {
        "NPY_DISABLE_CPU_FEATURES": "X86_V3 X86_V4 AVX512_ICL AVX512_SPR",
        "OPENBLAS_CORETYPE": "Prescott",
        "OPENBLAS_NUM_THREADS": "8",
    },
}

# What each profile must read back: numpy groups off, OpenBLAS's kernel and threads.
EXPECTED = {
    "avx2": {"off": ["X86_V4", "AVX512_ICL"], "blas": "haswell", "threads": 1},
    # OpenBLAS names its Prescott kernels by their first CPU, Katmai
    "sse": {"off": ["X86_V3", "X86_V4", "AVX512_ICL"], "blas": "katmai", "threads": 8},
}

READ_BACK = """\
import json
import numpy as np
from numpy._core._multiarray_umath import __cpu_features__ as features
from threadpoolctl import threadpool_info
blas = [i for i in threadpool_info() if i["user_api"] == "blas"]
print(json.dumps({
    "numpy": np.__version__,
    "on": [k for k in ("X86_V3", "X86_V4", "AVX512_ICL") if features.get(k)],
    "blas": [(i["internal_api"], (i.get("architecture") or "").lower(),
              i["num_threads"]) for i in blas],
}))
"""

# the widget drive and the second run of each notebook compare no saved number
PYTEST_ARGS = ["-k", "not drive_widgets and not run_again"]


def environment(name: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PROFILES[name])
    return env


def read_back(name: str) -> dict:
    """The kernels a fresh interpreter selects under the profile."""
    out = subprocess.run(
        [sys.executable, "-c", READ_BACK],
        env=environment(name),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def problems(name: str, seen: dict) -> list[str]:
    """What in seen shows that the profile did not take effect."""
    want = EXPECTED[name]
    found = [f"numpy still dispatches {k}" for k in want["off"] if k in seen["on"]]
    if not seen["blas"]:
        found.append("numpy's BLAS is not OpenBLAS (threadpoolctl finds none)")
    for api, arch, threads in seen["blas"]:
        if api != "openblas":
            found.append(f"numpy's BLAS is {api}, not OpenBLAS")
        elif arch != want["blas"]:
            found.append(f"OpenBLAS runs its {arch or '?'} kernels, not {want['blas']}")
        elif threads != min(want["threads"], os.cpu_count() or 1):
            # OpenBLAS starts no more threads than the machine has cores
            found.append(f"OpenBLAS runs {threads} threads, not {want['threads']}")
    return found


def main(argv: list[str]) -> int:
    if "--" in argv:
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1 :]
    else:
        extra = []
    show = "--show" in argv
    names = [a for a in argv if a != "--show"] or list(PROFILES)
    unknown = [n for n in names if n not in PROFILES]
    if unknown:
        print(
            f"cpu_profiles: no profile {unknown}; known: {list(PROFILES)}",
            file=sys.stderr,
        )
        return 2
    failed = []
    for name in names:
        settings = " ".join(f"{k}={v!r}" for k, v in PROFILES[name].items())
        seen = read_back(name)
        print(
            f"profile {name}: {settings}\n  reads back: {json.dumps(seen)}", flush=True
        )
        wrong = problems(name, seen)
        if wrong:
            print(
                f"profile {name} did not take effect: {'; '.join(wrong)}",
                file=sys.stderr,
            )
            return 1
        if show:
            continue
        command = [sys.executable, "-m", "pytest", "-q", *PYTEST_ARGS, *extra]
        if subprocess.run(command, env=environment(name), cwd=ROOT).returncode:
            failed.append(name)
    if failed:
        print(f"cpu_profiles: failed under {failed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
