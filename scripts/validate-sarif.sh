#!/usr/bin/env bash
# Validates clonescan's SARIF for a real comparison (built at test time) against the official schema.
set -euo pipefail
BIN=${1:-.build/debug/clonescan}
CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
SCHEMA="$CACHE/sarif/sarif-2.1.0.json"
[ -s "$SCHEMA" ] || bash "$(dirname "$0")/setup-sarif-schema.sh"
python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install -q jsonschema
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ref" "$tmp/sus/src"
printf 'def area(width, height):\n    if width < 0 or height < 0:\n        raise ValueError("negative size %%d" %% width)\n    total = width * height\n    for i in range(3):\n        total += i\n    return total\n' > "$tmp/ref/geo.py"
sed 's/width/w/g; s/height/h/g; s/total/acc/g' "$tmp/ref/geo.py" > "$tmp/sus/src/<b>shape.py"
set +e
"$BIN" compare "$tmp/ref" "$tmp/sus" --format sarif --output "$tmp/out.sarif" --quiet
code=$?
set -e
[ "$code" = 1 ] || { echo "validate-sarif: expected exit 1 (clone found), got $code" >&2; exit 1; }
python3 - "$SCHEMA" "$tmp/out.sarif" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
jsonschema.validate(doc, schema)
assert doc["runs"][0]["results"], "no results in SARIF"
print("SARIF valid against sarif-2.1.0.json:", len(doc["runs"][0]["results"]), "results")
PY
