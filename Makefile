# The two commands of the README: `make demo` and `make test`. Everything else is for developers.
# Needs only python3 (3.11+, with venv) and make; everything else is installed into .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME := $(VENV)/.installed
TESTING := $(VENV)/.installed-test
LINTED := daemon tests $(wildcard bench)

.PHONY: demo test lint format types unit eval train bench faults clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUNTIME): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(TESTING): pyproject.toml $(RUNTIME)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# One cycle on a copy of the shipped demo mailbox; prints the applications and the drafts.
demo: $(RUNTIME)
	$(BIN)/followup demo

# Lint, formatting, types, then the whole suite (Dovecot/Radicale tests skip with a reason
# when the servers are not installed; .ci/run installs them).
test: lint types
	$(BIN)/pytest -q

lint: $(TESTING)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

format: $(TESTING)
	$(BIN)/ruff format $(LINTED)

types: $(TESTING)
	$(BIN)/mypy

unit: $(TESTING)
	$(BIN)/pytest -q tests/unit tests/contract

eval: $(TESTING)
	$(BIN)/python -m followup.understand.evaluate tests/corpus

train: $(TESTING)
	$(BIN)/python -m followup.understand.train tests/corpus/dev tests/eval/written daemon/models/kind

bench: $(TESTING)
	$(BIN)/python bench/run.py --profile

# The fault, hostile-input, injection, secrets and invariant tests, then their figures.
faults: $(TESTING)
	$(BIN)/python tests/faults/summary.py

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
