/// Sorts LSH rows `(key, unit)` in the order SQLite keeps them, ascending as signed values.
///
/// The writer sorts a repository's LSH rows (up to a million) before inserting them, so B-tree inserts walk
/// the table in order. Keys are random 64-bit hashes, so an LSD radix sort (one stable counting pass per
/// digit that differs, least significant column first) does the same work for any batch and no comparisons;
/// the standard library's merge sort with a tuple comparator spent 5% of the writer's time here.
enum RowSort {
    typealias Row = (Int64, Int64)

    /// Bits per counting pass: six passes cover a 64-bit key (eight with bytes), and the 2,048 counts stay in the
    /// first-level cache. The writer sorts every group's rows (up to a million): with byte digits the passes were
    /// 1.3% of an index run's CPU on the small-repository corpus.
    static let digitBits = 11
    private static let digitMask = (1 << digitBits) - 1
    private static let digits = (64 + digitBits - 1) / digitBits

    /// Sorts `rows` in place; the result is exactly `rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }`.
    static func sort(_ rows: inout [Row]) {
        let n = rows.count
        // Below this a comparison sort is cheaper than six passes over 2,048 counts.
        guard n >= 1024 else {
            rows.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            return
        }
        // Only digits that differ between rows need a pass: in a batch the unit ids vary in their low bits, the
        // keys in all of them.
        var varying: (UInt64, UInt64) = (0, 0)
        let first = rows[0]
        for row in rows {
            varying.0 |= UInt64(bitPattern: row.0 ^ first.0)
            varying.1 |= UInt64(bitPattern: row.1 ^ first.1)
        }
        var scratch = rows
        rows.withUnsafeMutableBufferPointer { data in
            scratch.withUnsafeMutableBufferPointer { spare in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: digitMask + 1) { counts in
                    var source = data, target = spare
                    // Least significant column first; each column's digits low to high.
                    for column in [1, 0] {
                        let differing = column == 0 ? varying.0 : varying.1
                        for digit in 0..<digits where (differing >> UInt64(digitBits * digit)) & UInt64(digitMask) != 0 {
                            pass(source, target, counts, column: column, digit: digit)
                            swap(&source, &target)
                        }
                    }
                    // After an odd number of passes the sorted rows sit in the scratch buffer.
                    if source.baseAddress != data.baseAddress, let from = source.baseAddress, let to = data.baseAddress {
                        to.update(from: from, count: n)
                    }
                }
            }
        }
    }

    /// The digit of `column` at `digit`, with the sign bit flipped so that unsigned order is signed order.
    @inline(__always)
    private static func digit(_ row: Row, column: Int, digit: Int) -> Int {
        let value = column == 0 ? row.0 : row.1
        let biased = UInt64(bitPattern: value) ^ 0x8000_0000_0000_0000
        return Int(truncatingIfNeeded: biased >> UInt64(digitBits * digit)) & digitMask
    }

    /// One stable counting pass from `source` into `target` on one digit.
    private static func pass(_ source: UnsafeMutableBufferPointer<Row>, _ target: UnsafeMutableBufferPointer<Row>,
                             _ counts: UnsafeMutableBufferPointer<Int>, column: Int, digit d: Int) {
        counts.initialize(repeating: 0)
        for row in source { counts[digit(row, column: column, digit: d)] += 1 }
        var offset = 0
        for i in 0...digitMask {
            let c = counts[i]
            counts[i] = offset
            offset += c
        }
        for row in source {
            let slot = digit(row, column: column, digit: d)
            target[counts[slot]] = row
            counts[slot] += 1
        }
    }
}
