import Foundation
import XCTest
@testable import License

/// Obligations of the matched reference files only, with modification-notice duties (issue 19, items 1 and 2).
final class MatchedObligationTests: XCTestCase {
    struct Pair {
        let reference: URL
        let suspect: URL
        let referenceReport: LicenseReport
        let suspectReport: LicenseReport
    }

    func pair(_ reference: [String: String], _ suspect: [String: String]) throws -> Pair {
        let ref = try Fixture.tree(text: reference)
        let sus = try Fixture.tree(text: suspect)
        addTeardownBlock { try? FileManager.default.removeItem(at: ref); try? FileManager.default.removeItem(at: sus) }
        let scanner = LicenseScanner(database: try Fixture.requireDB())
        return Pair(reference: ref, suspect: sus, referenceReport: try scanner.scan(root: ref), suspectReport: try scanner.scan(root: sus))
    }

    func assess(_ p: Pair, _ matched: [MatchedFile], attribution: AttributionVerdict = .yes) -> ObligationAssessment {
        let notice = Obligations.noticeCheck(reference: p.referenceReport, suspect: p.suspectReport)
        return Obligations.evaluate(reference: p.referenceReport, suspect: p.suspectReport, suspectRoot: p.suspect, referenceRoot: p.reference,
                                    matchedFiles: matched, attribution: Attribution(verdict: attribution, evidence: []), notice: notice)
    }

    func testNothingMatchedMeansNoObligations() throws {
        let p = try pair(["LICENSE": "Copyright (c) 2012 Vladimir Keleshev\n\n" + (try Fixture.text("mit")), "docopt.py": "def docopt(): pass\n"],
                         ["LICENSE": "Copyright 2024 Other\n\n" + (try Fixture.text("apache-2.0")), "cli.py": "def parse(): pass\n"])
        let a = assess(p, [], attribution: .no)
        XCTAssertFalse(a.applies)
        XCTAssertEqual(a.broken, [])
        XCTAssertTrue(a.reason.contains("no reference file was matched"))
        // The same pair with a matched file owes the MIT notice.
        let matched = assess(p, [MatchedFile(reference: "docopt.py", suspect: "cli.py")], attribution: .no)
        XCTAssertTrue(matched.applies)
        XCTAssertEqual(matched.broken.map(\.rule), ["notice-not-kept"])
        XCTAssertEqual(matched.licenses, ["MIT"])
    }

    func testApacheModifiedFilesMustSayTheyChanged() throws {
        let apache = "Copyright 2020 The Foo Authors\n\n" + (try Fixture.text("apache-2.0"))
        let reference = ["LICENSE": apache, "foo/a.py": "# Copyright 2020 The Foo Authors\ndef a(): pass\n", "foo/b.py": "def b(): pass\n"]
        let unmarked = try pair(reference, ["LICENSE": apache, "bar/a.py": "# Copyright 2020 The Foo Authors\ndef a(): return 1\n", "bar/b.py": "def b(): pass\n"])
        let matched = [MatchedFile(reference: "foo/a.py", suspect: "bar/a.py"), MatchedFile(reference: "foo/b.py", suspect: "bar/b.py", modified: false)]
        let a = assess(unmarked, matched)
        let rule = try XCTUnwrap(a.broken.first { $0.rule == "modification-not-marked" })
        XCTAssertEqual(rule.license, "Apache-2.0")
        XCTAssertTrue(rule.source.contains("§4(b)"))
        XCTAssertEqual(a.modificationNotices.first?.unmarked, ["bar/a.py"])   // b.py is an unchanged copy: nothing owed
        let marked = try pair(reference, ["LICENSE": apache, "bar/a.py": "# Copyright 2020 The Foo Authors\n# Modified by Bar Corp, 2024: returns 1.\ndef a(): return 1\n"])
        let b = assess(marked, [matched[0]])
        XCTAssertFalse(b.broken.contains { $0.rule == "modification-not-marked" })
        XCTAssertEqual(b.modificationNotices.first?.marked, ["bar/a.py"])
        XCTAssertEqual(b.modificationNotices.first?.evidence.first, "bar/a.py:2: # Modified by Bar Corp, 2024: returns 1.")
    }

