import Foundation
import FrontEnd

/// Runs an index: discovers each repository, analyses changed files on all cores in batches, and writes
/// each batch in one transaction through the single `IndexWriter`.
///
/// The steps: `discover` (RepositoryPlan.swift), the pipeline of analysis and writes (`IndexPipeline`, over a
/// `BatchPlan`), collecting the repositories' finishes, and closing the run (checkpoint, totals).
public final class IndexRun {
    public let writer: IndexWriter
    public let options: IndexOptions
    /// The writer's own thread (see `WriterQueue`).
    let writerQueue: WriterQueue

    /// Opens the index for writing (creating it when missing).
    public init(databasePath: String, options: IndexOptions) throws {
        self.options = options
        writer = try IndexWriter(path: databasePath, configuration: .standard(analysis: options.recordedAnalysis), wait: options.wait)
        writerQueue = WriterQueue(writer)
    }

    /// Indexes `paths` (each a repository). A path that is missing, not a directory, unreadable or without supported
    /// source files is skipped (listed in `skipped_repositories`; a repository the index already holds keeps its last
    /// state and the warning); the rest is indexed.
    /// - Parameters:
    ///   - prune: afterwards remove the repositories (of this run's kind, template or not) that `paths` does not name.
    ///   - warning: one line per skipped problem file or repository.
    public func index(paths: [String], prune: Bool = false, progress: ((IndexProgress) -> Void)? = nil,
                      warning: ((String) -> Void)? = nil) async throws -> IndexSummary {
        let start = Date()
        let commitsBefore = writer.db.commits
        var summary = IndexSummary(database: writer.path)
        let (repositories, skipped) = try discover(paths, summary: &summary, warning: warning)
        try recordSkipped(skipped)
        writer.beginGroupCommits(options.commit)  // before the first queued write (see IndexWriter+GroupCommit.swift)
        let pipeline = try IndexPipeline(run: self, repositories: repositories, start: start, progress: progress, warning: warning)
        let finishing = try await pipeline.run(into: &summary)
        try await collect(finishing, into: &summary)
        if prune { summary.repositories_removed = try self.prune(keeping: paths) }
        try close(&summary, start: start)
        summary.transactions_committed = writer.db.commits - commitsBefore
        return summary
    }

    /// Keeps the reason a known repository was skipped with it (its indexed state stays as it was).
    private func recordSkipped(_ skipped: [SkippedRepository]) throws {
        for skip in skipped {
            guard let stored = try writer.storedRepository(named: skip.path, realPath: skip.realPath) else { continue }
            try writer.recordWarnings(repository: stored.id, ["\(terminalSafe(skip.path)): \(skip.reason); the last indexed state is kept"])
        }
    }

    /// Waits for every repository's finish (queued behind the writes) and counts what they did.
    private func collect(_ finishing: [PendingWrite<IndexWriter.FinishResult>], into summary: inout IndexSummary) async throws {
        let finishStart = Date()
        for finish in finishing {
            let finished = try await finish.value
            summary.files_removed += finished.removedFiles
            if finished.changed { summary.repositories_changed += 1 }
            summary.repositories += 1
        }
        summary.seconds_writing += Date().timeIntervalSince(finishStart)
    }

    /// Checkpoints the WAL into the database and fills in the index's totals.
    private func close(_ summary: inout IndexSummary, start: Date) throws {
        try writer.commitGroup()
        writer.checkpoint()
        summary.units_total = try writer.reader().repositories().reduce(0) { $0 + $1.unitCount }
        summary.db_bytes = writer.fileSize()
        summary.seconds = Date().timeIntervalSince(start)
    }
}
