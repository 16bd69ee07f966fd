import Analysis
import Foundation
import Index
import PostgresNIO
import Sketch

/// Read access to a clone index in a PostgreSQL database: the same API and the same results as the SQLite
/// file's `IndexReader` (`IndexStore`).
///
/// Every read filters on each repository's last completed generation, as with SQLite, so a writer's committed
/// batches stay invisible until its finish commits; ``snapshot(_:)`` reads in one REPEATABLE READ transaction.
/// Not `Sendable`: one instance (one connection) per thread; open several for parallel readers.
public final class PostgresIndexReader: IndexStore {
    let session: PostgresSession
    /// The URL without its password.
    public let path: String
    private var cachedConfiguration: IndexConfiguration?
    /// A band key shared by more units than this is boilerplate and ignored by lookups (as `IndexReader`'s).
    public var maxPostingsPerKey = 20_000
    /// Band keys per lookup query: one indexed query per this many keys.
    static let keysPerLookup = 8192

    init(session: PostgresSession) {
        self.session = session
        path = session.url.redacted
    }

    /// Opens the index in the database at `url` (`postgresql://USER@HOST:PORT/DB`).
    /// - Throws: `PostgresIndexError` for a bad URL or an unreachable server; `IndexError.missingDatabase` when the
    ///   database holds no index, `.newerSchema` for a newer one.
    public static func open(url: String) throws -> PostgresIndexReader {
        let session = try PostgresSession(try PostgresURL(url))
        let reader = PostgresIndexReader(session: session)
        guard try PostgresSchema.exists(session) else { throw IndexError.missingDatabase(path: reader.path) }
        try PostgresSchema.checkVersion(try PostgresSchema.metadata(session))
        _ = try reader.configuration()
        return reader
    }

    public func configuration() throws -> IndexConfiguration {
        if let cachedConfiguration { return cachedConfiguration }
        guard let config = try IndexConfiguration.from(metadata: try PostgresSchema.metadata(session)) else {
            throw IndexError.invalidData("\(path) has no recorded parameters (an index run never completed its set-up); run `clonescan index` on it")
        }
        cachedConfiguration = config
        return config
    }

    public func repositories() throws -> [IndexedRepository] {
        try session.rows("""
            SELECT id, name, path, head, file_count, unit_count, byte_count, visible_gen, building_gen, is_template, indexed_at,
                   given_path
            FROM repositories ORDER BY id
            """) { c in
            let path = String(decoding: try c.bytes(2), as: UTF8.self)
            return IndexedRepository.of(id: try c.int64(0), name: try c.text(1), path: path, givenPath: try c.optionalText(11) ?? path,
                                     head: try c.optionalText(3), fileCount: try c.int(4), unitCount: try c.int(5),
                                     byteCount: try c.int(6), complete: try c.int64(7) > 0, building: !c.isNull(8),
                                     isTemplate: try c.int64(9) != 0, indexedAt: try c.optionalInt64(10))
        }
    }

    public func repositoryCount() throws -> Int {
        Int(try session.scalar(Int64.self, "SELECT count(*) FROM repositories WHERE visible_gen > 0 AND is_template = 0") ?? 0)
    }

    /// One indexed query per batch of band keys (``keysPerLookup``), each key's postings capped at
    /// ``maxPostingsPerKey`` + 1 in the query; then one query for the visibility of every unit found.
    public func candidateUnits(for signatures: [MinHashSignature], channel: SignatureChannel, limit: Int) throws -> [[Int64]] {
        let config = try configuration()
        let lsh = channel == .structure ? config.structureLSH : config.crossLSH
        if let first = signatures.first, first.parameters != config.analysis.minhash {
            throw IndexError.parameterMismatch("signature has \(first.parameters), index has \(config.analysis.minhash)")
        }
        var keysOf: [[Int64]] = []
        var allKeys = Set<Int64>()
        for signature in signatures {
            guard !signature.isEmpty, limit > 0 else { keysOf.append([]); continue }
            let keys = try lsh.bandKeys(signature).map { channel.lshKey($0) }
            keysOf.append(keys)
            allKeys.formUnion(keys)
        }
        return try snapshot {
            var postings: [Int64: [Int64]] = [:]
            let sorted = allKeys.sorted()
            for start in stride(from: 0, to: sorted.count, by: Self.keysPerLookup) {
                let batch = Array(sorted[start..<min(sorted.count, start + Self.keysPerLookup)])
                let rows = try session.rows("""
                    SELECT k.key, l.unit FROM unnest($1::bigint[]) AS k(key)
                    CROSS JOIN LATERAL (SELECT unit FROM lsh_keys WHERE lsh_keys.key = k.key LIMIT $2) AS l
                    """, .of(batch, Int64(maxPostingsPerKey + 1))) { c in (try c.int64(0), try c.int64(1)) }
                for (key, unit) in rows { postings[key, default: []].append(unit) }
            }
            postings = postings.filter { $0.value.count <= maxPostingsPerKey }
            let visible = try visibleUnits(Set(postings.values.joined()))
            return keysOf.map { keys in
                var shared: [Int64: Int] = [:]
                for key in keys { for unit in postings[key] ?? [] { shared[unit, default: 0] += 1 } }
                let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                return Array(ranked.lazy.map(\.key).filter { visible.contains($0) }.prefix(limit))
            }
        }
    }

