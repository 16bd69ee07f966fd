@testable import History
import XCTest

/// The bounded searches: bisection finds the first commit in 1 + ceil(log2 n) analyses, the coarse-then-fine
/// search finds a single peak among many tags within its budget.
final class HistorySearchTests: XCTestCase {
    func testBisectionFindsTheFirstIndexWithinLogBudget() async throws {
        for count in [1, 2, 3, 7, 64, 100, 1000] {
            for first in Set([0, count / 3, count - 1]) {
                var evaluated = Set<Int>()
                let found = try await HistorySearch.firstIndex(count: count) { i in evaluated.insert(i); return i >= first }
                XCTAssertEqual(found, first, "count \(count)")
                let log2 = Int(ceil(log2(Double(count))))
                XCTAssertLessThanOrEqual(evaluated.count, 1 + log2, "count \(count), first \(first)")
            }
        }
        let never = try await HistorySearch.firstIndex(count: 10) { _ in false }
        XCTAssertNil(never)
        let empty = try await HistorySearch.firstIndex(count: 0) { _ in true }
        XCTAssertNil(empty)
    }

    func testCoarseThenFineFindsThePeakWithinBudget() async throws {
        for count in [1, 5, 24, 25, 100, 500] {
            for peak in Set([0, count / 2, count - 1, (count * 7) / 10]) {
                var evaluated = 0
                let result = try await HistorySearch.best(count: count, budget: 24) { i in
                    evaluated += 1
                    return 1.0 / (1.0 + Double(abs(i - peak)))
                }
                let found = try XCTUnwrap(result)
                XCTAssertEqual(found.index, peak, "count \(count)")
                XCTAssertLessThanOrEqual(evaluated, 26, "count \(count), peak \(peak)")
                if peak > 0 { XCTAssertNotNil(found.scores[peak - 1]) }
                if peak + 1 < count { XCTAssertNotNil(found.scores[peak + 1]) }
            }
        }
    }

    func testTiesGoToTheEarliestVersion() async throws {
        let found = try await HistorySearch.best(count: 6, budget: 24) { [0.2, 0.9, 0.9, 0.5, 0.1, 0.0][$0] }
        XCTAssertEqual(found?.index, 1)
    }

    func testExportSkipsPathsThatWouldLeaveTheDirectory() {
        XCTAssertTrue(TreeExport.isSafe("src/a.py"))
        for bad in ["../a.py", "a/../../b.py", "/etc/passwd", "a//b.py", ".git/config", "sub/.GIT/hooks/x", "./a.py", "src/.gitignore"] {
            XCTAssertFalse(TreeExport.isSafe(bad), bad)
        }
    }
}
