import XCTest
@testable import Shingles

final class ShingleBagTests: XCTestCase {
    func testCountsAndSortedUniqueHashes() {
        let bag = ShingleBag([5, 1, 5, 3, 5, 1])
        XCTAssertEqual(bag.sortedHashes, [1, 3, 5])
        XCTAssertEqual(bag.counts, [2, 1, 3])
        XCTAssertEqual(bag.count, 6)
        XCTAssertEqual(bag.distinctCount, 3)
        XCTAssertEqual(bag.multiplicity(of: 5), 3)
        XCTAssertEqual(bag.multiplicity(of: 4), 0)
    }

    func testExactSimilarities() {
        let a = ShingleBag([1, 2, 3, 4, 4])       // {1,2,3,4}, 4 twice
        let b = ShingleBag([3, 4, 5, 6, 7, 8])    // {3..8}
        XCTAssertEqual(a.jaccard(b), 2.0 / 8.0, "|{3,4}| / |{1..8}|")
        XCTAssertEqual(a.containment(in: b), 2.0 / 4.0)
        XCTAssertEqual(b.containment(in: a), 2.0 / 6.0)
        // weighted: Σmin = 1 (3) + 1 (4) = 2; Σmax = 5 + 6 - 2 = 9
        XCTAssertEqual(a.weightedJaccard(b), 2.0 / 9.0)
        XCTAssertEqual(a.weightedContainment(in: b), 2.0 / 5.0)
        XCTAssertEqual(ShingleBag().jaccard(ShingleBag()), 1)
        XCTAssertEqual(ShingleBag().containment(in: a), 0)
    }

    func testUnionAddsMultiplicities() {
        let u = ShingleBag([1, 2, 2]).union(ShingleBag([2, 3]))
        XCTAssertEqual(u, ShingleBag([1, 2, 2, 2, 3]))
    }
}
