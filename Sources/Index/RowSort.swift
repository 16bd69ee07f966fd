/// Sorts LSH rows `(key, unit)` in the order SQLite keeps them, ascending as signed values.
///
/// The writer sorts a repository's LSH rows (up to a million) before inserting them, so B-tree inserts walk
/// the table in order. Keys are random 64-bit hashes, so an LSD radix sort (one stable counting pass per
/// byte that differs, least significant column first) does the same work for any batch and no comparisons;
/// the standard library's merge sort with a tuple comparator spent 5% of the writer's time here.
enum RowSort {
    typealias Row = (Int64, Int64)

    /// Sorts `rows` in place; the result is exactly `rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }`.
    static func sort(_ rows: inout [Row]) {
        let n = rows.count
        guard n >= 64 else {
            rows.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            return
        }
        // Only bytes that differ between rows need a pass: in a batch the unit ids vary in two or three low
        // bytes, the keys in all eight.
        var varying: [UInt64] = [0, 0]
        let first = rows[0]
        for row in rows {
            varying[0] |= UInt64(bitPattern: row.0 ^ first.0)
            varying[1] |= UInt64(bitPattern: row.1 ^ first.1)
        }
        var scratch = rows
        rows.withUnsafeMutableBufferPointer { data in
            scratch.withUnsafeMutableBufferPointer { spare in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
                    var source = data, target = spare
                    // Least significant column first; each column's bytes low to high.
                    for column in [1, 0] {
                        for digit in 0..<8 where (varying[column] >> UInt64(8 * digit)) & 0xFF != 0 {
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

    /// The byte of `column` at `digit`, with the sign bit flipped so that unsigned order is signed order.
    @inline(__always)
    private static func byte(_ row: Row, column: Int, digit: Int) -> Int {
        let value = column == 0 ? row.0 : row.1
        let biased = UInt64(bitPattern: value) ^ 0x8000_0000_0000_0000
        return Int(truncatingIfNeeded: biased >> UInt64(8 * digit)) & 0xFF
    }

    /// One stable counting pass from `source` into `target` on one byte.
    private static func pass(_ source: UnsafeMutableBufferPointer<Row>, _ target: UnsafeMutableBufferPointer<Row>,
                             _ counts: UnsafeMutableBufferPointer<Int>, column: Int, digit: Int) {
        counts.initialize(repeating: 0)
        for row in source { counts[byte(row, column: column, digit: digit)] += 1 }
        var offset = 0
        for i in 0..<256 {
            let c = counts[i]
            counts[i] = offset
            offset += c
        }
        for row in source {
            let slot = byte(row, column: column, digit: digit)
            target[counts[slot]] = row
            counts[slot] += 1
        }
    }
}
