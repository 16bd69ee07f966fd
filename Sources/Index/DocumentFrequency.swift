import Shingles

/// The `doc_freq` bookkeeping: how many complete non-template repositories, and how many template repositories,
/// contain each distinct hash. A repository's finish applies the difference between the shingle set it had
/// (kept in `repository_shingles`) and the one it has now, so a run costs what changed, not the corpus.
package enum DocumentFrequencyDiff {
    /// One `doc_freq` change: the hash, Δrepos, Δtemplates.
    package typealias Change = (hash: UInt64, repos: Int64, templates: Int64)

    /// The changes that take the counts from `old` (counted in the template column when `oldTemplate`) to `new`.
    /// Both sets are ascending and distinct; the result is ascending by unsigned hash.
    package static func changes(old: [UInt64], oldTemplate: Bool, new: [UInt64], newTemplate: Bool) -> [Change] {
        var changes: [Change] = []
        func delta(_ template: Bool, _ sign: Int64) -> (Int64, Int64) { template ? (0, sign) : (sign, 0) }
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if j == new.count || (i < old.count && old[i] < new[j]) {
                let d = delta(oldTemplate, -1); changes.append((old[i], d.0, d.1)); i += 1
            } else if i == old.count || new[j] < old[i] {
                let d = delta(newTemplate, 1); changes.append((new[j], d.0, d.1)); j += 1
            } else {
                if oldTemplate != newTemplate {
                    let a = delta(oldTemplate, -1), b = delta(newTemplate, 1)
                    changes.append((new[j], a.0 + b.0, a.1 + b.1))
                }
                i += 1; j += 1
            }
        }
        return changes
    }

    /// `changes` as `doc_freq` rows in SQLite's key order. `changes` is ascending as unsigned hashes (a merge of
    /// two ascending lists); SQLite orders the signed values, in which the hashes with the top bit set come
    /// first: a rotation, not a sort.
    static func rowsInKeyOrder(_ changes: [Change]) -> [(Int64, Int64, Int64)] {
        let firstNegative = changes.firstIndex { $0.hash >= 1 << 63 } ?? changes.count
        var rows: [(Int64, Int64, Int64)] = []
        rows.reserveCapacity(changes.count)
        for (hash, repos, templates) in changes[firstNegative...] { rows.append((sqlInt(hash), repos, templates)) }
        for (hash, repos, templates) in changes[..<firstNegative] { rows.append((sqlInt(hash), repos, templates)) }
        return rows
    }

    /// A repository's distinct shingle set as stored in `repository_shingles.shingles` (little-endian u64s).
    package static func encode(_ hashes: [UInt64]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(hashes.count * 8)
        UnitCodec.appendU64s(&out, hashes)
        return out
    }

    /// The set `encode` stored (a trailing partial value is ignored).
    package static func decode(_ bytes: [UInt8]) -> [UInt64] {
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
}

extension IndexWriter {
    /// Records the repository's new shingle set and returns the `doc_freq` changes from its recorded one, for the
    /// caller to apply (at once, or with its group's commit: see `IndexWriter+GroupCommit.swift`).
    func documentFrequencyChanges(_ build: RepositoryBuild) throws -> [DocumentFrequencyDiff.Change] {
        let old: [UInt64]
        let oldBlob = try db.prepare("SELECT shingles FROM repository_shingles WHERE repo = ?1")
        try oldBlob.bind(int: build.id, at: 1)
        if try oldBlob.step(), !oldBlob.isNull(0) { old = DocumentFrequencyDiff.decode(oldBlob.blob(0)) } else { old = [] }
        oldBlob.reset()
        let new = try liveShingleSet(build)
        try db.run("INSERT OR REPLACE INTO repository_shingles(repo, shingles) VALUES (?1, ?2)",
                   [.int(build.id), .blob(DocumentFrequencyDiff.encode(new))])
        try db.run("UPDATE repositories SET shingles_template = ?1 WHERE id = ?2", [.int(build.template ? 1 : 0), .int(build.id)])
        return DocumentFrequencyDiff.changes(old: old, oldTemplate: build.previousTemplate, new: new, newTemplate: build.template)
    }

    /// Adds `changes` to `doc_freq` and deletes the rows no repository counts any more.
    func applyDocumentFrequency(_ changes: [DocumentFrequencyDiff.Change]) throws {
        try applyDocumentFrequency(rowsInKeyOrder: DocumentFrequencyDiff.rowsInKeyOrder(changes))
    }

    /// Adds rows of (signed hash, Δrepos, Δtemplates), ascending by hash and one per hash, to `doc_freq`, and
    /// deletes the rows no repository counts any more.
    func applyDocumentFrequency(rowsInKeyOrder rows: [(Int64, Int64, Int64)]) throws {
        // 1,024 rows a statement: an upsert may abort, so each statement first saves every page it touches to a
        // statement journal (64 KiB each); the rows are in key order, so a statement 8 times longer touches about
        // as many pages and the journal copies an eighth as much (220 MB over the benchmark corpus at 128).
        try db.insertRows(rows, width: 3, chunk: 1024,
                          "INSERT INTO doc_freq(hash, repos, templates) VALUES ",
                          suffix: " ON CONFLICT(hash) DO UPDATE SET repos = repos + excluded.repos, templates = templates + excluded.templates")
        let prune = try db.prepare("DELETE FROM doc_freq WHERE hash = ?1 AND repos <= 0 AND templates <= 0")
        for (hash, dr, dt) in rows where dr < 0 || dt < 0 {
            prune.reset()
            try prune.bind(int: hash, at: 1)
            try prune.run()
        }
    }

    /// The distinct hashes of the repository's live leaf units, ascending: from memory for files this run wrote,
    /// from their stored units otherwise.
    private func liveShingleSet(_ build: RepositoryBuild) throws -> [UInt64] {
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
        return all
    }
}
