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
# Licenses: the reference under MIT (real text from the license data), the suspect relicensed under Apache-2.0
# without crediting it, so the SARIF also carries license-changed, unattributed-copy and obligation results.
TEXTS=$(ls -d "$CACHE"/license/licensedcode-*/texts 2>/dev/null | head -1)
if [ -n "$TEXTS" ] && [ -s "$TEXTS/mit.txt" ] && [ -s "$TEXTS/apache-2.0.txt" ]; then
  { echo "MIT License"; echo; echo "Copyright (c) 2020 Reference Author"; echo; cat "$TEXTS/mit.txt"; } > "$tmp/ref/LICENSE"
  cp "$TEXTS/apache-2.0.txt" "$tmp/sus/LICENSE"
  EXPECT_LICENSE=1
else
  EXPECT_LICENSE=0
fi
set +e
"$BIN" compare "$tmp/ref" "$tmp/sus" --format sarif --output "$tmp/out.sarif" --quiet
code=$?
set -e
[ "$code" = 1 ] || { echo "validate-sarif: expected exit 1 (clone found), got $code" >&2; exit 1; }
python3 - "$SCHEMA" "$tmp/out.sarif" "$EXPECT_LICENSE" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
jsonschema.validate(doc, schema)
results = doc["runs"][0]["results"]
assert results, "no results in SARIF"
rules = {r["ruleId"] for r in results}
declared = {r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]}
assert rules <= declared, f"results name undeclared rules: {rules - declared}"
if sys.argv[3] == "1":
    for wanted in ("clonescan/license-changed", "clonescan/unattributed-copy", "clonescan/obligation/notice-not-kept"):
        assert wanted in rules, f"SARIF lacks {wanted}: {sorted(rules)}"
print("SARIF valid against sarif-2.1.0.json:", len(results), "results:", ", ".join(sorted(rules)))
PY
