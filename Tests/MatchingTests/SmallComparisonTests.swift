import Analysis
import FrontEnd
import Matching
import Shingles
import TestSupport
import XCTest

/// Comparisons of a few units (a single translated function, issue 18): what a large comparison gets from
/// statistics over many units must not turn against a port when there are only two. (Fixtures written for these tests.)
final class SmallComparisonTests: XCTestCase {
    static let original = """
        def first_factorial_multiple(limit):
            index = 1
            fact = 1
            for index in range(1, limit):
                fact = fact * index
                if fact % limit == 0:
                    break
            return index
        """

    /// The same function translated to Java, as a translator writes it.
    static let port = """
        class Main {
          static int firstFactorialMultiple(int limit) {
            int index = 1;
            int fact = 1;
            for (index = 1; index < limit; index++) {
              fact = fact * index;
              if (fact % limit == 0) break;
            }
            return index;
          }
        }
        """

    /// A Java method with no relation to the original, of about its size.
    static func filler(_ k: Int) -> String {
        """
          static int scaled\(k)(int weight, int offset) {
            int total = weight * \(k + 3) + offset;
            while (total > \(k + 50)) { total = total - offset - 1; }
            return total;
          }

        """
    }

    func analyze(_ files: [String: String]) async throws -> RepositoryFeatures {
        try await RepositoryAnalyzer().analyze(root: try tree(files))
    }

    func testASmallSuspectIsVerifiedWholeWhenNoBandIsShared() async throws {
        let reference = try await analyze(["fact.py": Self.original])
        let refUnit = try XCTUnwrap(reference.files.first?.units.firstIndex { $0.name == "first_factorial_multiple" })
        let ref = UnitRef(file: 0, unit: refUnit)
        // A threshold this high leaves LSH nothing but near-identical pairs: only the small-suspect rule verifies the port.
        var matcher = UnitMatcher()
        matcher.lshThreshold = 0.99

        let small = try await analyze(["Main.java": Self.port])
        let graded = try matcher.matchGraded(reference: reference, suspect: small, parameters: AnalysisParameters())
        XCTAssertGreaterThan(graded.best[ref] ?? 0, 0.3, "the port is verified and graded though no band is shared")

        // Past the budget (more suspect units than candidates verified per unit) LSH decides again.
        let padded = "class Other {\n" + (0..<(matcher.maxCandidates + 1)).map(Self.filler).joined() + "}\n"
        let large = try await analyze(["Main.java": Self.port, "Other.java": padded])
        let gradedLarge = try matcher.matchGraded(reference: reference, suspect: large, parameters: AnalysisParameters())
        XCTAssertNil(gradedLarge.best[ref], "with \(matcher.maxCandidates + 2) suspect units, only LSH's candidates are verified")
    }

    func testWordWeightsOfTwoUnitsDoNotCountSharedWordsAgainstThem() {
        let hash = { (word: String) in XXH3.hash64(word, seed: ChannelSeed.words) }
        let python = ShingleBag([hash("fact"), hash("limit"), hash("range")])
        let java = ShingleBag([hash("fact"), hash("limit")])
        let weights = SubwordWeights(documents: [python, java])
        // Plain Jaccard is 2/3; document frequencies over two units alone would make it 0.34 (a shared word in both
        // of two units weighs a quarter of a word one has).
        XCTAssertEqual(weights.weightedJaccard(python, java), 2.0 / 3, accuracy: 0.05)
    }

    func testAPortWithoutIdentifierWordsIsGradedOnItsShape() async throws {
        // Single-letter names only: no sub-word to compare, which must not count as a difference.
        let reference = try await analyze(["f.py": """
            def f(k, n):
                a = 0
                b = 1
                i = 2
                while i != 0:
                    c = a + b
                    a = b
                    b = c
                    if b % k == 0:
                        return n * i
                    i += 1
                return 0
            """])
        let port = try await analyze(["Main.java": """
            class Main {
              static int f(int k, int n) {
                int a = 0;
                int b = 1;
                int i = 2;
                while (i != 0) {
                  int c = a + b;
                  a = b;
                  b = c;
                  if (b % k == 0) {
                    return n * i;
                  }
                  i++;
                }
                return 0;
              }
            }
            """])
        let r = try XCTUnwrap(reference.files.first?.units.first { $0.name == "f" })
        let s = try XCTUnwrap(port.files.first?.units.first { $0.name == "f" })
        XCTAssertTrue(r.subwords.isEmpty, "the fixture has no identifier words")
        let score = UnitPairScore.score(r, s, sameLanguage: false, subwordWeights: nil)
        XCTAssertGreaterThan(score.shape, 0.4)
        // Carried by its shape alone (with the same-name bonus and the size factor), not by 0.4 of it.
        let expected = min(1, score.shape + 0.1) * UnitPairScore.sizeFactor(tokens: min(r.tokenCount, s.tokenCount))
        XCTAssertEqual(score.combined, expected, accuracy: 1e-9)
    }

