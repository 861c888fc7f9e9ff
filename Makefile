# The two commands of the README: `make demo` reviews the committed samples, `make test` runs the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev

.PHONY: demo test bench samples system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(STAMP)
	$(BIN)/reviewer review samples/*.pdf samples/*.docx --out out/drafts
	@echo "评查草稿（JSON）已写入 out/drafts/ ；HTML 版：$(BIN)/reviewer review samples/case-01-market.pdf --format html --out out/drafts"

system-deps:
	bash scripts/install-system-deps.sh

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

samples: $(STAMP) system-deps
	$(BIN)/python -m samples.generate --out samples/

bench: $(STAMP) system-deps
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) out .pytest_cache
