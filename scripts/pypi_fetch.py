#!/usr/bin/env python3
"""Fetch one pinned PyPI file (sdist or wheel) into a cache, verifying its sha256.

    pypi_fetch.py NAME VERSION SHA256 DEST_DIR   -> prints the path of the verified file

Resolves the file through PyPI's simple index (PEP 503) and downloads it directly,
so nothing from the package is built or run (pip download would prepare metadata,
which executes the sdist's setup.py). Idempotent: a file already in DEST_DIR with
the right sha256 is not downloaded again. Standard library only.
"""
import hashlib
import os
import re
import sys
import tempfile
import time
import urllib.request

INDEX = os.environ.get("CLONESCAN_PYPI_INDEX", "https://pypi.org/simple")


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def open_url(url, attempts=4):
    for attempt in range(attempts):
        try:
            return urllib.request.urlopen(url, timeout=120)
        except Exception as exc:  # network hiccups: retry with backoff
            if attempt == attempts - 1:
                raise SystemExit(f"error: cannot download {url}: {exc}; check the network and rerun")
            time.sleep(2 * (attempt + 1))


def find_url(name, version, sha256):
    norm = re.sub(r"[-_.]+", "-", name).lower()
    with open_url(f"{INDEX}/{norm}/") as resp:
        page = resp.read().decode("utf-8", "replace")
    for href in re.findall(r'href="([^"]+)"', page):
        if f"sha256={sha256}" in href:
            return href.split("#", 1)[0].replace("&amp;", "&")
    raise SystemExit(f"error: {name}=={version}: no file with sha256 {sha256} on {INDEX}; the pin in the manifest is wrong")


def fetch(name, version, sha256, dest):
    os.makedirs(dest, exist_ok=True)
    for entry in os.listdir(dest):
        path = os.path.join(dest, entry)
        if version in entry and os.path.isfile(path) and sha256_of(path) == sha256:
            return path
    url = find_url(name, version, sha256)
    target = os.path.join(dest, os.path.basename(url))
    fd, tmp = tempfile.mkstemp(dir=dest, prefix=".part-")
    with os.fdopen(fd, "wb") as out, open_url(url) as resp:
        while chunk := resp.read(1 << 20):
            out.write(chunk)
    got = sha256_of(tmp)
    if got != sha256:
        os.unlink(tmp)
        raise SystemExit(f"error: {url}: sha256 {got} does not match the pinned {sha256}; refusing it")
    os.replace(tmp, target)
    return target


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit("usage: pypi_fetch.py NAME VERSION SHA256 DEST_DIR")
    print(fetch(*sys.argv[1:]))
