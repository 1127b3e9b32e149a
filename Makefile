# Cairn: `make run` serves a demo on http://127.0.0.1:5000; `make test` runs the whole suite.
# Every target installs first, and installing twice does nothing new.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint translations clean page-weights screenshots analysis-eval analysis-bench

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/consult db upgrade
	$(BIN)/consult seed --demo-staff
	$(BIN)/consult run

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check consult analysis tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache .mypy_cache

page-weights: install
	$(BIN)/python -m tests.benchmarks.page_weights

screenshots: install
	$(BIN)/python -m tests.browser.screenshots

analysis-eval: install
	$(BIN)/python -m analysis.eval

analysis-bench: install
	$(BIN)/python -m analysis.eval.bench
