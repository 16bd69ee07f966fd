import Analysis
import Foundation
import FrontEnd
@testable import Index
import TestSupport
import XCTest

/// The LSH rows and document-frequency changes of a group's finishes are inserted at the group's commit, merged
/// (see `IndexWriter+GroupCommit.swift`): the index must be the same row for row as one committed step by step.
final class GroupRowsTests: XCTestCase {
    func options(commitSeconds: Double, template: Bool = false) -> IndexOptions {
        var o = IndexOptions()
        o.batchSize = 2
        o.workers = 2
        o.commit.seconds = commitSeconds
        o.template = template
        return o
    }

    /// Repositories sharing files (hashes counted by several repositories of one group), a template sharing them
    /// too, then changed, shrunk and removed repositories (negative changes, rows pruned): grouped and step-by-step
    /// runs give the same index after every run.
    func testMergedGroupRowsBuildTheSameIndexAsStepByStepCommits() async throws {
        let dir = try temporaryDirectory("group-rows")
        let shared = Fixtures.python(seed: 4242, functions: 3)
        var roots: [URL] = []
        for k in 0..<6 {
            let root = try Fixtures.repository(at: dir.appendingPathComponent("repo\(k)"), seed: 700 + k, files: 3)
            if k % 2 == 0 { try Fixtures.write(shared, to: root.appendingPathComponent("common/shared.py")) }
            roots.append(root)
        }
        let template = try Fixtures.repository(at: dir.appendingPathComponent("template"), seed: 790, files: 2)
        try Fixtures.write(shared, to: template.appendingPathComponent("common/shared.py"))
        let grouped = dir.appendingPathComponent("grouped.sqlite").path
        let stepwise = dir.appendingPathComponent("stepwise.sqlite").path

        func runBoth(_ paths: [URL], template: Bool = false, prune: Bool = false) async throws -> IndexSummary {
            _ = try await IndexRun(databasePath: stepwise, options: options(commitSeconds: 0, template: template))
                .index(paths: paths.map(\.path), prune: prune)
            let summary = try await IndexRun(databasePath: grouped, options: options(commitSeconds: 3_600, template: template))
                .index(paths: paths.map(\.path), prune: prune)
            XCTAssertEqual(try IndexCommandTests.dump(grouped), try IndexCommandTests.dump(stepwise))
            return summary
        }

        let first = try await runBoth(roots)
        XCTAssertLessThanOrEqual(first.transactions_committed, 2, "one group (and the commit before the passive checkpoint)")
        let raw = try Database(path: grouped, readOnly: true)
        XCTAssertGreaterThan(try raw.scalarInt("SELECT count(*) FROM doc_freq WHERE repos = 3") ?? 0, 0,
                             "hashes of the shared file are counted once per repository holding it")
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM lsh_keys WHERE unit NOT IN (SELECT id FROM units)"), 0)
        _ = try await runBoth([template], template: true)

        // Shrink, change and empty repositories; a removed shared file takes hashes to zero (rows deleted).
        try FileManager.default.removeItem(at: roots[0].appendingPathComponent("common/shared.py"))
        try FileManager.default.removeItem(at: roots[2].appendingPathComponent("common/shared.py"))
        try Fixtures.write(Fixtures.python(seed: 4343, functions: 2), to: roots[1].appendingPathComponent("pkg/mod_0.py"))
        let second = try await runBoth(Array(roots.prefix(5)), prune: true)
        XCTAssertEqual(second.repositories_removed.count, 1)
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM doc_freq WHERE repos <= 0 AND templates <= 0"), 0)
        let unchanged = try await runBoth(Array(roots.prefix(5)))
        XCTAssertEqual(unchanged.files_indexed, 0)
    }

    /// Rows held for a group whose transaction ended without a commit (SQLite rolls a transaction back on some
    /// errors) belong to rows that no longer exist: the next group must not insert them.
    func testRowsHeldForARolledBackGroupAreDropped() async throws {
        let dir = try temporaryDirectory("group-rows")
        let lost = try Fixtures.repository(at: dir.appendingPathComponent("lost"), seed: 810, files: 4)
        let kept = try Fixtures.repository(at: dir.appendingPathComponent("kept"), seed: 811, files: 4)
        let clean = try await cleanIndex(in: dir, of: [kept])

        let indexer = try groupedRun(at: dir.appendingPathComponent("rolled-back.sqlite").path), db = indexer.writer.path
        let writer = indexer.writer
        try await indexDirectly(lost, into: indexer)
        XCTAssertGreaterThan(writer.groupRows.bands.count, 0, "the finish held its LSH rows for the commit")
        XCTAssertGreaterThan(writer.groupRows.frequency.count, 0, "and its document-frequency changes")
        try writer.db.execute("ROLLBACK")
        try await indexDirectly(kept, into: indexer)
        try writer.commitGroup()
        let raw = try Database(path: db, readOnly: true)
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM lsh_keys WHERE unit NOT IN (SELECT id FROM units)"), 0)
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM repositories"), 1)
        XCTAssertEqual(try IndexCommandTests.dump(db), try IndexCommandTests.dump(clean))
    }

    /// The index a run committing every step builds of `roots`, at `clean.sqlite` in `dir`.
    private func cleanIndex(in dir: URL, of roots: [URL]) async throws -> String {
        let clean = dir.appendingPathComponent("clean.sqlite").path
        _ = try await IndexRun(databasePath: clean, options: options(commitSeconds: 0)).index(paths: roots.map(\.path))
        return clean
    }

