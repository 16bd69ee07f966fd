import Foundation
import FrontEnd
import Index
import PostgresNIO
import Shingles

/// Repository generations: a run begins (or resumes) a generation, writes batches into it, and its finish makes it
/// visible in one transaction (as `IndexWriter+Generations.swift` does for SQLite).
extension PostgresIndexWriter {
    /// Starts (or resumes) building the repository whose real path is `key`. The caller holds its lock.
    public func beginRepository(key: [UInt8], name: String, template: Bool) throws -> PostgresBuild {
        try session.transaction {
            var found = try session.rows("SELECT id, visible_gen, building_gen, shingles_template FROM repositories WHERE path = $1",
                                         .of(bytea(key))) { c in
                (id: try c.int64(0), visible: try c.int64(1), building: try c.optionalInt64(2), template: try c.int64(3) != 0)
            }.first
            if found == nil {
                let id = try session.scalar(Int64.self, """
                    INSERT INTO repositories(name, path, is_template, shingles_template) VALUES ($1, $2, $3, $3) RETURNING id
                    """, .of(name, bytea(key), Int64(template ? 1 : 0)))
                guard let id else { throw PostgresIndexError.server(path, message: "inserting a repository returned no id") }
                found = (id, 0, nil, template)
            }
            guard let repo = found else { throw PostgresIndexError.server(path, message: "repository row vanished") }
            let generation = repo.building ?? (repo.visible + 1)
            if repo.building == nil {
                try session.query("UPDATE repositories SET building_gen = $1 WHERE id = $2", .of(generation, repo.id))
            }
            var live: [[UInt8]: IndexWriter.FileRow] = [:]
            for (pathBytes, row) in try session.rows("""
                SELECT id, path_bytes, content_hash, size, mtime_ns, added_gen FROM files WHERE repo = $1 AND removed_gen IS NULL
                """, .of(repo.id), { c in
                (try c.bytes(1), IndexWriter.FileRow(id: try c.int64(0), contentHash: UInt64(bitPattern: try c.int64(2)), size: try c.int(3),
                                                     mtimeNs: try c.int64(4), addedGen: try c.int64(5)))
            }) { live[pathBytes] = row }
            return PostgresBuild(id: repo.id, generation: generation, key: key, previousTemplate: repo.template, template: template,
                                 resumed: repo.building != nil, live: live)
        }
    }

