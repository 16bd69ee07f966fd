import Analysis
import Sketch

/// Which signature of a unit a lookup uses.
public enum SignatureChannel: Int, Sendable, CaseIterable {
    /// Structure-token k-grams (same-language clones).
    case structure = 0
    /// Shapes, sub-words and literals together (ports to another language).
    case cross = 1

    /// The `lsh_keys.key` value of one of this channel's band keys: the channel in the top bit, the band key's
    /// low 63 bits below it. Band keys are seeded with their band index (`LSHParameters.bandKeys`), so bands
    /// share the column without a band number; one integer key makes a row 30% cheaper to insert than
    /// (band, key) did (docs/index.md).
    @inline(__always) package func lshKey(_ bandKey: UInt64) -> Int64 {
        Int64(bitPattern: bandKey & 0x7FFF_FFFF_FFFF_FFFF | UInt64(rawValue) << 63)
    }
}

/// Everything the index knows about its `lsh_keys(key, unit)` rows: which units get them, their keys, the
/// rows of stored units (recomputed from their bags), and inserting, deleting and looking them up.
///
/// The writer computes a parsed file's keys on the worker that parsed it (`PreparedFile`), holds a
/// repository's rows until its finish and inserts them in one sorted run (see `IndexWriter.writeBatch`).
package struct LSHRows {
    /// One row: (`lsh_keys.key`, unit id).
    typealias Row = RowSort.Row

    /// LSH rows held in memory before they are inserted in one sorted run (16 bytes each).
    static let pendingLimit = 1 << 20

    /// The candidate lookup: the units of one key, at most `?2` of them.
    static let lookupSQL = "SELECT unit FROM lsh_keys WHERE key = ?1 LIMIT ?2"

    /// Which units get LSH rows: leaf units (functions, methods, top-level code) big enough to count as
    /// evidence, the only units `query` and `audit` look up. Containers are stored as outlines (see `PreparedFile`).
    package static func isCandidate(leaf: Bool, tokens: Int, _ p: AnalysisParameters) -> Bool {
        leaf && tokens >= p.minUnitTokens
    }

    /// Calls `body` with the `lsh_keys.key` of every LSH row of a unit's two signatures.
    package static func appendKeys(_ structure: MinHashSignature, _ cross: MinHashSignature, configuration: IndexConfiguration,
                           _ body: (Int64) -> Void) {
        for (channel, signature, lsh) in [(SignatureChannel.structure, structure, configuration.structureLSH),
                                          (SignatureChannel.cross, cross, configuration.crossLSH)] where !signature.isEmpty {
            guard let keys = try? lsh.bandKeys(signature) else { continue }
            for key in keys { body(channel.lshKey(key)) }
        }
    }

    let db: Database
    let configuration: IndexConfiguration
    /// Recomputes the signatures of stored units from their bags (a resumed finish, copied files): the index
    /// stores the bags only.
    let signer: FeatureExtractor

    /// The LSH rows of a stored candidate unit, its signatures recomputed from the bags in its `features` blob
    /// (none for a blob that does not decode: the unit stays, unbanded, as a damaged signature left it before).
    func appendStored(unit: Int64, tokens: Int, leaf: Bool, features: [UInt8], into rows: inout [Row]) {
        guard Self.isCandidate(leaf: leaf, tokens: tokens, configuration.analysis),
              let signatures = try? UnitCodec.decode(features).signatures(signer) else { return }
        Self.appendKeys(signatures.structure, signatures.cross, configuration: configuration) { rows.append(($0, unit)) }
    }

    /// Appends the LSH rows of a stored file's candidate units (see `appendStored(unit:...)`).
    func appendStored(ofFile fileID: Int64, into rows: inout [Row]) throws {
        let units = try db.prepare("SELECT id, token_count, features FROM units WHERE file = ?1 AND leaf = 1")
        try units.bind(int: fileID, at: 1)
        while try units.step() {
            appendStored(unit: units.int64(0), tokens: units.int(1), leaf: true, features: units.blob(2), into: &rows)
        }
    }

    /// The LSH rows of the generation's files that this run neither wrote nor holds: files committed by an
    /// interrupted run of the same generation, whose rows were still pending when it stopped.
    func ofResumedFiles(_ build: IndexWriter.RepositoryBuild) throws -> [Row] {
        // File ids first (a run that was not interrupted has none left over): unit blobs are read only for those.
        let files = try db.prepare("SELECT id FROM files WHERE repo = ?1 AND added_gen = ?2 AND removed_gen IS NULL")
        try files.bind([.int(build.id), .int(build.generation)])
        var resumed: [Int64] = []
        while try files.step() {
            let id = files.int64(0)
            if !build.filesWithBands.contains(id) { resumed.append(id) }
        }
        var rows: [Row] = []
        for file in resumed { try appendStored(ofFile: file, into: &rows) }
        return rows
    }

    /// Inserts rows in key order (rows already present are kept: a resumed finish may recompute some).
    func insert(_ rows: consuming [Row]) throws {
        var sorted = rows
        RowSort.sort(&sorted)
        try db.insertRows(sorted, width: 2, "INSERT OR IGNORE INTO lsh_keys(key, unit) VALUES ")
    }

    /// Deletes the rows of a stored file's units (before the units themselves are deleted).
    func delete(ofFile fileID: Int64) throws {
        var rows: [Row] = []
        try appendStored(ofFile: fileID, into: &rows)
        let delete = try db.prepare("DELETE FROM lsh_keys WHERE key = ?1 AND unit = ?2")
        RowSort.sort(&rows)
        for (key, unit) in rows {
            delete.reset()
            try delete.bind([.int(key), .int(unit)])
            try delete.run()
        }
    }
}
