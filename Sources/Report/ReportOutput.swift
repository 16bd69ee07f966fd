import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a report could not be written, one line each.
public enum OutputError: Error, CustomStringConvertible, Sendable {
    /// `--output` names a directory (a usage error).
    case isDirectory(String)
    /// A write, flush or rename failed (disk full, closed pipe, I/O error).
    case failed(target: String, reason: String)

    public var description: String {
        switch self {
        case .isDirectory(let p): return "--output \(p) is a directory; pass a file name"
        case let .failed(target, reason): return "cannot write \(target): \(reason)"
        }
    }
}

/// Writes a finished report where the user asked, never damaging what was there.
///
/// A regular file (or a new one) is written to a temporary file beside it and renamed over it, so a reader
/// never sees half a report and a failed write leaves the old file as it was. Anything else is written through,
/// never replaced: a symlink to a regular file is resolved and its target replaced the same way (the link stays);
/// a device, a FIFO or a dangling symlink is opened and written in place. Every write, flush and close is checked.
public enum ReportOutput {
    /// Writes `data` to `path`, or to standard output when `path` is nil.
    /// - Throws: `OutputError`.
    public static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            try writeAll(data, fd: STDOUT_FILENO, target: "standard output")
            return
        }
        let display = safe(path)
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw OutputError.failed(target: display, reason: String(cString: strerror(errno))) }
            try replaceRegular(path, with: data, display: display, mode: nil)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw OutputError.isDirectory(display)
        case S_IFREG: try replaceRegular(path, with: data, display: display, mode: info.st_mode & 0o7777)
        case S_IFLNK:
            var target = stat()
            if stat(path, &target) == 0 {
                if target.st_mode & S_IFMT == S_IFDIR { throw OutputError.isDirectory(display) }
                if target.st_mode & S_IFMT == S_IFREG, let resolved = realpath(path, nil) {
                    defer { free(resolved) }
                    try replaceRegular(String(cString: resolved), with: data, display: display, mode: target.st_mode & 0o7777)
                    return
                }
            }
            try writeThrough(path, data, display: display)
        default:
            try writeThrough(path, data, display: display)
        }
    }

    /// Temporary file beside `path`, fsync, rename: the old content survives any failure.
    private static func replaceRegular(_ path: String, with data: Data, display: String, mode: mode_t?) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory + "/." + url.lastPathComponent + ".clonescan-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { throw OutputError.failed(target: display, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer { if !done { unlink(temporary) } }
        do {
            try writeAll(data, fd: fd, target: display)
            fchmod(fd, mode ?? (0o666 & ~currentUmask()))
            if fsync(fd) != 0 { throw OutputError.failed(target: display, reason: String(cString: strerror(errno))) }
        } catch { close(fd); throw error }
        guard close(fd) == 0 else { throw OutputError.failed(target: display, reason: String(cString: strerror(errno))) }
        guard rename(temporary, path) == 0 else { throw OutputError.failed(target: display, reason: String(cString: strerror(errno))) }
        done = true
    }

    /// Opens `path` (following links, creating a missing link target) and writes in place.
    private static func writeThrough(_ path: String, _ data: Data, display: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw OutputError.failed(target: display, reason: String(cString: strerror(errno))) }
        do { try writeAll(data, fd: fd, target: display) } catch { close(fd); throw error }
        guard close(fd) == 0 else { throw OutputError.failed(target: display, reason: String(cString: strerror(errno))) }
    }

    /// Every byte of `data` to `fd`, retrying short writes and EINTR; any other failure throws.
    static func writeAll(_ data: Data, fd: Int32, target: String) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.failed(target: target, reason: String(cString: strerror(errno)))
                }
                if n == 0 { throw OutputError.failed(target: target, reason: "no progress writing") }
                offset += n
            }
        }
    }

    static func currentUmask() -> mode_t {
        let old = umask(0o022)
        umask(old)
        return old
    }

    /// A path for a one-line message: control characters shown as escapes.
    private static func safe(_ path: String) -> String {
        String(path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
    }
}
