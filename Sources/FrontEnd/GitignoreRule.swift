/// One `.gitignore` pattern, matched the way git does for the common cases: `*`, `?`, `**`,
/// character classes, leading `/` anchors, trailing `/` for directories, `!` negation.
struct GitignoreRule: Sendable {
    var pattern: [UInt8]
    var base: [UInt8]
    var negated: Bool
    var directoryOnly: Bool
    var anchored: Bool

    static func parse(_ text: String, base: [UInt8]) -> [GitignoreRule] {
        var rules: [GitignoreRule] = []
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = Array(rawLine.utf8)
            while let last = line.last, last == UInt8(ascii: " ") { line.removeLast() }
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            var negated = false
            if first == UInt8(ascii: "!") { negated = true; line.removeFirst() }
            var directoryOnly = false
            if line.last == UInt8(ascii: "/") { directoryOnly = true; line.removeLast() }
            let anchored = line.dropLast().contains(UInt8(ascii: "/"))
            if line.first == UInt8(ascii: "/") { line.removeFirst() }
            guard !line.isEmpty else { continue }
            rules.append(GitignoreRule(pattern: line, base: base, negated: negated, directoryOnly: directoryOnly, anchored: anchored))
        }
        return rules
    }

    /// Whether `path` (relative to the scan root) is ignored; the last matching rule wins.
    static func isIgnored(_ path: [UInt8], isDirectory: Bool, rules: [GitignoreRule]) -> Bool {
        var ignored = false
        for rule in rules where rule.matches(path, isDirectory: isDirectory) { ignored = !rule.negated }
        return ignored
    }

    func matches(_ path: [UInt8], isDirectory: Bool) -> Bool {
        if directoryOnly && !isDirectory { return false }
        var relative = path
        if !base.isEmpty {
            guard path.starts(with: base + [UInt8(ascii: "/")]) else { return false }
            relative = Array(path.dropFirst(base.count + 1))
        }
        if anchored { return Self.glob(pattern[...], relative[...]) }
        let name = relative.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? relative
        return Self.glob(pattern[...], name[...])
    }

    /// Iterative-with-backtracking glob; `*` stops at `/`, `**` crosses it.
    static func glob(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        let p = Array(p), s = Array(s)
        var memo = [Int: Bool]()
        func match(_ i: Int, _ j: Int, depth: Int) -> Bool {
            if depth > 64 { return false }
            let key = i * (s.count + 1) + j
            if let m = memo[key] { return m }
            var result: Bool
            if i == p.count {
                result = j == s.count
            } else if p[i] == UInt8(ascii: "*") {
                let doubleStar = i + 1 < p.count && p[i + 1] == UInt8(ascii: "*")
                let next = doubleStar ? (i + 2 < p.count && p[i + 2] == UInt8(ascii: "/") ? i + 3 : i + 2) : i + 1
                result = false
                var k = j
                while true {
                    if match(next, k, depth: depth + 1) { result = true; break }
                    if k >= s.count || (!doubleStar && s[k] == UInt8(ascii: "/")) { break }
                    k += 1
                }
            } else if j < s.count && (p[i] == UInt8(ascii: "?") && s[j] != UInt8(ascii: "/") || p[i] == s[j]) {
                result = match(i + 1, j + 1, depth: depth + 1)
            } else if j < s.count && p[i] == UInt8(ascii: "["), let close = p[(i + 1)...].firstIndex(of: UInt8(ascii: "]")) {
                var set = Array(p[(i + 1)..<close])
                let negate = set.first == UInt8(ascii: "!") || set.first == UInt8(ascii: "^")
                if negate { set.removeFirst() }
                var hit = false
                var k = 0
                while k < set.count {
                    if k + 2 < set.count && set[k + 1] == UInt8(ascii: "-") {
                        if s[j] >= set[k] && s[j] <= set[k + 2] { hit = true }
                        k += 3
                    } else { if s[j] == set[k] { hit = true }; k += 1 }
                }
                result = hit != negate ? match(close + 1, j + 1, depth: depth + 1) : false
            } else {
                result = false
            }
            memo[key] = result
            return result
        }
        return match(0, 0, depth: 0)
    }
}