    /// An index run on `db` whose writer groups its commits, for the tests that drive the writer directly.
    private func groupedRun(at db: String) throws -> IndexRun {
        let indexer = try IndexRun(databasePath: db, options: options(commitSeconds: 3_600))
        indexer.writer.beginGroupCommits(indexer.options.commit)
        return indexer
    }

    /// Indexes `root` as one batch and finishes it on the run's writer, in the open group (as `IndexPipeline` would).
    private func indexDirectly(_ root: URL, into indexer: IndexRun) async throws {
        let writer = indexer.writer
        let build = try writer.beginRepository(path: Array(IndexRun.realPath(root.path).utf8), name: root.lastPathComponent, template: false)
        let files = try FileDiscovery().discover(root: root.path).files
        let work = files.map { IndexRun.Work(candidate: $0, mtimeNs: IndexRun.mtime($0.absolutePath), expected: 0, known: []) }
        let prepared = await IndexRun.analyze(work, extractor: try FeatureExtractor(parameters: AnalysisParameters()),
                                              options: indexer.options, configuration: writer.configuration)
        let results = prepared.compactMap { item -> IndexWriter.FileResult? in if case .result(let r) = item { r } else { nil } }
        _ = try writer.writeBatch(build, results)
        _ = try writer.finishRepository(build, name: root.lastPathComponent, head: nil, givenPath: root.path)
    }

    /// Rows inserted ahead of their group's commit (while a run's last batches are analysed) are inserted into the
    /// group's transaction and become visible with it, not before: no commit of their own.
    func testRowsInsertedAheadAreCommittedWithTheirGroupOnly() async throws {
        let dir = try temporaryDirectory("group-rows")
        let repo = try Fixtures.repository(at: dir.appendingPathComponent("repo"), seed: 820, files: 4)
        let clean = try await cleanIndex(in: dir, of: [repo])

        let indexer = try groupedRun(at: dir.appendingPathComponent("ahead.sqlite").path), db = indexer.writer.path
        let writer = indexer.writer
        try await indexDirectly(repo, into: indexer)
        let held = writer.groupRows.count
        let commits = writer.db.commits
        try writer.insertGroupRowsAhead(minimumRows: held + 1)
        XCTAssertEqual(writer.groupRows.count, held, "fewer rows than asked for stay held")
        try writer.insertGroupRowsAhead(minimumRows: 1)
        XCTAssertEqual(writer.groupRows.count, 0, "the rows were inserted")
        XCTAssertTrue(writer.db.inTransaction)
        XCTAssertEqual(writer.db.commits, commits, "and nothing was committed")
        let reader = try Database(path: db, readOnly: true)
        XCTAssertEqual(try reader.scalarInt("SELECT count(*) FROM lsh_keys"), 0, "readers see none of the group yet")
        XCTAssertEqual(try reader.scalarInt("SELECT count(*) FROM doc_freq"), 0)
        try writer.commitGroup()
        XCTAssertEqual(try IndexCommandTests.dump(db), try IndexCommandTests.dump(clean))
    }

    /// Inserting a group's rows can fail, ahead of its commit or in it (a full disk, an I/O error): the rows are no
    /// longer held, so the group is rolled back and no later commit of that writer succeeds (the run does not wait
    /// for either call); the next run builds what a clean run builds.
    func testAFailedAheadInsertRollsTheGroupBackAndFailsEveryLaterCommit() async throws {
        try await assertAFailedInsertLosesItsGroup { try $0.insertGroupRowsAhead(minimumRows: 1) }
    }

    func testAFailedGroupCommitRollsTheGroupBackAndFailsEveryLaterCommit() async throws {
        try await assertAFailedInsertLosesItsGroup { try $0.commitGroup() }
    }

    private func assertAFailedInsertLosesItsGroup(_ insert: (IndexWriter) throws -> Void) async throws {
        let dir = try temporaryDirectory("group-rows")
        let repo = try Fixtures.repository(at: dir.appendingPathComponent("repo"), seed: 830, files: 4)
        let later = try Fixtures.repository(at: dir.appendingPathComponent("later"), seed: 831, files: 3)
        let clean = try await cleanIndex(in: dir, of: [repo, later])

        let db = dir.appendingPathComponent("failed.sqlite").path
        do {
            let indexer = try groupedRun(at: db)
            let writer = indexer.writer
            try await indexDirectly(repo, into: indexer)
            // The insert fails (as on a full disk) through a trigger of this connection that refuses LSH rows; made in the
            // group's transaction, its rollback drops the trigger too.
            try writer.db.execute("CREATE TEMP TRIGGER refuse_rows BEFORE INSERT ON lsh_keys BEGIN SELECT RAISE(ABORT, 'no room'); END")
            XCTAssertThrowsError(try insert(writer))
            XCTAssertEqual(writer.groupRows.count, 0)
            XCTAssertFalse(writer.db.inTransaction, "the group was rolled back")
            try await indexDirectly(later, into: indexer)
            XCTAssertThrowsError(try writer.commitGroup(), "a later group must not be committed")
        }
        let raw = try Database(path: db, readOnly: true)
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM repositories"), 0, "nothing of the failed run is visible")
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM lsh_keys"), 0)
        var o = options(commitSeconds: 3_600)
        o.wait = true  // the failed writer lets go of the lock when its last reference does
        _ = try await IndexRun(databasePath: db, options: o).index(paths: [repo.path, later.path])
        XCTAssertEqual(try IndexCommandTests.dump(db), try IndexCommandTests.dump(clean))
    }
}
