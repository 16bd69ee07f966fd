import Foundation
@testable import Index
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// End-to-end tests of the built `clonescan index` binary: exit codes, one-line errors, one writer,
/// and kill -9 trials that must resume to the same index as an uninterrupted run.
final class IndexCommandTests: XCTestCase {
    /// The `clonescan` executable (TestSupport's `ClonescanBinary`: `$CLONESCAN_BIN` or this checkout's debug build).
    static func binary() throws -> URL {
        let found = URL(fileURLWithPath: ClonescanBinary.path)
        guard FileManager.default.isExecutableFile(atPath: found.path) else {
            throw XCTSkip("clonescan binary not found at \(found.path); build it first")
        }
        return found
    }

    struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    @discardableResult
    static func run(_ binary: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        let process = try start(binary, arguments, environment: environment)
        let out = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        let err = (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    static func start(_ binary: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        return process
    }

    func testBadInputGivesOneLineAndTheRightExitCode() throws {
        let bin = try Self.binary()
        let dir = try temporaryDirectory("index")
        let repo = try Fixtures.repository(at: dir.appendingPathComponent("alpha"), seed: 40, files: 4)
        let db = dir.appendingPathComponent("corpus.sqlite").path

        let ok = try Self.run(bin, ["index", "--db", db, "--format", "json", repo.path])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let summary = try JSONDecoder().decode(IndexSummary.self, from: Data(ok.stdout.utf8))
        XCTAssertEqual(summary.files_indexed, 4)
        XCTAssertEqual(summary.repositories, 1)

        func expectFailure(_ args: [String], status: Int32, containing text: String, file: StaticString = #filePath, line: UInt = #line) throws {
            let r = try Self.run(bin, args)
            XCTAssertEqual(r.status, status, r.stderr, file: file, line: line)
            XCTAssertTrue(r.stderr.contains(text), r.stderr, file: file, line: line)
            if status == 3 { XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr, file: file, line: line) }
            XCTAssertFalse(r.stderr.contains("Fatal error"), file: file, line: line)
        }
        try expectFailure(["index", "--db", db], status: 2, containing: "PATH")
        try expectFailure(["index", repo.path], status: 2, containing: "--db")
        try expectFailure(["index", "--db", db, dir.appendingPathComponent("missing").path], status: 4, containing: "no such directory")

        let text = dir.appendingPathComponent("notes.txt")
        try Data("not a database, just text\n".utf8).write(to: text)
        try expectFailure(["index", "--db", text.path, repo.path], status: 3, containing: "not an SQLite database")

        let truncated = dir.appendingPathComponent("truncated.sqlite")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        try bytes.prefix(max(100, bytes.count / 3)).write(to: truncated)
        let t = try Self.run(bin, ["index", "--db", truncated.path, repo.path])
        XCTAssertEqual(t.status, 3, t.stderr)
        XCTAssertEqual(t.stderr.split(separator: "\n").count, 1, t.stderr)

        let empty = dir.appendingPathComponent("empty-repo")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("just notes\n".utf8).write(to: empty.appendingPathComponent("README.txt"))
        let e = try Self.run(bin, ["index", "--db", db, "--quiet", empty.path])
        XCTAssertEqual(e.status, 4)
        XCTAssertTrue(e.stderr.contains("no supported source files"), e.stderr)

        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
            try expectFailure(["index", "--db", db, repo.path], status: 3, containing: "read-only")
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
        }
    }

    /// A logical dump of what readers can see, independent of row ids and generation numbers.
    static func dump(_ path: String) throws -> [String] {
        let db = try Database(path: path, readOnly: true)
        var out: [String] = []
        func collect(_ sql: String, columns: Int32) throws {
            let s = try db.prepare(sql)
            while try s.step() {
                out.append((0..<columns).map { c in s.isNull(c) ? "NULL" : s.text(c) }.joined(separator: "|"))
            }
        }
        let visible = "f.added_gen <= r.visible_gen AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)"
        try collect("SELECT hex(path), name, file_count, unit_count, byte_count, visible_gen > 0, building_gen IS NULL, is_template FROM repositories ORDER BY path", columns: 8)
        try collect("""
            SELECT hex(r.path), hex(f.path_bytes), f.content_hash, f.language, f.size, u.ordinal, u.kind, u.name, u.start_line, u.end_line,
                   u.token_count, hex(u.features)
            FROM units u JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo WHERE \(visible)
            ORDER BY r.path, f.path_bytes, u.ordinal
            """, columns: 12)
        try collect("""
            SELECT hex(r.path), hex(f.path_bytes), u.ordinal, b.key FROM lsh_keys b JOIN units u ON u.id = b.unit
            JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo ORDER BY 1, 2, 3, 4
            """, columns: 4)
        try collect("SELECT hash, repos, templates FROM doc_freq ORDER BY hash", columns: 3)
        try collect("SELECT 'rows', (SELECT count(*) FROM files), (SELECT count(*) FROM units), (SELECT count(*) FROM lsh_keys)", columns: 4)
        return out
    }

