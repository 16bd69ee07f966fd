import Foundation
import XCTest
@testable import License

/// Attribution as a person reads it (issue 19, item 2).
final class AttributionReadingTests: XCTestCase {
    /// A reference shaped like chardet 6.0.0: LGPL text (with the FSF's line), PKG-INFO, headers naming Mark Pilgrim.
    func chardetReference() throws -> [String: String] {
        [
            "chardet-6.0.0/LICENSE": try Fixture.text("lgpl-2.1"),
            "chardet-6.0.0/PKG-INFO": "Metadata-Version: 2.4\nName: chardet\nProject-URL: Repository, https://github.com/chardet/chardet\nAuthor-email: Mark Pilgrim <mark@diveintomark.org>\nLicense: LGPL-2.1-or-later\n\nChardet\n",
            "chardet-6.0.0/chardet/universaldetector.py": "# The Original Code is Mozilla Universal charset detector code.\n# Contributor(s):\n#   Mark Pilgrim - port to Python\n\nclass UniversalDetector: pass\n",
        ]
    }

    func compare(reference: [String: String], suspect: [String: String]) throws -> LicenseComparison {
        let ref = try Fixture.tree(text: reference)
        let sus = try Fixture.tree(text: suspect)
        defer { try? FileManager.default.removeItem(at: ref); try? FileManager.default.removeItem(at: sus) }
        return try LicenseComparison.evaluate(reference: ref, suspect: sus, scanner: LicenseScanner(database: try Fixture.requireDB()))
    }

    /// Headers stripped, a GPL-2.0 LICENSE added (its text names the FSF, as the reference's LGPL text does),
    /// the original's package name kept in imports: not attribution.
    func testStrippedCopyWithGPLLicenseIsUnattributed() throws {
        let c = try compare(reference: try chardetReference(), suspect: [
            "fastdetect/LICENSE": "Copyright (C) 2025 Someone Else\n\n" + (try Fixture.text("gpl-2.0")),
            "fastdetect/README.md": "# fastdetect\n\nFast encoding detection.\n\n```python\nimport chardet\nfrom chardet.universaldetector import UniversalDetector\n```\n",
            "fastdetect/fastdetect/detector.py": "from chardet._utils import (\n    DEFAULT,\n)\nimport chardet\nclass UniversalDetector: pass\n",
        ])
        XCTAssertEqual(c.attribution.verdict, .no, "\(c.attribution.evidence.map(\.display))")
        XCTAssertEqual(c.attribution.evidence, [])
    }

    func testRewriteOfNamedReferenceIsYesWithStructuredEvidence() throws {
        let c = try compare(reference: try chardetReference(), suspect: [
            "chardet-7.0.0/README.md": "# chardet\n\nchardet 7.0 is a ground-up, MIT-licensed rewrite of [chardet](https://github.com/chardet/chardet).\n",
            "chardet-7.0.0/PKG-INFO": "Metadata-Version: 2.4\nName: chardet\nProject-URL: Repository, https://github.com/chardet/chardet\nLicense-Expression: MIT\n\nbody\n",
            "chardet-7.0.0/src/chardet/__init__.py": "from chardet._utils import x\n",
        ])
        XCTAssertEqual(c.attribution.verdict, .yes)
        let e = try XCTUnwrap(c.attribution.evidence.first)
        XCTAssertEqual(e.path, "chardet-7.0.0/README.md")
        XCTAssertEqual(e.line, 3)
        XCTAssertEqual(e.signal, "name+phrase")
        XCTAssertTrue(e.strong)
        // The suspect's own metadata (same name, same URL) is not credit.
        XCTAssertFalse(c.attribution.evidence.contains { $0.path.hasSuffix("PKG-INFO") })
        XCTAssertFalse(c.attribution.evidence.contains { $0.path.hasSuffix("__init__.py") })
    }

    func testSameNameWithoutPhraseIsNotCredit() throws {
        let c = try compare(reference: try chardetReference(), suspect: [
            "chardet-7.0.0/README.md": "# chardet\n\nUse chardet to detect encodings.\n",
            "chardet-7.0.0/PKG-INFO": "Metadata-Version: 2.4\nName: chardet\nLicense-Expression: MIT\n\nbody\n",
        ])
        XCTAssertEqual(c.attribution.verdict, .no, "\(c.attribution.evidence.map(\.display))")
    }

    func testKeptHeaderNamingTheAuthorIsYes() throws {
        let c = try compare(reference: try chardetReference(), suspect: [
            "vendor/chardet/universaldetector.py": "# Contributor(s):\n#   Mark Pilgrim - port to Python\nclass UniversalDetector: pass\n",
        ])
        XCTAssertEqual(c.attribution.verdict, .yes)
        XCTAssertEqual(c.attribution.evidence.first?.signal, "author")
    }

