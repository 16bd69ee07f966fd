import Foundation

extension StringProtocol {
    /// Substring test on UTF-8 bytes (`memchr` for the first byte, `memcmp` for the rest). With Foundation
    /// imported, `contains(_:)` bridges to a locale-aware NSString search, and the generic `firstRange(of:)`
    /// on a UTF-8 view steps index by index; the license stage runs several searches per line of every file.
    func utf8Contains(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var hay = String(self), pattern = needle
        return hay.withUTF8 { h in
            pattern.withUTF8 { n in
                guard let first = n.first, let needleStart = n.baseAddress, var cursor = h.baseAddress, h.count >= n.count else {
                    return false
                }
                let lastStart = cursor + (h.count - n.count)
                while cursor <= lastStart, let hit = memchr(cursor, Int32(first), lastStart - cursor + 1) {
                    let candidate = hit.assumingMemoryBound(to: UInt8.self)
                    if memcmp(candidate, needleStart, n.count) == 0 { return true }
                    cursor = UnsafePointer(candidate) + 1
                }
                return false
            }
        }
    }
}
