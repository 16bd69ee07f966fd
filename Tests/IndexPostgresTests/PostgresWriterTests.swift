import Foundation
import Index
import IndexPostgres
import TestSupport
import XCTest

/// Real `clonescan index` processes against a real server: two runs on different repositories write at once, the
/// same repository twice is refused, a writer killed mid-run leaves only complete repositories visible and the next
/// run resumes to the same rows as an uninterrupted run, and a bad URL or a dead server is one line and an exit code.
final class PostgresWriterTests: XCTestCase {
    /// A repository of `files` Python files, each with two functions whose bodies vary with the seed (every
    /// function big enough to be evidence).
    func repository(seed: Int, files: Int) throws -> String {
        var contents: [String: String] = [:]
        for i in 0..<files {
            let k = seed * 1000 + i
            contents["pkg\(i % 4)/mod\(i).py"] = """
                def total_\(k)(items, limit=\(k % 97)):
                    total = 0
                    for item in items:
                        if item > \(k % 13):
                            total += item * \(k % 7 + 2)
                        else:
                            total -= limit
                    return total


                def names_\(k)(rows):
                    out = []
                    for row in rows:
                        key = str(row).strip().lower() + "_\(k)"
                        if key not in out and len(key) > \(k % 5):
                            out.append(key)
                    return sorted(out)

                """
        }
        return try tree(contents)
    }

