# clonescan — the interface users and CI call. Every target that needs set-up runs it first;
# `make setup` is idempotent and quiet when everything is already in place.
SHELL := /bin/bash
export CLONESCAN_CACHE ?= $(HOME)/.cache/clonescan
SWIFT ?= swift
# Release build for users and benchmarks: the machine's vector width for the SIMD MinHash core.
RELEASE_FLAGS ?= -c release -Xswiftc -target-cpu -Xswiftc native
BIN_RELEASE = .build/release/clonescan

.PHONY: setup build release test pictures demo bench bench-peers bench-index bench-query bench-small bench-memory accuracy fuzz fuzz-grammars soak clean-cache devset-check devset-eval fit-score functions-eval humanevalx-eval fit-single-unit history-check spark-candidates pg pg-stop bench-pg

setup:
	@bash scripts/setup.sh

build: setup
	@$(SWIFT) build

release: setup
	@$(SWIFT) build $(RELEASE_FLAGS) --product clonescan

test: setup
	@bash scripts/test.sh

# The HTML reports' pictures, screenshotted in headless Chromium by the same test `make test` runs, copied to
# docs/pictures/ (docs/pictures.md).
pictures: build
	@bash scripts/test-html-chromium.sh .build/debug/clonescan docs/pictures

demo: release
	@bash scripts/demo.sh

accuracy: release
	@bash scripts/accuracy.sh

bench: release
	@cd Benchmarks && $(SWIFT) package --disable-sandbox -Xswiftc -target-cpu -Xswiftc native benchmark

bench-peers: setup
	@bash scripts/bench-peers.sh

# compare --history on the real pytimeparse history (network: clones it; docs/report-json.md, "History").
history-check: release
	@bash scripts/history-check.sh


soak: setup
	@CLONESCAN_SOAK=1 bash scripts/test.sh

fuzz: setup
	@bash scripts/fuzz.sh

# Every grammar built on first use, on its own, with its own input budget (20,000 libFuzzer inputs each by default;
# FUZZ_TARGETS=new-units for the languages with units only, FUZZ_RESUME=1 to go on where a run stopped).
fuzz-grammars: setup
	@FUZZ_PER_TARGET_RUNS=$${FUZZ_PER_TARGET_RUNS:-20000} FUZZ_TARGETS="$${FUZZ_TARGETS:-new}" bash scripts/fuzz.sh

clean-cache:
	rm -rf "$(CLONESCAN_CACHE)"

bench-query: setup
	@bash scripts/bench-query.sh

bench-index: release
	@bash scripts/bench-corpus.sh
	@cd Benchmarks && $(SWIFT) package --disable-sandbox -Xswiftc -target-cpu -Xswiftc native benchmark --target IndexBenchmarks

# Issue 18's development set: equivalence checks of every port, rewrite and independent implementation against
# the pinned original (other languages' toolchains; not part of `make test`).
devset-check:
	@bash Corpora/devset/check.sh

# compare over the development set: one JSON line per pair ($(CLONESCAN_CACHE)/devset-eval.jsonl).
devset-eval: release
	@python3 scripts/devset_eval.py --out "$(CLONESCAN_CACHE)/devset-eval.jsonl"

# Refit the derivation score (leave-one-library-out table, then the coefficients into Sources/Matching).
fit-score: devset-eval
	@python3 scripts/fit_verdict.py --devset "$(CLONESCAN_CACHE)/devset-eval.jsonl" --corpora --write

# Single-function translations (TransCoder evaluation functions): AUC and recall at zero false positives.
functions-eval: release
	@python3 scripts/functions_eval.py

# Single-function translations never fitted on (HumanEval-X, 6 languages, 30 directions): measurement only.
humanevalx-eval: release
	@python3 scripts/humanevalx_eval.py

# Refit the single-unit family's score (grouped cross-validation table, then its coefficients into Sources/Matching).
fit-single-unit: functions-eval
	@python3 scripts/fit_single_unit.py --write

# 304 small PyPI sdists: index speed against raw tree-sitter parsing of the same files on the same cores (issue 20).
bench-small: release
	@bash scripts/bench-small.sh --with-4-sdist

# Peak memory of compare against a 9,448-file, 192 MB suspect, screened and whole (issue 20, item 6).
bench-memory: release
	@bash scripts/bench-memory.sh

# Candidate repository pairs on Spark from `clonescan sketch --out DIR` output (docs/scale.md): PySpark pinned in
# scripts/spark/requirements.txt, cached under $(CLONESCAN_CACHE); SPARK_MASTER (default local[2]); SPARK_ARGS
# passes --max-bucket, --min-shared, --min-containment.
.PHONY: spark-candidates
spark-candidates:
	@if [ -z "$(SKETCHES)" ] || [ -z "$(OUT)" ]; then echo "usage: make spark-candidates SKETCHES=DIR OUT=DIR" >&2; exit 2; fi
	@bash scripts/spark/run.sh --sketches "$(SKETCHES)" --out "$(OUT)" $(SPARK_ARGS)

# A private PostgreSQL server for the shared index (`--db postgresql://...`): installs Debian's server if missing,
# starts a cluster on 127.0.0.1 (a free port) and prints its URL as the last line; `pg-stop` stops it.
pg:
	@bash scripts/pg.sh start

pg-stop:
	@bash scripts/pg.sh stop

# PostgreSQL beside SQLite on the benchmark corpus: index and query speed, identical results, 8 readers during a write.
bench-pg: setup
	@bash scripts/bench-pg.sh
