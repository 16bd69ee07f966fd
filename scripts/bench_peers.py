#!/usr/bin/env python3
"""Peer side of scripts/bench-peers.sh: writes the shared shingle file and times datasketch on it.

usage: bench_peers.py generate FILE COUNT      write COUNT seeded little-endian uint64 shingle hashes
       bench_peers.py datasketch FILE SET_SIZE time MinHash(num_perm=128) over sets of SET_SIZE shingles

datasketch gets an identity hash function (its fastest setting) and update_batch, so the figure
measures MinHash itself, exactly as clonescan's PeerSketch is timed on the same file.
"""
import sys
import time

import numpy as np


def generate(path, count):
    rng = np.random.default_rng(2026)
    rng.integers(0, 2**64, size=count, dtype=np.uint64).astype("<u8").tofile(path)


def run_datasketch(path, set_size):
    from datasketch import MinHash

    hashes = np.fromfile(path, dtype="<u8")
    identity = lambda value: value  # noqa: E731 - datasketch's hashfunc hook
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for offset in range(0, len(hashes), set_size):
            m = MinHash(num_perm=128, seed=1, hashfunc=identity)
            m.update_batch(hashes[offset:offset + set_size])
        best = min(best, time.perf_counter() - start)
    rate = len(hashes) / best
    print(f"datasketch classic (numpy): {rate / 1e6:.2f} M shingles/s (K=128, {len(hashes)} shingles)")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "generate":
        generate(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[1] == "datasketch":
        run_datasketch(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)
