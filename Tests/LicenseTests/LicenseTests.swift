import Foundation
import XCTest
@testable import License

/// Shared fixtures: the database is loaded once per process (needs `make setup`).
enum Fixture {
    static let db: LicenseDatabase? = try? LicenseDatabase.shared()

    static func requireDB() throws -> LicenseDatabase {
        guard let db = db else {
            throw XCTSkip("license data missing at \(LicenseDatabase.defaultPath.path); run `make setup`")
        }
        return db
    }

    static func text(_ key: String) throws -> String {
        let db = try requireDB()
        guard let t = db.licenseText(key: key) else { throw XCTSkip("no text for \(key) in the dataset") }
        return t
    }

    /// A temporary tree with the given files (relative path → bytes); removed by the caller.
    static func tree(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("clonescan-license-\(UUID().uuidString)")
        for (rel, bytes) in files {
            let u = root.appendingPathComponent(rel)
            try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: u)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    static func tree(text files: [String: String]) throws -> URL {
        try tree(files.mapValues { Array($0.utf8) })
    }

    static func scan(_ files: [String: String]) throws -> LicenseReport {
        let root = try tree(text: files)
        defer { try? FileManager.default.removeItem(at: root) }
        return try LicenseScanner(database: requireDB()).scan(root: root)
    }
}

final class FullTextTests: XCTestCase {
    /// Real-world-shaped LICENSE files: the dataset's text with our own copyright line on top.
    func testCommonLicensesIdentified() throws {
        let cases: [(String, String)] = [
            ("mit", "MIT"), ("bsd-simplified", "BSD-2-Clause"), ("bsd-new", "BSD-3-Clause"), ("apache-2.0", "Apache-2.0"),
            ("gpl-2.0", "GPL-2.0-only"), ("gpl-3.0", "GPL-3.0-only"), ("lgpl-2.1", "LGPL-2.1-only"), ("lgpl-3.0", "LGPL-3.0-only"),
            ("mpl-2.0", "MPL-2.0"), ("isc", "ISC"), ("unlicense", "Unlicense"),
        ]
        for (key, spdx) in cases {
            let body = try Fixture.text(key)
            let license = "Copyright (c) 2019-2023 Jane Q. Hacker <jane@example.org>\nAll rights reserved.\n\n" + body
            let r = try Fixture.scan(["proj/LICENSE": license, "proj/src/main.c": "int main(void) { return 0; }\n"])
            XCTAssertEqual(r.declared, spdx, "\(key): \(r.findings.map { "\($0.spdx) \($0.source) \($0.confidence)" })")
            let f = try XCTUnwrap(r.findings.first { $0.path == "proj/LICENSE" })
            XCTAssertGreaterThanOrEqual(f.confidence, 0.9, key)
            XCTAssertTrue(r.copyrights.contains { $0.holder.contains("Jane Q. Hacker") }, key)
        }
    }

    func testBSD2IsNotBSD3AndMITIsNotISC() throws {
        let db = try Fixture.requireDB()
        let bsd2 = db.match(text: Array(("Copyright (c) 2001, Foo Corp\n" + (try Fixture.text("bsd-simplified"))).utf8))
        XCTAssertEqual(bsd2.map(\.spdx), ["BSD-2-Clause"])
        let bsd3 = db.match(text: Array(("Copyright (c) 2001, Foo Corp\n" + (try Fixture.text("bsd-new"))).utf8))
        XCTAssertEqual(bsd3.map(\.spdx), ["BSD-3-Clause"])
        XCTAssertEqual(db.match(text: Array((try Fixture.text("isc")).utf8)).map(\.spdx), ["ISC"])
        XCTAssertEqual(db.match(text: Array((try Fixture.text("mit")).utf8)).map(\.spdx), ["MIT"])
    }

    func testGPLOnlyVersusOrLater() throws {
        let db = try Fixture.requireDB()
        // The dataset's gpl-2.0-plus text is the or-later notice followed by the GPL-2.0 text: take the notice.
        let full = try Fixture.text("gpl-2.0-plus")
        let notice = full.components(separatedBy: "GNU GENERAL PUBLIC LICENSE").first ?? full
        XCTAssertTrue(notice.contains("at your option"))
        XCTAssertEqual(db.match(text: Array(notice.utf8)).first?.spdx, "GPL-2.0-or-later")
        let only = db.match(text: Array((try Fixture.text("gpl-2.0")).utf8))
        XCTAssertEqual(only.map(\.spdx), ["GPL-2.0-only"])
        // A source header with the or-later notice.
        let header = "# Copyright (C) 2010 Some Body\n#\n" + notice.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n") + "\n\ndef f(): pass\n"
        let r = try Fixture.scan(["pkg/mod.py": header])
        XCTAssertEqual(r.findings.first { $0.kind == .header }?.spdx, "GPL-2.0-or-later")
        XCTAssertEqual(r.declared, "GPL-2.0-or-later")
    }

