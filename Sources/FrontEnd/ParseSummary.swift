import Foundation

/// The `clonescan parse` document: what the front end made of a tree. Stable JSON, versioned
/// by `schema_version` (docs/parse-json.md).
public struct ParseSummary: Codable, Sendable {
    public struct UnitRecord: Codable, Sendable {
        public var name: String, kind: String
        public var start_line: Int, end_line: Int
        public var parameters: Int, exported: Bool, leaf: Bool
        public var parent: Int?
        public var tokens: Int
    }
    public struct Streams: Codable, Sendable {
        public var structure: [String]
        public var shapes: [String]
        public var subwords: [String]
        public var strings: [String]
        public var numbers: [String]
        public var comment_words: [String]
    }
    public struct FileRecord: Codable, Sendable {
        public var path: String
        public var path_b64: String?
        public var language: String
        public var grammar_version: String
        public var bytes: Int
        public var lines: Int
        /// Structure-token count.
        public var tokens: Int
        public var syntax_errors: Int
        public var channels: [String: Int]
        public var units: [UnitRecord]
        public var streams: Streams?
    }
    public struct LanguageTotals: Codable, Sendable { public var files = 0, units = 0, tokens = 0 }

    public var schema_version = 1
    public var files: [FileRecord] = []
    public var skipped: [Skip] = []
    public var languages: [String: LanguageTotals] = [:]
    public var skipped_by_reason: [String: Int] = [:]

    public init() {}

    /// Adds one outcome; `includeStreams` adds the token streams themselves.
    public mutating func add(_ outcome: FileOutcome, includeStreams: Bool) {
        switch outcome {
        case .skipped(let skip):
            skipped.append(skip)
            skipped_by_reason[skip.reason.rawValue, default: 0] += 1
        case .parsed(let file):
            let units = file.units.map {
                UnitRecord(name: $0.name, kind: $0.kind.rawValue, start_line: Int($0.startLine), end_line: Int($0.endLine),
                           parameters: $0.parameterCount, exported: $0.isExported, leaf: $0.isLeaf, parent: $0.parent, tokens: $0.tokenCount)
            }
            var streams: Streams?
            if includeStreams {
                streams = Streams(structure: file.tokens.texts,
                                  shapes: file.shapes.map { "\($0.depth):\(CanonicalKind(rawValue: $0.kind)?.name ?? "?")" },
                                  subwords: file.subwords.map(\.text), strings: file.strings.map(\.text),
                                  numbers: file.numbers.map(\.text), comment_words: file.commentWords.map(\.text))
            }
            files.append(FileRecord(
                path: file.path, path_b64: file.pathBytes.map { Data($0).base64EncodedString() }, language: file.language,
                grammar_version: file.grammarVersion, bytes: file.byteCount, lines: file.lineCount, tokens: file.tokens.count,
                syntax_errors: file.syntaxErrorCount,
                channels: ["structure": file.tokens.count, "shapes": file.shapes.count, "subwords": file.subwords.count,
                           "strings": file.strings.count, "numbers": file.numbers.count, "comment_words": file.commentWords.count],
                units: units, streams: streams))
            languages[file.language, default: LanguageTotals()].files += 1
            languages[file.language, default: LanguageTotals()].units += file.units.count
            languages[file.language, default: LanguageTotals()].tokens += file.tokens.count
        }
    }
}
