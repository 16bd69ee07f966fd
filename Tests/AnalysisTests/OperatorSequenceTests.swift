import XCTest
@testable import Analysis
import FrontEnd
import Shingles

/// The operator channel on real code through the real grammars: a translation's arithmetic, comparisons and small
/// constants give the same pairs in Python and Java, whatever each language calls `and` and `not`.
final class OperatorSequenceTests: XCTestCase {
    func parsed(_ source: String, _ language: String, _ path: String) throws -> ParsedFile {
        guard case .parsed(let file) = SourceParser().parse(bytes: Array(source.utf8), language: language, path: path) else {
            throw XCTSkip("\(language) grammar did not parse the fixture")
        }
        return file
    }

    /// The operator pairs of the function named `name` in `file`, in order.
    func pairs(of name: String, in file: ParsedFile) throws -> [UInt64] {
        let unit = try XCTUnwrap(file.units.first { $0.name == name })
        let numberPositions = file.numbers.map(\.tokenIndex)
        var out: [UInt64] = []
        file.tokens.ids.withUnsafeBufferPointer { ids in
            for range in unit.tokenRanges where !range.isEmpty {
                OperatorSequence().appendPairs(tokens: UnsafeBufferPointer(rebasing: ids[Int(range.lowerBound)..<Int(range.upperBound)]),
                                               range: range, numbers: file.numbers,
                                               numberSlice: FeatureExtractor.slice(numberPositions, range), into: &out)
            }
        }
        return out
    }

    func testATranslationKeepsItsOperatorPairsAcrossLanguages() throws {
        let python = try parsed("""
            def divides_small(a, b):
                return a % b == 0 and not b > 10
            """, "python", "d.py")
        let java = try parsed("""
            class D {
              static boolean dividesSmall(int a, int b) {
                return a % b == 0 && !(b > 10);
              }
            }
            """, "java", "D.java")
        let fromPython = try pairs(of: "divides_small", in: python)
        // % == 0 and not > 10: six pairs, `and`/`&&` and `not`/`!` named alike, the numbers by value.
        XCTAssertEqual(fromPython.count, 6)
        XCTAssertEqual(fromPython, try pairs(of: "dividesSmall", in: java))

        let unrelated = try parsed("""
            class E {
              static int scale(int a, int b) {
                return a * b + 100;
              }
            }
            """, "java", "E.java")
        XCTAssertTrue(Set(fromPython).isDisjoint(with: try pairs(of: "scale", in: unrelated)))
    }

    func testOnlyNumbersOfOneOrTwoDigitsJoinTheSequence() {
        XCTAssertEqual(OperatorSequence.smallNumberCode("0"), 100)
        XCTAssertEqual(OperatorSequence.smallNumberCode("42"), 142)
        XCTAssertEqual(OperatorSequence.smallNumberCode("100"), 0, "larger numbers are the literals channel's")
        XCTAssertEqual(OperatorSequence.smallNumberCode("1.5"), 0)
        XCTAssertEqual(OperatorSequence.smallNumberCode("0x"), 0)
    }

    func testTheExtractorFoldsThePairsIntoTheShapeBag() throws {
        let source = "def ratio(a, b):\n    return (a + b) * 2 // (a - b)\n"
        let file = try parsed(source, "python", "r.py")
        let unit = try XCTUnwrap(try FeatureExtractor(parameters: AnalysisParameters()).extract(file, contentHash: 1)
            .units.first { $0.name == "ratio" })
        let expected = try pairs(of: "ratio", in: file)
        XCTAssertFalse(expected.isEmpty)
        XCTAssertTrue(Set(expected).isSubset(of: Set(unit.shapes.sortedHashes)))
    }
}
