import XCTest
@testable import Shingles
@testable import Sketch

/// Estimates against exact values: |estimate − exact| ≤ 3 standard errors for at least 99 % of pairs
/// (99.73 % expected for a normal estimate), mean z-score near 0 (unbiased), RMS z near 1 (the error
/// is as small as theory says, so the permutations behave independently).
final class MinHashAccuracyTests: XCTestCase {
    static let similarities: [Double] = [0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1]

    func assertCalibrated(_ z: ZScores, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThanOrEqual(z.withinThree, 0.99, "\(label): \(z.summary)", file: file, line: line)
        XCTAssertLessThan(abs(z.mean), 4 / Double(z.count).squareRoot() + 0.05, "\(label) biased: \(z.summary)", file: file, line: line)
        XCTAssertEqual(z.rms, 1, accuracy: 0.25, "\(label) variance off: \(z.summary)", file: file, line: line)
        print("accuracy \(label): \(z.summary)")
    }

    func testJaccardWithinThreeStandardErrorsOnRandomSets() throws {
        for kind in [MinHashParameters.Kind.classic, .onePermutation] {
            let hasher = try MinHasher(MinHashParameters(numPerm: 128, seed: 11, kind: kind))
            var rng = SplitMix64(seed: 2026)
            var z = ZScores()
            for trial in 0..<260 {
                let s = Self.similarities[trial % Self.similarities.count]
                // Union sizes from 20 (sets smaller than K: densification at work) to 2000.
                let unionSize = [20, 60, 200, 700, 2000][trial % 5]
                let (a, b) = SetFixtures.pair(similarity: s, unionSize: unionSize, rng: &rng)
                let exact = ShingleBag(a).jaccard(ShingleBag(b))
                let estimate = try hasher.signature(of: a).jaccard(hasher.signature(of: b))
                z.add(estimate: estimate, exact: exact, standardError: MinHashSignature.jaccardStandardError(exact, numPerm: 128))
            }
            assertCalibrated(z, "Jaccard, random sets, K=128, \(kind)")
        }
    }

    func testContainmentWithinThreeStandardErrorsOnRandomSets() throws {
        for kind in [MinHashParameters.Kind.classic, .onePermutation] {
            let hasher = try MinHasher(MinHashParameters(numPerm: 128, seed: 5, kind: kind))
            var rng = SplitMix64(seed: 77)
            var z = ZScores()
            for trial in 0..<200 {
                let c = [0.0, 0.2, 0.5, 0.7, 0.9, 1.0][trial % 6]
                let size = [100, 400, 1500][trial % 3]
                let extra = [0, size / 2, size, 3 * size][trial % 4]  // a clone that adds code around what it took
                let (a, b) = SetFixtures.containmentPair(containment: c, size: size, extra: extra, rng: &rng)
                let bagA = ShingleBag(a), bagB = ShingleBag(b)
                let exact = bagA.containment(in: bagB)
                let estimate = try hasher.signature(of: bagA).containment(in: hasher.signature(of: bagB))
                let se = MinHashSignature.containmentStandardError(
                    jaccard: bagA.jaccard(bagB), size: bagA.distinctCount, otherSize: bagB.distinctCount, numPerm: 128)
                z.add(estimate: estimate, exact: exact, standardError: se)
            }
            // Containment is clamped to [0, 1], which pulls estimates at c = 1 inwards: check coverage
            // and bias, and only that the spread is not larger than the delta-method error.
            XCTAssertGreaterThanOrEqual(z.withinThree, 0.99, "containment \(kind): \(z.summary)")
            XCTAssertLessThan(abs(z.mean), 0.35, "containment \(kind) biased: \(z.summary)")
            XCTAssertLessThan(z.rms, 1.25, "containment \(kind) spread: \(z.summary)")
            print("accuracy containment, random sets, K=128, \(kind): \(z.summary)")
        }
    }

    /// Real shingle sets: k=5 token shingles of a committed source file and of edited copies of it.
    func testEstimatesOnRealShingleSets() throws {
        let lines = try SetFixtures.fixtureLines()
        for kind in [MinHashParameters.Kind.classic, .onePermutation] {
            var rng = SplitMix64(seed: 9)
            var jz = ZScores(), cz = ZScores()
            for trial in 0..<120 {
                // A fresh seed per trial: the fragments overlap, so with one seed the trials would
                // share their errors and the mean z-score would not shrink as 1/√n.
                let hasher = try MinHasher(MinHashParameters(numPerm: 128, seed: UInt64(trial) &+ 1000, kind: kind))
                let drop = [0.02, 0.1, 0.3, 0.5, 0.8][trial % 5]
                let insert = [0.0, 0.2, 1.0][trial % 3]
                // Fragments of the file, as units are: 40 to all lines.
                let start = Int(rng.next() % UInt64(lines.count / 2))
                let length = min(lines.count - start, 40 + Int(rng.next() % UInt64(lines.count)))
                let original = Array(lines[start..<(start + length)])
                let copy = SetFixtures.edited(original, dropRate: drop, insertRate: insert, rng: &rng)
                let bagA = ShingleBag(SetFixtures.shingles(ofLines: original))
                let bagB = ShingleBag(SetFixtures.shingles(ofLines: copy))
                let sigA = hasher.signature(of: bagA), sigB = hasher.signature(of: bagB)
                let exactJ = bagA.jaccard(bagB)
                jz.add(estimate: try sigA.jaccard(sigB), exact: exactJ,
                       standardError: MinHashSignature.jaccardStandardError(exactJ, numPerm: 128))
                cz.add(estimate: try sigA.containment(in: sigB), exact: bagA.containment(in: bagB),
                       standardError: MinHashSignature.containmentStandardError(
                           jaccard: exactJ, size: bagA.distinctCount, otherSize: bagB.distinctCount, numPerm: 128))
            }
            assertCalibrated(jz, "Jaccard, real shingles, K=128, \(kind)")
            XCTAssertGreaterThanOrEqual(cz.withinThree, 0.99, "containment, real shingles, \(kind): \(cz.summary)")
            XCTAssertLessThan(abs(cz.mean), 0.35, "containment, real shingles, \(kind) biased: \(cz.summary)")
            print("accuracy containment, real shingles, K=128, \(kind): \(cz.summary)")
        }
    }

    /// The two forms estimate the same quantity: their difference stays within 3 SE of a difference
    /// of two independent estimates, √2 · SE(J).
    func testClassicAndOnePermutationAgree() throws {
        let classic = try MinHasher(MinHashParameters(numPerm: 128, seed: 21, kind: .classic))
        let oph = try MinHasher(MinHashParameters(numPerm: 128, seed: 21, kind: .onePermutation))
        var rng = SplitMix64(seed: 31)
        var z = ZScores()
        for trial in 0..<150 {
            let (a, b) = SetFixtures.pair(similarity: Self.similarities[trial % Self.similarities.count],
                                          unionSize: [50, 300, 1000][trial % 3], rng: &rng)
            let exact = ShingleBag(a).jaccard(ShingleBag(b))
            let c = try classic.signature(of: a).jaccard(classic.signature(of: b))
            let o = try oph.signature(of: a).jaccard(oph.signature(of: b))
            z.add(estimate: c - o, exact: 0, standardError: 2.0.squareRoot() * MinHashSignature.jaccardStandardError(exact, numPerm: 128))
        }
        XCTAssertGreaterThanOrEqual(z.withinThree, 0.99, "classic vs one-permutation: \(z.summary)")
        XCTAssertLessThan(abs(z.mean), 0.4, "classic vs one-permutation: \(z.summary)")
        print("agreement classic vs one-permutation: \(z.summary)")
    }
}
