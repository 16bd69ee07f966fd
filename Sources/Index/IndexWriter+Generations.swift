import Foundation
import FrontEnd

/// Repository generations: a run begins (or resumes) a generation, writes batches into it, and its finish
/// makes it visible in one transaction.
extension IndexWriter {
    /// Starts (or resumes) building a repository identified by its path.
    public func beginRepository(path repoPath: [UInt8], name: String, template: Bool) throws -> RepositoryBuild {
        try mapped(path) {
            try db.transaction {
                var id: Int64, visible: Int64, building: Int64?, wasTemplate: Bool
                let find = try db.prepare("SELECT id, visible_gen, building_gen, shingles_template FROM repositories WHERE path = ?1")
                try find.bind([.blob(repoPath)])
                if try find.step() {
                    id = find.int64(0); visible = find.int64(1); building = find.isNull(2) ? nil : find.int64(2)
                    wasTemplate = find.int64(3) != 0
                    find.reset()
                } else {
                    find.reset()
                    try db.run("INSERT INTO repositories(name, path, is_template, shingles_template) VALUES (?1, ?2, ?3, ?3)",
                               [.text(name), .blob(repoPath), .int(template ? 1 : 0)])
                    id = db.lastInsertRowID; visible = 0; building = nil; wasTemplate = template
                }
                let resumed = building != nil
                let generation = building ?? (visible + 1)
                if building == nil { try db.run("UPDATE repositories SET building_gen = ?1 WHERE id = ?2", [.int(generation), .int(id)]) }
                var live: [[UInt8]: FileRow] = [:]
                let rows = try db.prepare("SELECT id, path_bytes, content_hash, size, mtime_ns, added_gen FROM files WHERE repo = ?1 AND removed_gen IS NULL")
                try rows.bind(int: id, at: 1)
                while try rows.step() {
                    live[rows.blob(1)] = FileRow(id: rows.int64(0), contentHash: fromSQL(rows.int64(2)), size: rows.int(3),
                                                 mtimeNs: rows.int64(4), addedGen: rows.int64(5))
                }
                return RepositoryBuild(id: id, generation: generation, previousTemplate: wasTemplate, template: template,
                                       live: live, resumed: resumed)
            }
        }
    }

    /// What finishing a repository did.
    public struct FinishResult: Sendable {
        public var removedFiles = 0
        public var fileCount = 0
        public var unitCount = 0
        public var changed = false
    }

