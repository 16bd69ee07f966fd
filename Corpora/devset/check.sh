#!/usr/bin/env bash
# Run the equivalence check of every dev-set library (or of the libraries named as arguments):
#
#     bash Corpora/devset/check.sh [LIBRARY...]
#
# Each libs/<name>/check/check.py fetches the pinned original (Corpora/devset/fetch.py), builds the
# ports with their own toolchains (g++, go, cargo --offline, javac, node, tsc, ruby: standard libraries
# only) into $CLONESCAN_CACHE/corpora/devset/build, feeds them the same seeded random inputs as JSON lines
# and compares every answer with the original's. Each prints one line per variant with the number of
# inputs checked and of mismatches. This script runs them all, then prints a summary and a closing
# "N passed, N failed" line (per library); it exits 1 when any library has a mismatch or a build failure.
# It runs other languages' toolchains, so it is not part of `make test`.
set -u
cd "$(dirname "$0")"
if [ $# -gt 0 ]; then
    libs=("$@")
else
    libs=()
    for d in libs/*/check/check.py; do
        name=${d#libs/}
        libs+=("${name%%/*}")
    done
fi
passed=0
failed=0
failed_names=()
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for lib in "${libs[@]}"; do
    script="libs/$lib/check/check.py"
    if [ ! -f "$script" ]; then
        echo "error: no check for $lib ($script)" >&2
        failed=$((failed + 1)); failed_names+=("$lib")
        continue
    fi
    echo "== $lib"
    if python3 "$script" 2>&1 | tee -a "$log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1)); failed_names+=("$lib")
    fi
done
echo
echo "summary (library, variant, inputs, mismatches):"
grep -E 'inputs=[0-9]+' "$log" | sed -E 's/\t\([0-9.]+s\)$//' | sort
if [ "$failed" -gt 0 ]; then
    echo "failed: ${failed_names[*]}"
fi
echo "libraries: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
