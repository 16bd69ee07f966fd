#!/usr/bin/env bash
# Fetches the pinned index benchmark corpus (Corpora/bench-manifest.json) with sha256 checks and unpacks
# each sdist as one repository under $CLONESCAN_CACHE/bench/src. Idempotent: verified downloads and
# unpacked trees are reused. Writes $CLONESCAN_CACHE/bench/repos.txt (one repository per line, for
# `clonescan index --from`). Nothing from the packages is built or run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CLONESCAN_CACHE:-$HOME/.cache/clonescan}/bench"
MANIFEST="$ROOT/Corpora/bench-manifest.json"
mkdir -p "$CACHE/downloads" "$CACHE/src"
python3 - "$MANIFEST" "$CACHE" "$ROOT/scripts/pypi_fetch.py" <<'PY'
import json, os, subprocess, sys, tarfile, shutil
manifest, cache, fetcher = sys.argv[1:4]
repos = []
for p in json.load(open(manifest))["packages"]:
    tag = f'{p["name"]}-{p["version"]}'
    dest = os.path.join(cache, "src", tag)
    marker = os.path.join(dest, ".clonescan-unpacked-" + p["sha256"][:16])
    if not os.path.exists(marker):
        archive = subprocess.run([sys.executable, fetcher, p["name"], p["version"], p["sha256"], os.path.join(cache, "downloads")],
                                 check=True, capture_output=True, text=True).stdout.strip()
        tmp = dest + ".part"
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        with tarfile.open(archive) as tar:
            # The 'data' filter refuses absolute paths, links out of the tree and device files.
            tar.extractall(tmp, filter="data")
        shutil.rmtree(dest, ignore_errors=True)
        entries = os.listdir(tmp)
        inner = os.path.join(tmp, entries[0]) if len(entries) == 1 and os.path.isdir(os.path.join(tmp, entries[0])) else tmp
        os.rename(inner, dest)
        shutil.rmtree(tmp, ignore_errors=True)
        open(marker, "w").close()
        print(f"unpacked {tag}", file=sys.stderr)
    repos.append(dest)
with open(os.path.join(cache, "repos.txt"), "w") as f:
    f.write("\n".join(repos) + "\n")
print(os.path.join(cache, "repos.txt"))
PY
