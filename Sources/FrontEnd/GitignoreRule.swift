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
        // Discovery asks every rule about every path: slices of the path, no copies.
        var relative = path[...]
        if !base.isEmpty {
            guard path.count > base.count, path.starts(with: base), path[base.count] == UInt8(ascii: "/") else { return false }
            relative = path[(base.count + 1)...]
        }
        if anchored { return Self.glob(pattern[...], relative) }
        let name = relative.lastIndex(of: UInt8(ascii: "/")).map { relative[($0 + 1)...] } ?? relative
        return Self.glob(pattern[...], name)
    }

    /// Whether a pattern byte is special to `glob`; a pattern without any is a plain comparison.
    static func isWildcard(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "[")
    }

    /// Iterative-with-backtracking glob; `*` stops at `/`, `**` crosses it.
    static func glob(_ pattern: ArraySlice<UInt8>, _ subject: ArraySlice<UInt8>) -> Bool {
        if !pattern.contains(where: isWildcard) { return pattern.elementsEqual(subject) }
        return pattern.withUnsafeBufferPointer { p in
            subject.withUnsafeBufferPointer { s in
                // memo[i * (s.count + 1) + j]: 0 unknown, 1 no match, 2 match.
                let cells = (p.count + 1) * (s.count + 1)
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: cells) { memo in
                    memo.initialize(repeating: 0)
                    return match(p, s, memo, 0, 0, depth: 0)
                }
            }
        }
    }

    private static func match(_ p: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<UInt8>, _ memo: UnsafeMutableBufferPointer<UInt8>,
                              _ i: Int, _ j: Int, depth: Int) -> Bool {
        if depth > 64 { return false }
        let key = i * (s.count + 1) + j
        if memo[key] != 0 { return memo[key] == 2 }
        var result: Bool
        if i == p.count {
            result = j == s.count
        } else if p[i] == UInt8(ascii: "*") {
            let doubleStar = i + 1 < p.count && p[i + 1] == UInt8(ascii: "*")
            let next = doubleStar ? (i + 2 < p.count && p[i + 2] == UInt8(ascii: "/") ? i + 3 : i + 2) : i + 1
            result = false
            var k = j
            while true {
                if match(p, s, memo, next, k, depth: depth + 1) { result = true; break }
                if k >= s.count || (!doubleStar && s[k] == UInt8(ascii: "/")) { break }
                k += 1
            }
        } else if j < s.count && (p[i] == UInt8(ascii: "?") && s[j] != UInt8(ascii: "/") || p[i] == s[j]) {
            result = match(p, s, memo, i + 1, j + 1, depth: depth + 1)
        } else if j < s.count && p[i] == UInt8(ascii: "["), let close = p[(i + 1)...].firstIndex(of: UInt8(ascii: "]")) {
            var k = i + 1
            let negate = k < close && (p[k] == UInt8(ascii: "!") || p[k] == UInt8(ascii: "^"))
            if negate { k += 1 }
            var hit = false
            while k < close {
                if k + 2 < close && p[k + 1] == UInt8(ascii: "-") {
                    if s[j] >= p[k] && s[j] <= p[k + 2] { hit = true }
                    k += 3
                } else { if s[j] == p[k] { hit = true }; k += 1 }
            }
            result = hit != negate ? match(p, s, memo, close + 1, j + 1, depth: depth + 1) : false
        } else {
            result = false
        }
        memo[key] = result ? 2 : 1
        return result
    }
}
