import Foundation
import FrontEnd
import Shingles
import Sketch

/// Features of every supported file under one root, plus what was skipped.
public struct RepositoryFeatures: Sendable {
    public var root: String
    public var files: [FileFeatures]
    public var skipped: [Skip]

    public init(root: String, files: [FileFeatures], skipped: [Skip]) {
        self.root = root; self.files = files; self.skipped = skipped
    }

    /// Leaf units of every file, with their file index.
    public var leafUnits: [(file: Int, unit: UnitFeatures)] {
        var out: [(Int, UnitFeatures)] = []
        for (i, f) in files.enumerated() { for u in f.units where u.isLeaf { out.append((i, u)) } }
        return out
    }
    /// Languages by number of files, most first.
    public var languages: [String] {
        var counts: [String: Int] = [:]
        for f in files { counts[f.language, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}

/// Discovers, reads, parses and extracts features of a tree on all cores.
public struct RepositoryAnalyzer: Sendable {
    public var parameters: AnalysisParameters
    public var discovery: DiscoveryOptions
    public var frontEnd: FrontEndOptions
    /// Containers (file units, classes, functions with nested functions) as outlines without channels, as the
    /// index stores them: matching reads leaf units only, and a container's bags repeat its leaves' tokens, so
    /// keeping them cost a suspect about as much memory again as its leaves (issue 20, item 6).
    public var outlineContainers = true

    public init(parameters: AnalysisParameters = AnalysisParameters(), discovery: DiscoveryOptions = DiscoveryOptions(),
                frontEnd: FrontEndOptions = FrontEndOptions()) {
        self.parameters = parameters
        self.discovery = discovery
        self.frontEnd = frontEnd
        // Features read neither whole identifiers nor comment words: do not collect them.
        self.frontEnd.displayChannels = false
    }

    /// Analyses the tree at `root`.
    public func analyze(root: String) async throws -> RepositoryFeatures {
        try await analyze(root: root, chunkFiles: .max) { $0 }
    }

    /// Analyses the tree at `root` a chunk of `chunkFiles` files at a time, passing each chunk's features through
    /// `keep` before the next chunk is parsed: what `keep` drops is never held for the whole tree at once, so a
    /// caller that needs only part of each file's features (a huge suspect, issue 20) bounds its memory.
    /// `discovered`, when given, is this analyzer's discovery of `root` already made (a tree read twice is listed once).
    public func analyze(root: String, chunkFiles: Int, discovered: Discovery? = nil,
                        keep: ([FileFeatures]) throws -> [FileFeatures]) async throws -> RepositoryFeatures {
        let found = try discovered ?? FileDiscovery(options: discovery).discover(root: root)
        var files: [FileFeatures] = [], skipped = found.skipped
        let size = max(1, chunkFiles)
        for start in stride(from: 0, to: found.files.count, by: size) {
            let (chunk, chunkSkipped) = try await analyze(Array(found.files[start..<min(found.files.count, start + size)]))
            files += try keep(chunk)
            skipped += chunkSkipped
        }
        return RepositoryFeatures(root: root, files: files, skipped: skipped)
    }

    /// Analyses `candidates`, preserving their order; `known(contentHash)` lets a caller skip files it already has.
    public func analyze(_ candidates: [SourceCandidate],
                        known: (@Sendable (UInt64) -> Bool)? = nil) async throws -> (files: [FileFeatures], skipped: [Skip]) {
        var configuredExtractor = try FeatureExtractor(parameters: parameters)
        configuredExtractor.outlineContainers = outlineContainers
        let extractor = configuredExtractor
        var configured = frontEnd
        configured.maxFileBytes = discovery.maxFileBytes
        let options = configured
        let maxBytes = configured.maxFileBytes
        let outcomes: [AnalysisOutcome] = await SourceParser.map(candidates, workers: options.workers, options: options) { parser, candidate in
            Self.analyzeOne(candidate, parser: parser, extractor: extractor, maxBytes: maxBytes, known: known)
        }
        var files: [FileFeatures] = []
        var skipped: [Skip] = []
        for outcome in outcomes {
            switch outcome {
            case .features(let f): files.append(f)
            case .skipped(let s): skipped.append(s)
            case .unchanged: break
            }
        }
        return (files, skipped)
    }

    /// The result for one file.
    public enum AnalysisOutcome: Sendable {
        case features(FileFeatures)
        case skipped(Skip)
        case unchanged(contentHash: UInt64)
    }

    /// Reads, hashes, parses and extracts one file.
    public static func analyzeOne(_ candidate: SourceCandidate, parser: SourceParser, extractor: FeatureExtractor, maxBytes: Int,
                                  known: (@Sendable (UInt64) -> Bool)?) -> AnalysisOutcome {
        switch SourceReader.load(candidate, maxBytes: maxBytes) {
        case .skip(let reason, let detail):
            return .skipped(Skip(path: candidate.displayPath, reason: reason, detail: detail))
        case .source(let bytes):
            let hash = bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> UInt64 in Shingles.XXH3.hash64(raw, seed: 0) }
            if let known, known(hash) { return .unchanged(contentHash: hash) }
            switch parser.parse(bytes: bytes, language: candidate.language, path: candidate.displayPath,
                                pathBytes: candidate.pathIsUTF8 ? nil : candidate.relativePath) {
            case .skipped(let skip): return .skipped(skip)
            case .parsed(let file): return .features(extractor.extract(file, contentHash: hash))
            }
        }
    }
}
