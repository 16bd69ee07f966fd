import FrontEnd
import Index
import PostgresNIO

/// The files discovery found not to be source by their first bytes, kept per repository with their stamps so that
/// the next run does not open an unchanged one again (as `IndexWriter+NotSource.swift` does for SQLite). Only a
/// cache of what reading them would find: a file whose stamp differs is read again.
extension PostgresIndexWriter {
    /// Every repository's not-source files with their stamps, by repository key (`repositories.path`).
    public func notSourceFiles() throws -> [[UInt8]: [[UInt8]: FileStamp]] {
        var out: [[UInt8]: [[UInt8]: FileStamp]] = [:]
        for (key, path, stamp) in try session.rows("""
            SELECT r.path, n.path_bytes, n.size, n.mtime_ns FROM not_source_files n JOIN repositories r ON r.id = n.repo
            """, PostgresBindings(), { c in (try c.bytes(0), try c.bytes(1), FileStamp(size: try c.int(2), mtimeNs: try c.int64(3))) }) {
            out[key, default: [:]][path] = stamp
        }
        return out
    }

    /// Replaces a repository's not-source files inside the caller's transaction (sorted by path: the same rows
    /// whatever the discovery's order).
    func replaceNotSourceFiles(repository id: Int64, _ files: [[UInt8]: FileStamp]) throws {
        try session.query("DELETE FROM not_source_files WHERE repo = $1", .of(id))
        guard !files.isEmpty else { return }
        let sorted = files.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        var binds = PostgresBindings()
        binds.append(id)
        binds.append(sorted.map { bytea($0.key) })
        binds.append(sorted.map { Int64($0.value.size) })
        binds.append(sorted.map(\.value.mtimeNs))
        try session.query("""
            INSERT INTO not_source_files(repo, path_bytes, size, mtime_ns)
            SELECT $1, p, s, m FROM unnest($2::bytea[], $3::bigint[], $4::bigint[]) AS f(p, s, m)
            """, binds)
    }
}
