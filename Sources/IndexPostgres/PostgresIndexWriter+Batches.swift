import Foundation
import FrontEnd
import Index
import PostgresNIO

/// A batch of files written into the generation being built, in one transaction.
extension PostgresIndexWriter {
    /// A file row to insert, with its units.
    private struct NewFile {
        var pathBytes: [UInt8], path: String, hash: UInt64, language: String, size: Int, mtime: Int64, grammar: String
        var lines: Int, errors: Int, units: [NewUnit], distinctHashes: [UInt64]?
    }

    /// A unit row to insert, with its LSH keys.
    private struct NewUnit {
        var ordinal: Int64, kind: String, name: String, startLine: Int64, endLine: Int64, codeLines: Int64, tokens: Int64
        var parameters: Int64, exported: Int64, leaf: Int64, features: [UInt8], lshKeys: [Int64]
    }

    /// A stored file whose units a `.known` file copies.
    private struct Source {
        var language: String, size: Int, grammar: String, lines: Int, errors: Int, units: [NewUnit]
    }

    /// Writes a batch of files in one transaction: retired rows, refreshed mtimes, then the new files, units and
    /// LSH rows in one bulk insert each. The LSH rows go in with their units (a lookup filters on visibility
    /// anyway), so a resumed run has nothing to recompute.
    public func writeBatch(_ build: PostgresBuild, _ results: [IndexWriter.FileResult],
                           pauseMicrosecondsPerFile: UInt32 = 0) throws -> IndexWriter.BatchResult {
        var out = IndexWriter.BatchResult.none
        var staged = build.live
        var stagedSeen = build.seen
        var deleted: [Int64] = [], retired: [Int64] = []
        var mtimes: (ids: [Int64], values: [Int64]) = ([], [])
        var files: [NewFile] = []
        func retire(_ pathBytes: [UInt8]) {
            guard let row = staged[pathBytes] else { return }
            if row.addedGen == build.generation { deleted.append(row.id) } else { retired.append(row.id) }
            staged[pathBytes] = nil
        }
        try session.transaction {
            let sources = try sourcesOf(results)
            for item in results {
                if pauseMicrosecondsPerFile > 0 { usleep(pauseMicrosecondsPerFile) }
                switch item {
                case let .unchanged(pathBytes, mtime):
                    stagedSeen.insert(pathBytes)
                    out.unchanged += 1
                    if let mtime, var row = staged[pathBytes], row.mtimeNs != mtime {
                        mtimes.ids.append(row.id); mtimes.values.append(mtime)
                        row.mtimeNs = mtime
                        staged[pathBytes] = row
                    }
                case let .parsed(file, pathBytes, mtime):
                    retire(pathBytes)
                    let units = file.units.enumerated().map { ordinal, prepared in
                        let u = prepared.outline
                        return NewUnit(ordinal: Int64(ordinal), kind: u.kind.rawValue, name: u.name, startLine: Int64(u.startLine),
                                       endLine: Int64(u.endLine), codeLines: Int64(u.codeLines), tokens: Int64(u.tokenCount),
                                       parameters: Int64(u.parameterCount), exported: u.isExported ? 1 : 0, leaf: u.isLeaf ? 1 : 0,
                                       features: prepared.features, lshKeys: prepared.lshKeys)
                    }
                    files.append(NewFile(pathBytes: pathBytes, path: file.path, hash: file.contentHash, language: file.language,
                                         size: file.byteCount, mtime: mtime, grammar: file.grammarVersion, lines: file.lineCount,
                                         errors: file.syntaxErrorCount, units: units, distinctHashes: file.distinctHashes))
                    out.parsed += 1
                    out.units += units.count
                    stagedSeen.insert(pathBytes)
                case let .known(hash, candidate, mtime):
                    guard let source = sources[hash] else { out.needParsing.append(candidate); continue }
                    let pathBytes = candidate.relativePath
                    retire(pathBytes)
                    // The copy's own file unit is named after its path, as parsing it would name it (as in SQLite).
                    let units = source.units.map { u -> NewUnit in
                        var u = u
                        if u.kind == UnitKind.file.rawValue { u.name = candidate.displayPath }
                        return u
                    }
                    files.append(NewFile(pathBytes: pathBytes, path: candidate.displayPath, hash: hash, language: source.language,
                                         size: source.size, mtime: mtime, grammar: source.grammar, lines: source.lines,
                                         errors: source.errors, units: units, distinctHashes: nil))
                    out.copied += 1
                    out.units += source.units.count
                    stagedSeen.insert(pathBytes)
                }
            }
            try deleteFiles(deleted)
            if !retired.isEmpty {
                try session.query("UPDATE files SET removed_gen = $1 WHERE id = ANY($2)", .of(build.generation, retired))
            }
            if !mtimes.ids.isEmpty {
                try session.query("""
                    UPDATE files SET mtime_ns = m.mtime FROM unnest($1::bigint[], $2::bigint[]) AS m(id, mtime) WHERE files.id = m.id
                    """, .of(mtimes.ids, mtimes.values))
            }
            try insert(files, build: build, staged: &staged)
        }
        // Only after the commit: the in-memory view follows the database.
        publish(build, live: staged, newHashes: files.map(\.hash))
        build.seen = stagedSeen
        return out
    }

