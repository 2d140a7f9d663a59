# Two commands for a new user:  make demo   |   make test
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLE  = src/eventwire/samples/sample-article.txt
LOCK    = requirements.lock
LOCK_ARGS ?=

.PHONY: demo test setup bench lint clean lock

# Every runtime and test dependency, and the build backend, comes from the lock file, each
# checked against its sha256 hashes; eventwire itself is then installed without dependencies.
$(BIN)/eventwire: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

setup: $(BIN)/eventwire

demo: setup
	$(BIN)/eventwire code $(SAMPLE) --date 2024-03-13

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/bench_coder.py

# Refresh the lock after changing dependencies in pyproject.toml (pip-tools, in a throwaway
# venv: not a dependency of the project). Pins still allowed by pyproject.toml are kept; to move
# one or all of them: make lock LOCK_ARGS="--upgrade-package duckdb"  |  LOCK_ARGS=--upgrade
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet pip-tools==7.6.2
	.lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --extra test \
	  --all-build-deps --strip-extras --no-emit-index-url --no-emit-find-links $(LOCK_ARGS) \
	  --output-file $(LOCK) pyproject.toml
	# the pins again with the extras other locked packages ask for ("lxml[html_clean]"): the
	# pip of Python 3.11's venv fails --require-hashes on a stripped extra (tools/lock_extras.py)
	$(PYTHON) tools/lock_extras.py $(LOCK)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .lock-venv
