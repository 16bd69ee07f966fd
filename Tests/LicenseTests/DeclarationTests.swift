import Foundation
import XCTest
@testable import License

/// Exact declared expressions (issue 19, item 3) and where the license lives (item 4).
final class DeclarationTests: XCTestCase {
    /// The or-later notice that precedes the LGPL-2.1 text in the dataset's `lgpl-2.1-plus`.
    func lgplOrLaterNotice() throws -> String {
        let full = try Fixture.text("lgpl-2.1-plus")
        let notice = full.components(separatedBy: "GNU LESSER GENERAL PUBLIC LICENSE").first ?? full
        XCTAssertTrue(notice.contains("at your option"))
        return notice
    }

    func header(_ notice: String) -> String {
        "######################## BEGIN LICENSE BLOCK ########################\n"
            + notice.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n")
            + "\n######################### END LICENSE BLOCK #########################\n\nimport os\n"
    }

    func testValidTOMLWithMultiLineArraysParsesWithoutWarning() throws {
        let pyproject = """
        [project]
        name = "example"
        license = "MIT"
        authors = [{ name = "Ann Author", email = "ann@example.org" }]

        [tool.ruff]
        select = [
            "E",   # pycodestyle
            "F",
        ]
        ignore = ['E501']

        [tool.ruff.per-file-ignores]
        "tests/*" = ["S101"]
        """
        let r = try Fixture.scan(["example-1.0/pyproject.toml": pyproject])
        XCTAssertEqual(r.warnings, [])
        let finding = try XCTUnwrap(r.findings.first { $0.kind == .manifest })
        XCTAssertEqual(finding.spdx, "MIT")
        XCTAssertEqual(finding.startLine, 3)
        XCTAssertEqual(finding.source, "project.license")
        XCTAssertEqual(r.identity.authors, ["Ann Author"])
    }

    func testMalformedTOMLAndXMLWarnWithPosition() throws {
        let r = try Fixture.scan(["a/pyproject.toml": "[project]\nname = \"x\"\nlicense = \"MIT\n", "b/pom.xml": "<project><licenses><license><name>MIT</name></licenses>"])
        XCTAssertTrue(r.warnings.contains { $0.hasPrefix("a/pyproject.toml: malformed TOML at line 3") }, "\(r.warnings)")
        XCTAssertTrue(r.warnings.contains { $0.hasPrefix("b/pom.xml: malformed XML") }, "\(r.warnings)")
        XCTAssertTrue(r.findings.isEmpty)
    }

    func testNuspecLicenseExpressionAndPomLicenses() throws {
        let r = try Fixture.scan([
            "n/x.nuspec": "<?xml version=\"1.0\"?>\n<package><metadata><id>Foo</id>\n<license type=\"expression\">Apache-2.0 OR MIT</license>\n<authors>Ann, Bob</authors></metadata></package>",
            "p/pom.xml": "<project>\n<artifactId>lib</artifactId>\n<licenses>\n<license><name>MIT License</name></license>\n</licenses>\n<dependencies><dependency><artifactId>dep</artifactId></dependency></dependencies>\n</project>",
        ])
        XCTAssertEqual(r.findings.first { $0.path == "n/x.nuspec" }?.spdx, "Apache-2.0 OR MIT")
        XCTAssertEqual(r.findings.first { $0.path == "n/x.nuspec" }?.startLine, 3)
        XCTAssertEqual(r.findings.first { $0.path == "p/pom.xml" }?.spdx, "MIT")
        XCTAssertTrue(r.identity.names.contains("lib") && !r.identity.names.contains("dep"))
        XCTAssertTrue(r.identity.authors.contains("Bob"))
    }

    /// chardet 6.0.0: the LGPL-2.1 text, but PKG-INFO and pyproject say LGPL-2.1-or-later.
    func testPackageDeclarationComesBeforeLicenseText() throws {
        let r = try Fixture.scan([
            "chardet-6.0.0/LICENSE": try Fixture.text("lgpl-2.1"),
            "chardet-6.0.0/PKG-INFO": "Metadata-Version: 2.4\nName: chardet\nVersion: 6.0.0\nLicense: LGPL-2.1-or-later\nLicense-File: LICENSE\n\nChardet\n",
            "chardet-6.0.0/pyproject.toml": "[project]\nname = \"chardet\"\nlicense = { text = \"LGPL-2.1-or-later\" }\n",
        ])
        XCTAssertEqual(r.declared, "LGPL-2.1-or-later")
        XCTAssertEqual(r.declaredFrom, ["chardet-6.0.0/PKG-INFO", "chardet-6.0.0/pyproject.toml"])
        let pkgInfo = try XCTUnwrap(r.declaredBy.first { $0.path == "chardet-6.0.0/PKG-INFO" })
        XCTAssertEqual(pkgInfo.line, 4)
        XCTAssertEqual(pkgInfo.source, "License")
        XCTAssertEqual(r.declaredBy.first { $0.path == "chardet-6.0.0/pyproject.toml" }?.source, "project.license.text")
    }

