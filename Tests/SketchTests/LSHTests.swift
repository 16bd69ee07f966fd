import XCTest
@testable import Shingles
@testable import Sketch

final class LSHTests: XCTestCase {
    /// Same (b, r) as datasketch's `_optimal_param` (its integrals by quadrature, ours by Simpson's rule).
    func testOptimalParametersMatchDatasketch() {
        let expected: [(t: Double, fp: Double, fn: Double, b: Int, r: Int)] = [
            (0.3, 0.5, 0.5, 37, 3), (0.5, 0.5, 0.5, 25, 5), (0.7, 0.5, 0.5, 14, 9), (0.8, 0.5, 0.5, 9, 13),
            (0.5, 0.2, 0.8, 30, 4), (0.7, 0.3, 0.7, 16, 8), (0.8, 0.3, 0.7, 11, 11),
        ]
        for e in expected {
            let p = LSHParameters.optimal(threshold: e.t, numPerm: 128, falsePositiveWeight: e.fp, falseNegativeWeight: e.fn)
            XCTAssertEqual(p, LSHParameters(bands: e.b, rows: e.r), "t=\(e.t) weights \(e.fp)/\(e.fn)")
        }
    }

    /// A band cap restricts the search; the index's choice (16 × 4 for K = 128) is found at least as often as
    /// the uncapped datasketch optimum (25 × 5) from similarity 0.5 to 0.65 and within 0.003 of it above.
    func testBandCapKeepsRecallAboveThreshold() {
        XCTAssertEqual(LSHParameters.optimal(threshold: 0.5, numPerm: 128, maxBands: 16), LSHParameters(bands: 16, rows: 5))
        let capped = LSHParameters.optimal(threshold: 0.5, numPerm: 128, falsePositiveWeight: 0.4, falseNegativeWeight: 0.6, maxBands: 16)
        XCTAssertEqual(capped, LSHParameters(bands: 16, rows: 4))
        let uncapped = LSHParameters.optimal(threshold: 0.5, numPerm: 128)
        for s in stride(from: 0.5, through: 1.0, by: 0.05) {
            let slack = s > 0.66 ? 0.003 : 0
            XCTAssertGreaterThanOrEqual(capped.candidateProbability(similarity: s) + slack, uncapped.candidateProbability(similarity: s), "s=\(s)")
        }
        XCTAssertEqual(LSHParameters.optimal(threshold: 0.5, numPerm: 128, maxBands: 1).bands, 1)
    }

    func testBandKeysAreDeterministicAndBandSpecific() throws {
        let hasher = try MinHasher(MinHashParameters(numPerm: 128, seed: 1))
        let lsh = LSHParameters(bands: 16, rows: 8)
        let sig = hasher.signature(of: (0..<500).map { UInt64($0) &* 0xDEAD_BEEF_1234_5677 })
        let keys = try lsh.bandKeys(sig)
        XCTAssertEqual(keys.count, 16)
        XCTAssertEqual(keys, try lsh.bandKeys(sig))
        // A signature whose every band holds the same values still gets 16 different keys.
        let flat = try MinHashSignature(parameters: sig.parameters, values: [UInt32](repeating: 5, count: 128), setSize: 1)
        XCTAssertEqual(Set(try lsh.bandKeys(flat)).count, 16, "band index is mixed into the key")
        XCTAssertThrowsError(try LSHParameters(bands: 17, rows: 8).bandKeys(sig), "17 × 8 > 128")
    }

    /// For threshold t: pairs of known similarity s spread uniformly over [t + 0.1, 1] must be found
    /// (share a band key, then pass the signature check J ≥ t) at ≥ 99 %, and pairs spread over
    /// [0, t − 0.1] at ≤ 5 %. Banding alone cannot separate t ± 0.1 with K = 128 (its S-curve is too
    /// shallow), so bands are chosen with false negatives weighted 0.8 and the signature estimate
    /// removes the extra candidates, as a query does. Raw banding rates are printed for reference.
    func testLSHRecallAndFalsePositiveRatesAroundThreshold() throws {
        for (kind, threshold) in [(MinHashParameters.Kind.onePermutation, 0.5), (.onePermutation, 0.7), (.classic, 0.8)] {
            let hasher = try MinHasher(MinHashParameters(numPerm: 128, seed: 17, kind: kind))
            let lsh = LSHParameters.optimal(threshold: threshold, numPerm: 128, falsePositiveWeight: 0.2, falseNegativeWeight: 0.8)
            var rng = SplitMix64(seed: UInt64(threshold * 100))
            func rates(_ range: ClosedRange<Double>, pairs: Int) throws -> (banded: Double, found: Double) {
                var banded = 0, found = 0
                for i in 0..<pairs {
                    let s = range.lowerBound + (range.upperBound - range.lowerBound) * (Double(i) + 0.5) / Double(pairs)
                    let (a, b) = SetFixtures.pair(similarity: s, unionSize: 200, rng: &rng)
                    let sa = hasher.signature(of: a), sb = hasher.signature(of: b)
                    let shared = !Set(try lsh.bandKeys(sa)).isDisjoint(with: try lsh.bandKeys(sb))
                    if shared { banded += 1 }
                    if try shared && sa.jaccard(sb) >= threshold { found += 1 }
                }
                return (Double(banded) / Double(pairs), Double(found) / Double(pairs))
            }
            let high = try rates((threshold + 0.1)...1.0, pairs: 300)
            let low = try rates(0.0...(threshold - 0.1), pairs: 300)
            let report = String(format: "t=%.1f %@ %@: similar pairs found %.1f%% (banding alone %.1f%%), dissimilar found %.1f%% (banding alone %.1f%%)",
                                threshold, "\(kind)", lsh.description, 100 * high.found, 100 * high.banded, 100 * low.found, 100 * low.banded)
            print("lsh \(report)")
            XCTAssertGreaterThanOrEqual(high.found, 0.99, report)
            XCTAssertLessThanOrEqual(low.found, 0.05, report)
        }
    }

    func testContainmentThresholdConversion() {
        // Q of 100 fully contained in X of 400: J = 100 / 400.
        XCTAssertEqual(LSHParameters.jaccardThreshold(forContainment: 1, querySize: 100, candidateSize: 400), 0.25, accuracy: 1e-12)
        XCTAssertEqual(LSHParameters.jaccardThreshold(forContainment: 0.5, querySize: 100, candidateSize: 100), 50.0 / 150.0, accuracy: 1e-12)
        XCTAssertEqual(LSHParameters.jaccardThreshold(forContainment: 0.5, querySize: 0, candidateSize: 0), 0)
    }

    func testCandidateProbabilityIsTheSCurve() {
        let p = LSHParameters(bands: 20, rows: 5)
        XCTAssertEqual(p.candidateProbability(similarity: 0), 0)
        XCTAssertEqual(p.candidateProbability(similarity: 1), 1)
        XCTAssertEqual(p.candidateProbability(similarity: 0.5), 1 - pow(1 - pow(0.5, 5), 20), accuracy: 1e-12)
    }
}
