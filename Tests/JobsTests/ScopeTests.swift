import Foundation
import FrontEnd
import Jobs
import Matching
import Report
import TestSupport
import XCTest

/// What counts: `--exclude`, `--base`, and the same filter on both sides of query.
final class ScopeTests: XCTestCase {
    func compare(_ reference: String, _ suspect: String, _ configure: (inout CompareOptions) throws -> Void = { _ in }) async throws -> CompareReport {
        var options = CompareOptions(reference: reference, suspect: suspect)
        options.checkLicense = false
        try configure(&options)
        return try await CompareJob(options).run().report
    }

    func testExcludedFilesDoNotCount() async throws {
        let reference = try tree(["lib/algo.py": SampleCode.auditLibrary, "contrib/table.py": SampleCode.unrelated])
        let suspect = try tree(["pkg/copy.py": SampleCode.copiedLibrary, "tests/test_copy.py": "def test_copy():\n    assert merge_sorted([1], [2]) == [1, 2]\n"])
        let all = try await compare(reference, suspect)
        let scoped = try await compare(reference, suspect) { $0.pathFilter = try PathFilter(exclude: ["contrib/"]) }
        XCTAssertEqual(all.reference.files, 2)
        XCTAssertEqual(scoped.reference.files, 1)
        XCTAssertGreaterThan(scoped.containment, all.containment, "the excluded file no longer dilutes the share")
        XCTAssertFalse(scoped.files.contains { $0.path.hasPrefix("contrib/") })
    }

    func testBaseCodeNeverCountsAsEvidence() async throws {
        // Both sides start from the same template; only the template is shared.
        let template = try tree(["scaffold/app.py": SampleCode.auditLibrary])
        let reference = try tree(["scaffold/app.py": SampleCode.auditLibrary, "own/table.py": SampleCode.unrelated])
        let suspect = try tree(["scaffold/app.py": SampleCode.auditLibrary])
        let without = try await compare(reference, suspect)
        XCTAssertGreaterThanOrEqual(without.verdict, .partialClone)
        let with = try await compare(reference, suspect) { $0.base = [template] }
        XCTAssertLessThan(with.verdict, .partialClone, "template code made a clone: \(with.summary)")
        XCTAssertTrue(with.excluded.contains { $0.contains("--base") }, "\(with.excluded)")
    }

    func testQueryFiltersTheIndexedSideToo() async throws {
        let reference = try tree(["lib/algo.py": SampleCode.auditLibrary])
        let suspect = try tree(["pkg/copy.py": SampleCode.copiedLibrary])
        let db = try await temporaryIndex(of: [reference, suspect])
        var options = QueryOptions(reference: reference, database: db)
        options.pathFilter = try PathFilter(exclude: ["pkg/"])
        let report = try await QueryJob(options).run().report
        XCTAssertNil(report.results.first { $0.path == suspect }, "the excluded suspect files still matched")
        options.pathFilter = .all
        let unfiltered = try await QueryJob(options).run().report
        XCTAssertNotNil(unfiltered.results.first { $0.path == suspect })
    }

    func testIndexLeavesExcludedFilesOut() async throws {
        let repo = try tree(["lib/algo.py": SampleCode.auditLibrary, "generated/copy.py": SampleCode.copiedLibrary])
        var options = IndexJobOptions(database: try temporaryDirectory("scoped-index").appendingPathComponent("x.sqlite").path)
        options.paths = [repo]
        options.pathFilter = try PathFilter(exclude: ["generated/"])
        let summary = try await IndexJob(options).run()
        XCTAssertEqual(summary.files_indexed, 1)
        // Re-indexing without the filter adds the file; with it again, the file leaves the index.
        options.pathFilter = .all
        let unfiltered = try await IndexJob(options).run()
        XCTAssertEqual(unfiltered.files_indexed, 1)
        options.pathFilter = try PathFilter(exclude: ["generated/"])
        let refiltered = try await IndexJob(options).run()
        XCTAssertEqual(refiltered.files_removed, 1)
    }
}
