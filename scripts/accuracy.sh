#!/usr/bin/env bash
# Accuracy report: run `clonescan compare` on every labelled pair of Corpora/ and print found / flagged per relation,
# every pair's score, tuned and held-out parts separately, and the clone/negative score margin.
#
#   scripts/accuracy.sh [--json] [--only ID,ID] [--pypi-only] [--jobs N] [--timeout SECONDS] [-- COMPARE-ARGS...]
#
#   CLONESCAN_BIN    binary to run (default .build/release/clonescan; `make accuracy` builds it first)
#   CLONESCAN_CACHE  where Corpora/fetch.py keeps artifacts and materialised pairs (default ~/.cache/clonescan)
#
# Exit 0 when every available pair was compared (vanished Debian artifacts are reported and skipped),
# 1 when compare failed or printed unusable JSON for some pair (the table is still printed), 2 on usage errors
# or when there is nothing to run (no binary, manifest unreadable).
# The report is not a test: a pair's verdict never changes the exit status.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
exec python3 "$ROOT/scripts/accuracy.py" "$@"
