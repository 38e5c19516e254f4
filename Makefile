# Two commands: `make run` (install, build the demo when missing, start) and `make test` (lint, tests, and the
# fast eval scorecard against evals/thresholds.yaml).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha1sum | cut -c1-12)
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test install system-deps lint format bench eval lock clean

$(STAMP): pyproject.toml constraints.txt scripts/llama-wheel.sh
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -U pip
	scripts/llama-wheel.sh $(BIN)/pip
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev,smoke]'
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

system-deps:
	@scripts/system-deps.sh

run: install
	$(BIN)/hr-assistant init --demo
	$(BIN)/hr-assistant ui

test: install system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest
	$(BIN)/python -m evals --suite fast

lint: install
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

bench: install system-deps
	$(BIN)/python -m evals.bench.import_speed
	$(BIN)/python -m evals.bench.llm_layer
	$(BIN)/python -m evals.bench.knowledge_speed
	$(BIN)/python -m evals.bench.okr_speed
	$(BIN)/python -m evals.bench.demo_init
	$(BIN)/python -m evals.bench.draft_speed
	$(BIN)/python -m evals.bench.analytics
	$(BIN)/python -m evals.bench.hostile_files

eval: install system-deps
	$(BIN)/python -m evals --suite full
	$(BIN)/python -m evals.knowledge.run
	$(BIN)/python -m evals.knowledge.blind
	$(BIN)/python -m evals.knowledge.blind --set blind2
	$(BIN)/python -m evals.knowledge.blind --set blind3
	$(BIN)/python -m evals.okr.run
	$(BIN)/python -m evals.okr.demo_patterns
	$(BIN)/python -m evals.coaching.run
	$(BIN)/python -m evals.drafting.run

# The newest versions pyproject.toml allows, resolved in a scratch venv and written to constraints.txt.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install -q --disable-pip-version-check -U pip
	scripts/llama-wheel.sh .venv-lock/bin/pip
	.venv-lock/bin/pip install -q --disable-pip-version-check -e '.[dev,smoke]'
	{ sed -n '/^#/p' constraints.txt; .venv-lock/bin/pip freeze --exclude-editable | grep -vi '^llama[-_]cpp[-_]python'; } \
		> constraints.new && mv constraints.new constraints.txt && rm -rf .venv-lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
