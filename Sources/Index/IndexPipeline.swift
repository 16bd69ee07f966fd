import Analysis
import Foundation
import FrontEnd

/// One run's pipeline over every repository's batches: the concurrency design of `clonescan index`.
///
/// Analysis runs on all cores, ``BatchPlan/concurrentAnalyses`` batches at a time, up to ``BatchPlan/analysisAhead``
/// batches (more while they hold at most ``BatchPlan/analysisAheadBytes`` of source) ahead of the single writer, so
/// neither waits for the other while there is work: the workers never idle behind a slow write or a group's
/// commit, nor the writer behind a slow batch. A repository is begun on the writer when its first batch is
/// planned (the next one is begun one repository ahead); its finish (document frequency, retired rows, LSH rows)
/// is queued after its last write and runs while later batches are analysed. Writer calls run in queue order
/// (`WriterQueue`), so no call sees another's half-done state.
///
/// Not `Sendable`: one `IndexRun.index` call drives it; only Sendable values go into the analysis tasks.
final class IndexPipeline {
    private typealias PendingBuild = PendingWrite<UncheckedBox<IndexWriter.RepositoryBuild>>

    private let repositories: [RepositoryPlan]
    private let batches: BatchPlan
    private let writer: WriterQueue
    /// The writer itself, for planning views taken on analysis tasks (`planningView` is safe from any thread).
    private let views: UncheckedBox<IndexWriter>
    private let extractor: FeatureExtractor
    private let options: IndexOptions
    private let configuration: IndexConfiguration
    private let progress: ((IndexProgress) -> Void)?
    private let warning: ((String) -> Void)?
    private let start: Date
    private let filesTotal: Int
    private let bytesTotal: Int

    /// Repositories begun (or queued to begin) on the writer, by index into `repositories`.
    private var begun: [Int: PendingBuild] = [:]
    /// Analyses started and not yet written, in batch order.
    private var analyses: [Task<Result<[IndexRun.Prepared], Error>, Never>] = []
    /// Finishes queued on the writer, in repository order.
    private var finishing: [PendingWrite<IndexWriter.FinishResult>] = []
    /// Writes of batches of unchanged files, queued without waiting for them (see `queueUnchanged`).
    private var queuedWrites: [PendingWrite<IndexWriter.BatchResult>] = []
    /// Batches whose analysis has been started.
    private var started = 0
    /// Analyses that have ended, counted by the analysis tasks themselves.
    private let analysesFinished = FinishedCount()
    private var filesDone = 0
    /// Warnings met while analysing each repository's files, by index into `repositories`.
    private var warnings: [Int: [String]] = [:]
    private var bytesDone = 0

    init(run: IndexRun, repositories: [RepositoryPlan], start: Date, progress: ((IndexProgress) -> Void)?,
         warning: ((String) -> Void)?) throws {
        self.repositories = repositories
        batches = BatchPlan(repositories: repositories, batchSize: run.options.batchSize)
        writer = run.writerQueue
        views = UncheckedBox(run.writer)
        var extractor = try FeatureExtractor(parameters: run.options.analysis)
        extractor.outlineContainers = true  // stored as outlines anyway (see PreparedFile)
        extractor.signCandidatesOnly = true  // only candidates' signatures are kept, as LSH rows (see PreparedFile)
        self.extractor = extractor
        options = run.options
        configuration = run.writer.configuration
        self.progress = progress
        self.warning = warning
        self.start = start
        filesTotal = repositories.reduce(0) { $0 + $1.files.count }
        bytesTotal = repositories.reduce(0) { $0 + $1.bytes }
    }

    /// Analyses and writes every batch, queuing each repository's finish after its last write.
    /// - Returns: the queued finishes, in repository order.
    /// - Throws: the first failure, once every queued writer call and running analysis has ended (nothing touches
    ///   the database after `IndexRun.index` returns, and the lock is released with the writer).
    func run(into summary: inout IndexSummary) async throws -> [PendingWrite<IndexWriter.FinishResult>] {
        do {
            startAnalyses(upTo: batches.analysisLimit(after: -1))
            for g in batches.indices { try await write(g, into: &summary) }
            return finishing
        } catch {
            await drain()
            throw error
        }
    }

    /// Waits for batch `g`'s analysis, starts the analyses it allows, writes it, and queues its repository's
    /// finish after its last batch (and, before the last batch, a passive checkpoint).
    private func write(_ g: Int, into summary: inout IndexSummary) async throws {
        let k = batches[g].repository, repo = repositories[k]
        let build = try await begin(k).value.value
        if batches.isFirstOfRepository(g) {
            if build.resumed { summary.repositories_resumed += 1 }
            summary.files_seen += repo.files.count
            summary.bytes_seen += repo.bytes
        }
        let waitStart = Date()
        let prepared = try await analyses.removeFirst().value.get()
        summary.seconds_waiting_for_analysis += Date().timeIntervalSince(waitStart)
        startAnalyses(upTo: batches.analysisLimit(after: g))
        let results = IndexRun.results(of: prepared, summary: &summary, warning: warning) { warnings[k, default: []].append($0) }
        let writeStart = Date()
        let written = results.allSatisfy(\.isUnchanged) ? queueUnchanged(results, build: build) : try await writeBatch(results, build: build)
        summary.seconds_writing += Date().timeIntervalSince(writeStart)
        summary.files_indexed += written.parsed
        summary.files_copied += written.copied
        summary.files_unchanged += written.unchanged
        summary.units_written += written.units
        filesDone += batches[g].files.count
        bytesDone += batches[g].files.reduce(0) { $0 + $1.size }
        progress?(IndexProgress(repository: repo.name, filesDone: filesDone, filesTotal: filesTotal, bytesDone: bytesDone,
                                bytesTotal: bytesTotal, elapsed: Date().timeIntervalSince(start)))
        if batches.isLastOfRepository(g) { queueFinish(k, build: build) }
        // Every analysis has started and some still run, up to ``BatchPlan/analysisAheadBytes`` ahead of the writer:
        // a big group's rows are inserted now, on the writer while they run. Left to the end of the run, that was work
        // on one core with the other idle (docs/benchmarks.md, "2026-12-07, evening"). A failure fails the group's
        // commit, which the run waits for.
        let finished = analysesFinished, total = batches.count
        if started == total, finished.value < total {
            _ = writer.enqueue { w in try w.insertGroupRowsAhead() }
        }
        // While the last batch is analysed, the WAL written so far is copied into the database: the final
        // checkpoint, on one core, then copies only the last write and finish. Skipped when the writer gets to it
        // after the last analysis ended: nothing would run beside it, and its syncs would only lengthen the end.
        if g + 2 == total {
            _ = writer.enqueue { w in
                guard finished.value < total else { return }
                try w.commitGroup()
                w.checkpointPassive()
            }
        }
    }

