import Analysis
import Foundation
import FrontEnd
import Index

/// `clonescan index --db postgresql://...`: discovers each repository, analyses its changed files on all cores in
/// batches and writes each batch in one transaction, like `IndexRun` for an SQLite file, with the same discovery,
/// change detection and analysis (`IndexRun.discover`, `.plan`, `.analyze`) and the same summary.
///
/// Repositories are written one after another, each under its advisory lock (other runs write other repositories
/// meanwhile); inside a repository, batch g + 1 is analysed while batch g is written. Writer calls run on one
/// serial queue, so a blocking round trip to the server never occupies a thread of the cooperative pool.
public final class PostgresIndexRun {
    public let writer: PostgresIndexWriter
    public let options: IndexOptions
    private let queue = DispatchQueue(label: "clonescan.index.postgres.writer")

    /// Connects to the index at `url` for writing (creating its schema when missing).
    public init(url: String, options: IndexOptions) throws {
        self.options = options
        writer = try PostgresIndexWriter(url: url, configuration: .standard(analysis: options.recordedAnalysis), wait: options.wait)
    }

    /// Runs `body` with the writer on the writer's queue.
    private func write<T: Sendable>(_ body: @escaping @Sendable (PostgresIndexWriter) throws -> T) async throws -> T {
        let writer = writer
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result(catching: { try body(writer) })) }
        }
    }

    /// Indexes `paths` (each a repository), as `IndexRun.index` does.
    public func index(paths: [String], prune: Bool = false, progress: ((IndexProgress) -> Void)? = nil,
                      warning: ((String) -> Void)? = nil) async throws -> IndexSummary {
        let start = Date()
        var summary = IndexSummary(database: writer.path)
        let (repositories, skipped) = IndexRun.discover(paths, options: options, notSource: try writer.notSourceFiles(),
                                                        summary: &summary, warning: warning)
        for skip in skipped {
            guard let stored = try writer.storedRepository(named: skip.path, realPath: skip.realPath) else { continue }
            try writer.recordWarnings(repository: stored.id, ["\(terminalSafe(skip.path)): \(skip.reason); the last indexed state is kept"])
        }
        var extractor = try FeatureExtractor(parameters: options.analysis)
        extractor.outlineContainers = true  // stored as outlines anyway (see PreparedFile)
        extractor.signCandidatesOnly = true  // only candidates' signatures are kept, as LSH rows (see PreparedFile)
        var totals = Totals(files: repositories.reduce(0) { $0 + $1.files.count }, bytes: repositories.reduce(0) { $0 + $1.bytes })
        for repo in repositories {
            try await index(repo, extractor: extractor, totals: &totals, summary: &summary, start: start, progress: progress, warning: warning)
        }
        if prune { summary.repositories_removed = try self.prune(keeping: paths) }
        summary.units_total = try writer.reader().repositories().reduce(0) { $0 + $1.unitCount }
        summary.db_bytes = try writer.reader().databaseSize()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Files and bytes of the run, and done so far (for progress).
    private struct Totals {
        var files: Int, bytes: Int, filesDone = 0, bytesDone = 0
    }

    /// One repository: lock, begin (or resume), batches, finish, unlock.
    private func index(_ repo: RepositoryPlan, extractor: FeatureExtractor, totals: inout Totals, summary: inout IndexSummary,
                       start: Date, progress: ((IndexProgress) -> Void)?, warning: ((String) -> Void)?) async throws {
        let key = repo.key, name = repo.name, template = options.template
        try await write { w in try w.lockRepository(key) }
        do {
            let build = try await write { w in try w.beginRepository(key: key, name: name, template: template) }
            if build.resumed { summary.repositories_resumed += 1 }
            summary.files_seen += repo.files.count
            summary.bytes_seen += repo.bytes
            let batches = stride(from: 0, to: repo.files.count, by: max(1, options.batchSize)).map {
                Array(repo.files[$0..<min(repo.files.count, $0 + max(1, options.batchSize))])
            }
            var warnings: [String] = []
            var next: Task<[IndexRun.Prepared], Never>? = batches.first.map { analysis($0, build: build, extractor: extractor) }
            for (g, batch) in batches.enumerated() {
                let waitStart = Date()
                let prepared = await next?.value ?? []
                summary.seconds_waiting_for_analysis += Date().timeIntervalSince(waitStart)
                next = g + 1 < batches.count ? analysis(batches[g + 1], build: build, extractor: extractor) : nil
                let results = IndexRun.results(of: prepared, summary: &summary, warning: warning) { warnings.append($0) }
                let writeStart = Date()
                let written = try await writeBatch(results, build: build, extractor: extractor)
                summary.seconds_writing += Date().timeIntervalSince(writeStart)
                summary.files_indexed += written.parsed
                summary.files_copied += written.copied
                summary.files_unchanged += written.unchanged
                summary.units_written += written.units
                totals.filesDone += batch.count
                totals.bytesDone += batch.reduce(0) { $0 + $1.size }
                progress?(IndexProgress.of(repository: repo.name, filesDone: totals.filesDone, filesTotal: totals.files,
                                        bytesDone: totals.bytesDone, bytesTotal: totals.bytes, elapsed: Date().timeIntervalSince(start)))
            }
            let head = GitHead.read(root: repo.path), givenPath = repo.path, all = repo.warnings + warnings, notSource = repo.notSource
            let finishStart = Date()
            let finished = try await write { w in
                try w.finishRepository(build, name: name, head: head, givenPath: givenPath, warnings: all, notSource: notSource)
            }
            summary.seconds_writing += Date().timeIntervalSince(finishStart)
            summary.files_removed += finished.removedFiles
            if finished.changed { summary.repositories_changed += 1 }
            summary.repositories += 1
        } catch {
            _ = try? await write { w in w.unlockRepository(key) }
            throw error
        }
        _ = try? await write { w in w.unlockRepository(key) }
    }

    /// Starts a batch's analysis on all cores, planned from its repository's committed state.
    private func analysis(_ files: [SourceCandidate], build: PostgresBuild, extractor: FeatureExtractor) -> Task<[IndexRun.Prepared], Never> {
        let view = writer.planningView(build), options = options, configuration = writer.configuration
        return Task {
            await IndexRun.analyze(IndexRun.plan(files, view: view), extractor: extractor, options: options, configuration: configuration)
        }
    }

    /// Writes one analysed batch; files whose identical twin vanished before they could be copied are parsed and
    /// written after all.
    private func writeBatch(_ results: [IndexWriter.FileResult], build: PostgresBuild,
                            extractor: FeatureExtractor) async throws -> IndexWriter.BatchResult {
        let pause = options.pauseMicrosecondsPerFile
        var written = try await write { w in try w.writeBatch(build, results, pauseMicrosecondsPerFile: pause) }
        if !written.needParsing.isEmpty {
            let work = written.needParsing.map(IndexRun.Work.parsing)
            let again = await IndexRun.analyze(work, extractor: extractor, options: options, configuration: writer.configuration)
            let retry = again.compactMap { item -> IndexWriter.FileResult? in if case .result(let r) = item { r } else { nil } }
            let more = try await write { w in try w.writeBatch(build, retry) }
            written.parsed += more.parsed
            written.units += more.units
        }
        return written
    }

    /// Removes the repositories that `paths` name (by real path, or as they were given), each in one transaction.
    public func remove(paths: [String]) throws -> IndexRemoval {
        var removal = IndexRemoval(database: writer.path)
        for path in paths {
            guard let stored = try writer.storedRepository(named: path, realPath: IndexRun.realPath(path)) else {
                removal.not_indexed.append(path)
                continue
            }
            try writer.removeRepository(stored)
            removal.removed.append(stored.givenPath)
        }
        return removal
    }

    /// Removes every repository of this run's kind that `listed` does not name, each in one transaction.
    private func prune(keeping listed: [String]) throws -> [String] {
        let keys = Set(listed.map { Array(IndexRun.realPath($0).utf8) } + listed.map { Array($0.utf8) })
        let given = Set(listed)
        var removed: [String] = []
        for stored in try writer.storedRepositories() where stored.isTemplate == options.template {
            if keys.contains(stored.key) || given.contains(stored.givenPath) { continue }
            try writer.removeRepository(stored)
            removed.append(stored.givenPath)
        }
        return removed
    }
}
