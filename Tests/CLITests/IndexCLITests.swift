import Foundation
import TestSupport
import XCTest

/// `clonescan index` through the built binary: the nightly job keeps going past bad paths (exit 4), removes,
/// lists and prunes repositories, and a removed repository is gone from `query`.
final class IndexCLITests: XCTestCase {
    func database(_ label: String) throws -> String {
        try temporaryDirectory(label).appendingPathComponent("corpus.sqlite").path
    }

    func testBadPathsAreSkippedWithExitFourAndTheRestIsIndexed() throws {
        let good = try tree(["lib/sort.py": sampleLibrary])
        let empty = try tree(["README.txt": "no code here\n"])
        let missing = try temporaryDirectory("gone").appendingPathComponent("missing").path
        let db = try database("index-skip")
        let r = try run(["index", "--db", db, "--format", "json", missing, good, empty])
        XCTAssertEqual(r.code, 4, r.stderr)
        let summary = try r.json()
        XCTAssertEqual(summary["repositories"] as? Int, 1)
        XCTAssertEqual(summary["skipped_repositories"] as? [String], [missing, empty])
        XCTAssertTrue(r.stderr.contains("warning: \(missing): no such directory"), r.stderr)
        XCTAssertTrue(r.stderr.contains("warning: \(empty): no supported source files"), r.stderr)
        XCTAssertFalse(r.stderr.contains("error"), r.stderr)
        let listed = try run(["index", "--db", db, "--list", "--format", "json"]).json()
        XCTAssertEqual((listed["repositories"] as? [[String: Any]])?.compactMap { $0["path"] as? String }, [good])

        // Skipped files are warnings only: exit 0.
        let big = try tree(["small.py": sampleCode, "big.py": sampleLibrary + sampleLibrary])
        let files = try run(["index", "--db", db, "--quiet", "--max-file-size", "600", big])
        XCTAssertEqual(files.code, 0, files.stderr)
        XCTAssertTrue(files.stderr.contains("big.py: too-large"), files.stderr)
    }

    func testListShowsEveryRepositoryWithItsWarningsAsJSON() throws {
        let a = try tree(["a.py": sampleLibrary])
        let b = try tree(["b.py": sampleCode, "huge.py": sampleLibrary + sampleLibrary])
        let db = try database("index-list")
        XCTAssertEqual(try run(["index", "--db", db, "--quiet", "--max-file-size", "1000", a, b]).code, 0)
        let r = try run(["index", "--db", db, "--list", "--format", "json"])
        XCTAssertEqual(r.code, 0, r.stderr)
        let doc = try r.json()
        XCTAssertEqual(Set(doc.keys), ["schema_version", "repositories"])
        XCTAssertEqual(doc["schema_version"] as? Int, 1)
        let repos = try XCTUnwrap(doc["repositories"] as? [[String: Any]])
        XCTAssertEqual(repos.compactMap { $0["path"] as? String }.sorted(), [a, b].sorted())
        for repo in repos {
            XCTAssertEqual(Set(repo.keys), ["path", "head", "files", "units", "last_indexed", "warnings"])
            XCTAssertTrue(repo["head"] is NSNull, "not a git work tree: head is null")
            XCTAssertNotNil(repo["files"] as? Int)
            XCTAssertGreaterThan(repo["units"] as? Int ?? 0, 0)
            let when = try XCTUnwrap(repo["last_indexed"] as? String)
            XCTAssertNotNil(when.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"#, options: .regularExpression), when)
        }
        let warnings = repos.first { $0["path"] as? String == b }?["warnings"] as? [String]
        XCTAssertEqual(warnings?.count, 1)
        XCTAssertTrue(warnings?.first?.contains("huge.py: too-large") ?? false, "\(String(describing: warnings))")
        XCTAssertEqual(repos.first { $0["path"] as? String == a }?["warnings"] as? [String], [])
        let text = try run(["index", "--db", db, "--list"])
        XCTAssertEqual(text.code, 0)
        XCTAssertTrue(text.stdout.contains("warning: huge.py: too-large"), text.stdout)
    }

    func testRemoveTakesARepositoryOutOfQueryResults() throws {
        let reference = try tree(["algo/sort.py": sampleLibrary])
        let clone = try tree(["src/util.py": SampleCode.copiedLibrary])
        let other = try tree(["x.py": SampleCode.unrelated])
        let db = try database("index-remove")
        XCTAssertEqual(try run(["index", "--db", db, "--quiet", clone, other]).code, 0)
        let before = try run(["query", "--db", db, reference, "--format", "json"])
        XCTAssertEqual(before.code, 1, before.stderr)
        XCTAssertEqual((try before.json()["results"] as? [[String: Any]])?.first?["path"] as? String, clone)

        let removed = try run(["index", "--db", db, "--remove", clone, "--format", "json"])
        XCTAssertEqual(removed.code, 0, removed.stderr)
        XCTAssertEqual(try removed.json()["removed"] as? [String], [clone])
        let after = try run(["query", "--db", db, reference, "--format", "json", "--fail-at", "related"])
        XCTAssertEqual(after.code, 0, after.stderr)
        XCTAssertEqual((try after.json()["results"] as? [[String: Any]])?.count, 0)
        XCTAssertEqual(try after.json()["repositories_indexed"] as? Int, 1)

        // A repository the index does not hold: a warning, still exit 0.
        let again = try run(["index", "--db", db, "--remove", clone])
        XCTAssertEqual(again.code, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("not in the index"), again.stderr)
    }

    func testPruneDropsRepositoriesNoLongerListed() throws {
        let a = try tree(["a.py": sampleLibrary])
        let b = try tree(["b.py": SampleCode.unrelated])
        let template = try tree(["t.py": sampleCode])
        let dir = try temporaryDirectory("index-prune")
        let db = dir.appendingPathComponent("corpus.sqlite").path
        let list = dir.appendingPathComponent("repos.txt")
        try Data("\(a)\n\(b)\n".utf8).write(to: list)
        XCTAssertEqual(try run(["index", "--db", db, "--quiet", "--from", list.path]).code, 0)
        XCTAssertEqual(try run(["index", "--db", db, "--quiet", "--template", template]).code, 0)
        try Data("# b left the list\n\(a)\n".utf8).write(to: list)
        let pruned = try run(["index", "--db", db, "--from", list.path, "--prune", "--format", "json"])
        XCTAssertEqual(pruned.code, 0, pruned.stderr)
        XCTAssertEqual(try pruned.json()["repositories_removed"] as? [String], [b])
        let listed = try run(["index", "--db", db, "--list", "--format", "json"]).json()
        XCTAssertEqual((listed["repositories"] as? [[String: Any]])?.compactMap { $0["path"] as? String }.sorted(), [a, template].sorted(),
                       "templates are pruned only by a --template run")
    }

    func testIndexUsageErrorsExitTwo() throws {
        let db = try database("index-usage")
        let repo = try tree(["a.py": sampleCode])
        for args in [["index", "--db", db, "--prune", repo],
                     ["index", "--db", db, "--list", repo],
                     ["index", "--db", db + ".missing", "--list"],
                     ["index", "--db", db + ".missing", "--remove", repo],
                     ["index", "--db", db, "--from", "/nonexistent/repos.txt"],
                     ["index", "--db", db, "--remove", "--template", repo]] {
            let r = try run(args)
            XCTAssertEqual(r.code, 2, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + ".missing"), "a refused command creates no index")
    }
}
