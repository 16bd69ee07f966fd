/// Token-level comparison of two matched regions for the HTML report: which tokens are identical, which are
/// renamed (an identifier aligned with a differently named one) and which differ (no counterpart).
///
/// Language-agnostic on purpose (the report shows every supported language): a small lexer splits identifiers,
/// numbers, quoted strings, `#`/`//` comments and single punctuation characters; identifiers other than common
/// keywords align with any identifier, everything else only with the same text. The alignment is a longest
/// common subsequence after trimming the common prefix and suffix, bounded in cells so a huge region costs little;
/// past the bound the unaligned middle is reported as differing.
public enum TokenDiff {
    /// How a token compares with the other side.
    public enum Kind: Sendable, Equatable {
        case identical, renamed, differs
    }

    /// A token of one line: scalar offsets `start..<end` in that line.
    public struct Token: Sendable, Equatable {
        public var line: Int
        public var start: Int
        public var end: Int
        public var text: String
        public var isIdentifier: Bool
        /// What the alignment compares: the text, or one shared key for every non-keyword identifier.
        var key: String { isIdentifier && !TokenDiff.keywords.contains(text) ? "\u{1}" : text }
    }

    /// Cells of the alignment table allowed per region pair (about 2 MB of UInt16).
    static let maxCells = 1_000_000

    /// Words that align only with themselves, so `while` against `for` is a difference, not a rename.
    static let keywords: Set<String> = [
        "if", "else", "elif", "for", "while", "do", "return", "def", "func", "function", "fn", "class", "struct", "let",
        "var", "const", "import", "from", "in", "not", "and", "or", "true", "false", "True", "False", "None", "nil",
        "null", "self", "this", "new", "try", "catch", "except", "finally", "raise", "throw", "break", "continue",
        "switch", "case", "default", "with", "as", "yield", "async", "await", "lambda", "static", "public", "private",
        "package", "go", "pub", "match", "is", "end", "then", "until", "loop", "guard",
    ]

    /// The tokens of `lines` (each line's first `maxColumns` scalars).
    public static func tokens(_ lines: [String], maxColumns: Int = 400) -> [Token] {
        var out: [Token] = []
        for (n, line) in lines.enumerated() {
            let s = Array(line.unicodeScalars.prefix(maxColumns))
            var i = 0
            while i < s.count {
                let c = s[i]
                if c.properties.isWhitespace { i += 1; continue }
                var j = i + 1
                var identifier = false
                if c.properties.isAlphabetic || c == "_" || c == "$" {
                    while j < s.count, s[j].properties.isAlphabetic || s[j].properties.numericType != nil || s[j] == "_" || s[j] == "$" { j += 1 }
                    identifier = true
                } else if c.properties.numericType != nil {
                    while j < s.count, s[j].properties.isAlphabetic || s[j].properties.numericType != nil || s[j] == "." || s[j] == "_" { j += 1 }
                } else if c == "\"" || c == "'" || c == "`" {
                    while j < s.count, s[j] != c { j += s[j] == "\\" ? 2 : 1 }
                    j = min(s.count, j + 1)
                } else if c == "#" || (c == "/" && i + 1 < s.count && s[i + 1] == "/") {
                    j = s.count
                }
                var text = ""
                text.unicodeScalars.append(contentsOf: s[i..<j])
                out.append(Token(line: n, start: i, end: j, text: text, isIdentifier: identifier))
                i = j
            }
        }
        return out
    }

    /// The kind of every token of `a` and of `b`, in order.
    public static func compare(_ a: [Token], _ b: [Token]) -> (a: [Kind], b: [Kind]) {
        var ka = [Kind](repeating: .differs, count: a.count), kb = [Kind](repeating: .differs, count: b.count)
        func pair(_ i: Int, _ j: Int) {
            let same = a[i].text == b[j].text
            ka[i] = same ? .identical : .renamed
            kb[j] = ka[i]
        }
        let keysA = a.map(\.key), keysB = b.map(\.key)
        var lo = 0
        while lo < a.count, lo < b.count, keysA[lo] == keysB[lo] { pair(lo, lo); lo += 1 }
        var endA = a.count, endB = b.count
        while endA > lo, endB > lo, keysA[endA - 1] == keysB[endB - 1] { endA -= 1; endB -= 1; pair(endA, endB) }
        let n = endA - lo, m = endB - lo
        guard n > 0, m > 0, n * m <= maxCells else { return (ka, kb) }
        // table[i][j]: LCS length of a[lo+i..<endA] and b[lo+j..<endB], row-major, (n+1) x (m+1).
        let width = m + 1
        var table = [UInt16](repeating: 0, count: (n + 1) * width)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * width + j] = keysA[lo + i] == keysB[lo + j]
                    ? table[(i + 1) * width + j + 1] &+ 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var i = 0, j = 0
        while i < n, j < m {
            if keysA[lo + i] == keysB[lo + j] { pair(lo + i, lo + j); i += 1; j += 1 }
            else if table[(i + 1) * width + j] >= table[i * width + j + 1] { i += 1 }
            else { j += 1 }
        }
        return (ka, kb)
    }
}
