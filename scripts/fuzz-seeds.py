#!/usr/bin/env python3
"""Writes the fuzz seeds (scripts/fuzz.sh): every front-end fixture (conformance, ports, tokens, Fixtures/fuzz) under
every language target (a Go file fed to the Rust grammar is hostile input too), generated hostile inputs scaled to
MAX_LEN, license texts and manifests for the license targets. Regenerated each run.

usage: fuzz-seeds.py ROOT SEEDS LICENSE_TEXTS MAX_LEN --targets TARGETS_TSV   (one seed set, selector byte per target)
       fuzz-seeds.py ROOT SEEDS LICENSE_TEXTS MAX_LEN --target NAME           (one target; its selector byte is 0,
                                                                               the harness ignores it)
"""
import glob
import hashlib
import os
import shutil
import sys

LICENSE_TARGETS = ("license-match", "license-spdx", "license-scan")
root, seeds, texts, max_len, mode, arg = sys.argv[1:]
n = max(64, min(20000, int(max_len) // 4))   # repetitions in the generated hostile seeds
if mode == "--targets":
    targets = [line.rstrip("\n").split("\t") for line in open(arg) if line.strip()]
    sel = {name: int(s) for s, name in targets}
else:
    sel = {arg: 0}
langs = [name for name in sel if name not in LICENSE_TARGETS]
shutil.rmtree(seeds, ignore_errors=True)
os.makedirs(seeds)


def put(selector, body):
    data = bytes([selector]) + body
    with open(os.path.join(seeds, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


fixture_dir = f"{root}/Tests/FrontEndTests/Fixtures"
fixtures = sorted(glob.glob(f"{fixture_dir}/conformance/*") + glob.glob(f"{fixture_dir}/ports/*")
                  + glob.glob(f"{fixture_dir}/tokens/*") + glob.glob(f"{fixture_dir}/fuzz/*"))
sources = [open(f, "rb").read() for f in fixtures if os.path.isfile(f) and not f.endswith(".md")]
for lang in langs:
    for src in sources:
        put(sel[lang], src)
    hostile = [
        b"(" * n, b"[" * n, b"{" * n, b"<" * n + b">" * n, b"f(" * n + b")" * n,
        b"x = " + b"[" * n + b"1" + b"]" * n + b"\n", b"a" * 3 * n, b"// " + b"x" * 3 * n + b"\n", b"\"" + b"\\" * n,
        b"'''" * (n // 2), b"/*" * n, b"\x00" * n, bytes(range(256)) * max(1, n // 256),
        b"\xff\xfe" + "def f():\n  return 1\n".encode("utf-16-le"), b"\xef\xbb\xbfx = 1\n",
        b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xf8\xa1\xa1\xa1\xa1\xed\xa0\x80" * max(1, n // 20),
        b"\r\n" * n, b"\r" * n, b"\t" * n + b"x", b"#!" + b"/" * n, b"\xe2\x80\xae" * (n // 3), b"<<EOF\n" * (n // 6),
        b"${" * n, b"`" * n, b"#" * n, b'r#"' * (n // 3), b"@" * n, b"\\\n" * n,
        b"if x:\n" + b"  " * n + b"y\n", b"".join(b" " * i + b"if x:\n" for i in range(min(300, n // 8))),
    ]
    for h in hostile:
        put(sel[lang], h)
if "license-match" in sel:
    for src in sources[:6]:
        put(sel["license-match"], src)
lic = sorted(glob.glob(f"{texts}/*.txt"))
pick = [p for p in lic if os.path.basename(p)[:-4] in
        ("mit", "apache-2.0", "gpl-2.0", "gpl-3.0", "bsd-new", "bsd-simplified", "lgpl-2.1", "mpl-2.0", "isc", "unlicense", "zlib", "cc0-1.0")]
for p in pick:
    body = open(p, "rb").read()
    if "license-match" in sel:
        put(sel["license-match"], body)
    if "license-scan" in sel:
        for i in range(0, 16):
            put(sel["license-scan"], bytes([i]) + body[:8000])
if "license-spdx" in sel:
    for expr in [b"MIT", b"Apache-2.0 OR MIT", b"(GPL-2.0-only WITH Classpath-exception-2.0) AND BSD-3-Clause", b"GPL-2.0+",
                 b"LicenseRef-foo AND (MIT OR (ISC", b"The MIT License", b"BSD License", b"GNU General Public License v3 or later (GPLv3+)",
                 b"((((((((((((((((((((MIT" + b")" * 20, b"MIT AND " * 500]:
        put(sel["license-spdx"], expr)
manifests = {
    2: b'{"name": "x", "license": "MIT", "author": "A <a@b.c>", "repository": {"url": "https://github.com/a/b"}, "licenses": [{"type": "ISC"}]}',
    3: b'[package]\nname = "x"\nlicense = "MIT OR Apache-2.0"\nauthors = ["A <a@b.c>"]\nrepository = "https://x"\n',
    4: b'[project]\nname = "x"\nlicense = {text = "MIT"}\nclassifiers = ["License :: OSI Approved :: MIT License"]\n',
    5: b'from setuptools import setup\nsetup(name="x", license="BSD", author="A", url="https://x")\n',
    6: b'[metadata]\nname = x\nlicense = MIT\n',
    7: b'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nCopyright: 2020 A\nLicense: GPL-2+\n\nFiles: lib/*\nLicense: MIT\n Permission is hereby granted\n',
    8: b'/* SPDX-License-Identifier: MIT\n * Copyright (c) 2020 Jane Doe <jane@example.com>\n */\nint main(void) { return 0; }\n',
    12: b'module example.com/x\n\ngo 1.21\n',
    13: b'<project><name>x</name><licenses><license><name>Apache License, Version 2.0</name></license></licenses></project>',
    14: b'{"name": "a/b", "license": ["MIT", "GPL-3.0-or-later"], "authors": [{"name": "A"}]}',
}
if "license-scan" in sel:
    for k, v in manifests.items():
        put(sel["license-scan"], bytes([k]) + v)
print(f"fuzz: {len(os.listdir(seeds))} seeds for {len(sel)} target(s)", file=sys.stderr)