    func testLicenseExpressionFieldBeatsFreeTextField() throws {
        let r = try Fixture.scan([
            "p/LICENSE": "Copyright (c) 2024 Dan Blanchard\n\n" + (try Fixture.text("mit")),
            "p/PKG-INFO": "Metadata-Version: 2.4\nName: x\nLicense: BSD\nLicense-Expression: MIT\n\nbody\n",
        ])
        XCTAssertEqual(r.declared, "MIT")
        XCTAssertEqual(r.declaredBy.map(\.source), ["License-Expression"])
    }

    /// chardet 5.2.0: LGPL-2.1 text only; headers say "or (at your option) any later version".
    func testHeaderOrLaterNoticeMakesTextOrLater() throws {
        let files = ["chardet-5.2.0/LICENSE": try Fixture.text("lgpl-2.1"), "chardet-5.2.0/chardet/__init__.py": header(try lgplOrLaterNotice())]
        let r = try Fixture.scan(files)
        XCTAssertEqual(r.declared, "LGPL-2.1-or-later")
        let orLater = try XCTUnwrap(r.declaredBy.first { $0.use == "or-later" })
        XCTAssertEqual(orLater.path, "chardet-5.2.0/chardet/__init__.py")
        // Without the notice the text alone is -only (as ScanCode reports a bare LGPL text).
        let bare = try Fixture.scan(["chardet-5.2.0/LICENSE": try Fixture.text("lgpl-2.1"), "chardet-5.2.0/chardet/__init__.py": "import os\n"])
        XCTAssertEqual(bare.declared, "LGPL-2.1-only")
    }

    func testClassifierAndReadmeOrLaterCount() throws {
        let classifier = try Fixture.scan([
            "p/COPYING": try Fixture.text("lgpl-2.1"),
            "p/PKG-INFO": "Metadata-Version: 2.1\nName: p\nClassifier: License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)\n\nx\n",
        ])
        XCTAssertEqual(classifier.declared, "LGPL-2.1-or-later")
        XCTAssertEqual(classifier.declaredBy.first { $0.use == "or-later" }?.source, "classifier")
        let readme = try Fixture.scan(["p/COPYING": try Fixture.text("lgpl-2.1"), "p/README.md": "# p\n\nLicense\n-------\n\n" + (try lgplOrLaterNotice())])
        XCTAssertEqual(readme.declared, "LGPL-2.1-or-later")
        XCTAssertEqual(readme.findings.first { $0.kind == .readme }?.path, "p/README.md")
        // A vague classifier ("GPL" without "or later") upgrades nothing.
        let vague = try Fixture.scan([
            "p/COPYING": try Fixture.text("gpl-2.0"),
            "p/PKG-INFO": "Metadata-Version: 2.1\nName: p\nClassifier: License :: OSI Approved :: GNU General Public License (GPL)\n\nx\n",
        ])
        XCTAssertEqual(vague.declared, "GPL-2.0-only")
    }

    /// packaging 24.1: LICENSE offers LICENSE.APACHE or LICENSE.BSD.
    func testChoiceBetweenLicenseFilesIsOR() throws {
        let choice = "This software is made available under the terms of *either* of the licenses\nfound in LICENSE.APACHE or LICENSE.BSD. Contributions to this software is made\nunder the terms of *both* these licenses.\n"
        let r = try Fixture.scan([
            "packaging-24.1/LICENSE": choice,
            "packaging-24.1/LICENSE.APACHE": try Fixture.text("apache-2.0"),
            "packaging-24.1/LICENSE.BSD": "Copyright (c) Donald Stufft and individual contributors.\nAll rights reserved.\n\n" + (try Fixture.text("bsd-simplified")),
            "packaging-24.1/PKG-INFO": "Metadata-Version: 2.1\nName: packaging\nClassifier: License :: OSI Approved :: Apache Software License\nClassifier: License :: OSI Approved :: BSD License\n\nx\n",
        ])
        XCTAssertEqual(r.declared, "Apache-2.0 OR BSD-2-Clause")
        XCTAssertEqual(r.declaredFrom, ["packaging-24.1/LICENSE", "packaging-24.1/LICENSE.APACHE", "packaging-24.1/LICENSE.BSD"])
        // Two texts with no choice stated stay AND.
        let both = try Fixture.scan(["x/LICENSE.APACHE": try Fixture.text("apache-2.0"), "x/LICENSE.BSD": try Fixture.text("bsd-simplified")])
        XCTAssertEqual(both.declared, "Apache-2.0 AND BSD-2-Clause")
    }

