import Analysis
import FrontEnd
import Matching
import TestSupport
import XCTest

/// The pair narrowing that makes every job give one pair one answer.
final class BoilerplateFilterTests: XCTestCase {
    func features(_ files: [String: String]) async throws -> RepositoryFeatures {
        try await RepositoryAnalyzer().analyze(root: try tree(files))
    }

    func testForPairKeepsOnlyHashesBothSidesHold() async throws {
        let reference = try await features(["a.py": SampleCode.auditLibrary])
        let suspect = try await features(["b.py": SampleCode.copiedLibrary])
        let ref = BoilerplateFilter.hashes(of: reference.files.flatMap(\.units))
        let sus = BoilerplateFilter.hashes(of: suspect.files.flatMap(\.units))
        let onlyReference = ref.evidence.subtracting(sus.evidence)
        let shared = ref.evidence.intersection(sus.evidence)
        XCTAssertFalse(onlyReference.isEmpty)
        XCTAssertFalse(shared.isEmpty)
        // A filter looked up from one side's hashes (as query and audit do) holds hashes the other side lacks...
        let wide = BoilerplateFilter(excluded: ref.evidence, template: [], minShare: 0.25, minRepositories: 5, repositories: 10)
        let narrow = wide.forPair(reference: reference, suspect: suspect)
        // ...and the pair's filter keeps only the shared ones, so the reference's own set sizes are untouched.
        XCTAssertEqual(narrow.excluded, shared)
        XCTAssertTrue(narrow.excluded.isDisjoint(with: onlyReference))
        XCTAssertEqual(narrow.forPair(reference: reference, suspect: suspect).excluded, narrow.excluded, "narrowing twice changes nothing")
    }

    func testPairComparisonIsTheSameWhicheverWayTheFilterWasLookedUp() async throws {
        let reference = try await features(["a.py": SampleCode.auditLibrary])
        let suspect = try await features(["b.py": SampleCode.copiedLibrary + SampleCode.unrelated])
        let ref = BoilerplateFilter.hashes(of: reference.files.flatMap(\.units))
        let sus = BoilerplateFilter.hashes(of: suspect.files.flatMap(\.units))
        // Pretend a third of each side's hashes are common across an index.
        let common = Set(ref.evidence.union(sus.evidence).filter { $0 % 3 == 0 })
        let fromReference = BoilerplateFilter(excluded: common.intersection(ref.evidence), template: [], minShare: 0.25, minRepositories: 5, repositories: 10)
        let fromSuspect = BoilerplateFilter(excluded: common.intersection(sus.evidence), template: [], minShare: 0.25, minRepositories: 5, repositories: 10)
        let comparer = PairComparer(parameters: AnalysisParameters())
        func run(_ filter: BoilerplateFilter) throws -> PairComparison {
            let pair = filter.forPair(reference: reference, suspect: suspect)
            return try comparer.compare(reference: pair.apply(to: reference).0, suspect: pair.apply(to: suspect).0)
        }
        let a = try run(fromReference), b = try run(fromSuspect)
        XCTAssertEqual(a.verdict, b.verdict)
        XCTAssertEqual(a.score, b.score)
        XCTAssertEqual(a.containment, b.containment)
        XCTAssertGreaterThan(a.matches.count, 0)
    }

    func testRankingIsBestFirstAndDeterministic() async throws {
        let reference = try await features(["a.py": SampleCode.auditLibrary])
        let suspect = try await features(["b.py": SampleCode.copiedLibrary])
        let comparer = PairComparer(parameters: AnalysisParameters())
        let first = try comparer.compare(reference: reference, suspect: suspect)
        let second = try comparer.compare(reference: reference, suspect: suspect)
        XCTAssertEqual(first.matches.map(\.score.combined), first.matches.map(\.score.combined).sorted(by: >))
        XCTAssertEqual(first.matches.map(\.reference), second.matches.map(\.reference))
        XCTAssertEqual(first.relation.description, "same-language")
        XCTAssertEqual(first.verdict, .clone)
    }
}

/// The line-ratio rule, unit categories and what counts in the copied share.
final class UnitCategoryTests: XCTestCase {
    /// A dense literal table: `ORDER = {0: 0, 100: 0, ...}` over `rows` lines.
    func table(rows: Int, name: String = "ORDER") -> String {
        "\(name) = {\n" + (0..<rows).map { "    \($0): \(($0 * 37) % 255), \($0 + 100): \(($0 * 11) % 255)," }.joined(separator: "\n") + "\n}\n"
    }

    func features(_ files: [String: String]) async throws -> RepositoryFeatures {
        try await RepositoryAnalyzer().analyze(root: try tree(files))
    }

    func testTestFilesByTheConventionsOfEachLanguage() {
        for path in ["tests/test_api.py", "pkg/foo_test.go", "src/__tests__/a.js", "web/app.spec.ts", "lib/x.test.js",
                     "src/main/java/org/FooTest.java", "Tests/BarTests.cs", "spec/models/user_spec.rb", "test_util.py", "a/b/testing/c.py"] {
            XCTAssertTrue(TestPaths.isTest(path), path)
        }
        for path in ["src/attest.py", "contest/entry.go", "lib/Latest.java", "src/testimony.js", "protest.rb", "pkg/TESTS.md.py"] {
            XCTAssertFalse(TestPaths.isTest(path), path)
        }
    }

