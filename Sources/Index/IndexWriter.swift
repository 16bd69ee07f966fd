import Analysis
import CSQLite
import Foundation
import FrontEnd
import Shingles
import Sketch
#if canImport(Glibc)
import Glibc
#endif

/// The single writer of an index: holds an exclusive lock file for its lifetime, creates and migrates
/// the schema, records or checks the configuration, and writes repositories generation by generation.
///
/// Visibility: every file row carries the generation that added it and the one that removed it; a
/// repository's `visible_gen` moves to the generation being built only in the transaction that
/// finishes it, so readers see either the previous complete state or the new one, never a mix.
/// Crash safety: each batch is one transaction; a killed run leaves `building_gen` set and its
/// committed rows in place, and the next run resumes the same generation.
public final class IndexWriter {
    let db: Database
    public let path: String
    public let configuration: IndexConfiguration
    private let lockFD: Int32
    /// Content hashes of every file row (for copying units of identical files instead of parsing them).
    private var knownHashes: Set<UInt64> = []
    /// Guards `knownHashes` and every build's `live` rows: analysis plans batches from them on other threads
    /// while this writer publishes a committed batch.
    private let publishLock = NSLock()
    /// Recomputes the signatures of stored units from their bags (a resumed finish, copied files): the index
    /// stores the bags only.
    private let signer: FeatureExtractor

    /// Opens or creates the index at `path` for writing.
    /// - Parameter wait: wait for another writer to finish instead of failing with `IndexError.locked`.
    public init(path: String, configuration: IndexConfiguration, wait: Bool) throws {
        self.path = path
        self.configuration = configuration
        signer = try FeatureExtractor(parameters: configuration.analysis)
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if exists {
            try IndexReader.checkHeader(path: path, allowEmpty: true)
            if !fm.isWritableFile(atPath: path) { throw IndexError.readOnly(path: path) }
        }
        let directory = (path as NSString).deletingLastPathComponent
        let dir = directory.isEmpty ? "." : directory
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw IndexError.sqlite(SQLiteError(code: SQLITE_CANTOPEN, message: "directory \(dir) does not exist"), path: path)
        }
        if !fm.isWritableFile(atPath: dir) { throw IndexError.readOnly(path: path) }

