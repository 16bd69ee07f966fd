import Foundation
import FrontEnd
@testable import History
import TestSupport
import XCTest

/// Reading a scanned repository's history never runs its configuration, never touches its work tree, and never
/// honours the caller's `GIT_DIR`.
final class GitSafetyTests: XCTestCase {
    func testHooksFsmonitorAndPagerOfAScannedRepositoryNeverRun() throws {
        let dir = try temporaryDirectory("gitsafety")
        let repo = try TestRepository(at: dir.appendingPathComponent("hostile").path)
        try repo.write("a.py", "def f(x):\n    return x + 1\n")
        let head = try repo.commit("one", date: "2024-01-01T10:00:00Z")
        let marker = dir.appendingPathComponent("ran").path
        let script = dir.appendingPathComponent("evil.sh").path
        try Data("#!/bin/sh\ntouch '\(marker)'\n".utf8).write(to: URL(fileURLWithPath: script))
        chmod(script, 0o755)
        try repo.git("config", "core.fsmonitor", script)
        try repo.git("config", "core.pager", script)
        try repo.git("config", "core.hooksPath", dir.path)
        for hook in ["post-checkout", "post-index-change", "reference-transaction"] {
            try FileManager.default.copyItem(atPath: script, toPath: dir.appendingPathComponent(hook).path)
        }

        let (opened, status, _) = GitRepository.open(repo.path)
        XCTAssertEqual(status, .git)
        let git = try XCTUnwrap(opened)
        XCTAssertEqual(try git.firstParentChain(), [head])
        XCTAssertEqual(try git.commit(head).author, "Ada Ref <ada@example.org>")
        let export = try TreeExport.write(head, of: git, maxFileBytes: 1 << 20)
        defer { export.remove() }
        XCTAssertEqual(try String(contentsOfFile: export.directory + "/a.py", encoding: .utf8), "def f(x):\n    return x + 1\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker), "a hook, fsmonitor or pager of the scanned repository ran")
        // The export is a new directory; the repository's work tree, index and HEAD are as they were.
        XCTAssertFalse(export.directory.hasPrefix(repo.path))
        XCTAssertEqual(try repo.git("rev-parse", "HEAD"), head)
    }

    func testCallersGitDirectoryIsIgnoredAndFailuresAreOneLine() throws {
        let dir = try temporaryDirectory("gitsafety")
        let repo = try TestRepository(at: dir.appendingPathComponent("r").path)
        try repo.write("a.py", "x = 1\n")
        let head = try repo.commit("one", date: "2024-01-01T10:00:00Z")
        setenv("GIT_DIR", "/nonexistent/elsewhere", 1)
        defer { unsetenv("GIT_DIR") }
        XCTAssertEqual(try GitRepository(root: repo.path).resolve("HEAD"), head)
        XCTAssertThrowsError(try GitCommand.run(["cat-file", "-p", "0000000000000000000000000000000000000000"], in: repo.path)) { error in
            XCTAssertFalse("\(error)".contains("\n"), "\(error)")
            XCTAssertTrue("\(error)".hasPrefix("git exited"), "\(error)")
        }
        XCTAssertThrowsError(try GitCommand.run(["cat-file", "--batch"], in: repo.path, input: Data((head + "\n").utf8), limit: 10)) { error in
            XCTAssertTrue("\(error)".contains("more than 10 bytes"), "\(error)")
        }
    }
}