    /// contextlib2: "a backport of the standard library's contextlib" credits CPython (PSF holder).
    func testBackportOfStandardLibraryIsYes() throws {
        let reference = ["Lib/contextlib.py": "\"\"\"Utilities for with-statement contexts.  See PEP 343.\"\"\"\nimport abc\n",
                         "LICENSE": "Copyright (c) 2001-2023 Python Software Foundation; All Rights Reserved\n\n" + (try Fixture.text("psf-2.0"))]
        let c = try compare(reference: reference, suspect: [
            "contextlib2-21.6.0/README.rst": "contextlib2 is a backport of the standard library's contextlib module to earlier Python versions.\n",
            "contextlib2-21.6.0/contextlib2/__init__.py": "\"\"\"contextlib2 - backports and enhancements to the contextlib module\"\"\"\n",
        ])
        XCTAssertEqual(c.attribution.verdict, .yes)
        XCTAssertTrue(c.attribution.evidence.contains { $0.path == "contextlib2-21.6.0/README.rst" && $0.signal == "name+phrase" })
    }

    /// A reference given as code only: its identity comes from its package and directory names.
    func testCodeOnlyReferenceIsRecognisedByPackageName() throws {
        let reference = ["docopt/__init__.py": "# Copyright (c) 2012 Vladimir Keleshev\ndef docopt(doc): pass\n"]
        let ported = try compare(reference: reference, suspect: ["README.md": "# clparse\n\nA Go port of docopt.\n", "parse.go": "package clparse\n"])
        XCTAssertEqual(ported.attribution.verdict, .yes)
        XCTAssertEqual(ported.attribution.evidence.first?.signal, "name+phrase")
        let silent = try compare(reference: reference, suspect: ["README.md": "# clparse\n\nParses command lines.\n", "parse.go": "package clparse\n"])
        XCTAssertEqual(silent.attribution.verdict, .no)
        XCTAssertTrue(ReferenceIdentity.from(report: try Fixture.scan(reference), root: URL(fileURLWithPath: "/x/docopt-0.6.2")).codeNames.contains("docopt"))
    }

    /// An installed Debian package named after its project (`ruby-activesupport`) where its DEP-5 Upstream-Name is
    /// another (`rails`): a port that names the project is credit; one that only shares a word of it is not.
    func testDebianPackageNameIdentifiesTheProject() throws {
        let reference = [
            "usr/share/doc/ruby-activesupport/copyright": "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: rails\n\nFiles: *\nCopyright: 2005-2022 David Heinemeier Hansson\nLicense: Expat\n",
            "usr/share/rubygems-integration/all/gems/activesupport-6.1.7/lib/active_support/inflector/methods.rb": "module ActiveSupport\n  def pluralize(word) word end\nend\n",
        ]
        let port = try compare(reference: reference, suspect: ["README.md": "# inflected\n\nA port of ActiveSupport's inflector to Node.js.\n",
                                                             "src/index.js": "export function pluralize(w) { return w; }\n"])
        XCTAssertEqual(port.attribution.verdict, .yes, "\(port.attribution.evidence.map(\.display))")
        let silent = try compare(reference: reference, suspect: ["README.md": "# words\n\nPluralizes English words.\n",
                                                               "src/index.js": "export function pluralize(w) { return w; }\n"])
        XCTAssertEqual(silent.attribution.verdict, .no)
        XCTAssertEqual(ReferenceIdentity.debianProjectName("ruby-activesupport"), "activesupport")
        XCTAssertEqual(ReferenceIdentity.debianProjectName("libalgorithm-diff-perl"), "algorithm-diff")
        XCTAssertEqual(ReferenceIdentity.debianProjectName("golang-github-joho-godotenv-dev"), "godotenv")
        XCTAssertEqual(ReferenceIdentity.debianProjectName("python3-unidecode"), "unidecode")
        XCTAssertNil(ReferenceIdentity.debianProjectName("python3-src"), "a generic name identifies nothing")
    }

    func testChangelogMentionIsWeak() throws {
        let c = try compare(reference: try chardetReference(), suspect: [
            "detect/CHANGES.md": "## 1.0\n- tables taken from chardet\n", "detect/README.md": "# detect\n",
        ])
        XCTAssertEqual(c.attribution.verdict, .weak)
        XCTAssertEqual(c.attribution.evidence.first?.strong, false)
    }

