#!/usr/bin/env bash
# clonescan vs datasketch on exactly the same pre-hashed 64-bit shingles, K=128 MinHash signatures.
# Installs datasketch + numpy into a throwaway virtual environment (kept in $CLONESCAN_CACHE so a
# second run skips the install; BENCH_PEERS_FRESH=1 uses a temporary one), writes one file of
# little-endian uint64 shingle hashes, times both sides on it, and ends with
#   speedup over datasketch: N.Nx
# (the K=128 signature throughput ratio, clonescan's best form over datasketch).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
COUNT=${BENCH_PEERS_SHINGLES:-1000000}
SET_SIZE=${BENCH_PEERS_SET_SIZE:-10000}
mkdir -p "$CACHE"

if [ "${BENCH_PEERS_FRESH:-0}" = 1 ]; then
  VENV=$(mktemp -d)/venv
  trap 'rm -rf "$(dirname "$VENV")"' EXIT
else
  VENV="$CACHE/bench-peers-venv"
fi
if ! "$VENV/bin/python" -c 'import datasketch, numpy' 2>/dev/null; then
  echo "bench-peers: installing datasketch and numpy into $VENV" >&2
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check datasketch numpy >&2
fi

DATA="$CACHE/bench-peers-shingles-$COUNT.u64"
[ -s "$DATA" ] || "$VENV/bin/python" "$ROOT/scripts/bench_peers.py" generate "$DATA" "$COUNT"

# clonescan's side: the release build the Makefile uses (machine vector width).
SCRATCH="$ROOT/.build-bench-peers"
(cd "$ROOT/Benchmarks" && swift build -c release -Xswiftc -target-cpu -Xswiftc native \
   --scratch-path "$SCRATCH" --product PeerSketch >"$CACHE/bench-peers-build.log" 2>&1) \
  || { echo "bench-peers: build failed; see $CACHE/bench-peers-build.log" >&2; exit 3; }

peer=$("$VENV/bin/python" "$ROOT/scripts/bench_peers.py" datasketch "$DATA" "$SET_SIZE")
ours=$("$SCRATCH/release/PeerSketch" "$DATA" "$SET_SIZE")
echo "$peer"
echo "$ours"
peer_rate=$(sed -E 's/.*: ([0-9.]+) M shingles\/s.*/\1/' <<<"$peer")
best_rate=$(sed -E 's/.*: ([0-9.]+) M shingles\/s.*/\1/' <<<"$ours" | sort -g | tail -1)
awk -v a="$best_rate" -v b="$peer_rate" 'BEGIN { printf "speedup over datasketch: %.1fx\n", a / b }'
