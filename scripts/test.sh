#!/usr/bin/env bash
# The whole test suite (`make test`, which `.ci/run` calls). Set-up has already run.
#   CLONESCAN_SOAK=1  long versions of the crash and fuzz trials (`make soak`).
set -euo pipefail
cd "$(dirname "$0")/.."
export CLONESCAN_CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
JOBS=${CLONESCAN_TEST_JOBS:-$(nproc)}

echo "== build"
swift build --build-tests -j "$JOBS" 2>&1 | grep -vE '^\[[0-9]+/[0-9]+\]' || true
swift build --build-tests -j "$JOBS" >/dev/null   # fail here, with the log above, if the build failed
echo "== architecture: import edges against docs/architecture.md's rules"
python3 scripts/check-architecture.py
python3 scripts/test_check_architecture.py

echo "== PostgreSQL server for the backend tests (scripts/pg.sh: a private cluster of the tests' own, stopped at exit)"
# One cluster per checkout: two checkouts' suites running at once must not stop each other's server.
export CLONESCAN_PG_DIR=${CLONESCAN_TEST_PG_DIR:-/var/tmp/clonescan-pg-test-$(id -u)-$(pwd | cksum | cut -d' ' -f1)}
trap 'bash scripts/pg.sh stop >/dev/null 2>&1 || true' EXIT
CLONESCAN_TEST_PG_URL=$(bash scripts/pg.sh start | tail -1)
export CLONESCAN_TEST_PG_URL
echo "PostgreSQL at $CLONESCAN_TEST_PG_URL"

echo "== unit and integration tests (vectorised MinHash path)"
# A private temporary folder for the run: afterwards it must be empty (tests leave nothing behind).
TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/clonescan-test-run.XXXXXX")
TMPDIR="$TEST_TMP" swift test --skip-build --parallel --num-workers "$JOBS"
# SwiftPM itself keeps lock files and TemporaryDirectory.* folders there; everything else is a test's.
leftover=$(find "$TEST_TMP" -mindepth 1 -maxdepth 1 ! -name '*.lock' ! -name 'TemporaryDirectory.*' | head -5)
rm -rf "$TEST_TMP"
if [ -n "$leftover" ]; then
  echo "tests left files in the temporary folder (clean up in a teardown block, e.g. TestSupport's temporaryDirectory):" >&2
  echo "$leftover" >&2
  exit 1
fi

echo "== sketch tests on the portable (non-vectorised) path"
CLONESCAN_PORTABLE_SIMD=1 swift test --skip-build --filter 'SketchTests|ShinglesTests'

echo "== SARIF output validated against the official 2.1.0 schema"
bash scripts/validate-sarif.sh .build/debug/clonescan
echo "== SPDX 2.3 output validated with spdx-tools 0.8.5"
bash scripts/validate-spdx.sh .build/debug/clonescan
echo "== HTML report in headless Chromium (planted <script> never runs)"
bash scripts/test-html-chromium.sh .build/debug/clonescan
echo "== Spark candidates job (real PySpark, local[2]; the first run installs it) against the SQLite index"
bash scripts/spark/test.sh .build/debug/clonescan
echo "make test: all passed"
