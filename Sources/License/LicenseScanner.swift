import Foundation

/// Finds licenses, copyright statements and project identity in a directory tree.
///
/// Files are classified by name (license files, manifests, Debian copyright files, source files),
/// read with a size cap, decoded tolerantly and examined in parallel. Nothing in the tree is executed;
/// symbolic links are not followed. See docs/license.md.
public struct LicenseScanner: Sendable {
    public let database: LicenseDatabase
    /// Bytes read from the top of each source file for header and SPDX-tag detection.
    public var headerBytes = 16 * 1024
    /// Lines of a source file considered its header.
    public var headerLines = 60

    /// Uses `LicenseDatabase.shared()` (throws `LicenseError.dataMissing` naming the path if set-up has not run).
    public init() throws { database = try LicenseDatabase.shared() }
    public init(database: LicenseDatabase) { self.database = database }

    static let sourceExtensions: Set<String> = [
        "py", "pyi", "pyx", "pxd", "js", "mjs", "cjs", "jsx", "ts", "tsx", "go", "rs", "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "hxx",
        "java", "kt", "kts", "scala", "swift", "m", "mm", "rb", "php", "cs", "fs", "vb", "sh", "bash", "zsh", "pl", "pm", "lua", "hs",
        "ml", "mli", "ex", "exs", "erl", "hrl", "clj", "dart", "r", "jl", "zig", "nim", "el", "lisp", "scm", "sql", "proto", "vue",
        "svelte", "groovy", "gradle", "cmake", "ps1", "asm", "s", "f90", "f", "d", "v", "sv", "vhd", "tcl", "coffee", "elm", "ada", "adb", "ads",
    ]
    static let skipDirectories: Set<String> = [".git", ".hg", ".svn", ".bzr", "_darcs", ".build", ".tox", ".venv", "__pycache__"]

    enum Category { case licenseFile, manifest, debian, readme, source, other }

    static func category(rel: String, name: String) -> Category {
        if Debian.isCopyrightFile(rel) && rel.contains("/") { return .debian }
        if Manifests.isManifest(name) { return .manifest }
        let low = name.lowercased()
        let ext = (low as NSString).pathExtension
        let isSource = sourceExtensions.contains(ext)
        let prefixes = ["license", "licence", "copying", "unlicense", "notice", "copyright", "mit-license", "legal", "patents", "copyleft"]
        if !isSource && prefixes.contains(where: { low.hasPrefix($0) }) && ext != "gz" && ext != "json" && ext != "toml" { return .licenseFile }
        if !isSource && (rel.lowercased().hasPrefix("licenses/") || rel.lowercased().contains("/licenses/")) && ["", "txt", "md"].contains(ext) { return .licenseFile }
        if !isSource && (low.hasSuffix(".license") || low.hasPrefix("license-") || low.hasSuffix("-license") || low.hasSuffix("_license")) { return .licenseFile }
        if !isSource && isNamedLicenseText(low) { return .licenseFile }
        // Vendored copies keep their license as `NAME.LICENSE` / `NAME.LICENSE.txt` (pip's _vendor).
        if !isSource && (low.hasSuffix(".license.txt") || low.hasSuffix(".license.md") || low.hasSuffix(".copying")) { return .licenseFile }
        if isSource { return .source }
        if ReadmeNotes.isReadme(name) { return .readme }
        return .other
    }

    /// Is `rel` (a path relative to the scanned root) a license file by its name?
    static func isLicenseFileName(_ rel: String) -> Bool {
        category(rel: rel, name: (rel as NSString).lastPathComponent) == .licenseFile
    }

