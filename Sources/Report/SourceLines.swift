import Foundation

/// The lines of a side's source files, read on demand for the HTML report's snippets (files over 8 MB are left out).
public struct SourceLines: Sendable {
    /// The tree root (or the single file) the side was analysed from.
    public var root: String

    public init(root: String) { self.root = root }

    /// The lines of `path` (relative to `root`), or nil when it cannot be read.
    public func lines(of path: String) -> [String]? {
        var isDirectory: ObjCBool = false
        let full = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue ? root + "/" + path : root
        guard let bytes = FileManager.default.contents(atPath: full), bytes.count < 8 << 20 else { return nil }
        return String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
    }
}
