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

echo "== unit and integration tests (vectorised MinHash path)"
swift test --skip-build --parallel --num-workers "$JOBS"

echo "== sketch tests on the portable (non-vectorised) path"
CLONESCAN_PORTABLE_SIMD=1 swift test --skip-build --filter 'SketchTests|ShinglesTests'

echo "== SARIF output validated against the official 2.1.0 schema"
bash scripts/validate-sarif.sh .build/debug/clonescan
echo "== HTML report in headless Chromium (planted <script> never runs)"
bash scripts/test-html-chromium.sh .build/debug/clonescan
echo "make test: all passed"
