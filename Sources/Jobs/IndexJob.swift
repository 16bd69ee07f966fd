import Foundation
import FrontEnd
import Index
import IndexPostgres
import Report

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
    /// After indexing, remove the repositories that `paths` and `listFile` no longer name (templates only when
    /// `template` is set, the others otherwise).
    public var prune = false
    /// Files larger than this many bytes are skipped.
    public var maxFileBytes = 1 << 20
    /// `--include` / `--exclude`: which files are indexed.
    public var pathFilter = PathFilter.all
    /// Tuning and test hooks of the run (batch size, workers, pauses); `maxFileBytes`, `template` and `wait`
    /// above override theirs.
    public var tuning = IndexOptions()

    /// Options for the index at `database`, everything else at its default.
    public init(database: String) { self.database = database }

    /// The tuning hooks read from the environment: `CLONESCAN_INDEX_BATCH` (files per step),
    /// `CLONESCAN_INDEX_COMMIT_SECONDS` (longest a grouped transaction stays open; 0 commits every step),
    /// `CLONESCAN_INDEX_PAUSE_US` (a test hook widening the window a kill can land in) and
    /// `CLONESCAN_INDEX_STRUCTURE_ONLY=1` (Benchmarks/Index only: what the cross-language channels cost; such an
    /// index finds no ports).
    public static func tuning(environment: [String: String]) -> IndexOptions {
        var options = IndexOptions()
        if let batch = environment["CLONESCAN_INDEX_BATCH"].flatMap(Int.init), batch > 0 { options.batchSize = batch }
        if let pause = environment["CLONESCAN_INDEX_PAUSE_US"].flatMap(UInt32.init) { options.pauseMicrosecondsPerFile = pause }
        if let seconds = environment["CLONESCAN_INDEX_COMMIT_SECONDS"].flatMap(Double.init), seconds >= 0 { options.commit.seconds = seconds }
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
    /// What to index, remove or list, and how.
    public var options: IndexJobOptions

    /// A job with `options`; nothing runs until `run()`, `remove()` or `list()`.
    public init(_ options: IndexJobOptions) { self.options = options }

    /// Indexes `paths` and the repositories of `listFile` (and prunes when asked). A repository path that is
    /// missing, unreadable or without supported source files is a warning and listed in the summary's
    /// `skipped_repositories`; the rest is indexed.
    /// - Parameters:
    ///   - progress: called after each batch is written.
    ///   - warning: one line per skipped problem file or repository, as they are met.
    /// - Throws: `JobError.usage` for an unreadable list file (or pruning to an empty list), `.runtime` when the
    ///   index cannot be written.
    public func run(progress: ((IndexProgress) -> Void)? = nil, warning: ((String) -> Void)? = nil) async throws -> IndexSummary {
        let repositories = try repositoryPaths()
        if options.prune && repositories.isEmpty {
            throw JobError.usage("--prune with an empty repository list would remove every repository; list the repositories to keep")
        }
        return try await writing(
            sqlite: { run in try await run.index(paths: repositories, prune: options.prune, progress: progress, warning: warning) },
            postgres: { run in try await run.index(paths: repositories, prune: options.prune, progress: progress, warning: warning) })
    }

    /// Removes the repositories that `paths` and `listFile` name, each in one transaction. A path the index does not
    /// hold is not an error: it is listed in `not_indexed`.
    /// - Throws: `JobError.usage` for an unreadable list file, `.runtime` when the index cannot be written.
    public func remove() async throws -> IndexRemoval {
        let paths = try repositoryPaths()
        return try await writing(sqlite: { run in try run.remove(paths: paths) }, postgres: { run in try run.remove(paths: paths) })
    }

    /// Every repository of the index with its files, units, last run and that run's warnings.
    /// - Throws: `JobError.runtime` when the index cannot be read.
    public func list() throws -> IndexListing {
        do {
            let index = try JobSteps.openStore(options.database)
            return try index.snapshot { IndexListing(try index.repositories(), warnings: try index.warningsByRepository()) }
        } catch {
            throw JobSteps.indexError(error, database: options.database)
        }
    }

    /// Runs `sqlite` with the SQLite file open for writing (the one writer), or `postgres` with a writer of the
    /// PostgreSQL database a `postgresql://` URL names; index errors as `JobError.runtime` (a malformed URL as
    /// `.usage`).
    private func writing<T>(sqlite: (IndexRun) async throws -> T, postgres: (PostgresIndexRun) async throws -> T) async throws -> T {
        var run = options.tuning
        run.maxFileBytes = options.maxFileBytes
        run.pathFilter = options.pathFilter
        run.template = options.template
        run.wait = options.wait
        if PostgresURL.isURL(options.database) {
            do {
                return try await postgres(PostgresIndexRun(url: options.database, options: run))
            } catch let error as IndexError {
                throw JobError.runtime(terminalSafe(error.description))
            } catch let error as PostgresIndexError {
                throw JobSteps.indexError(error, database: options.database)
            }
        }
        do {
            return try await sqlite(IndexRun(databasePath: options.database, options: run))
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
