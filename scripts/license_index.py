#!/usr/bin/env python3
"""Build clonescan's compact license match index from the ScanCode licensedcode-data wheel.

    license_index.py WHEEL OUT_DIR

Reads the .LICENSE and .RULE files (YAML front matter + text) straight from the wheel
(zipfile; the few front-matter fields we need are parsed by hand, no PyYAML), normalises
every text exactly as Sources/License/Normalizer.swift does (see docs/license.md), and writes:

    licenses.tsv   key  spdx  short_name  category  is_exception
    rules.tsv      id  name  spdx_expression  kind  relevance  min_coverage  tok_start  tok_len  ngrams
    vocab.txt      one token per line; token id = line number (1-based)
    tokens.bin     little-endian uint32 token ids of all rules, concatenated
    postings.bin   'CSLP' u32 version, u32 nkeys, u32 npostings,
                   nkeys x u64 trigram keys (sorted), (nkeys+1) x u32 offsets, npostings x u32 rule ids
    texts/KEY.txt  the original text of every license (for notices, reports and tests)
    INFO           data version and counts (written last: the completion marker)

Everything is written into a temporary directory next to OUT_DIR and renamed into place,
so a killed run never leaves a half-built index. Standard library only.
"""
import os
import re
import shutil
import struct
import sys
import tempfile
import zipfile

FORMAT_VERSION = 2

# ---- normalisation: keep in sync with Sources/License/Normalizer.swift -------------------
LEAD = re.compile(rb"^[\s*#/;!%>|=+\-\"'`.:]*")
COPYRIGHT = re.compile(rb"^(copyright\s*(\(c\)|\xc2\xa9|[0-9]|by\b|[\[<{])|\(c\)\s*[0-9\[<{]|\xc2\xa9|all rights reserved\.?\s*$|portions copyright\b)")
LISTMARK = re.compile(rb"^(\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+")
WORD = re.compile(rb"[a-z0-9]+")
EQUIV = {
    b"licence": b"license", b"licences": b"licenses", b"licenced": b"licensed",
    b"licencing": b"licensing", b"licensor": b"licensor", b"https": b"http",
    b"acknowledgement": b"acknowledgment", b"acknowledgements": b"acknowledgments",
    b"analogue": b"analog", b"behaviour": b"behavior", b"centre": b"center",
    b"favour": b"favor", b"organisation": b"organization", b"organisations": b"organizations",
    b"authorise": b"authorize", b"authorised": b"authorized", b"recognise": b"recognize",
    b"percent": b"percent", b"sublicence": b"sublicense", b"noncommercial": b"noncommercial",
}


def tokens_of(data: bytes):
    out = []
    for raw in data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n"):
        line = raw.lower()
        line = line[LEAD.match(line).end():]
        if COPYRIGHT.match(line):
            continue
        m = LISTMARK.match(line)
        if m:
            line = line[m.end():]
        for w in WORD.findall(line):
            out.append(EQUIV.get(w, w))
    return out
# -------------------------------------------------------------------------------------------


def split_frontmatter(text: str):
    if text.startswith("---\n") or text.startswith("---\r\n"):
        end = text.find("\n---", 3)
        if end >= 0:
            fm = text[4:end]
            body_start = text.find("\n", end + 4)
            body = text[body_start + 1:] if body_start >= 0 else ""
            return fm, body
    return "", text


def fields(fm: str):
    out = {}
    for line in fm.splitlines():
        m = re.match(r"^([a-z_]+):\s*(.*?)\s*$", line)
        if m:
            v = m.group(2)
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                v = v[1:-1]
            out[m.group(1)] = v
    return out


def yes(d, k):
    return d.get(k, "").lower() in ("yes", "true")


