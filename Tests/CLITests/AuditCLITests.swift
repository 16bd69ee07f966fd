import Foundation
import TestSupport
import XCTest

/// End-to-end `index` + `audit` through the built binary: the table, the JSON, the HTML and the exit codes.
final class AuditCLITests: XCTestCase {
    var library: String { sampleLibrary }

    /// Where the binary finds its license data: the same lookup as `LicenseDatabase.defaultPath`.
    func requireLicenseData() throws {
        let env = ProcessInfo.processInfo.environment
        let path: String
        if let p = env["CLONESCAN_LICENSE_DATA"], !p.isEmpty { path = p } else {
            let cache = env["CLONESCAN_CACHE"].flatMap { $0.isEmpty ? nil : $0 }
                ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/clonescan").path
            path = cache + "/license/licensedcode-32.1.0"
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("license data missing at \(path); run `make setup`")
        }
    }

    /// An index with an MIT library (`mitlib`: LICENSE with a copyright line) and nothing else.
    func indexLibrary() throws -> (db: String, library: String) {
        let library = try tree(["LICENSE": mitLicense, "mitlib/algo.py": library])
        let db = try temporaryDirectory("clonescan-audit").appendingPathComponent("out.sqlite").path
        addTeardownBlock { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + s) } }
        let indexed = try run(["index", "--db", db, library, "--quiet"])
        XCTAssertEqual(indexed.code, 0, indexed.stderr)
        return (db, library)
    }

    var copied: String { library.replacingOccurrences(of: "items", with: "seq").replacingOccurrences(of: "target", with: "wanted") }
    let manifest = "[project]\nname = \"fastutils\"\nlicense = \"Apache-2.0\"\n"

    func json(_ r: Run) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], r.stdout + r.stderr)
    }

    func testUnattributedCopyFailsWithExitOne() throws {
        try requireLicenseData()
        let (db, library) = try indexLibrary()
        let project = try tree(["src/helpers.py": copied, "pyproject.toml": manifest])

        let r = try run(["audit", project, "--db", db, "--format", "json"])
        XCTAssertEqual(r.code, 1, r.stderr)
        let doc = try json(r)
        XCTAssertEqual(doc["schema_version"] as? Int, 2, "schema 2: results carry containment and reverse_containment")
        XCTAssertEqual(doc["failed"] as? Bool, true)
        let results = try XCTUnwrap(doc["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 1)
        let first = try XCTUnwrap(results.first)
        XCTAssertEqual(first["repository"] as? String, (library as NSString).lastPathComponent)
        XCTAssertEqual(first["verdict"] as? String, "clone")
        let license = try XCTUnwrap(first["license"] as? [String: Any])
        XCTAssertEqual((license["repository"] as? [String: Any])?["declared"] as? String, "MIT")
        XCTAssertEqual(license["project"] as? String, "Apache-2.0")
        XCTAssertEqual((first["attribution"] as? [String: Any])?["verdict"] as? String, "no")
        let broken = try XCTUnwrap(first["obligations_broken"] as? [[String: Any]])
        XCTAssertTrue(broken.contains { $0["rule"] as? String == "notice-not-kept" }, "\(broken)")
        XCTAssertEqual(first["fails"] as? Bool, true)
        let regions = try XCTUnwrap(first["regions"] as? [[String: Any]])
        XCTAssertEqual((regions.first?["project"] as? [String: Any])?["path"] as? String, "src/helpers.py")
        XCTAssertEqual((regions.first?["repository"] as? [String: Any])?["path"] as? String, "mitlib/algo.py")

        // The text table says the same in one row.
        let text = try run(["audit", project, "--db", db])
        XCTAssertEqual(text.code, 1, text.stderr)
        XCTAssertTrue(text.stdout.contains("MIT"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Apache-2.0"), text.stdout)
        XCTAssertTrue(text.stdout.contains("notice-not-kept"), text.stdout)
        XCTAssertTrue(text.stdout.contains("FAIL"), text.stdout)

        // The gate is explicit: the same audit passes when only incompatibility fails it.
        XCTAssertEqual(try run(["audit", project, "--db", db, "--fail-on", "incompatible", "--quiet"]).code, 0)
        XCTAssertEqual(try run(["audit", project, "--db", db, "--fail-on", "incompatible,obligations", "--quiet"]).code, 1)

        // HTML into a file; nothing on standard output.
        let out = try temporaryDirectory("clonescan-audit").appendingPathComponent("out.html").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: out) }
        let html = try run(["audit", project, "--db", db, "--format", "html", "--output", out])
        XCTAssertEqual(html.code, 1, html.stderr)
        XCTAssertTrue(html.stdout.isEmpty)
        let page = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.contains("notice-not-kept"))
    }

    func testNoticeCreditingTheOriginalIsAttributed() throws {
        try requireLicenseData()
        let (db, library) = try indexLibrary()
        let name = (library as NSString).lastPathComponent
        let project = try tree(["src/helpers.py": copied, "pyproject.toml": manifest,
                                "NOTICE": "fastutils\nThis product includes code from \(name), Copyright (c) 2021 Example Author, under the MIT License.\n"])
        let r = try run(["audit", project, "--db", db, "--format", "json"])
        XCTAssertEqual(r.code, 0, r.stdout + r.stderr)
        let first = try XCTUnwrap((try json(r)["results"] as? [[String: Any]])?.first)
        XCTAssertEqual((first["attribution"] as? [String: Any])?["verdict"] as? String, "yes")
        XCTAssertEqual(first["fails"] as? Bool, false)
    }

    func testUnrelatedProjectExitsZero() throws {
        try requireLicenseData()
        let (db, _) = try indexLibrary()
        let project = try tree(["greet.py": "def greet(name):\n    message = 'hello ' + name\n    print(message)\n    return len(message)\n"])
        let r = try run(["audit", project, "--db", db, "--format", "json"])
        XCTAssertEqual(r.code, 0, r.stderr)
        XCTAssertEqual((try json(r)["results"] as? [Any])?.count, 0)
        let text = try run(["audit", project, "--db", db])
        XCTAssertEqual(text.code, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("pass"), text.stdout)
    }

    func testUsageAndRuntimeErrors() throws {
        let project = try tree(["a.py": sampleCode])
        XCTAssertEqual(try run(["audit", project, "--db", "/nonexistent/corpus.sqlite"]).code, 2)
        XCTAssertEqual(try run(["audit", "/nonexistent/project", "--db", "/nonexistent/corpus.sqlite"]).code, 2)
        let notSQLite = try tree(["corpus.sqlite": "this is not a database\n"])
        XCTAssertEqual(try run(["audit", project, "--db", notSQLite + "/corpus.sqlite"]).code, 3)
        try requireLicenseData()
        let (db, _) = try indexLibrary()
        let bad = try run(["audit", project, "--db", db, "--fail-on", "sometimes"])
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.stderr.contains("--fail-on"), bad.stderr)
        XCTAssertEqual(try run(["audit", project, "--db", db, "--fail-at", "not-clone"]).code, 2)
        XCTAssertEqual(try run(["audit", project, "--db", db, "--format", "sarif"]).code, 2)
        let unwritable = try run(["audit", project, "--db", db, "--output", "/nonexistent/dir/audit.txt"])
        XCTAssertEqual(unwritable.code, 3)
        XCTAssertEqual(unwritable.stderr.split(separator: "\n").count, 1, unwritable.stderr)
    }
}
