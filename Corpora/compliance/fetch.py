#!/usr/bin/env python3
"""Fetch the pinned PyPI sdists of Corpora/compliance/manifest.json and unpack each once.

    python3 Corpora/compliance/fetch.py [--only KEY,KEY] [--json]

Default output: one line per artifact, `<artifact-key>\t<unpacked directory>`; `--json` prints
{"artifacts": {key: dir}, "pairs": [{id, reference_dir, suspect_dir, labels...}]}.

Cache: $CLONESCAN_CACHE/compliance (CLONESCAN_CACHE defaults to ~/.cache/clonescan), never the checkout:
  archives/<file>     the sdists, sha256-verified against the manifest (scripts/pypi_fetch.py)
  src/<key>/          each sdist unpacked once (marker .clonescan-unpacked holds the archive's sha256)
Nothing fetched is built or run (files come from PyPI's simple index, not through pip). Archive members that
are links, devices or escape the target directory are skipped. Standard library only.
"""
import argparse
import json
import os
import shutil
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(REPO, "scripts"))
import pypi_fetch  # noqa: E402  (scripts/pypi_fetch.py)

MARKER = ".clonescan-unpacked"


def cache_dir():
    base = os.environ.get("CLONESCAN_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "clonescan")
    return os.path.join(base, "compliance")


def load_manifest(path=os.path.join(HERE, "manifest.json")):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def safe_members_tar(tar, dest):
    root = os.path.realpath(dest)
    for m in tar.getmembers():
        target = os.path.realpath(os.path.join(dest, m.name))
        if not (m.isfile() or m.isdir()) or not (target == root or target.startswith(root + os.sep)):
            continue
        yield m


def unpack(archive, sha256, dest):
    marker = os.path.join(dest, MARKER)
    if os.path.exists(marker) and open(marker).read().strip() == sha256:
        return dest
    tmp = dest + ".part"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    if archive.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            root = os.path.realpath(tmp)
            for info in z.infolist():
                target = os.path.realpath(os.path.join(tmp, info.filename))
                if info.is_dir() or not target.startswith(root + os.sep):
                    continue
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with z.open(info) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
    else:
        with tarfile.open(archive) as t:
            t.extractall(tmp, members=list(safe_members_tar(t, tmp)))
    with open(os.path.join(tmp, MARKER), "w") as f:
        f.write(sha256 + "\n")
    shutil.rmtree(dest, ignore_errors=True)
    os.replace(tmp, dest)
    return dest


def fetch_all(manifest, only=None):
    """Returns {artifact key: unpacked directory}; raises SystemExit with one line on any error."""
    cache = cache_dir()
    out = {}
    for key, a in manifest["artifacts"].items():
        if only and key not in only:
            continue
        archive = pypi_fetch.fetch(a["pypi"], a["version"], a["sha256"], os.path.join(cache, "archives"))
        out[key] = unpack(archive, a["sha256"], os.path.join(cache, "src", key))
    return out


def pair_dirs(manifest, dirs):
    rows = []
    for p in manifest["pairs"]:
        ref, sus = p["reference"], p["suspect"]
        if ref["artifact"] not in dirs or sus["artifact"] not in dirs:
            continue
        rows.append(dict(p, reference_dir=os.path.join(dirs[ref["artifact"]], ref["path"]),
                         suspect_dir=os.path.join(dirs[sus["artifact"]], sus["path"])))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated artifact keys")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    manifest = load_manifest()
    only = set(args.only.split(",")) if args.only else None
    dirs = fetch_all(manifest, only)
    if args.json:
        print(json.dumps({"artifacts": dirs, "pairs": pair_dirs(manifest, dirs)}, indent=2))
    else:
        for key, d in dirs.items():
            print(f"{key}\t{d}")


if __name__ == "__main__":
    main()