    /// A module named like the reference's module, a holder's name inside the suspect's own URL, a common-word
    /// module after "based on": none is credit.
    func testCodeWordsAndURLsAreNotCredit() throws {
        let reference = [
            "PyYAML-5.4.1/PKG-INFO": "Metadata-Version: 1.2\nName: PyYAML\nAuthor: Kirill Simonov\n\nYAML parser\n",
            "PyYAML-5.4.1/LICENSE": "Copyright (c) 2006-2016 SeatGeek\n\n" + (try Fixture.text("mit")),
            "PyYAML-5.4.1/lib/yaml/__init__.py": "from .error import *\n",
            "PyYAML-5.4.1/lib/yaml/decoder.py": "x = 1\n",
        ]
        let c = try compare(reference: reference, suspect: [
            "other-1.0/README.rst": "other\r\n=====\r\n\r\nThe decoder is fast.\r\n- move setting of version based on YAML directive to scanner\r\n"
                + "Issues: https://github.com/seatgeek/other/issues\r\n",
            "other-1.0/PKG-INFO": "Metadata-Version: 2.1\nName: other\n\nbody\n",
        ])
        XCTAssertEqual(c.attribution.verdict, .no, "\(c.attribution.evidence.map(\.display))")
    }

    /// Vendored copies keep the original's license beside them as `NAME.LICENSE.txt`; CRLF files are read by line.
    func testVendoredLicenseFileAndCRLF() throws {
        let c = try compare(reference: ["appdirs-1.4.4/LICENSE.txt": "Copyright (c) 2010 ActiveState Software Inc.\n\n" + (try Fixture.text("mit")),
                                        "appdirs-1.4.4/appdirs.py": "def user_data_dir(): pass\n"],
                            suspect: ["pip/_vendor/appdirs.LICENSE.txt": ("# This is the MIT license\n\nCopyright (c) 2010 ActiveState Software Inc.\n\n" + (try Fixture.text("mit"))).replacingOccurrences(of: "\n", with: "\r\n"),
                                      "pip/_vendor/appdirs.py": "def user_data_dir(): return 1\n"])
        XCTAssertEqual(c.attribution.verdict, .yes)
        XCTAssertEqual(c.attribution.evidence.first?.path, "pip/_vendor/appdirs.LICENSE.txt")
        XCTAssertEqual(c.attribution.evidence.first?.line, 3)
        XCTAssertEqual(ReadmeNotes.title("pathlib2\r\n========\r\n\r\nFork of pathlib.\r\n".replacingOccurrences(of: "\r\n", with: "\n")), "pathlib2")
        XCTAssertNil(ReadmeNotes.title("README.md"))
    }

    /// The suspect's own name "path" is removed as a word, so "pathlib" is still seen; a reference author who
    /// appears only in the suspect's long contributor list is weak evidence, not credit.
    func testOwnNameRemovedAsWordAndContributorListIsWeak() throws {
        let reference = ["pathlib-1.0.1/PKG-INFO": "Metadata-Version: 1.1\nName: pathlib\nAuthor: Antoine Pitrou\n\nx\n",
                         "pathlib-1.0.1/pathlib.py": "import os\n"]
        let named = try compare(reference: reference, suspect: ["path-16.7.1/PKG-INFO": "Metadata-Version: 2.1\nName: path\n\nbody\n",
                                                               "path-16.7.1/README.rst": "path\n====\n\nOne may have imagined pathlib would supersede path.\n"])
        XCTAssertEqual(named.attribution.verdict, .weak)
        XCTAssertEqual(named.attribution.evidence.first?.line, 4)
        let listed = try compare(reference: reference, suspect: ["tool-1.0/AUTHORS.txt": "Ann Other\nAntoine Pitrou\nBob Third\n", "tool-1.0/README.md": "# tool\n"])
        XCTAssertEqual(listed.attribution.verdict, .weak)
        XCTAssertEqual(listed.attribution.evidence.first?.signal, "author")
    }

    /// A reference that ships CPython's license stack (whose PSF notice is only quoted) is CPython; modules of an
    /// installed tree (`usr/lib/python3.11/traceback.py`) are its code names.
    func testCPythonLicenseStackIdentifiesTheStandardLibrary() throws {
        let reference = ["usr/lib/python3.11/LICENSE.txt": try Fixture.text("python"), "usr/lib/python3.11/traceback.py": "\"\"\"Extract, format and print information about Python stack traces.\"\"\"\n"]
        let c = try compare(reference: reference, suspect: ["exceptiongroup-1.2.2/LICENSE": "This project contains code copied from the Python standard library.\n"])
        XCTAssertEqual(c.attribution.verdict, .yes)
        let root = try Fixture.tree(text: reference)
        defer { try? FileManager.default.removeItem(at: root) }
        let id = ReferenceIdentity.from(report: try LicenseScanner(database: try Fixture.requireDB()).scan(root: root), root: root)
        XCTAssertTrue(id.names.contains("standard library"))
        XCTAssertEqual(id.codeNames.filter { $0 == "traceback" }, ["traceback"])
    }

    func testStripVersion() {
        XCTAssertEqual(ReferenceIdentity.stripVersion("chardet-5.2.0"), "chardet")
        XCTAssertEqual(ReferenceIdentity.stripVersion("docopt_ng-0.9.0"), "docopt_ng")
        XCTAssertEqual(ReferenceIdentity.stripVersion("pep8"), "pep8")
    }
}
