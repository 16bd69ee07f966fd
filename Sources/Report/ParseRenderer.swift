import FrontEnd

/// Plain-text rendering of a `ParseSummary`.
public enum ParseRenderer {
    static func row(_ name: String, _ files: Int, _ units: Int, _ tokens: Int) -> String {
        let first: String = name.padding(toLength: 12, withPad: " ", startingAt: 0)
        let rest: String = String(files).leftPad(8) + String(units).leftPad(9) + String(tokens).leftPad(11)
        return first + rest
    }

    /// The language table, and each file's units when `showUnits`.
    public static func render(_ summary: ParseSummary, showUnits: Bool) -> String {
        var lines: [String] = []
        if showUnits {
            for file in summary.files {
                lines.append("\(terminalSafe(file.path))  \(file.language)  \(file.tokens) tokens  \(file.units.count) units" +
                             (file.syntax_errors > 0 ? "  \(file.syntax_errors) syntax errors" : ""))
                for unit in file.units.dropFirst() {
                    lines.append("  \(unit.kind) \(terminalSafe(unit.name)) \(unit.start_line)-\(unit.end_line) (\(unit.tokens) tokens)")
                }
            }
        }
        let header: String = "language    " + "files".leftPad(8) + "units".leftPad(9) + "tokens".leftPad(11)
        lines.append(header)
        var files = 0, units = 0, tokens = 0
        for (language, t) in summary.languages.sorted(by: { $0.value.tokens > $1.value.tokens }) {
            lines.append(row(language, t.files, t.units, t.tokens))
            files += t.files; units += t.units; tokens += t.tokens
        }
        lines.append(row("total", files, units, tokens))
        if !summary.skipped_by_reason.isEmpty {
            lines.append("skipped: " + summary.skipped_by_reason.sorted(by: { $0.key < $1.key }).map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Right-aligned in `width` columns.
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
