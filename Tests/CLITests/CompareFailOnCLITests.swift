import Foundation
import TestSupport
import XCTest

/// `compare --fail-on`: the verdict alone decides without it; with it, only the named problems of a derived copy do.
final class CompareFailOnCLITests: XCTestCase {
    func testFailOnNamesTheProblemsThatFail() throws {
        guard let mit = LicenseTexts.mit else { throw XCTSkip("license data missing; run `make setup`") }
        let reference = try tree(["LICENSE": mit, "mitlib/algo.py": SampleCode.auditLibrary,
                                  "README.md": "# mitlib\nSmall algorithms.\n"])
        let credited = try tree(["LICENSE": mit, "pkg/helpers.py": SampleCode.copiedLibrary,
                                 "NOTICE": "This product includes code from mitlib, Copyright (c) 2021 Example Author, under the MIT License.\n"])
        let uncredited = try tree(["pkg/helpers.py": SampleCode.copiedLibrary])
        XCTAssertEqual(try run(["compare", reference, credited, "--quiet"]).code, 1, "without --fail-on a clone fails")
        XCTAssertEqual(try run(["compare", reference, credited, "--quiet", "--fail-on", "unattributed"]).code, 0,
                       "credited, licence kept: no problem named by --fail-on")
        XCTAssertEqual(try run(["compare", reference, uncredited, "--quiet", "--fail-on", "unattributed,obligations"]).code, 1)
        XCTAssertEqual(try run(["compare", reference, uncredited, "--quiet", "--fail-on", "incompatible"]).code, 0,
                       "MIT has no copyleft: nothing incompatible")
        let bad = try run(["compare", reference, uncredited, "--fail-on", "everything"])
        XCTAssertEqual(bad.code, 2, bad.stderr)
    }
}
