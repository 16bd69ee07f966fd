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
    public init() {}
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
public final class Indexer {
    public let writer: IndexWriter
    public let options: IndexOptions

    /// Opens the index for writing (creating it when missing).
    public init(databasePath: String, options: IndexOptions) throws {
        self.options = options
        writer = try IndexWriter(path: databasePath, configuration: .standard(analysis: options.analysis), wait: options.wait)
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
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw IndexError.missingRepository(path) }
            guard isDir.boolValue else { throw IndexError.notARepository(path) }
            let found: Discovery
            do { found = try FileDiscovery(options: discovery).discover(root: path) } catch {
                throw IndexError.missingRepository(path)
            }
            for skip in found.skipped { Self.count(skip, into: &summary, warning: warning) }
            let real = Self.realPath(path)
            let name = (real as NSString).lastPathComponent
            if found.files.isEmpty {
                summary.empty_repositories.append(path)
                warning?("\(terminalSafe(path)): no supported source files; repository not indexed")
                continue
            }
            repos.append((path, Array(real.utf8), name.isEmpty ? real : name, found.files))
        }
        let filesTotal = repos.reduce(0) { $0 + $1.files.count }
        let bytesTotal = repos.reduce(0) { $0 + $1.files.reduce(0) { $0 + $1.size } }
        var filesDone = 0, bytesDone = 0
        let extractor = try FeatureExtractor(parameters: options.analysis)
        let opts = options

        for repo in repos {
            let build = try writer.beginRepository(path: repo.key, name: repo.name, template: options.template)
            if build.resumed { summary.repositories_resumed += 1 }
            summary.files_seen += repo.files.count
            summary.bytes_seen += repo.files.reduce(0) { $0 + $1.size }
            let batches = stride(from: 0, to: repo.files.count, by: max(1, options.batchSize)).map {
                Array(repo.files[$0..<min(repo.files.count, $0 + max(1, options.batchSize))])
            }
            // Analysis of batch n + 1 overlaps the write of batch n.
            var pending: Task<[Prepared], Never>? = batches.first.map { first in
                let work = plan(first, build: build)
                return Task { await Self.analyze(work, extractor: extractor, options: opts) }
            }
            for index in batches.indices {
                guard let current = pending else { break }
                let waitStart = Date()
                let prepared = await current.value
                summary.seconds_waiting_for_analysis += Date().timeIntervalSince(waitStart)
                pending = index + 1 < batches.count ? {
                    let work = plan(batches[index + 1], build: build)
                    return Task { await Self.analyze(work, extractor: extractor, options: opts) }
                }() : nil
                var results: [IndexWriter.FileResult] = []
                for item in prepared {
                    switch item {
                    case .result(let r): results.append(r)
                    case .skipped(let skip): Self.count(skip, into: &summary, warning: warning)
                    }
                }
                let writeStart = Date()
                defer { summary.seconds_writing += Date().timeIntervalSince(writeStart) }
                let pause = options.pauseMicrosecondsPerFile
                var written = try await onWriter { w, b in try w.writeBatch(b, results, pauseMicrosecondsPerFile: pause) }(build)
                if !written.needParsing.isEmpty {
                    // Their identical twins were removed meanwhile: parse them after all.
                    let work = written.needParsing.map { Work(candidate: $0, mtimeNs: Self.mtime($0.absolutePath), expected: nil, known: []) }
                    let again = await Self.analyze(work, extractor: extractor, options: optionsCopy)
                    let retry = again.compactMap { item -> IndexWriter.FileResult? in if case .result(let r) = item { r } else { nil } }
                    let more = try await onWriter { w, b in try w.writeBatch(b, retry) }(build)
                    written.parsed += more.parsed; written.units += more.units
                }
                summary.files_indexed += written.parsed
                summary.files_copied += written.copied
                summary.files_unchanged += written.unchanged
                summary.units_written += written.units
                filesDone += batches[index].count
                bytesDone += batches[index].reduce(0) { $0 + $1.size }
                progress?(IndexProgress(repository: repo.name, filesDone: filesDone, filesTotal: filesTotal, bytesDone: bytesDone,
                                        bytesTotal: bytesTotal, elapsed: Date().timeIntervalSince(start)))
            }
            let finishStart = Date()
            let name = repo.name, head = GitHead.read(root: repo.path)
            let finished = try await onWriter { w, b in try w.finishRepository(b, name: name, head: head) }(build)
            summary.seconds_writing += Date().timeIntervalSince(finishStart)
            summary.files_removed += finished.removedFiles
            if finished.changed { summary.repositories_changed += 1 }
            summary.repositories += 1
        }
        writer.checkpoint()
        summary.units_total = try writer.reader().repositories().reduce(0) { $0 + $1.unitCount }
        summary.db_bytes = writer.fileSize()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    private var optionsCopy: IndexOptions { options }

    /// The writer's own thread: SQLite work never blocks the cooperative pool, so parsing the next batch
    /// uses every core while a batch is written. Calls are strictly sequential (each is awaited), so the
    /// non-Sendable writer and build are only ever touched by one thread at a time.
    private let writeQueue = DispatchQueue(label: "clonescan.index.writer", qos: .userInitiated)

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

    /// Splits a batch into files unchanged by size and mtime (not even read) and files to read.
    private func plan(_ batch: [SourceCandidate], build: IndexWriter.RepositoryBuild) -> [Work] {
        let known = writer.knownHashes
        return batch.map { candidate in
            let mtime = Self.mtime(candidate.absolutePath)
            if build.isUnchanged(path: candidate.relativePath, size: candidate.size, mtimeNs: mtime) {
                return Work(candidate: candidate, mtimeNs: mtime, expected: nil, known: [])  // marker: see analyze
            }
            return Work(candidate: candidate, mtimeNs: mtime, expected: build.expectedHash(path: candidate.relativePath) ?? 0, known: known)
        }
    }

    /// Reads, hashes and (when new) parses the files of a batch on all cores, preserving order.
    static func analyze(_ work: [Work], extractor: FeatureExtractor, options: IndexOptions) async -> [Prepared] {
        var frontEnd = FrontEndOptions()
        frontEnd.maxFileBytes = options.maxFileBytes
        frontEnd.workers = options.workers
        let maxBytes = options.maxFileBytes
        return await SourceParser.map(work, workers: options.workers, options: frontEnd) { parser, item -> Prepared in
            guard let expected = item.expected else {
                return .result(.unchanged(pathBytes: item.candidate.relativePath, mtimeNs: nil))
            }
            let known = item.known
            let outcome = RepositoryAnalyzer.analyzeOne(item.candidate, parser: parser, extractor: extractor, maxBytes: maxBytes,
                                                        known: { $0 == expected || known.contains($0) })
            switch outcome {
            case .skipped(let skip): return .skipped(skip)
            case .features(let f): return .result(.parsed(f, pathBytes: item.candidate.relativePath, mtimeNs: item.mtimeNs))
            case .unchanged(let hash):
                if hash == expected { return .result(.unchanged(pathBytes: item.candidate.relativePath, mtimeNs: item.mtimeNs)) }
                return .result(.known(contentHash: hash, candidate: item.candidate, mtimeNs: item.mtimeNs))
            }
        }
    }

    static func mtime(_ path: [UInt8]) -> Int64 {
        var st = stat()
        let ok = (path + [0]).withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { stat($0, &st) == 0 }
        }
        guard ok else { return 0 }
        return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Hands a non-Sendable value to the writer queue; see `Indexer.onWriter` for why that is safe.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
