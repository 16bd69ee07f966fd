import Foundation

/// Copyright statements (`Copyright (c) 2012 Jane Doe`, `© 2020 Foo Inc.`, `SPDX-FileCopyrightText: ...`).
enum Copyrights {
    /// Strips comment leaders from a source line.
    static func stripLeader(_ s: Substring) -> Substring {
        var t = s.drop { $0 == " " || $0 == "\t" || $0 == "#" || $0 == "/" || $0 == "*" || $0 == ";" || $0 == "-" || $0 == "!" || $0 == "%" || $0 == "\"" || $0 == "'" || $0 == "<" || $0 == "{" || $0 == "|" }
        while let l = t.last, l == " " || l == "\t" || l == "\r" || l == "/" || l == "*" || l == ">" || l == "}" { t = t.dropLast() }
        return t
    }

    /// Is this (leader-stripped) line a copyright statement with a holder?
    static func statement(_ line: Substring) -> String? {
        var t = line
        var tagged = false
        if let r = t.range(of: "SPDX-FileCopyrightText:", options: .caseInsensitive) { t = t[r.upperBound...].drop { $0 == " " }; tagged = true }
        let low = t.lowercased()
        guard tagged || low.hasPrefix("copyright") || low.hasPrefix("(c)") || low.hasPrefix("©") || low.hasPrefix("portions copyright") else { return nil }
        if low.hasPrefix("copyright notice") || low.hasPrefix("copyright holder") || low.hasPrefix("copyright and") || low.hasPrefix("copyright license")
            || low.hasPrefix("copyright owner") || low.hasPrefix("copyright:") && low.count < 12 || low.hasPrefix("copyrights") || low.hasPrefix("copyright law")
            || low.hasPrefix("copyright (c) <") || low.hasPrefix("copyright [") || low.hasPrefix("copyright <") || low.contains("{{") { return nil }
        let text = t.trimmingCharacters(in: .whitespaces)
        guard text.count < 240 else { return nil }
        let h = holder(of: text)
        let letters = h.filter { $0.isLetter }.count
        guard letters >= 2, !h.lowercased().hasPrefix("the copyright holder"), !h.contains("<year>"), !h.lowercased().hasPrefix("yyyy"),
              !h.lowercased().contains("name of author"), !h.lowercased().hasPrefix("19yy"), !h.hasPrefix("=") else { return nil }
        return text
    }

    /// The holder part of a statement: prefixes, years, e-mail addresses and "all rights reserved" removed.
    static func holder(of s: String) -> String {
        var t = s
        for p in ["SPDX-FileCopyrightText:", "Portions Copyright", "Copyright", "copyright", "COPYRIGHT", "(c)", "(C)", "©", ":"] {
            t = t.replacingOccurrences(of: p, with: " ")
        }
        t = t.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        // An e-mail address whose closing ">" was cut with the comment's trailing characters, or a bare one.
        t = t.replacingOccurrences(of: #"<[^>]*$"#, with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\S+@\S+"#, with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\b(19|20)\d\d(\s*[-–,/]\s*((19|20)?\d\d)?)*"#, with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: #"(?i)all rights reserved\.?"#, with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: #"(?i)^\s*by\s+"#, with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        return t.trimmingCharacters(in: CharacterSet(charactersIn: " .,;-"))
    }

    /// Statements in the first `maxLines` lines of `text`.
    static func find(in text: String, path: String, maxLines: Int = 80) -> [CopyrightStatement] {
        var out: [CopyrightStatement] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(maxLines).enumerated() {
            let line = stripLeader(raw)
            if line.isEmpty { continue }
            if let s = statement(line) { out.append(CopyrightStatement(text: s, holder: holder(of: s), path: path, line: i + 1)) }
        }
        return out
    }

    /// Is `statement` the copyright of a license document matched in its file (e.g. "Copyright (C) 1989, 1991 Free
    /// Software Foundation, Inc." inside the GPL)? True when its line lies in a full-text match, the dataset's text of
    /// that license names the same holder, and that text is a license document that says so of itself ("Everyone is
    /// permitted to copy and distribute verbatim copies of this license document"). Licensor notices inside an
    /// agreement (the PSF's, CNRI's, BeOpen's in CPython's license stack) are kept: they are the project's own.
    static func isPartOfLicenseText(_ statement: CopyrightStatement, matches: [TextMatch], db: LicenseDatabase) -> Bool {
        let holder = statement.holder.lowercased()
        guard holder.count >= 3 else { return false }
        for m in matches where m.ruleKind == "text" && (m.startLine...max(m.startLine, m.endLine)).contains(statement.line) {
            guard let licenseText = db.licenseText(key: m.spdx) else { continue }
            let documentWords = words(licenseText)
            guard documentWords.contains("everyone is permitted to copy and distribute verbatim copies") else { continue }
            let holderWords = words(holder)
            if !holderWords.isEmpty && (" " + documentWords + " ").contains(" " + holderWords + " ") { return true }
        }
        return false
    }

    /// Lower-cased runs of letters and digits joined by single spaces.
    static func words(_ s: String) -> String {
        s.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