    /// A notice the reference file itself carried ("ported from ...") is the original's history, not the suspect's.
    func testInheritedHeaderIsNotAModificationNotice() throws {
        let gpl = try Fixture.text("gpl-2.0")
        let header = "# Ported from the C original by Ann Author.\n"
        let p = try pair(["COPYING": gpl, "a.py": header + "def a(): pass\n"], ["COPYING": gpl, "a.py": header + "def a(): return 2\n"])
        let a = assess(p, [MatchedFile(reference: "a.py", suspect: "a.py")])
        XCTAssertTrue(a.broken.contains { $0.rule == "modification-not-marked" && $0.license == "GPL-2.0-only" }, "\(a.broken)")
    }

    func testGPL3WorkLevelNoticeInReadmeIsEnough() throws {
        let gpl3 = try Fixture.text("gpl-3.0")
        let reference = ["COPYING": gpl3, "lib/x.py": "def x(): pass\n"]
        let silent = try pair(reference, ["COPYING": gpl3, "src/x.py": "def x(): return 1\n", "README.md": "# y\n"])
        XCTAssertTrue(assess(silent, [MatchedFile(reference: "lib/x.py", suspect: "src/x.py")]).broken.contains { $0.rule == "modification-not-marked" })
        let noted = try pair(reference, ["COPYING": gpl3, "src/x.py": "def x(): return 1\n", "README.md": "# y\n\nThis is a modified version of x (2024).\n"])
        let a = assess(noted, [MatchedFile(reference: "lib/x.py", suspect: "src/x.py")])
        XCTAssertEqual(a.broken, [])
        XCTAssertEqual(a.modificationNotices.first?.scope, "work")
        XCTAssertEqual(a.modificationNotices.first?.satisfied, true)
    }

    func testMPLFileNoticeMustStay() throws {
        let mplHeader = "# This Source Code Form is subject to the terms of the Mozilla Public\n# License, v. 2.0. If a copy of the MPL was not distributed with this\n# file, You can obtain one at http://mozilla.org/MPL/2.0/.\n"
        let p = try pair(["LICENSE": try Fixture.text("mpl-2.0"), "m.py": mplHeader + "def m(): pass\n"],
                         ["LICENSE": try Fixture.text("mpl-2.0"), "m.py": "def m(): pass\n"])
        let a = assess(p, [MatchedFile(reference: "m.py", suspect: "m.py")])
        XCTAssertEqual(a.broken.map(\.rule), ["license-notice-removed"])
        XCTAssertEqual(a.broken.first?.license, "MPL-2.0")
    }

    func testGoverningLicenseIsTheMatchedFilesOwnTag() throws {
        let p = try pair(["LICENSE": try Fixture.text("mit"), "vendored/z.c": "// SPDX-License-Identifier: GPL-2.0-only\nint z;\n", "main.c": "int m;\n"],
                         ["LICENSE": try Fixture.text("mit"), "z.c": "int z;\n"])
        let a = assess(p, [MatchedFile(reference: "vendored/z.c", suspect: "z.c", modified: false)])
        XCTAssertEqual(a.licenses, ["GPL-2.0-only"])
        XCTAssertTrue(a.broken.contains { $0.rule == "copyleft-relicensed" && $0.license == "GPL-2.0-only" })
        XCTAssertEqual(Obligations.governingLicense(of: "main.c", in: p.referenceReport), "MIT")
    }

    func testComparisonCarriesTheAssessment() throws {
        let ref = try Fixture.tree(text: ["COPYING": try Fixture.text("lgpl-2.1"), "fancy.c": "int fancy(void);\n"])
        let sus = try Fixture.tree(text: ["LICENSE": "Copyright (c) 2024 Clone Corp\n\n" + (try Fixture.text("mit")), "fancy.c": "int fancy(void);\n"])
        defer { try? FileManager.default.removeItem(at: ref); try? FileManager.default.removeItem(at: sus) }
        let scanner = LicenseScanner(database: try Fixture.requireDB())
        let none = try LicenseComparison.evaluate(reference: ref, suspect: sus, scanner: scanner, matchedFiles: [])
        XCTAssertEqual(none.obligations, [])
        XCTAssertEqual(none.obligationAssessment?.applies, false)
        let some = try LicenseComparison.evaluate(reference: ref, suspect: sus, scanner: scanner, matchedFiles: [MatchedFile(reference: "fancy.c", suspect: "fancy.c")])
        XCTAssertTrue(some.obligations.contains { $0.rule == "copyleft-relicensed" })
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(some)) as? [String: Any]
        let first = try XCTUnwrap((json?["obligations"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(first.keys), ["rule", "license", "explanation", "source"])
        XCTAssertNotNil((json?["obligation_assessment"] as? [String: Any])?["modification_notices"])
    }
}
