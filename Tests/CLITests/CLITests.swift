import Foundation
import TestSupport
import XCTest

/// End-to-end: runs the built `clonescan` binary and checks output and exit codes.
final class CLITests: XCTestCase {
    func testUsageErrorsExitTwoWithOneLine() throws {
        let missing = try run(["compare", "/nonexistent/ref", "/nonexistent/sus"])
        XCTAssertEqual(missing.code, 2)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/ref"), missing.stderr)
        XCTAssertEqual(try run(["compare"]).code, 2)
        XCTAssertEqual(try run(["nosuchcommand"]).code, 2)
        XCTAssertEqual(try run(["parse", "--format", "yaml", "."]).code, 2)
        XCTAssertEqual(try run(["--help"]).code, 0)
    }

    func testParseJSONShape() throws {
        let dir = try tree(["a.py": sampleCode, "b.go": "package b\n\nfunc Add(x int, y int) int {\n\treturn x + y\n}\n"])
        let r = try run(["parse", "--format", "json", dir])
        XCTAssertEqual(r.code, 0, r.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(doc["schema_version"] as? Int, 1)
        let files = try XCTUnwrap(doc["files"] as? [[String: Any]])
        XCTAssertEqual(Set(files.compactMap { $0["language"] as? String }), ["python", "go"])
        for f in files {
            XCTAssertNotNil(f["tokens"] as? Int)
            let units = try XCTUnwrap(f["units"] as? [[String: Any]])
            XCTAssertTrue(units.allSatisfy { $0["name"] is String && $0["kind"] is String && $0["start_line"] is Int && $0["end_line"] is Int })
        }
        let go = try XCTUnwrap(files.first { $0["language"] as? String == "go" })
        let add = try XCTUnwrap((go["units"] as? [[String: Any]])?.first { $0["name"] as? String == "Add" })
        XCTAssertEqual(add["parameters"] as? Int, 2)
        XCTAssertEqual(add["exported"] as? Bool, true)
    }

    func testCompareExitCodesAndJSONFields() throws {
        let ref = try tree(["sort.py": sampleCode])
        let sus = try tree(["pkg/merge.py": sampleCode.replacingOccurrences(of: "result", with: "out").replacingOccurrences(of: "left", with: "a")])
        let unrelated = try tree(["other.py": "def greet(name):\n    message = 'hello ' + name\n    print(message)\n    return len(message)\n"])
        let clone = try run(["compare", ref, sus, "--format", "json"])
        XCTAssertEqual(clone.code, 1, clone.stderr)
        let doc = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(clone.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(doc["verdict"] as? String, "clone")
        XCTAssertNotNil(doc["score"] as? Double)
        XCTAssertNotNil(doc["containment"] as? Double)
        XCTAssertNotNil(doc["reverse_containment"] as? Double)
        XCTAssertEqual(doc["schema_version"] as? Int, 2)
        let none = try run(["compare", ref, unrelated, "--format", "json"])
        XCTAssertEqual(none.code, 0, none.stdout)
        XCTAssertEqual(try run(["compare", ref, sus, "--fail-at", "clone", "--quiet"]).code, 1)
        XCTAssertEqual(try run(["compare", ref, unrelated, "--fail-at", "0.99", "--quiet"]).code, 0)
        XCTAssertEqual(try run(["compare", ref, sus, "--fail-at", "sorta"]).code, 2)
    }

    func testCompareRejectsASideWithoutSourceFiles() throws {
        let ref = try tree(["sort.py": sampleCode])
        let empty = try tree(["README.txt": "nothing to see\n", "data.bin": "\u{0}\u{1}"])
        let r = try run(["compare", ref, empty])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.stderr.contains("no supported source files"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").first.map { $0.contains("SUSPECT") }, true)
    }
}

/// Names the CLI tests use for the shared samples of TestSupport.
extension XCTestCase {
    typealias Run = CLIRun
    var mitLicense: String { LicenseTexts.mit ?? "" }
    var sampleCode: String { SampleCode.mergeSorted }
    var sampleLibrary: String { SampleCode.library }
}
