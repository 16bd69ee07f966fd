import Foundation
import Index
import IndexPostgres
import TestSupport
import XCTest

/// The PostgreSQL backend keeps the files found not to be source by their first bytes (`not_source_files`) as the
/// SQLite file does (`NotSourceFilesTests`): an unchanged one is not opened again, a changed one is read, the rows
/// follow the tree and leave with the repository, and an index of schema version 1 gets the table.
final class PostgresNotSourceFilesTests: XCTestCase {
    /// Several batches per repository, two workers (as `NotSourceFilesTests` runs the SQLite index).
    private static let options: IndexOptions = { var o = IndexOptions(); (o.batchSize, o.workers) = (8, 2); return o }()

    private func run(_ url: String, _ paths: [String]) async throws -> IndexSummary {
        try await PostgresIndexRun(url: url, options: Self.options).index(paths: paths)
    }

    private static func rows(_ url: String) async throws -> [String] {
        try await PostgresTestServer.query(url, """
            SELECT convert_from(path_bytes, 'UTF8') || ' ' || size FROM not_source_files ORDER BY repo, path_bytes
            """).map { try $0.decode(String.self) }
    }

    private static func indexedPaths(_ url: String) async throws -> [String] {
        try await PostgresTestServer.query(url, "SELECT path || ' ' || language FROM files WHERE removed_gen IS NULL ORDER BY path")
            .map { try $0.decode(String.self) }
    }

    func testAnUnchangedFileIsNotOpenedAgainAndAChangedOneIsRead() async throws {
        let url = try await temporaryPostgresIndex()
        let script = "#!/usr/bin/env python3\ndef shout(text):\n    return text.upper() + '!'\n"
        let repo = try tree([
            "pkg/core.py": SampleCode.auditLibrary,
            "LICENSE": String(repeating: "x", count: script.utf8.count - 1) + "\n",
            "docs/NOTES": "plain text\n",
            "run": "#!/bin/sh\necho hello\n",
        ])
        let license = repo + "/LICENSE", notes = repo + "/docs/NOTES"

        _ = try await run(url, [repo])
        let listed = try await Self.rows(url)
        XCTAssertEqual(listed, ["LICENSE \(script.utf8.count)", "docs/NOTES 11"], "a script is source, not listed")
        let indexed = try await Self.indexedPaths(url)
        XCTAssertTrue(indexed.contains("run bash"), "\(indexed)")
        XCTAssertFalse(indexed.contains { $0.hasPrefix("LICENSE") })

        // A script in LICENSE's place with LICENSE's size and mtime: the run trusts the stamp and does not open it.
        let stamp = try FileTimes.modification(license)
        try script.write(toFile: license, atomically: false, encoding: .utf8)
        try FileTimes.setModification(license, stamp)
        let unchanged = try await run(url, [repo])
        XCTAssertEqual(unchanged.repositories_changed, 0)
        let stillIndexed = try await Self.indexedPaths(url)
        XCTAssertEqual(stillIndexed, indexed)
        let stillListed = try await Self.rows(url)
        XCTAssertEqual(stillListed, ["LICENSE \(script.utf8.count)", "docs/NOTES 11"])

        // Its mtime moves: it is read, found to be Python, indexed and no longer listed.
        try FileTimes.setModification(license, timespec(tv_sec: stamp.tv_sec + 60, tv_nsec: stamp.tv_nsec))
        let changed = try await run(url, [repo])
        XCTAssertEqual(changed.files_indexed, 1)
        let licenseIndexed = try await Self.indexedPaths(url).contains("LICENSE python")
        XCTAssertTrue(licenseIndexed)
        let afterChange = try await Self.rows(url)
        XCTAssertEqual(afterChange, ["docs/NOTES 11"])

        // A file gone from the tree leaves the list; removing the repository takes its rows with it.
        try FileManager.default.removeItem(atPath: notes)
        _ = try await run(url, [repo])
        let afterDelete = try await Self.rows(url)
        XCTAssertEqual(afterDelete, [])
        try "plain text\n".write(toFile: notes, atomically: false, encoding: .utf8)
        _ = try await run(url, [repo])
        let afterReturn = try await Self.rows(url).count
        XCTAssertEqual(afterReturn, 1)
        let removal = try PostgresIndexRun(url: url, options: IndexOptions()).remove(paths: [repo])
        XCTAssertEqual(removal.removed.count, 1)
        let afterRemoval = try await Self.rows(url)
        XCTAssertEqual(afterRemoval, [])
    }

    func testAVersionOneIndexGetsTheTableFromTheNextRun() async throws {
        let url = try await temporaryPostgresIndex()
        let repo = try tree(["pkg/core.py": SampleCode.auditLibrary, "README": "just text\n"])
        _ = try await run(url, [repo])
        // What a build of schema version 1 left: no table, version 1.
        _ = try await PostgresTestServer.query(url, "DROP TABLE not_source_files")
        _ = try await PostgresTestServer.query(url, "UPDATE metadata SET value = '1' WHERE key = 'pg_schema_version'")
        let files = try await PostgresTestServer.count(url, "SELECT count(*) FROM files")

        let again = try await run(url, [repo])
        XCTAssertEqual(again.repositories_changed, 0, "the upgrade rewrites no row")
        let filesAfter = try await PostgresTestServer.count(url, "SELECT count(*) FROM files")
        XCTAssertEqual(filesAfter, files)
        let version = try await PostgresTestServer.query(url, "SELECT value FROM metadata WHERE key = 'pg_schema_version'")
            .map { try $0.decode(String.self) }
        XCTAssertEqual(version, ["2"])
        let recorded = try await Self.rows(url)
        XCTAssertEqual(recorded, ["README 10"], "the first run after the upgrade records the files again")
    }
}
