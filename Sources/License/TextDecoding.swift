import Foundation

/// Reading scanned files: hostile data. Every read is capped, every encoding is tolerated,
/// binary content is recognised and skipped with a warning instead of being matched.
enum TextDecoding {
    /// Largest prefix of any file that is read. A 50 MB "LICENSE" is read up to this size.
    static let maxReadBytes = 1 << 20

    enum Content {
        case text([UInt8])          // UTF-8 (or Latin-1/other single-byte, passed through byte-wise)
        case binary
        case unreadable(String)
    }

    /// Reads at most `limit` bytes of the file at `url`.
    static func readPrefix(_ url: URL, limit: Int = maxReadBytes) -> Result<[UInt8], Error> {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let data = try handle.read(upToCount: limit) ?? Data()
            return .success([UInt8](data))
        } catch {
            return .failure(error)
        }
    }

    /// Decodes raw bytes into a byte string the normaliser can work on.
    /// UTF-16 (with BOM, or without BOM but with the tell-tale zero bytes) is transcoded to UTF-8;
    /// UTF-8 BOMs are dropped; Latin-1 and other single-byte text is kept byte-wise (the tokeniser
    /// only looks at ASCII letters and digits, so this is lossless for matching).
    static func decode(_ bytes: [UInt8]) -> Content {
        if bytes.isEmpty { return .text([]) }
        if bytes.count >= 2 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE { return .text(utf16ToUTF8(bytes, from: 2, littleEndian: true)) }
            if bytes[0] == 0xFE && bytes[1] == 0xFF { return .text(utf16ToUTF8(bytes, from: 2, littleEndian: false)) }
        }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            return .text(Array(bytes[3...]))
        }
        // BOM-less UTF-16: many zero bytes in one parity.
        let sample = bytes.prefix(4096)
        var zeroEven = 0, zeroOdd = 0, control = 0
        for (i, b) in sample.enumerated() {
            if b == 0 { if i & 1 == 0 { zeroEven += 1 } else { zeroOdd += 1 } }
            else if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { control += 1 }
        }
        let half = max(1, sample.count / 2)
        if zeroOdd * 10 >= half * 7 && zeroEven * 10 < half { return .text(utf16ToUTF8(bytes, from: 0, littleEndian: true)) }
        if zeroEven * 10 >= half * 7 && zeroOdd * 10 < half { return .text(utf16ToUTF8(bytes, from: 0, littleEndian: false)) }
        if zeroEven + zeroOdd > 0 || control * 20 > sample.count { return .binary }
        return .text(bytes)
    }

    static func utf16ToUTF8(_ bytes: [UInt8], from start: Int, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = start
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (a | b << 8) : (a << 8 | b))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        for scalar in String(decoding: units, as: UTF16.self).utf8 { out.append(scalar) }
        return out
    }

    /// Text of a byte string for display and line-based scanning (invalid UTF-8 repaired; Latin-1 mapped).
    /// CRLF and lone CR become LF: Swift treats "\r\n" as one Character, so splitting on "\n" would not see
    /// the lines of a CRLF file. Line numbers are unchanged.
    static func string(_ bytes: [UInt8]) -> String {
        var normalized = bytes
        if bytes.contains(13) {
            normalized = []
            normalized.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 13 {
                    normalized.append(10)
                    if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
                } else { normalized.append(bytes[i]) }
                i += 1
            }
        }
        if let s = String(validating: normalized, as: UTF8.self) { return s }
        return String(normalized.map { Character(Unicode.Scalar($0)) })
    }

    /// Reads a gzip file (Debian `copyright.gz`, `changelog.gz`) by running the system gzip
    /// decompressor on it. Nothing from the scanned tree is executed: gzip only reads the bytes.
    static func gunzip(_ url: URL, limit: Int = maxReadBytes) -> [UInt8]? {
        let gzip = ["/bin/gzip", "/usr/bin/gzip"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let tool = gzip else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-dc", "--", url.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        var collected = Data()
        let h = out.fileHandleForReading
        while collected.count < limit {
            let chunk = h.availableData
            if chunk.isEmpty { break }
            collected.append(chunk)
        }
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        return [UInt8](collected.prefix(limit))
    }
}
