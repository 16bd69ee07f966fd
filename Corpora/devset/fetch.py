#!/usr/bin/env python3
"""Fetch the pinned originals of the development set (Corpora/devset/manifest.json) and unpack them.

    python3 Corpora/devset/fetch.py [--only NAME,NAME] [--list]

Prints one line per library: `<name>\t<unpacked sdist root>`; the library's `original_paths` are relative to
that root. Files are resolved through PyPI's simple index and downloaded directly by scripts/pypi_fetch.py
(sha256-verified against the manifest; nothing from a package is built or run), into
$CLONESCAN_CACHE/corpora/devset (CLONESCAN_CACHE defaults to ~/.cache/clonescan):

  archives/<file>            the sdists, sha256-verified
  src/<name>-<version>/      each unpacked once (marker .clonescan-unpacked holds the archive's sha256)

The originals are never committed: only the ports, rewrites, API descriptions and checks under libs/ are.
Standard library only. Exit 1 (one `error:` line per problem) when a pin is wrong or the network fails.
"""
import argparse
import json
import os
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(REPO, "scripts"))
import pypi_fetch  # noqa: E402  (scripts/pypi_fetch.py)


def cache_root():
    base = os.environ.get("CLONESCAN_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "clonescan")
    return os.path.join(os.path.abspath(base), "corpora", "devset")


def load_manifest(path=os.path.join(HERE, "manifest.json")):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _safe_members(names, dest):
    root = os.path.realpath(dest) + os.sep
    for n in names:
        if not (os.path.realpath(os.path.join(dest, n)) + os.sep).startswith(root):
            raise SystemExit(f"error: archive member {n!r} escapes {dest}; refusing it")


def unpack(archive, dest):
    tmp = dest + ".part"
    if os.path.isdir(tmp):
        import shutil
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    if archive.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            _safe_members(z.namelist(), tmp)
            z.extractall(tmp)
    else:
        with tarfile.open(archive) as t:
            members = [m for m in t.getmembers() if m.isfile() or m.isdir()]  # no links, no devices
            _safe_members([m.name for m in members], tmp)
            t.extractall(tmp, members=members)
    if os.path.isdir(dest):
        import shutil
        shutil.rmtree(dest)
    os.replace(tmp, dest)


def ensure(lib):
    """Unpacked sdist root of one manifest library (downloads and unpacks only when needed)."""
    sd = lib["sdist"]
    root = cache_root()
    dest = os.path.join(root, "src", f"{lib['name']}-{lib['version']}")
    marker = os.path.join(dest, ".clonescan-unpacked")
    try:
        with open(marker, encoding="utf-8") as f:
            if f.read().strip() == sd["sha256"]:
                return dest
    except OSError:
        pass
    archive = pypi_fetch.fetch(lib.get("pypi_name", lib["name"]), lib["version"], sd["sha256"],
                               os.path.join(root, "archives"))
    unpack(archive, dest)
    for p in lib.get("original_paths", []):
        if not os.path.exists(os.path.join(dest, p)):
            raise SystemExit(f"error: {lib['name']}: original path {p} is not in {sd['filename']}; fix the manifest")
    with open(marker, "w", encoding="utf-8") as f:
        f.write(sd["sha256"])
    return dest


fetch_library = ensure  # the name Corpora/devset/eqcheck.py uses


def root_of(name):
    """For the checks: the unpacked root of library `name`."""
    for lib in load_manifest()["libraries"]:
        if lib["name"] == name:
            return ensure(lib)
    raise SystemExit(f"error: {name} is not in Corpora/devset/manifest.json")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="Corpora/devset/fetch.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="comma-separated library names")
    ap.add_argument("--list", action="store_true", help="list the libraries and their pins; fetch nothing")
    args = ap.parse_args(argv)
    libs = load_manifest()["libraries"]
    only = [x for x in args.only.split(",") if x]
    unknown = set(only) - {l["name"] for l in libs}
    if unknown:
        print(f"error: unknown library {', '.join(sorted(unknown))}", file=sys.stderr)
        return 1
    status = 0
    for lib in libs:
        if only and lib["name"] not in only:
            continue
        if args.list:
            print(f"{lib['name']}\t{lib['version']}\t{lib['sdist']['filename']}\t{lib['license']}")
            continue
        try:
            print(f"{lib['name']}\t{ensure(lib)}")
        except SystemExit as exc:
            print(f"error: {lib['name']}: {str(exc.code).removeprefix('error: ')}", file=sys.stderr)
            status = 1
        except OSError as exc:
            print(f"error: {lib['name']}: {exc}; check the network and rerun", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
