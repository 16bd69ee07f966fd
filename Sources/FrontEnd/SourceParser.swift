import Foundation
import Syntax

/// Options of parsing.
public struct FrontEndOptions: Sendable {
    /// Per-file parse time limit.
    public var timeoutMicros: UInt64 = 5_000_000
    /// Files larger than this are skipped.
    public var maxFileBytes: Int = 1 << 20
    /// Keep each token's normalised text (for `parse --tokens`).
    public var recordTokenText = false
    /// Collect the cross-language channels (shapes, sub-words, literals, comment words). Off only to measure
    /// what they cost (`Benchmarks/Index`): without them a port to another language cannot be found.
    public var crossLanguageChannels = true
    /// Also collect what only `clonescan parse` shows: whole identifiers. Feature extraction does not read them,
    /// so analysis turns this off (comment and docstring words are a cross-language channel: always collected).
    public var displayChannels = true
    /// Parallel workers; defaults to the number of cores.
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
    public init() {}
}

/// The result for one discovered file.
public enum FileOutcome: Sendable {
    case parsed(ParsedFile)
    case skipped(Skip)
}

/// Reads, parses and normalises source files. One instance per worker: each file is parsed by a fresh
/// tree-sitter parser in the worker thread's parse arena (`Parser.withArena`), which lives only for that file.
public final class SourceParser {
    public let options: FrontEndOptions
    private let catalog: GrammarCatalog

    public init(options: FrontEndOptions = FrontEndOptions(), catalog: GrammarCatalog = .shared) {
        self.options = options
        self.catalog = catalog
    }

    /// Reads and parses one candidate file.
    public func parse(_ candidate: SourceCandidate) -> FileOutcome {
        switch SourceReader.load(candidate, maxBytes: options.maxFileBytes) {
        case .skip(let reason, let detail):
            return .skipped(Skip(path: candidate.displayPath, reason: reason, detail: detail))
        case .source(let bytes):
            return parse(bytes: bytes, language: candidate.language, path: candidate.displayPath,
                         pathBytes: candidate.pathIsUTF8 ? nil : candidate.relativePath)
        }
    }

    /// Parses `bytes` as `language`.
    public func parse(bytes: [UInt8], language: String, path: String, pathBytes: [UInt8]? = nil) -> FileOutcome {
        guard var spec = LanguageRegistry.spec(named: language) else {
            return .skipped(Skip(path: path, reason: .unsupported, detail: "no language \(language)"))
        }
        // A component's script blocks are JavaScript or TypeScript, parsed in place within the whole file.
        var included: [Range<Int>]?
        if spec.embedsScripts {
            let blocks = bytes.withUnsafeBufferPointer { ScriptBlocks($0, frontmatter: spec.hasScriptFrontmatter) }
            guard let script = LanguageRegistry.spec(named: blocks.language) else {
                return .skipped(Skip(path: path, reason: .unsupported, detail: "no language \(blocks.language)"))
            }
            included = blocks.ranges
            spec = script
        }
        let outcome = parse(bytes: bytes, spec: spec, included: included, path: path, pathBytes: pathBytes)
        guard included != nil, case .parsed(var file) = outcome else { return outcome }
        file.language = language
        return .parsed(file)
    }

    private func parse(bytes: [UInt8], spec: LanguageSpec, included: [Range<Int>]?, path: String, pathBytes: [UInt8]?) -> FileOutcome {
        let language = spec.name
        let grammar: Grammar
        do { grammar = try catalog.grammar(language) } catch {
            return .skipped(Skip(path: path, reason: .grammarUnavailable, detail: error.description))
        }
        let classifier = NodeClassifier.shared(spec: spec, grammar: grammar, metadata: { catalog.metadata(language) })
        // A fresh parser per file, in this thread's parse arena: the parse, the walk and the tree's release
        // then cost no malloc/free churn (measured in docs/index.md).
        let outcome = Parser.withArena(grammar: grammar) { parser in
            bytes.withUnsafeBufferPointer { buffer -> FileOutcome in
                if let included {
                    // No script block: nothing to parse, an empty file of the component's language.
                    if included.isEmpty { parser.setIncludedRanges([0..<0], in: buffer) }
                    else if !parser.setIncludedRanges(included, in: buffer) {
                        return .skipped(Skip(path: path, reason: .unsupported, detail: "script blocks overlap"))
                    }
                }
                guard let tree = parser.parse(buffer, grammar: grammar, timeoutMicros: options.timeoutMicros) else {
                    if parser.exceededArena {
                        return .skipped(Skip(path: path, reason: .parseMemory,
                                             detail: "parsing needed more than \(Parser.arenaCapBytes >> 20) MiB (hostile nesting?)"))
                    }
                    return .skipped(Skip(path: path, reason: .parseTimeout,
                                         detail: "parsing took longer than \(options.timeoutMicros / 1000) ms"))
                }
                let normalizer = Normalizer(classifier: classifier, recordTokenText: options.recordTokenText,
                                            crossLanguageChannels: options.crossLanguageChannels,
                                            displayChannels: options.displayChannels)
                return .parsed(normalizer.normalize(tree: tree, bytes: buffer, path: path, pathBytes: pathBytes))
            }
        }
        return outcome ?? .skipped(Skip(path: path, reason: .grammarUnavailable, detail: "runtime refused grammar \(language)"))
    }

    /// Parses `candidates` on `options.workers` cores and returns outcomes in input order.
    public static func parseAll(_ candidates: [SourceCandidate], options: FrontEndOptions = FrontEndOptions(),
                                catalog: GrammarCatalog = .shared) async -> [FileOutcome] {
        await map(candidates, workers: options.workers, options: options, catalog: catalog) { parser, candidate in parser.parse(candidate) }
    }

    /// Runs `body` over `items` on `workers` tasks, each with its own `SourceParser`, preserving order.
    /// - Parameter order: the order in which items are taken up (a permutation of their indices), e.g. largest
    ///   first so that the call does not end with one worker busy on a big file and the others idle. Results come
    ///   back in `items` order whatever it is.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], workers: Int, options: FrontEndOptions = FrontEndOptions(),
                                                     catalog: GrammarCatalog = .shared, order: [Int]? = nil,
                                                     _ body: @escaping @Sendable (SourceParser, T) -> R) async -> [R] {
        let workerCount = max(1, min(workers, items.count))
        let next = WorkCounter()
        let order = order.flatMap { $0.count == items.count && Set($0) == Set(items.indices) ? $0 : nil }
        return await withTaskGroup(of: [(Int, R)].self) { group in
            for _ in 0..<workerCount {
                group.addTask {
                    let parser = SourceParser(options: options, catalog: catalog)
                    var out: [(Int, R)] = []
                    while let taken = next.take(below: items.count) {
                        let i = order?[taken] ?? taken
                        out.append((i, body(parser, items[i])))
                        // Let other work on the cooperative pool run between files (an index's writer loop
                        // waits for a thread to queue the next write); a batch holds both threads otherwise.
                        await Task.yield()
                    }
                    return out
                }
            }
            var slots = [R?](repeating: nil, count: items.count)
            for await chunk in group { for (i, r) in chunk { slots[i] = r } }
            return slots.compactMap { $0 }
        }
    }
}

/// A shared counter handing out work indices to workers.
final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
