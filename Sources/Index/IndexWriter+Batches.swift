import FrontEnd
#if canImport(Glibc)
import Glibc
#endif

/// A batch of files written into the generation being built, in one transaction.
extension IndexWriter {
    /// One file's result for a batch.
    public enum FileResult: Sendable {
        /// Parsed now (and prepared on the worker that parsed it).
        case parsed(PreparedFile, pathBytes: [UInt8], mtimeNs: Int64)
        /// Same bytes as a file already indexed somewhere (its units are copied, not re-parsed).
        case known(contentHash: UInt64, candidate: SourceCandidate, mtimeNs: Int64)
        /// Unchanged at the same path (maybe touched: its mtime is refreshed).
        case unchanged(pathBytes: [UInt8], mtimeNs: Int64?)

        /// Whether the file is unchanged at its path (its write never needs parsing after all).
        public var isUnchanged: Bool { if case .unchanged = self { true } else { false } }
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

    /// Writes a batch of files in one transaction.
    ///
    /// The batch's LSH rows are kept with the build and inserted when the repository is finished (or once
    /// ``LSHRows/pendingLimit`` rows are pending), sorted, in one run: readers see a repository's rows only from its
    /// finish anyway, and one sorted run dirties each B-tree page once instead of once per batch (into an empty
    /// table it is an append). A run killed before the finish leaves committed units without rows; the resumed
    /// run's finish recomputes them from the stored bags.
    public func writeBatch(_ build: RepositoryBuild, _ results: [FileResult], pauseMicrosecondsPerFile: UInt32 = 0) throws -> BatchResult {
        var staged = build.live
        var stagedSeen = build.seen
        var stagedFileHashes: [(Int64, [UInt64])] = []
        var stagedBandFiles: [Int64] = []
        var bands: [LSHRows.Row] = []
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
                        out.units += try copyUnits(from: source, to: fileID, path: candidate.displayPath, bands: &bands)
                        stagedBandFiles.append(fileID)
                        out.copied += 1
                        staged[pathBytes] = FileRow(id: fileID, contentHash: hash, size: meta.size, mtimeNs: mtime, addedGen: build.generation)
                        stagedSeen.insert(pathBytes)
                    }
                }
                if build.pendingBands.count + bands.count >= LSHRows.pendingLimit {
                    try lshRows.insert(build.pendingBands + bands)
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
        noteGroupBytes(results.reduce(0) { sum, item in
            switch item {
            case .parsed(let file, _, _): sum + file.byteCount
            case .known(_, let candidate, _): sum + candidate.size
            case .unchanged: sum
            }
        })
        try commitGroupIfDue()
        return result
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

    private func sourceFileMeta(_ id: Int64) throws -> (language: String, size: Int, grammar: String, lines: Int, errors: Int)? {
        let s = try db.prepare("SELECT language, size, grammar_version, line_count, syntax_errors FROM files WHERE id = ?1")
        try s.bind(int: id, at: 1)
        guard try s.step() else { return nil }
        let meta = (s.text(0), s.int(1), s.text(2), s.int(3), s.int(4))
        s.reset()
        return meta
    }

    /// Copies every unit of file `source` to file `target` (at `path`), with their LSH rows into `bands`; returns the
    /// number copied. The file's own unit is named after `path`, as parsing the copy would name it: whether a file
    /// is copied or parsed depends on how far the writer got when its batch was planned, and must not show.
    private func copyUnits(from source: Int64, to target: Int64, path: String, bands: inout [LSHRows.Row]) throws -> Int {
        let read = try db.prepare("""
            SELECT ordinal, kind, name, start_line, end_line, code_lines, token_count, parameter_count, exported, leaf,
                   features FROM units WHERE file = ?1 ORDER BY ordinal
            """)
        try read.bind(int: source, at: 1)
        var rows: [(ordinal: Int64, values: [SQLValue], tokens: Int, leaf: Bool, features: [UInt8])] = []
        while try read.step() {
            let features = read.blob(10)
            let kind = read.text(1)
            let name = kind == UnitKind.file.rawValue ? path : read.text(2)
            rows.append((read.int64(0), [.text(kind), .text(name), .int(read.int64(3)), .int(read.int64(4)),
                                         .int(read.int64(5)), .int(read.int64(6)), .int(read.int64(7)), .int(read.int64(8)),
                                         .int(read.int64(9)), .blob(features)],
                         read.int(6), read.int64(9) != 0, features))
        }
        let insert = try db.prepare(Self.unitInsertSQL)
        for row in rows {
            insert.reset()
            try insert.bind([.int(target), .int(row.ordinal)] + row.values)
            try insert.run()
            lshRows.appendStored(unit: db.lastInsertRowID, tokens: row.tokens, leaf: row.leaf, features: row.features, into: &bands)
        }
        return rows.count
    }
}
