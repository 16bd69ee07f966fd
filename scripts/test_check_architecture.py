#!/usr/bin/env python3
"""Self-test of scripts/check-architecture.py on fake package trees (built in temporary directories, removed)."""
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check-architecture.py")

PACKAGE = """\
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "fake",
    products: [.executable(name: "clonescan", targets: ["clonescan"])],   // targets: here is not the list
    dependencies: [.package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.6.0")],
    targets: [
        // A C library (parentheses in comments (like these) must not confuse the parser).
        .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash"),
        .target(name: "Shingles", dependencies: ["CXXHash"]),
        .target(name: "FrontEnd", dependencies: []),
        .target(name: "Sketch", dependencies: [{sketch_deps}]),
        .target(name: "Analysis", dependencies: ["FrontEnd", "Sketch"]),
        .target(name: "Jobs", dependencies: ["Analysis"]),
        .executableTarget(
            name: "clonescan",
            dependencies: ["Jobs", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "clonescan-fuzz", dependencies: ["FrontEnd"], path: "Sources/Fuzz"),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis"], resources: [.copy("Fixtures")]),
    ]
)
"""

SOURCES = {
    "Sources/CXXHash/module.modulemap": 'module CXXHash [system] { header "shim.h" link "xxhash" export * }\n',
    "Sources/CXXHash/shim.h": "#include <xxhash.h>\n",
    "Sources/Shingles/Hash.swift": "import CXXHash\nimport Foundation\n\npublic func h() {}\n",
    "Sources/FrontEnd/Walk.swift": "#if canImport(Glibc)\nimport Glibc\n#endif\npublic func walk() {}\n",
    "Sources/Sketch/MinHash.swift": "import Shingles\n",
    "Sources/Analysis/Features.swift": textwrap.dedent('''\
        import FrontEnd
        @_implementationOnly import Sketch
        // import Index        (a comment, not an import)
        /* import Report
           import Jobs */
        let python = """
        import os
        import Index
        """
        '''),
    "Sources/Jobs/CompareJob.swift": "public import Analysis\n",
    "Sources/clonescan/Main.swift": "import ArgumentParser\n@preconcurrency import Jobs\n",
    "Sources/Fuzz/FuzzMain.swift": "import FrontEnd\n",
    "Tests/AnalysisTests/FeaturesTests.swift": "@testable import Analysis\nimport XCTest\n",
    # A resource, not a source of the target: its imports are not the target's.
    "Tests/AnalysisTests/Fixtures/sample.swift": "import Shingles\n",
}


def build(root, sketch_deps='"Shingles"', extra=None):
    files = dict(SOURCES)
    files.update(extra or {})
    files["Package.swift"] = PACKAGE.replace("{sketch_deps}", sketch_deps)
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def run(root):
    p = subprocess.run([sys.executable, CHECKER, "--root", root], capture_output=True, text=True)
    return p.returncode, p.stdout.splitlines()


class CheckArchitectureTests(unittest.TestCase):
    def test_a_clean_tree_passes(self):
        with tempfile.TemporaryDirectory() as root:
            build(root)
            code, lines = run(root)
            self.assertEqual(code, 0, lines)
            # 9 targets; edges: Shingles>CXXHash, Sketch>Shingles, Analysis>FrontEnd, Analysis>Sketch, Jobs>Analysis,
            # clonescan>ArgumentParser, clonescan>Jobs, clonescan-fuzz>FrontEnd, AnalysisTests>Analysis.
            self.assertEqual(lines, ["architecture: 9 targets, 9 import edges, all allowed"])

    def test_an_undeclared_import_and_an_unused_edge_are_both_reported(self):
        with tempfile.TemporaryDirectory() as root:
            # Analysis imports Shingles, which it reaches only through Sketch: not a declared dependency.
            # Sketch declares CXXHash and never imports it: an unused edge.
            build(root, sketch_deps='"Shingles", "CXXHash"',
                  extra={"Sources/Analysis/Channels.swift": "import Foundation\nimport Shingles\n"})
            code, lines = run(root)
            self.assertEqual(code, 1, lines)
            self.assertTrue(any(l.startswith("Sources/Analysis/Channels.swift:2: import Shingles:")
                                and "does not declare Shingles" in l for l in lines), lines)
            self.assertTrue(any(l.startswith("Package.swift:13: Sketch -> CXXHash:") and "unused edge" in l
                                for l in lines), lines)
            self.assertEqual(lines[-1], "architecture: 2 violations (rules: docs/architecture.md)")

    def test_never_edges_fail_even_when_declared(self):
        with tempfile.TemporaryDirectory() as root:
            build(root, sketch_deps='"Shingles", "FrontEnd"',
                  extra={"Sources/Sketch/Parse.swift": "import FrontEnd\n",
                         "Sources/Shingles/CLI.swift": "import ArgumentParser\n"})
            code, lines = run(root)
            self.assertEqual(code, 1, lines)
            self.assertIn("Package.swift:13: Sketch -> FrontEnd declared: never-edge: the sketch core knows no parser"
                          " and does no I/O", lines)
            self.assertIn("Sources/Sketch/Parse.swift:1: import FrontEnd: never-edge: the sketch core knows no parser"
                          " and does no I/O", lines)
            self.assertTrue(any(l.startswith("Sources/Shingles/CLI.swift:1: import ArgumentParser:")
                                and "library knows no command line" in l for l in lines), lines)

    def test_a_missing_package_is_a_usage_error(self):
        with tempfile.TemporaryDirectory() as root:
            code, _ = run(root)
            self.assertEqual(code, 2)


if __name__ == "__main__":
    unittest.main(verbosity=1)
