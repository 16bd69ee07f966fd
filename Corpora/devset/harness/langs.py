"""Build/run recipes for the list-A dev-set checks, as eqcheck.Variant objects (Corpora/devset/eqcheck.py).

Every port is compiled in a scratch directory ($BUILD = $CLONESCAN_CACHE/corpora/devset/build/<lib>/<variant>)
together with the library's driver from check/<lang>/, which reads the cases as JSON lines on stdin and
writes one JSON line per case. Toolchains: go, rustc (std only, no crates), javac/java, tsc + node, python3.
"""
import os
import shlex
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.dirname(HERE)
sys.path.insert(0, DEVSET)
from eqcheck import Variant  # noqa: E402


def _sh(script):
    return ["sh", "-ec", script]


def go(vid, port_dir, driver, pkg):
    """Port = a Go package (copied to devcheck/<pkg>); driver = check/go/main.go importing devcheck/<pkg>."""
    q = shlex.quote
    build = _sh(f'rm -rf "$BUILD/src"; mkdir -p "$BUILD/src/{pkg}"; '
                f'for f in {q(port_dir)}/*.go; do case "$f" in *_test.go) ;; *) cp "$f" "$BUILD/src/{pkg}/";; esac; done; '
                f'cp {q(driver)} "$BUILD/src/main.go"; printf "module devcheck\\n\\ngo 1.19\\n" > "$BUILD/src/go.mod"; '
                f'cd "$BUILD/src"; GOFLAGS=-mod=mod GOPROXY=off go build -o "$BUILD/bin" .')
    return Variant(vid, run=["$BUILD/bin"], build=[build])


def rust(vid, port_src, driver, crate):
    """Port = src/lib.rs (+ modules) of a crate, compiled as module <crate> next to the driver and json.rs."""
    q = shlex.quote
    build = _sh(f'rm -rf "$BUILD/src"; mkdir -p "$BUILD/src/{crate}"; cp -r {q(port_src)}/. "$BUILD/src/{crate}/"; '
                f'mv "$BUILD/src/{crate}/lib.rs" "$BUILD/src/{crate}/mod.rs"; '
                f'cp {q(os.path.join(HERE, "rust", "json.rs"))} "$BUILD/src/json.rs"; cp {q(driver)} "$BUILD/src/main.rs"; '
                f'rustc -O --edition 2021 -A warnings -o "$BUILD/bin" "$BUILD/src/main.rs"')
    return Variant(vid, run=["$BUILD/bin"], build=[build])


def java(vid, port_dir, driver_dir, main_class):
    """Port = .java files under port_dir (any packages); driver_dir holds the driver (+ it may use Json)."""
    q = shlex.quote
    build = _sh(f'rm -rf "$BUILD/classes"; mkdir -p "$BUILD/classes"; '
                f'javac -nowarn -encoding UTF-8 -d "$BUILD/classes" $(find {q(port_dir)} {q(driver_dir)} -name "*.java") '
                f'{q(os.path.join(HERE, "java", "Json.java"))}')
    return Variant(vid, run=["java", "-Xss64m", "-cp", "$BUILD/classes", main_class], build=[build])


def ts(vid, port_dir, driver):
    """Port = .ts files in port_dir; driver = check/ts/driver.ts importing './<module>'."""
    q = shlex.quote
    build = _sh(f'rm -rf "$BUILD/src" "$BUILD/out"; mkdir -p "$BUILD/src"; cp {q(port_dir)}/*.ts "$BUILD/src/"; '
                f'cp {q(driver)} "$BUILD/src/driver.ts"; '
                f'tsc --strict --target es2022 --module commonjs --outDir "$BUILD/out" "$BUILD/src/"*.ts')
    return Variant(vid, run=["node", "$BUILD/out/driver.js"], build=[build])


def python(vid, check_py, module_dir):
    """Python variant: the library's check.py serves the cases itself with the module found in module_dir."""
    return Variant(vid, run=[sys.executable, check_py, "--serve", module_dir])


def serve(apply, module):
    """Answer JSON-line cases on stdin with apply(module, case), one JSON line each (for python variants)."""
    import json
    out = sys.stdout
    for line in sys.stdin:
        out.write(json.dumps(apply(module, json.loads(line)), ensure_ascii=False) + "\n")
    out.flush()
