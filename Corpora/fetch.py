#!/usr/bin/env python3
"""Fetch the pinned artifacts of Corpora/manifest.json and materialise every pair side as a plain directory.

    python3 Corpora/fetch.py [--only ID,ID] [--pypi-only] [--demo] [--json | --list] [--manifest FILE]

Default output: one line per pair side, `<pair-id>\t<reference|suspect>\t<directory>`.
  --json       a JSON list, one object per pair: labels (label, category, relation, languages, split,
               licenses, attribution), the two directories, status (ok | vanished) and warnings.
  --list       print the selected pairs (id, label, category, languages, split, sources); fetch nothing.
  --only       comma-separated pair ids.   --pypi-only  pairs whose sides need no Debian package.
  --demo       only the manifest's demo pair.

Cache: $CLONESCAN_CACHE/corpora (CLONESCAN_CACHE defaults to ~/.cache/clonescan), never inside the checkout:
  archives/<file>                 downloaded artifacts, sha256-verified against the manifest
  src/<source.dir>/               unpacked once (marker .clonescan-unpacked holds the archive's sha256)
  pairs/<pair-id>/{reference,suspect}/
                                  the side's `paths` minus its `exclude` globs (a directory means every file of the
                                  side's language under it), plus the licence evidence (LICENSE*, COPYING*, NOTICE*,
                                  README*, PKG-INFO, package.json, ... and Debian usr/share/doc/<pkg>/copyright),
                                  at their paths relative to the unpacked artifact (a side with `root` is laid out
                                  relative to that directory of the artifact: code vendored in node_modules/ etc.).
PyPI files come through scripts/pypi_fetch.py (simple index + direct download; nothing is built or run).
Debian packages come through `apt-get download pkg=version`; Debian keeps only the newest update of a package,
so a pinned version can vanish: that is reported in one line on stderr, its pairs are skipped, and the exit
status stays 0. Every other problem is one line on stderr naming the artifact and what to do, exit status 1.
Idempotent: with everything in place a run only reads stamps and prints the result lines.
Standard library only; nothing fetched is ever executed.
"""
import argparse
import fnmatch
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(REPO, "scripts"))
import pypi_fetch  # noqa: E402  (scripts/pypi_fetch.py)

# Bump when the materialised layout changes: every side is then rebuilt once.
MATERIALISE_VERSION = 1

# Same table as the upstream pairs.py, plus the languages fixtures use.
LANG_EXT = {
    "python": (".py",),
    "javascript": (".js", ".mjs", ".cjs"),
    "typescript": (".ts", ".mts", ".cts"),
    "go": (".go",),
    "ruby": (".rb",),
    "perl": (".pl", ".pm"),
    "c": (".c", ".h"),
    "rust": (".rs",),
    "swift": (".swift",),
}
EVIDENCE_PREFIXES = ("license", "licence", "copying", "notice", "readme")
EVIDENCE_NAMES = {"pkg-info", "package.json", "pyproject.toml", "setup.cfg", "cargo.toml", "copyright"}
EVIDENCE_MAX_BYTES = 2 << 20
SIDES = (("reference", "reference"), ("suspect", "suspect"))


class FetchError(Exception):
    """One line for the user: which artifact, what went wrong, what to do."""


class Vanished(FetchError):
    """A pinned Debian version that the archive no longer carries."""


