#!/usr/bin/env bash
# Fetch the pinned ScanCode license dataset (licensedcode-data 32.1.0 wheel from PyPI, sha256-checked)
# and build clonescan's compact match index once into $CLONESCAN_CACHE/license/licensedcode-32.1.0/.
# Idempotent and quiet when already done (the INFO marker is written last, inside an atomic rename).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
VERSION=32.1.0
SHA=18f60bde6dbabbc0a925d45ed80089cdbb7168156a2a1c118737198f9b743b96
OUT="$CACHE/license/licensedcode-$VERSION"
INDEX_FORMAT=2

if [ -f "$OUT/INFO" ] && grep -qx "format $INDEX_FORMAT" "$OUT/INFO"; then
  exit 0
fi
mkdir -p "$CACHE/downloads" "$CACHE/license"
WHEEL=$(python3 "$HERE/pypi_fetch.py" licensedcode-data "$VERSION" "$SHA" "$CACHE/downloads")
echo "setup: building license index in $OUT" >&2
python3 "$HERE/license_index.py" "$WHEEL" "$OUT"