    static func committedFiles(_ path: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path), let db = try? Database(path: path, readOnly: true) else { return nil }
        db.setBusyTimeout(milliseconds: 100)
        return (try? db.scalarInt("SELECT count(*) FROM files")).flatMap { $0.map(Int.init) }
    }

    func testKilledRunsResumeToTheSameIndexAsAnUninterruptedOne() throws {
        let bin = try Self.binary()
        let dir = try temporaryDirectory("index")
        let repos = try (0..<3).map { try Fixtures.repository(at: dir.appendingPathComponent("repo\($0)"), seed: 60 + $0, files: 30).path }
        let total = 90
        let reference = dir.appendingPathComponent("reference.sqlite").path
        let first = try Self.run(bin, ["index", "--db", reference, "--quiet"] + repos, environment: ["CLONESCAN_INDEX_BATCH": "5"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let expected = try Self.dump(reference)
        XCTAssertGreaterThan(expected.count, total)

        let soak = ProcessInfo.processInfo.environment["CLONESCAN_SOAK"] == "1"
        let trials = soak ? 20 : 3
        var generator = Fixtures.Generator(2024)
        // Groups of about two batches per commit (group commit), so kills land between and inside groups.
        let slow = ["CLONESCAN_INDEX_BATCH": "5", "CLONESCAN_INDEX_PAUSE_US": "12000", "CLONESCAN_INDEX_COMMIT_SECONDS": "0.1"]
        for trial in 0..<trials {
            let db = dir.appendingPathComponent("trial\(trial).sqlite").path
            let process = try Self.start(bin, ["index", "--db", db, "--quiet"] + repos, environment: slow)
            // Wait for at least one committed batch.
            let deadline = Date(timeIntervalSinceNow: 30)
            var committed = 0
            while Date() < deadline {
                committed = Self.committedFiles(db) ?? 0
                if committed >= 5 || !process.isRunning { break }
                usleep(5_000)
            }
            XCTAssertGreaterThanOrEqual(committed, 5, "trial \(trial): no batch committed before the kill")
            if trial == 0 {
                // One writer: a second run fails at once with a clear line; a reader meanwhile never fails
                // and sees only complete repositories.
                let second = try Self.run(bin, ["index", "--db", db, "--quiet", repos[0]])
                XCTAssertEqual(second.status, 3, second.stderr)
                XCTAssertTrue(second.stderr.contains("another `clonescan index`"), second.stderr)
                let reader = try IndexReader.open(path: db, readOnly: true)
                for repo in try reader.repositories() where repo.complete { XCTAssertEqual(repo.fileCount, 30) }
            }
            // Kill at a random moment within the next part of the run; meanwhile a reader polls the index and
            // must never fail nor see a repository whose visible state is incomplete.
            let killAt = Date(timeIntervalSinceNow: Double(generator.pick(900_000)) / 1e6)
            var reads = 0
            while Date() < killAt {
                let reader = try IndexReader.open(path: db, readOnly: true)
                try reader.snapshot {
                    for repo in try reader.repositories() where repo.complete {
                        XCTAssertEqual(repo.fileCount, 30)
                        XCTAssertEqual(try reader.unitIDs(repository: repo.id).count, repo.unitCount)
                    }
                }
                reads += 1
                usleep(10_000)
            }
            XCTAssertTrue(process.isRunning, "trial \(trial): the run completed before the kill; make the corpus bigger")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal)

            let db0 = try Database(path: db, readOnly: false)
            XCTAssertEqual(try db0.scalarText("PRAGMA integrity_check"), "ok", "trial \(trial)")
            let completeRepos = try db0.scalarInt("SELECT count(*) FROM repositories WHERE visible_gen > 0 AND building_gen IS NULL") ?? 0
            let afterKill = Int(try db0.scalarInt("SELECT count(*) FROM files") ?? 0)
            XCTAssertLessThan(completeRepos, 3, "trial \(trial): killed after completion")
            XCTAssertGreaterThanOrEqual(afterKill, 5, "trial \(trial): committed batch lost")

            let rerun = try Self.run(bin, ["index", "--db", db, "--format", "json"] + repos, environment: ["CLONESCAN_INDEX_BATCH": "5"])
            XCTAssertEqual(rerun.status, 0, rerun.stderr)
            let summary = try JSONDecoder().decode(IndexSummary.self, from: Data(rerun.stdout.utf8))
            XCTAssertEqual(summary.files_indexed + summary.files_copied, total - afterKill, "trial \(trial): committed work was redone")
            XCTAssertEqual(summary.files_unchanged, afterKill)
            XCTAssertEqual(try Database(path: db, readOnly: false).scalarText("PRAGMA integrity_check"), "ok")
            let got = try Self.dump(db)
            XCTAssertEqual(got.count, expected.count, "trial \(trial)")
            XCTAssertTrue(got == expected, "trial \(trial): resumed index differs from the uninterrupted one")
        }
    }
}
