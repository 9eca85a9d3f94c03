"""Run README.md's commands for macOS and Linux as a learner without make would.

    python tools/readme_path.py          (`make test-readme-path`; CI runs it)
    python tools/readme_path.py --keep   and keep the temporary folder

The commands are read from README.md's "Without make" section, never copied
here, so that they cannot drift from what the README says. They run in bash,
stopping at the first failing command, in a fresh copy of the files git tracks
(no .venv/, no data/ cache), with this process's Python environment taken off
PATH. Their last command, `jupyter lab`, must start a server that lists the
course's notebooks; the port, the token, no browser and (CI runs as root)
allow_root come from a temporary Jupyter config folder, not from the command.
Then the environment the commands made executes NOTEBOOKS
(`jupyter nbconvert --execute`, on the offline MNIST sample): a cell that
raises fails the run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADING = re.compile(r"^## Without make\b.*$", re.M)
NOTEBOOKS = ["notebooks/4.2-loss-functions.ipynb"]
INSTALL_TIMEOUT = 30 * 60  # seconds for the commands until the server answers
NOTEBOOK_TIMEOUT = 600  # seconds for one cell


def section(text: str, heading: re.Pattern[str] = HEADING) -> str:
    """The text of the `## ...` section whose heading matches, up to the next."""
    m = heading.search(text)
    if not m:
        raise SystemExit(f"README: no section matching {heading.pattern!r}")
    rest = text[m.end() :]
    end = re.search(r"^## ", rest, re.M)
    return rest[: end.start()] if end else rest


def code_blocks(text: str) -> list[list[str]]:
    """The lines of each fenced code block, in order (no blank lines)."""
    blocks = re.findall(r"^```[\w-]*\n(.*?)^```$", text, re.M | re.S)
    return [[ln.strip() for ln in b.splitlines() if ln.strip()] for b in blocks]


def without_make(text: str, heading: re.Pattern[str] = HEADING) -> dict:
    """The section's three blocks: Windows, macOS and Linux, Anaconda."""
    blocks = code_blocks(section(text, heading))
    if len(blocks) != 3:
        raise SystemExit(
            f"README: 'Without make' must hold 3 code blocks, found {len(blocks)}"
        )
    return dict(zip(("windows", "unix", "conda"), blocks, strict=True))


def tracked_files(*paths: str) -> list[str]:
    """The repository's files (under paths, if given) that git tracks or
    would track: committed, staged or new and not ignored."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", *paths],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    return [name for name in out.decode().split("\0") if name]


def copy_repository(dest: Path) -> None:
    for name in tracked_files():
        src = ROOT / name
        if src.is_file():  # a deleted, not yet committed file is skipped
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


# what points Python at this environment, and make's own variables
NOT_PASSED_ON = {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "MAKEFLAGS", "MFLAGS"}
NOT_PASSED_ON |= {"MAKELEVEL"}


def python_env(*drop: str) -> dict[str, str]:
    """os.environ without NOT_PASSED_ON (and drop), the notebooks reading the
    offline MNIST sample: for a Python environment other than this one."""
    env = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON | set(drop)}
    env["DLSCRATCH_MNIST_SOURCE"] = "fallback"
    return env


def clean_env(jupyter: Path) -> dict[str, str]:
    """os.environ without this Python environment, make's variables or
    anything that points Python or Jupyter elsewhere."""
    env = python_env("JUPYTER_PATH", "CONDA_PREFIX", "PYTHONSTARTUP")
    here = {Path(sys.prefix, "bin").resolve()}
    path = [
        p
        for p in env.get("PATH", "").split(os.pathsep)
        if p and Path(p).resolve() not in here and not Path(p, "activate").exists()
    ]
    env["PATH"] = os.pathsep.join(path)
    for name in ("config", "data", "runtime"):
        (jupyter / name).mkdir(parents=True, exist_ok=True)
    env["JUPYTER_CONFIG_DIR"] = str(jupyter / "config")
    env["JUPYTER_DATA_DIR"] = str(jupyter / "data")
    env["JUPYTER_RUNTIME_DIR"] = str(jupyter / "runtime")
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serves_the_course(port: int, token: str) -> bool:
    url = f"http://127.0.0.1:{port}/api/contents/notebooks?token={token}"
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            names = {item["name"] for item in json.load(response)["content"]}
    except OSError:
        return False
    return Path(NOTEBOOKS[0]).name in names


def tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def run_commands(commands: list[str], repo: Path, env: dict, log: Path) -> float:
    """Run the commands; return the seconds until `jupyter lab` answered."""
    if commands[-1] != "jupyter lab":
        raise SystemExit(
            f"README: the last command should be `jupyter lab`: {commands}"
        )
    port, token = free_port(), secrets.token_hex(16)
    config = {
        "ServerApp": {
            "ip": "127.0.0.1",
            "port": port,
            "port_retries": 0,
            "open_browser": False,
            "allow_root": True,
        },
        "IdentityProvider": {"token": token},
    }
    Path(env["JUPYTER_CONFIG_DIR"], "jupyter_server_config.json").write_text(
        json.dumps(config)
    )
    script = repo.parent / "readme-commands.sh"
    script.write_text("\n".join(commands) + "\n")
    print("README.md, macOS and Linux:\n    " + "\n    ".join(commands), flush=True)
    start = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.Popen(
            ["bash", "-e", "-x", "-o", "pipefail", str(script)],
            cwd=repo,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            while not serves_the_course(port, token):
                if proc.poll() is not None:
                    raise SystemExit(
                        f"the README's commands stopped (exit {proc.returncode}) "
                        f"before JupyterLab served the course:\n{tail(log)}"
                    )
                if time.monotonic() - start > INSTALL_TIMEOUT:
                    raise SystemExit(
                        f"JupyterLab did not serve the course within "
                        f"{INSTALL_TIMEOUT} s:\n{tail(log)}"
                    )
                time.sleep(1)
            return time.monotonic() - start
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()


def check_package(repo: Path, env: dict) -> None:
    """The environment imports the copy's package (editable), not this one's."""
    python = repo / ".venv" / "bin" / "python"
    found = subprocess.run(
        [str(python), "-c", "import dlscratch_helpers as d; print(d.__file__)"],
        cwd=repo.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not Path(found).resolve().is_relative_to(repo.resolve()):
        raise SystemExit(f"the README's environment imports {found}, not the copy's")


def execute_notebooks(repo: Path, env: dict, out: Path) -> float:
    start = time.monotonic()
    jupyter = repo / ".venv" / "bin" / "jupyter"
    for notebook in NOTEBOOKS:
        print(f"executing {notebook} with the README's environment", flush=True)
        subprocess.run(
            [str(jupyter), "nbconvert", "--to", "notebook", "--execute"]
            + [f"--ExecutePreprocessor.timeout={NOTEBOOK_TIMEOUT}"]
            + ["--output-dir", str(out), str(repo / notebook)],
            cwd=out,
            env=env,
            check=True,
        )
    return time.monotonic() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args(argv)
    commands = without_make((ROOT / "README.md").read_text())["unix"]
    tmp = Path(tempfile.mkdtemp(prefix="dlscratch-readme-"))
    try:
        repo, out = tmp / "dlscratch", tmp / "executed"
        out.mkdir()
        copy_repository(repo)
        env = clean_env(tmp / "jupyter")
        installed = run_commands(commands, repo, env, tmp / "commands.log")
        print(f"the commands ran and JupyterLab served the course: {installed:.0f} s")
        check_package(repo, env)
        executed = execute_notebooks(repo, env, out)
        print(f"executed {len(NOTEBOOKS)} notebook(s): {executed:.0f} s")
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
