import Analysis
import Foundation
import FrontEnd
import Index
import PostgresNIO
import Shingles

/// The writer of a PostgreSQL index: one per `clonescan index` run, beside any number of other runs' writers.
///
/// What SQLite's single writer gets from its file lock, this gets per repository: a session advisory lock on the
/// repository's path (``lockRepository(_:)``), so runs over different repositories write at once and the same
/// repository twice waits (`--wait`) or fails with `IndexError.locked`. Visibility and crash safety are the SQLite
/// index's (docs/index.md): every file row carries the generation that added and the one that removed it, a
/// repository's `visible_gen` moves only in the transaction that finishes it, each batch is one transaction, and
/// a killed run leaves `building_gen` set so the next run resumes the same generation. Bulk rows go in as one
/// `INSERT ... SELECT FROM unnest(...)` per table and batch, every value a bound array parameter.
///
/// `@unchecked Sendable`: a run calls it from one serial queue at a time (`PostgresIndexRun`), never concurrently.
public final class PostgresIndexWriter: @unchecked Sendable {
    let session: PostgresSession
    /// The URL without its password.
    public let path: String
    public let configuration: IndexConfiguration
    let signer: FeatureExtractor
    private let wait: Bool
    private let lock = NSLock()
    /// Content hashes of every file row (for copying units of identical files instead of parsing them).
    private var knownHashes: Set<UInt64> = []

    /// Connects, creates the schema when missing, and records the configuration or refuses a different one.
    /// - Parameter wait: wait for another run writing the same repository instead of failing with `IndexError.locked`.
    public init(url: String, configuration: IndexConfiguration, wait: Bool) throws {
        session = try PostgresSession(try PostgresURL(url))
        path = session.url.redacted
        self.configuration = configuration
        self.wait = wait
        signer = try FeatureExtractor(parameters: configuration.analysis)
        try PostgresSchema.prepare(session, configuration: configuration)
        knownHashes = Set(try session.rows("SELECT DISTINCT content_hash FROM files") { UInt64(bitPattern: try $0.int64(0)) })
    }

    /// A read view over the same connection (for summaries and tests).
    public func reader() -> PostgresIndexReader { PostgresIndexReader(session: session) }

    // MARK: repository locks

    /// The advisory lock key of a repository path (FNV-1a of its bytes).
    static func lockKey(_ key: [UInt8]) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: h)
    }

    /// Takes the repository's advisory lock for this session (released by `unlockRepository`, or by the server when
    /// the connection ends, however the process ends).
    /// - Throws: `IndexError.locked` when another run holds it and the writer does not wait.
    public func lockRepository(_ key: [UInt8]) throws {
        if wait {
            try session.query("SELECT pg_advisory_lock($1)", .of(Self.lockKey(key)))
        } else if try session.scalar(Bool.self, "SELECT pg_try_advisory_lock($1)", .of(Self.lockKey(key))) != true {
            throw IndexError.locked(path: "\(path) (repository \(terminalSafe(String(decoding: key, as: UTF8.self))))")
        }
    }

    /// Releases the repository's advisory lock.
    public func unlockRepository(_ key: [UInt8]) {
        _ = try? session.query("SELECT pg_advisory_unlock($1)", .of(Self.lockKey(key)))
    }

    // MARK: planning

    /// What planning a batch of `build` needs: its committed rows and the known content hashes.
    public func planningView(_ build: PostgresBuild) -> IndexWriter.PlanningView {
        lock.lock()
        defer { lock.unlock() }
        return IndexWriter.PlanningView(live: build.live, knownHashes: knownHashes)
    }

    func publish(_ build: PostgresBuild, live: [[UInt8]: IndexWriter.FileRow], newHashes: [UInt64]) {
        lock.lock()
        build.live = live
        knownHashes.formUnion(newHashes)
        lock.unlock()
    }

    // MARK: deleting rows

    /// The `lsh_keys` rows of stored units, recomputed from their bags (the index stores only those).
    func lshRows(units: [(id: Int64, tokens: Int, leaf: Bool, features: [UInt8])]) -> (keys: [Int64], units: [Int64]) {
        var keys: [Int64] = [], ids: [Int64] = []
        for u in units where LSHRows.isCandidate(leaf: u.leaf, tokens: u.tokens, configuration.analysis) {
            guard let signatures = try? UnitCodec.decode(u.features).signatures(signer) else { continue }
            LSHRows.appendKeys(signatures.structure, signatures.cross, configuration: configuration) { keys.append($0); ids.append(u.id) }
        }
        return (keys, ids)
    }

    /// Deletes file rows with their units and their LSH rows (inside the caller's transaction).
    func deleteFiles(_ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let units = try session.rows("SELECT id, token_count, leaf, features FROM units WHERE file = ANY($1) AND leaf = 1", .of(ids)) {
            (id: try $0.int64(0), tokens: try $0.int(1), leaf: try $0.int64(2) != 0, features: try $0.bytes(3))
        }
        let rows = lshRows(units: units)
        if !rows.keys.isEmpty {
            try session.query("""
                DELETE FROM lsh_keys l USING unnest($1::bigint[], $2::bigint[]) AS d(key, unit)
                WHERE l.key = d.key AND l.unit = d.unit
                """, .of(rows.keys, rows.units))
        }
        try session.query("DELETE FROM units WHERE file = ANY($1)", .of(ids))
        try session.query("DELETE FROM files WHERE id = ANY($1)", .of(ids))
    }

    /// `count` new ids from `sequence`, ascending.
    func allocate(_ count: Int, from sequence: String) throws -> [Int64] {
        guard count > 0 else { return [] }
        return try session.rows("SELECT nextval('\(sequence)') AS id FROM generate_series(1, $1) ORDER BY 1", .of(Int64(count))) {
            try $0.int64(0)
        }
    }
}

/// State of one repository while a PostgreSQL run builds it (as `IndexWriter.RepositoryBuild` for SQLite).
public final class PostgresBuild: @unchecked Sendable {
    public let id: Int64
    public let generation: Int64
    let key: [UInt8]
    let previousTemplate: Bool
    let template: Bool
    /// Whether the build resumed an interrupted run.
    public let resumed: Bool
    /// Live rows (not removed) by path bytes, as of the last committed batch (guarded by the writer's lock).
    var live: [[UInt8]: IndexWriter.FileRow]
    /// Paths seen by this run.
    var seen: Set<[UInt8]> = []
    /// Distinct hashes of the files this run wrote, by file id: document frequency reads only the others back.
    var hashesByFile: [Int64: [UInt64]] = [:]

    init(id: Int64, generation: Int64, key: [UInt8], previousTemplate: Bool, template: Bool, resumed: Bool,
         live: [[UInt8]: IndexWriter.FileRow]) {
        self.id = id; self.generation = generation; self.key = key; self.previousTemplate = previousTemplate
        self.template = template; self.resumed = resumed; self.live = live
    }
}
