import FrontEnd

/// Plain-text rendering of the language table: one language a line (name, files, level, grammar version).
public enum LanguagesRenderer {
    /// One line per language, columns separated by two spaces and padded; markup languages say they are parsed
    /// only when asked, grammars not built yet that they are built on first use.
    public static func render(_ languages: [LanguageInfo]) -> String {
        let rows = languages.map { info -> [String] in
            let files = (info.extensions.map { "." + $0 } + info.fileNames).joined(separator: " ")
            var grammar = info.grammarVersion ?? "no grammar (run `make setup`)"
            if info.grammarVersion != nil && !info.grammarBuilt { grammar += ", built on first use" }
            return [info.name, files.isEmpty ? "-" : files, info.level.rawValue + (info.markup ? " (markup: when asked)" : ""), grammar]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let units = languages.filter { $0.level == .units }.count
        var lines = rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[3]
        }
        lines.append("\(languages.count) languages: \(units) with units, \(languages.count - units) at token level")
        return lines.joined(separator: "\n")
    }
}
