import Foundation
import Index
import IndexPostgres
import Jobs
import Report
import TestSupport
import XCTest

/// The PostgreSQL backend gives what the SQLite file gives: the same query, audit, compare --db, families and
/// listing results on the same real trees (the committed Corpora fixtures and the shared sample code), the same
/// parameter refusal, and the same results again after an incremental re-index and a removal.
final class PostgresEquivalenceTests: XCTestCase {
    /// Real trees: the six committed fixtures (ports, a rewrite, independent implementations) and a library, its
    /// renamed copy and unrelated code.
    func corpus() throws -> (reference: String, copy: String, all: [String]) {
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: TestPaths.packageRoot.appendingPathComponent("Corpora/fixtures").path)
            .sorted().map { TestPaths.packageRoot.appendingPathComponent("Corpora/fixtures/\($0)/suspect").path }
        let reference = try tree(["lib/algo.py": SampleCode.auditLibrary])
        let copy = try tree(["src/sorting.py": SampleCode.copiedLibrary, "src/other.py": SampleCode.unrelated])
        let unrelated = try tree(["main.py": SampleCode.unrelated])
        return (reference, copy, [reference, copy, unrelated] + fixtures)
    }

    /// Indexes `paths` into a new SQLite file and a new PostgreSQL database through the `index` job; both summaries.
    func indexBoth(_ paths: [String]) async throws -> (sqlite: String, postgres: String, summaries: [IndexSummary]) {
        let sqlite = try temporaryDirectory("index").appendingPathComponent("corpus.sqlite").path
        let postgres = try await temporaryPostgresIndex()
        var summaries: [IndexSummary] = []
        for db in [sqlite, postgres] {
            summaries.append(try await IndexJob(Self.indexOptions(db, paths)).run())
        }
        return (sqlite, postgres, summaries)
    }

    static func indexOptions(_ db: String, _ paths: [String]) -> IndexJobOptions {
        var options = IndexJobOptions(database: db)
        options.paths = paths
        options.tuning.workers = 2
        options.tuning.batchSize = 3  // several batches per repository
        return options
    }

    /// `value` as sorted-key JSON with its `database` field blanked (the one field that names the backend).
    func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: try encoder.encode(value)) as? [String: Any])
        object["database"] = nil
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// A path as `json` writes it (JSONSerialization escapes slashes).
    static func inJSON(_ path: String) -> String { path.replacingOccurrences(of: "/", with: "\\/") }

    func query(_ reference: String, _ db: String) async throws -> String {
        var options = QueryOptions(reference: reference, database: db)
        options.includeNotClones = true
        options.maxMatches = nil
        return try json(try await QueryJob(options).run().report)
    }

    func testQueryAuditCompareFamiliesAndListingAreTheSameAsSQLite() async throws {
        let corpus = try corpus()
        let (sqlite, postgres, summaries) = try await indexBoth(corpus.all)
        // Whether a file identical to one indexed moments before is parsed or copied depends on how far analysis ran
        // ahead of the writes (in either backend); the units written are the same either way.
        for key in [\IndexSummary.repositories, \.units_written, \.units_total, \.files_skipped] {
            XCTAssertEqual(summaries[0][keyPath: key], summaries[1][keyPath: key])
        }
        XCTAssertEqual(summaries[0].files_indexed + summaries[0].files_copied, summaries[1].files_indexed + summaries[1].files_copied)
        XCTAssertGreaterThan(summaries[1].units_total, 20)
        for reference in [corpus.reference] + corpus.all.suffix(6) {
            let fromSQLite = try await query(reference, sqlite), fromPostgres = try await query(reference, postgres)
            XCTAssertEqual(fromPostgres, fromSQLite, "query \(reference)")
        }
        let found = try await query(corpus.reference, postgres)
        XCTAssertTrue(found.contains(Self.inJSON(corpus.copy)), "the renamed copy is a query result")

        var audits: [String] = []
        var compares: [String] = []
        var families: [String] = []
        for db in [sqlite, postgres] {
            var audit = AuditOptions(project: corpus.copy, database: db)
            audit.policy = AuditPolicy(minVerdict: .related)
            audits.append(try json(try await AuditJob(audit).run()))
            var compare = CompareOptions(reference: corpus.reference, suspect: corpus.copy)
            compare.database = db
            compare.checkLicense = false
            compares.append(try json(try await CompareJob(compare).run().report))
            families.append(try json(try FamiliesJob(FamiliesOptions(database: db)).run()))
        }
        XCTAssertEqual(audits[1], audits[0], "audit")
        XCTAssertTrue(audits[1].contains(Self.inJSON(corpus.reference)), "the audit finds the library the copy came from")
        XCTAssertEqual(compares[1], compares[0], "compare --db")
        XCTAssertEqual(families[1], families[0], "families")

        let listings = try [sqlite, postgres].map { try IndexJob(IndexJobOptions(database: $0)).list() }
        func rows(_ l: IndexListing) throws -> String {
            try json(l).replacingOccurrences(of: #""last_indexed":"[^"]*""#, with: "", options: .regularExpression)
        }
        XCTAssertEqual(try rows(listings[1]), try rows(listings[0]), "index --list")
    }

    func testIncrementalReindexAndRemovalStayTheSameAsSQLite() async throws {
        let corpus = try corpus()
        let (sqlite, postgres, _) = try await indexBoth(corpus.all)
        // Change the copy: one file rewritten, one removed, one added; then re-index and remove the unrelated tree.
        try Data(SampleCode.library.utf8).write(to: URL(fileURLWithPath: corpus.copy).appendingPathComponent("src/sorting.py"))
        try FileManager.default.removeItem(atPath: corpus.copy + "/src/other.py")
        try Data((SampleCode.unrelated + "\n\ndef extra(x):\n    return [y * 2 for y in x if y]\n").utf8)
            .write(to: URL(fileURLWithPath: corpus.copy).appendingPathComponent("src/new.py"))
        var summaries: [IndexSummary] = []
        for db in [sqlite, postgres] {
            summaries.append(try await IndexJob(Self.indexOptions(db, corpus.all)).run())
            var remove = IndexJobOptions(database: db)
            remove.paths = [corpus.all[2]]
            let removed = try await IndexJob(remove).remove().removed
            XCTAssertEqual(removed, [corpus.all[2]])
        }
        XCTAssertEqual(summaries[1].files_removed, summaries[0].files_removed)
        XCTAssertEqual(summaries[1].files_unchanged, summaries[0].files_unchanged)
        XCTAssertEqual(summaries[1].repositories_changed, 1)
        for reference in [corpus.reference, corpus.copy] {
            let fromSQLite = try await query(reference, sqlite), fromPostgres = try await query(reference, postgres)
            XCTAssertEqual(fromPostgres, fromSQLite, "query \(reference) after re-index and removal")
        }
    }

    func testAnIndexBuiltWithOtherParametersIsRefusedWithTheSQLiteMessage() async throws {
        let code = try tree(["a.py": SampleCode.library])
        let (sqlite, postgres, _) = try await indexBoth([code])
        var other = IndexOptions()
        other.analysis.tokenK = 7
        var messages: [String] = []
        do { _ = try IndexRun(databasePath: sqlite, options: other); XCTFail("SQLite accepted other parameters") } catch {
            messages.append("\(error)")
        }
        do { _ = try PostgresIndexRun(url: postgres, options: other); XCTFail("PostgreSQL accepted other parameters") } catch {
            messages.append("\(error)")
        }
        XCTAssertEqual(messages[1], messages[0])
        XCTAssertTrue(messages[0].contains("different parameters"), messages[0])
        // Reading with other parameters: the same refusal, after the `--db` each names.
        var queryMessages: [String] = []
        for db in [sqlite, postgres] {
            var job = QueryJob(QueryOptions(reference: code, database: db))
            job.parameters.tokenK = 7
            do { _ = try await job.run(); XCTFail("query accepted other parameters") } catch let error as JobError {
                guard case .runtime(let m) = error else { return XCTFail("not a runtime error: \(error)") }
                queryMessages.append(m.replacingOccurrences(of: db, with: "DB"))
            }
        }
        XCTAssertEqual(queryMessages.count, 2)
        XCTAssertEqual(queryMessages.first, queryMessages.last)
    }
}