    /// The units among `ids` of complete, non-template repositories' visible generations.
    private func visibleUnits(_ ids: Set<Int64>) throws -> Set<Int64> {
        var out = Set<Int64>()
        let all = ids.sorted()
        for start in stride(from: 0, to: all.count, by: 65_536) {
            let batch = Array(all[start..<min(all.count, start + 65_536)])
            for id in try session.rows("""
                SELECT u.id FROM units u JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo
                WHERE u.id = ANY($1) AND r.is_template = 0 AND f.added_gen <= r.visible_gen
                  AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)
                """, .of(batch), { try $0.int64(0) }) { out.insert(id) }
        }
        return out
    }

    static let unitColumns = """
        u.id, f.repo, f.id, f.path, f.path_bytes, f.language, f.content_hash, u.ordinal, u.kind, u.name,
        u.start_line, u.end_line, u.code_lines, u.token_count, u.parameter_count, u.exported, u.leaf, u.features
        """

    private func unitRow(_ c: Cells) throws -> StoredUnitRow {
        StoredUnitRow(id: try c.int64(0), repositoryID: try c.int64(1), fileID: try c.int64(2), path: try c.text(3),
                      pathBytes: try c.bytes(4), language: try c.text(5), contentHash: UInt64(bitPattern: try c.int64(6)),
                      ordinal: try c.int(7), kind: try c.text(8), name: try c.text(9), startLine: try c.int64(10),
                      endLine: try c.int64(11), codeLines: try c.int(12), tokenCount: try c.int(13), parameterCount: try c.int(14),
                      exported: try c.int64(15) != 0, leaf: try c.int64(16) != 0, blob: try c.bytes(17))
    }

    public func loadUnits(_ ids: [Int64]) throws -> [IndexedUnit] {
        let signer = try FeatureExtractor(parameters: parameters())
        let rows = try session.rows("SELECT \(Self.unitColumns) FROM units u JOIN files f ON f.id = u.file WHERE u.id = ANY($1)",
                                    .of(ids), unitRow)
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return try StoredUnitRow.decodeAll(ids.compactMap { byID[$0] }, signer: signer)
    }

    public func loadRepositoryUnits(_ id: Int64) throws -> [IndexedUnit] {
        let signer = try FeatureExtractor(parameters: parameters())
        let rows = try session.rows("""
            SELECT \(Self.unitColumns)
            FROM units u JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo
            WHERE r.id = $1 AND f.added_gen <= r.visible_gen AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)
            ORDER BY f.path_bytes, u.ordinal
            """, .of(id), unitRow)
        return try StoredUnitRow.decodeAll(rows, signer: signer)
    }

    public func repositoriesOfUnits(_ ids: [Int64]) throws -> [Int64: Int64] {
        let rows = try session.rows("SELECT u.id, f.repo FROM units u JOIN files f ON f.id = u.file WHERE u.id = ANY($1)", .of(ids)) {
            (try $0.int64(0), try $0.int64(1))
        }
        return Dictionary(rows, uniquingKeysWith: { a, _ in a })
    }

    public func documentFrequency(_ hashes: [UInt64]) throws -> [UInt64: Int] {
        var out: [UInt64: Int] = [:]
        out.reserveCapacity(hashes.count)
        for h in hashes { out[h] = 0 }
        let rows = try session.rows("SELECT hash, repos FROM doc_freq WHERE hash = ANY($1)", .of(hashes.map { Int64(bitPattern: $0) })) {
            (UInt64(bitPattern: try $0.int64(0)), try $0.int(1))
        }
        for (h, n) in rows { out[h] = n }
        return out
    }

    public func templateHashes(_ hashes: [UInt64]) throws -> Set<UInt64> {
        Set(try session.rows("SELECT hash FROM doc_freq WHERE hash = ANY($1) AND templates > 0",
                             .of(hashes.map { Int64(bitPattern: $0) })) { UInt64(bitPattern: try $0.int64(0)) })
    }

    public func warningsByRepository() throws -> [Int64: [String]] {
        var out: [Int64: [String]] = [:]
        for (repo, message) in try session.rows("SELECT repo, message FROM repository_warnings ORDER BY repo, ordinal", .init(), {
            (try $0.int64(0), try $0.text(1))
        }) { out[repo, default: []].append(message) }
        return out
    }

    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try session.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// The database's size on disk in bytes.
    public func databaseSize() throws -> Int {
        Int(try session.scalar(Int64.self, "SELECT pg_database_size(current_database())") ?? 0)
    }
}
