import XCTest
@testable import Index

/// The writer's radix sort of LSH rows must give exactly the tuple order SQLite keeps them in.
final class RowSortTests: XCTestCase {
    func testEqualsTupleSortOnEveryShape() {
        var rng = SystemRandomNumberGenerator()
        for n in [0, 1, 63, 64, 65, 1000, 1023, 1024, 5003, 40_000] {
            func random() -> Int64 { Int64.random(in: .min ... .max, using: &rng) }
            var inputs: [[RowSort.Row]] = []
            inputs.append((0..<n).map { _ -> RowSort.Row in (random(), random()) })
            // What the writer sorts: random keys of both channels (negative ones included), ascending units.
            inputs.append((0..<n).map { i -> RowSort.Row in
                (SignatureChannel.allCases[i % 2].lshKey(UInt64.random(in: .min ... .max, using: &rng)), Int64(i / 32))
            })
            // Repeated keys: ties broken by the unit; a column every row shares (passes skipped).
            inputs.append((0..<n).map { i -> RowSort.Row in (Int64(i % 5) - 2, Int64(n - i)) })
            inputs.append((0..<n).map { i -> RowSort.Row in (7, Int64(n - i)) })
            inputs.append(Array(repeating: (-1, 1), count: n))
            for input in inputs {
                var sorted = input
                RowSort.sort(&sorted)
                let expected = input.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
                XCTAssertTrue(sorted.elementsEqual(expected, by: { $0 == $1 }), "n = \(n)")
            }
        }
    }
}