    /// Makes the built generation visible in one transaction: removes files not seen by this run, updates document
    /// frequency by the difference between the old and new shingle sets, deletes retired rows, and records HEAD,
    /// counts, the path the repository was given as and this run's warnings about it.
    /// - Parameter notSource: the repository's files found not to be source by their first bytes, when they changed
    ///   (`RepositoryPlan.notSource`); nil keeps the stored ones.
    public func finishRepository(_ build: PostgresBuild, name: String, head: String?, givenPath: String?,
                                 warnings: [String], notSource: [[UInt8]: FileStamp]? = nil) throws -> IndexWriter.FinishResult {
        try session.transaction {
            var out = IndexWriter.FinishResult.none
            let g = build.generation
            var deleted: [Int64] = [], retired: [Int64] = []
            for (pathBytes, row) in build.live where !build.seen.contains(pathBytes) {
                if row.addedGen == g { deleted.append(row.id) } else { retired.append(row.id) }
                out.removedFiles += 1
            }
            try deleteFiles(deleted)
            if !retired.isEmpty { try session.query("UPDATE files SET removed_gen = $1 WHERE id = ANY($2)", .of(g, retired)) }
            let changedFiles = try session.scalar(Bool.self, """
                SELECT EXISTS(SELECT 1 FROM files WHERE repo = $1 AND (added_gen = $2 OR removed_gen = $2))
                """, .of(build.id, g)) ?? false
            let visibleBefore = try session.scalar(Int64.self, "SELECT visible_gen FROM repositories WHERE id = $1", .of(build.id)) ?? 0
            out.changed = changedFiles || build.previousTemplate != build.template || visibleBefore == 0
            if out.changed {
                try updateDocumentFrequency(build)
                // Rows retired by this generation are invisible from now on: delete them.
                try deleteFiles(try session.rows("SELECT id FROM files WHERE repo = $1 AND removed_gen IS NOT NULL AND removed_gen <= $2",
                                                 .of(build.id, g)) { try $0.int64(0) })
            }
            let counts = try session.rows("""
                SELECT count(*), COALESCE(sum(size), 0)::bigint, (SELECT count(*) FROM units u JOIN files f2 ON f2.id = u.file
                                                                  WHERE f2.repo = $1 AND f2.removed_gen IS NULL)
                FROM files WHERE repo = $1 AND removed_gen IS NULL
                """, .of(build.id)) { c in (try c.int(0), try c.int64(1), try c.int(2)) }.first ?? (0, 0, 0)
            out.fileCount = counts.0
            out.unitCount = counts.2
            var binds = PostgresBindings()
            binds.append(out.changed ? Optional(g) : nil)
            binds.append(name); binds.append(head); binds.append(Int64(out.fileCount)); binds.append(Int64(out.unitCount))
            binds.append(counts.1); binds.append(Int64(Date().timeIntervalSince1970)); binds.append(Int64(build.template ? 1 : 0))
            binds.append(build.id)
            try session.query("""
                UPDATE repositories SET visible_gen = COALESCE($1, visible_gen), building_gen = NULL, name = $2, head = $3,
                    file_count = $4, unit_count = $5, byte_count = $6, indexed_at = $7, is_template = $8
                WHERE id = $9
                """, binds)
            if let givenPath { try session.query("UPDATE repositories SET given_path = $1 WHERE id = $2", .of(givenPath, build.id)) }
            try replaceWarnings(repository: build.id, warnings)
            if let notSource { try replaceNotSourceFiles(repository: build.id, notSource) }
            return out
        }
    }

    /// Applies the difference between the repository's recorded shingle set and its new one to `doc_freq`, and
    /// records the new set.
    private func updateDocumentFrequency(_ build: PostgresBuild) throws {
        let oldBlob = try session.rows("SELECT shingles FROM repositories WHERE id = $1", .of(build.id)) { c -> [UInt8]? in
            c.isNull(0) ? nil : try c.bytes(0)
        }.first ?? nil
        let old = oldBlob.map(DocumentFrequencyDiff.decode) ?? []
        // The distinct hashes of the live leaf units: from memory for files this run wrote, from their stored units otherwise.
        var all: [UInt64] = []
        var unread: [Int64] = []
        for id in try session.rows("SELECT id FROM files WHERE repo = $1 AND removed_gen IS NULL", .of(build.id), { try $0.int64(0) }) {
            if let hashes = build.hashesByFile[id] { all.append(contentsOf: hashes) } else { unread.append(id) }
        }
        if !unread.isEmpty {
            for blob in try session.rows("SELECT features FROM units WHERE file = ANY($1) AND leaf = 1", .of(unread), { try $0.bytes(0) }) {
                try UnitCodec.appendDistinctHashes(blob, to: &all)
            }
        }
        HashSort.sortDistinct(&all)
        let changes = DocumentFrequencyDiff.changes(old: old, oldTemplate: build.previousTemplate, new: all, newTemplate: build.template)
        try applyDocumentFrequency(changes)
        try session.query("UPDATE repositories SET shingles = $1, shingles_template = $2 WHERE id = $3",
                          .of(bytea(DocumentFrequencyDiff.encode(all)), Int64(build.template ? 1 : 0), build.id))
    }

