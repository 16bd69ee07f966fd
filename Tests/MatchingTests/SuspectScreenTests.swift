import Analysis
import Foundation
import FrontEnd
import Matching
import TestSupport
import XCTest

/// A screened suspect (analysed twice in chunks, non-candidates slimmed) compares exactly like the whole suspect.
final class SuspectScreenTests: XCTestCase {
    /// The committed fixture trees of Corpora/fixtures (real ports, a rewrite and independent implementations).
    func fixture(_ name: String) -> URL {
        TestPaths.packageRoot.appendingPathComponent("Corpora/fixtures/\(name)/suspect")
    }

    /// A suspect that holds a port of the reference among unrelated code: the screen must slim the unrelated units and
    /// keep the answer, matches and every channel identical, with chunks of one file (every chunk boundary).
    func testScreenedSuspectGivesTheWholeSuspectsComparison() async throws {
        let root = try temporaryDirectory("screen")
        let fm = FileManager.default
        for name in ["port-go-of-pytimeparse-unattributed", "independent-javascript-iso8601-parser", "port-javascript-of-iso8601-attributed",
                     "independent-go-duration-parser"] {
            try fm.copyItem(at: fixture(name), to: root.appendingPathComponent(name))
        }
        // More evidence units than the matcher verifies per unit: a smaller suspect is verified whole, screened or not.
        let helpers = (0..<40).map { k in
            "def helper_\(k)(value, scale):\n    total = value * \(k + 3) + scale\n    while total > \(k + 50):\n        total = total - scale - 1\n    return total\n"
        }
        try write(["misc/sample.py": SampleCode.unrelated, "misc/lib.py": SampleCode.library,
                   "misc/helpers.py": helpers.joined(separator: "\n\n")], under: root)
        let parameters = AnalysisParameters()
        let analyzer = RepositoryAnalyzer(parameters: parameters)
        let reference = try await analyzer.analyze(root: fixture("rewrite-python-of-pytimeparse-unattributed").path)
        let whole = try await analyzer.analyze(root: root.path)

        var screen = try SuspectScreen(reference: reference, parameters: parameters)
        _ = try await analyzer.analyze(root: root.path, chunkFiles: 1) { try screen.tally($0); return [] }
        screen.decide()
        let screened = try await analyzer.analyze(root: root.path, chunkFiles: 1) { screen.slim($0) }

        let leaves = whole.files.flatMap(\.units).filter(\.isLeaf).count
        let slimmed = screened.files.flatMap(\.units).filter { $0.isLeaf && $0.structureSignature.isEmpty && $0.shapes.isEmpty }.count
        XCTAssertGreaterThan(leaves, UnitMatcher().maxCandidates)
        XCTAssertGreaterThan(slimmed, leaves / 4, "the unrelated units were slimmed (\(slimmed) of \(leaves))")
        XCTAssertGreaterThan(screen.candidateCount, 0)

        let comparer = PairComparer(parameters: parameters)
        let expected = try comparer.compare(reference: reference, suspect: whole)
        let got = try comparer.compare(reference: reference, suspect: screened)
        XCTAssertGreaterThan(expected.matches.count, 0, "the port matches")
        XCTAssertEqual(got.verdict, expected.verdict)
        XCTAssertEqual(got.score, expected.score)
        XCTAssertEqual(String(describing: got.evidence), String(describing: expected.evidence))
        XCTAssertEqual(got.channels, expected.channels)
        XCTAssertEqual(got.channelExamples, expected.channelExamples)
        XCTAssertGreaterThan(expected.channels.commentPairs, 0, "the reference's comments take part")
        XCTAssertEqual(got.alsoCopied, expected.alsoCopied)
        XCTAssertEqual(got.matches.map { "\($0.reference) \($0.suspect) \($0.score.combined) \($0.referenceLines) \($0.suspectLines)" },
                       expected.matches.map { "\($0.reference) \($0.suspect) \($0.score.combined) \($0.referenceLines) \($0.suspectLines)" })
    }
}
