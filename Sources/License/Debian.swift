import Foundation

/// Debian copyright files: machine-readable DEP-5 (`Format:` header; `Files:` paragraphs with a
/// `License:` short name) or free text (matched as a whole, like a LICENSE file).
enum Debian {
    static func isCopyrightFile(_ rel: String) -> Bool {
        let comps = rel.split(separator: "/")
        guard let last = comps.last else { return false }
        if last != "copyright" && last != "copyright.gz" { return false }
        if comps.count >= 2 && comps[comps.count - 2] == "debian" { return true }
        if comps.count >= 4 && comps[comps.count - 3] == "doc" && comps[comps.count - 4] == "share" { return true }
        return comps.count == 1
    }

    struct Result {
        var findings: [LicenseFinding] = []
        var identity = ProjectIdentity()
        var copyrights: [CopyrightStatement] = []
        /// Index in `findings` of the `Files: *` paragraph's license (the package's declared license).
        var primary: Int? = nil
        /// `Files:` patterns of each finding (parallel to `findings`; empty for full-text findings).
        var patterns: [[String]] = []
    }

    /// Glob match: `*` any run of characters (including `/`), `?` one character.
    static func glob(_ pattern: Substring, _ text: Substring) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        var star: String.Index? = nil, mark = text.startIndex
        while t < text.endIndex {
            if p < pattern.endIndex && (pattern[p] == "?" || pattern[p] == text[t]) { p = pattern.index(after: p); t = text.index(after: t) }
            else if p < pattern.endIndex && pattern[p] == "*" { star = p; p = pattern.index(after: p); mark = t }
            else if let st = star { p = pattern.index(after: st); mark = text.index(after: mark); t = mark }
            else { return false }
        }
        while p < pattern.endIndex && pattern[p] == "*" { p = pattern.index(after: p) }
        return p == pattern.endIndex
    }

    /// Does a DEP-5 `Files:` pattern (relative to the upstream source) match the installed path `rel`?
    /// Installed paths carry a prefix (usr/share/gocode/src/...), so any path suffix may match.
    static func matches(pattern: String, rel: String) -> Bool {
        var idx = rel.startIndex
        while true {
            if glob(Substring(pattern), rel[idx...]) { return true }
            guard let slash = rel[idx...].firstIndex(of: "/") else { return false }
            idx = rel.index(after: slash)
        }
    }

    static func parse(path: String, text: String, bytes: [UInt8], db: LicenseDatabase?) -> Result {
        var r = Result()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let isDEP5 = lines.prefix(3).contains { $0.hasPrefix("Format:") || $0.hasPrefix("Format-Specification:") }
        guard isDEP5 else {
            if let db = db {
                for m in db.match(text: bytes) {
                    r.findings.append(LicenseFinding(spdx: m.spdx, confidence: m.confidence, path: path, startLine: m.startLine, endLine: m.endLine, kind: .debianCopyright, source: m.rule))
                }
                // Prefer the first full license text as the package's license.
                r.primary = r.findings.firstIndex { $0.confidence >= 0.8 }
            }
            return r
        }
        var files: String? = nil
        var inCopyright = false
        var inFiles = false
        for (i, raw) in lines.enumerated() {
            let line = String(raw)
            let lineNo = i + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { files = nil; inCopyright = false; inFiles = false; continue }
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                if inFiles { files = ((files ?? "") + " " + line.trimmingCharacters(in: .whitespaces)).trimmingCharacters(in: .whitespaces); continue }
                if inCopyright {
                    let t = line.trimmingCharacters(in: .whitespaces)
                    if t != "." { r.copyrights.append(CopyrightStatement(text: t, holder: Copyrights.holder(of: t), path: path, line: lineNo)) }
                }
                continue
            }
            inCopyright = false
            inFiles = false
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "files": files = value; inFiles = true
            case "upstream-name": r.identity.names.append(value)
            case "upstream-contact": r.identity.authors.append(Manifests.personName(value))
            case "source": if value.contains("://") { r.identity.urls.append(value) }
            case "copyright":
                inCopyright = true
                if !value.isEmpty { r.copyrights.append(CopyrightStatement(text: value, holder: Copyrights.holder(of: value), path: path, line: lineNo)) }
            case "license":
                guard let f = files, !value.isEmpty else { continue }   // stand-alone license text paragraphs
                if f.hasPrefix("debian/") { continue }                    // packaging, not the software
                let (expr, conf) = SPDX.resolve(name: value, db: db) ?? ("LicenseRef-scancode-unknown-license-reference", 0.3)
                r.findings.append(LicenseFinding(spdx: expr, confidence: conf, path: path, startLine: lineNo, endLine: lineNo, kind: .debianCopyright, source: "DEP-5 Files: \(f.prefix(60))"))
                r.patterns.append(f.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
                if f == "*" { r.primary = r.findings.count - 1 }
            default: break
            }
        }
        if r.primary == nil && !r.findings.isEmpty { r.primary = 0 }
        return r
    }
}
