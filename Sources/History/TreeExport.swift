import Foundation
import FrontEnd

/// A commit's files written into a fresh temporary directory, read from git objects (`ls-tree` and
/// `cat-file --batch`): never a checkout, so the user's work tree, index and HEAD stay as they were.
///
/// Only regular files up to `maxFileBytes` are written (no symlinks, submodules or `.gitignore` files: every
/// tracked file counts, as `git ls-files` lists them for a work tree), and a path with an empty, `.`, `..` or
/// `.git` component is skipped. The directory is removed by `remove()`.
public struct TreeExport: Sendable {
    /// The temporary directory holding the commit's files.
    public let directory: String
    /// Files written.
    public let files: Int

    /// Writes the files of `commit` in `repository` under a new directory in the temporary folder.
    /// - Throws: `GitCommand.Failure` when git cannot list or read the tree, `CocoaError` when the files cannot be written
    ///   (the directory is removed first).
    public static func write(_ commit: String, of repository: GitRepository, maxFileBytes: Int,
                             maxTotalBytes: Int = 1 << 30) throws -> TreeExport {
        let listing = try GitCommand.run(["ls-tree", "-r", "-z", "-l", "--full-tree", commit], in: repository.root,
                                         timeout: repository.timeout)
        var wanted: [(path: String, object: String)] = []
        var total = 0
        for record in listing.split(separator: 0) {
            // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
            guard let tab = record.firstIndex(of: 9) else { continue }
            let meta = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true)
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            guard meta.count == 4, meta[0] == "100644" || meta[0] == "100755", meta[1] == "blob",
                  let size = Int(meta[3]), size <= maxFileBytes, isSafe(path) else { continue }
            total += size
            guard total <= maxTotalBytes else { break }
            wanted.append((path, String(meta[2])))
        }
        let directory = try makeTemporaryDirectory()
        do {
            let objects = Array(Set(wanted.map(\.object))).sorted()
            let contents = try blobs(objects, of: repository, limit: total + 128 * objects.count + 4096)
            for (path, object) in wanted {
                guard let data = contents[object] else { continue }
                let url = URL(fileURLWithPath: directory).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        return TreeExport(directory: directory, files: wanted.count)
    }

    /// Removes the directory and everything in it.
    public func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// Whether a tree path stays inside the export directory and is worth writing.
    static func isSafe(_ path: String) -> Bool {
        guard !path.hasPrefix("/"), !path.contains("\0") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.last == ".gitignore" { return false }
        return !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.lowercased() == ".git" }
    }

    /// The contents of `objects`, read in one `git cat-file --batch` run.
    static func blobs(_ objects: [String], of repository: GitRepository, limit: Int) throws -> [String: Data] {
        guard !objects.isEmpty else { return [:] }
        let input = Data((objects.joined(separator: "\n") + "\n").utf8)
        let out = try GitCommand.run(["cat-file", "--batch"], in: repository.root, input: input,
                                     timeout: repository.timeout, limit: limit)
        var result: [String: Data] = [:]
        var i = out.startIndex
        // Each answer: "<object> blob <size>\n<content>\n", or "<object> missing\n".
        while i < out.endIndex, let newline = out[i...].firstIndex(of: 10) {
            let header = String(decoding: out[i..<newline], as: UTF8.self).split(separator: " ")
            i = newline + 1
            guard header.count == 3, let size = Int(header[2]), size >= 0, i + size <= out.endIndex else { continue }
            if header[1] == "blob" { result[String(header[0])] = Data(out[i..<(i + size)]) }
            i += size + 1
        }
        return result
    }

    static func makeTemporaryDirectory() throws -> String {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("clonescan-history-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard let made = bytes.withUnsafeMutableBufferPointer({ buf in buf.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: template])
        }
        return String(cString: made)
    }
}
