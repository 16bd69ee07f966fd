import CZlib
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A gzip file written once, atomically: compressed into a temporary file beside its final name, then flushed,
/// synced and renamed by `commit()`, so a reader sees either no file or a whole one. zlib (Debian's zlib1g) does the
/// deflate; this is the one place that calls it.
public final class GzipFile {
    /// The final path.
    public let path: String
    private let temporary: String
    private var fd: Int32
    private var stream = z_stream()
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    private var finished = false
    /// Uncompressed bytes written so far.
    public private(set) var bytesIn = 0
    /// Compressed bytes written so far.
    public private(set) var bytesOut = 0

    /// Opens a temporary file for `path` in the same directory.
    /// - Throws: `OutputError.failed` when the file cannot be created or zlib cannot start.
    public init(path: String, level: Int32 = 6) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        var template = Array((url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
        fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else { throw OutputError.failed(target: path, reason: String(cString: strerror(errno))) }
        temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp makes the file private; a shard is as readable as any other file the user writes.
        fchmod(fd, 0o666 & ~ReportOutput.currentUmask())
        guard clonescan_deflate_init_gzip(&stream, level) == Z_OK else {
            close(fd)
            unlink(temporary)
            throw OutputError.failed(target: path, reason: "zlib cannot start a gzip stream")
        }
    }

    deinit {
        // Not committed: the temporary file goes, the final name was never touched.
        if !finished {
            deflateEnd(&stream)
            close(fd)
            unlink(temporary)
        }
    }

    /// Compresses `bytes` into the file.
    /// - Throws: `OutputError.failed` when the write fails (disk full, I/O error).
    public func write(_ bytes: [UInt8]) throws {
        precondition(!finished, "GzipFile written after commit")
        bytesIn += bytes.count
        try bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            try pump(flush: Z_NO_FLUSH)
        }
    }

    /// Finishes the gzip stream, syncs the file and renames it to `path`.
    /// - Throws: `OutputError.failed` when a write, the sync or the rename fails (the temporary file is removed).
    public func commit() throws {
        precondition(!finished, "GzipFile committed twice")
        stream.next_in = nil
        stream.avail_in = 0
        try pump(flush: Z_FINISH)
        finished = true
        deflateEnd(&stream)
        var failure: String?
        if fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw OutputError.failed(target: path, reason: failure)
        }
    }

    /// Runs deflate until it has consumed the input (and, with `Z_FINISH`, ended the stream), writing what it makes.
    private func pump(flush: Int32) throws {
        while true {
            let status: Int32 = output.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                return deflate(&stream, flush)
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw OutputError.failed(target: path, reason: "zlib deflate failed (\(status))")
            }
            let produced = output.count - Int(stream.avail_out)
            try writeAll(produced)
            if flush == Z_FINISH ? status == Z_STREAM_END : (stream.avail_in == 0 && stream.avail_out != 0) { return }
        }
    }

    private func writeAll(_ count: Int) throws {
        var offset = 0
        while offset < count {
            let n = output.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError.failed(target: path, reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        bytesOut += count
    }
}
