import Analysis
import Foundation
import FrontEnd
#if canImport(Glibc)
import Glibc
#endif

/// Options of an index run.
public struct IndexOptions: Sendable {
    /// Files analysed and written per transaction.
    public var batchSize = 256
    /// Files larger than this are skipped.
    public var maxFileBytes = 1 << 20
    /// Mark the repositories as templates (their code never counts as evidence).
    public var template = false
    /// Wait for another writer instead of failing.
    public var wait = false
    /// Parsing workers.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Test hook: sleep this long per file inside each write transaction (widens the window a kill can land in).
    public var pauseMicrosecondsPerFile: UInt32 = 0
    public var analysis = AnalysisParameters()
    /// Index the structure channel only, without the cross-language channels: for measuring what those
    /// cost (`Benchmarks/Index`). Such an index records a feature version of its own, so it never mixes
    /// with a normal one.
    public var structureOnly = false
    public init() {}

    /// The parameters recorded in the index.
    var recordedAnalysis: AnalysisParameters {
        var p = analysis
        if structureOnly { p.featureVersion = -p.featureVersion }
        return p
    }
}

/// Where a run is, for progress displays.
public struct IndexProgress: Sendable {
    public var repository: String
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var elapsed: Double
}

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

/// Runs an index: discovers each repository, analyses changed files on all cores in batches, and writes
/// each batch in one transaction through the single `IndexWriter`.
public final class IndexRun {
    public let writer: IndexWriter
    public let options: IndexOptions

    /// Opens the index for writing (creating it when missing).
    public init(databasePath: String, options: IndexOptions) throws {
        self.options = options
        writer = try IndexWriter(path: databasePath, configuration: .standard(analysis: options.recordedAnalysis), wait: options.wait)
    }