def warn(msg):
    print(msg, file=sys.stderr, flush=True)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_text(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except OSError:
        return None


def write_atomic(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def rmtree(path):
    if os.path.lexists(path):
        shutil.rmtree(path, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------------------
# Sources: download, verify, unpack once
# ---------------------------------------------------------------------------------------------------------------

class Cache:
    def __init__(self, root):
        self.root = root
        self.archives = os.path.join(root, "archives")
        self.src = os.path.join(root, "src")
        self.pairs = os.path.join(root, "pairs")
        self.apt_updated = False

    def source_root(self, sid, spec):
        return os.path.join(self.src, spec["dir"])

    def ensure_source(self, sid, spec):
        """(path of the unpacked artifact, sha256 of the archive unpacked there); downloads and unpacks it only when
        its marker is missing or stale. A Debian pin that left the archive is replaced by its first checked fallback
        (`fallbacks` in the manifest: another revision of the same upstream version, its own sha256 pinned, whose
        files of every pair that reads the source were checked identical to the pin's tree_sha256 when it was
        added), said on standard error every time; without one the source is Vanished."""
        dest = self.source_root(sid, spec)
        marker = os.path.join(dest, ".clonescan-unpacked")
        unpacked = read_text(marker)
        if unpacked == spec["sha256"]:
            return dest, spec["sha256"]
        os.makedirs(self.archives, exist_ok=True)
        try:
            archive = self.download(sid, spec)
            used = spec
        except Vanished:
            fallbacks = spec.get("fallbacks", [])
            if not fallbacks:
                raise
            used = dict(spec, **{k: fallbacks[0][k] for k in ("version", "filename", "sha256")})
            warn(f"vanished: {sid} is no longer in the Debian archive (Debian keeps only the newest update); using its "
                 f"checked fallback {spec['package']}={used['version']} (sha256 pinned in Corpora/manifest.json; "
                 f"{fallbacks[0]['checked']})")
            if unpacked == used["sha256"]:
                return dest, used["sha256"]
            archive = self.download(sid, used)
        unpack(archive, dest, spec["kind"], sid)
        write_atomic(marker, used["sha256"])
        return dest, used["sha256"]

    def download(self, sid, spec):
        want = spec["sha256"]
        target = os.path.join(self.archives, spec["filename"])
        if os.path.isfile(target) and sha256_file(target) == want:
            return target
        if spec["kind"] == "pypi-sdist":
            got = self.download_pypi(sid, spec)
        elif spec["kind"] == "deb":
            got = self.download_deb(sid, spec)
        else:
            raise FetchError(f"{sid}: unknown source kind {spec['kind']!r}; fix Corpora/manifest.json")
        have = sha256_file(got)
        if have != want:
            os.unlink(got)
            raise FetchError(f"{sid}: downloaded file has sha256 {have}, the manifest pins {want}; "
                             "the artifact changed upstream: re-verify the pair and update the pin")
        if os.path.abspath(got) != target:
            os.replace(got, target)
        return target

    def download_pypi(self, sid, spec):
        name = spec.get("name", spec.get("package"))
        try:
            return pypi_fetch.fetch(name, spec["version"], spec["sha256"], self.archives)
        except SystemExit as exc:  # pypi_fetch reports its errors as SystemExit(message)
            msg = str(exc.code if exc.code is not None else "failed").removeprefix("error: ")
            raise FetchError(f"{sid}: {msg}") from None
        except OSError as exc:
            raise FetchError(f"{sid}: cannot download from PyPI ({exc}); check the network and rerun") from None

    def download_deb(self, sid, spec):
        if shutil.which("apt-get") is None:
            raise FetchError(f"{sid}: apt-get is not available; run Corpora/fetch.py on Debian/Ubuntu, "
                             "or use --pypi-only")
        pkg, version, arch = spec["package"], spec["version"], spec.get("arch", "all")
        want = pkg + ("" if arch == "all" else ":" + arch) + "=" + version
        tmp = tempfile.mkdtemp(prefix=".apt-", dir=self.archives)
        os.chmod(tmp, 0o755)  # let apt's _apt user write here (otherwise it warns and downloads unsandboxed)
        try:
            err = self.apt_download(want, tmp)
            if err is not None and not self.apt_updated and os.geteuid() == 0:
                self.apt_updated = True
                subprocess.run(["apt-get", "update", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                err = self.apt_download(want, tmp)
            if err is not None:
                gone = ("Can't find a version", "was not found", "Unable to locate package", "has no installation candidate")
                if any(g in err for g in gone):
                    raise Vanished(f"vanished: {sid} is no longer in the Debian archive "
                                   f"(Debian keeps only the newest update); its pairs are skipped")
                last = [ln for ln in err.splitlines() if ln.startswith("E:")] or err.splitlines() or ["?"]
                hint = "" if os.geteuid() == 0 else "; run `sudo apt-get update` once and rerun"
                raise FetchError(f"{sid}: apt-get download {want} failed: {last[-1].strip()}{hint}")
            debs = [f for f in os.listdir(tmp) if f.endswith(".deb")]
            if len(debs) != 1:
                raise FetchError(f"{sid}: apt-get download {want} left {debs!r}; rerun")
            got = os.path.join(self.archives, "." + debs[0] + ".part")
            os.replace(os.path.join(tmp, debs[0]), got)
            return got
        finally:
            rmtree(tmp)

    @staticmethod
    def apt_download(want, cwd):
        try:
            r = subprocess.run(["apt-get", "download", "-q", want], cwd=cwd, capture_output=True, text=True)
        except OSError as exc:
            return str(exc)
        return None if r.returncode == 0 else (r.stderr or r.stdout)


def safe_member(name):
    parts = name.replace("\\", "/").split("/")
    return not name.startswith("/") and ".." not in parts


def unpack(archive, dest, kind, sid):
    """Unpack into a fresh directory next to dest, then move it into place (a killed run leaves no half tree)."""
    parent = os.path.dirname(dest)
    os.makedirs(parent, exist_ok=True)
    for stale in os.listdir(parent):  # left by a killed run
        if stale.startswith(".unpack-"):
            rmtree(os.path.join(parent, stale))
    tmp = tempfile.mkdtemp(prefix=".unpack-", dir=parent)
    try:
        if kind == "deb":
            unpack_deb(archive, tmp)
        elif archive.endswith(".zip"):
            with zipfile.ZipFile(archive) as z:
                for info in z.infolist():
                    if not safe_member(info.filename):
                        raise FetchError(f"{sid}: unsafe path {info.filename!r} in {archive}; refusing it")
                z.extractall(tmp)
        else:
            with tarfile.open(archive) as t:
                t.extractall(tmp, filter="data")
        rmtree(dest)
        os.replace(tmp, dest)
    except (OSError, tarfile.TarError, zipfile.BadZipFile, subprocess.CalledProcessError) as exc:
        raise FetchError(f"{sid}: cannot unpack {archive}: {exc}; delete it and rerun") from None
    finally:
        rmtree(tmp)


def unpack_deb(archive, dest):
    if shutil.which("dpkg-deb"):
        subprocess.run(["dpkg-deb", "-x", archive, dest], check=True, capture_output=True)
        return
    # No dpkg: a .deb is an ar archive holding data.tar.{gz,xz,bz2}.
    with open(archive, "rb") as f:
        if f.read(8) != b"!<arch>\n":
            raise OSError("not a Debian package")
        while True:
            header = f.read(60)
            if len(header) < 60:
                raise OSError("no data.tar member")
            name, size = header[:16].decode().strip().rstrip("/"), int(header[48:58])
            if name.startswith("data.tar"):
                with tarfile.open(fileobj=f, mode="r|*") as t:
                    t.extractall(dest, filter="data")
                return
            f.seek(size + (size & 1), 1)


# ---------------------------------------------------------------------------------------------------------------
# Pair sides: select files, add licence evidence, materialise
# ---------------------------------------------------------------------------------------------------------------

def gather(root, paths, exclude=(), lang=None):
    """Sorted (relpath, abspath) of a side's code files (the upstream pairs.py semantics, kept identical so that
    tree_sha256 values carry over): files of `lang` under root/paths, a named file whatever its extension,
    minus `exclude` globs (fnmatch on the path relative to root; `*` crosses `/`). Symlinks are skipped
    (upstream followed them; no pinned side contains one)."""
    exts = LANG_EXT[lang] if lang else tuple(e for v in LANG_EXT.values() for e in v)
    out = set()
    real_root = os.path.realpath(root) + os.sep
    for p in paths:
        ap = os.path.join(root, p)
        if os.path.islink(ap) and not os.path.realpath(ap).startswith(real_root):
            raise FileNotFoundError(p + " (a symlink out of the artifact)")
        if os.path.isfile(ap):
            found = [ap]
        elif os.path.isdir(ap):
            found = []
            for dp, dns, fns in os.walk(ap):
                dns.sort()
                found.extend(os.path.join(dp, fn) for fn in sorted(fns))
        else:
            raise FileNotFoundError(p)
        for f in found:
            rel = os.path.relpath(f, root)
            if not os.path.isfile(ap) and (not f.endswith(exts) or os.path.islink(f)):
                continue  # symlinks inside a tree are never followed: they may point anywhere on this machine
            if any(fnmatch.fnmatch(rel, g) for g in exclude):
                continue
            out.add((rel, f))
    return sorted(out)


def tree_sha256(files):
    """sha256 over sorted '<relpath>\\0<sha256(file)>\\n' lines (the manifest's drift check)."""
    h = hashlib.sha256()
    for rel, f in files:
        h.update(("%s\0%s\n" % (rel, sha256_file(f))).encode())
    return h.hexdigest()


def is_evidence(name):
    n = name.lower()
    if n.endswith(".gz"):
        n = n[:-3]
    return n.startswith(EVIDENCE_PREFIXES) or n in EVIDENCE_NAMES or n.endswith(("-license", "-licence"))


def evidence_in(root, reldir, exclude):
    """Evidence files directly in root/reldir (not recursive)."""
    d = os.path.join(root, reldir)
    out = []
    try:
        entries = sorted(os.listdir(d))
    except OSError:
        return out
    for fn in entries:
        rel = os.path.normpath(os.path.join(reldir, fn))
        ap = os.path.join(root, rel)
        if is_evidence(fn) and os.path.isfile(ap) and not os.path.islink(ap) \
                and not any(fnmatch.fnmatch(rel, g) for g in exclude):
            out.append((rel, ap))
    return out


def gather_evidence(root, side, spec):
    """Licence evidence for a side: the artifact root (and an sdist's single top directory), every directory
    between it and the side's paths, evidence files inside the side's directories, Debian's
    usr/share/doc/<package>/ files."""
    exclude = side.get("exclude", ())
    dirs = {"."}
    tops = [e for e in os.listdir(root) if not e.startswith(".")]
    if len(tops) == 1 and os.path.isdir(os.path.join(root, tops[0])):
        dirs.add(tops[0])
    for p in side["paths"]:
        ap = os.path.join(root, p)
        d = p if os.path.isdir(ap) else os.path.dirname(p)
        while d not in ("", "."):
            dirs.add(os.path.normpath(d))
            d = os.path.dirname(d)
        if os.path.isdir(ap):
            for dp, dns, _ in os.walk(ap):
                dns.sort()
                dirs.update(os.path.relpath(os.path.join(dp, x), root) for x in dns)
    if spec and spec.get("kind") == "deb":
        dirs.add(os.path.join("usr", "share", "doc", spec["package"]))
    out = []
    for d in sorted(dirs):
        out.extend(evidence_in(root, d, exclude))
    return out


def copy_file(src, dst):
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    if src.endswith(".gz") and is_evidence(os.path.basename(src)):
        # Debian compresses docs (README.md.gz): keep them readable as plain text for the licence scan.
        dst = dst[:-3]
        with gzip.open(src, "rb") as fi, open(dst, "wb") as fo:
            fo.write(fi.read(EVIDENCE_MAX_BYTES))
        return
    with open(src, "rb") as fi, open(dst, "wb") as fo:
        shutil.copyfileobj(fi, fo)


def rerooted(files, side_root, spec, pair_id, side_name):
    """The side's files laid out relative to `root` (a directory of the artifact) instead of the artifact's top, for
    code that sits inside a directory clonescan never reads as the project's own (`node_modules`, `vendor`, ...):
    evidence outside `root` is dropped (it describes the enclosing package), except Debian's
    usr/share/doc/<package>/ files, which keep their path. tree_sha256 is still taken over artifact paths."""
    prefix = os.path.normpath(side_root) + os.sep
    doc = os.path.join("usr", "share", "doc", spec["package"]) + os.sep if spec and spec.get("kind") == "deb" else None
    out = {}
    for rel, ap in files.items():
        if rel.startswith(prefix):
            out[rel[len(prefix):]] = ap
        elif doc and rel.startswith(doc):
            out[rel] = ap
        elif not is_evidence(os.path.basename(rel)):
            raise FetchError(f"{pair_id}/{side_name}: {rel} is outside the side's root {side_root}; fix its `paths` or "
                             "`root` in Corpora/manifest.json")
    return out


def stamp_of(side, source_stamp):
    key = {"v": MATERIALISE_VERSION, "source": source_stamp, "paths": side["paths"],
           "exclude": side.get("exclude", []), "language": side["language"]}
    if side.get("root"):  # only when set, so that the stamps of every other side stay as they were
        key["root"] = side["root"]
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()


def fixture_stamp(root):
    h = hashlib.sha256()
    for dp, dns, fns in os.walk(root):
        dns.sort()
        for fn in sorted(fns):
            f = os.path.join(dp, fn)
            h.update(("%s\0%s\n" % (os.path.relpath(f, root), sha256_file(f))).encode())
    return h.hexdigest()


def materialise(cache, pair_id, side_name, side, root, spec, source_stamp):
    """Build pairs/<id>/<side>/ unless its stamp says it is current. Returns (dir, tree_check, n_files)."""
    out_dir = os.path.join(cache.pairs, pair_id, side_name)
    stamp_path = os.path.join(cache.pairs, pair_id, "." + side_name + ".stamp")
    stamp = stamp_of(side, source_stamp)
    try:
        with open(stamp_path, encoding="utf-8") as f:
            recorded = json.load(f)
        if recorded.get("stamp") == stamp and os.path.isdir(out_dir):
            return out_dir, recorded.get("tree_check", "?"), recorded.get("n_files", 0)
    except (OSError, ValueError):
        pass
    try:
        code = gather(root, side["paths"], side.get("exclude", ()), side["language"])
    except FileNotFoundError as exc:
        raise FetchError(f"{pair_id}/{side_name}: path {exc} is not in {side['source']}; fix its `paths` in "
                         "Corpora/manifest.json") from None
    if not code:
        raise FetchError(f"{pair_id}/{side_name}: no {side['language']} files under {side['paths']} in "
                         f"{side['source']}; fix the manifest")
    want = side.get("tree_sha256")
    tree_check = "unchecked" if not want else ("ok" if tree_sha256(code) == want else "differs")
    if tree_check == "differs":
        warn(f"warning: {pair_id}/{side_name}: files of {side['source']} differ from the manifest's tree_sha256 "
             "(artifact drift); results may not match the labels' notes")
    files = dict(code)
    for rel, ap in gather_evidence(root, side, spec):
        files.setdefault(rel, ap)
    if side.get("root"):
        files = rerooted(files, side["root"], spec, pair_id, side_name)
    pair_dir = os.path.dirname(out_dir)
    os.makedirs(pair_dir, exist_ok=True)
    for stale in os.listdir(pair_dir):  # left by a killed run
        if stale.startswith("." + side_name + "-"):
            rmtree(os.path.join(pair_dir, stale))
    tmp = tempfile.mkdtemp(prefix="." + side_name + "-", dir=pair_dir)
    try:
        for rel, ap in sorted(files.items()):
            copy_file(ap, os.path.join(tmp, rel))
        rmtree(out_dir)
        os.replace(tmp, out_dir)
    finally:
        rmtree(tmp)
    write_atomic(stamp_path, json.dumps({"stamp": stamp, "tree_check": tree_check, "n_files": len(code)}))
    return out_dir, tree_check, len(code)


# ---------------------------------------------------------------------------------------------------------------
# Manifest and CLI
# ---------------------------------------------------------------------------------------------------------------

def load_manifest(path):
    try:
        with open(path, encoding="utf-8") as f:
            man = json.load(f)
    except (OSError, ValueError) as exc:
        raise FetchError(f"{path}: cannot read the manifest ({exc})") from None
    ids = set()
    for p in man.get("pairs", []):
        for key in ("id", "label", "category", "split", "reference", "suspect"):
            if key not in p:
                raise FetchError(f"{path}: pair {p.get('id', '?')} has no `{key}`; fix the manifest")
        if p["id"] in ids:
            raise FetchError(f"{path}: pair id {p['id']} appears twice; fix the manifest")
        ids.add(p["id"])
        for s, _ in SIDES:
            missing = [k for k in ("source", "language", "paths") if k not in p[s]]
            if missing:
                raise FetchError(f"{path}: pair {p['id']} {s} has no `{missing[0]}`; fix the manifest")
            src = p[s]["source"]
            if not src.startswith("fixture:") and src not in man.get("sources", {}):
                raise FetchError(f"{path}: pair {p['id']} {s} names unknown source {src}; fix the manifest")
            if p[s]["language"] not in LANG_EXT:
                raise FetchError(f"{path}: pair {p['id']} {s}: language {p[s]['language']} has no extension "
                                 "table in Corpora/fetch.py (LANG_EXT); add it there")
    return man


def source_kind(man, sid):
    return "fixture" if sid.startswith("fixture:") else man["sources"][sid]["kind"]


def select(man, only, pypi_only, demo):
    pairs = man["pairs"]
    if demo:
        if not man.get("demo"):
            raise FetchError("the manifest names no `demo` pair; add \"demo\": \"<pair-id>\" at its top level")
        only = [man["demo"]]
    if only:
        known = {p["id"] for p in pairs}
        unknown = [i for i in only if i not in known]
        if unknown:
            raise FetchError(f"unknown pair id(s) {', '.join(unknown)}; `Corpora/fetch.py --list` shows the ids")
        pairs = [p for p in pairs if p["id"] in only]
    if pypi_only:
        pairs = [p for p in pairs if all(source_kind(man, p[s]["source"]) != "deb" for s, _ in SIDES)]
    return pairs


def pair_record(p):
    ref, sus = p["reference"], p["suspect"]
    return {
        "id": p["id"], "label": p["label"], "category": p["category"], "relation": p.get("relation"),
        "languages": p.get("languages"), "cross_language": p.get("cross_language"),
        "tier": p.get("tier"), "split": p["split"], "fit": p.get("fit", True),
        "licenses": {"reference": ref.get("license"), "suspect": sus.get("license")},
        "attribution": sus.get("attributes_reference"),
        "projects": {"reference": ref.get("project"), "suspect": sus.get("project")},
        "sources": {"reference": ref["source"], "suspect": sus["source"]},
    }


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="Corpora/fetch.py",
        description="Fetch the pinned clone-pair corpus and materialise each pair side as a plain directory.",
        epilog="Prints `<pair-id>\\t<side>\\t<dir>` per side (or JSON). Cache: $CLONESCAN_CACHE/corpora "
               "(default ~/.cache/clonescan/corpora). Exit 0 when every selected pair is ready or vanished, "
               "1 on any other error, 2 on usage errors.")
    ap.add_argument("--only", default="", help="comma-separated pair ids")
    ap.add_argument("--pypi-only", action="store_true", help="only pairs that need no Debian package")
    ap.add_argument("--demo", action="store_true", help="only the manifest's demo pair")
    out = ap.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON list of pairs with labels and directories")
    out.add_argument("--list", action="store_true", help="list the selected pairs; fetch nothing")
    ap.add_argument("--manifest", default=os.environ.get("CLONESCAN_CORPORA_MANIFEST") or os.path.join(HERE, "manifest.json"),
                    help=argparse.SUPPRESS)  # for tests of the tooling itself
    args = ap.parse_args(argv)

    try:
        man = load_manifest(args.manifest)
        pairs = select(man, [i for i in args.only.split(",") if i], args.pypi_only, args.demo)
    except FetchError as exc:
        warn(f"error: {exc}")
        return 1
    if args.list:
        for p in pairs:
            print("\t".join([p["id"], p["label"], p["category"], p.get("languages", "?"), p["split"],
                             p["reference"]["source"], p["suspect"]["source"]]))
        return 0

    base = os.environ.get("CLONESCAN_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "clonescan")
    cache = Cache(os.path.join(os.path.abspath(base), "corpora"))
    checkout = os.path.realpath(REPO) + os.sep
    if (os.path.realpath(cache.root) + os.sep).startswith(checkout):
        warn(f"error: the cache {cache.root} is inside the checkout; set CLONESCAN_CACHE to a directory outside it")
        return 1

    roots, failed, vanished, errors = {}, {}, set(), 0
    needed = []
    for p in pairs:
        for s, _ in SIDES:
            if p[s]["source"] not in needed:
                needed.append(p[s]["source"])
    for sid in needed:
        if sid.startswith("fixture:"):
            d = os.path.join(HERE, "fixtures", sid[len("fixture:"):])
            if not os.path.isdir(d):
                failed[sid] = f"{sid}: directory Corpora/fixtures/{sid[8:]} is missing; restore it from git"
                continue
            roots[sid] = (d, None, fixture_stamp(d))
            continue
        spec = man["sources"][sid]
        try:
            root, unpacked = cache.ensure_source(sid, spec)
            roots[sid] = (root, spec, unpacked)
        except Vanished as exc:
            vanished.add(sid)
            failed[sid] = str(exc)
        except FetchError as exc:
            failed[sid] = str(exc)
    for sid in needed:
        if sid in failed:
            users = [p["id"] for p in pairs if sid in (p["reference"]["source"], p["suspect"]["source"])]
            if sid in vanished:
                warn(f"{failed[sid]}: {', '.join(users)}")
            else:
                warn(f"error: {failed[sid]}")
                errors += 1

    records = []
    for p in pairs:
        rec = pair_record(p)
        missing = [p[s]["source"] for s, _ in SIDES if p[s]["source"] in failed]
        if missing:
            rec.update(status="vanished" if all(m in vanished for m in missing) else "error",
                       missing=sorted(set(missing)), reference=None, suspect=None,
                       error="; ".join(failed[m] for m in sorted(set(missing))))
            records.append(rec)
            continue
        rec["status"], rec["warnings"], rec["n_files"] = "ok", [], {}
        for s, name in SIDES:
            side = p[s]
            root, spec, source_stamp = roots[side["source"]]
            try:
                d, check, n = materialise(cache, p["id"], name, side, root, spec, source_stamp)
            except (FetchError, OSError) as exc:
                msg = str(exc) if isinstance(exc, FetchError) else f"{p['id']}/{name}: {exc}; check the cache and rerun"
                warn(f"error: {msg}")
                errors += 1
                rec.update(status="error", reference=None, suspect=None, error=msg)
                break
            rec[name] = d
            rec["n_files"][name] = n
            if check == "differs":
                rec["warnings"].append(f"{name}: tree_sha256 differs from the manifest")
        records.append(rec)

    if args.json:
        json.dump(records, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        for rec in records:
            if rec["status"] == "ok":
                for _, name in SIDES:
                    print(f"{rec['id']}\t{name}\t{rec[name]}")
    return 1 if errors else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
