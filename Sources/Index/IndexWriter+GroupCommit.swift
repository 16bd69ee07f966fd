import Foundation

/// Group commit: during a run, batches and finishes of many repositories share one transaction.
///
/// Why: each commit of a small repository rewrote the pages its rows touched in the hash-keyed tables (about 58
/// pages of 64 KiB for 57 KB of source), so a corpus of small repositories spent most of its run writing the
/// WAL and checkpointing it (docs/benchmarks.md, "Small repositories"). Batching commits changes no visible
/// state: every commit point of a grouped run was already a commit point before (each step still runs in a
/// savepoint that a failure undoes), readers still see each repository's last finished generation, and a run
/// killed between commits loses only the uncommitted steps, which the next run redoes or resumes.
extension IndexWriter {
    /// When a group is committed: once it holds `bytes` of source, or has been open `seconds` (so a crash loses
    /// little and readers see new repositories soon). Zero for either commits after every step.
    public struct GroupCommitPolicy: Sendable {
        public var bytes = 8 << 20
        public var seconds = 1.0
        public init() {}
    }

    /// Starts grouping this writer's transactions (an index run calls it before its first write).
    public func beginGroupCommits(_ policy: GroupCommitPolicy) {
        db.groupsCommits = true
        groupPolicy = policy
        groupBytes = 0
    }

    /// Counts `bytes` of source into the open group.
    func noteGroupBytes(_ bytes: Int) { groupBytes += bytes }

    /// Commits the group when it holds enough work or has been open long enough.
    func commitGroupIfDue() throws {
        guard db.groupsCommits, db.inTransaction else { return }
        let open = Double(DispatchTime.now().uptimeNanoseconds &- db.groupBegan) / 1e9
        if groupBytes >= groupPolicy.bytes || open >= groupPolicy.seconds { try commitGroup() }
    }

    /// Commits the group's transaction now, if one is open (before a checkpoint and at the end of a run).
    public func commitGroup() throws {
        try mapped(path) { try db.commitGroup() }
        groupBytes = 0
    }
}
