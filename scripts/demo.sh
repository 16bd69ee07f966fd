#!/usr/bin/env bash
# `make demo`: fetch the pinned demo clone pair (Corpora/manifest.json "demo") and compare it.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=$(python3 Corpora/fetch.py --demo)
ref=$(printf '%s\n' "$lines" | awk -F'\t' '$2=="reference"{print $3}')
sus=$(printf '%s\n' "$lines" | awk -F'\t' '$2=="suspect"{print $3}')
[ -n "$ref" ] && [ -n "$sus" ] || { echo "demo: Corpora/fetch.py --demo printed no pair" >&2; exit 3; }
echo "clonescan compare $ref $sus"
set +e
.build/release/clonescan compare "$ref" "$sus"
code=$?
set -e
# Exit 1 means "clone found", which is the point of the demo.
[ "$code" -le 1 ] || exit "$code"
