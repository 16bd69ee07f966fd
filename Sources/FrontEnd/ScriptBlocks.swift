/// The `<script>` blocks of a single-file component (Vue, Svelte): where their code is and which language it is
/// in. Found by a byte scan, as HTML does: a block's content ends at the first `</script`.
struct ScriptBlocks: Equatable {
    /// Byte ranges of the blocks' contents, in order.
    var ranges: [Range<Int>] = []
    /// `typescript` when any block says `lang="ts"` (or `typescript`), else `javascript`.
    var language = "javascript"

    /// The script blocks of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while let open = Self.find(Array("<script".utf8), in: bytes, from: i) {
            // `<script` must end the tag name: `<scripts>` is not a script.
            let after = open + 7
            guard after < bytes.count, [UInt8(ascii: ">"), 32, 9, 10, 13].contains(bytes[after]),
                  let close = Self.find([UInt8(ascii: ">")], in: bytes, from: after) else { i = open + 7; continue }
            let tag = String(decoding: UnsafeBufferPointer(rebasing: bytes[after..<close]), as: UTF8.self).lowercased()
            if tag.contains("lang=\"ts\"") || tag.contains("lang='ts'") || tag.contains("lang=\"typescript\"") || tag.contains("lang='typescript'") {
                language = "typescript"
            }
            let start = close + 1
            let end = Self.find(Array("</script".utf8), in: bytes, from: start) ?? bytes.count
            if end > start { ranges.append(start..<end) }
            i = end + 8
        }
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, bytes.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0] {
                var j = 1
                while j < needle.count, Self.lower(bytes[i + j]) == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
