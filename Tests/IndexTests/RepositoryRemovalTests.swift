import Analysis
import Foundation
@testable import Index
import TestSupport
import XCTest

/// Repositories leaving the index (`--remove`, `--prune`), paths skipped by a run, and the warnings kept per
/// repository, on real SQLite files.
final class RepositoryRemovalTests: XCTestCase {
    func options(template: Bool = false) -> IndexOptions {
        var o = IndexOptions()
        o.batchSize = 4
        o.workers = 2
        o.template = template
        return o
    }

    func runIndex(_ db: String, _ paths: [String], template: Bool = false, prune: Bool = false) async throws -> IndexSummary {
        try await IndexRun(databasePath: db, options: options(template: template)).index(paths: paths, prune: prune)
    }

    /// Three repositories; `copy` holds a function of `original` with renamed identifiers, so LSH finds it from there.
    func corpus(in dir: URL) throws -> (original: String, copy: String, other: String) {
        let original = try Fixtures.repository(at: dir.appendingPathComponent("original"), seed: 500, files: 6)
        let copy = try Fixtures.repository(at: dir.appendingPathComponent("copy"), seed: 501, files: 6)
        let source = try String(contentsOf: original.appendingPathComponent("web/part_2.js"), encoding: .utf8)
        try Fixtures.write(source.replacingOccurrences(of: "parts", with: "pieces"), to: copy.appendingPathComponent("lib/taken.js"))
        let other = try Fixtures.repository(at: dir.appendingPathComponent("other"), seed: 502, files: 6)
        return (original.path, copy.path, other.path)
    }

    static func rowCounts(_ db: String) throws -> [String: Int64] {
        let raw = try Database(path: db, readOnly: true)
        var out: [String: Int64] = [:]
        for table in ["repositories", "files", "units", "lsh_keys", "doc_freq", "repository_warnings"] {
            out[table] = try raw.scalarInt("SELECT count(*) FROM \(table)")
        }
        return out
    }

    func testARemovedRepositoryIsInvisibleToEveryRead() async throws {
        let dir = try temporaryDirectory("index")
        let (original, copy, other) = try corpus(in: dir)
        let db = dir.appendingPathComponent("corpus.sqlite").path
        _ = try await runIndex(db, [original, copy, other])

        let before = try IndexReader.open(path: db, readOnly: true)
        let removedRepo = try XCTUnwrap(before.repositories().first { $0.path == IndexRun.realPath(copy) })
        let removedUnits = try before.loadUnits(before.unitIDs(repository: removedRepo.id))
        let leaves = removedUnits.filter { $0.features.isLeaf && $0.features.tokenCount >= AnalysisParameters().minUnitTokens }
        let signatures = leaves.map(\.features.structureSignature)
        XCTAssertTrue(try before.candidateUnits(for: signatures, channel: .structure, limit: 50).joined().contains { id in
            removedUnits.contains { $0.id == id }
        }, "before removal the copy's units are candidates")

        let dfBefore = try before.documentFrequency(Array(Set(leaves.flatMap { $0.features.structure.sortedHashes + $0.features.literals.sortedHashes })))
        XCTAssertTrue(dfBefore.values.contains(2), "the copied function's shingles are in two repositories")
        let removal = try IndexRun(databasePath: db, options: options()).remove(paths: [copy, dir.appendingPathComponent("never").path])
        XCTAssertEqual(removal.removed, [copy])
        XCTAssertEqual(removal.not_indexed, [dir.appendingPathComponent("never").path])

        let index = try IndexReader.open(path: db, readOnly: true)
        XCTAssertEqual(Set(try index.repositories().map(\.path)), [IndexRun.realPath(original), IndexRun.realPath(other)])
        XCTAssertEqual(try index.unitIDs(repository: removedRepo.id), [])
        XCTAssertEqual(try index.loadUnits(removedUnits.map(\.id)).count, 0)
        for channel in SignatureChannel.allCases {
            let found = try index.candidateUnits(for: leaves.map { channel == .structure ? $0.features.structureSignature : $0.features.crossSignature },
                                                 channel: channel, limit: 50)
            let repositories = try index.repositoriesOfUnits(Array(found.joined()))
            XCTAssertFalse(found.joined().isEmpty, "\(channel): the original's units are still candidates")
            XCTAssertFalse(repositories.values.contains(removedRepo.id), "\(channel): a removed repository's unit is still a candidate")
        }
        // Its shingles no longer count in document frequency: each of its hashes is in one repository fewer.
        let hashes = Array(Set(leaves.flatMap { $0.features.structure.sortedHashes + $0.features.literals.sortedHashes }))
        let after = try index.documentFrequency(hashes)
        for (hash, count) in dfBefore { XCTAssertEqual(after[hash], count - 1) }
        XCTAssertEqual(try index.repositoryCount(), 2)
        let raw = try Database(path: db, readOnly: true)
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM files WHERE repo NOT IN (SELECT id FROM repositories)"), 0)
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM units WHERE file NOT IN (SELECT id FROM files)"), 0)
        XCTAssertEqual(try raw.scalarInt("SELECT count(*) FROM lsh_keys WHERE unit NOT IN (SELECT id FROM units)"), 0)
        XCTAssertEqual(try raw.scalarText("PRAGMA integrity_check"), "ok")
    }

