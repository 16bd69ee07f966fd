#!/usr/bin/env bash
# Validates `compare --format spdx` (SPDX 2.3 JSON) with the pinned spdx-tools validator, on real comparisons made
# at test time: an identical copy (COPY_OF), a renamed copy (VARIANT_OF), a port (DESCENDANT_OF) and an unrelated
# project (no derivation relationship at all). spdx-tools lives in a cached virtual environment.
set -euo pipefail
BIN=${1:-.build/debug/clonescan}
CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
VERSION=0.8.5
VENV="$CACHE/venv-spdx-$VERSION"
if ! "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('spdx-tools') != '$VERSION')" 2>/dev/null; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "spdx-tools==$VERSION" >&2 \
    || { echo "validate-spdx: pip install spdx-tools==$VERSION failed (PyPI unreachable?)" >&2; exit 1; }
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
TEXTS=$(ls -d "$CACHE"/license/licensedcode-*/texts | head -1)
mkdir -p "$tmp/ref" "$tmp/copy" "$tmp/variant" "$tmp/port" "$tmp/other"
{ echo "MIT License"; echo; echo "Copyright (c) 2020 Reference Author"; echo; cat "$TEXTS/mit.txt"; } > "$tmp/ref/LICENSE"
cat > "$tmp/ref/geo.py" <<'PY'
# SPDX-License-Identifier: MIT
def area(width, height):
    if width < 0 or height < 0:
        raise ValueError("negative size %d" % width)
    total = width * height
    for i in range(3):
        total += i
    return total


def perimeter(width, height):
    if width < 0 or height < 0:
        raise ValueError("negative size %d" % height)
    edges = [width, height, width, height]
    result = 0
    for edge in edges:
        result += edge
    return result
PY
cp "$tmp/ref/geo.py" "$tmp/copy/geo.py"
sed 's/width/w/g; s/height/h/g; s/total/acc/g' "$tmp/ref/geo.py" > "$tmp/variant/shapes.py"
cp "$TEXTS/apache-2.0.txt" "$tmp/variant/LICENSE"
cat > "$tmp/port/geo.go" <<'GO'
package geo

import "fmt"

func Area(width int, height int) (int, error) {
	if width < 0 || height < 0 {
		return 0, fmt.Errorf("negative size %d", width)
	}
	total := width * height
	for i := 0; i < 3; i++ {
		total += i
	}
	return total, nil
}

func Perimeter(width int, height int) (int, error) {
	if width < 0 || height < 0 {
		return 0, fmt.Errorf("negative size %d", height)
	}
	edges := []int{width, height, width, height}
	result := 0
	for _, edge := range edges {
		result += edge
	}
	return result, nil
}
GO
printf 'def greet(name):\n    message = "hello " + name\n    print(message)\n    return len(message)\n' > "$tmp/other/hello.py"
for case in copy:COPY_OF variant:VARIANT_OF port:DESCENDANT_OF other:NONE; do
  side=${case%%:*}; want=${case#*:}
  set +e; "$BIN" compare "$tmp/ref" "$tmp/$side" --format spdx --output "$tmp/$side.spdx.json" --quiet; code=$?; set -e
  [ "$code" -le 1 ] || { echo "validate-spdx: compare exited $code for $side" >&2; exit 1; }
  "$VENV/bin/pyspdxtools" -i "$tmp/$side.spdx.json" >/dev/null 2>"$tmp/$side.err" \
    || { echo "validate-spdx: $side: invalid SPDX 2.3:" >&2; cat "$tmp/$side.err" >&2; exit 1; }
  python3 - "$tmp/$side.spdx.json" "$want" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1])); want = sys.argv[2]
derivation = {r["relationshipType"] for r in doc["relationships"]} & {"COPY_OF", "VARIANT_OF", "DESCENDANT_OF"}
if want == "NONE":
    assert not derivation, f"an unrelated project got {derivation}"
else:
    assert derivation == {want}, f"expected {want}, got {derivation}"
licensed = [f for f in doc["files"] if f["fileName"] == "./LICENSE"]
assert all(f["licenseInfoInFiles"] != ["NOASSERTION"] for f in licensed), "LICENSE files carry their license"
PY
done
echo "SPDX 2.3 valid (spdx-tools $VERSION): copy COPY_OF, variant VARIANT_OF, port DESCENDANT_OF, unrelated none"
