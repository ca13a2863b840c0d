# graphgov: a small Makefile. On a fresh machine `make demo` or `make test` is all you need;
# both create .venv and install graphgov into it first (once: a stamp file records it).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.graphgov-installed
SHARED ?= ../shared
# Where `make demo` writes its store and network view (override: make demo DEMO_OUT=...).
DEMO_STORE ?= .graphgov-demo
DEMO_OUT   ?= exports/network.html
SCORE_JSON ?= $(VENV)/score.json

.DEFAULT_GOAL := help
.PHONY: help venv node-deps demo test lint typecheck bench score check-score score-fictional check-fictional score-formats lint-cypher wheel clean
.PHONY: distclean

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

venv: $(STAMP) ## create .venv and install graphgov with its dev tools (editable)

# Re-install only when the packaging metadata changes; `pip install -e` picks up code edits.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

demo: $(STAMP) ## ingest the fictional sample minutes, print theme owners, write exports/network.html
	$(BIN)/graphgov demo --store $(DEMO_STORE) --out $(DEMO_OUT)

# pytest exits 5 when it collected no test: that is a failure here, never a silent pass.
test: $(STAMP) ## run the whole test suite
	@rc=0; $(BIN)/pytest -q || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest ran no tests" >&2; fi; exit $$rc

lint: $(STAMP) ## ruff over the package, tests and scripts
	$(BIN)/ruff check graphgov tests scripts

typecheck: $(STAMP) ## mypy --strict over the package
	$(BIN)/mypy graphgov

BENCHES := $(wildcard tests/bench_*.py)
bench: $(STAMP) ## benchmarks (tests/bench_*.py, marked bench)
ifeq ($(strip $(BENCHES)),)
	@echo "make bench: no tests/bench_*.py yet" >&2
else
	$(BIN)/pytest -q -m bench -p no:cacheprovider $(BENCHES)
endif

score: $(STAMP) ## score extraction on ../shared/eval/dev (last line: overall)
	$(BIN)/python $(SHARED)/eval/score.py --gold $(SHARED)/eval/dev/gold \
	  --docs $(SHARED)/eval/dev/docs --json $(SCORE_JSON) \
	  --cmd "$(abspath $(BIN))/graphgov extract --format json {doc}"

FICTIONAL      := tests/data/fictional_eval
FICTIONAL_JSON ?= $(VENV)/score-fictional.json
score-fictional: $(STAMP) ## score extraction on the fictional minutes graphgov was not written for
	$(BIN)/python $(SHARED)/eval/score.py --gold $(FICTIONAL)/gold --docs $(FICTIONAL)/docs \
	  --json $(FICTIONAL_JSON) --cmd "$(abspath $(BIN))/graphgov extract --format json {doc}"

check-fictional: score-fictional ## score-fictional, then fail if below .ci/fictional_floor
	$(BIN)/python scripts/check_score.py $(FICTIONAL_JSON) --floor .ci/fictional_floor

score-formats: $(STAMP) ## score the seeds rendered as HTML, DOCX and PDF; fails if a format falls behind text
	$(BIN)/python scripts/score_formats.py

check-score: score ## score, then fail if overall is below the floor in .ci/score_floor
	$(BIN)/python scripts/check_score.py $(SCORE_JSON) --floor .ci/score_floor

node-deps: node_modules/.graphgov-installed ## install the node packages the Cypher lint uses (npm ci)

node_modules/.graphgov-installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

lint-cypher: node_modules/.graphgov-installed ## lint cypher/ with Neo4j's Cypher parser (needs node and npm)
	node scripts/lint_cypher.mjs

wheel: $(STAMP) ## build the wheel into dist/ (what `pip install .` installs)
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

clean: ## remove caches, build output, the demo store and generated exports
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .benchmarks $(DEMO_STORE)
	find exports -mindepth 1 ! -name README.md -exec rm -rf {} +
	find . -name __pycache__ -not -path './$(VENV)/*' -not -path './node_modules/*' -prune -exec rm -rf {} +

distclean: clean ## clean, and remove .venv and node_modules too
	rm -rf $(VENV) node_modules
