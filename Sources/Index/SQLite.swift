import CSQLite
import Foundation

/// An error from SQLite: result code, message and the SQL that failed.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The (extended) result code.
    public var code: Int32
    public var message: String
    public var sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (low byte of the extended code).
    public var primaryCode: Int32 { code & 0xFF }

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " (in: \($0.prefix(120)))" } ?? "")
    }
}

/// SQLITE_TRANSIENT: SQLite copies bound bytes before the call returns.
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// Process-wide SQLite set-up, once, before the first connection: no memory statistics (a global mutex on
/// every SQLite allocation, millions in an index run).
private let sqliteConfigured: Bool = clonescan_sqlite3_disable_memstatus() == SQLITE_OK

/// One SQLite connection. Closed in `deinit`; not `Sendable` (one thread at a time).
public final class Database {
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]
    public let path: String

    /// Opens (or creates, unless `readOnly`) the database at `path`.
    public init(path: String, readOnly: Bool, create: Bool = true) throws(SQLiteError) {
        _ = sqliteConfigured
        var db: OpaquePointer?
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        flags |= readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: message)
        }
        handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Milliseconds to wait for a lock held by another connection (0: fail at once with SQLITE_BUSY).
    public func setBusyTimeout(milliseconds: Int32) { sqlite3_busy_timeout(handle, milliseconds) }

    func error(_ rc: Int32, _ sql: String?) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle) != 0 ? sqlite3_extended_errcode(handle) : rc,
                    message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    /// Runs one or more statements without parameters (schema, pragmas).
    public func execute(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(message)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// A prepared statement, cached by its SQL text and reset before reuse.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        if let cached = cache[sql] {
            cached.reset()
            return cached
        }
        let statement = try Statement(database: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// A statement prepared for one use (not cached).
    public func prepareOnce(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Resets every cached statement, so none holds a read open (a pending step blocks COMMIT).
    public func resetStatements() {
        for statement in cache.values { sqlite3_reset(statement.handle) }
    }

    /// Rowid of the last insert on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    /// Rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }
    /// Whether a transaction is open.
    public var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Group commit (an index run sets it, see `IndexWriter+GroupCommit.swift`): `transaction` then opens one
    /// outer write transaction on first use and runs each body in a savepoint inside it; `commitGroup` commits.
    public var groupsCommits = false
    /// When the open group's outer transaction began (monotonic nanoseconds; 0: none open).
    private(set) var groupBegan: UInt64 = 0
    /// Counts the group transactions begun, so work held for one group's commit can tell that its transaction
    /// ended without one (a failed statement can make SQLite roll the whole transaction back).
    private(set) var groupSerial = 0
    /// Write transactions this connection committed through `transaction` and `commitGroup`.
    public private(set) var commits = 0

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws and rethrows
    /// the first error. `immediate` takes the write lock up front (no deadlock on upgrade).
    /// While ``groupsCommits`` is on, the body's work is undone on a throw as always, but committed only by the
    /// next ``commitGroup()``.
    public func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        if groupsCommits { return try groupedStep(body) }
        try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        do {
            let value = try body()
            resetStatements()
            try execute("COMMIT")
            if immediate { commits += 1 }
            return value
        } catch {
            if inTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// One step of a group: a savepoint in the group's transaction (begun here when none is open).
    private func groupedStep<T>(_ body: () throws -> T) throws -> T {
        if !inTransaction {
            try execute("BEGIN IMMEDIATE")
            groupBegan = DispatchTime.now().uptimeNanoseconds
            groupSerial += 1
        }
        try execute("SAVEPOINT group_step")
        do {
            let value = try body()
            try execute("RELEASE group_step")
            return value
        } catch {
            if inTransaction {
                try? execute("ROLLBACK TO group_step")
                try? execute("RELEASE group_step")
            }
            throw error
        }
    }

    /// Commits the group's transaction, if one is open.
    public func commitGroup() throws(SQLiteError) {
        guard inTransaction else { return }
        resetStatements()
        try execute("COMMIT")
        groupBegan = 0
        commits += 1
    }

    /// First column of the first row as an integer (nil when no row or NULL).
    public func scalarInt(_ sql: String, _ bindings: [SQLValue] = []) throws(SQLiteError) -> Int64? {
        let s = try prepare(sql)
        try s.bind(bindings)
        defer { sqlite3_reset(s.handle) }
        guard try s.step() else { return nil }
        return s.isNull(0) ? nil : s.int64(0)
    }

    /// First column of the first row as text.
    public func scalarText(_ sql: String, _ bindings: [SQLValue] = []) throws(SQLiteError) -> String? {
        let s = try prepare(sql)
        try s.bind(bindings)
        defer { sqlite3_reset(s.handle) }
        guard try s.step() else { return nil }
        return s.isNull(0) ? nil : s.text(0)
    }

    /// Runs a statement with bound values, discarding any rows.
    public func run(_ sql: String, _ bindings: [SQLValue] = []) throws(SQLiteError) {
        let s = try prepare(sql)
        try s.bind(bindings)
        while try s.step() {}
    }
}

/// A value to bind.
public enum SQLValue: Sendable {
    case int(Int64)
    case double(Double)
    case text(String)
    case blob([UInt8])
    case null
}

/// A prepared statement, finalised in `deinit`; not `Sendable`.
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    public let sql: String

    init(database: Database, sql: String) throws(SQLiteError) {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw database.error(rc, sql) }
        handle = statement
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and clears its bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds values to parameters 1...n.
    public func bind(_ values: [SQLValue]) throws(SQLiteError) {
        for (i, v) in values.enumerated() { try bind(v, at: Int32(i + 1)) }
    }

    public func bind(_ value: SQLValue, at index: Int32) throws(SQLiteError) {
        let rc: Int32
        switch value {
        case .int(let v): rc = sqlite3_bind_int64(handle, index, v)
        case .double(let v): rc = sqlite3_bind_double(handle, index, v)
        case .text(let v):
            // The string's own UTF-8 with its length: no C-string copy (SQLite copies the bytes).
            var text = v
            rc = text.withUTF8 { utf8 in
                guard let base = utf8.baseAddress, !utf8.isEmpty else { return sqlite3_bind_text(handle, index, "", 0, sqliteTransient) }
                return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(clamping: utf8.count), sqliteTransient)
                }
            }
        case .blob(let v):
            rc = v.withUnsafeBytes { raw in
                sqlite3_bind_blob64(handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), sqlite3_uint64(raw.count), sqliteTransient)
            }
        case .null: rc = sqlite3_bind_null(handle, index)
        }
        guard rc == SQLITE_OK else { throw database.error(rc, sql) }
    }

    /// Binds bytes SQLite reads in place instead of copying them: the caller keeps `bytes` valid until the
    /// statement has stepped and then calls ``clearBindings()`` (bind, step and clear inside one `withUnsafeBytes`).
    public func bind(borrowedBlob bytes: UnsafeRawBufferPointer, at index: Int32) throws(SQLiteError) {
        let rc = sqlite3_bind_blob64(handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), sqlite3_uint64(bytes.count), nil)
        guard rc == SQLITE_OK else { throw database.error(rc, sql) }
    }

    /// Unbinds every parameter, so none points at memory a borrowed binding no longer owns.
    public func clearBindings() { sqlite3_clear_bindings(handle) }

    @inline(__always)
    public func bind(int value: Int64, at index: Int32) throws(SQLiteError) {
        let rc = sqlite3_bind_int64(handle, index, value)
        guard rc == SQLITE_OK else { throw database.error(rc, sql) }
    }

    /// Steps once: true when a row is available, false when done.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = database.error(rc, sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Steps to completion and resets, for inserts and updates.
    public func run() throws(SQLiteError) {
        while try step() {}
        sqlite3_reset(handle)
    }

    public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    public func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    public func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
    public func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
    public func text(_ column: Int32) -> String {
        guard let p = sqlite3_column_text(handle, column) else { return "" }
        let n = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }
    public func blob(_ column: Int32) -> [UInt8] {
        let n = Int(sqlite3_column_bytes(handle, column))
        guard n > 0, let p = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: p, count: n))
    }
}

/// Reinterprets a 64-bit hash as the signed integer SQLite stores (and back), bit for bit.
@inline(__always) package func sqlInt(_ value: UInt64) -> Int64 { Int64(bitPattern: value) }
@inline(__always) package func fromSQL(_ value: Int64) -> UInt64 { UInt64(bitPattern: value) }
