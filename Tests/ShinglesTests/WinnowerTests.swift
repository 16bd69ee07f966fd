import XCTest
@testable import Shingles

final class WinnowerTests: XCTestCase {
    func randomHashes(_ n: Int, seed: UInt64, distinct: UInt64 = .max) -> [UInt64] {
        var rng = SplitMix64(seed: seed)
        return (0..<n).map { _ in rng.next() % distinct }
    }

    /// The density guarantee: every window of w consecutive hashes has a fingerprint inside it, and
    /// that fingerprint is the window's minimum.
    func testEveryWindowContainsItsMinimumAsFingerprint() {
        for (w, distinct) in [(4, UInt64.max), (8, UInt64.max), (8, 3), (1, 5)] {
            let hashes = randomHashes(2000, seed: UInt64(w) &+ distinct, distinct: distinct)
            let fingerprints = Winnower(window: w).fingerprints(hashes)
            let positions = fingerprints.map { Int($0.position) }
            XCTAssertEqual(positions, positions.sorted(), "positions increase")
            XCTAssertEqual(Set(positions).count, positions.count, "no position twice")
            for fp in fingerprints { XCTAssertEqual(fp.hash, hashes[Int(fp.position)]) }
            let selected = Set(positions)
            for start in 0...(hashes.count - w) {
                let window = start..<(start + w)
                let minimum = hashes[window].min() ?? 0
                XCTAssertTrue(window.contains { selected.contains($0) && hashes[$0] == minimum },
                              "window \(start) (w=\(w), alphabet \(distinct)) has no minimal fingerprint")
            }
            if distinct == .max {
                // Expected density 2/(w+1) for random hashes (Schleimer et al.); allow ±15 %.
                let density = Double(fingerprints.count) / Double(hashes.count)
                XCTAssertEqual(density, 2 / Double(w + 1), accuracy: 0.15 * 2 / Double(w + 1), "density for w=\(w)")
            }
        }
    }

    func testRobustWinnowingOnRepeatedHash() {
        // A run of equal hashes (repeated code) keeps its selection while it is in the window: one
        // fingerprint per w positions instead of one per position.
        let fingerprints = Winnower(window: 4).fingerprints([UInt64](repeating: 7, count: 40))
        XCTAssertEqual(fingerprints.count, 10, "40 equal hashes with w=4 give 10 fingerprints")
    }

    func testShortAndEmptyInputs() {
        XCTAssertEqual(Winnower(window: 4).fingerprints([]), [])
        XCTAssertEqual(Winnower(window: 4).fingerprints([5, 3, 3]), [Fingerprint(hash: 3, position: 2)], "rightmost minimum")
    }

    func testSharedRegionSharesAFingerprint() {
        let shared = randomHashes(12, seed: 1)
        let a = randomHashes(30, seed: 2) + shared + randomHashes(30, seed: 3)
        let b = randomHashes(17, seed: 4) + shared
        let w = 12
        let fa = Set(Winnower(window: w).fingerprints(a).map(\.hash))
        let fb = Set(Winnower(window: w).fingerprints(b).map(\.hash))
        XCTAssertFalse(fa.isDisjoint(with: fb), "a shared run of w hashes must share a fingerprint")
    }
}