    func testAOneFunctionPortIsScoredByItsUnitSimilarityAlone() async throws {
        let reference = try await analyze(["fact.py": Self.original])
        let comparer = PairComparer(parameters: AnalysisParameters())
        let port = try comparer.compare(reference: reference, suspect: try await analyze(["Main.java": Self.port]))
        let unrelated = try comparer.compare(reference: reference, suspect: try await analyze(["Main.java": Self.countFactors]))
        XCTAssertEqual(port.evidence.referenceUnits, 1)
        XCTAssertEqual(RelationFamily.of(crossLanguage: true, referenceUnits: 1), .crossLanguageSingleUnit)
        XCTAssertEqual(RelationFamily.of(crossLanguage: true, referenceUnits: 2), .crossLanguage)
        XCTAssertEqual(port.carriedBy, ["soft_coverage"])
        XCTAssertGreaterThanOrEqual(port.score, ScoreModel.threshold(.crossLanguageSingleUnit), "the translation is found")
        XCTAssertGreaterThanOrEqual(port.verdict, .partialClone)
        XCTAssertLessThan(unrelated.score, ScoreModel.threshold(.crossLanguageSingleUnit), "the unrelated method is not")
        // The unrelated method shares the original's locals (fact, index, limit): the library family counts them as
        // evidence, the single-unit family reads the unit similarity alone.
        var shared = unrelated.channels
        shared.internalWords = 1; shared.literals = 1; shared.comments = 1
        XCTAssertEqual(ScoreModel.score(unrelated.evidence, shared, family: .crossLanguageSingleUnit), unrelated.score, accuracy: 1e-12)
        XCTAssertGreaterThan(ScoreModel.score(unrelated.evidence, shared, family: .crossLanguage),
                             ScoreModel.score(unrelated.evidence, unrelated.channels, family: .crossLanguage))
        // The function's size calibrates its similarity: the same similarity in a function half the size scores
        // higher, twice the size lower; and the size is never listed as evidence (carried by soft coverage alone).
        let function = try XCTUnwrap(reference.files.first?.units.first { $0.name == "first_factorial_multiple" })
        XCTAssertEqual(port.channels.referenceTokens, function.tokenCount)
        var smaller = port.channels, larger = port.channels
        smaller.referenceTokens /= 2; larger.referenceTokens *= 2
        XCTAssertGreaterThan(ScoreModel.score(port.evidence, smaller, family: .crossLanguageSingleUnit), port.score)
        XCTAssertLessThan(ScoreModel.score(port.evidence, larger, family: .crossLanguageSingleUnit), port.score)
    }

    /// A Java method on the original's theme with its words (fact, index, limit) but another computation.
    static let countFactors = """
        class Main {
          static int countFactors(int limit) {
            int fact = 0;
            for (int index = 1; index <= limit; index++) { if (limit % index == 0) fact++; }
            return fact;
          }
        }
        """

    func testAOneFunctionReferenceCannotReachFullInternalWordsByChance() async throws {
        let reference = try await analyze(["fact.py": Self.original])
        let unrelated = try await analyze(["Main.java": Self.countFactors])
        let c = try PairComparer(parameters: AnalysisParameters()).compare(reference: reference, suspect: unrelated)
        // Its internal words (index, fact, limit, range) are common ones; the three the unrelated method shares are 3 of
        // at least 8, not 3 of 4.
        XCTAssertLessThanOrEqual(c.channels.internalWords, 3.0 / Double(EvidenceChannels.minInternalWords))
        XCTAssertGreaterThan(c.channels.internalWords, 0, "the words it shares still count")
    }
}
