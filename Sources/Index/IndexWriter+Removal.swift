import Foundation

/// Repositories leaving the index, and the warnings kept with each repository.
extension IndexWriter {
    /// A repository row as removal and pruning see it.
    public struct StoredRepository: Sendable {
        /// `repositories.id`.
        public var id: Int64
        /// The path it was given as (its real path when it was indexed before paths were kept).
        public var givenPath: String
        /// `repositories.path`: the real path's bytes.
        var key: [UInt8]
        /// Indexed with `--template`.
        public var isTemplate: Bool
    }

    /// Every repository row, complete or not.
    public func storedRepositories() throws -> [StoredRepository] {
        try mapped(path) {
            let s = try db.prepare("SELECT id, path, given_path, is_template FROM repositories ORDER BY id")
            var out: [StoredRepository] = []
            while try s.step() {
                let key = s.blob(1)
                out.append(StoredRepository(id: s.int64(0), givenPath: s.isNull(2) ? String(decoding: key, as: UTF8.self) : s.text(2),
                                            key: key, isTemplate: s.int64(3) != 0))
            }
            return out
        }
    }

    /// The repository that `path` names: the one at its real path, or the one given as `path` (a repository whose
    /// directory is gone can still be named as it was given).
    public func storedRepository(named path: String, realPath: String) throws -> StoredRepository? {
        let all = try storedRepositories()
        return all.first { $0.key == Array(realPath.utf8) } ?? all.first { $0.givenPath == path } ?? all.first { $0.key == Array(path.utf8) }
    }

    /// Removes a repository with everything it holds in one transaction: its share of document frequency, its
    /// files, units and LSH rows, its warnings and its row. Readers see it whole until the commit and not at all
    /// after; a run killed before the commit leaves it whole, so removing it again gives the same index.
    public func removeRepository(id: Int64) throws {
        try mapped(path) {
            // The rows held for the group first: they may include rows this removal deletes.
            try insertGroupRows()
            return try db.transaction {
                let recorded = try db.prepare("""
                    SELECT s.shingles, r.shingles_template FROM repositories r LEFT JOIN repository_shingles s ON s.repo = r.id
                    WHERE r.id = ?1
                    """)
                try recorded.bind(int: id, at: 1)
                guard try recorded.step() else { recorded.reset(); return }
                let old = recorded.isNull(0) ? [] : DocumentFrequencyDiff.decode(recorded.blob(0))
                let column = recorded.int64(1) != 0
                recorded.reset()
                try applyDocumentFrequency(DocumentFrequencyDiff.changes(old: old, oldTemplate: column, new: [], newTemplate: column))
                let files = try db.prepare("SELECT id FROM files WHERE repo = ?1")
                try files.bind(int: id, at: 1)
                var ids: [Int64] = []
                while try files.step() { ids.append(files.int64(0)) }
                for file in ids { try deleteFile(file) }
                try db.run("DELETE FROM repository_warnings WHERE repo = ?1", [.int(id)])
                try db.run("DELETE FROM repository_shingles WHERE repo = ?1", [.int(id)])
                try db.run("DELETE FROM not_source_files WHERE repo = ?1", [.int(id)])
                try db.run("DELETE FROM repositories WHERE id = ?1", [.int(id)])
            }
        }
    }

    /// Replaces the warnings kept for a repository with `warnings` (in one transaction of its own).
    public func recordWarnings(repository id: Int64, _ warnings: [String]) throws {
        try mapped(path) { try db.transaction { try replaceWarnings(repository: id, warnings) } }
    }

    /// Replaces a repository's warnings inside the caller's transaction.
    func replaceWarnings(repository id: Int64, _ warnings: [String]) throws {
        try db.run("DELETE FROM repository_warnings WHERE repo = ?1", [.int(id)])
        let insert = try db.prepare("INSERT INTO repository_warnings(repo, ordinal, message) VALUES (?1, ?2, ?3)")
        for (ordinal, message) in warnings.enumerated() {
            insert.reset()
            try insert.bind([.int(id), .int(Int64(ordinal)), .text(message)])
            try insert.run()
        }
    }
}
