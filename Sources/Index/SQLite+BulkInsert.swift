import CSQLite

extension Database {
    /// Inserts rows of `width` integers (a homogeneous tuple type), `chunk` per statement: SQLite's per-statement
    /// cost (step, reset, VDBE setup) is most of a one-row insert, and the index writes a million LSH rows.
    /// `prefix` is the statement up to `VALUES `, `suffix` what follows the tuples (an upsert clause).
    func insertRows<Row>(_ rows: [Row], width: Int, chunk: Int = 128, _ prefix: String, suffix: String = "") throws {
        precondition(MemoryLayout<Row>.stride == width * MemoryLayout<Int64>.stride, "rows of \(width) Int64 values")
        // Within this SQLite's limit on bound parameters (32,766 by default since 3.32, 999 before).
        let chunk = max(1, min(chunk, Int(sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1)) / width))
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        let full = try prepare(prefix + Array(repeating: tuple, count: chunk).joined(separator: ", ") + suffix)
        let single = try prepare(prefix + tuple + suffix)
        try rows.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: Int64.self) { values in
                var i = 0
                while i < rows.count {
                    let statement = rows.count - i >= chunk ? full : single
                    let n = statement === full ? chunk : 1
                    statement.reset()
                    for (p, value) in values[(i * width)..<((i + n) * width)].enumerated() {
                        try statement.bind(int: value, at: Int32(p + 1))
                    }
                    try statement.run()
                    i += n
                }
            }
        }
    }
}
