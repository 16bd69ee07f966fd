import Matching
import Foundation
import FrontEnd

/// Text, JSON and HTML renderings of an `AuditReport`. Text passes every name and path through
/// `terminalSafe`; HTML escapes every byte of them with `HTMLRenderer.escape`.
public enum AuditRenderer {
    /// Stable JSON (`ReportJSON`).
    public static func json(_ r: AuditReport) throws -> Data {
        try ReportJSON.encode(r)
    }

    /// The repository's license as shown in tables: the SPDX expression, `none found`, `unknown (path gone)`
    /// or `unknown (scan failed)`.
    public static func licenseLabel(_ side: AuditReport.LicenseSide) -> String {
        switch side.status {
        case "path-gone": return "unknown (path gone)"
        case "error": return "unknown (scan failed)"
        default: return side.declared ?? "none found"
        }
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    static func obligationsLabel(_ r: AuditReport.Result) -> String {
        r.obligations_broken.isEmpty ? "-" : r.obligations_broken.map(\.rule).joined(separator: ",")
    }

    /// Plain text: a headline, one table row per repository, then the details of each.
    public static func text(_ r: AuditReport) -> String {
        var out: [String] = []
        let p = r.project
        out.append("audit of \(terminalSafe(p.path)): \(p.leaf_units) units, \(p.leaf_lines) lines; license \(terminalSafe(p.license.declared ?? "none found"))"
                   + (p.license.evidence.isEmpty ? "" : " (\(terminalSafe(p.license.evidence.prefix(2).joined(separator: ", "))))"))
        let s = r.summary
        out.append("\(s.repositories) of \(r.repositories_indexed) indexed repositories have code in the project "
                   + "(\(s.project_lines_matched) lines, \(percent(s.project_share)) of the project); "
                   + "\(s.unattributed) unattributed, \(s.license_incompatible) license-incompatible, \(s.obligations_broken) with obligations broken")
        out.append("gate: fail on \(r.policy.fail_on.joined(separator: ",")) at \(r.policy.fail_at.rawValue) or above -> "
                   + (r.failed ? "FAIL (\(s.failing) repositor\(s.failing == 1 ? "y" : "ies"))" : "pass"))
        if !r.results.isEmpty {
            let header = ["repository", "verdict", "project lines", "of repo", "repo license", "project license", "attributed", "obligations broken", ""]
            var rows: [[String]] = [header]
            for x in r.results {
                rows.append([terminalSafe(x.repository), x.verdict.rawValue, "\(x.project_lines) (\(percent(x.project_share)))",
                             percent(x.repository_share), terminalSafe(licenseLabel(x.license.repository)),
                             terminalSafe(x.license.project ?? "none found"), x.attribution.verdict, obligationsLabel(x), x.fails ? "FAIL" : ""])
            }
            var widths = Array(repeating: 0, count: header.count)
            for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
            out.append("")
            for row in rows {
                let line = row.enumerated().map { i, c in i == row.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                out.append("  " + line.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            }
        }
        for x in r.results {
            out.append("")
            out.append("\(terminalSafe(x.repository))  \(terminalSafe(x.path))\(x.path_exists ? "" : " (gone)")\(x.head.map { " @ " + terminalSafe(String($0.prefix(12))) } ?? "")")
            out.append("  verdict \(x.verdict.rawValue) (score \(String(format: "%.2f", x.score)), \(x.relation)): \(x.matched_units) units matched, \(x.strong_matches) strongly; "
                       + "\(x.project_lines) project lines; \(x.repository_lines)/\(x.repository_leaf_lines) repository lines (\(percent(x.repository_share)))")
            if let reason = x.reason { out.append("  reason: \(reason)") }
            out.append("  repository license: \(terminalSafe(licenseLabel(x.license.repository)))"
                       + (x.license.repository.evidence.isEmpty ? "" : " (\(terminalSafe(x.license.repository.evidence.prefix(2).joined(separator: ", "))))")
                       + "   project license: \(terminalSafe(x.license.project ?? "none found"))"
                       + (x.license.changed ? "   (license changed)" : ""))
            if let e = x.license.repository.error { out.append("  license scan: \(terminalSafe(e))") }
            out.append("  attribution: \(x.attribution.verdict)" + (x.attribution.evidence.isEmpty ? "" : " — " + terminalSafe(x.attribution.evidence.prefix(2).map(\.display).joined(separator: "; "))))
            if let kept = x.license.notice_kept { out.append("  notice kept: \(kept ? "yes" : "no")") }
            for o in x.obligations_broken { out.append("  obligation broken: \(o.rule) (\(terminalSafe(o.license))): \(terminalSafe(o.explanation))") }
            if !x.regions.isEmpty {
                out.append("  top regions (project ~ repository):")
                for m in x.regions {
                    out.append("    \(terminalSafe(m.project.path)):\(m.project.start_line)-\(m.project.end_line)  ~  \(terminalSafe(m.repository.path)):\(m.repository.start_line)-\(m.repository.end_line)   \(String(format: "%.2f", m.similarity))  (\(m.channel), \(terminalSafe(m.project.unit)) ~ \(terminalSafe(m.repository.unit)))")
                }
            }
        }
        for w in r.warnings { out.append("warning: \(terminalSafe(w))") }
        return out.joined(separator: "\n") + "\n"
    }

    /// One self-contained HTML file with a graph and a heat map (AuditRenderer+Pictures.swift): no scripts, no network requests, every path and name escaped.
    public static func html(_ r: AuditReport) -> String {
        let e = HTMLRenderer.escape
        let s = r.summary
        var h = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        \(PictureStyle.cspMeta)
        <title>clonescan audit: \(e(r.project.path))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}
        .fail{background:#ffd6d6}.gate{font-size:1.3em;font-weight:bold}code{font-size:12px}
        \(PictureStyle.css)
        </style></head><body>

        """
        h += "<p class=\"gate\">audit of <code>\(e(r.project.path))</code>: \(r.failed ? "FAIL" : "pass")</p>\n"
        h += "<p>project license: \(e(r.project.license.declared ?? "none found")) \(e(r.project.license.evidence.prefix(3).joined(separator: ", "))); "
        h += "\(r.project.leaf_units) units, \(r.project.leaf_lines) lines, \(r.project.files) files</p>\n"
        h += "<p>\(s.repositories) of \(r.repositories_indexed) indexed repositories have code in the project (\(s.project_lines_matched) lines, \(e(percent(s.project_share))) of the project); "
        h += "\(s.unattributed) unattributed, \(s.license_incompatible) license-incompatible, \(s.obligations_broken) with obligations broken. "
        h += "Gate: fail on \(e(r.policy.fail_on.joined(separator: ", "))) at \(e(r.policy.fail_at.rawValue)) or above.</p>\n"
        h += "<table><tr><th>repository</th><th>path</th><th>verdict</th><th>project lines</th><th>of repository</th><th>repository license</th>"
        h += "<th>project license</th><th>attributed</th><th>obligations broken</th><th>gate</th></tr>\n"
        for x in r.results {
            h += "<tr\(x.fails ? " class=\"fail\"" : "")><td>\(e(x.repository))</td><td><code>\(e(x.path))</code></td><td>\(e(x.verdict.rawValue))</td>"
            h += "<td>\(x.project_lines) (\(e(percent(x.project_share))))</td><td>\(e(percent(x.repository_share)))</td>"
            h += "<td>\(e(licenseLabel(x.license.repository)))</td><td>\(e(x.license.project ?? "none found"))</td><td>\(e(x.attribution.verdict))</td>"
            h += "<td>\(e(obligationsLabel(x)))</td><td>\(x.fails ? "FAIL" : "")</td></tr>\n"
        }
        h += "</table>\n" + pictures(r)
        for x in r.results {
            h += "<h2>\(e(x.repository))</h2>\n<p>verdict <b>\(e(x.verdict.rawValue))</b>, score \(x.score), \(e(x.relation)); \(x.matched_units) units matched, \(x.strong_matches) strongly; "
            h += "\(x.repository_lines)/\(x.repository_leaf_lines) repository lines</p>\n"
            if let reason = x.reason { h += "<p>reason: \(e(reason))</p>\n" }
            h += "<p>repository license: \(e(licenseLabel(x.license.repository))) \(e(x.license.repository.evidence.prefix(3).joined(separator: ", ")))"
            if let err = x.license.repository.error { h += " (\(e(err)))" }
            h += "</p>\n<p>attribution: \(e(x.attribution.verdict))</p>\n"
            if !x.attribution.evidence.isEmpty {
                h += "<ul>" + x.attribution.evidence.map { "<li><code>\(e($0.display))</code></li>" }.joined() + "</ul>\n"
            }
            for o in x.obligations_broken {
                h += "<p>obligation broken: <b>\(e(o.rule))</b> (\(e(o.license))): \(e(o.explanation)) <i>\(e(o.source))</i></p>\n"
            }
            if !x.regions.isEmpty {
                h += "<table><tr><th>project</th><th>repository</th><th>similarity</th><th>channel</th></tr>\n"
                for m in x.regions {
                    h += "<tr><td><code>\(e(m.project.path)):\(m.project.start_line)-\(m.project.end_line)</code> \(e(m.project.unit))</td>"
                    h += "<td><code>\(e(m.repository.path)):\(m.repository.start_line)-\(m.repository.end_line)</code> \(e(m.repository.unit))</td>"
                    h += "<td>\(m.similarity)</td><td>\(e(m.channel))</td></tr>\n"
                }
                h += "</table>\n"
            }
        }
        for w in r.warnings { h += "<p>warning: \(e(w))</p>\n" }
        h += "</body></html>\n"
        return h
    }
}
