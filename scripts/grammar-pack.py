#!/usr/bin/env python3
"""Writes pack.json: every grammar of the unpacked tree-sitter-language-pack sdist that clonescan can build on first
use (its source directory, C symbol, version and ABI), plus the compiler and flags set-up used, so that grammars
built later match those built at set-up. Grammars whose ABI the runtime cannot load (outside 13-14) are left out.

usage: grammar-pack.py PACK_ROOT PACK_VERSION PIN CC CFLAGS OUT SCHEMA [NAME=SRC_DIR=VERSION=PATCH ...]

Each NAME=SRC_DIR=VERSION=PATCH replaces the pack's grammar NAME by the one in SRC_DIR (another pinned sdist, e.g.
Groovy's), reported as VERSION and pinned with +PATCH.
"""
import json
import os
import re
import sys

root, version, pin, cc, cflags, out, schema = sys.argv[1:8]
replacements = {r.split("=")[0]: r.split("=")[1:] for r in sys.argv[8:]}
# Source patches setup-grammars.sh applies to grammars built on first use (see patch_sources there): a grammar's
# pin names its patch, so a library built before it is rebuilt.
PACK_PATCHES = {"d": "d-eof-column", "elm": "elm-indent-underflow", "perl": "perl-eof-column", "sql": "sql-tag-leak", "v": "v-stack-leak"}
# Grammars turned off: the Debian runtime (tree-sitter 0.20.7) crashes on inputs `make fuzz-grammars` found, and no
# source patch fixes them yet (docs/robustness.md). Their files are skipped with the reason, never parsed.
DISABLED = {
    "agda": "tree-sitter 0.20.7 aborts the process (assertion `symbol < self->token_count`) on inputs fuzzing found "
            "(docs/robustness.md #10)",
    "typst": "tree-sitter 0.20.7 crashes (segmentation fault in ts_stack_push) on inputs fuzzing found "
             "(docs/robustness.md #11)",
}
definitions = json.load(open(os.path.join(root, "sources", "language_definitions.json")))
parsers = os.path.join(root, "parsers")
grammars = []
for name in sorted(os.listdir(parsers)):
    src = os.path.join(parsers, name, "src")
    if name in replacements:
        src = replacements[name][0]
    parser = os.path.join(src, "parser.c")
    if not os.path.isfile(parser):
        continue
    with open(parser, "rb") as f:
        head = f.read(4096).decode("utf-8", "replace")
    match = re.search(r"#define LANGUAGE_VERSION (\d+)", head)
    abi = int(match.group(1)) if match else 0
    if not 13 <= abi <= 14:
        continue
    rev = definitions.get(name, {}).get("rev", "unknown")
    scanners = [f for f in ("scanner.c",) if os.path.isfile(os.path.join(src, f))]
    grammars.append({
        "name": name, "source": os.path.abspath(src), "files": ["parser.c"] + scanners,
        "symbol": f"tree_sitter_{name}", "abi": abi,
        "version": replacements[name][1] if name in replacements else f"tree-sitter-language-pack {version} ({rev[:12]})",
        "cxx_scanner": os.path.isfile(os.path.join(src, "scanner.cc")),
        "pin": pin + ("+" + PACK_PATCHES[name] if name in PACK_PATCHES else "")
               + ("+" + replacements[name][2] if name in replacements else ""),
    })
    if name in DISABLED:
        grammars[-1]["disabled"] = DISABLED[name]
doc = {"schema_version": int(schema), "pin": pin, "cc": cc, "cflags": cflags.split(), "grammars": grammars}
tmp = out + ".tmp"
with open(tmp, "w") as f:
    json.dump(doc, f, indent=1)
os.replace(tmp, out)
