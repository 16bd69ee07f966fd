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
        let numberPositions = file.numbers.map(\.tokenIndex), editPositions = file.operatorEdits.map(\.tokenIndex)
        var out: [UInt64] = []
        file.tokens.ids.withUnsafeBufferPointer { ids in
            for range in unit.tokenRanges where !range.isEmpty {
                OperatorSequence().appendPairs(tokens: UnsafeBufferPointer(rebasing: ids[Int(range.lowerBound)..<Int(range.upperBound)]),
                                               range: range, numbers: file.numbers,
                                               numberSlice: FeatureExtractor.slice(numberPositions, range),
                                               edits: file.operatorEdits, editSlice: FeatureExtractor.slice(editPositions, range),
                                               into: &out)
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

    func testALoopOverARangeHasTheOperatorsOfItsCStylePort() throws {
        // `for i in range(1, n + 1)` spells none of `= 1 <= ++`, `range(n - 1, -1, -1)` none of `>= 0 --`, and
        // `c += 1` is `c++` (feature version 7).
        let python = try parsed("""
            def count(a, n):
                c = 0
                for i in range(1, n + 1):
                    if a[i] % 2 == 0:
                        c += 1
                for j in range(n - 1, -1, -1):
                    c = c - 1
                for k in range(n):
                    c = c * 3
                return c
            """, "python", "c.py")
        let java = try parsed("""
            class C {
              static int count(int[] a, int n) {
                int c = 0;
                for (int i = 1; i <= n; i++)
                  if (a[i] % 2 == 0) c++;
                for (int j = n - 1; j >= 0; j--) c--;
                for (int k = 0; k < n; k++) c = c * 3;
                return c;
              }
            }
            """, "java", "C.java")
        let fromPython = try pairs(of: "count", in: python)
        XCTAssertEqual(fromPython, try pairs(of: "count", in: java))
        XCTAssertEqual(fromPython.count, 24)
        // A step other than one keeps its operator and operand: `range(0, n, 2)` is `i += 2`, `i += 2` itself.
        let byTwo = try parsed("def f(n):\n    for i in range(0, n, 2):\n        n += 2\n    return n\n", "python", "t.py")
        let javaByTwo = try parsed("class T { static int f(int n) { for (int i = 0; i < n; i += 2) n += 2; return n; } }\n", "java", "T.java")
        XCTAssertEqual(try pairs(of: "f", in: byTwo), try pairs(of: "f", in: javaByTwo))
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
