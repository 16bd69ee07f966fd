import FrontEnd

/// What `parse` is asked: which trees, with which limits and detail.
public struct ParseOptions: Sendable {
    public var paths: [String]
    /// Files larger than this many bytes are skipped.
    public var maxFileBytes = 1 << 20
    /// Keep the token streams themselves in the summary.
    public var includeStreams = false

    public init(paths: [String]) { self.paths = paths }
}

/// `clonescan parse` as a library call: what the front end made of source trees.
public struct ParseJob: Sendable {
    public var options: ParseOptions

    public init(_ options: ParseOptions) { self.options = options }

    /// - Throws: `JobError.usage` for a path that is missing or not a file or directory, `.runtime` for an
    ///   unreadable one.
    public func run() async throws -> ParseSummary {
        var discovery = DiscoveryOptions()
        discovery.maxFileBytes = options.maxFileBytes
        var frontEnd = FrontEndOptions()
        frontEnd.maxFileBytes = options.maxFileBytes
        frontEnd.recordTokenText = options.includeStreams
        var candidates: [SourceCandidate] = []
        var summary = ParseSummary()
        for path in options.paths {
            do {
                let found = try FileDiscovery(options: discovery).discover(root: path)
                candidates += found.files
                for skip in found.skipped { summary.add(.skipped(skip), includeStreams: false) }
            } catch {
                switch error {
                // Gone, or a device or FIFO: the path given is wrong, as a missing one is.
                case .missingPath, .notADirectory: throw JobError.usage(error.description)
                case .unreadable: throw JobError.runtime(error.description)
                }
            }
        }
        for outcome in await SourceParser.parseAll(candidates, options: frontEnd) {
            summary.add(outcome, includeStreams: options.includeStreams)
        }
        return summary
    }
}
