# Two commands for a new user:  make demo   |   make test
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLE  = src/eventwire/samples/sample-article.txt

.PHONY: demo test setup bench lint clean

$(BIN)/eventwire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

setup: $(BIN)/eventwire

demo: setup
	$(BIN)/eventwire code $(SAMPLE) --date 2024-03-13

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/bench_coder.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