    /// License texts named after their license: `lgpl.txt`, `GPL`, `gpl-2.0.txt`, `MIT.txt`, `apache-2.0.md`.
    static func isNamedLicenseText(_ lowerName: String) -> Bool {
        lowerName.range(of: #"^(a|l)?gpl(v?[0-9.]+)?(-[0-9.]+)?(-or-later|-only|\+)?(\.txt|\.md)?$"#, options: .regularExpression) != nil
            || lowerName.range(of: #"^(mit|bsd|isc|apache|mpl|epl|psf|zlib|unlicense|cc0)(-?v?[0-9.]+)?(-clause)?\.(txt|md)$"#, options: .regularExpression) != nil
    }

    static func isNoticeName(_ rel: String) -> Bool {
        let n = (rel as NSString).lastPathComponent.lowercased()
        return n.hasPrefix("notice") || n.hasPrefix("patents") || n.hasPrefix("legal")
    }

    struct FileResult {
        var findings: [LicenseFinding] = []
        var copyrights: [CopyrightStatement] = []
        var identity = ProjectIdentity()
        var warnings: [String] = []
        var debianPrimary: LicenseFinding? = nil
        /// Non-primary DEP-5 paragraphs: license and `Files:` patterns.
        var debianParagraphs: [(LicenseFinding, [String])] = []
        /// License file names a short license file offers as a choice ("either LICENSE.APACHE or LICENSE.BSD").
        var choiceNames: [String] = []
    }

    /// Lists the regular files under `root` (relative paths, sorted), not following symbolic links.
    static func listFiles(root: URL) throws -> [(String, URL)] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) else { throw LicenseError.notADirectory(path: root.path) }
        if !isDir.boolValue { return [(root.lastPathComponent, root)] }
        var out: [(String, URL)] = []
        let base = root.standardizedFileURL.path
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey]
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys, options: [], errorHandler: { _, _ in true }) else {
            throw LicenseError.notADirectory(path: root.path)
        }
        for case let url as URL in e {
            guard let v = try? url.resourceValues(forKeys: Set(keys)) else { continue }
            if v.isSymbolicLink == true { if v.isDirectory == true { e.skipDescendants() }; continue }
            if v.isDirectory == true {
                if skipDirectories.contains(url.lastPathComponent) { e.skipDescendants() }
                continue
            }
            guard v.isRegularFile == true else { continue }
            var p = url.standardizedFileURL.path
            if p.hasPrefix(base) { p = String(p.dropFirst(base.count)) }
            while p.hasPrefix("/") { p.removeFirst() }
            out.append((p, url))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// Scans the tree at `root`. Throws only when `root` cannot be read at all. When the tree has no license
    /// file, manifest or Debian copyright of its own, the enclosing package root's top level is scanned too
    /// and its declaration used (`licenseRoot` names it).
    ///
    /// Complexity: one capped read per license file, manifest and source file (headers only);
    /// full-text matching is O(tokens · log index) per file.
    public func scan(root: URL) throws -> LicenseReport {
        let files = try LicenseScanner.listFiles(root: root)
        var results = [FileResult](repeating: FileResult(), count: files.count)
        let db = database
        let scanner = self
        results.withUnsafeMutableBufferPointer { buf in
            let out = UnsafeMutableSendableBuffer(buf)
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                let (rel, url) = files[i]
                out.base[i] = scanner.scanFile(rel: rel, url: url, db: db)
            }
        }
        return try withEnclosingPackageLicense(assemble(root: root, files: files.map { $0.0 }, results: results), root: root)
    }

    /// Examines one file (`rel` is the path reported in findings).
    func scanFile(rel: String, url: URL, db: LicenseDatabase) -> FileResult {
        var r = FileResult()
        let name = url.lastPathComponent
        let cat = LicenseScanner.category(rel: rel, name: name)
        if cat == .other { return r }
        let limit = cat == .source ? headerBytes : TextDecoding.maxReadBytes
        var bytes: [UInt8]
        if cat == .debian && name.hasSuffix(".gz") {
            guard let b = TextDecoding.gunzip(url) else { r.warnings.append("\(rel): cannot decompress"); return r }
            bytes = b
        } else {
            switch TextDecoding.readPrefix(url, limit: limit) {
            case .success(let b): bytes = b
            case .failure(let e): r.warnings.append("\(rel): unreadable (\(e.localizedDescription))"); return r
            }
        }
        if cat != .source && bytes.count >= limit {
            r.warnings.append("\(rel): larger than \(limit / 1024) KiB; only the first \(limit / 1024) KiB were read")
        }
        switch TextDecoding.decode(bytes) {
        case .binary:
            if cat != .source { r.warnings.append("\(rel): binary content, skipped") }
            return r
        case .unreadable(let why):
            r.warnings.append("\(rel): \(why)"); return r
        case .text(let t): bytes = t
        }
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            if cat == .licenseFile { r.warnings.append("\(rel): empty license file") }
            return r
        }
        switch cat {
        case .licenseFile:
            let text = TextDecoding.string(bytes)
            let ms = db.match(text: bytes)
            for m in ms {
                r.findings.append(LicenseFinding(spdx: m.spdx, confidence: m.confidence, path: rel, startLine: m.startLine, endLine: m.endLine, kind: .file, source: m.rule))
            }
            r.findings.append(contentsOf: spdxTags(text: text, rel: rel, maxLines: 40))
            if ms.isEmpty && r.findings.isEmpty && !LicenseScanner.isNoticeName(rel) { r.warnings.append("\(rel): no known license text recognised") }
            if bytes.count < 8 * 1024 { r.choiceNames = LicenseChoice.namedOptions(in: text) }
            // A copyright line that belongs to a license's own text (the FSF's in the GPL) is not the project's.
            r.copyrights = Copyrights.find(in: text, path: rel, maxLines: 400).filter { !Copyrights.isPartOfLicenseText($0, matches: ms, db: db) }
        case .readme:
            let text = TextDecoding.string(bytes)
            if let title = ReadmeNotes.title(text) { r.identity.names.append(title) }
            r.findings = ReadmeNotes.orLaterNotices(bytes, path: rel, db: db)
        case .manifest:
            let text = TextDecoding.string(bytes)
            let m = Manifests.parse(name: name, path: rel, text: text, db: db)
            r.findings = m.findings; r.identity = m.identity; r.warnings = m.warnings
        case .debian:
            let text = TextDecoding.string(bytes)
            let d = Debian.parse(path: rel, text: text, bytes: bytes, db: db)
            r.findings = d.findings; r.identity = d.identity; r.copyrights = d.copyrights
            if let p = d.primary, p < d.findings.count {
                r.debianPrimary = d.findings[p]
                for (i, f) in d.findings.enumerated() where i != p && i < d.patterns.count { r.debianParagraphs.append((f, d.patterns[i])) }
            }
        case .source:
            // Header: the first `headerLines` lines.
            var end = 0, nl = 0
            while end < bytes.count && nl < headerLines { if bytes[end] == 10 { nl += 1 }; end += 1 }
            let head = Array(bytes[..<end])
            let text = TextDecoding.string(head)
            let tags = spdxTags(text: text, rel: rel, maxLines: headerLines)
            r.findings = tags
            if tags.isEmpty && LicenseScanner.mentionsLicense(head) {
                for m in db.match(text: head) where m.tokens >= 5 {
                    r.findings.append(LicenseFinding(spdx: m.spdx, confidence: m.confidence, path: rel, startLine: m.startLine, endLine: m.endLine, kind: .header, source: m.rule))
                }
            }
            if LicenseScanner.mentionsCopyright(head) { r.copyrights = Copyrights.find(in: text, path: rel, maxLines: headerLines) }
        case .other: break
        }
        return r
    }

    static func contains(_ hay: [UInt8], _ needles: [[UInt8]]) -> Bool {
        let n = hay.count
        if n == 0 { return false }
        for needle in needles {
            let m = needle.count
            if m > n { continue }
            var i = 0
            let first = needle[0]
            while i <= n - m {
                if Normalizer.lower(hay[i]) == first {
                    var k = 1
                    while k < m && Normalizer.lower(hay[i + k]) == needle[k] { k += 1 }
                    if k == m { return true }
                }
                i += 1
            }
        }
        return false
    }

    static let licenseWords: [[UInt8]] = ["licen", "gpl", "warranty", "permission is", "public domain", "redistribut"].map { Array($0.utf8) }
    static let copyrightWords: [[UInt8]] = ["copyright", "(c)", "\u{00A9}"].map { Array($0.utf8) }
    static func mentionsLicense(_ b: [UInt8]) -> Bool { contains(b, licenseWords) }
    static func mentionsCopyright(_ b: [UInt8]) -> Bool { contains(b, copyrightWords) }

    func spdxTags(text: String, rel: String, maxLines: Int) -> [LicenseFinding] {
        guard text.utf8Contains("SPDX-License-Identifier") || text.utf8Contains("spdx-license-identifier") else { return [] }
        var out: [LicenseFinding] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(maxLines).enumerated() {
            guard let r = line.range(of: "SPDX-License-Identifier:", options: .caseInsensitive) else { continue }
            var v = String(line[r.upperBound...])
            for closer in ["*/", "-->", "#}", "--}"] { if let c = v.range(of: closer) { v = String(v[..<c.lowerBound]) } }
            v = v.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"';,")))
            if v.isEmpty { continue }
            if let e = SPDX.normalize(expression: v, db: database) {
                out.append(LicenseFinding(spdx: e, confidence: 1.0, path: rel, startLine: i + 1, endLine: i + 1, kind: .spdxTag, source: "SPDX-License-Identifier"))
            } else {
                out.append(LicenseFinding(spdx: "LicenseRef-" + v.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }.prefix(60), confidence: 0.5,
                                          path: rel, startLine: i + 1, endLine: i + 1, kind: .spdxTag, source: "SPDX-License-Identifier (unknown id)"))
            }
        }
        return out
    }

    func assemble(root: URL, files: [String], results: [FileResult]) -> LicenseReport {
        func category(rel: String, name: String) -> Category { LicenseScanner.category(rel: rel, name: name) }
        var findings: [LicenseFinding] = []
        var copyrights: [CopyrightStatement] = []
        var warnings: [String] = []
        var debianPrimary: [LicenseFinding] = []
        var manifestIdentity: [(Int, ProjectIdentity)] = []
        var debianIdentity = ProjectIdentity()
        for (i, r) in results.enumerated() {
            findings.append(contentsOf: r.findings)
            copyrights.append(contentsOf: r.copyrights)
            warnings.append(contentsOf: r.warnings)
            if var p = r.debianPrimary {
                // Paragraphs covering a substantial share (>= 10%) of the package's installed source files
                // are part of the package's license (e.g. Go files ported from MIT C code in an Apache-2.0 package).
                let sources = files.filter { category(rel: $0, name: ($0 as NSString).lastPathComponent) == .source }
                var extra: [String] = []
                if !sources.isEmpty {
                    for (f, pats) in r.debianParagraphs {
                        let n = sources.filter { s in pats.contains { Debian.matches(pattern: $0, rel: s) } }.count
                        if n * 10 >= sources.count && n > 0 { extra.append(f.spdx) }
                    }
                }
                if let all = LicenseScanner.conjoin([p.spdx] + extra) { p.spdx = all }
                debianPrimary.append(p)
            }
            if LicenseScanner.category(rel: files[i], name: (files[i] as NSString).lastPathComponent) == .debian { debianIdentity.merge(r.identity) }
            else if !r.identity.names.isEmpty || !r.identity.authors.isEmpty || !r.identity.urls.isEmpty {
                manifestIdentity.append((files[i].split(separator: "/").count, r.identity))
            }
        }
        var identity = ProjectIdentity()
        if let minDepth = manifestIdentity.map({ $0.0 }).min() {
            for (d, id) in manifestIdentity where d == minDepth { identity.merge(id) }
        }
        identity.merge(debianIdentity)
        let choices = LicenseChoice.resolve(named: results.indices.compactMap { results[$0].choiceNames.isEmpty ? nil : (files[$0], results[$0].choiceNames) },
                                            files: files)
        let sourceFileCount = files.filter { category(rel: $0, name: ($0 as NSString).lastPathComponent) == .source }.count
        let declared = DeclaredLicenseResolver.resolve(findings: findings, debianPrimary: debianPrimary, choices: choices, sourceFileCount: sourceFileCount)
        var report = LicenseReport(root: root.path, declared: declared.expression, declaredFrom: declared.from, findings: findings, copyrights: copyrights,
                                   identity: identity, warnings: warnings, filesScanned: files.count, dataVersion: LicenseDatabase.dataVersion)
        report.declaredBy = declared.by
        report.noticeFiles = files.filter { LicenseScanner.isNoticeName($0) && LicenseScanner.category(rel: $0, name: ($0 as NSString).lastPathComponent) == .licenseFile }
        return report
    }

    static func conjoin(_ exprs: [String]) -> String? {
        var uniq: [String] = []
        for e in exprs where !uniq.contains(e) { uniq.append(e) }
        if uniq.isEmpty { return nil }
        if uniq.count == 1 { return uniq[0] }
        return uniq.map { $0.contains(" ") ? "(\($0))" : $0 }.joined(separator: " AND ")
    }
}

/// Lets `concurrentPerform` workers write disjoint slots of one buffer.
struct UnsafeMutableSendableBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
    init(_ b: UnsafeMutableBufferPointer<T>) { base = b }
}
