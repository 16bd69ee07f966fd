/// What a run did (the `--format json` summary; keys are stable).
public struct IndexSummary: Codable, Sendable {
    public var schema = 1
    public var database: String
    public var repositories = 0
    public var repositories_changed = 0
    public var repositories_resumed = 0
    public var files_seen = 0
    /// Parsed now.
    public var files_indexed = 0
    /// Identical to a file already indexed elsewhere: units copied without parsing.
    public var files_copied = 0
    public var files_unchanged = 0
    public var files_removed = 0
    public var files_skipped = 0
    public var skipped_by_reason: [String: Int] = [:]
    public var units_written = 0
    public var units_total = 0
    public var bytes_seen = 0
    public var db_bytes = 0
    public var seconds = 0.0
    /// Of `seconds`: waiting for analysis (read, parse, features) that writing did not hide, and writing transactions.
    public var seconds_waiting_for_analysis = 0.0
    public var seconds_writing = 0.0
    /// Write transactions committed (batches and finishes of many repositories share one: group commit).
    public var transactions_committed = 0
    /// Paths that held no supported source file (not indexed; also in `skipped_repositories`).
    public var empty_repositories: [String] = []
    /// Paths skipped entirely, as given: missing, not a directory, unreadable, or without supported source files.
    /// The rest was indexed; `clonescan index` exits 4 when this is not empty.
    public var skipped_repositories: [String] = []
    /// Repositories dropped by `--prune` (no longer listed), by the path they were given as.
    public var repositories_removed: [String] = []

    /// An empty summary for the index at `database`.
    public init(database: String) { self.database = database }
}

/// What `clonescan index --remove` did (the `--format json` output; keys are stable).
public struct IndexRemoval: Codable, Sendable {
    /// Version of this JSON shape.
    public var schema_version = 1
    /// The index the repositories were removed from.
    public var database: String
    /// The repositories removed, by the path they were given as.
    public var removed: [String] = []
    /// Paths named for removal that the index does not hold (each a warning).
    public var not_indexed: [String] = []

    /// An empty record for the index at `database`.
    public init(database: String) { self.database = database }
}
