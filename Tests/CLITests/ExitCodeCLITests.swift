import Foundation
import TestSupport
import XCTest

/// One exit-code table: the same mistake gives the same code in every command, and every --help shows the table.
final class ExitCodeCLITests: XCTestCase {
    func testAMissingPathIsAUsageErrorInEveryCommand() throws {
        let code = try tree(["a.py": sampleCode])
        let db = try temporaryDirectory("exit-codes").appendingPathComponent("corpus.sqlite").path
        XCTAssertEqual(try run(["index", "--db", db, "--quiet", code]).code, 0)
        let missing = "/nonexistent/clonescan-path"
        for args in [["parse", missing],
                     ["parse", code, missing],
                     ["license", missing],
                     ["compare", missing, code],
                     ["compare", code, code, "--db", missing + ".sqlite"],
                     ["query", "--db", db, missing],
                     ["query", "--db", missing + ".sqlite", code],
                     ["audit", missing, "--db", db],
                     ["index", "--db", missing + "/corpus.sqlite", code],
                     ["index", "--db", db, "--from", missing + ".txt"],
                     ["index", "--db", missing + ".sqlite", "--list"]] {
            let r = try run(args)
            XCTAssertEqual(r.code, 2, "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(missing), "\(args): \(r.stderr)")
        }
        // Only index and sketch skip a repository path and go on: 4, not 2.
        XCTAssertEqual(try run(["index", "--db", db, "--quiet", missing, code]).code, 4)
    }

    func testEveryHelpShowsTheExitCodeTable() throws {
        for command in ["compare", "query", "index", "sketch", "audit", "license", "parse"] {
            let help = try run([command, "--help"])
            XCTAssertEqual(help.code, 0, command)
            for line in ["Exit codes (every command):", "  2  usage error", "  3  runtime failure", "  4  index, sketch: a given repository"] {
                XCTAssertTrue(help.stdout.contains(line), "\(command) --help lacks \(line)")
            }
        }
    }
}

/// The README shows the same exit-code table as `--help`.
final class ExitCodeTableDocumentationTests: XCTestCase {
    func testTheReadmeTableIsTheHelpTable() throws {
        let readme = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "Exit codes, the same in every command"))
        // The README's markdown rows `| 0 | meaning |`, as the words `0 meaning` without code marks.
        let rows = readme[start.upperBound...].split(separator: "\n").drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
            .filter { $0.first(where: \.isNumber) != nil && !$0.contains("---") && !$0.contains("| code |") }
        XCTAssertEqual(rows.count, 5, "\(rows)")
        func words(_ text: some StringProtocol) -> String {
            text.replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "|", with: " ")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let help = words(try run(["--help"]).stdout)
        for row in rows { XCTAssertTrue(help.contains(words(row)), "README's row differs from ExitStatus.table: \(row)") }
    }
}
