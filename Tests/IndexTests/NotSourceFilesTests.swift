import Foundation
import FrontEnd
@testable import Index
import TestSupport
import XCTest

/// Extension-less files found not to be source (no `#!` line) are remembered with their stamps, so that a re-index
/// does not open an unchanged one again, and one whose stamp changed is read again.
final class NotSourceFilesTests: XCTestCase {
    private func run(_ db: String, _ paths: [String]) async throws -> IndexSummary {
        var o = IndexOptions()
        o.batchSize = 8
        o.workers = 2
        return try await IndexRun(databasePath: db, options: o).index(paths: paths)
    }

    private static func rows(_ db: String) throws -> [String] {
        let raw = try Database(path: db, readOnly: true)
        let s = try raw.prepare("SELECT repo, CAST(path_bytes AS TEXT), size FROM not_source_files ORDER BY repo, path_bytes")
        var out: [String] = []
        while try s.step() { out.append("\(s.int(0)) \(s.text(1)) \(s.int(2))") }
        return out
    }

    private static func indexedPaths(_ db: String) throws -> [String] {
        let raw = try Database(path: db, readOnly: true)
        let s = try raw.prepare("SELECT path || ' ' || language FROM files WHERE removed_gen IS NULL ORDER BY path")
        var out: [String] = []
        while try s.step() { out.append(s.text(0)) }
        return out
    }

    func testAnUnchangedFileIsNotOpenedAgainAndAChangedOneIsRead() async throws {
        let dir = try temporaryDirectory("not-source")
        let repo = try Fixtures.repository(at: dir.appendingPathComponent("alpha"), seed: 3, files: 3)
        let script = "#!/usr/bin/env python3\ndef shout(text):\n    return text.upper() + '!'\n"
        let license = repo.appendingPathComponent("LICENSE").path, notes = repo.appendingPathComponent("docs/NOTES").path
        try Fixtures.write(String(repeating: "x", count: script.utf8.count - 1) + "\n", to: URL(fileURLWithPath: license))
        try Fixtures.write("plain text\n", to: URL(fileURLWithPath: notes))
        try Fixtures.write("#!/bin/sh\necho hello\n", to: repo.appendingPathComponent("run"))
        let db = dir.appendingPathComponent("corpus.sqlite").path

        _ = try await run(db, [repo.path])
        XCTAssertEqual(try Self.rows(db), ["1 LICENSE \(script.utf8.count)", "1 docs/NOTES 11"], "a script is source, not listed")
        let indexed = try Self.indexedPaths(db)
        XCTAssertTrue(indexed.contains("run bash"), "\(indexed)")
        XCTAssertFalse(indexed.contains { $0.hasPrefix("LICENSE") })
        let firstDump = try IndexCommandTests.dump(db)

        // A script in LICENSE's place with LICENSE's size and mtime: the run trusts the stamp and does not open it.
        // (Only a test could do this; it shows the file is not read.)
        let stamp = try FileTimes.modification(license)
        try Fixtures.write(script, to: URL(fileURLWithPath: license))
        try FileTimes.setModification(license, stamp)
        let unchanged = try await run(db, [repo.path])
        XCTAssertEqual(unchanged.repositories_changed, 0)
        XCTAssertEqual(unchanged.files_unchanged, 4)
        XCTAssertEqual(try Self.indexedPaths(db), indexed)
        XCTAssertEqual(try IndexCommandTests.dump(db), firstDump, "the same rows and counts (an unchanged finish keeps its stored counts)")
        XCTAssertEqual(try Self.rows(db), ["1 LICENSE \(script.utf8.count)", "1 docs/NOTES 11"])

        // Its mtime moves: it is read, found to be Python, indexed and no longer listed.
        try FileTimes.setModification(license, timespec(tv_sec: stamp.tv_sec + 60, tv_nsec: stamp.tv_nsec))
        let changed = try await run(db, [repo.path])
        XCTAssertEqual(changed.files_indexed, 1)
        XCTAssertTrue(try Self.indexedPaths(db).contains("LICENSE python"))
        XCTAssertEqual(try Self.rows(db), ["1 docs/NOTES 11"])

        // A file gone from the tree leaves the list; removing the repository takes its rows with it.
        try FileManager.default.removeItem(atPath: notes)
        _ = try await run(db, [repo.path])
        XCTAssertEqual(try Self.rows(db), [])
        try Fixtures.write("plain text\n", to: URL(fileURLWithPath: notes))
        _ = try await run(db, [repo.path])
        XCTAssertEqual(try Self.rows(db).count, 1)
        try IndexRun(databasePath: db, options: IndexOptions()).writer.removeRepository(id: 1)
        XCTAssertEqual(try Self.rows(db), [])
    }

    func testDiscoveryTrustsOnlyAMatchingStamp() throws {
        let dir = try temporaryDirectory("not-source")
        try Fixtures.write("#!/usr/bin/env python3\nprint(1)\n", to: dir.appendingPathComponent("tool"))
        try Fixtures.write("just text\n", to: dir.appendingPathComponent("README"))
        let discovery = FileDiscovery()
        let first = try discovery.discover(root: dir.path)
        XCTAssertEqual(first.files.map(\.displayPath), ["tool"])
        let readme = try XCTUnwrap(first.notSource[Array("README".utf8)])
        XCTAssertEqual(readme.size, 10)
        // A stamp that matches is trusted (the script is taken for text without being opened); any other is not.
        let trusted = try discovery.discover(root: dir.path, notSourceBefore: [Array("tool".utf8): FileStamp(size: 32, mtimeNs: first.files[0].mtimeNs ?? 0)])
        XCTAssertEqual(trusted.files.map(\.displayPath), [])
        XCTAssertEqual(Set(trusted.notSource.keys), [Array("tool".utf8), Array("README".utf8)])
        let stale = try discovery.discover(root: dir.path, notSourceBefore: [Array("tool".utf8): FileStamp(size: 32, mtimeNs: 1)])
        XCTAssertEqual(stale.files.map(\.displayPath), ["tool"])
        XCTAssertEqual(stale.notSource, first.notSource)
    }
}