    /// Makes the built generation visible in one transaction: removes files not seen by this run, updates
    /// document frequency by the difference between the old and new shingle sets, deletes retired rows,
    /// and records HEAD, counts, the path the repository was given as and this run's warnings about it.
    /// - Parameter notSource: the repository's files found not to be source by their first bytes, when they changed
    ///   (`IndexWriter+NotSource.swift`); nil keeps the stored ones.
    public func finishRepository(_ build: RepositoryBuild, name: String, head: String?, givenPath: String? = nil,
                                 warnings: [String] = [], notSource: [[UInt8]: FileStamp]? = nil) throws -> FinishResult {
        let grouped = db.groupsCommits
        var held: (bands: [LSHRows.Row], frequency: [DocumentFrequencyDiff.Change]) = ([], [])
        let result: FinishResult = try mapped(path) {
            try db.transaction {
                var out = FinishResult()
                let g = build.generation
                for (pathBytes, row) in build.live where !build.seen.contains(pathBytes) {
                    if row.addedGen == g { try deleteFile(row.id) } else {
                        try db.run("UPDATE files SET removed_gen = ?1 WHERE id = ?2", [.int(g), .int(row.id)])
                    }
                    out.removedFiles += 1
                }
                let changedFiles = try db.scalarInt("SELECT EXISTS(SELECT 1 FROM files WHERE repo = ?1 AND (added_gen = ?2 OR removed_gen = ?2))",
                                                    [.int(build.id), .int(g)]) ?? 0
                let stored = try db.prepare("SELECT visible_gen, file_count, unit_count, byte_count FROM repositories WHERE id = ?1")
                try stored.bind(int: build.id, at: 1)
                let found = try stored.step()
                let visibleBefore = found ? stored.int64(0) : 0  // no row: counted as new below, so recounted
                let storedCounts = found ? (files: stored.int(1), units: stored.int(2), bytes: stored.int64(3)) : (0, 0, 0)
                stored.reset()
                out.changed = changedFiles != 0 || build.previousTemplate != build.template || visibleBefore == 0
                if out.changed {
                    let changes = try documentFrequencyChanges(build)
                    if grouped { held.frequency = changes } else { try applyDocumentFrequency(changes) }
                    // Rows retired by this generation are invisible from now on: delete them.
                    let retired = try db.prepare("SELECT id FROM files WHERE repo = ?1 AND removed_gen IS NOT NULL AND removed_gen <= ?2")
                    try retired.bind([.int(build.id), .int(g)])
                    var ids: [Int64] = []
                    while try retired.step() { ids.append(retired.int64(0)) }
                    for id in ids { try deleteFile(id) }
                }
                // The repository's LSH rows in one sorted run (see `writeBatch`), before it becomes visible: now, or
                // with the rows of the group's other finishes when it commits (in the same transaction as this finish).
                // No file of this generation: no rows of a resumed run to recompute (the query scanned every file row).
                let bands = try build.pendingBands + (changedFiles != 0 ? lshRows.ofResumedFiles(build) : [])
                if grouped { held.bands = bands } else { try lshRows.insert(bands) }
                // An unchanged repository keeps the counts its last finish stored (a join over its units otherwise).
                let bytes: Int64
                if out.changed {
                    let counts = try db.prepare("""
                        SELECT count(*), COALESCE(sum(size), 0), (SELECT count(*) FROM units u JOIN files f2 ON f2.id = u.file
                                                                   WHERE f2.repo = ?1 AND f2.removed_gen IS NULL)
                        FROM files WHERE repo = ?1 AND removed_gen IS NULL
                        """)
                    try counts.bind(int: build.id, at: 1)
                    _ = try counts.step()
                    out.fileCount = counts.int(0)
                    bytes = counts.int64(1)
                    out.unitCount = counts.int(2)
                    counts.reset()
                } else {
                    (out.fileCount, out.unitCount, bytes) = storedCounts
                }
                let visible: SQLValue = out.changed ? .int(g) : .null
                try db.run("""
                    UPDATE repositories SET visible_gen = COALESCE(?1, visible_gen), building_gen = NULL, name = ?2, head = ?3,
                        file_count = ?4, unit_count = ?5, byte_count = ?6, indexed_at = ?7, is_template = ?8,
                        given_path = COALESCE(?10, given_path)
                    WHERE id = ?9
                    """, [visible, .text(name), head.map { .text($0) } ?? .null, .int(Int64(out.fileCount)), .int(Int64(out.unitCount)),
                          .int(bytes), .int(Int64(Date().timeIntervalSince1970)), .int(build.template ? 1 : 0), .int(build.id),
                          givenPath.map { .text($0) } ?? .null])
                try replaceWarnings(repository: build.id, warnings)
                if let notSource { try replaceNotSourceFiles(repository: build.id, notSource) }
                return out
            }
        }
        build.pendingBands = []  // inserted by the transaction above, or held for the group's commit
        if grouped { holdForGroup(bands: held.bands, frequency: held.frequency) }
        try commitGroupIfDue()
        return result
    }

    /// Takes the live row at `pathBytes` out of the building generation: deleted when this generation added it
    /// (never visible), otherwise marked removed as of this generation.
    func retire(_ pathBytes: [UInt8], in build: RepositoryBuild, staged: inout [[UInt8]: FileRow]) throws {
        guard let row = staged[pathBytes] else { return }
        if row.addedGen == build.generation {
            try deleteFile(row.id)
        } else {
            try db.run("UPDATE files SET removed_gen = ?1 WHERE id = ?2", [.int(build.generation), .int(row.id)])
        }
        staged[pathBytes] = nil
    }

    /// Deletes a file row with its units and their LSH rows.
    func deleteFile(_ fileID: Int64) throws {
        try lshRows.delete(ofFile: fileID)
        try db.run("DELETE FROM units WHERE file = ?1", [.int(fileID)])
        try db.run("DELETE FROM files WHERE id = ?1", [.int(fileID)])
    }
}
