import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `--output` never replaces what it points at, and every failed write is one line and exit 3, in every command.
final class SafeOutputCLITests: XCTestCase {
    func pair() throws -> (String, String) {
        (try tree(["a.py": SampleCode.library]), try tree(["b.py": SampleCode.library]))
    }

    func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    func testRegularFileIsReplacedWholeAndASymlinkIsWrittenThrough() throws {
        let (ref, sus) = try pair()
        let dir = try temporaryDirectory("output")
        let target = dir.appendingPathComponent("report.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        let link = dir.appendingPathComponent("latest.json").path
        XCTAssertEqual(symlink(target, link), 0)

        let r = try run(["compare", ref, sus, "--format", "json", "--no-license", "--output", link])
        XCTAssertEqual(r.code, 1, r.stderr)
        XCTAssertEqual(fileType(link), S_IFLNK, "the symlink was replaced by a file")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(written.contains("\"verdict\" : \"clone\""), written)
        // A regular file: replaced atomically, no temporary file left beside it.
        XCTAssertEqual(try run(["compare", ref, sus, "--format", "json", "--no-license", "--output", target]).code, 1)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), ["latest.json", "report.json"])
    }

    func testFIFOIsWrittenThroughNotReplaced() throws {
        let (ref, sus) = try pair()
        let fifo = try temporaryDirectory("fifo").appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let received = Received()
        let reader = Thread {
            let handle = FileHandle(forReadingAtPath: fifo)
            received.set(handle?.readDataToEndOfFile() ?? Data())
        }
        reader.start()
        let r = try run(["compare", ref, sus, "--format", "json", "--no-license", "--output", fifo])
        XCTAssertEqual(r.code, 1, r.stderr)
        let deadline = Date().addingTimeInterval(10)
        while !received.done && Date() < deadline { usleep(10_000) }
        XCTAssertTrue(String(decoding: received.get(), as: UTF8.self).contains("\"schema_version\""))
        XCTAssertEqual(fileType(fifo), S_IFIFO, "the FIFO was replaced")
    }

    func testFullDeviceIsReportedAndKept() throws {
        let (ref, sus) = try pair()
        guard getuid() == 0 else { throw XCTSkip("needs root to make a private full device (mknod c 1 7)") }
        let full = try temporaryDirectory("full").appendingPathComponent("full").path
        XCTAssertEqual(mknod(full, S_IFCHR | 0o666, dev_t((1 << 8) | 7)), 0)  // major 1, minor 7: the full device
        let db = try indexed(ref)
        for args in [["compare", ref, sus, "--no-license", "--output", full], ["audit", sus, "--db", db, "--output", full],
                     ["query", "--db", db, sus, "--output", full]] {
            let r = try run(args)
            XCTAssertEqual(r.code, 3, "\(args[0]): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("cannot write") && r.stderr.contains("No space left"), r.stderr)
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertEqual(fileType(full), S_IFCHR, "\(args[0]) replaced the device node")
        }
    }

    func testStandardOutputOnAFullDeviceOrAClosedPipeExitsThree() throws {
        let (ref, sus) = try pair()
        let db = try indexed(ref)
        for args in [["compare", ref, sus, "--no-license"], ["parse", ref], ["index", "--db", db, ref, "--format", "json"],
                     ["query", "--db", db, sus], ["license", ref]] {
            if let devFull = FileHandle(forWritingAtPath: "/dev/full") {
                let r = try runWithStandardOutput(args, devFull)
                XCTAssertEqual(r.code, 3, "\(args[0]) > /dev/full: \(r.stderr)")
                XCTAssertTrue(r.stderr.hasPrefix("clonescan: error: cannot write standard output"), r.stderr)
            }
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            let closed = try runWithStandardOutput(args, pipe.fileHandleForWriting)
            XCTAssertEqual(closed.code, 3, "\(args[0]) | closed pipe: \(closed.stderr)")
            XCTAssertTrue(closed.stderr.contains("Broken pipe"), closed.stderr)
        }
    }

    func testDirectoryAsOutputIsAUsageError() throws {
        let (ref, sus) = try pair()
        let dir = try temporaryDirectory("dir-output")
        let r = try run(["compare", ref, sus, "--no-license", "--output", dir.path])
        XCTAssertEqual(r.code, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("is a directory"), r.stderr)
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    // MARK: helpers

    func indexed(_ repository: String) throws -> String {
        let db = try temporaryDirectory("db").appendingPathComponent("x.sqlite").path
        let r = try run(["index", "--db", db, repository, "--quiet"])
        XCTAssertEqual(r.code, 0, r.stderr)
        return db
    }

    /// Runs the binary with standard output on `handle`; standard error captured.
    func runWithStandardOutput(_ args: [String], _ handle: FileHandle) throws -> CLIRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ClonescanBinary.path)
        p.arguments = args
        let err = Pipe()
        p.standardOutput = handle
        p.standardError = err
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIRun(code: p.terminationStatus, stdout: "", stderr: String(decoding: e, as: UTF8.self))
    }
}

/// Bytes handed over from the FIFO reader thread.
private final class Received: @unchecked Sendable {
    private var data: Data?
    private let lock = NSLock()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
}
