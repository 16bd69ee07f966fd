import Analysis
import CSQLite
import Foundation
import FrontEnd
import Sketch

/// A repository as the index holds it.
public struct IndexedRepository: Sendable, Equatable, Codable {
    public var id: Int64
    public var name: String
    /// The real path it was indexed from (lossy when not UTF-8).
    public var path: String
    /// The path as it was given to `clonescan index` (`path` for repositories indexed before schema version 4).
    public var givenPath: String
    /// HEAD commit, when the path is a git work tree with one.
    public var head: String?
    /// Files and units of the visible (last complete) generation.
    public var fileCount: Int
    public var unitCount: Int
    public var byteCount: Int
    /// Whether a complete generation is visible (false only before the first run on it finishes).
    public var complete: Bool
    /// Whether an index run on it is in progress or was interrupted (readers still see the last complete one).
    public var building: Bool
    /// Marked `--template`: its code never counts as evidence and it is never a candidate.
    public var isTemplate: Bool
    /// Unix time of the last completed run.
    public var indexedAt: Int64?
}

/// A unit loaded from the index, with where it lives.
public struct IndexedUnit: Sendable {
    public var id: Int64
    public var repositoryID: Int64
    public var fileID: Int64
    /// File path relative to the repository root (lossy when not UTF-8; see `pathBytes`).
    public var path: String
    public var pathBytes: [UInt8]
    public var language: String
    public var contentHash: UInt64
    /// Position of the unit in its file (0 is the file unit).
    public var ordinal: Int
    public var features: UnitFeatures
}

/// Read access to a clone index: parameters, repositories, LSH candidate lookup, units and document frequency.
///
/// Not `Sendable`: use one instance per thread (open several for parallel readers). Readers never block
/// the writer and never see a half-written repository: every read filters on each repository's last
/// completed generation. Wrap several calls in ``snapshot(_:)`` to read them from one consistent state.
public final class IndexReader {
    let db: Database
    public let path: String
    private var cachedConfiguration: IndexConfiguration?

    init(db: Database, path: String) {
        self.db = db
        self.path = path
    }

    /// Opens an existing index. A missing, non-SQLite, foreign, corrupt or newer-schema file throws an
    /// `IndexError` whose description is one line.
    public static func open(path: String, readOnly: Bool) throws -> IndexReader {
        guard FileManager.default.fileExists(atPath: path) else { throw IndexError.missingDatabase(path: path) }
        try checkHeader(path: path, allowEmpty: false)
        let db = try mapped(path) { try Database(path: path, readOnly: readOnly, create: false) }
        db.setBusyTimeout(milliseconds: 5000)
        // Readers map the file instead of copying pages through read(2): lookups touch scattered pages.
        if readOnly { try? db.execute("PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536") }
        let index = IndexReader(db: db, path: path)
        try mapped(path) {
            let version = try Schema.version(db)
            let appID = Int32(truncatingIfNeeded: try db.scalarInt("PRAGMA application_id") ?? 0)
            if version == 0 || appID != Schema.applicationID { throw IndexError.foreignDatabase(path: path) }
            if version > Schema.current { throw IndexError.newerSchema(found: version, supported: Schema.current) }
            if version < Schema.current {
                if readOnly {
                    // An index this build cannot use whatever its schema (built with other parameters) says that first:
                    // upgrading it would only lead to that refusal.
                    try index.checkCompatible(AnalysisParameters())
                    throw IndexError.invalidData("schema version \(version) is older than \(Schema.current); run `clonescan index` on it once to upgrade")
                }
                try Schema.migrate(db, path: path)
            }
            _ = try index.configuration()
        }
        return index
    }

