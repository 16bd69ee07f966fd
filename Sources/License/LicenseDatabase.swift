import Foundation

/// Errors of the License module. Only set-up problems throw; bad scanned input becomes warnings.
public enum LicenseError: Error, CustomStringConvertible, Sendable {
    case dataMissing(path: String)
    case dataCorrupt(path: String, reason: String)
    case notADirectory(path: String)

    public var description: String {
        switch self {
        case .dataMissing(let p): return "license data not found at \(p); run `make setup`"
        case .dataCorrupt(let p, let r): return "license data at \(p) is unreadable (\(r)); delete it and run `make setup`"
        case .notADirectory(let p): return "\(p) is not a readable directory"
        }
    }
}

/// One license of the dataset (a ScanCode key with its SPDX id and category).
public struct LicenseInfo: Sendable, Hashable, Codable {
    public let key: String
    public let spdx: String
    public let shortName: String
    /// ScanCode category: Permissive, Copyleft, Copyleft Limited, Public Domain, Proprietary Free, ...
    public let category: String
    public let isException: Bool
}

/// One matchable text: a full license text or a ScanCode rule (notice, reference, tag).
struct Rule: Sendable {
    enum Kind: UInt8, Sendable { case text = 0, notice = 1, reference = 2, tag = 3 }
    let name: String
    let spdx: String
    let kind: Kind
    let relevance: Int
    let minCoverage: Int
    let tokStart: Int
    let tokLen: Int
    let ngrams: Int
}

/// The compact match index built at set-up by `scripts/setup-license-data.sh` from the pinned
/// ScanCode dataset (licensedcode-data 32.1.0). Immutable once loaded; share one instance.
public final class LicenseDatabase: Sendable {
    public static let dataVersion = "licensedcode-32.1.0"