    func testTwoLicensesInOneFileGiveTwoFindings() throws {
        let text = "Copyright 2020 A. Person\n\n" + (try Fixture.text("mit")) + "\n\n----\nThird-party code:\n\n" + (try Fixture.text("apache-2.0"))
        let r = try Fixture.scan(["LICENSE": text])
        let spdx = r.findings.filter { $0.path == "LICENSE" }.map(\.spdx)
        XCTAssertEqual(spdx, ["MIT", "Apache-2.0"])
        XCTAssertEqual(r.declared, "MIT AND Apache-2.0")
        let lines = r.findings.filter { $0.path == "LICENSE" }
        XCTAssertLessThan(lines[0].endLine, lines[1].startLine)
    }

    func testDatasetTextsMatchThemselves() throws {
        // Normaliser parity with scripts/license_index.py: each text matches its own license at full coverage.
        let db = try Fixture.requireDB()
        for key in ["mit", "apache-2.0", "gpl-3.0", "mpl-2.0", "zlib", "bsl-1.0", "cc0-1.0", "artistic-2.0", "epl-2.0", "agpl-3.0", "psf-2.0", "python"] {
            let t = try Fixture.text(key)
            let m = db.match(text: Array(t.utf8))
            XCTAssertEqual(m.first?.coverage ?? 0, 1.0, accuracy: 0.001, key)
            XCTAssertEqual(m.first?.spdx, db.licenses[key]?.spdx, key)
        }
    }
}

final class TreeTests: XCTestCase {
    func testSPDXTagsAndHeaders() throws {
        let r = try Fixture.scan([
            "src/a.c": "// SPDX-License-Identifier: GPL-2.0+ OR MIT\n// SPDX-FileCopyrightText: 2020 Ada Lovelace\nint a;\n",
            "src/b.go": "/* SPDX-License-Identifier: Apache-2.0 */\npackage b\n",
            "src/c.js": "/*\n * Copyright 2015 Google Inc.\n *\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n * you may not use this file except in compliance with the License.\n * You may obtain a copy of the License at\n *\n *     http://www.apache.org/licenses/LICENSE-2.0\n *\n * Unless required by applicable law or agreed to in writing, software\n * distributed under the License is distributed on an \"AS IS\" BASIS,\n * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n * See the License for the specific language governing permissions and\n * limitations under the License.\n */\nvar c = 1;\n",
        ])
        let tags = r.findings.filter { $0.kind == .spdxTag }
        XCTAssertEqual(Set(tags.map(\.spdx)), ["GPL-2.0-or-later OR MIT", "Apache-2.0"])
        XCTAssertEqual(tags.first { $0.path == "src/a.c" }?.startLine, 1)
        let header = try XCTUnwrap(r.findings.first { $0.kind == .header && $0.path == "src/c.js" })
        XCTAssertEqual(header.spdx, "Apache-2.0")
        XCTAssertEqual(header.startLine, 4)
        XCTAssertTrue(r.copyrights.contains { $0.holder == "Ada Lovelace" })
        XCTAssertTrue(r.copyrights.contains { $0.holder == "Google Inc" })
    }