    /// Throws unless the file is empty (when allowed) or starts with the SQLite header.
    static func checkHeader(path: String, allowEmpty: Bool) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IndexError.readOnly(path: path)
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 100)) ?? Data()
        if head.isEmpty {
            if allowEmpty { return }
            throw IndexError.foreignDatabase(path: path)
        }
        guard head.count >= 16, head.prefix(16) == Data("SQLite format 3\0".utf8) else { throw IndexError.notADatabase(path: path) }
        guard head.count == 100 else { throw IndexError.corrupt(path: path, detail: "header truncated") }
        // In-header database size (pages) must fit in the file unless a WAL holds the rest.
        let pageSizeRaw = Int(head[16]) << 8 | Int(head[17])
        let pageSize = pageSizeRaw == 1 ? 65536 : pageSizeRaw
        let pages = head[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if pageSize >= 512, pages > 0, size < pages * pageSize, walSize == 0 {
            throw IndexError.corrupt(path: path, detail: "file has \(size) bytes but its header declares \(pages * pageSize)")
        }
    }

    // MARK: parameters

    /// The full configuration recorded when the index was created.
    public func configuration() throws -> IndexConfiguration {
        if let cachedConfiguration { return cachedConfiguration }
        var rows: [String: String] = [:]
        try mapped(path) {
            let s = try db.prepare("SELECT key, value FROM metadata")
            while try s.step() { rows[s.text(0)] = s.text(1) }
        }
        guard let config = try IndexConfiguration.from(metadata: rows) else {
            throw IndexError.invalidData("\(path) has no recorded parameters (an index run never completed its set-up); run `clonescan index` on it")
        }
        cachedConfiguration = config
        return config
    }

    /// Also checks the LSH bands and grammar versions of a full configuration.
    public func checkCompatible(_ c: IndexConfiguration) throws {
        if let d = c.conflicts(with: try configuration()) { throw IndexError.parameterMismatch(d) }
    }

    // MARK: repositories

    /// Every repository, by id.
    /// - Complexity: O(repositories).
    public func repositories() throws -> [IndexedRepository] {
        try mapped(path) {
            let s = try db.prepare("""
                SELECT id, name, path, head, file_count, unit_count, byte_count, visible_gen, building_gen, is_template, indexed_at,
                       given_path
                FROM repositories ORDER BY id
                """)
            var out: [IndexedRepository] = []
            while try s.step() {
                let path = String(decoding: s.blob(2), as: UTF8.self)
                out.append(IndexedRepository(id: s.int64(0), name: s.text(1), path: path, givenPath: s.isNull(11) ? path : s.text(11),
                                             head: s.isNull(3) ? nil : s.text(3), fileCount: s.int(4), unitCount: s.int(5),
                                             byteCount: s.int(6), complete: s.int64(7) > 0, building: !s.isNull(8),
                                             isTemplate: s.int64(9) != 0, indexedAt: s.isNull(10) ? nil : s.int64(10)))
            }
            return out
        }
    }

    /// Number of complete, non-template repositories (the denominator of document frequency).
    public func repositoryCount() throws -> Int {
        try mapped(path) { Int(try db.scalarInt("SELECT count(*) FROM repositories WHERE visible_gen > 0 AND is_template = 0") ?? 0) }
    }

    // MARK: candidates

    /// A band key shared by more units than this is boilerplate and ignored by lookups.
    public var maxPostingsPerKey = 20_000

    /// Units sharing at least one LSH band key with `signature` in `channel`, most shared bands first (ties by id),
    /// at most `limit`. Only units of complete, non-template repositories are returned.
    ///
    /// - Complexity: O(b · log N + P) for b bands, N band rows and P postings of the matching keys.
    public func candidateUnits(for signature: MinHashSignature, channel: SignatureChannel, limit: Int) throws -> [Int64] {
        try candidateUnits(for: [signature], channel: channel, limit: limit)[0]
    }

    /// Batched form: one read transaction and reused statements for every signature.
    public func candidateUnits(for signatures: [MinHashSignature], channel: SignatureChannel, limit: Int) throws -> [[Int64]] {
        let config = try configuration()
        let lsh = channel == .structure ? config.structureLSH : config.crossLSH
        if let first = signatures.first, first.parameters != config.analysis.minhash {
            throw IndexError.parameterMismatch("signature has \(first.parameters), index has \(config.analysis.minhash)")
        }
        return try snapshot {
            let lookup = try db.prepare(LSHRows.lookupSQL)
            let visible = try db.prepare("""
                SELECT 1 FROM units u JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo
                WHERE u.id = ?1 AND r.is_template = 0 AND f.added_gen <= r.visible_gen
                  AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)
                """)
            var results: [[Int64]] = []
            results.reserveCapacity(signatures.count)
            var visibility: [Int64: Bool] = [:]
            for signature in signatures {
                guard !signature.isEmpty, limit > 0 else { results.append([]); continue }
                let keys = try lsh.bandKeys(signature)
                var shared: [Int64: Int] = [:]
                for key in keys {
                    lookup.reset()
                    try lookup.bind(int: channel.lshKey(key), at: 1)
                    try lookup.bind(int: Int64(maxPostingsPerKey + 1), at: 2)
                    var postings: [Int64] = []
                    while try lookup.step() { postings.append(lookup.int64(0)) }
                    if postings.count > maxPostingsPerKey { continue }
                    for unit in postings { shared[unit, default: 0] += 1 }
                }
                let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                var out: [Int64] = []
                for (unit, _) in ranked {
                    if out.count >= limit { break }
                    let isVisible: Bool
                    if let known = visibility[unit] { isVisible = known } else {
                        visible.reset()
                        try visible.bind(int: unit, at: 1)
                        isVisible = try visible.step()
                        visibility[unit] = isVisible
                    }
                    if isVisible { out.append(unit) }
                }
                results.append(out)
            }
            return results
        }
    }

    // MARK: units

    /// The units with these ids (in the order given; unknown ids are left out).
    /// - Complexity: O(n) lookups on this thread, then the units decoded and signed on all cores (a query loads
    ///   thousands of candidates; signing them one after another kept a core idle).
    public func loadUnits(_ ids: [Int64]) throws -> [IndexedUnit] {
        let signer = try FeatureExtractor(parameters: parameters())
        let rows: [StoredUnitRow] = try snapshot {
            let s = try db.prepare("""
                SELECT \(StoredUnitRow.columns) FROM units u JOIN files f ON f.id = u.file WHERE u.id = ?1
                """)
            var out: [StoredUnitRow] = []
            out.reserveCapacity(ids.count)
            for id in ids {
                s.reset()
                try s.bind(int: id, at: 1)
                guard try s.step() else { continue }
                out.append(StoredUnitRow(s, path: s.text(3), pathBytes: s.blob(4), language: s.text(5)))
            }
            return out
        }
        return try StoredUnitRow.decodeAll(rows, signer: signer)
    }

    /// Ids of the visible units of a repository, in file path then unit order.
    public func unitIDs(repository id: Int64) throws -> [Int64] {
        try mapped(path) {
            let s = try db.prepare("""
                SELECT u.id FROM units u JOIN files f ON f.id = u.file JOIN repositories r ON r.id = f.repo
                WHERE r.id = ?1 AND f.added_gen <= r.visible_gen AND (f.removed_gen IS NULL OR f.removed_gen > r.visible_gen)
                ORDER BY f.path_bytes, u.ordinal
                """)
            try s.bind(int: id, at: 1)
            var out: [Int64] = []
            while try s.step() { out.append(s.int64(0)) }
            return out
        }
    }

    // MARK: boilerplate

    /// Number of complete, non-template repositories containing each hash (any channel); absent hashes map to 0.
    /// - Complexity: O(n log N).
    public func documentFrequency(_ hashes: [UInt64]) throws -> [UInt64: Int] {
        try snapshot {
            let s = try db.prepare("SELECT repos FROM doc_freq WHERE hash = ?1")
            var out: [UInt64: Int] = [:]
            out.reserveCapacity(hashes.count)
            for h in hashes {
                s.reset()
                try s.bind(int: sqlInt(h), at: 1)
                out[h] = try s.step() ? s.int(0) : 0
            }
            return out
        }
    }

    /// The hashes among `hashes` that occur in a template repository (never evidence).
    public func templateHashes(_ hashes: [UInt64]) throws -> Set<UInt64> {
        try snapshot {
            let s = try db.prepare("SELECT templates FROM doc_freq WHERE hash = ?1")
            var out = Set<UInt64>()
            for h in hashes {
                s.reset()
                try s.bind(int: sqlInt(h), at: 1)
                if try s.step(), s.int64(0) > 0 { out.insert(h) }
            }
            return out
        }
    }

    /// Every hash that occurs in a template repository.
    public func templateHashes() throws -> Set<UInt64> {
        try mapped(path) {
            let s = try db.prepare("SELECT hash FROM doc_freq WHERE templates > 0")
            var out = Set<UInt64>()
            while try s.step() { out.insert(fromSQL(s.int64(0))) }
            return out
        }
    }

    // MARK: snapshots

    /// Runs `body` inside one read transaction, so every call in it sees the same committed state.
    /// Nested calls join the outer snapshot.
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try mapped(path) {
            if db.inTransaction { return try body() }
            try db.execute("BEGIN DEFERRED")
            defer { if db.inTransaction { db.resetStatements(); try? db.execute("COMMIT") } }
            return try body()
        }
    }

    /// Size of the database file plus its WAL, in bytes.
    public func fileSize() -> Int {
        let fm = FileManager.default
        let main = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let wal = (try? fm.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        return main + wal
    }
}
