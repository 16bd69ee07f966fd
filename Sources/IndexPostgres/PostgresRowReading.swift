import PostgresNIO

/// Typed reads of one result row by column number, a cell of another type as one clear error.
struct Cells {
    private let row: PostgresRandomAccessRow
    private let session: PostgresSession

    init(_ row: PostgresRow, _ session: PostgresSession) {
        self.row = row.makeRandomAccess()
        self.session = session
    }

    func int64(_ i: Int) throws -> Int64 { try session.decode(row[i], Int64.self) }
    func int(_ i: Int) throws -> Int { Int(try int64(i)) }
    func text(_ i: Int) throws -> String { try session.decode(row[i], String.self) }
    func bytes(_ i: Int) throws -> [UInt8] { try session.decode(row[i], ByteBuffer.self).bytes }
    func isNull(_ i: Int) -> Bool { row[i].bytes == nil }
    func optionalInt64(_ i: Int) throws -> Int64? { isNull(i) ? nil : try int64(i) }
    func optionalText(_ i: Int) throws -> String? { isNull(i) ? nil : try text(i) }
}

extension PostgresSession {
    /// Runs `sql` and reads each row with `read`.
    func rows<T>(_ sql: String, _ binds: PostgresBindings = PostgresBindings(), _ read: (Cells) throws -> T) throws -> [T] {
        try query(sql, binds).map { try read(Cells($0, self)) }
    }
}
