import Foundation

/// Writes one run's sketch records into gzip-compressed JSON-lines shards (`units-<run>-<n>.jsonl.gz`), a new
/// shard every `unitsPerShard` records. Each shard appears whole or not at all (`GzipFile`), and the run id in its
/// name keeps runs on different machines from ever writing the same file.
public final class SketchShards {
    public let directory: String
    public let runID: String
    public let unitsPerShard: Int
    /// Names of the shards committed so far.
    public private(set) var committed: [String] = []
    /// Compressed bytes of the committed shards.
    public private(set) var bytesWritten = 0
    private var current: GzipFile?
    private var inCurrent = 0
    private let encoder: JSONEncoder

    /// Shard file names start with this and end with `shardSuffix`; nothing else in a sketch directory does.
    public static let shardPrefix = "units-"
    public static let shardSuffix = ".jsonl.gz"

    public init(directory: String, runID: String, unitsPerShard: Int) {
        self.directory = directory
        self.runID = runID
        self.unitsPerShard = max(1, unitsPerShard)
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Appends one record (one line), starting a new shard when the current one is full.
    /// - Throws: `OutputError.failed` when a shard cannot be written.
    public func append(_ record: SketchRecord) throws {
        if current == nil || inCurrent >= unitsPerShard {
            try commitCurrent()
            let name = String(format: "%@%@-%05d%@", Self.shardPrefix, runID, committed.count, Self.shardSuffix)
            current = try GzipFile(path: directory + "/" + name)
        }
        var line = [UInt8](try encoder.encode(record))
        line.append(0x0A)
        try current?.write(line)
        inCurrent += 1
    }

    /// Commits the last shard. Records appended but never finished (an error, a kill) leave no shard behind.
    /// - Throws: `OutputError.failed`.
    public func finish() throws { try commitCurrent() }

    private func commitCurrent() throws {
        guard let shard = current else { return }
        current = nil
        inCurrent = 0
        try shard.commit()
        bytesWritten += shard.bytesOut
        committed.append((shard.path as NSString).lastPathComponent)
    }
}
