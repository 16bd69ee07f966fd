#!/usr/bin/env bash
# Times a first-use build of every grammar in pack.json (set-up's compiler and flags) into a scratch directory and
# prints: name, seconds, library bytes (the figures of docs/grammar-build-times.tsv and docs/languages.md).
set -euo pipefail
CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
PACK=${1:-$CACHE/grammars/pack.json}
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
python3 - "$PACK" <<'PY' | while IFS=$'\t' read -r name cc cflags src files; do
import json, sys
d = json.load(open(sys.argv[1]))
for g in d["grammars"]:
    print("\t".join([g["name"], d["cc"], " ".join(d["cflags"]), g["source"], " ".join(g["files"])]))
PY
  args=()
  for f in $files; do args+=("$src/$f"); done
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  if $cc $cflags -fPIC -shared -w -I"$src" "${args[@]}" -o "$SCRATCH/$name.so" 2>/dev/null; then
    end=$(date +%s.%N)
    printf '%s\t%.1f\t%s\n' "$name" "$(echo "$end - $start" | bc)" "$(stat -c %s "$SCRATCH/$name.so")"
  else
    printf '%s\tFAILED\t0\n' "$name"
  fi
  rm -f "$SCRATCH/$name.so"
done
