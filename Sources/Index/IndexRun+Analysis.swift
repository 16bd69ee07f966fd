import Analysis
import FrontEnd
#if canImport(Glibc)
import Glibc
#endif

/// Analysis of a batch on all cores: which files changed, and for those, reading, hashing, parsing and
/// preparing them for the writer.
extension IndexRun {
    /// One file to look at: its mtime, the hash it had at the same path, and the hashes known elsewhere.
    package struct Work: Sendable {
        var candidate: SourceCandidate
        var mtimeNs: Int64
        var expected: UInt64?
        var known: Set<UInt64>

        /// A file to read and parse whatever the index holds (its identical twin vanished before it could be
        /// copied). `expected` nil would mark it unchanged without reading it, and the file would never be stored.
        package static func parsing(_ candidate: SourceCandidate) -> Work {
            Work(candidate: candidate, mtimeNs: IndexRun.mtime(candidate.absolutePath), expected: 0, known: [])
        }
    }

    /// One file's analysis: a result for the writer, or why it was skipped.
    package enum Prepared: Sendable {
        case result(IndexWriter.FileResult)
        case skipped(Skip)
    }

    /// The writer's results of an analysed batch; each skipped file is counted into `summary`, and a problem file
    /// also goes to `warning` (prefixed) and `keep` (for the repository's warnings).
    package static func results(of prepared: [Prepared], summary: inout IndexSummary, warning: ((String) -> Void)?,
                                keep: (String) -> Void) -> [IndexWriter.FileResult] {
        var results: [IndexWriter.FileResult] = []
        for item in prepared {
            switch item {
            case .result(let r): results.append(r)
            case .skipped(let skip):
                guard let line = count(skip, into: &summary) else { continue }
                warning?("warning: " + line)
                keep(line)
            }
        }
        return results
    }

    /// Splits a batch into files unchanged by size and mtime (not even read) and files to read.
    package static func plan(_ batch: [SourceCandidate], view: IndexWriter.PlanningView) -> [Work] {
        batch.map { candidate in
            let mtime = candidate.mtimeNs ?? Self.mtime(candidate.absolutePath)  // discovery's `stat`, when it took one
            if view.isUnchanged(path: candidate.relativePath, size: candidate.size, mtimeNs: mtime) {
                return Work(candidate: candidate, mtimeNs: mtime, expected: nil, known: [])  // marker: see analyze
            }
            return Work(candidate: candidate, mtimeNs: mtime, expected: view.expectedHash(path: candidate.relativePath) ?? 0,
                        known: view.knownHashes)
        }
    }

    /// The front end's defaults, made once: `FrontEndOptions()` reads the process' CPU quota (two cgroup files),
    /// and a run of small repositories analyses hundreds of batches.
    private static let frontEndDefaults = FrontEndOptions()

    /// Reads, hashes and (when new) parses and prepares the files of a batch on all cores, preserving order.
    package static func analyze(_ work: [Work], extractor: FeatureExtractor, options: IndexOptions,
                        configuration: IndexConfiguration) async -> [Prepared] {
        var frontEnd = frontEndDefaults
        frontEnd.maxFileBytes = options.maxFileBytes
        frontEnd.workers = options.workers
        frontEnd.crossLanguageChannels = !options.structureOnly
        frontEnd.displayChannels = false
        let maxBytes = options.maxFileBytes
        // Files unchanged by size and mtime are answered here: handing them to workers cost a task per worker and a
        // yield per file, most of an unchanged corpus' re-index of small repositories (docs/benchmarks.md,
        // "2026-12-07, late").
        var prepared: [Prepared] = work.map { .result(.unchanged(pathBytes: $0.candidate.relativePath, mtimeNs: nil)) }
        let toRead = work.indices.compactMap { i in work[i].expected.map { (index: i, item: work[i], expected: $0) } }
        guard !toRead.isEmpty else { return prepared }
        // Largest files first: the batch then ends on small files on every core, instead of one core finishing a
        // big file while the others wait for the next batch (the batches are analysed one after another).
        let size = { (k: Int) in toRead[k].item.candidate.size }
        let largestFirst = toRead.indices.sorted { size($0) != size($1) ? size($0) > size($1) : $0 < $1 }
        let analysed = await SourceParser.map(toRead, workers: options.workers, options: frontEnd, order: largestFirst) { parser, entry -> Prepared in
            let (item, expected) = (entry.item, entry.expected)
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
        for (entry, result) in zip(toRead, analysed) { prepared[entry.index] = result }
        return prepared
    }

    /// The file's modification time in nanoseconds (0 when it cannot be read).
    static func mtime(_ path: [UInt8]) -> Int64 {
        var st = stat()
        let ok = FileDiscovery.withCPath(path) { stat($0, &st) == 0 }
        guard ok else { return 0 }
        return FileStamp(st).mtimeNs
    }
}