    /// The stored file (and its units) that each `.known` result's hash names, read in two queries; hashes whose
    /// files vanished are left out (those files are parsed instead).
    private func sourcesOf(_ results: [IndexWriter.FileResult]) throws -> [UInt64: Source] {
        let hashes = results.compactMap { item -> Int64? in if case let .known(hash, _, _) = item { Int64(bitPattern: hash) } else { nil } }
        guard !hashes.isEmpty else { return [:] }
        let files = try session.rows("""
            SELECT DISTINCT ON (content_hash) id, content_hash, language, size, grammar_version, line_count, syntax_errors
            FROM files WHERE content_hash = ANY($1) ORDER BY content_hash, id
            """, .of(hashes)) { c in
            (id: try c.int64(0), hash: UInt64(bitPattern: try c.int64(1)),
             source: Source(language: try c.text(2), size: try c.int(3), grammar: try c.text(4), lines: try c.int(5),
                            errors: try c.int(6), units: []))
        }
        var byFile: [Int64: [NewUnit]] = [:]
        let rows = try session.rows("""
            SELECT file, ordinal, kind, name, start_line, end_line, code_lines, token_count, parameter_count, exported, leaf, features
            FROM units WHERE file = ANY($1) ORDER BY file, ordinal
            """, .of(files.map(\.id))) { c in
            (try c.int64(0), NewUnit(ordinal: try c.int64(1), kind: try c.text(2), name: try c.text(3), startLine: try c.int64(4),
                                     endLine: try c.int64(5), codeLines: try c.int64(6), tokens: try c.int64(7),
                                     parameters: try c.int64(8), exported: try c.int64(9), leaf: try c.int64(10),
                                     features: try c.bytes(11), lshKeys: []))
        }
        for (file, unit) in rows { byFile[file, default: []].append(unit) }
        var out: [UInt64: Source] = [:]
        for file in files {
            var source = file.source
            source.units = (byFile[file.id] ?? []).map { unit in
                var u = unit
                u.lshKeys = lshRows(units: [(id: 0, tokens: Int(u.tokens), leaf: u.leaf != 0, features: u.features)]).keys
                return u
            }
            out[file.hash] = source
        }
        return out
    }