    /// `CLONESCAN_LICENSE_DATA`, else `$CLONESCAN_CACHE/license/licensedcode-32.1.0`,
    /// else `~/.cache/clonescan/license/licensedcode-32.1.0`.
    public static var defaultPath: URL {
        let env = ProcessInfo.processInfo.environment
        if let p = env["CLONESCAN_LICENSE_DATA"], !p.isEmpty { return URL(fileURLWithPath: p) }
        let cache: URL
        if let c = env["CLONESCAN_CACHE"], !c.isEmpty { cache = URL(fileURLWithPath: c) }
        else { cache = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/clonescan") }
        return cache.appendingPathComponent("license").appendingPathComponent(dataVersion)
    }

    public let path: URL
    public let licenses: [String: LicenseInfo]          // by ScanCode key
    let licensesBySPDX: [String: LicenseInfo]            // by lower-cased SPDX id
    let rules: [Rule]
    let vocab: [UInt64: UInt32]                          // fnv(token) -> id (1-based)
    let tokens: [UInt32]
    let keys: [UInt64]
    let offsets: [UInt32]
    let postings: [UInt32]

    nonisolated(unsafe) private static var sharedCache: [String: LicenseDatabase] = [:]
    private static let lock = NSLock()

    /// Loads (once per process and path) the database at `path` (default `defaultPath`).
    public static func shared(path: URL? = nil) throws -> LicenseDatabase {
        let p = path ?? defaultPath
        lock.lock(); defer { lock.unlock() }
        if let db = sharedCache[p.path] { return db }
        let db = try LicenseDatabase(path: p)
        sharedCache[p.path] = db
        return db
    }

    public init(path: URL = LicenseDatabase.defaultPath) throws {
        self.path = path
        let fm = FileManager.default
        guard fm.fileExists(atPath: path.appendingPathComponent("INFO").path) else {
            throw LicenseError.dataMissing(path: path.path)
        }
        func read(_ name: String) throws -> Data {
            do { return try Data(contentsOf: path.appendingPathComponent(name), options: .mappedIfSafe) }
            catch { throw LicenseError.dataCorrupt(path: path.path, reason: "\(name): \(error.localizedDescription)") }
        }
        func lines(_ d: Data) -> [Substring] {
            String(decoding: d, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        }

        var lic: [String: LicenseInfo] = [:]
        var bySPDX: [String: LicenseInfo] = [:]
        for l in lines(try read("licenses.tsv")) {
            let f = l.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 5 else { continue }
            let info = LicenseInfo(key: String(f[0]), spdx: String(f[1]), shortName: String(f[2]), category: String(f[3]), isException: f[4] == "1")
            lic[info.key] = info
            let lk = info.spdx.lowercased()
            if bySPDX[lk] == nil || info.key == info.spdx.lowercased() { bySPDX[lk] = info }
        }
        licenses = lic
        licensesBySPDX = bySPDX

        var rs: [Rule] = []
        for l in lines(try read("rules.tsv")) {
            let f = l.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 9, let rel = Int(f[4]), let mc = Int(f[5]), let ts = Int(f[6]), let tl = Int(f[7]), let ng = Int(f[8]) else { continue }
            let kind: Rule.Kind
            switch f[3] { case "text": kind = .text; case "notice": kind = .notice; case "reference": kind = .reference; default: kind = .tag }
            rs.append(Rule(name: String(f[1]), spdx: String(f[2]), kind: kind, relevance: rel, minCoverage: mc, tokStart: ts, tokLen: tl, ngrams: ng))
        }
        rules = rs

        var v: [UInt64: UInt32] = [:]
        var id: UInt32 = 1
        for w in lines(try read("vocab.txt")) {
            v[Normalizer.fnv(String(w))] = id
            id += 1
        }
        vocab = v

        let tokData = try read("tokens.bin")
        tokens = LicenseDatabase.array(UInt32.self, tokData, 0, tokData.count / 4)

        let post = try read("postings.bin")
        guard post.count >= 16, post.prefix(4) == Data("CSLP".utf8) else {
            throw LicenseError.dataCorrupt(path: path.path, reason: "postings.bin: bad header")
        }
        let header = LicenseDatabase.array(UInt32.self, post, 4, 3)
        let nkeys = Int(header[1]), nposts = Int(header[2])
        guard header[0] == 1, post.count == 16 + nkeys * 8 + (nkeys + 1) * 4 + nposts * 4 else {
            throw LicenseError.dataCorrupt(path: path.path, reason: "postings.bin: size mismatch")
        }
        keys = LicenseDatabase.array(UInt64.self, post, 16, nkeys)
        offsets = LicenseDatabase.array(UInt32.self, post, 16 + nkeys * 8, nkeys + 1)
        postings = LicenseDatabase.array(UInt32.self, post, 16 + nkeys * 8 + (nkeys + 1) * 4, nposts)
        guard let last = rules.last, last.tokStart + last.tokLen <= tokens.count else {
            throw LicenseError.dataCorrupt(path: path.path, reason: "rules.tsv and tokens.bin disagree")
        }
    }

    private static func array<T: FixedWidthInteger>(_ type: T.Type, _ data: Data, _ byteOffset: Int, _ count: Int) -> [T] {
        var out = [T](repeating: 0, count: count)
        out.withUnsafeMutableBytes { dst in
            data.withUnsafeBytes { src in
                let n = min(count * MemoryLayout<T>.size, max(0, src.count - byteOffset))
                if n > 0, let base = src.baseAddress { dst.baseAddress?.copyMemory(from: base + byteOffset, byteCount: n) }
            }
        }
        #if _endian(big)
        return out.map { T(littleEndian: $0) }
        #else
        return out
        #endif
    }

    /// The original text of a dataset license (by ScanCode key, or by SPDX id), if set-up stored it.
    public func licenseText(key: String) -> String? {
        let k = licenses[key] != nil ? key : (license(spdx: key)?.key ?? key)
        guard k.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" || $0 == "+" }) else { return nil }
        return try? String(contentsOf: path.appendingPathComponent("texts").appendingPathComponent(k + ".txt"), encoding: .utf8)
    }

    /// The dataset entry for an SPDX id (case-insensitive), if any.
    public func license(spdx: String) -> LicenseInfo? { licensesBySPDX[spdx.lowercased()] }

    /// Range of rule ids in the postings for a trigram key. O(log k).
    @inline(__always)
    func postingRange(_ key: UInt64) -> Range<Int>? {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        guard lo < keys.count, keys[lo] == key else { return nil }
        return Int(offsets[lo])..<Int(offsets[lo + 1])
    }
}