    func testManifests() throws {
        let r = try Fixture.scan([
            "npm/package.json": #"{"name": "left-pad", "license": "WTFPL", "author": "Azer <a@b.c>", "repository": {"url": "git+https://github.com/azer/left-pad.git"}}"#,
            "py/pyproject.toml": "[project]\nname = \"tomli\"\nlicense = { text = \"MIT\" }\nauthors = [{ name = \"Taneli Hukkinen\" }]\nclassifiers = [\n  \"License :: OSI Approved :: MIT License\",\n]\n",
            "py2/pyproject.toml": "[project]\nname = \"x\"\nlicense-expression = \"BSD-3-Clause\"\n",
            "cfg/setup.cfg": "[metadata]\nname = foo\nlicense = Apache 2.0\nclassifiers =\n    License :: OSI Approved :: Apache Software License\n",
            "pkg/PKG-INFO": "Metadata-Version: 2.1\nName: zipp\nAuthor: Jason R. Coombs\nLicense: UNKNOWN\nClassifier: License :: OSI Approved :: MIT License\n\nlong description\n",
            "rs/Cargo.toml": "[package]\nname = \"serde\"\nlicense = \"MIT OR Apache-2.0\"\n",
            "rb/x.gemspec": "Gem::Specification.new do |s|\n  s.name = 'rails'\n  s.licenses = ['MIT']\nend\n",
            "php/composer.json": #"{"name": "a/b", "license": ["MIT", "GPL-3.0-or-later"]}"#,
            "java/pom.xml": "<project><artifactId>guava</artifactId><licenses><license><name>Apache License, Version 2.0</name></license></licenses></project>",
            "cs/x.csproj": "<Project><PropertyGroup><PackageId>Foo</PackageId><PackageLicenseExpression>MIT</PackageLicenseExpression></PropertyGroup></Project>",
        ])
        func spdx(_ path: String) -> [String] { r.findings.filter { $0.path == path }.map(\.spdx) }
        XCTAssertEqual(spdx("npm/package.json"), ["WTFPL"])
        XCTAssertEqual(Set(spdx("py/pyproject.toml")), ["MIT"])
        XCTAssertEqual(spdx("py2/pyproject.toml"), ["BSD-3-Clause"])
        XCTAssertEqual(Set(spdx("cfg/setup.cfg")), ["Apache-2.0"])
        XCTAssertEqual(spdx("pkg/PKG-INFO"), ["MIT"])
        XCTAssertEqual(spdx("rs/Cargo.toml"), ["MIT OR Apache-2.0"])
        XCTAssertEqual(spdx("rb/x.gemspec"), ["MIT"])
        XCTAssertEqual(spdx("php/composer.json"), ["MIT OR GPL-3.0-or-later"])
        XCTAssertEqual(spdx("java/pom.xml"), ["Apache-2.0"])
        XCTAssertEqual(spdx("cs/x.csproj"), ["MIT"])
        XCTAssertTrue(r.findings.filter { $0.kind == .manifest }.allSatisfy { $0.startLine >= 1 })
    }

    func testMalformedManifestsWarnButStillAnswer() throws {
        let r = try Fixture.scan([
            "a/package.json": "{\"name\": \"x\", \"license\": \"MIT\",,, oops",
            "b/Cargo.toml": "[package\nname = \"y\nlicense = \"Apache-2.0\"\n",
        ])
        XCTAssertTrue(r.warnings.contains { $0.contains("a/package.json") && $0.contains("malformed JSON") })
        XCTAssertTrue(r.warnings.contains { $0.contains("b/Cargo.toml") && $0.contains("malformed TOML") })
        XCTAssertEqual(r.findings.first { $0.path == "a/package.json" }?.spdx, "MIT")
    }

    func testDebianCopyrightPlainAndGzip() throws {
        let mit = try Fixture.text("mit").split(separator: "\n").map { $0.isEmpty ? " ." : " " + $0 }.joined(separator: "\n")
        let dep5 = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: go-diff\nSource: https://github.com/sergi/go-diff\n\nFiles: *\nCopyright: 2012 Sergi Mansilla\nLicense: Expat\n\nFiles: debian/*\nCopyright: 2017 Someone\nLicense: GPL-2+\n\nLicense: Expat\n\(mit)\n"
        let root = try Fixture.tree(text: ["usr/share/doc/golang-x/copyright": dep5, "usr/share/doc/other/copyright.src": dep5])
        defer { try? FileManager.default.removeItem(at: root) }
        // A gzip'd copy in a second package.
        let gz = root.appendingPathComponent("usr/share/doc/golang-y/copyright.gz")
        try FileManager.default.createDirectory(at: gz.deletingLastPathComponent(), withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "gzip -c \"$0\" > \"$1\"", root.appendingPathComponent("usr/share/doc/golang-x/copyright").path, gz.path]
        try p.run(); p.waitUntilExit()
        let r = try LicenseScanner(database: Fixture.requireDB()).scan(root: root)
        let deb = r.findings.filter { $0.kind == .debianCopyright }
        XCTAssertEqual(deb.filter { $0.path == "usr/share/doc/golang-x/copyright" }.map(\.spdx), ["MIT"])
        XCTAssertEqual(deb.filter { $0.path == "usr/share/doc/golang-y/copyright.gz" }.map(\.spdx), ["MIT"])
        XCTAssertEqual(r.declared, "MIT")
        XCTAssertTrue(r.identity.names.contains("go-diff"))
        XCTAssertTrue(r.copyrights.contains { $0.holder == "Sergi Mansilla" })
    }