    func testDenseTablesAreDataAndCodeIsNot() async throws {
        let repo = try await features(["t.py": table(rows: 30), "a.py": SampleCode.auditLibrary])
        let tableUnit = try XCTUnwrap(repo.files.first { $0.path == "t.py" }?.units.first { $0.isLeaf })
        XCTAssertEqual(UnitCategory.of(tableUnit, path: "t.py"), .data)
        let code = try XCTUnwrap(repo.files.first { $0.path == "a.py" }?.units.filter(\.isLeaf))
        XCTAssertTrue(code.allSatisfy { UnitCategory.of($0, path: "a.py") == .code })
    }

    func testCopiedTablesAndTestsAreReportedBesideTheShare() async throws {
        let reference = try await features(["lib/algo.py": SampleCode.auditLibrary, "lib/tables.py": table(rows: 40),
                                            "tests/test_algo.py": SampleCode.unrelated])
        // The suspect took the tables and the tests, and none of the code.
        let suspect = try await features(["pkg/data.py": table(rows: 40), "tests/test_x.py": SampleCode.unrelated,
                                          "pkg/own.py": "def hello(name):\n    return 'hello ' + name + '!'\n"])
        var comparer = PairComparer(parameters: AnalysisParameters())
        let c = try comparer.compare(reference: reference, suspect: suspect)
        XCTAssertEqual(c.alsoCopied.dataUnits, 1)
        XCTAssertGreaterThanOrEqual(c.alsoCopied.dataLines, 40)
        XCTAssertEqual(c.alsoCopied.testUnits, 1)
        XCTAssertEqual(c.containment, 0, "tables and tests are not code taken")
        XCTAssertLessThan(c.verdict, .partialClone, "without an index, a shared table is context")
        // With an index's boilerplate removed, large specific tables are copying in their own right.
        let big = try await features(["lib/tables.py": table(rows: 240), "lib/algo.py": SampleCode.auditLibrary])
        let taker = try await features(["pkg/data.py": table(rows: 240)])
        comparer.dataTablesAreEvidence = true
        let tables = try comparer.compare(reference: big, suspect: taker)
        XCTAssertEqual(tables.verdict, .partialClone)
        XCTAssertEqual(tables.reason?.hasPrefix("copied data tables"), true, tables.reason ?? "nil")
    }

    func testAFunctionIsNeverPairedWithATableFourTimesItsSize() async throws {
        // A function whose literals all occur in a large table.
        let function = "def lookup(x):\n    codes = {0: 0, 100: 0, 1: 37, 101: 11, 2: 74}\n    if x in codes:\n        return codes[x]\n    return -1\n"
        let reference = try await features(["f.py": function])
        let suspect = try await features(["t.py": table(rows: 60)])
        var comparer = PairComparer(parameters: AnalysisParameters())
        XCTAssertEqual(try comparer.compare(reference: reference, suspect: suspect).matches.count, 0)
        comparer.matcher.maxLineRatio = 1000
        _ = try comparer.compare(reference: reference, suspect: suspect)  // without the rule the pair may form; the rule is what stops it
    }

    func testATableIsFoundWhateverItsLineLayout() async throws {
        // The same 480 entries, lines of 16 in the reference and one entry a line in the suspect (Text::Unidecode's
        // Perl tables against Unidecode's Python ones): 30 lines against 480, but the same tokens.
        let entries = (0..<480).map { "\($0): \(($0 * 37) % 255)," }
        let packed = "ORDER = {\n" + stride(from: 0, to: 480, by: 16).map { "    " + entries[$0..<($0 + 16)].joined(separator: " ") }
            .joined(separator: "\n") + "\n}\n"
        let spread = "ORDER = {\n" + entries.map { "    " + $0 }.joined(separator: "\n") + "\n}\n"
        let reference = try await features(["tables.py": packed, "algo.py": SampleCode.auditLibrary])
        let suspect = try await features(["data.py": spread])
        let c = try PairComparer(parameters: AnalysisParameters()).compare(reference: reference, suspect: suspect)
        XCTAssertEqual(c.matches.count, 1, "a reformatted table is still the table")
        XCTAssertEqual(c.alsoCopied.dataUnits, 1, "reported as a copied table, not as code")
    }

    func testAMatchNeverCountsMoreThanFourTimesTheOtherSidesLines() async throws {
        // A rewrite folded a 60-line function into a 13-line one: the pair stands, but the share counts at most 4 x 13 lines.
        let bodyLines = (0..<50).map { "    total_\($0) = compute(left, \($0))" }.joined(separator: "\n")
        let large = SampleCode.mergeSorted.replacingOccurrences(of: "    return result\n", with: bodyLines + "\n    return result\n")
        let reference = try await features(["a.py": large])
        let suspect = try await features(["b.py": SampleCode.mergeSorted])
        let c = try PairComparer(parameters: AnalysisParameters()).compare(reference: reference, suspect: suspect)
        guard let m = c.matches.first else { return }  // no pair: nothing to inflate
        let s = suspect.files[m.suspect.file].units[m.suspect.unit]
        XCTAssertLessThanOrEqual(c.matchedReferenceLines, 4 * s.codeLines)
        XCTAssertLessThan(c.containment, 1)
    }
}
