/// Everything the index can refuse, each as one line that says what to do.
public enum IndexError: Error, CustomStringConvertible, Sendable {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// An SQLite database that is not a clonescan index (another program's file).
    case foreignDatabase(path: String)
    /// SQLite reports corruption or truncation.
    case corrupt(path: String, detail: String)
    /// The database (or its directory) cannot be written.
    case readOnly(path: String)
    /// The database file does not exist (read-only open).
    case missingDatabase(path: String)
    /// Another `clonescan index` holds the writer lock.
    case locked(path: String)
    /// The index was built with different analysis, LSH or grammar parameters.
    case parameterMismatch(String)
    /// The schema is newer than this build understands.
    case newerSchema(found: Int, supported: Int)
    /// A stored value cannot be decoded.
    case invalidData(String)
    /// The disk (or the database's size limit) is full; committed batches are kept.
    case diskFull(path: String)
    /// Any other SQLite failure.
    case sqlite(SQLiteError, path: String)

    public var description: String {
        switch self {
        case .notADatabase(let p): return "\(p): not an SQLite database; pass a clonescan index or a new file name"
        case .foreignDatabase(let p): return "\(p): an SQLite database but not a clonescan index; pass a clonescan index or a new file name"
        case let .corrupt(p, detail): return "\(p): database is corrupt or truncated (\(detail)); restore it from a backup or delete it and re-index"
        case .readOnly(let p): return "\(p): database is read-only; check the permissions of the file and its directory"
        case .missingDatabase(let p): return "\(p): no such index; build one with `clonescan index --db \(p) PATH...`"
        case .locked(let p): return "\(p): another `clonescan index` is writing this database; wait for it or pass --wait"
        case .parameterMismatch(let m): return "index was built with different parameters: \(m); use a matching build or re-index into a new database"
        case let .newerSchema(found, supported): return "index schema version \(found) is newer than this clonescan supports (\(supported)); upgrade clonescan"
        case .invalidData(let m): return "index holds invalid data: \(m)"
        case .diskFull(let p): return "\(p): disk full; free some space and rerun (batches already committed are kept and resumed)"
        case let .sqlite(e, p): return "\(p): \(e.message) (SQLite error \(e.code))"
        }
    }

    /// Maps an SQLite error onto the clearest index error.
    static func from(_ error: SQLiteError, path: String) -> IndexError {
        switch error.primaryCode {
        case 26: return .notADatabase(path: path)  // SQLITE_NOTADB
        case 11: return .corrupt(path: path, detail: error.message)  // SQLITE_CORRUPT
        case 8: return .readOnly(path: path)  // SQLITE_READONLY
        case 14: return .readOnly(path: path)  // SQLITE_CANTOPEN
        case 13: return .diskFull(path: path)  // SQLITE_FULL
        default: return .sqlite(error, path: path)
        }
    }
}

/// Runs `body`, turning SQLite errors into `IndexError`s for `path`.
@inline(__always)
func mapped<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as SQLiteError { throw IndexError.from(e, path: path) }
}
