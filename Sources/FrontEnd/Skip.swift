/// Why a file or directory was not parsed. Raw values appear in summaries and JSON.
public enum SkipReason: String, Sendable, Codable, CaseIterable {
    case vendored, ignored, binary, tooLarge = "too-large", generated, minified
    case symlink, unreadable, unsupported, encoding, parseTimeout = "parse-timeout"
    case grammarUnavailable = "grammar-unavailable"
    /// tree-sitter needed more memory for the file than the parse arena gives one file (128 MiB; real code
    /// takes 30–40 times its size), as hostile nesting does.
    case parseMemory = "parse-memory"

    /// Whether a skip of this kind deserves a warning line (the rest are routine and only counted).
    public var isProblem: Bool {
        switch self {
        case .unreadable, .parseTimeout, .parseMemory, .grammarUnavailable, .encoding, .tooLarge: return true
        default: return false
        }
    }
}

/// One skipped file or directory.
public struct Skip: Sendable, Codable, Equatable {
    /// Path relative to its root, lossily decoded.
    public var path: String
    public var reason: SkipReason
    /// A short explanation (e.g. the size, the grammar error).
    public var detail: String

    public init(path: String, reason: SkipReason, detail: String) {
        self.path = path
        self.reason = reason
        self.detail = detail
    }
}

/// Escapes control characters (newlines, ANSI escapes) so a hostile file name prints on one line.
public func terminalSafe(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x09: out += "\\t"
        case 0..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
