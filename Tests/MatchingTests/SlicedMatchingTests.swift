import Analysis
import Foundation
@testable import Matching
import TestSupport
import XCTest

/// The matcher's work split over cores (suspect tables and candidate scoring in slices) gives the one-loop answer.
final class SlicedMatchingTests: XCTestCase {
    func fixture(_ name: String) -> URL {
        TestPaths.packageRoot.appendingPathComponent("Corpora/fixtures/\(name)/suspect")
    }

    /// Real ports and independent implementations, matched with every unit its own slice boundary (slices of one
    /// unit, eight at a time) and in one slice: the same matches, scores, lines and best scores.
    func testSlicesGiveTheOneSliceAnswer() async throws {
        let root = try temporaryDirectory("sliced")
        for name in ["port-go-of-pytimeparse-unattributed", "independent-go-duration-parser", "port-javascript-of-iso8601-attributed"] {
            try FileManager.default.copyItem(at: fixture(name), to: root.appendingPathComponent(name))
        }
        let parameters = AnalysisParameters()
        let analyzer = RepositoryAnalyzer(parameters: parameters)
        let reference = try await analyzer.analyze(root: fixture("rewrite-python-of-pytimeparse-unattributed").path)
        let suspect = try await analyzer.analyze(root: root.path)

        var whole = UnitMatcher(), sliced = UnitMatcher()
        whole.sliceUnits = (Int.max, Int.max)
        sliced.sliceUnits = (1, 1)
        XCTAssertGreaterThan(SlicedWork.ranges(UnitMatcher.evidenceUnits(suspect, parameters).count, minimum: 1).count, 1)
        XCTAssertGreaterThan(SlicedWork.ranges(UnitMatcher.evidenceUnits(reference, parameters).count, minimum: 1).count, 1)
        let expected = try whole.matchGraded(reference: reference, suspect: suspect, parameters: parameters)
        let got = try sliced.matchGraded(reference: reference, suspect: suspect, parameters: parameters)
        func describe(_ m: UnitMatch) -> String { "\(m.reference) \(m.suspect) \(m.score.combined) \(m.referenceLines) \(m.suspectLines)" }
        XCTAssertGreaterThan(expected.matches.count, 0, "the port matches")
        XCTAssertEqual(got.matches.map(describe), expected.matches.map(describe))
        XCTAssertEqual(got.best, expected.best)
        XCTAssertEqual(got.bestCandidate, expected.bestCandidate)
    }

    /// Ranges cover every item once, in order, at most `maxSlices` of them.
    func testRangesCoverEveryItemInOrder() {
        for (count, minimum) in [(0, 1), (1, 1), (7, 1), (100, 8), (100_000, 4096), (5, 64)] {
            let ranges = SlicedWork.ranges(count, minimum: minimum)
            XCTAssertEqual(ranges.flatMap { Array($0) }, Array(0..<count))
            XCTAssertLessThanOrEqual(ranges.count, 8)
        }
    }
}
