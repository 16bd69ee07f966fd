import Foundation
import FrontEnd
import Index

/// What `index` is asked: which repositories to add or refresh in which index, and how.
public struct IndexJobOptions: Sendable {
    /// The index database (created when missing).
    public var database: String
    /// Repository directories to index.
    public var paths: [String] = []
    /// A file listing one repository path per line (blank lines and lines starting with `#` are ignored),
    /// indexed after `paths`.
    public var listFile: String?
    /// Mark the repositories as templates: their code never counts as evidence.
    public var template = false
    /// Wait for another index run on the same database instead of failing.
    public var wait = false
    /// Files larger than this many bytes are skipped.
    public var maxFileBytes = 1 << 20
    /// Tuning and test hooks of the run (batch size, workers, pauses); `maxFileBytes`, `template` and `wait`
    /// above override theirs.
    public var tuning = IndexOptions()

    public init(database: String) { self.database = database }

    /// The tuning hooks read from the environment: `CLONESCAN_INDEX_BATCH` (files per transaction),
    /// `CLONESCAN_INDEX_PAUSE_US` (a test hook widening the window a kill can land in) and
    /// `CLONESCAN_INDEX_STRUCTURE_ONLY=1` (Benchmarks/Index only: what the cross-language channels cost; such an
    /// index finds no ports).
    public static func tuning(environment: [String: String]) -> IndexOptions {
        var options = IndexOptions()
        if let batch = environment["CLONESCAN_INDEX_BATCH"].flatMap(Int.init), batch > 0 { options.batchSize = batch }
        if let pause = environment["CLONESCAN_INDEX_PAUSE_US"].flatMap(UInt32.init) { options.pauseMicrosecondsPerFile = pause }
        if environment["CLONESCAN_INDEX_STRUCTURE_ONLY"] == "1" { options.structureOnly = true }
        return options
    }
}

/// `clonescan index` as a library call: adds or refreshes repositories in an index (incremental, resumable, one
/// writer at a time).
///
/// ```swift
/// var options = IndexJobOptions(database: "corpus.sqlite")
/// options.paths = ["~/src/a", "~/src/b"]
/// let summary = try await IndexJob(options).run()
/// print(summary.files_indexed)
/// ```
public struct IndexJob: Sendable {
    public var options: IndexJobOptions

    public init(_ options: IndexJobOptions) { self.options = options }

    /// Indexes `paths` and the repositories of `listFile`.
    /// - Parameters:
    ///   - progress: called after each batch is written.
    ///   - warning: one line per skipped problem file or repository, as they are met.
    /// - Throws: `JobError.usage` for an unreadable list file, `.runtime` when the index cannot be written.
    public func run(progress: ((IndexProgress) -> Void)? = nil, warning: ((String) -> Void)? = nil) async throws -> IndexSummary {
        let repositories = try repositoryPaths()
        var run = options.tuning
        run.maxFileBytes = options.maxFileBytes
        run.template = options.template
        run.wait = options.wait
        do {
            return try await IndexRun(databasePath: options.database, options: run).index(paths: repositories, progress: progress, warning: warning)
        } catch let error as IndexError {
            throw JobError.runtime(terminalSafe(error.description))
        } catch let error as SQLiteError {
            throw JobError.runtime("\(terminalSafe(options.database)): \(error.description)")
        }
    }

    /// `paths`, then the lines of `listFile`.
    /// - Throws: `JobError.usage` when the list file cannot be read.
    public func repositoryPaths() throws -> [String] {
        var repositories = options.paths
        if let listFile = options.listFile { repositories += try Self.readList(listFile) }
        return repositories
    }

    /// The repository paths of a list file: one per line, blank lines and `#` comments ignored, spaces trimmed.
    static func readList(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw JobError.usage("--from \(terminalSafe(path)): cannot read the repository list; pass a readable file with one path per line")
        }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }
}
