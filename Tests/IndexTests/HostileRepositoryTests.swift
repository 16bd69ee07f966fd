import Foundation
@testable import Index
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10's hostile-repository suite, built at test time and indexed by the real binary:
/// the run finishes, warns in one escaped line per problem, and indexes everything else.
final class HostileRepositoryTests: XCTestCase {
    func testHostileRepositoryIsIndexedWithoutCrashing() throws {
        let bin = try IndexCommandTests.binary()
        let root = try temporaryDirectory("index")
        let repo = root.appendingPathComponent("hostile")
        let fm = FileManager.default
        try fm.createDirectory(at: repo, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            let url = repo.appendingPathComponent(name)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        // Three ordinary files that must be indexed.
        try Fixtures.write(Fixtures.python(seed: 7), to: repo.appendingPathComponent("good/one.py"))
        try Fixtures.write(Fixtures.python(seed: 8), to: repo.appendingPathComponent("good/two.py"))
        try Fixtures.write("package g\n\nfunc Add(a int, b int) int {\n\treturn a + b\n}\n", to: repo.appendingPathComponent("good/g.go"))
        // Binary named .py, NUL bytes in source, invalid UTF-8 and UTF-16 (odd length, lone surrogates).
        var generator = Fixtures.Generator(99)
        try write("binary.py", (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        try write("nul.js", Array("var a = 1;\n".utf8) + [0, 0, 0] + Array("var b = 2;\n".utf8))
        try write("latin.py", Array("def f():\n    return '".utf8) + [0xE9, 0xFF, 0xC0, 0x80] + Array("'\n".utf8))
        try write("wide.py", [0xFF, 0xFE, 0x00, 0xD8, 0x41] + Array(repeating: 0x00, count: 7))
        // Deep nesting and a 100 MB file (sparse, so the test stays fast).
        try write("deep.py", Array(("x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n").utf8))
        let huge = repo.appendingPathComponent("huge.py").path
        XCTAssertTrue(fm.createFile(atPath: huge, contents: nil))
        XCTAssertEqual(truncate(huge, 100 << 20), 0)
        // Symlink loop, symlink out of the tree, unreadable directory.
        try fm.createSymbolicLink(atPath: repo.appendingPathComponent("loop").path, withDestinationPath: repo.path)
        try fm.createSymbolicLink(atPath: repo.appendingPathComponent("passwd.py").path, withDestinationPath: "/etc/passwd")
        try Fixtures.write("x = 1\n", to: repo.appendingPathComponent("locked/hidden.py"))
        chmod(repo.appendingPathComponent("locked").path, 0)
        defer { chmod(repo.appendingPathComponent("locked").path, 0o755) }
        // Names with a newline, HTML, an ANSI escape and non-UTF-8 bytes.
        try write("new\nline.py", Array("def nl():\n    return 1\n".utf8))
        try write("<script>alert(1)</script>.py", Array("def html():\n    return 2\n".utf8))
        try write("\u{1B}[31mred.py", Array("def ansi():\n    return 3\n".utf8))
        let raw = Array(repo.path.utf8) + Array("/bad-".utf8) + [0xFF, 0xFE] + Array(".py".utf8)
        let fd = (raw + [0]).withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = "def raw():\n    return 4\n".withCString { Glibc.write(fd, $0, strlen($0)) }
        close(fd)
        // A directory whose .gitignore ignores everything, and many empty files.
        try Fixtures.write("*\n", to: repo.appendingPathComponent("ignored/.gitignore"))
        try Fixtures.write(Fixtures.python(seed: 9), to: repo.appendingPathComponent("ignored/secret.py"))
        let empties = ProcessInfo.processInfo.environment["CLONESCAN_SOAK"] == "1" ? 100_000 : 5_000
        let emptyDir = repo.appendingPathComponent("empty")
        try fm.createDirectory(at: emptyDir, withIntermediateDirectories: true)
        for i in 0..<empties { _ = fm.createFile(atPath: emptyDir.appendingPathComponent("e\(i).py").path, contents: nil) }

        let db = root.appendingPathComponent("hostile.sqlite").path
        let result = try IndexCommandTests.run(bin, ["index", "--db", db, "--format", "json", repo.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal error"))
        XCTAssertFalse(result.stderr.contains("\u{1B}"), "warnings must escape terminal control bytes")
        for line in result.stderr.split(separator: "\n") { XCTAssertTrue(line.hasPrefix("warning") || line.hasPrefix("clonescan"), String(line)) }
        let summary = try JSONDecoder().decode(IndexSummary.self, from: Data(result.stdout.utf8))
        let index = try IndexReader.open(path: db, readOnly: true)
        let units = try index.unitIDs(repository: try XCTUnwrap(index.repositories().first).id)
        let names = Set(try index.loadUnits(units).map(\.features.name))
        for expected in ["nl", "html", "ansi", "raw", "compute_217_total"] {
            XCTAssertTrue(names.contains(expected), "\(expected) not indexed; have \(names.sorted().prefix(20))")
        }
        XCTAssertFalse(names.contains { $0.hasPrefix("compute_279") }, "a file under an ignore-all .gitignore was indexed")
        XCTAssertGreaterThanOrEqual(summary.files_skipped, 2)
        XCTAssertGreaterThanOrEqual(summary.files_indexed, 8)
        print("hostile repository: \(summary.files_seen) files seen, \(summary.files_indexed) indexed, skipped \(summary.skipped_by_reason), \(String(format: "%.1f", summary.seconds)) s")
        let check = try IndexCommandTests.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, "PRAGMA integrity_check;"])
        XCTAssertEqual(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "ok")
    }
}