        // One writer: an exclusive flock on a side file, released by the kernel even on SIGKILL.
        let fd = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IndexError.readOnly(path: path) }
        if flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            close(fd)
            throw IndexError.locked(path: path)
        }
        lockFD = fd
        do {
            db = try mapped(path) { try Database(path: path, readOnly: false, create: true) }
            if sqlite3_db_readonly(db.handle, "main") == 1 { throw IndexError.readOnly(path: path) }
            db.setBusyTimeout(milliseconds: 10_000)
            try mapped(path) {
                try Schema.prepareNewFile(db)
                let mode = try db.scalarText("PRAGMA journal_mode = WAL")
                guard mode?.lowercased() == "wal" else {
                    throw IndexError.sqlite(SQLiteError(code: SQLITE_ERROR, message: "cannot switch to WAL mode (got \(mode ?? "nothing"))"), path: path)
                }
                try db.execute("PRAGMA synchronous = FULL")
                try db.execute("PRAGMA foreign_keys = OFF")
                try db.execute("PRAGMA cache_size = -65536")
                // Statement journals in memory, not in temp files: a document-frequency upsert may abort, so SQLite
                // saves each page it first touches to undo it (see `updateDocumentFrequency`). At most one
                // statement's pages.
                try db.execute("PRAGMA temp_store = MEMORY")
                // Checkpoint every 32 MiB of WAL (SQLite counts pages; its default is 4 MiB of 4 KiB pages): fewer
                // fsync pairs during a big first run, and a short final checkpoint.
                let pageSize = max(512, Int(try db.scalarInt("PRAGMA page_size") ?? 4096))
                try db.execute("PRAGMA wal_autocheckpoint = \((32 << 20) / pageSize)")
                // An index built with other parameters is refused before it is migrated: the upgrade would not make
                // it usable, and the file stays as it was.
                if try Schema.version(db) >= 1, let stored = try storedConfiguration(),
                   let conflict = configuration.conflicts(with: stored) {
                    throw IndexError.parameterMismatch(conflict)
                }
                try Schema.migrate(db, path: path)
                try recordConfiguration()
                let s = try db.prepare("SELECT DISTINCT content_hash FROM files")
                while try s.step() { knownHashes.insert(fromSQL(s.int64(0))) }
                // An integrity spot check that is cheap on any size: the schema must be readable.
                _ = try db.scalarInt("SELECT count(*) FROM repositories")
            }
        } catch {
            flock(fd, LOCK_UN)
            close(fd)
            throw error
        }
    }

    deinit {
        flock(lockFD, LOCK_UN)
        close(lockFD)
    }

    /// The configuration recorded in the metadata table, or nil for an index that has none yet.
    private func storedConfiguration() throws -> IndexConfiguration? {
        var rows: [String: String] = [:]
        let s = try db.prepare("SELECT key, value FROM metadata")
        while try s.step() { rows[s.text(0)] = s.text(1) }
        s.reset()
        return try IndexConfiguration.from(metadata: rows)
    }

    /// Writes the configuration into a new index, or refuses a mismatched one.
    private func recordConfiguration() throws {
        try db.transaction {
            let insert = try db.prepare("INSERT OR REPLACE INTO metadata(key, value) VALUES (?1, ?2)")
            if let stored = try storedConfiguration() {
                if let conflict = configuration.conflicts(with: stored) { throw IndexError.parameterMismatch(conflict) }
                // Grammars new to this index are recorded; existing ones are equal (checked above).
                for (name, version) in configuration.grammarVersions where stored.grammarVersions[name] == nil {
                    insert.reset()
                    try insert.bind([.text(IndexConfiguration.grammarPrefix + name), .text(version)])
                    try insert.run()
                }
            } else {
                for (key, value) in try configuration.metadataRows() {
                    insert.reset()
                    try insert.bind([.text(key), .text(value)])
                    try insert.run()
                }
                insert.reset()
                try insert.bind([.text("created_at"), .text(String(Int(Date().timeIntervalSince1970)))])
                try insert.run()
            }
        }
    }

    /// A read view over the same connection (for summaries and tests).
    public func reader() -> IndexReader { IndexReader(db: db, path: path) }

    // MARK: repositories

    /// A file row of the repository being built.
    struct FileRow {
        var id: Int64
        var contentHash: UInt64
        var size: Int
        var mtimeNs: Int64
        var addedGen: Int64
    }

    /// State of one repository while it is built.
    public final class RepositoryBuild {
        public let id: Int64
        public let generation: Int64
        let previousTemplate: Bool
        let template: Bool
        /// Live rows (not removed) by path bytes.
        var live: [[UInt8]: FileRow]
        /// Paths seen by this run.
        var seen: Set<[UInt8]> = []
        /// Distinct hashes of the files this run wrote, by file id: document frequency reads only the others back.
        var hashesByFile: [Int64: [UInt64]] = [:]
        /// LSH rows of committed batches not inserted yet (see `writeBatch`), and the files whose rows this run
        /// holds or has inserted: the finish recomputes the rows of the other files of the generation (a resumed run).
        var pendingBands: [RowSort.Row] = []
        var filesWithBands: Set<Int64> = []
        /// Whether the build resumed an interrupted run.
        public let resumed: Bool

        init(id: Int64, generation: Int64, previousTemplate: Bool, template: Bool, live: [[UInt8]: FileRow], resumed: Bool) {
            self.id = id
            self.generation = generation
            self.previousTemplate = previousTemplate
            self.template = template
            self.live = live
            self.resumed = resumed
        }

    }

    /// What planning a batch needs to know, as of the last committed batch (a copy: no lock held while used).
    public struct PlanningView: @unchecked Sendable {
        let live: [[UInt8]: FileRow]
        /// Content hashes of every file row.
        let knownHashes: Set<UInt64>

        /// Whether the file at `path` with this size and mtime is already in the index (no need to read it).
        func isUnchanged(path: [UInt8], size: Int, mtimeNs: Int64) -> Bool {
            guard let row = live[path] else { return false }
            return row.size == size && row.mtimeNs == mtimeNs
        }

        func expectedHash(path: [UInt8]) -> UInt64? { live[path]?.contentHash }
    }

    /// The committed state of `build` and the known content hashes, safe to take from any thread while this
    /// writer writes. Batches hold distinct paths, so a view older than the batches still being written only
    /// misses copies of files those batches add (they are parsed instead).
    public func planningView(_ build: RepositoryBuild) -> PlanningView {
        publishLock.lock()
        defer { publishLock.unlock() }
        return PlanningView(live: build.live, knownHashes: knownHashes)
    }

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

    /// One file's result for a batch.
    public enum FileResult: Sendable {
        /// Parsed now (and prepared on the worker that parsed it).
        case parsed(PreparedFile, pathBytes: [UInt8], mtimeNs: Int64)
        /// Same bytes as a file already indexed somewhere (its units are copied, not re-parsed).
        case known(contentHash: UInt64, candidate: SourceCandidate, mtimeNs: Int64)
        /// Unchanged at the same path (maybe touched: its mtime is refreshed).
        case unchanged(pathBytes: [UInt8], mtimeNs: Int64?)
    }

    /// What a batch wrote.
    public struct BatchResult: Sendable {
        public var parsed = 0
        public var copied = 0
        public var unchanged = 0
        public var units = 0
        /// Files whose identical twin vanished before it could be copied; parse them instead.
        public var needParsing: [SourceCandidate] = []
    }

    /// LSH rows held in memory before they are inserted in one sorted run (16 bytes each).
    static let pendingBandsLimit = 1 << 20

    /// Writes a batch of files in one transaction.
    ///
    /// The batch's LSH rows are kept with the build and inserted when the repository is finished (or once
    /// ``pendingBandsLimit`` rows are pending), sorted, in one run: readers see a repository's rows only from its
    /// finish anyway, and one sorted run dirties each B-tree page once instead of once per batch (into an empty
    /// table it is an append). A run killed before the finish leaves committed units without rows; the resumed
    /// run's finish recomputes them from the stored bags.
    public func writeBatch(_ build: RepositoryBuild, _ results: [FileResult], pauseMicrosecondsPerFile: UInt32 = 0) throws -> BatchResult {
        var staged = build.live
        var stagedSeen = build.seen
        var stagedFileHashes: [(Int64, [UInt64])] = []
        var stagedBandFiles: [Int64] = []
        var bands: [RowSort.Row] = []
        var flushed = false
        var newHashes: [UInt64] = []
        let result: BatchResult = try mapped(path) {
            try db.transaction {
                var out = BatchResult()
                let unitInsert = try db.prepare(Self.unitInsertSQL)
                for item in results {
                    if pauseMicrosecondsPerFile > 0 { usleep(pauseMicrosecondsPerFile) }
                    switch item {
                    case let .unchanged(pathBytes, mtime):
                        stagedSeen.insert(pathBytes)
                        out.unchanged += 1
                        if let mtime, var row = staged[pathBytes], row.mtimeNs != mtime {
                            try db.run("UPDATE files SET mtime_ns = ?1 WHERE id = ?2", [.int(mtime), .int(row.id)])
                            row.mtimeNs = mtime
                            staged[pathBytes] = row
                        }
                    case let .parsed(file, pathBytes, mtime):
                        try retire(pathBytes, in: build, staged: &staged)
                        let fileID = try insertFile(build, pathBytes: pathBytes, path: file.path, hash: file.contentHash,
                                                    language: file.language, size: file.byteCount, mtime: mtime,
                                                    grammar: file.grammarVersion, lines: file.lineCount, errors: file.syntaxErrorCount)
                        for (ordinal, unit) in file.units.enumerated() {
                            let unitID = try insertUnit(unitInsert, fileID: fileID, ordinal: ordinal, unit)
                            for key in unit.lshKeys { bands.append((key, unitID)) }
                        }
                        stagedFileHashes.append((fileID, file.distinctHashes))
                        stagedBandFiles.append(fileID)
                        out.units += file.units.count
                        out.parsed += 1
                        staged[pathBytes] = FileRow(id: fileID, contentHash: file.contentHash, size: file.byteCount, mtimeNs: mtime,
                                                    addedGen: build.generation)
                        stagedSeen.insert(pathBytes)
                        newHashes.append(file.contentHash)
                    case let .known(hash, candidate, mtime):
                        guard let source = try db.scalarInt("SELECT id FROM files WHERE content_hash = ?1 LIMIT 1", [.int(sqlInt(hash))]),
                              let meta = try sourceFileMeta(source) else {
                            out.needParsing.append(candidate)
                            continue
                        }
                        let pathBytes = candidate.relativePath
                        try retire(pathBytes, in: build, staged: &staged)
                        let fileID = try insertFile(build, pathBytes: pathBytes, path: candidate.displayPath, hash: hash,
                                                    language: meta.language, size: meta.size, mtime: mtime, grammar: meta.grammar,
                                                    lines: meta.lines, errors: meta.errors)
                        out.units += try copyUnits(from: source, to: fileID, bands: &bands)
                        stagedBandFiles.append(fileID)
                        out.copied += 1
                        staged[pathBytes] = FileRow(id: fileID, contentHash: hash, size: meta.size, mtimeNs: mtime, addedGen: build.generation)
                        stagedSeen.insert(pathBytes)
                    }
                }
                if build.pendingBands.count + bands.count >= Self.pendingBandsLimit {
                    try insertBands(build.pendingBands + bands)
                    flushed = true
                }
                return out
            }
        }
        // Only after the commit: the in-memory view follows the database.
        publishLock.lock()
        build.live = staged
        knownHashes.formUnion(newHashes)
        publishLock.unlock()
        build.seen = stagedSeen
        for (id, hashes) in stagedFileHashes { build.hashesByFile[id] = hashes }
        if flushed { build.pendingBands = [] } else { build.pendingBands.append(contentsOf: bands) }
        build.filesWithBands.formUnion(stagedBandFiles)
        return result
    }

    /// Inserts LSH rows in key order (rows already present are kept: a resumed finish may recompute some).
    private func insertBands(_ rows: consuming [RowSort.Row]) throws {
        var sorted = rows
        RowSort.sort(&sorted)
        try insertRows(sorted, width: 2, "INSERT OR IGNORE INTO lsh_keys(key, unit) VALUES ")
    }

    /// The LSH rows of the generation's files that this run neither wrote nor holds: files committed by an
    /// interrupted run of the same generation, whose rows were still pending when it stopped.
    private func bandsOfResumedFiles(_ build: RepositoryBuild) throws -> [RowSort.Row] {
        // File ids first (a run that was not interrupted has none left over): unit blobs are read only for those.
        let files = try db.prepare("SELECT id FROM files WHERE repo = ?1 AND added_gen = ?2 AND removed_gen IS NULL")
        try files.bind([.int(build.id), .int(build.generation)])
        var resumed: [Int64] = []
        while try files.step() {
            let id = files.int64(0)
            if !build.filesWithBands.contains(id) { resumed.append(id) }
        }
        var rows: [RowSort.Row] = []
        for file in resumed { try appendStoredBands(ofFile: file, into: &rows) }
        return rows
    }

    /// Appends the LSH rows of a stored file's candidate units (see `appendStoredBands(unit:...)`).
    private func appendStoredBands(ofFile fileID: Int64, into rows: inout [RowSort.Row]) throws {
        let units = try db.prepare("SELECT id, token_count, features FROM units WHERE file = ?1 AND leaf = 1")
        try units.bind(int: fileID, at: 1)
        while try units.step() {
            appendStoredBands(unit: units.int64(0), tokens: units.int(1), leaf: true, features: units.blob(2), into: &rows)
        }
    }

    private func insertFile(_ build: RepositoryBuild, pathBytes: [UInt8], path: String, hash: UInt64, language: String, size: Int,
                            mtime: Int64, grammar: String, lines: Int, errors: Int) throws -> Int64 {
        let s = try db.prepare("""
            INSERT INTO files(repo, path, path_bytes, content_hash, language, size, mtime_ns, grammar_version, line_count, syntax_errors, added_gen)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            """)
        try s.bind([.int(build.id), .text(path), .blob(pathBytes), .int(sqlInt(hash)), .text(language), .int(Int64(size)),
                    .int(mtime), .text(grammar), .int(Int64(lines)), .int(Int64(errors)), .int(build.generation)])
        try s.run()
        return db.lastInsertRowID
    }

    static let unitInsertSQL = """
        INSERT INTO units(file, ordinal, kind, name, start_line, end_line, code_lines, token_count, parameter_count, exported, leaf,
                          features)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
        """

    /// Inserts one unit with `insert` (``unitInsertSQL``, looked up once per batch). The blob is bound in place:
    /// copying it cost SQLite a malloc and a memcpy each, 50,000 of them and 55 MB per run.
    private func insertUnit(_ insert: Statement, fileID: Int64, ordinal: Int, _ prepared: PreparedFile.PreparedUnit) throws -> Int64 {
        let u = prepared.outline
        insert.reset()
        try insert.bind([.int(fileID), .int(Int64(ordinal)), .text(u.kind.rawValue), .text(u.name), .int(Int64(u.startLine)),
                         .int(Int64(u.endLine)), .int(Int64(u.codeLines)), .int(Int64(u.tokenCount)), .int(Int64(u.parameterCount)),
                         .int(u.isExported ? 1 : 0), .int(u.isLeaf ? 1 : 0)])
        try prepared.features.withUnsafeBytes { features in
            defer { insert.clearBindings() }
            try insert.bind(borrowedBlob: features, at: 12)
            try insert.run()
        }
        return db.lastInsertRowID
    }

    /// The LSH rows of a stored candidate unit, its signatures recomputed from the bags in its `features` blob
    /// (none for a blob that does not decode: the unit stays, unbanded, as a damaged signature left it before).
    private func appendStoredBands(unit: Int64, tokens: Int, leaf: Bool, features: [UInt8], into bands: inout [RowSort.Row]) {
        guard Self.isCandidate(leaf: leaf, tokens: tokens, configuration.analysis),
              let signatures = try? UnitCodec.decode(features).signatures(signer) else { return }
        appendBands(unit, signatures.structure, signatures.cross, into: &bands)
    }

    /// Which units get LSH rows: leaf units (functions, methods, top-level code) big enough to count as
    /// evidence, the only units `query` and `audit` look up. Containers are stored as outlines (see `PreparedFile`).
    static func isCandidate(leaf: Bool, tokens: Int, _ p: AnalysisParameters) -> Bool {
        leaf && tokens >= p.minUnitTokens
    }

    /// Calls `body` with the `lsh_keys.key` of every LSH row of a unit's two signatures.
    static func appendLSHKeys(_ structure: MinHashSignature, _ cross: MinHashSignature, configuration: IndexConfiguration,
                              _ body: (Int64) -> Void) {
        for (channel, signature, lsh) in [(SignatureChannel.structure, structure, configuration.structureLSH),
                                          (SignatureChannel.cross, cross, configuration.crossLSH)] where !signature.isEmpty {
            guard let keys = try? lsh.bandKeys(signature) else { continue }
            for key in keys { body(channel.lshKey(key)) }
        }
    }

    private func appendBands(_ unit: Int64, _ structure: MinHashSignature, _ cross: MinHashSignature, into bands: inout [RowSort.Row]) {
        Self.appendLSHKeys(structure, cross, configuration: configuration) { bands.append(($0, unit)) }
    }

    private func sourceFileMeta(_ id: Int64) throws -> (language: String, size: Int, grammar: String, lines: Int, errors: Int)? {
        let s = try db.prepare("SELECT language, size, grammar_version, line_count, syntax_errors FROM files WHERE id = ?1")
        try s.bind(int: id, at: 1)
        guard try s.step() else { return nil }
        let meta = (s.text(0), s.int(1), s.text(2), s.int(3), s.int(4))
        s.reset()
        return meta
    }

    /// Copies every unit of file `source` to file `target`; returns the number copied.
    private func copyUnits(from source: Int64, to target: Int64, bands: inout [RowSort.Row]) throws -> Int {
        let read = try db.prepare("""
            SELECT ordinal, kind, name, start_line, end_line, code_lines, token_count, parameter_count, exported, leaf,
                   features FROM units WHERE file = ?1 ORDER BY ordinal
            """)
        try read.bind(int: source, at: 1)
        var rows: [(ordinal: Int64, values: [SQLValue], tokens: Int, leaf: Bool, features: [UInt8])] = []
        while try read.step() {
            let features = read.blob(10)
            rows.append((read.int64(0), [.text(read.text(1)), .text(read.text(2)), .int(read.int64(3)), .int(read.int64(4)),
                                         .int(read.int64(5)), .int(read.int64(6)), .int(read.int64(7)), .int(read.int64(8)),
                                         .int(read.int64(9)), .blob(features)],
                         read.int(6), read.int64(9) != 0, features))
        }
        let insert = try db.prepare(Self.unitInsertSQL)
        for row in rows {
            insert.reset()
            try insert.bind([.int(target), .int(row.ordinal)] + row.values)
            try insert.run()
            appendStoredBands(unit: db.lastInsertRowID, tokens: row.tokens, leaf: row.leaf, features: row.features, into: &bands)
        }
        return rows.count
    }

    /// Takes the live row at `pathBytes` out of the building generation: deleted when this generation added it
    /// (never visible), otherwise marked removed as of this generation.
    private func retire(_ pathBytes: [UInt8], in build: RepositoryBuild, staged: inout [[UInt8]: FileRow]) throws {
        guard let row = staged[pathBytes] else { return }
        if row.addedGen == build.generation {
            try deleteFile(row.id)
        } else {
            try db.run("UPDATE files SET removed_gen = ?1 WHERE id = ?2", [.int(build.generation), .int(row.id)])
        }
        staged[pathBytes] = nil
    }

    /// Deletes a file row with its units and their LSH rows.
    private func deleteFile(_ fileID: Int64) throws {
        var bands: [RowSort.Row] = []
        try appendStoredBands(ofFile: fileID, into: &bands)
        let delete = try db.prepare("DELETE FROM lsh_keys WHERE key = ?1 AND unit = ?2")
        RowSort.sort(&bands)
        for (key, unit) in bands {
            delete.reset()
            try delete.bind([.int(key), .int(unit)])
            try delete.run()
        }
        try db.run("DELETE FROM units WHERE file = ?1", [.int(fileID)])
        try db.run("DELETE FROM files WHERE id = ?1", [.int(fileID)])
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
    /// and records HEAD and counts.
    public func finishRepository(_ build: RepositoryBuild, name: String, head: String?) throws -> FinishResult {
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
                let visibleBefore = try db.scalarInt("SELECT visible_gen FROM repositories WHERE id = ?1", [.int(build.id)]) ?? 0
                out.changed = changedFiles != 0 || build.previousTemplate != build.template || visibleBefore == 0
                if out.changed {
                    try updateDocumentFrequency(build)
                    // Rows retired by this generation are invisible from now on: delete them.
                    let retired = try db.prepare("SELECT id FROM files WHERE repo = ?1 AND removed_gen IS NOT NULL AND removed_gen <= ?2")
                    try retired.bind([.int(build.id), .int(g)])
                    var ids: [Int64] = []
                    while try retired.step() { ids.append(retired.int64(0)) }
                    for id in ids { try deleteFile(id) }
                }
                // The repository's LSH rows in one sorted run (see `writeBatch`), before it becomes visible.
                try insertBands(build.pendingBands + bandsOfResumedFiles(build))
                let counts = try db.prepare("""
                    SELECT count(*), COALESCE(sum(size), 0), (SELECT count(*) FROM units u JOIN files f2 ON f2.id = u.file
                                                               WHERE f2.repo = ?1 AND f2.removed_gen IS NULL)
                    FROM files WHERE repo = ?1 AND removed_gen IS NULL
                    """)
                try counts.bind(int: build.id, at: 1)
                _ = try counts.step()
                out.fileCount = counts.int(0)
                let bytes = counts.int64(1)
                out.unitCount = counts.int(2)
                counts.reset()
                let visible: SQLValue = out.changed ? .int(g) : .null
                try db.run("""
                    UPDATE repositories SET visible_gen = COALESCE(?1, visible_gen), building_gen = NULL, name = ?2, head = ?3,
                        file_count = ?4, unit_count = ?5, byte_count = ?6, indexed_at = ?7, is_template = ?8
                    WHERE id = ?9
                    """, [visible, .text(name), head.map { .text($0) } ?? .null, .int(Int64(out.fileCount)), .int(Int64(out.unitCount)),
                          .int(bytes), .int(Int64(Date().timeIntervalSince1970)), .int(build.template ? 1 : 0), .int(build.id)])
                return out
            }
        }
        build.pendingBands = []  // inserted by the commit above
        return result
    }

    /// Applies the difference between the repository's recorded shingle set and its new one to `doc_freq`.
    private func updateDocumentFrequency(_ build: RepositoryBuild) throws {
        let old: [UInt64]
        let oldBlob = try db.prepare("SELECT shingles FROM repositories WHERE id = ?1")
        try oldBlob.bind(int: build.id, at: 1)
        if try oldBlob.step(), !oldBlob.isNull(0) { old = Self.decodeHashes(oldBlob.blob(0)) } else { old = [] }
        oldBlob.reset()

        // The live files' hashes: from memory for files this run wrote, from their stored units otherwise.
        var all: [UInt64] = []
        let files = try db.prepare("SELECT id FROM files WHERE repo = ?1 AND removed_gen IS NULL")
        try files.bind(int: build.id, at: 1)
        var unread: [Int64] = []
        while try files.step() {
            let id = files.int64(0)
            if let hashes = build.hashesByFile[id] { all.append(contentsOf: hashes) } else { unread.append(id) }
        }
        let units = try db.prepare("SELECT features FROM units WHERE file = ?1 AND leaf = 1")
        for id in unread {
            units.reset()
            try units.bind(int: id, at: 1)
            while try units.step() { try UnitCodec.appendDistinctHashes(units.blob(0), to: &all) }
        }
        HashSort.sortDistinct(&all)  // a radix sort of the concatenation: cheaper than a Set of every hash
        let new = all

        var changes: [(UInt64, Int64, Int64)] = []  // hash, Δrepos, Δtemplates
        let oldColumn = build.previousTemplate, newColumn = build.template
        func delta(_ template: Bool, _ sign: Int64) -> (Int64, Int64) { template ? (0, sign) : (sign, 0) }
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if j == new.count || (i < old.count && old[i] < new[j]) {
                let d = delta(oldColumn, -1); changes.append((old[i], d.0, d.1)); i += 1
            } else if i == old.count || new[j] < old[i] {
                let d = delta(newColumn, 1); changes.append((new[j], d.0, d.1)); j += 1
            } else {
                if oldColumn != newColumn {
                    let a = delta(oldColumn, -1), b = delta(newColumn, 1)
                    changes.append((new[j], a.0 + b.0, a.1 + b.1))
                }
                i += 1; j += 1
            }
        }
        // `changes` is ascending as unsigned hashes (a merge of two ascending lists); SQLite orders the signed
        // values, in which the hashes with the top bit set come first: a rotation, not a sort.
        let firstNegative = changes.firstIndex { $0.0 >= 1 << 63 } ?? changes.count
        var rows: [(Int64, Int64, Int64)] = []
        rows.reserveCapacity(changes.count)
        for (hash, repos, templates) in changes[firstNegative...] { rows.append((sqlInt(hash), repos, templates)) }
        for (hash, repos, templates) in changes[..<firstNegative] { rows.append((sqlInt(hash), repos, templates)) }
        // 1,024 rows a statement: an upsert may abort, so each statement first saves every page it touches to a
        // statement journal (64 KiB each); the rows are in key order, so a statement 8 times longer touches about
        // as many pages and the journal copies an eighth as much (220 MB over the benchmark corpus at 128).
        try insertRows(rows, width: 3, chunk: 1024, "INSERT INTO doc_freq(hash, repos, templates) VALUES ",
                          suffix: " ON CONFLICT(hash) DO UPDATE SET repos = repos + excluded.repos, templates = templates + excluded.templates")
        let prune = try db.prepare("DELETE FROM doc_freq WHERE hash = ?1 AND repos <= 0 AND templates <= 0")
        for (hash, dr, dt) in changes where dr < 0 || dt < 0 {
            prune.reset()
            try prune.bind(int: sqlInt(hash), at: 1)
            try prune.run()
        }
        try db.run("UPDATE repositories SET shingles = ?1, shingles_template = ?2 WHERE id = ?3",
                   [.blob(Self.encodeHashes(new)), .int(newColumn ? 1 : 0), .int(build.id)])
    }

    /// Inserts rows of `width` integers (a homogeneous tuple type), `chunk` per statement: SQLite's per-statement
    /// cost (step, reset, VDBE setup) is most of a one-row insert, and the index writes a million LSH rows.
    private func insertRows<Row>(_ rows: [Row], width: Int, chunk: Int = 128, _ prefix: String, suffix: String = "") throws {
        precondition(MemoryLayout<Row>.stride == width * MemoryLayout<Int64>.stride, "rows of \(width) Int64 values")
        // Within this SQLite's limit on bound parameters (32,766 by default since 3.32, 999 before).
        let chunk = max(1, min(chunk, Int(sqlite3_limit(db.handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1)) / width))
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        let full = try db.prepare(prefix + Array(repeating: tuple, count: chunk).joined(separator: ", ") + suffix)
        let single = try db.prepare(prefix + tuple + suffix)
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

    static func encodeHashes(_ hashes: [UInt64]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(hashes.count * 8)
        UnitCodec.appendU64s(&out, hashes)
        return out
    }

    static func decodeHashes(_ bytes: [UInt8]) -> [UInt64] {
        var out: [UInt64] = []
        out.reserveCapacity(bytes.count / 8)
        var i = 0
        while i + 8 <= bytes.count {
            var v: UInt64 = 0
            for k in (0..<8).reversed() { v = (v << 8) | UInt64(bytes[i + k]) }
            out.append(v)
            i += 8
        }
        return out
    }

    /// Copies the WAL's committed pages into the main file without waiting for readers (a run queues this while
    /// its last batch is analysed, so the final checkpoint copies only what the last write and finish add).
    public func checkpointPassive() {
        try? db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    }

    /// Checkpoints the WAL into the main file (end of a run), so the database is one file at rest.
    public func checkpoint() {
        try? db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    /// Database plus WAL size in bytes.
    public func fileSize() -> Int { reader().fileSize() }
}
