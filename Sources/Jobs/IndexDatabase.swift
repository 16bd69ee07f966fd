import Foundation
import IndexPostgres

/// What commands need to know about a `--db` value before a job opens it.
public enum IndexDatabase {
    /// Whether `database` names a PostgreSQL index (`postgresql://...` or `postgres://...`) rather than an SQLite
    /// file: such a value is never checked as a path.
    public static func isURL(_ database: String) -> Bool { PostgresURL.isURL(database) }

    /// Whether `database` is an existing SQLite file or a server URL (checked when the job connects).
    public static func mayExist(_ database: String) -> Bool {
        isURL(database) || FileManager.default.fileExists(atPath: database)
    }
}
