import Foundation

/// Which lines of a suspect file can say something about the reference: prose, comments and docstrings.
/// Code never can — import statements (`from chardet._utils import x`, `import chardet`, `require('x')`,
/// `use x::y`, `#include`), interactive examples (`>>>`, `$ pip install x`) and fenced code blocks in
/// Markdown keep the original's module names as a sign of copying, not as credit.
enum AttributionText {
    /// The lines of `text` to read for evidence, 1-based. `isSource`: only the leading comment block and
    /// module docstring (the header, up to `maxHeaderLines`); otherwise every prose line up to `maxLines`.
    static func eligibleLines(_ text: String, isSource: Bool, maxHeaderLines: Int = 60, maxLines: Int = 4000) -> [(Int, Substring)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [(Int, Substring)] = []
        if isSource {
            var docstringQuote: String? = nil
            for (i, raw) in lines.prefix(maxHeaderLines).enumerated() {
                let t = raw.trimmingCharacters(in: .whitespaces)
                if let q = docstringQuote {
                    out.append((i + 1, raw))
                    if t.contains(q) { docstringQuote = nil }
                    continue
                }
                if t.isEmpty { continue }
                if t.hasPrefix("\"\"\"") || t.hasPrefix("'''") || t.hasPrefix("r\"\"\"") {
                    let q = t.contains("'''") ? "'''" : "\"\"\""
                    out.append((i + 1, raw))
                    let rest = t.dropFirst(t.hasPrefix("r") ? 4 : 3)
                    if !rest.contains(q) { docstringQuote = q }
                    continue
                }
                if isComment(t) { out.append((i + 1, raw)); continue }
                // `package x` (Go), `// +build`, encoding lines are not prose but do not end the header either.
                if t.hasPrefix("package ") || t.hasPrefix("#!") { continue }
                break
            }
            return out
        }
        var inFence = false
        for (i, raw) in lines.prefix(maxLines).enumerated() {
            let t = raw.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("```") || t.hasPrefix("~~~") { inFence.toggle(); continue }
            if inFence || isCode(t) { continue }
            out.append((i + 1, raw))
        }
        return out
    }

    /// The lines of a manifest that are prose: the description body of PKG-INFO / METADATA (after the header
    /// block), and `description` / `summary` fields elsewhere. Author, maintainer and URL fields are the suspect
    /// naming itself, not crediting anyone.
    static func manifestProse(_ text: String, name: String) -> [(Int, Substring)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lower = name.lowercased()
        if lower == "pkg-info" || lower == "metadata" {
            guard let blank = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return [] }
            let body = lines[(blank + 1)...].joined(separator: "\n")
            return eligibleLines(body, isSource: false).map { (blank + 1 + $0.0, $0.1) }
        }
        return lines.enumerated().filter { _, line in
            let l = line.lowercased()
            return l.contains("description") || l.contains("summary")
        }.map { ($0.offset + 1, $0.element) }
    }

    static func isComment(_ t: String) -> Bool {
        ["#", "//", "/*", "*", "--", ";", "%", "(*", "{-", "<!--", "\"", "=begin", "'"].contains { t.hasPrefix($0) }
            && !t.hasPrefix("#include") && !t.hasPrefix("#import") && !t.hasPrefix("#define") && !t.hasPrefix("#if")
    }

    /// A line of code quoted in prose: imports, requires, shell and REPL prompts.
    static func isCode(_ t: String) -> Bool {
        let lower = t.lowercased()
        if lower.hasPrefix(">>>") || lower.hasPrefix("...") && lower.count > 3 || lower.hasPrefix("$ ") || lower.hasPrefix("pip install")
            || lower.hasPrefix("import ") || lower.hasPrefix("#include") || lower.hasPrefix("use ") && lower.hasSuffix(";")
            || lower.hasPrefix("require ") || lower.hasPrefix("using ") && lower.hasSuffix(";") { return true }
        if lower.hasPrefix("from "), lower.contains(" import ") { return true }
        if lower.contains("require(\"") || lower.contains("require('") || lower.contains("import(\"") || lower.contains("import('") { return true }
        return false
    }
}