    /// chardet-7.0.0/src/chardet: no license of its own; the package root two levels up declares MIT.
    func testSubdirectoryTakesEnclosingPackageRootLicense() throws {
        let root = try Fixture.tree(text: [
            "chardet-7.0.0/LICENSE": "MIT License\n\nCopyright (c) 2024 Dan Blanchard\n\n" + (try Fixture.text("mit")),
            "chardet-7.0.0/PKG-INFO": "Metadata-Version: 2.4\nName: chardet\nLicense-Expression: MIT\n\nbody\n",
            "chardet-7.0.0/src/chardet/__init__.py": "\"\"\"Universal character encoding detector.\"\"\"\n",
            "chardet-7.0.0/src/chardet/detector.py": "def detect(b): pass\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let scanner = LicenseScanner(database: try Fixture.requireDB())
        let sub = root.appendingPathComponent("chardet-7.0.0/src/chardet")
        let r = try scanner.scan(root: sub)
        XCTAssertEqual(r.declared, "MIT")
        XCTAssertEqual(r.licenseRoot, root.appendingPathComponent("chardet-7.0.0").standardizedFileURL.path)
        XCTAssertEqual(r.declaredFrom, ["../../PKG-INFO"])
        XCTAssertEqual(r.declaredBy.first?.line, 3)
        XCTAssertTrue(r.copyrights.contains { $0.holder == "Dan Blanchard" && $0.path == "../../LICENSE" })
        // The package root itself is its own license root.
        XCTAssertEqual(try scanner.scan(root: root.appendingPathComponent("chardet-7.0.0")).licenseRoot,
                       root.appendingPathComponent("chardet-7.0.0").path)
    }

    func testRepositoryRootEndsTheSearch() throws {
        let root = try Fixture.tree(text: ["LICENSE": try Fixture.text("mit"), "repo/.git/HEAD": "ref: refs/heads/main\n", "repo/pkg/a.py": "x = 1\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let r = try LicenseScanner(database: try Fixture.requireDB()).scan(root: root.appendingPathComponent("repo/pkg"))
        XCTAssertNil(r.declared)
        XCTAssertEqual(r.licenseRoot, root.appendingPathComponent("repo").standardizedFileURL.path)
    }

    /// The FSF's copyright inside the GPL/LGPL text is the license's, not the project's.
    func testCopyrightInsideLicenseTextIsNotAHolder() throws {
        let r = try Fixture.scan(["p/COPYING": try Fixture.text("gpl-2.0"), "p/a.c": "/* Copyright (C) 2003 Ann Author */\nint a;\n"])
        XCTAssertFalse(r.copyrights.contains { $0.holder.contains("Free Software Foundation") }, "\(r.copyrights)")
        XCTAssertTrue(r.copyrights.contains { $0.holder == "Ann Author" })
        XCTAssertEqual(ReferenceIdentity.from(report: r).holders, ["Ann Author"])
        // The PSF's line is the licensor's own notice in the PSF agreement: kept.
        let psf = try Fixture.scan(["LICENSE": "Copyright (c) 2001-2023 Python Software Foundation; All Rights Reserved\n\n" + (try Fixture.text("psf-2.0"))])
        XCTAssertTrue(psf.copyrights.contains { $0.holder.contains("Python Software Foundation") })
    }

    func testHolderDropsEmailCutAtLineEnd() throws {
        let r = try Fixture.scan(["LICENSE": "Copyright © 2009-2014 Florent Xicluna <florent.xicluna@gmail.com>\nCopyright (c) 2012 Vladimir Keleshev, <vladimir@keleshev.com>\n\n" + (try Fixture.text("mit"))])
        XCTAssertEqual(r.copyrights.map(\.holder), ["Florent Xicluna", "Vladimir Keleshev"])
    }

    func testMapIDsKeepsOperatorsAndExceptions() {
        XCTAssertEqual(SPDX.mapIDs("(GPL-2.0-only WITH Classpath-exception-2.0) OR MIT") { $0 == "GPL-2.0-only" ? "GPL-2.0-or-later" : $0.lowercased() },
                       "(GPL-2.0-or-later WITH Classpath-exception-2.0) OR mit")
    }
}
