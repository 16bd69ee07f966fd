import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a work tree's HEAD commit from `.git` files directly: no git process, so no hook, fsmonitor or
/// config of a scanned repository can run anything.
package enum GitHead {
    /// The 40- or 64-hex HEAD commit of the work tree at `root`, or nil (not a git tree, unborn branch, unreadable).
    package static func read(root: String) -> String? {
        guard let gitDir = gitDirectory(root: root) else { return nil }
        let commonDir = small(gitDir + "/commondir").map { rel -> String in
            let r = rel.trimmingCharacters(in: .whitespacesAndNewlines)
            return r.hasPrefix("/") ? r : gitDir + "/" + r
        } ?? gitDir
        guard var head = small(gitDir + "/HEAD")?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        for _ in 0..<5 {  // symbolic refs may chain; bounded
            if isObjectID(head) { return head.lowercased() }
            guard head.hasPrefix("ref: ") else { return nil }
            let ref = String(head.dropFirst(5)).trimmingCharacters(in: .whitespaces)
            guard ref.hasPrefix("refs/"), !ref.contains(".."), !ref.contains("\0") else { return nil }
            if let loose = small(gitDir + "/" + ref) ?? small(commonDir + "/" + ref) {
                head = loose.trimmingCharacters(in: .whitespacesAndNewlines)
                continue
            }
            guard let packed = small(commonDir + "/packed-refs", limit: 64 << 20) else { return nil }
            for line in packed.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("^") {
                let parts = line.split(separator: " ", maxSplits: 1)
                if parts.count == 2, parts[1] == ref, isObjectID(String(parts[0])) { return String(parts[0]).lowercased() }
            }
            return nil
        }
        return nil
    }

    static func gitDirectory(root: String) -> String? {
        let dotGit = root + "/.git"
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit, isDirectory: &isDir) else { return nil }
        if isDir.boolValue { return dotGit }
        // A worktree or submodule: ".git" is a file "gitdir: <path>".
        guard let text = small(dotGit), text.hasPrefix("gitdir: ") else { return nil }
        let target = String(text.dropFirst(8)).trimmingCharacters(in: .whitespacesAndNewlines)
        return target.hasPrefix("/") ? target : root + "/" + target
    }

    static func isObjectID(_ s: String) -> Bool {
        (s.utf8.count == 40 || s.utf8.count == 64) && s.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) || (65...70).contains($0) }
    }

    /// Reads at most `limit` bytes of a regular file (never blocks on a FIFO or device a hostile tree plants).
    static func small(_ path: String, limit: Int = 4096) -> String? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        var buffer = [UInt8](repeating: 0, count: min(limit, max(0, Int(st.st_size))))
        var filled = 0
        while filled < buffer.count {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.read(fd, base + filled, raw.count - filled)
            }
            if n <= 0 { break }
            filled += n
        }
        return String(decoding: buffer[0..<filled], as: UTF8.self)
    }
}
