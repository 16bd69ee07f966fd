import FrontEnd

/// The files discovery found not to be source by their first bytes (`LICENSE`, `PKG-INFO`: no extension, no `#!`
/// line), kept per repository with their stamps so that the next run does not open an unchanged one again (850 opens
/// per re-index of 304 small repositories; docs/benchmarks.md, "2026-12-07, late"). Only a cache of what reading
/// them would find: a file whose stamp differs is read, and rows lost with a transaction are read again.
extension IndexWriter {
    /// Every repository's not-source files with their stamps, by repository key (`repositories.path`).
    public func notSourceFiles() throws -> [[UInt8]: [[UInt8]: FileStamp]] {
        try mapped(path) {
            let rows = try db.prepare("""
                SELECT r.path, n.path_bytes, n.size, n.mtime_ns FROM not_source_files n JOIN repositories r ON r.id = n.repo
                """)
            var out: [[UInt8]: [[UInt8]: FileStamp]] = [:]
            while try rows.step() {
                out[rows.blob(0), default: [:]][rows.blob(1)] = FileStamp(size: rows.int(2), mtimeNs: rows.int64(3))
            }
            return out
        }
    }

    /// Replaces a repository's not-source files inside the caller's transaction (sorted by path: the same rows in the
    /// same order whatever the discovery's order).
    func replaceNotSourceFiles(repository id: Int64, _ files: [[UInt8]: FileStamp]) throws {
        try db.run("DELETE FROM not_source_files WHERE repo = ?1", [.int(id)])
        let insert = try db.prepare("INSERT INTO not_source_files(repo, path_bytes, size, mtime_ns) VALUES (?1, ?2, ?3, ?4)")
        for (pathBytes, stamp) in files.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            insert.reset()
            try insert.bind([.int(id), .blob(pathBytes), .int(Int64(stamp.size)), .int(stamp.mtimeNs)])
            try insert.run()
        }
    }
}