    func start(_ args: [String], environment: [String: String] = [:]) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ClonescanBinary.path)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Committed file rows per repository path.
    func committedFiles(_ url: String) async throws -> [String: Int] {
        var out: [String: Int] = [:]
        // Before the run has created the schema, nothing is committed.
        guard try await PostgresTestServer.count(url, "SELECT (to_regclass('lsh_keys') IS NOT NULL)::int::int8") == 1 else { return out }
        for row in try await PostgresTestServer.query(url, "SELECT convert_from(r.path, 'UTF8'), count(f.id) FROM repositories r LEFT JOIN files f ON f.repo = r.id GROUP BY 1") {
            let (path, n) = try row.decode((String, Int64).self)
            out[path] = Int(n)
        }
        return out
    }

    /// What readers can see, independent of row ids and generation numbers, as one digest per table, and the counts.
    func digest(_ url: String) async throws -> String {
        let visible = "f.added_gen <= r.visible_gen AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)"
        let sql = """
            SELECT concat_ws('|',
              (SELECT md5(string_agg(concat_ws(',', encode(path, 'hex'), name, file_count, unit_count, byte_count, visible_gen > 0,
                                               building_gen IS NULL, is_template), ';' ORDER BY path)) FROM repositories),
              (SELECT md5(string_agg(concat_ws(',', encode(r.path, 'hex'), encode(f.path_bytes, 'hex'), f.content_hash, u.ordinal, u.kind,
                                               u.name, u.start_line, u.end_line, md5(u.features)), ';' ORDER BY r.path, f.path_bytes, u.ordinal))
               FROM units u JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo WHERE \(visible)),
              (SELECT md5(string_agg(concat_ws(',', encode(r.path, 'hex'), encode(f.path_bytes, 'hex'), u.ordinal, b.key), ';'
                                     ORDER BY r.path, f.path_bytes, u.ordinal, b.key))
               FROM lsh_keys b JOIN units u ON u.id = b.unit JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo),
              (SELECT md5(string_agg(concat_ws(',', hash, repos, templates), ';' ORDER BY hash)) FROM doc_freq),
              (SELECT count(*) FROM files), (SELECT count(*) FROM units), (SELECT count(*) FROM lsh_keys), (SELECT count(*) FROM doc_freq))
            """
        let rows = try await PostgresTestServer.query(url, sql)
        let row = try XCTUnwrap(rows.first)
        return try row.decode(String.self)
    }

    func testTwoRunsOnDifferentRepositoriesWriteAtOnce() async throws {
        let repos = try (0..<2).map { try repository(seed: 10 + $0, files: 60) }
        let url = try await temporaryPostgresIndex()
        let slow = ["CLONESCAN_INDEX_BATCH": "4", "CLONESCAN_INDEX_PAUSE_US": "20000"]
        let runs = try repos.map { try start(["index", "--db", url, "--quiet", $0], environment: slow) }
        // Both repositories gain committed rows while both runs are still going: the writes overlap.
        var overlapped = false
        let deadline = Date(timeIntervalSinceNow: 60)
        while Date() < deadline && runs.allSatisfy(\.isRunning) {
            let committed = try await committedFiles(url)
            if repos.allSatisfy({ (committed[IndexRun.realPathForTests($0)] ?? 0) >= 4 }) { overlapped = true; break }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        for run in runs { run.waitUntilExit(); XCTAssertEqual(run.terminationStatus, 0) }
        XCTAssertTrue(overlapped, "the two runs never wrote at the same time")
        // The same index as one run over both repositories.
        let sequential = try await temporaryPostgresIndex()
        let one = try start(["index", "--db", sequential, "--quiet"] + repos)
        one.waitUntilExit()
        XCTAssertEqual(one.terminationStatus, 0)
        let a = try await digest(url), b = try await digest(sequential)
        XCTAssertEqual(a, b)
    }

    func testTheSameRepositoryTwiceIsRefusedUntilTheFirstRunEnds() async throws {
        let repo = try repository(seed: 20, files: 100)
        let url = try await temporaryPostgresIndex()
        let first = try start(["index", "--db", url, "--quiet", repo], environment: ["CLONESCAN_INDEX_BATCH": "4", "CLONESCAN_INDEX_PAUSE_US": "20000"])
        let deadline = Date(timeIntervalSinceNow: 60)
        while Date() < deadline, first.isRunning, (try await committedFiles(url)).values.reduce(0, +) < 4 {
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        XCTAssertTrue(first.isRunning, "the first run ended before the second started; make the repository bigger")
        let second = try run(["index", "--db", url, "--quiet", repo])
        XCTAssertEqual(second.code, 3, second.stderr)
        XCTAssertTrue(second.stderr.contains("another `clonescan index`"), second.stderr)
        XCTAssertEqual(second.stderr.split(separator: "\n").count, 1, second.stderr)
        // --wait waits for the first run's lock, then finds everything unchanged.
        let waited = try run(["index", "--db", url, "--wait", "--format", "json", repo])
        XCTAssertEqual(waited.code, 0, waited.stderr)
        XCTAssertFalse(first.isRunning)
        let summary = try JSONDecoder().decode(IndexSummary.self, from: Data(waited.stdout.utf8))
        XCTAssertEqual(summary.files_unchanged, 100)
    }

    func testAKilledWriterLeavesCompleteRepositoriesAndTheNextRunResumes() async throws {
        let repos = try (0..<3).map { try repository(seed: 30 + $0, files: 30) }
        let reference = try await temporaryPostgresIndex()
        let clean = try run(["index", "--db", reference, "--quiet"] + repos, environment: ["CLONESCAN_INDEX_BATCH": "5"])
        XCTAssertEqual(clean.code, 0, clean.stderr)
        let expected = try await digest(reference)

        let url = try await temporaryPostgresIndex()
        let process = try start(["index", "--db", url, "--quiet"] + repos, environment: ["CLONESCAN_INDEX_BATCH": "5", "CLONESCAN_INDEX_PAUSE_US": "12000"])
        // Readers meanwhile see only complete repositories, each whole.
        var committed = 0, reads = 0
        let deadline = Date(timeIntervalSinceNow: 60)
        while Date() < deadline && process.isRunning && committed < 40 {
            committed = (try await committedFiles(url)).values.reduce(0, +)
            if committed > 0 {
                let reader = try PostgresIndexReader.open(url: url)
                try reader.snapshot {
                    for repo in try reader.repositories() where repo.complete {
                        XCTAssertEqual(repo.fileCount, 30)
                        XCTAssertEqual(try reader.loadRepositoryUnits(repo.id).count, repo.unitCount)
                    }
                }
                reads += 1
            }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        XCTAssertTrue(process.isRunning, "the run completed before the kill; make the corpus bigger")
        XCTAssertGreaterThan(reads, 0)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        let afterKill = Int(try await PostgresTestServer.count(url, "SELECT count(*) FROM files"))
        XCTAssertGreaterThanOrEqual(afterKill, 5, "a committed batch was lost")
        let complete = try await PostgresTestServer.count(url, "SELECT count(*) FROM repositories WHERE visible_gen > 0 AND building_gen IS NULL")
        XCTAssertLessThan(complete, 3, "killed after the run completed")

        let rerun = try run(["index", "--db", url, "--format", "json"] + repos, environment: ["CLONESCAN_INDEX_BATCH": "5"])
        XCTAssertEqual(rerun.code, 0, rerun.stderr)
        let summary = try JSONDecoder().decode(IndexSummary.self, from: Data(rerun.stdout.utf8))
        XCTAssertEqual(summary.repositories_resumed, 1)
        XCTAssertEqual(summary.files_unchanged, afterKill, "committed work was redone")
        XCTAssertEqual(summary.files_indexed + summary.files_copied, 90 - afterKill)
        let got = try await digest(url)
        XCTAssertEqual(got, expected, "the resumed index differs from the uninterrupted one")
    }

    func testABadURLIsAUsageErrorAndADeadServerARuntimeError() throws {
        let code = try tree(["a.py": SampleCode.library])
        for url in ["postgresql://127.0.0.1:5432/db", "postgresql://u@:5432/db", "postgresql://u@127.0.0.1:5432/", "postgres://u@h:5432/db?sslmode=require"] {
            for args in [["index", "--db", url, code], ["query", "--db", url, code], ["index", "--db", url, "--list"]] {
                let r = try run(args)
                XCTAssertEqual(r.code, 2, "\(args): \(r.stderr)")
                XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
                XCTAssertTrue(r.stderr.contains("postgresql://"), r.stderr)
            }
        }
        // A port nothing listens on (bound, never listening) and a password that must never be printed.
        let dead = "postgresql://u:secret@127.0.0.1:1/db"
        for args in [["index", "--db", dead, code], ["query", "--db", dead, code], ["audit", code, "--db", dead]] {
            let r = try run(args)
            XCTAssertEqual(r.code, 3, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertTrue(r.stderr.contains("cannot connect to PostgreSQL"), r.stderr)
            XCTAssertFalse(r.stderr.contains("secret"), r.stderr)
        }
    }
}

extension IndexRun {
    /// The real path a run keys a repository by (the temporary trees live under a symlinked /tmp on some systems).
    static func realPathForTests(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
