/// Splits identifiers into lower-case sub-words: `get_user_name`, `getUserName`, `GetUserName`
/// and `HTTPServer2` all split at case changes, underscores, digits and punctuation.
public enum Subwords {
    /// Calls `body` with each sub-word of `bytes` (ASCII lower-cased; non-ASCII bytes kept),
    /// skipping one-letter words, which carry no evidence.
    public static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) {
        var start = -1
        let n = bytes.count
        func flush(_ end: Int) {
            if start >= 0, end - start >= 2 { body(lowercased(bytes, start..<end)) }
            start = -1
        }
        var i = 0
        while i < n {
            let c = bytes[i]
            let isUpper = c >= 65 && c <= 90
            let isLower = (c >= 97 && c <= 122) || c >= 0x80
            let isDigit = c >= 48 && c <= 57
            if !(isUpper || isLower || isDigit) {
                flush(i)
            } else if start < 0 {
                start = i
            } else {
                let p = bytes[i - 1]
                let prevUpper = p >= 65 && p <= 90
                let prevLower = (p >= 97 && p <= 122) || p >= 0x80
                let prevDigit = p >= 48 && p <= 57
                if isUpper && prevLower { flush(i); start = i }
                else if isDigit != prevDigit { flush(i); start = i }
                else if isLower && prevUpper && i - start >= 2 {
                    // "HTTPServer": the last capital starts the next word.
                    flush(i - 1); start = i - 1
                }
            }
            i += 1
        }
        flush(n)
    }

    /// The sub-words of `identifier` as an array.
    public static func split(_ identifier: String) -> [String] {
        var out: [String] = []
        var copy = identifier
        copy.withUTF8 { buffer in split(buffer) { out.append($0) } }
        return out
    }

    /// `bytes[range]` with ASCII letters lower-cased, written straight into the string's storage (no
    /// intermediate array: this runs for every identifier and comment word of every file).
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        guard word.allSatisfy({ $0 < 0x80 }) else {
            // Non-ASCII: decode (repairing invalid UTF-8) first, then lower-case the ASCII letters only.
            return String(decoding: word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: word.count) { out in
            for (i, c) in word.enumerated() { out[i] = c >= 65 && c <= 90 ? c + 32 : c }
            return word.count
        }
    }

    /// Calls `body` with each word of comment text: runs of letters and digits, lower-cased, 2+ bytes.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) {
        var start = -1
        func flush(_ end: Int) {
            if start >= 0, end - start >= 2, end - start <= 40 { body(lowercased(bytes, start..<end)) }
            start = -1
        }
        for i in 0..<bytes.count {
            let c = bytes[i]
            let isWordByte = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0x80
            if isWordByte { if start < 0 { start = i } } else { flush(i) }
        }
        flush(bytes.count)
    }
}