    /// Writes one analysed batch; files whose identical twin vanished before they could be copied are parsed
    /// and written after all.
    private func writeBatch(_ results: [IndexWriter.FileResult], build: IndexWriter.RepositoryBuild) async throws -> IndexWriter.BatchResult {
        let pause = options.pauseMicrosecondsPerFile
        var written = try await writer.run(build) { w, b in try w.writeBatch(b, results, pauseMicrosecondsPerFile: pause) }
        if !written.needParsing.isEmpty {
            let work = written.needParsing.map(IndexRun.Work.parsing)
            let again = await IndexRun.analyze(work, extractor: extractor, options: options, configuration: configuration)
            let retry = again.compactMap { item -> IndexWriter.FileResult? in if case .result(let r) = item { r } else { nil } }
            let more = try await writer.run(build) { w, b in try w.writeBatch(b, retry) }
            written.parsed += more.parsed; written.units += more.units
        }
        return written
    }

    /// Queues the write of a batch whose files are all unchanged, without waiting for it: such a write has nothing to
    /// count back and nothing to retry, and waiting for it took the writer thread and the pipeline one hand-over each
    /// per batch, most of an unchanged corpus' re-index of small repositories (docs/benchmarks.md, "2026-12-07,
    /// late"). Its failure is kept with the build, whose finish (queued after it) then fails with it.
    private func queueUnchanged(_ results: [IndexWriter.FileResult], build: IndexWriter.RepositoryBuild) -> IndexWriter.BatchResult {
        let pause = options.pauseMicrosecondsPerFile, box = UncheckedBox(build)
        queuedWrites.append(writer.enqueue { w in
            do { return try w.writeBatch(box.value, results, pauseMicrosecondsPerFile: pause) } catch {
                box.value.failedWrite = error
                throw error
            }
        })
        var written = IndexWriter.BatchResult()
        written.unchanged = results.count
        return written
    }

    /// Repository `k`'s build, begun on the writer when first asked for.
    private func begin(_ k: Int) -> PendingBuild {
        if let pending = begun[k] { return pending }
        let key = repositories[k].key, name = repositories[k].name, template = options.template
        let pending = writer.enqueue { w in UncheckedBox(try w.beginRepository(path: key, name: name, template: template)) }
        begun[k] = pending
        return pending
    }

    private func startAnalyses(upTo limit: Int) {
        while started < limit {
            startAnalysis(started)
            started += 1
        }
    }

    /// Starts batch `g`'s analysis once the batch ``BatchPlan/concurrentAnalyses`` before it is analysed (each
    /// batch on every core), planned from its repository's committed state; begins that repository, and the next
    /// one, on the writer.
    private func startAnalysis(_ g: Int) {
        let k = batches[g].repository
        let build = begin(k)
        if k + 1 < repositories.count { _ = begin(k + 1) }
        // Batches no longer in `analyses` were taken by the writer, so they are analysed.
        let n = BatchPlan.concurrentAnalyses
        let files = batches[g].files, previous = analyses.count >= n ? analyses[analyses.count - n] : nil
        let views = views, extractor = extractor, options = options, configuration = configuration
        let finished = analysesFinished
        analyses.append(Task {
            defer { finished.add() }
            _ = await previous?.value
            do {
                let view = views.value.planningView(try await build.value.value)
                let work = IndexRun.plan(files, view: view)
                return .success(await IndexRun.analyze(work, extractor: extractor, options: options, configuration: configuration))
            } catch {
                return .failure(error)
            }
        })
    }

    /// Queues repository `k`'s finish behind its last write, with the warnings met on its files.
    private func queueFinish(_ k: Int, build: IndexWriter.RepositoryBuild) {
        let repo = repositories[k], head = GitHead.read(root: repo.path), finishBuild = UncheckedBox(build)
        let name = repo.name, givenPath = repo.path, warnings = repo.warnings + self.warnings[k, default: []], notSource = repo.notSource
        finishing.append(writer.enqueue { w in
            if let failed = finishBuild.value.failedWrite { throw failed }
            return try w.finishRepository(finishBuild.value, name: name, head: head, givenPath: givenPath, warnings: warnings, notSource: notSource)
        })
    }

    /// Waits for every running analysis and queued writer call to end (after a failure).
    private func drain() async {
        for analysis in analyses { _ = await analysis.value }
        for pending in begun.values { _ = try? await pending.value }
        for finish in finishing { _ = try? await finish.value }
        for write in queuedWrites { _ = try? await write.value }
    }
}

/// A count that analysis tasks raise as they end, read by the pipeline without waiting for them.
private final class FinishedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
