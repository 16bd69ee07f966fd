/// License-text normalisation after the SPDX matching guidelines, byte-exact with
/// `scripts/license_index.py` (`tokens_of`), which applies it to the dataset at set-up:
///
/// 1. lines split on LF / CRLF / CR; each line lower-cased (ASCII);
/// 2. leading comment leaders, bullets and quotes (`space * # / ; ! % > | = + - " ' `` . :`) stripped;
/// 3. copyright lines dropped (`copyright (c)|©|<digit>|by|[<{`, `(c) <digit>`, `©`, `all rights reserved`,
///    `portions copyright`): holder names and years are replaceable text;
/// 4. a list marker at the start of a line (`1.`, `(a)`, `iv)`) dropped;
/// 5. tokens are maximal runs of `[a-z0-9]`: punctuation, quotes, dashes and whitespace never matter;
/// 6. equivalent words folded (`licence` → `license`, `https` → `http`, British → American spellings).
///
/// Complexity: O(n) in the number of bytes.
public enum Normalizer {
    /// FNV-1a 64 of a token's bytes: the key of the vocabulary.
    @inline(__always)
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < end { h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3; i += 1 }
        return h
    }

    static func fnv(_ s: String) -> UInt64 {
        let b = Array(s.utf8)
        return b.withUnsafeBufferPointer { fnv($0, 0, $0.count) }
    }

    static let equivalences: [UInt64: UInt64] = {
        let pairs: [(String, String)] = [
            ("licence", "license"), ("licences", "licenses"), ("licenced", "licensed"),
            ("licencing", "licensing"), ("https", "http"),
            ("acknowledgement", "acknowledgment"), ("acknowledgements", "acknowledgments"),
            ("analogue", "analog"), ("behaviour", "behavior"), ("centre", "center"),
            ("favour", "favor"), ("organisation", "organization"), ("organisations", "organizations"),
            ("authorise", "authorize"), ("authorised", "authorized"), ("recognise", "recognize"),
            ("sublicence", "sublicense"),
        ]
        var d: [UInt64: UInt64] = [:]
        for (a, b) in pairs { d[fnv(a)] = fnv(b) }
        return d
    }()

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b | 0x20 : b }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 48 && b <= 57) }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
    @inline(__always) static func isLead(_ b: UInt8) -> Bool {
        switch b {
        case 32, 9, 10, 11, 12, 13, 42, 35, 47, 59, 33, 37, 62, 124, 61, 43, 45, 34, 39, 96, 46, 58: return true
        default: return false
        }
    }

    /// Tokenises `text` (any byte encoding; only ASCII letters and digits form tokens).
    /// Calls `emit(hash, line)` for each token, `line` 1-based.
    static func tokenize(_ text: [UInt8], firstLine: Int = 1, _ emit: (UInt64, Int) -> Void) {
        let n = text.count
        if n == 0 { return }
        var low = [UInt8](repeating: 0, count: n)
        for i in 0..<n { low[i] = lower(text[i]) }
        low.withUnsafeBufferPointer { buf in
            var lineStart = 0
            var line = firstLine
            while lineStart <= n - 1 {
                var lineEnd = lineStart
                while lineEnd < n && buf[lineEnd] != 10 && buf[lineEnd] != 13 { lineEnd += 1 }
                tokenizeLine(buf, lineStart, lineEnd, line, emit)
                // Advance over one line break (CRLF counts once).
                if lineEnd < n && buf[lineEnd] == 13 && lineEnd + 1 < n && buf[lineEnd + 1] == 10 { lineStart = lineEnd + 2 }
                else { lineStart = lineEnd + 1 }
                line += 1
            }
        }
    }

    static func startsWith(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ lit: StaticString) -> Bool {
        let len = lit.utf8CodeUnitCount
        if i + len > end { return false }
        return lit.withUTF8Buffer { l in
            for k in 0..<len where buf[i + k] != l[k] { return false }
            return true
        }
    }

    static func isCopyrightLine(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        if startsWith(buf, s, e, "copyright") {
            var i = s + 9
            while i < e && isSpace(buf[i]) { i += 1 }
            if i >= e { return false }
            if startsWith(buf, i, e, "(c)") || startsWith(buf, i, e, "\u{00A9}") { return true }
            let c = buf[i]
            if c >= 48 && c <= 57 { return true }
            if c == 91 || c == 60 || c == 123 { return true }
            if startsWith(buf, i, e, "by") {
                let j = i + 2
                if j >= e { return true }
                let d = buf[j]
                return !(isAlnum(d) || d == 95)
            }
            return false
        }
        if startsWith(buf, s, e, "(c)") {
            var i = s + 3
            while i < e && isSpace(buf[i]) { i += 1 }
            if i >= e { return false }
            let c = buf[i]
            return (c >= 48 && c <= 57) || c == 91 || c == 60 || c == 123
        }
        if startsWith(buf, s, e, "\u{00A9}") { return true }
        if startsWith(buf, s, e, "all rights reserved") {
            var i = s + 19
            if i < e && buf[i] == 46 { i += 1 }
            while i < e && isSpace(buf[i]) { i += 1 }
            return i == e
        }
        if startsWith(buf, s, e, "portions copyright") {
            let j = s + 18
            return j >= e || !(isAlnum(buf[j]) || buf[j] == 95)
        }
        return false
    }

    /// Length of a list marker (`1.`, `(a)`, `iv)` followed by whitespace) at `s`, or 0.
    static func listMarker(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var i = s
        if i < e && buf[i] == 40 { i += 1 }
        func tail(_ j: Int) -> Int {
            guard j < e, buf[j] == 46 || buf[j] == 41 else { return 0 }
            var k = j + 1
            guard k < e, isSpace(buf[k]) else { return 0 }
            while k < e && isSpace(buf[k]) { k += 1 }
            return k - s
        }
        // digits{1,2}
        var j = i
        while j < e && j - i < 2 && buf[j] >= 48 && buf[j] <= 57 { j += 1 }
        if j > i { let t = tail(j); if t > 0 { return t } }
        // one letter
        if i < e && buf[i] >= 97 && buf[i] <= 122 { let t = tail(i + 1); if t > 0 { return t } }
        // roman numerals
        j = i
        while j < e && j - i < 4 && (buf[j] == 105 || buf[j] == 118 || buf[j] == 120) { j += 1 }
        if j > i { let t = tail(j); if t > 0 { return t } }
        return 0
    }

    static func tokenizeLine(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ line: Int, _ emit: (UInt64, Int) -> Void) {
        var s = start
        while s < end && isLead(buf[s]) { s += 1 }
        if s >= end { return }
        if isCopyrightLine(buf, s, end) { return }
        s += listMarker(buf, s, end)
        var i = s
        while i < end {
            while i < end && !isAlnum(buf[i]) { i += 1 }
            if i >= end { break }
            let ws = i
            while i < end && isAlnum(buf[i]) { i += 1 }
            var h = fnv(buf, ws, i)
            if let eq = equivalences[h] { h = eq }
            emit(h, line)
        }
    }
}
