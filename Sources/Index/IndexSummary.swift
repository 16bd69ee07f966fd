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
    /// Paths that held no supported source file (not indexed).
    public var empty_repositories: [String] = []
}
