import Foundation
@testable import Shingles
@testable import Sketch

/// Set pairs with a known, exact similarity, built from a seeded generator so every run is identical.
enum SetFixtures {
    /// Two sets of random 64-bit hashes whose union has `unionSize` elements and whose intersection
    /// has round(similarity · unionSize); the rest is split between them.
    static func pair(similarity: Double, unionSize: Int, rng: inout SplitMix64) -> (a: [UInt64], b: [UInt64]) {
        let shared = Int((similarity * Double(unionSize)).rounded())
        let rest = unionSize - shared
        let common = (0..<shared).map { _ in rng.next() }
        let onlyA = (0..<(rest / 2)).map { _ in rng.next() }
        let onlyB = (0..<(rest - rest / 2)).map { _ in rng.next() }
        return (common + onlyA, common + onlyB)
    }

    /// A set A and a superset-ish B: B contains round(containment · |A|) of A's elements plus `extra` others.
    static func containmentPair(containment: Double, size: Int, extra: Int, rng: inout SplitMix64) -> (a: [UInt64], b: [UInt64]) {
        let a = (0..<size).map { _ in rng.next() }
        let kept = Int((containment * Double(size)).rounded())
        let b = Array(a[0..<kept]) + (0..<extra).map { _ in rng.next() }
        return (a, b)
    }

    /// Word tokens of a committed source fixture (real code, so real shingle frequencies).
    static func fixtureLines() throws -> [String] {
        guard let url = Bundle.module.url(forResource: "corpus-fixture", withExtension: "txt", subdirectory: "Golden") else {
            throw SketchError.invalidParameters("Golden/corpus-fixture.txt missing from the test bundle")
        }
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Token shingles (k = 5) of lines: each word becomes a token id, as the front end's ids would.
    static func shingles(ofLines lines: [String]) -> [UInt64] {
        let words = lines.flatMap { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }) }
        let ids = words.map { UInt32(truncatingIfNeeded: XXH3.hash64(String($0), seed: 0)) }
        return TokenShingler(k: 5).shingles(of: ids)
    }

    /// An edited copy of `lines`, as an LLM rewrite would leave it: some lines dropped, some new
    /// lines inserted, some duplicated.
    static func edited(_ lines: [String], dropRate: Double, insertRate: Double, rng: inout SplitMix64) -> [String] {
        var out: [String] = []
        for line in lines {
            let roll = Double(rng.next() >> 11) / Double(1 << 53)
            if roll < dropRate { continue }
            out.append(line)
            let insert = Double(rng.next() >> 11) / Double(1 << 53)
            if insert < insertRate { out.append("let inserted\(rng.next() % 100_000) = compute(\(rng.next() % 1000), value)") }
        }
        return out
    }
}

/// z-score bookkeeping: (estimate − exact) / standard error over many trials.
struct ZScores {
    private(set) var values: [Double] = []
    mutating func add(estimate: Double, exact: Double, standardError: Double) {
        // A zero standard error (J = 0 or 1) demands an exact estimate; count a miss as a large z.
        if standardError == 0 { values.append(abs(estimate - exact) < 1e-12 ? 0 : 99) } else {
            values.append((estimate - exact) / standardError)
        }
    }
    var count: Int { values.count }
    var withinThree: Double { Double(values.filter { abs($0) <= 3 }.count) / Double(max(1, values.count)) }
    var mean: Double { values.reduce(0, +) / Double(max(1, values.count)) }
    var rms: Double { (values.map { $0 * $0 }.reduce(0, +) / Double(max(1, values.count))).squareRoot() }
    var summary: String {
        String(format: "n=%d, within 3 SE: %.2f%%, mean z %.3f, rms z %.3f", count, 100 * withinThree, mean, rms)
    }
}
