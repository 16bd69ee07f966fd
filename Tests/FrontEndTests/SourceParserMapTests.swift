import XCTest
@testable import FrontEnd

/// `SourceParser.map` takes items up in any order it is given (the index: largest files first) and must still
/// return results in item order, every item exactly once.
final class SourceParserMapTests: XCTestCase {
    func testResultsComeBackInItemOrderWhateverTheProcessingOrder() async {
        let items = Array(0..<50)
        let largestFirst = items.indices.sorted { ($0 * 37) % 50 > ($1 * 37) % 50 }
        for order in [nil, largestFirst, Array(items.indices.reversed()), [0, 1, 2]] {
            let seen = SeenOrder()
            let results = await SourceParser.map(items, workers: 1, order: order) { _, item -> Int in
                seen.append(item)
                return item * 2
            }
            XCTAssertEqual(results, items.map { $0 * 2 }, "order \(String(describing: order))")
            // One worker takes items strictly in the given order; a malformed order is ignored.
            let expected = order.flatMap { $0.count == items.count ? $0 : nil } ?? Array(items.indices)
            XCTAssertEqual(seen.values, expected)
        }
    }
}

/// Records the order items were processed in (a worker task calls it; the test reads it afterwards).
private final class SeenOrder: @unchecked Sendable {
    private let lock = NSLock()
    private var taken: [Int] = []
    func append(_ item: Int) { lock.lock(); taken.append(item); lock.unlock() }
    var values: [Int] { lock.lock(); defer { lock.unlock() }; return taken }
}
