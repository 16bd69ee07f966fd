import Foundation
import Jobs
import License
import Matching
import Report
import TestSupport
import XCTest

/// Obligations follow derivation only: a pair clonescan does not call a clone never gets a broken obligation,
/// in compare or audit, whatever its licenses; a derived pair does. Real MIT and Apache-2.0 texts.
final class NoAccusationWithoutDerivationTests: XCTestCase {
    func licenses() throws -> (mit: String, apache: String) {
        guard let mit = LicenseTexts.mit, let apache = (try? LicenseDatabase.shared())?.licenseText(key: "apache-2.0") else {
            throw XCTSkip("license data missing; run `make setup`")
        }
        return (mit, apache)
    }

    func testIndependentProjectUnderAnotherLicenseHasNoObligations() async throws {
        let (mit, apache) = try licenses()
        let reference = try tree(["LICENSE": mit, "lib/algo.py": SampleCode.auditLibrary])
        let suspect = try tree(["LICENSE": apache, "tables/render.py": SampleCode.unrelated])
        let report = try await CompareJob(CompareOptions(reference: reference, suspect: suspect)).run().report
        XCTAssertLessThan(report.verdict, .partialClone)
        let license = try XCTUnwrap(report.license)
        XCTAssertEqual(license.reference.declared, "MIT")
        XCTAssertEqual(license.obligations_broken, [], "no obligation without derivation")
        XCTAssertEqual(license.obligations_note?.hasPrefix("none apply"), true, license.obligations_note ?? "nil")
        XCTAssertFalse(report.headline.contains("license changed"), report.headline)
    }

    func testCloneUnderAnotherLicenseWithoutTheNoticeBreaksIt() async throws {
        let (mit, apache) = try licenses()
        let reference = try tree(["LICENSE": mit, "lib/algo.py": SampleCode.auditLibrary])
        let suspect = try tree(["LICENSE": apache, "pkg/helpers.py": SampleCode.copiedLibrary])
        let report = try await CompareJob(CompareOptions(reference: reference, suspect: suspect)).run().report
        XCTAssertGreaterThanOrEqual(report.verdict, .partialClone)
        let license = try XCTUnwrap(report.license)
        XCTAssertTrue(license.obligations_broken.contains { $0.rule == "notice-not-kept" && $0.license == "MIT" && !$0.source.isEmpty },
                      "\(license.obligations_broken)")
        XCTAssertNil(license.obligations_note)
        XCTAssertEqual(report.attribution.verdict, "no")
        XCTAssertTrue(report.headline.hasPrefix("UNATTRIBUTED"), report.headline)
    }

    func testAttributionIsPresentWhateverTheVerdict() async throws {
        let reference = try tree(["lib/algo.py": SampleCode.auditLibrary])
        let suspect = try tree(["tables/render.py": SampleCode.unrelated])
        var options = CompareOptions(reference: reference, suspect: suspect)
        options.checkLicense = false
        let report = try await CompareJob(options).run().report
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: ReportJSON.encode(report)) as? [String: Any])
        XCTAssertEqual((json["attribution"] as? [String: Any])?["verdict"] as? String, "unknown")
        XCTAssertEqual(json["schema_version"] as? Int, 2)
    }
}