    func testDebianParagraphCoveringManyFilesJoinsDeclared() throws {
        let dep5 = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nCopyright: 2011 Canonical\nLicense: Apache-2.0\n\nFiles: apic.go\n emitterc.go\nCopyright: 2006 Kirill Simonov\nLicense: Expat\n\nFiles: docs/*\nCopyright: 2006 X\nLicense: CC-BY-SA-4.0\n"
        let r = try Fixture.scan([
            "usr/share/doc/golang-yaml/copyright": dep5,
            "usr/share/gocode/src/yaml/apic.go": "package yaml\n", "usr/share/gocode/src/yaml/emitterc.go": "package yaml\n",
            "usr/share/gocode/src/yaml/yaml.go": "package yaml\n", "usr/share/gocode/src/yaml/decode.go": "package yaml\n",
        ])
        XCTAssertEqual(r.declared, "Apache-2.0 AND MIT")
    }

    func testJSONShape() throws {
        let r = try Fixture.scan(["LICENSE": "Copyright (c) 2020 X Y\n\n" + (try Fixture.text("mit"))])
        let data = try JSONEncoder().encode(r)
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(obj["declared"] as? String, "MIT")
        let f = try XCTUnwrap((obj["findings"] as? [[String: Any]])?.first)
        for k in ["spdx", "confidence", "path", "start_line", "end_line", "kind"] { XCTAssertNotNil(f[k], k) }
        XCTAssertEqual(try JSONDecoder().decode(LicenseReport.self, from: data), r)
    }

    func testMissingDataErrorNamesPathAndSetup() {
        XCTAssertThrowsError(try LicenseDatabase(path: URL(fileURLWithPath: "/nonexistent/clonescan-data"))) { e in
            let s = "\(e)"
            XCTAssertTrue(s.contains("/nonexistent/clonescan-data") && s.contains("make setup"), s)
        }
    }
}

final class BadInputTests: XCTestCase {
    func testBinaryLatin1UTF16EmptyAndHuge() throws {
        let mit = try Fixture.text("mit")
        var latin1 = Array("Copyright (c) 2020 J".utf8) + [0xF6] + Array("rg M".utf8) + [0xFC] + Array("ller\n\n".utf8)
        latin1 += Array(mit.utf8)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for u in ("Copyright 2021 Zoë\n\n" + mit).utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        var binary: [UInt8] = []
        for i in 0..<5000 { binary.append(UInt8(truncatingIfNeeded: i &* 7919)) }
        // 50 MB: an MIT text followed by filler; only the first MiB is read.
        var huge = Array(mit.utf8)
        huge += [UInt8](repeating: 0x61, count: 50 * 1024 * 1024)
        let root = try Fixture.tree(["l1/LICENSE": latin1, "u16/LICENSE": utf16, "bin/LICENSE": binary, "empty/LICENSE": [], "huge/LICENSE": huge])
        defer { try? FileManager.default.removeItem(at: root) }
        let start = Date()
        let r = try LicenseScanner(database: Fixture.requireDB()).scan(root: root)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        func spdx(_ p: String) -> [String] { r.findings.filter { $0.path == p }.map(\.spdx) }
        XCTAssertEqual(spdx("l1/LICENSE"), ["MIT"])
        XCTAssertEqual(spdx("u16/LICENSE"), ["MIT"])
        XCTAssertEqual(spdx("huge/LICENSE"), ["MIT"])
        XCTAssertEqual(spdx("bin/LICENSE"), [])
        XCTAssertTrue(r.warnings.contains { $0.hasPrefix("bin/LICENSE") && $0.contains("binary") })
        XCTAssertTrue(r.warnings.contains { $0.hasPrefix("empty/LICENSE") && $0.contains("empty") })
        XCTAssertTrue(r.warnings.contains { $0.hasPrefix("huge/LICENSE") && $0.contains("only the first") })
        XCTAssertTrue(r.copyrights.contains { $0.path == "u16/LICENSE" && $0.holder.contains("Zoë") })
    }

    func testGarbageNeverCrashes() throws {
        let db = try Fixture.requireDB()
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let n = Int.random(in: 0..<3000, using: &rng)
            let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            _ = db.match(text: bytes)
            _ = TextDecoding.decode(bytes)
        }
        _ = SPDX.normalize(expression: "((MIT AND", db: db)
        _ = SPDX.normalize(expression: ")", db: db)
        XCTAssertNil(SPDX.normalize(expression: "MIT AND", db: db))
        XCTAssertEqual(SPDX.normalize(expression: "(mit or apache-2.0) AND GPL-2.0+", db: db), "(MIT OR Apache-2.0) AND GPL-2.0-or-later")
        XCTAssertEqual(SPDX.normalize(expression: "MIT/Apache-2.0", db: db), "MIT OR Apache-2.0")
    }
}

final class AttributionTests: XCTestCase {
    func makeReference() throws -> (LicenseReport, ReferenceIdentity) {
        let ref = try Fixture.scan([
            "docopt-0.6.2/LICENSE-MIT": "Copyright (c) 2012 Vladimir Keleshev, <vladimir@keleshev.com>\n\n" + (try Fixture.text("mit")),
            "docopt-0.6.2/PKG-INFO": "Metadata-Version: 1.1\nName: docopt\nAuthor: Vladimir Keleshev\nHome-page: http://docopt.org\nLicense: MIT\n",
            "docopt-0.6.2/docopt.py": "\"\"\"Pythonic command-line interface parser.\"\"\"\n",
        ])
        return (ref, ReferenceIdentity.from(report: ref))
    }

    func check(_ files: [String: String], names: [String] = []) throws -> Attribution {
        let (_, id) = try makeReference()
        let root = try Fixture.tree(text: files)
        defer { try? FileManager.default.removeItem(at: root) }
        return try AttributionChecker.check(reference: id, suspectRoot: root, suspectNames: names)
    }

    func testYesWhenReadmeSaysForkOf() throws {
        let a = try check(["README.md": "# docopt-ng\n\ndocopt-ng is a fork of the original docopt.\n", "docopt.py": "x = 1\n"], names: ["docopt-ng"])
        XCTAssertEqual(a.verdict, .yes)
        XCTAssertEqual(a.evidence.first?.display, "README.md:3: docopt-ng is a fork of the original docopt.")
    }

    func testYesWhenHeaderKeepsHolder() throws {
        let a = try check(["cli/parse.py": "# Copyright (c) 2012 Vladimir Keleshev\n# MIT license\nx = 1\n"])
        XCTAssertEqual(a.verdict, .yes)
    }

    func testWeakWhenOnlyChangelog() throws {
        let a = try check(["CHANGELOG.md": "## 1.0\n- parser ported from docopt 0.6\n", "main.py": "x = 1\n"])
        XCTAssertEqual(a.verdict, .weak)
    }

    func testNoWhenSelfMentionOnly() throws {
        let a = try check(["README.md": "docopt-ng: parse arguments.\nInstall docopt-ng with pip.\n"], names: ["docopt-ng"])
        XCTAssertEqual(a.verdict, .no)
    }

    func testCommonWordNameNeedsContext() throws {
        let id = ReferenceIdentity(names: ["diff"])
        let root = try Fixture.tree(text: ["README.md": "Shows a diff of two files.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        XCTAssertEqual(try AttributionChecker.check(reference: id, suspectRoot: root).verdict, .no)
        let root2 = try Fixture.tree(text: ["README.md": "This is a port of diff to Rust.\n"])
        defer { try? FileManager.default.removeItem(at: root2) }
        XCTAssertEqual(try AttributionChecker.check(reference: id, suspectRoot: root2).verdict, .yes)
    }
}

final class ObligationTests: XCTestCase {
    func testNoticeDroppedAndRelicensed() throws {
        let mitRef = try Fixture.scan(["LICENSE": "Copyright (c) 2012 Vladimir Keleshev\n\n" + (try Fixture.text("mit"))])
        let apacheSus = try Fixture.scan(["LICENSE": "Copyright 2024 Clone Corp\n\n" + (try Fixture.text("apache-2.0"))])
        let none = Attribution(verdict: .no, evidence: [])
        let kept = Obligations.noticeCheck(reference: mitRef, suspect: apacheSus)
        XCTAssertFalse(kept.kept)
        let broken = Obligations.evaluate(reference: mitRef, suspect: apacheSus, attribution: none, noticeKept: kept.kept)
        XCTAssertEqual(broken.map(\.rule), ["notice-not-kept"])
        XCTAssertEqual(broken.first?.license, "MIT")

        // Notice kept: copyright line and MIT text in the suspect.
        let keptSus = try Fixture.scan(["LICENSE": "Copyright (c) 2012 Vladimir Keleshev\nCopyright (c) 2024 Clone Corp\n\n" + (try Fixture.text("mit"))])
        let k2 = Obligations.noticeCheck(reference: mitRef, suspect: keptSus)
        XCTAssertTrue(k2.kept)
        XCTAssertEqual(Obligations.evaluate(reference: mitRef, suspect: keptSus, attribution: none, noticeKept: true), [])
    }

    func testCopyleftRelicensing() throws {
        let gpl = try Fixture.scan(["COPYING": try Fixture.text("gpl-2.0")])
        let lgpl = try Fixture.scan(["COPYING.LESSER": try Fixture.text("lgpl-2.1")])
        let mpl = try Fixture.scan(["LICENSE": try Fixture.text("mpl-2.0")])
        let mit = try Fixture.scan(["LICENSE": "Copyright (c) 2024 Clone Corp\n\n" + (try Fixture.text("mit"))])
        let gpl3 = try Fixture.scan(["COPYING": try Fixture.text("gpl-3.0")])
        let att = Attribution(verdict: .yes, evidence: [])
        for ref in [gpl, lgpl, mpl] {
            let b = Obligations.evaluate(reference: ref, suspect: mit, attribution: att, noticeKept: true)
            XCTAssertTrue(b.contains { $0.rule == "copyleft-relicensed" }, "\(ref.declared ?? "")")
        }
        // GPL-2.0-only into GPL-3.0: not allowed; LGPL-2.1 into GPL-3.0: allowed.
        XCTAssertTrue(Obligations.evaluate(reference: gpl, suspect: gpl3, attribution: att, noticeKept: true).contains { $0.rule == "copyleft-relicensed" })
        XCTAssertFalse(Obligations.evaluate(reference: lgpl, suspect: gpl3, attribution: att, noticeKept: true).contains { $0.rule == "copyleft-relicensed" })
        // Apache-2.0 into GPL-2.0-only: incompatible.
        let apache = try Fixture.scan(["LICENSE": try Fixture.text("apache-2.0"), "NOTICE": "Foo\nCopyright 2020 The Foo Authors\n"])
        let b = Obligations.evaluate(reference: apache, suspect: gpl, attribution: att, noticeKept: true)
        XCTAssertTrue(b.contains { $0.rule == "incompatible-combination" })
        XCTAssertTrue(b.contains { $0.rule == "apache-notice-file" })
    }
}

final class ComparisonTests: XCTestCase {
    func testHeadlineUnattributedAndLicenseChanged() throws {
        let db = try Fixture.requireDB()
        let ref = try Fixture.tree(text: ["lib/COPYING": try Fixture.text("lgpl-2.1"), "lib/PKG-INFO": "Name: fancylib\nAuthor: Ann Author\n",
                                          "lib/fancy.c": "/* Copyright (C) 2001 Ann Author */\nint fancy(void);\n"])
        let sus = try Fixture.tree(text: ["LICENSE": "Copyright (c) 2024 Clone Corp\n\n" + (try Fixture.text("mit")), "README.md": "A fast library.\n",
                                          "src/fancy.c": "int fancy(void);\n"])
        defer { try? FileManager.default.removeItem(at: ref); try? FileManager.default.removeItem(at: sus) }
        let c = try LicenseComparison.evaluate(reference: ref, suspect: sus, scanner: LicenseScanner(database: db))
        XCTAssertEqual(c.attribution.verdict, .no)
        XCTAssertEqual(c.headline, "UNATTRIBUTED, license changed LGPL-2.1-only -> MIT")
        XCTAssertTrue(c.obligations.contains { $0.rule == "copyleft-relicensed" })
        let report = try LicenseScanner(database: db).scan(root: sus)
        XCTAssertTrue(report.renderText().contains("declared license MIT"))
        XCTAssertNoThrow(try report.jsonData())
    }
}
