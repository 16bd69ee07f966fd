import Foundation
import Index
import Jobs
import Matching
import Report
import TestSupport
import XCTest

/// One pair, one answer: `compare --db`, `query` and `audit` on an index holding both sides give the same verdict,
/// and score and containment within 0.01, on real pairs (the committed fixtures of Corpora/fixtures and a renamed copy).
final class SameAnswerTests: XCTestCase {
    /// Committed fixture trees (ports, a rewrite and independent implementations written for Corpora/).
    func fixture(_ name: String) -> String {
        TestPaths.packageRoot.appendingPathComponent("Corpora/fixtures/\(name)/suspect").path
    }

    func assertSameAnswer(reference: String, suspect: String, others: [String] = [], file: StaticString = #filePath, line: UInt = #line) async throws {
        let db = try await temporaryIndex(of: [reference, suspect] + others)

        var compareOptions = CompareOptions(reference: reference, suspect: suspect)
        compareOptions.database = db
        compareOptions.checkLicense = false
        let compared = try await CompareJob(compareOptions).run().report

        var queryOptions = QueryOptions(reference: reference, database: db)
        queryOptions.includeNotClones = true
        let queried = try await QueryJob(queryOptions).run().report
        // Query verifies the repositories the index's LSH names; a pair with no shared candidate is not-clone by construction.
        guard let q = queried.results.first(where: { $0.path == suspect }) else {
            XCTAssertEqual(compared.verdict, .notClone, "query does not list \(suspect), which compare calls \(compared.verdict)", file: file, line: line)
            let audited = try await audit(suspect, db: db)
            XCTAssertNil(audited.results.first { $0.path == reference }, file: file, line: line)
            return
        }

        let a = try await audit(suspect, db: db).results.first { $0.path == reference }

        XCTAssertEqual(q.verdict, compared.verdict, "query vs compare --db", file: file, line: line)
        XCTAssertEqual(q.score, compared.score, accuracy: 0.01, file: file, line: line)
        XCTAssertEqual(q.containment, compared.containment, accuracy: 0.01, file: file, line: line)
        XCTAssertEqual(q.reverse_containment, compared.reverse_containment, accuracy: 0.01, file: file, line: line)
        // The evidence is the same too, examples included (the index stores the comment and call channels).
        XCTAssertEqual(q.evidence_channels?.carried_by, compared.evidence_channels?.carried_by, file: file, line: line)
        XCTAssertEqual(q.evidence_channels?.comments ?? -1, compared.evidence_channels?.comments ?? -2, accuracy: 0.01, file: file, line: line)
        XCTAssertEqual(q.evidence_channels?.call_graph ?? -1, compared.evidence_channels?.call_graph ?? -2, accuracy: 0.01, file: file, line: line)
        XCTAssertEqual(q.evidence_channels?.examples.map(\.detail), compared.evidence_channels?.examples.map(\.detail), file: file, line: line)
        if compared.verdict >= .related {
            let a = try XCTUnwrap(a, "audit lists \(reference) (compare says \(compared.verdict))", file: file, line: line)
            XCTAssertEqual(a.verdict, compared.verdict, "audit vs compare --db", file: file, line: line)
            XCTAssertEqual(a.score, compared.score, accuracy: 0.01, file: file, line: line)
            XCTAssertEqual(a.containment, compared.containment, accuracy: 0.01, file: file, line: line)
            XCTAssertEqual(a.reverse_containment, compared.reverse_containment, accuracy: 0.01, file: file, line: line)
            XCTAssertEqual(a.evidence_channels?.carried_by, compared.evidence_channels?.carried_by, file: file, line: line)
            XCTAssertEqual(a.evidence_channels?.examples.map(\.detail), compared.evidence_channels?.examples.map(\.detail), file: file, line: line)
        } else {
            XCTAssertNil(a, "audit lists a pair compare calls not-clone", file: file, line: line)
        }
    }

    func audit(_ project: String, db: String) async throws -> AuditReport {
        var options = AuditOptions(project: project, database: db)
        options.policy = AuditPolicy(minVerdict: .related)
        return try await AuditJob(options).run()
    }

    func testRenamedCopyOfALibrary() async throws {
        let reference = try tree(["lib/algo.py": SampleCode.auditLibrary])
        let suspect = try tree(["pkg/algo_copy.py": SampleCode.copiedLibrary, "pkg/table.py": SampleCode.unrelated])
        try await assertSameAnswer(reference: reference, suspect: suspect)
    }

    func testRewriteAgainstAnIndependentImplementation() async throws {
        try await assertSameAnswer(reference: fixture("rewrite-python-of-pytimeparse-unattributed"),
                                   suspect: fixture("independent-python-duration-parser"),
                                   others: [fixture("independent-go-duration-parser")])
    }

    func testPortAgainstAnIndependentImplementationInTheSameLanguage() async throws {
        try await assertSameAnswer(reference: fixture("port-javascript-of-iso8601-attributed"),
                                   suspect: fixture("independent-javascript-iso8601-parser"))
    }

    func testIndexWithOtherParametersIsRefusedByEveryJobWithOneMessage() async throws {
        let repo = try tree(["a.py": SampleCode.library])
        var options = IndexOptions()
        options.analysis.minUnitTokens += 7
        let db = try await temporaryIndex(of: [repo], options: options)

        var messages: [String] = []
        func capture(_ body: () async throws -> Void) async {
            do { try await body(); XCTFail("an index with other parameters was accepted") } catch let error as JobError {
                guard case .runtime(let message) = error else { return XCTFail("not a runtime error: \(error)") }
                messages.append(message)
            } catch { XCTFail("unexpected error \(error)") }
        }
        var c = CompareOptions(reference: repo, suspect: repo)
        c.database = db
        await capture { _ = try await CompareJob(c).run() }
        await capture { _ = try await QueryJob(QueryOptions(reference: repo, database: db)).run() }
        await capture { _ = try await AuditJob(AuditOptions(project: repo, database: db)).run() }
        XCTAssertEqual(messages.count, 3)
        XCTAssertEqual(Set(messages).count, 1, "\(messages)")
        XCTAssertTrue(messages.first?.contains("different parameters") == true, "\(messages)")
    }
}
