import Foundation
import TestSupport
import XCTest

/// End-to-end `index` + `query`, and `license`, through the built binary.
final class QueryAndLicenseCLITests: XCTestCase {
    func testQueryRanksTheIndexedCloneFirst() throws {
        let original = sampleLibrary
        let reference = try tree(["algo/sort.py": original])
        let clone = try tree(["src/util.py": original.replacingOccurrences(of: "items", with: "seq").replacingOccurrences(of: "target", with: "wanted")])
        let other = try tree(["x.py": "def greet(name):\n    message = 'hello ' + name\n    print(message)\n    return len(message)\n"])
        let db = try temporaryDirectory("clonescan-q").appendingPathComponent("out.sqlite").path
        addTeardownBlock { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + s) } }
        let indexed = try run(["index", "--db", db, other, clone, "--quiet"])
        XCTAssertEqual(indexed.code, 0, indexed.stderr)
        let q = try run(["query", "--db", db, reference, "--format", "json"])
        XCTAssertEqual(q.code, 1, q.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(q.stdout.utf8)) as? [String: Any])
        let results = try XCTUnwrap(doc["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 1)
        XCTAssertEqual(results.first?["path"] as? String, clone)
        XCTAssertEqual(results.first?["verdict"] as? String, "clone")
        XCTAssertNotNil(results.first?["score"] as? Double)
        XCTAssertGreaterThan(results.first?["containment"] as? Double ?? 0, 0.9)
        XCTAssertNotNil(results.first?["reverse_containment"] as? Double)
        let missing = try run(["query", "--db", db + ".nope", reference])
        XCTAssertEqual(missing.code, 2)
        XCTAssertTrue(missing.stderr.contains("--db"), missing.stderr)
    }

    func testLicenseCommandReportsFindingsWithLines() throws {
        let dir = try tree(["LICENSE": mitLicense, "src/a.py": "# SPDX-License-Identifier: MIT\nx = 1\n"])
        let r = try run(["license", dir, "--format", "json"])
        XCTAssertEqual(r.code, 0, r.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(doc["declared"] as? String, "MIT")
        let findings = try XCTUnwrap(doc["findings"] as? [[String: Any]])
        let file = try XCTUnwrap(findings.first { $0["path"] as? String == "LICENSE" })
        XCTAssertEqual(file["spdx"] as? String, "MIT")
        XCTAssertNotNil(file["confidence"] as? Double)
        XCTAssertLessThanOrEqual(file["start_line"] as? Int ?? 99, 5)
        XCTAssertGreaterThanOrEqual(file["end_line"] as? Int ?? 0, 20)
        XCTAssertTrue(findings.contains { $0["path"] as? String == "src/a.py" && $0["start_line"] as? Int == 1 })
        XCTAssertEqual(try run(["license", "/nonexistent/x"]).code, 2)
    }
}

/// `compare --db`: code from a template repository never counts as evidence.
final class BoilerplateCLITests: XCTestCase {
    func testTemplateCodeIsExcludedFromEvidence() throws {
        let reference = try tree(["a.py": sampleCode])
        let suspect = try tree(["b.py": sampleCode.replacingOccurrences(of: "result", with: "merged")])
        let template = try tree(["t.py": sampleCode])
        let db = try temporaryDirectory("clonescan-bp").appendingPathComponent("out.sqlite").path
        addTeardownBlock { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + s) } }
        XCTAssertEqual(try run(["index", "--db", db, "--template", template, "--quiet"]).code, 0)
        let plain = try run(["compare", reference, suspect, "--format", "json", "--no-license"])
        let filtered = try run(["compare", reference, suspect, "--db", db, "--format", "json", "--no-license"])
        let before = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        let after = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(filtered.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(before["verdict"] as? String, "clone")
        XCTAssertEqual(filtered.code, 0, filtered.stderr)
        XCTAssertNotEqual(after["verdict"] as? String, "clone")
        XCTAssertTrue((after["excluded"] as? [String])?.contains { $0.contains("boilerplate") } ?? false)
    }
}