    func testRemovingAndAddingBackEqualsAFreshIndex() async throws {
        let dir = try temporaryDirectory("index")
        let (original, copy, other) = try corpus(in: dir)
        let fresh = dir.appendingPathComponent("fresh.sqlite").path
        _ = try await runIndex(fresh, [original, copy, other])
        let withoutCopy = dir.appendingPathComponent("without.sqlite").path
        _ = try await runIndex(withoutCopy, [original, other])

        let db = dir.appendingPathComponent("corpus.sqlite").path
        _ = try await runIndex(db, [original, copy, other])
        _ = try IndexRun(databasePath: db, options: options()).remove(paths: [copy])
        XCTAssertEqual(try Self.rowCounts(db), try Self.rowCounts(withoutCopy))
        XCTAssertTrue(try IndexCommandTests.dump(db) == IndexCommandTests.dump(withoutCopy), "removal leaves what never having it leaves")
        // Removing it again changes nothing.
        XCTAssertEqual(try IndexRun(databasePath: db, options: options()).remove(paths: [copy]).not_indexed, [copy])
        XCTAssertEqual(try Self.rowCounts(db), try Self.rowCounts(withoutCopy))

        let again = try await runIndex(db, [copy])
        XCTAssertEqual(again.files_indexed + again.files_copied, 7)
        XCTAssertEqual(try Self.rowCounts(db), try Self.rowCounts(fresh))
        XCTAssertTrue(try IndexCommandTests.dump(db) == IndexCommandTests.dump(fresh), "removed and added back equals a fresh index")
    }

    func testPruneDropsWhatTheListNoLongerNamesAndKeepsTemplatesAndMissingListedPaths() async throws {
        let dir = try temporaryDirectory("index")
        let (original, copy, other) = try corpus(in: dir)
        let template = try Fixtures.repository(at: dir.appendingPathComponent("template"), seed: 503, files: 3).path
        let db = dir.appendingPathComponent("corpus.sqlite").path
        _ = try await runIndex(db, [original, copy, other])
        _ = try await runIndex(db, [template], template: true)

        // `other` is still listed but its directory is gone for the night: skipped, kept, not pruned.
        try FileManager.default.removeItem(atPath: other)
        let summary = try await runIndex(db, [original, other], prune: true)
        XCTAssertEqual(summary.repositories_removed, [copy])
        XCTAssertEqual(summary.skipped_repositories, [other])
        let index = try IndexReader.open(path: db, readOnly: true)
        let repos = try index.repositories()
        XCTAssertEqual(Set(repos.map(\.givenPath)), [original, other, template])
        let kept = try XCTUnwrap(repos.first { $0.givenPath == other })
        XCTAssertTrue(kept.complete)
        XCTAssertEqual(kept.fileCount, 6, "a repository skipped for a night keeps its last indexed state")
        let warnings = try index.warningsByRepository()
        XCTAssertEqual(warnings[kept.id]?.count, 1)
        XCTAssertTrue(warnings[kept.id]?.first?.contains("no such directory") ?? false, "\(warnings)")
        XCTAssertNil(warnings[try XCTUnwrap(repos.first { $0.givenPath == original }).id])
    }

    func testWarningsAreKeptPerRepositoryAndReplacedByItsNextRun() async throws {
        let dir = try temporaryDirectory("index")
        let repo = try Fixtures.repository(at: dir.appendingPathComponent("alpha"), seed: 504, files: 3)
        let clean = try Fixtures.repository(at: dir.appendingPathComponent("beta"), seed: 505, files: 3)
        let big = repo.appendingPathComponent("pkg/huge.py")
        try Fixtures.write(Fixtures.python(seed: 1, functions: 40), to: big)
        let db = dir.appendingPathComponent("corpus.sqlite").path
        var o = options()
        o.maxFileBytes = 2_000
        var lines: [String] = []
        let summary = try await IndexRun(databasePath: db, options: o).index(paths: [repo.path, clean.path], warning: { lines.append($0) })
        XCTAssertEqual(summary.skipped_repositories, [])
        XCTAssertEqual(lines.count, 1, "\(lines)")
        var index = try IndexReader.open(path: db, readOnly: true)
        var warnings = try index.warningsByRepository()
        let alpha = try XCTUnwrap(index.repositories().first { $0.name == "alpha" })
        XCTAssertEqual(warnings.count, 1, "only the repository with a problem file has warnings")
        XCTAssertEqual(warnings[alpha.id]?.count, 1)
        XCTAssertTrue(warnings[alpha.id]?.first?.contains("pkg/huge.py: too-large") ?? false, "\(warnings)")
        XCTAssertTrue(lines[0].hasSuffix(warnings[alpha.id]?.first ?? "-"))

        try FileManager.default.removeItem(at: big)
        _ = try await IndexRun(databasePath: db, options: o).index(paths: [repo.path])
        index = try IndexReader.open(path: db, readOnly: true)
        warnings = try index.warningsByRepository()
        XCTAssertEqual(warnings, [:], "the next run's warnings replace the last run's")
    }
}