    /// Adds `changes` to `doc_freq` and deletes the rows no repository counts any more. Rows are upserted in key
    /// order, so two runs finishing repositories that share hashes lock them in the same order (one waits for the
    /// other's commit; neither deadlocks).
    func applyDocumentFrequency(_ changes: [DocumentFrequencyDiff.Change]) throws {
        guard !changes.isEmpty else { return }
        try session.query("""
            INSERT INTO doc_freq(hash, repos, templates)
            SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) ORDER BY 1
            ON CONFLICT (hash) DO UPDATE SET repos = doc_freq.repos + excluded.repos, templates = doc_freq.templates + excluded.templates
            """, .of(changes.map { Int64(bitPattern: $0.hash) }, changes.map(\.repos), changes.map(\.templates)))
        let shrinking = changes.filter { $0.repos < 0 || $0.templates < 0 }.map { Int64(bitPattern: $0.hash) }
        if !shrinking.isEmpty {
            try session.query("""
                DELETE FROM doc_freq d USING unnest($1::bigint[]) AS h(hash) WHERE d.hash = h.hash AND d.repos <= 0 AND d.templates <= 0
                """, .of(shrinking))
        }
    }

    /// Replaces a repository's warnings inside the caller's transaction.
    func replaceWarnings(repository id: Int64, _ warnings: [String]) throws {
        try session.query("DELETE FROM repository_warnings WHERE repo = $1", .of(id))
        guard !warnings.isEmpty else { return }
        try session.query("""
            INSERT INTO repository_warnings(repo, ordinal, message) SELECT $1, o - 1, m FROM unnest($2::text[]) WITH ORDINALITY AS w(m, o)
            """, .of(id, warnings))
    }

    /// Replaces the warnings kept for a repository with `warnings` (in one transaction of its own).
    public func recordWarnings(repository id: Int64, _ warnings: [String]) throws {
        try session.transaction { try replaceWarnings(repository: id, warnings) }
    }
}

/// Repositories leaving the index (`index --remove`, `--prune`).
extension PostgresIndexWriter {
    /// A repository row as removal and pruning see it.
    public struct StoredRepository: Sendable {
        public var id: Int64
        /// The path it was given as (its real path when none was recorded).
        public var givenPath: String
        /// `repositories.path`: the real path's bytes.
        public var key: [UInt8]
        public var isTemplate: Bool
    }

    /// Every repository row, complete or not.
    public func storedRepositories() throws -> [StoredRepository] {
        try session.rows("SELECT id, path, given_path, is_template FROM repositories ORDER BY id") { c in
            let key = try c.bytes(1)
            return StoredRepository(id: try c.int64(0), givenPath: try c.optionalText(2) ?? String(decoding: key, as: UTF8.self), key: key,
                                    isTemplate: try c.int64(3) != 0)
        }
    }

    /// The repository that `path` names: the one at its real path, or the one given as `path`.
    public func storedRepository(named path: String, realPath: String) throws -> StoredRepository? {
        let all = try storedRepositories()
        return all.first { $0.key == Array(realPath.utf8) } ?? all.first { $0.givenPath == path } ?? all.first { $0.key == Array(path.utf8) }
    }

    /// Removes a repository with everything it holds in one transaction, under its lock: its share of document
    /// frequency, its files, units and LSH rows, its warnings and its row.
    public func removeRepository(_ stored: StoredRepository) throws {
        try lockRepository(stored.key)
        defer { unlockRepository(stored.key) }
        try session.transaction {
            guard let recorded = try session.rows("SELECT shingles, shingles_template FROM repositories WHERE id = $1", .of(stored.id), { c in
                (c.isNull(0) ? [] : DocumentFrequencyDiff.decode(try c.bytes(0)), try c.int64(1) != 0)
            }).first else { return }
            try applyDocumentFrequency(DocumentFrequencyDiff.changes(old: recorded.0, oldTemplate: recorded.1, new: [], newTemplate: recorded.1))
            try deleteFiles(try session.rows("SELECT id FROM files WHERE repo = $1", .of(stored.id)) { try $0.int64(0) })
            try session.query("DELETE FROM repository_warnings WHERE repo = $1", .of(stored.id))
            try session.query("DELETE FROM not_source_files WHERE repo = $1", .of(stored.id))
            try session.query("DELETE FROM repositories WHERE id = $1", .of(stored.id))
        }
    }
}