    /// Inserts the batch's files, units and LSH rows, one bulk statement per table, with ids taken from the tables'
    /// sequences in file order (a fresh index numbers them as the SQLite file would).
    private func insert(_ files: [NewFile], build: PostgresBuild, staged: inout [[UInt8]: IndexWriter.FileRow]) throws {
        guard !files.isEmpty else { return }
        let fileIDs = try allocate(files.count, from: "files_id_seq")
        let unitIDs = try allocate(files.reduce(0) { $0 + $1.units.count }, from: "units_id_seq")
        var f = (repo: [Int64](), path: [String](), pathBytes: [ByteBuffer](), hash: [Int64](), language: [String](), size: [Int64](),
                 mtime: [Int64](), grammar: [String](), lines: [Int64](), errors: [Int64](), gen: [Int64]())
        var u = (id: [Int64](), file: [Int64](), ordinal: [Int64](), kind: [String](), name: [String](), start: [Int64](), end: [Int64](),
                 code: [Int64](), tokens: [Int64](), parameters: [Int64](), exported: [Int64](), leaf: [Int64](), features: [ByteBuffer]())
        var lsh = (key: [Int64](), unit: [Int64]())
        var next = 0
        for (i, file) in files.enumerated() {
            let id = fileIDs[i]
            f.repo.append(build.id); f.path.append(textValue(file.path)); f.pathBytes.append(bytea(file.pathBytes))
            f.hash.append(Int64(bitPattern: file.hash)); f.language.append(file.language); f.size.append(Int64(file.size))
            f.mtime.append(file.mtime); f.grammar.append(file.grammar); f.lines.append(Int64(file.lines))
            f.errors.append(Int64(file.errors)); f.gen.append(build.generation)
            for unit in file.units {
                let unitID = unitIDs[next]
                next += 1
                u.id.append(unitID); u.file.append(id); u.ordinal.append(unit.ordinal); u.kind.append(unit.kind); u.name.append(textValue(unit.name))
                u.start.append(unit.startLine); u.end.append(unit.endLine); u.code.append(unit.codeLines); u.tokens.append(unit.tokens)
                u.parameters.append(unit.parameters); u.exported.append(unit.exported); u.leaf.append(unit.leaf)
                u.features.append(bytea(unit.features))
                for key in unit.lshKeys { lsh.key.append(key); lsh.unit.append(unitID) }
            }
            staged[file.pathBytes] = IndexWriter.FileRow(id: id, contentHash: file.hash, size: file.size, mtimeNs: file.mtime,
                                                         addedGen: build.generation)
            if let hashes = file.distinctHashes { build.hashesByFile[id] = hashes }
        }
        var binds = PostgresBindings()
        binds.append(fileIDs); binds.append(f.repo); binds.append(f.path); binds.append(f.pathBytes); binds.append(f.hash)
        binds.append(f.language); binds.append(f.size); binds.append(f.mtime); binds.append(f.grammar); binds.append(f.lines)
        binds.append(f.errors); binds.append(f.gen)
        try session.query("""
            INSERT INTO files(id, repo, path, path_bytes, content_hash, language, size, mtime_ns, grammar_version, line_count,
                              syntax_errors, added_gen)
            SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::bytea[], $5::bigint[], $6::text[], $7::bigint[],
                                 $8::bigint[], $9::text[], $10::bigint[], $11::bigint[], $12::bigint[])
            """, binds)
        if !u.id.isEmpty {
            binds = PostgresBindings()
            binds.append(u.id); binds.append(u.file); binds.append(u.ordinal); binds.append(u.kind); binds.append(u.name)
            binds.append(u.start); binds.append(u.end); binds.append(u.code); binds.append(u.tokens); binds.append(u.parameters)
            binds.append(u.exported); binds.append(u.leaf); binds.append(u.features)
            try session.query("""
                INSERT INTO units(id, file, ordinal, kind, name, start_line, end_line, code_lines, token_count, parameter_count,
                                  exported, leaf, features)
                SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::bigint[], $7::bigint[],
                                     $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bytea[])
                """, binds)
        }
        if !lsh.key.isEmpty {
            try session.query("""
                INSERT INTO lsh_keys(key, unit) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING
                """, .of(lsh.key, lsh.unit))
        }
    }
}

/// `text` as a PostgreSQL `text` value: PostgreSQL refuses NUL characters in text (SQLite keeps them), so a NUL in a
/// hostile file's path or identifier becomes U+FFFD, as undecodable bytes already do. Nothing compares these
/// columns: paths are matched by `path_bytes`.
func textValue(_ text: String) -> String {
    text.contains("\0") ? text.replacingOccurrences(of: "\0", with: "\u{FFFD}") : text
}
