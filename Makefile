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
	# justext asks for "lxml[html_clean]": with the extra stripped, the pip that Python 3.11's
	# venv bundles (23.2) resolves the extra apart from the pin and fails --require-hashes as
	# soon as PyPI holds a newer lxml; the extra written with the pin (in justext's spelling:
	# "html-clean" trips an assertion of that pip) keeps the two one requirement
	sed -i 's/^lxml==/lxml[html_clean]==/' $(LOCK)
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .lock-venv