def to_spdx(expr: str, spdx_of: dict):
    parts = re.findall(r"\(|\)|[^\s()]+", expr)
    out = []
    for p in parts:
        lp = p.lower()
        if lp in ("and", "or", "with"):
            out.append(" " + lp.upper() + " ")
        elif p in "()":
            out.append(p)
        else:
            out.append(spdx_of.get(lp, "LicenseRef-scancode-" + lp))
    return "".join(out).replace("( ", "(").replace(" )", ")").strip()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: license_index.py WHEEL OUT_DIR")
    wheel, out_dir = sys.argv[1], sys.argv[2]
    z = zipfile.ZipFile(wheel)
    licenses = {}   # key -> (spdx, short, category, is_exception, deprecated, body)
    rules = []      # (name, expression, kind, relevance, min_cov, body)
    for n in sorted(z.namelist()):
        if "/inactive/" in n or not n.startswith("licensedcode/data/"):
            continue
        if n.endswith(".LICENSE"):
            fm, body = split_frontmatter(z.read(n).decode("utf-8", "replace"))
            f = fields(fm)
            key = f.get("key") or os.path.basename(n)[:-8]
            spdx = f.get("spdx_license_key") or ("LicenseRef-scancode-" + key)
            licenses[key] = (spdx, f.get("short_name", key).replace("\t", " "), f.get("category", "Unstated License"),
                             yes(f, "is_exception"), yes(f, "is_deprecated") or yes(f, "is_unknown") or yes(f, "is_generic"),
                             body, f.get("minimum_coverage", "0"))
        elif n.endswith(".RULE"):
            fm, body = split_frontmatter(z.read(n).decode("utf-8", "replace"))
            f = fields(fm)
            if yes(f, "is_deprecated") or yes(f, "is_false_positive") or yes(f, "is_license_intro") or yes(f, "is_license_clue"):
                continue
            expr = f.get("license_expression")
            if not expr:
                continue
            kind = ("text" if yes(f, "is_license_text") else "notice" if yes(f, "is_license_notice")
                    else "reference" if yes(f, "is_license_reference") else "tag" if yes(f, "is_license_tag") else None)
            if kind is None:
                continue
            rules.append((os.path.basename(n)[:-5], expr, kind, f.get("relevance", "100"), f.get("minimum_coverage", "0"), body))
    spdx_of = {k: v[0] for k, v in licenses.items()}
    all_rules = []
    for key, (spdx, short, cat, exc, dep, body, mincov) in sorted(licenses.items()):
        if dep or not body.strip():
            continue
        all_rules.append((key + ".LICENSE", key, "text", "100", mincov, body))
    all_rules.extend(rules)

    vocab = {}
    tok_stream = []
    rule_rows = []
    postings = {}
    for name, expr, kind, rel, mincov, body in all_rules:
        toks = tokens_of(body.encode("utf-8"))
        if len(toks) < 3:
            continue
        ids = []
        for t in toks:
            i = vocab.get(t)
            if i is None:
                i = len(vocab) + 1
                vocab[t] = i
            ids.append(i)
        rid = len(rule_rows)
        grams = set()
        for j in range(len(ids) - 2):
            grams.add((ids[j] << 42) | (ids[j + 1] << 21) | ids[j + 2])
        for g in grams:
            postings.setdefault(g, []).append(rid)
        try:
            mc = int(float(mincov))
        except ValueError:
            mc = 0
        rule_rows.append((rid, name, to_spdx(expr, spdx_of), kind, rel, mc, len(tok_stream), len(ids), len(grams)))
        tok_stream.extend(ids)
    assert len(vocab) < (1 << 21)

    parent = os.path.dirname(os.path.abspath(out_dir))
    os.makedirs(parent, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".license-index-", dir=parent)
    try:
        with open(os.path.join(tmp, "licenses.tsv"), "w", encoding="utf-8") as f:
            for key, (spdx, short, cat, exc, dep, body, mincov) in sorted(licenses.items()):
                f.write(f"{key}\t{spdx}\t{short}\t{cat}\t{'1' if exc else '0'}\n")
        with open(os.path.join(tmp, "rules.tsv"), "w", encoding="utf-8") as f:
            for r in rule_rows:
                f.write("\t".join(str(x) for x in r) + "\n")
        with open(os.path.join(tmp, "vocab.txt"), "wb") as f:
            for t, _ in sorted(vocab.items(), key=lambda kv: kv[1]):
                f.write(t + b"\n")
        with open(os.path.join(tmp, "tokens.bin"), "wb") as f:
            f.write(struct.pack("<%dI" % len(tok_stream), *tok_stream))
        os.mkdir(os.path.join(tmp, "texts"))
        for key, v in licenses.items():
            if v[5].strip():
                with open(os.path.join(tmp, "texts", key + ".txt"), "w", encoding="utf-8") as f:
                    f.write(v[5])
        keys = sorted(postings)
        offsets = [0]
        flat = []
        for k in keys:
            flat.extend(sorted(postings[k]))
            offsets.append(len(flat))
        with open(os.path.join(tmp, "postings.bin"), "wb") as f:
            f.write(b"CSLP" + struct.pack("<III", 1, len(keys), len(flat)))
            f.write(struct.pack("<%dQ" % len(keys), *keys))
            f.write(struct.pack("<%dI" % len(offsets), *offsets))
            f.write(struct.pack("<%dI" % len(flat), *flat))
        with open(os.path.join(tmp, "INFO"), "w") as f:
            f.write(f"format {FORMAT_VERSION}\ndata licensedcode-data 32.1.0\nlicenses {len(licenses)}\n"
                    f"rules {len(rule_rows)}\nvocab {len(vocab)}\ntrigrams {len(keys)}\n")
        if os.path.isdir(out_dir):
            shutil.rmtree(out_dir)
        os.rename(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


if __name__ == "__main__":
    main()
