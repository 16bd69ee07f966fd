/// The `<script>` blocks of a single-file component (Vue, Svelte, Astro, whose `---` frontmatter is TypeScript too):
/// where their code is and which language it is in. Found by a byte scan, as HTML does: a block's content ends at the
/// first `</script`.
struct ScriptBlocks: Equatable {
    /// Byte ranges of the blocks' contents, in order.
    var ranges: [Range<Int>] = []
    /// `typescript` when any block says `lang="ts"` (or `typescript`), else `javascript`.
    var language = "javascript"

    /// The script blocks of `bytes`; with `frontmatter`, also an Astro component's `---` fenced TypeScript at the top.
    init(_ bytes: UnsafeBufferPointer<UInt8>, frontmatter: Bool = false) {
        var i = 0
        if frontmatter, let fence = Self.frontmatter(bytes) {
            ranges.append(fence)
            language = "typescript"
            i = fence.upperBound
        }
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

    /// The code between a first line `---` (after blank lines) and the next line `---`.
    private static func frontmatter(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var i = 0
        while i < bytes.count, [32, 9, 10, 13].contains(bytes[i]) { i += 1 }
        guard i + 3 <= bytes.count, bytes[i] == 45, bytes[i + 1] == 45, bytes[i + 2] == 45 else { return nil }
        guard let open = find([10], in: bytes, from: i + 3) else { return nil }
        var line = open + 1
        while line < bytes.count {
            let end = find([10], in: bytes, from: line) ?? bytes.count
            let text = UnsafeBufferPointer(rebasing: bytes[line..<end])
            if text.count >= 3, text[0] == 45, text[1] == 45, text[2] == 45, text.dropFirst(3).allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
                return (open + 1)..<line
            }
            line = end + 1
        }
        return nil
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
