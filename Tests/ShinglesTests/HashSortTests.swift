import XCTest
@testable import Shingles

/// The radix sort behind `ShingleBag` must give exactly `sorted()` on every shape of input it can meet.
final class HashSortTests: XCTestCase {
    func testEqualsStandardSortOnEveryShape() {
        var rng = SystemRandomNumberGenerator()
        for n in [0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 100, 255, 256, 257, 1000, 4095, 4096, 4097, 9000] {
            let random = (0..<n).map { _ in UInt64.random(in: .min ... .max, using: &rng) }
            let inputs: [[UInt64]] = [
                random,
                random.map { $0 & 0xFF },                          // seven byte positions shared: those passes skipped
                random.map { $0 | 0xFFFF_FFFF_0000_0000 },           // odd/even numbers of passes actually run
                random.map { $0 % 7 },                             // heavy duplicates
                random.map { $0 >> 4 | 0x0F00_0000_0000_0000 },       // one crowded top byte: the bucket sort's fallback
                Array(repeating: 42, count: n),                    // every pass skipped
                random.sorted(), random.sorted(by: >),
            ]
            for input in inputs {
                var sorted = input
                HashSort.sort(&sorted)
                XCTAssertEqual(sorted, input.sorted(), "n = \(n)")
                var distinct = input
                HashSort.sortDistinct(&distinct)
                XCTAssertEqual(distinct, Set(input).sorted(), "distinct, n = \(n)")
            }
        }
    }

    func testBagCountsMatchAfterRadixSort() {
        let hashes = (0..<3000).map { UInt64($0 % 1000) &* 0x9E37_79B9_7F4A_7C15 }
        let bag = ShingleBag(hashes)
        XCTAssertEqual(bag.distinctCount, 1000)
        XCTAssertEqual(bag.count, 3000)
        XCTAssertTrue(bag.counts.allSatisfy { $0 == 3 })
        XCTAssertEqual(bag.sortedHashes, Array(Set(hashes)).sorted())
    }
}
