import Foundation
import Index
import Jobs
import TestSupport
import XCTest

/// `IndexJob`: the `index` command as a library call, `--from` lists included.
final class IndexJobTests: XCTestCase {
    func testListFileAndPathsAreIndexedTogether() async throws {
        let a = try tree(["a.py": SampleCode.library])
        let b = try tree(["b.py": SampleCode.unrelated])
        let dir = try temporaryDirectory("index-job")
        let list = dir.appendingPathComponent("repos.txt")
        try Data("# nightly list\n\n  \(b)  \n".utf8).write(to: list)
        var options = IndexJobOptions(database: dir.appendingPathComponent("corpus.sqlite").path)
        options.paths = [a]
        options.listFile = list.path
        options.tuning.workers = 2
        XCTAssertEqual(try IndexJob(options).repositoryPaths(), [a, b])
        let summary = try await IndexJob(options).run()
        XCTAssertEqual(summary.repositories, 2)
        XCTAssertEqual(summary.files_indexed, 2)
        XCTAssertEqual(Set(try IndexReader.open(path: options.database, readOnly: true).repositories().map(\.path)), [a, b])
    }

    func testAnUnreadableListIsAUsageError() async throws {
        var options = IndexJobOptions(database: try temporaryDirectory("index-job").appendingPathComponent("corpus.sqlite").path)
        options.listFile = "/nonexistent/repos.txt"
        do {
            _ = try await IndexJob(options).run()
            XCTFail("an unreadable list was accepted")
        } catch JobError.usage(let message) {
            XCTAssertTrue(message.contains("--from"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: options.database), "nothing is created before the list is read")
    }
}
