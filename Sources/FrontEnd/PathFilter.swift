/// What counts, by path: `--include` and `--exclude` globs in gitignore syntax (`*`, `?`, `**`, `[...]`, a leading
/// `/` anchors at the root, a trailing `/` names directories, a pattern without `/` matches a name at any depth).
/// A file counts when it, or a directory above it, matches an include (or there is none) and nothing matches an
/// exclude; `!pattern` in the excludes re-includes, as in a `.gitignore`.
public struct PathFilter: Sendable, Equatable {
    private var includes: [GitignoreRule]
    private var excludes: [GitignoreRule]

    /// Everything counts.
    public static let all = PathFilter()

    /// - Throws: `PathFilterError` for an empty pattern.
    public init(include: [String] = [], exclude: [String] = []) throws(PathFilterError) {
        func rules(_ patterns: [String], _ option: String) throws(PathFilterError) -> [GitignoreRule] {
            var out: [GitignoreRule] = []
            for pattern in patterns {
                let parsed = GitignoreRule.parse(pattern, base: [])
                guard !parsed.isEmpty else { throw PathFilterError.emptyPattern(option: option, pattern: pattern) }
                out += parsed
            }
            return out
        }
        includes = try rules(include, "--include")
        excludes = try rules(exclude, "--exclude")
    }

    private init() { includes = []; excludes = [] }

    /// Whether nothing is filtered.
    public var isEmpty: Bool { includes.isEmpty && excludes.isEmpty }

    /// Whether the file at `path` (relative to the scanned root, `/`-separated bytes) counts.
    public func keeps(_ path: [UInt8]) -> Bool {
        guard !isEmpty else { return true }
        let prefixes = Self.prefixes(of: path)
        if !includes.isEmpty && !Self.anyInclude(includes, matches: prefixes) { return false }
        var excluded = false
        for (prefix, isDirectory) in prefixes {
            let state = GitignoreRule.isIgnored(prefix, isDirectory: isDirectory, rules: excludes)
            if isDirectory && state { return false }  // git never looks inside an excluded directory
            excluded = state
        }
        return !excluded
    }

    /// Whether an `--include` pattern names `path` (or a directory above it): asking for markup and data files
    /// (JSON, YAML, Markdown, ...) this way parses them, which discovery never does by default.
    public func explicitlyIncludes(_ path: [UInt8]) -> Bool {
        !includes.isEmpty && Self.anyInclude(includes, matches: Self.prefixes(of: path))
    }

    /// Every directory above `path`, then `path` itself, as gitignore asks about each.
    private static func prefixes(of path: [UInt8]) -> [([UInt8], isDirectory: Bool)] {
        var out: [([UInt8], isDirectory: Bool)] = []
        for (i, byte) in path.enumerated() where byte == UInt8(ascii: "/") { out.append((Array(path[..<i]), true)) }
        out.append((path, false))
        return out
    }

    private static func anyInclude(_ includes: [GitignoreRule], matches prefixes: [([UInt8], isDirectory: Bool)]) -> Bool {
        prefixes.contains { prefix, isDirectory in includes.contains { !$0.negated && $0.matches(prefix, isDirectory: isDirectory) } }
    }

    /// `keeps` for a path given as a string.
    public func keeps(_ path: String) -> Bool { keeps(Array(path.utf8)) }

    public static func == (a: PathFilter, b: PathFilter) -> Bool {
        a.includes.map(\.key) == b.includes.map(\.key) && a.excludes.map(\.key) == b.excludes.map(\.key)
    }
}

/// A pattern `PathFilter` cannot use.
public enum PathFilterError: Error, CustomStringConvertible, Sendable {
    case emptyPattern(option: String, pattern: String)

    public var description: String {
        switch self {
        case let .emptyPattern(option, pattern):
            return "\(option) \"\(pattern)\" is empty or a comment; pass a glob such as 'tests/' or '*.min.js'"
        }
    }
}

extension GitignoreRule {
    /// The rule as written, for equality of filters.
    var key: String { (negated ? "!" : "") + String(decoding: pattern, as: UTF8.self) + (directoryOnly ? "/" : "") + (anchored ? "@" : "") }
}
