import Foundation

/// Group commit: during a run, batches and finishes of many repositories share one transaction.
///
/// Why: each commit of a small repository rewrote the pages its rows touched in the hash-keyed tables (about 58
/// pages of 64 KiB for 57 KB of source), so a corpus of small repositories spent most of its run writing the
/// WAL and checkpointing it (docs/benchmarks.md, "Small repositories"). Batching commits changes no visible
/// state: every commit point of a grouped run was already a commit point before (each step still runs in a
/// savepoint that a failure undoes), readers still see each repository's last finished generation, and a run
/// killed between commits loses only the uncommitted steps, which the next run redoes or resumes.
///
/// The finishes of a group hand their LSH rows and document-frequency changes to the group (``GroupRows``),
/// which inserts them at its commit, in the same transaction, as one sorted run per table. Why: a small
/// repository's few thousand rows land on nearly every leaf page of those hash-keyed tables, and each finish
/// then copied every page it touched into its savepoint's journal (64 KiB each); one sorted run per group
/// touches each page once, and a hash counted by many repositories of the group is written once
/// (docs/benchmarks.md, "Group rows"). Readers see nothing of the group before its commit, so they see each
/// repository with its rows exactly as before.
extension IndexWriter {
    /// When a group is committed: once it holds `bytes` of source, or has been open `seconds` (so a crash loses
    /// little and readers see new repositories soon). Zero for either commits after every step.
    public struct GroupCommitPolicy: Sendable {
        public var bytes = 8 << 20
        public var seconds = 1.0
        public init() {}
    }

    /// The rows the open group's finishes left for its commit.
    struct GroupRows {
        /// `lsh_keys` rows, in finish order.
        var bands: [LSHRows.Row] = []
        /// `doc_freq` changes of every finish: (signed hash, Δrepos << 32 | Δtemplates as UInt32).
        var frequency: [RowSort.Row] = []
        /// `Database.groupSerial` of the transaction they belong to.
        var serial = 0

        var isEmpty: Bool { bands.isEmpty && frequency.isEmpty }
        /// Rows held: the group is committed early once this reaches ``LSHRows/pendingLimit`` (memory).
        var count: Int { bands.count + frequency.count }

        /// One finish's `doc_freq` changes in the packed form of ``frequency``.
        static func packed(_ change: DocumentFrequencyDiff.Change) -> RowSort.Row {
            (sqlInt(change.hash), change.repos << 32 | Int64(UInt32(truncatingIfNeeded: change.templates)))
        }

        /// The summed changes per hash, in SQLite's key order, without hashes whose changes cancel out.
        /// `frequency` is sorted in place.
        mutating func summedFrequency() -> [(Int64, Int64, Int64)] {
            RowSort.sort(&frequency)
            var rows: [(Int64, Int64, Int64)] = []
            rows.reserveCapacity(frequency.count)
            var i = 0
            while i < frequency.count {
                let hash = frequency[i].0
                var repos: Int64 = 0, templates: Int64 = 0
                while i < frequency.count, frequency[i].0 == hash {
                    repos += frequency[i].1 >> 32
                    templates += Int64(Int32(truncatingIfNeeded: frequency[i].1))
                    i += 1
                }
                if repos != 0 || templates != 0 { rows.append((hash, repos, templates)) }
            }
            return rows
        }
    }

    /// Starts grouping this writer's transactions (an index run calls it before its first write).
    public func beginGroupCommits(_ policy: GroupCommitPolicy) {
        db.groupsCommits = true
        groupPolicy = policy
        groupBytes = 0
        groupRows = GroupRows()
    }

    /// Counts `bytes` of source into the open group.
    func noteGroupBytes(_ bytes: Int) { groupBytes += bytes }

    /// Hands a finished repository's LSH rows and document-frequency changes to the open group, after the step
    /// that finished it succeeded. Rows held for a transaction that ended without a commit are dropped.
    func holdForGroup(bands: consuming [LSHRows.Row], frequency: [DocumentFrequencyDiff.Change]) {
        if groupRows.serial != db.groupSerial { groupRows = GroupRows(serial: db.groupSerial) }
        if groupRows.bands.isEmpty { groupRows.bands = bands } else { groupRows.bands.append(contentsOf: bands) }
        // No reserveCapacity per finish: reserving exactly what each one adds would copy the array every time.
        groupRows.frequency.append(contentsOf: frequency.lazy.map(GroupRows.packed))
    }

    /// Commits the group when it holds enough work, has been open long enough, or holds many rows.
    func commitGroupIfDue() throws {
        guard db.groupsCommits, db.inTransaction else { return }
        let open = Double(DispatchTime.now().uptimeNanoseconds &- db.groupBegan) / 1e9
        if groupBytes >= groupPolicy.bytes || open >= groupPolicy.seconds || groupRows.count >= LSHRows.pendingLimit {
            try commitGroup()
        }
    }

    /// Rows a group must hold for ``insertGroupRowsAhead(minimumRows:)`` to insert them.
    static let aheadRows = 100_000

    /// Inserts the rows the open group holds into its transaction, without committing it, when they number at least
    /// `minimumRows`: the index run calls it after each write while its last batches are analysed, so that inserting a
    /// big group's rows overlaps them instead of running on one core at the end. A small group waits for its commit,
    /// and an unchanged corpus' re-index holds none.
    ///
    /// No commit: each commit there rewrote most pages of the hash-keyed tables into the WAL, synced it and was
    /// checkpointed, six or seven times in the last quarter of a run of small repositories, and the writer waiting on
    /// those syncs was what the run's one-core end waited on (docs/benchmarks.md, "2026-12-08").
    /// A failure rolls the group back and fails every later commit of this writer (see ``failingTheGroup(_:)``).
    func insertGroupRowsAhead(minimumRows: Int = aheadRows) throws {
        if let groupFailure { throw groupFailure }
        guard groupRows.serial == db.groupSerial, groupRows.count >= minimumRows else { return }
        try failingTheGroup { try insertGroupRows() }
    }

    /// Commits the group's transaction now, if one is open (before a checkpoint and at the end of a run), with the
    /// rows its finishes held. A failure rolls the group back and fails every later commit of this writer.
    public func commitGroup() throws {
        if let groupFailure { throw groupFailure }
        try failingTheGroup {
            try insertGroupRows()
            try db.commitGroup()
        }
        groupBytes = 0
    }

    /// Runs `body` on the group's rows; when it throws, rolls the group back and keeps the error, which every later
    /// ``commitGroup()`` of this writer throws. Why: the group's rows are no longer held once `body` began inserting
    /// them, so committing the group later would commit its finishes without them; and the index run does not wait
    /// for the calls it queues ahead (the ahead insert, the commit before the passive checkpoint), so their error
    /// must reach the run through the commits that follow.
    private func failingTheGroup(_ body: () throws -> Void) throws {
        do {
            try mapped(path, body)
        } catch {
            groupFailure = error
            if db.inTransaction { try? db.execute("ROLLBACK") }
            throw error
        }
    }

    /// Inserts the rows held for the open group, in its transaction (outside any step: no savepoint journal).
    /// A failure leaves the transaction to be rolled back by whoever sees the error (a run ends with it).
    func insertGroupRows() throws {
        var rows = groupRows
        groupRows = GroupRows()
        guard !rows.isEmpty, db.inTransaction, rows.serial == db.groupSerial else { return }
        try lshRows.insert(rows.bands)
        try applyDocumentFrequency(rowsInKeyOrder: rows.summedFrequency())
    }
}
