import Foundation
import TestSupport
import XCTest

/// `clonescan sketch` through the built binary: exit codes, the files it leaves, and gzip that the system reads.
final class SketchCLITests: XCTestCase {
    func testSketchWritesShardsManifestAndMetadataAndExitsFourOnASkippedPath() throws {
        let good = try tree(["lib/sort.py": SampleCode.library])
        let missing = try temporaryDirectory("gone").appendingPathComponent("missing").path
        let out = try temporaryDirectory("sketches").appendingPathComponent("new/dir").path
        let r = try run(["sketch", "--out", out, "--run-id", "m1", "--format", "json", missing, good])
        XCTAssertEqual(r.code, 4, r.stderr)
        XCTAssertTrue(r.stderr.contains("warning: \(missing): no such directory; repository not sketched"), r.stderr)
        let summary = try r.json()
        XCTAssertEqual(summary["repositories"] as? [String], [good])
        XCTAssertEqual(summary["skipped_repositories"] as? [String], [missing])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(),
                       ["metadata.json", "run-m1.json", "units-m1-00000.jsonl.gz"])
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-t", out + "/units-m1-00000.jsonl.gz"]
        try gzip.run()
        gzip.waitUntilExit()
        XCTAssertEqual(gzip.terminationStatus, 0, "gzip -t accepts the shard")

        // A second machine's run into the same directory: its own shards, the same metadata; nothing skipped: exit 0.
        let second = try run(["sketch", "--out", out, "--run-id", "m2", "--quiet", good])
        XCTAssertEqual(second.code, 0, second.stderr)
        XCTAssertEqual(second.stdout, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/units-m2-00000.jsonl.gz"))
    }

    func testUsageErrorsExitTwo() throws {
        let good = try tree(["lib/sort.py": SampleCode.library])
        let file = try temporaryDirectory("file").appendingPathComponent("x.txt")
        try Data("x".utf8).write(to: file)
        let notADirectory = try run(["sketch", "--out", file.path, good])
        XCTAssertEqual(notADirectory.code, 2)
        XCTAssertTrue(notADirectory.stderr.contains("--out \(file.path) is a file; pass a directory"), notADirectory.stderr)
        let badRun = try run(["sketch", "--out", try temporaryDirectory("o").path, "--run-id", "a/b", good])
        XCTAssertEqual(badRun.code, 2)
        XCTAssertTrue(badRun.stderr.contains("--run-id a/b"), badRun.stderr)
        XCTAssertEqual(try run(["sketch", "--out", try temporaryDirectory("o2").path]).code, 2, "no PATH")
    }
}
