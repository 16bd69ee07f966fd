import Foundation

/// What a README contributes to the license scan: its title (a name the project goes by) and
/// "or (at your option) any later version" notices. Nothing else in a README is a license finding.
enum ReadmeNotes {
    static func isReadme(_ name: String) -> Bool {
        let lower = name.lowercased()
        let ext = (lower as NSString).pathExtension
        return lower.hasPrefix("readme") && ["", "md", "rst", "txt", "markdown", "adoc", "org"].contains(ext)
    }

    /// The project name of a README title: the first heading (`# docopt-ng`, an rst title over `====`, or
    /// the first plain line), cut at `:`, ` - `, ` — `, `|`; nil unless one to three words remain.
    static func title(_ text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).map { $0.trimmingCharacters(in: .whitespaces) }
        var candidate: String? = nil
        for (i, line) in lines.enumerated() {
            if line.isEmpty || line.hasPrefix("..") || line.hasPrefix("[!") || line.hasPrefix("![") || line.hasPrefix("<")
                || line.hasPrefix(":") || line.allSatisfy({ "=-~*#^".contains($0) }) { continue }
            if line.hasPrefix("#") { candidate = line.trimmingCharacters(in: CharacterSet(charactersIn: "# ")); break }
            if i + 1 < lines.count, let under = lines[i + 1].first, "=-~*#^".contains(under), lines[i + 1].allSatisfy({ $0 == under }) {
                candidate = line; break
            }
            candidate = line; break
        }
        guard var name = candidate else { return nil }
        for separator in [":", " - ", " — ", " – ", "|", ","] {
            if let r = name.range(of: separator) { name = String(name[..<r.lowerBound]) }
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " `*_\"'"))
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 3, name.count <= 60, name.contains(where: { $0.isLetter }) else { return nil }
        if headingWords.contains(name.lowercased()) { return nil }
        // A README that only names another file ("README.md") has no title.
        if name.range(of: #"^[\w.-]+\.(md|rst|txt|markdown|adoc)$"#, options: [.regularExpression, .caseInsensitive]) != nil { return nil }
        return name
    }

    /// Section headings that are not project names.
    static let headingWords: Set<String> = ["introduction", "overview", "readme", "about", "installation", "install", "welcome",
                                            "documentation", "description", "summary", "usage", "contents", "table of contents"]

    /// "or (at your option) any later version" notices in a README, as findings of kind `readme`.
    static func orLaterNotices(_ bytes: [UInt8], path: String, db: LicenseDatabase) -> [LicenseFinding] {
        guard LicenseScanner.contains(bytes, [Array("later version".utf8), Array("at your option".utf8)]) else { return [] }
        return db.match(text: bytes).filter { $0.spdx.contains("-or-later") && $0.confidence >= 0.8 }.map {
            LicenseFinding(spdx: $0.spdx, confidence: $0.confidence, path: path, startLine: $0.startLine, endLine: $0.endLine,
                           kind: .readme, source: $0.rule)
        }
    }
}
