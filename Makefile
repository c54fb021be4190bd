# make run   — set up .venv, create ./annotations.db with the sample documents, open the app
# make test  — set up .venv with the test tools, lint, run every test offscreen
# make bench — print the benchmark figures

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= annotations.db

.PHONY: run test lint bench screenshot clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project's declared dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/glossator --db $(DB) init
	$(BIN)/glossator --db $(DB) gui

lint: $(VENV)/.installed
	$(BIN)/ruff check glossator tei gui tests bench
	$(BIN)/ruff format --check glossator tei gui tests bench

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

BENCHES := $(wildcard bench/bench_*.py) bench/translit_eval.py bench/translit_speed.py

bench: $(VENV)/.installed
	@for b in $(BENCHES); do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

screenshot: $(VENV)/.installed
	$(BIN)/glossator --db $(DB) init
	QT_QPA_PLATFORM=offscreen $(BIN)/glossator --db $(DB) gui --screenshot docs/screenshot.png

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