    /// Indexes `paths` (each a repository). `warning` gets one line per skipped problem file or empty repository.
    public func index(paths: [String], progress: ((IndexProgress) -> Void)? = nil,
                      warning: ((String) -> Void)? = nil) async throws -> IndexSummary {
        let start = Date()
        var summary = IndexSummary(database: writer.path)
        var discovery = DiscoveryOptions()
        discovery.maxFileBytes = options.maxFileBytes

        // Discover everything first: totals for the ETA, and a missing path fails before anything is written.
        var repos: [(path: String, key: [UInt8], name: String, files: [SourceCandidate])] = []
        var listed = Set<String>()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw IndexError.missingRepository(path) }
            guard isDir.boolValue else { throw IndexError.notARepository(path) }
            let found: Discovery
            do { found = try FileDiscovery(options: discovery).discover(root: path) } catch {
                throw IndexError.missingRepository(path)
            }
            let real = Self.realPath(path)
            // The same repository twice (by real path) is indexed once: its builds would overlap in the pipeline.
            guard listed.insert(real).inserted else { continue }
            for skip in found.skipped { Self.count(skip, into: &summary, warning: warning) }
            let name = (real as NSString).lastPathComponent
            if found.files.isEmpty {
                summary.empty_repositories.append(path)
                warning?("\(terminalSafe(path)): no supported source files; repository not indexed")
                continue
            }
            repos.append((path, Array(real.utf8), name.isEmpty ? real : name, found.files))
        }
        // Largest repository first (ties in the order given): the run ends with the smallest one's finish, which
        // nothing overlaps, while the big ones' finishes (their LSH rows, document frequency) run beside analysis.
        let sizes = repos.map { $0.files.reduce(0) { $0 + $1.size } }
        let bySize = repos.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        repos = bySize.map { repos[$0] }
        let repoBytes = bySize.map { sizes[$0] }  // in `repos` order
        let filesTotal = repos.reduce(0) { $0 + $1.files.count }
        let bytesTotal = repoBytes.reduce(0, +)
        var filesDone = 0, bytesDone = 0
        let extractor = try {
            var e = try FeatureExtractor(parameters: options.analysis)
            e.outlineContainers = true  // stored as outlines anyway (see PreparedFile)
            return e
        }()
        let opts = options
        let configuration = writer.configuration

        // One pipeline over every repository's batches. Analysis runs batch after batch on all cores, up to
        // `analysisAhead` batches ahead of the single writer, so neither waits for the other while there is work:
        // the workers never idle behind a slow write, nor the writer behind a slow batch. A repository is begun
        // on the writer when its first batch is planned (the next one is begun one repository ahead), its finish
        // (document frequency, retired rows) is queued after its last write and runs while later batches are
        // analysed. Writer calls run in queue order, so no call sees another's half-done state.
        let batchSize = max(1, options.batchSize)
        var batches: [(repo: Int, files: [SourceCandidate])] = repos.indices.flatMap { k in
            stride(from: 0, to: repos[k].files.count, by: batchSize).map { (k, Array(repos[k].files[$0..<min(repos[k].files.count, $0 + batchSize)])) }
        }
        // The run ends on one core: the last batch's write and its repository's finish have nothing to overlap
        // with. So the last batch is analysed and written in quarters: the last write is a quarter as long. (Its
        // LSH rows still wait for the finish: inserted with each quarter, random keys rewrote most pages of the
        // LSH table four times, more writing than the finish saved.)
        var tailStart = batches.count
        if let last = batches.popLast() {
            tailStart = batches.count
            let quarter = max(1, (last.files.count + Self.tailBatches - 1) / Self.tailBatches)
            for start in stride(from: 0, to: last.files.count, by: quarter) {
                batches.append((last.repo, Array(last.files[start..<min(last.files.count, start + quarter)])))
            }
        }
        // Batches whose analysis may start once batch `g` has been analysed: `analysisAhead` more, or, once the
        // first quarter of the last batch may, all of them (together one batch's worth of memory; counted one
        // by one they held the workers back behind the writer's last finishes).
        func analysisLimit(after g: Int) -> Int {
            let limit = g + 1 + Self.analysisAhead
            return limit > tailStart ? batches.count : min(batches.count, limit)
        }
        var begun: [Int: PendingWrite<UncheckedBox<IndexWriter.RepositoryBuild>>] = [:]
        func begin(_ k: Int) -> PendingWrite<UncheckedBox<IndexWriter.RepositoryBuild>> {
            if let pending = begun[k] { return pending }
            let repo = repos[k], template = options.template
            let pending = enqueueOnWriter { w in UncheckedBox(try w.beginRepository(path: repo.key, name: repo.name, template: template)) }
            begun[k] = pending
            return pending
        }
        let writerBox = UncheckedBox(writer)
        var analyses: [Task<Result<[Prepared], Error>, Never>] = []
        func startAnalysis(_ g: Int) {
            let k = batches[g].repo
            let build = begin(k)
            if k + 1 < repos.count { _ = begin(k + 1) }
            let files = batches[g].files, previous = analyses.last
            analyses.append(Task {
                _ = await previous?.value  // one batch at a time, on every core
                do {
                    let view = writerBox.value.planningView(try await build.value.value)
                    let work = Self.plan(files, view: view)
                    return .success(await Self.analyze(work, extractor: extractor, options: opts, configuration: configuration))
                } catch {
                    return .failure(error)
                }
            })
        }
        var finishing: [PendingWrite<IndexWriter.FinishResult>] = []
        var started = 0
        do {
            while started < analysisLimit(after: -1) { startAnalysis(started); started += 1 }
            for g in batches.indices {
                let k = batches[g].repo, repo = repos[k]
                let build = try await begin(k).value.value
                if g == 0 || batches[g - 1].repo != k {
                    if build.resumed { summary.repositories_resumed += 1 }
                    summary.files_seen += repo.files.count
                    summary.bytes_seen += repoBytes[k]
                }
                let waitStart = Date()
                let prepared = try await analyses.removeFirst().value.get()
                summary.seconds_waiting_for_analysis += Date().timeIntervalSince(waitStart)
                while started < analysisLimit(after: g) { startAnalysis(started); started += 1 }
                var results: [IndexWriter.FileResult] = []
                for item in prepared {
                    switch item {
                    case .result(let r): results.append(r)
                    case .skipped(let skip): Self.count(skip, into: &summary, warning: warning)
                    }
                }
                let writeStart = Date()
                let pause = options.pauseMicrosecondsPerFile
                var written = try await onWriter { w, b in try w.writeBatch(b, results, pauseMicrosecondsPerFile: pause) }(build)
                if !written.needParsing.isEmpty {
                    // Their identical twins were removed meanwhile: parse them after all.
                    let work = written.needParsing.map { Work(candidate: $0, mtimeNs: Self.mtime($0.absolutePath), expected: nil, known: []) }
                    let again = await Self.analyze(work, extractor: extractor, options: opts, configuration: configuration)
                    let retry = again.compactMap { item -> IndexWriter.FileResult? in if case .result(let r) = item { r } else { nil } }
                    let more = try await onWriter { w, b in try w.writeBatch(b, retry) }(build)
                    written.parsed += more.parsed; written.units += more.units
                }
                summary.seconds_writing += Date().timeIntervalSince(writeStart)
                summary.files_indexed += written.parsed
                summary.files_copied += written.copied
                summary.files_unchanged += written.unchanged
                summary.units_written += written.units
                filesDone += batches[g].files.count
                bytesDone += batches[g].files.reduce(0) { $0 + $1.size }
                progress?(IndexProgress(repository: repo.name, filesDone: filesDone, filesTotal: filesTotal, bytesDone: bytesDone,
                                        bytesTotal: bytesTotal, elapsed: Date().timeIntervalSince(start)))
                if g + 1 == batches.count || batches[g + 1].repo != k {
                    let name = repo.name, head = GitHead.read(root: repo.path), finishBuild = UncheckedBox(build)
                    finishing.append(enqueueOnWriter { w in try w.finishRepository(finishBuild.value, name: name, head: head) })
                }
                // While the last batch is analysed, the WAL written so far is copied into the database: the final
                // checkpoint, on one core, then copies only the last write and finish.
                if g + 2 == batches.count { _ = enqueueOnWriter { w in w.checkpointPassive() } }
            }
        } catch {
            // Queued writer calls and running analyses end before the error is reported: nothing touches the
            // database once `index` has returned, and the lock is released with the writer.
            for analysis in analyses { _ = await analysis.value }
            for pending in begun.values { _ = try? await pending.value }
            for finish in finishing { _ = try? await finish.value }
            throw error
        }
        let finishStart = Date()
        for finish in finishing {
            let finished = try await finish.value
            summary.files_removed += finished.removedFiles
            if finished.changed { summary.repositories_changed += 1 }
            summary.repositories += 1
        }
        summary.seconds_writing += Date().timeIntervalSince(finishStart)
        writer.checkpoint()
        summary.units_total = try writer.reader().repositories().reduce(0) { $0 + $1.unitCount }
        summary.db_bytes = writer.fileSize()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// The writer's own thread: SQLite work never blocks the cooperative pool, so parsing the next batch
    /// uses every core while a batch is written. Calls are strictly sequential (each is awaited), so the
    /// non-Sendable writer and build are only ever touched by one thread at a time.
    private let writeQueue = DispatchQueue(label: "clonescan.index.writer", qos: .userInitiated)

    /// Queues `body` on the writer at once (calls run in the order they were queued) and returns its
    /// pending result, for work the caller overlaps with analysis.
    private func enqueueOnWriter<T: Sendable>(_ body: @escaping (IndexWriter) throws -> T) -> PendingWrite<T> {
        let pending = PendingWrite<T>()
        let writer = UncheckedBox(writer), work = UncheckedBox(body)
        writeQueue.async { pending.fulfil(Result { try work.value(writer.value) }) }
        return pending
    }

    private func onWriter<T: Sendable>(_ body: @escaping (IndexWriter, IndexWriter.RepositoryBuild) throws -> T)
        -> (IndexWriter.RepositoryBuild) async throws -> T {
        let queue = writeQueue
        let writer = UncheckedBox(writer)
        let work = UncheckedBox(body)
        return { build in
            let b = UncheckedBox(build)
            return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
                queue.async { continuation.resume(with: Result { try work.value(writer.value, b.value) }) }
            }
        }
    }

    static func count(_ skip: Skip, into summary: inout IndexSummary, warning: ((String) -> Void)?) {
        summary.files_skipped += 1
        summary.skipped_by_reason[skip.reason.rawValue, default: 0] += 1
        if skip.reason.isProblem { warning?("warning: \(terminalSafe(skip.path)): \(skip.reason.rawValue): \(terminalSafe(skip.detail))") }
    }

    /// One file to look at: its mtime, the hash it had at the same path, and the hashes known elsewhere.
    struct Work: Sendable {
        var candidate: SourceCandidate
        var mtimeNs: Int64
        var expected: UInt64?
        var known: Set<UInt64>
    }

    enum Prepared: Sendable {
        case result(IndexWriter.FileResult)
        case skipped(Skip)
    }

    /// The run's last batch is analysed and written as this many smaller ones (see `index`).
    static let tailBatches = 4

    /// Batches analysed ahead of the writer at most (each holds its prepared files in memory until written).
    static let analysisAhead = 2

    /// Splits a batch into files unchanged by size and mtime (not even read) and files to read.
    private static func plan(_ batch: [SourceCandidate], view: IndexWriter.PlanningView) -> [Work] {
        batch.map { candidate in
            let mtime = Self.mtime(candidate.absolutePath)
            if view.isUnchanged(path: candidate.relativePath, size: candidate.size, mtimeNs: mtime) {
                return Work(candidate: candidate, mtimeNs: mtime, expected: nil, known: [])  // marker: see analyze
            }
            return Work(candidate: candidate, mtimeNs: mtime, expected: view.expectedHash(path: candidate.relativePath) ?? 0,
                        known: view.knownHashes)
        }
    }

    /// Reads, hashes and (when new) parses and prepares the files of a batch on all cores, preserving order.
    static func analyze(_ work: [Work], extractor: FeatureExtractor, options: IndexOptions,
                        configuration: IndexConfiguration) async -> [Prepared] {
        var frontEnd = FrontEndOptions()
        frontEnd.maxFileBytes = options.maxFileBytes
        frontEnd.workers = options.workers
        frontEnd.crossLanguageChannels = !options.structureOnly
        frontEnd.displayChannels = false
        let maxBytes = options.maxFileBytes
        // Largest files first: the batch then ends on small files on every core, instead of one core finishing a
        // big file while the others wait for the next batch (the batches are analysed one after another).
        let largestFirst = work.indices.sorted { work[$0].candidate.size != work[$1].candidate.size ? work[$0].candidate.size > work[$1].candidate.size : $0 < $1 }
        return await SourceParser.map(work, workers: options.workers, options: frontEnd, order: largestFirst) { parser, item -> Prepared in
            guard let expected = item.expected else {
                return .result(.unchanged(pathBytes: item.candidate.relativePath, mtimeNs: nil))
            }
            let known = item.known
            let outcome = RepositoryAnalyzer.analyzeOne(item.candidate, parser: parser, extractor: extractor, maxBytes: maxBytes,
                                                        known: { $0 == expected || known.contains($0) })
            switch outcome {
            case .skipped(let skip): return .skipped(skip)
            case .features(let f):
                return .result(.parsed(PreparedFile(f, configuration: configuration), pathBytes: item.candidate.relativePath, mtimeNs: item.mtimeNs))
            case .unchanged(let hash):
                if hash == expected { return .result(.unchanged(pathBytes: item.candidate.relativePath, mtimeNs: item.mtimeNs)) }
                return .result(.known(contentHash: hash, candidate: item.candidate, mtimeNs: item.mtimeNs))
            }
        }
    }

    static func mtime(_ path: [UInt8]) -> Int64 {
        var st = stat()
        let ok = FileDiscovery.withCPath(path) { stat($0, &st) == 0 }
        guard ok else { return 0 }
        return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// The result of a call queued on the writer, awaited later by any number of waiters.
final class PendingWrite<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, Error>?
    private var waiters: [CheckedContinuation<T, Error>] = []

    func fulfil(_ outcome: Result<T, Error>) {
        lock.lock()
        result = outcome
        let waiting = waiters
        waiters = []
        lock.unlock()
        for waiter in waiting { waiter.resume(with: outcome) }
    }

    var value: T {
        get async throws {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
                lock.lock()
                if let result {
                    lock.unlock()
                    continuation.resume(with: result)
                } else {
                    waiters.append(continuation)
                    lock.unlock()
                }
            }
        }
    }
}

/// Hands a non-Sendable value to the writer queue; see `IndexRun.onWriter` for why that is safe.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
