import Foundation
import Jobs
import Matching
import Report
import TestSupport
import XCTest

/// Families of derivation: clones share a family, independent and unrelated projects never do.
final class FamiliesTests: XCTestCase {
    func testClonesShareAFamilyAndIndependentCodeStaysOut() async throws {
        let original = try tree(["lib/algo.py": SampleCode.auditLibrary])
        let copy = try tree(["pkg/copy.py": SampleCode.copiedLibrary,
                             "pkg/extra.py": "def greet(name, excited=False):\n    message = 'hello ' + name\n    if excited:\n        message = message.upper() + '!'\n    print(message)\n    return len(message)\n"])
        let unrelated = try tree(["tables/render.py": SampleCode.unrelated])
        let independent = TestPaths.packageRoot.appendingPathComponent("Corpora/fixtures/independent-python-duration-parser/suspect").path
        let rewrite = TestPaths.packageRoot.appendingPathComponent("Corpora/fixtures/rewrite-python-of-pytimeparse-unattributed/suspect").path
        let db = try await temporaryIndex(of: [original, copy, unrelated, independent, rewrite])
        let report = try FamiliesJob(FamiliesOptions(database: db)).run()
        XCTAssertEqual(report.repositories_indexed, 5)
        let family = try XCTUnwrap(report.families.first { f in f.origin == original || f.members.contains { $0.repository == original } })
        let paths = Set([family.origin] + family.members.map(\.repository))
        XCTAssertEqual(paths, [original, copy], "\(report.families)")
        XCTAssertEqual(family.origin, original, "the copy carries the original and adds code: the original comes first")
        let member = try XCTUnwrap(family.members.first)
        XCTAssertGreaterThanOrEqual(member.verdict, .partialClone)
        XCTAssertEqual(member.containment, 1, accuracy: 0.01)
        XCTAssertTrue(member.direction_evidence.contains { $0.contains("superset") }, "\(member.direction_evidence)")
        // Every verified pair is reported with its score (the HTML heat map), the clone pair among them.
        XCTAssertEqual(report.pairs.count, report.pairs_verified)
        XCTAssertTrue(report.pairs.contains { Set([$0.reference, $0.suspect]) == [original, copy] && $0.verdict >= .partialClone }, "\(report.pairs)")
        for f in report.families {
            let all = Set([f.origin] + f.members.map(\.repository))
            XCTAssertFalse(all.contains(independent) && all.contains(rewrite), "an independent implementation was linked to a rewrite")
            XCTAssertFalse(all.contains(unrelated))
        }
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: ReportJSON.encode(report)) as? [String: Any])
        XCTAssertEqual(json["schema_version"] as? Int, 2)
        XCTAssertEqual((json["pairs"] as? [[String: Any]])?.count, report.pairs_verified)
        let first = try XCTUnwrap((json["families"] as? [[String: Any]])?.first)
        XCTAssertNotNil(first["origin"] as? String)
        let m = try XCTUnwrap((first["members"] as? [[String: Any]])?.first)
        for key in ["repository", "relation", "verdict", "score", "containment", "reverse_containment", "direction_evidence"] {
            XCTAssertNotNil(m[key], key)
        }
    }
}
