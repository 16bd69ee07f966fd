import Matching
import Foundation

/// One self-contained HTML file: summary, dot plot, file table, every matched region side by side with its tokens
/// highlighted (HTMLRenderer+Matches.swift). No scripts, no network requests; every byte of code, path and name is escaped.
public enum HTMLRenderer {
    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += "&#xFFFD;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Renders `report`; `lines(side, path)` returns a file's lines (side is "reference" or "suspect").
    public static func render(_ r: CompareReport, lines: (String, String) -> [String]?) -> String {
        let sections = matchSections(r, lines: lines)
        var h = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        \(PictureStyle.cspMeta)
        <title>clonescan: \(escape(r.headline))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
        .pair{display:flex;gap:1em;margin-bottom:2em}.pair>div{flex:1;overflow-x:auto}
        pre{background:#f7f7f7;padding:.5em;font-size:12px;line-height:1.35}
        .verdict{font-size:1.3em;font-weight:bold}
        \(matchStyle)
        </style></head><body>

        """
        h += "<p class=\"verdict\">\(escape(r.headline))</p>\n"
        h += "<p>suspect <code>\(escape(r.suspect.path))</code> vs reference <code>\(escape(r.reference.path))</code>: verdict <b>\(escape(r.verdict.rawValue))</b>, score \(r.score), relation \(escape(r.relation))</p>\n"
        h += "<p>\(escape(r.summary))</p>\n"
        if let reason = r.reason { h += "<p>reason: \(escape(reason))</p>\n" }
        if let ch = r.evidence_channels, !ch.carried_by.isEmpty {
            h += "<p>score carried by: \(escape(ch.carried_by.joined(separator: ", ")))</p>\n"
            let shown = ch.shownExamples
            if !shown.isEmpty {
                h += "<ul class=\"channel-examples\">\n"
                for e in shown {
                    h += "<li>\(escape(e.channel)): <code>\(escape(e.reference))</code> ~ <code>\(escape(e.suspect))</code>: \(escape(e.detail))</li>\n"
                }
                h += "</ul>\n"
            }
        }
        if let l = r.license {
            h += "<p>reference license: \(escape(l.reference.declared ?? "none found")); suspect license: \(escape(l.suspect.declared ?? "none found"))</p>\n"
            for o in l.obligations_broken { h += "<p>obligation broken: \(escape(o.rule)) (\(escape(o.license))): \(escape(o.explanation))</p>\n" }
            if l.obligations_broken.isEmpty, let note = l.obligations_note { h += "<p>obligations: \(escape(note))</p>\n" }
        }
        h += "<p>attribution: \(escape(r.attribution.verdict)) \(escape(r.attribution.evidence.prefix(3).map(\.display).joined(separator: "; ")))</p>\n"
        h += history(r.history)
        h += sections.plot
        h += "<h2>Files</h2>\n<table><tr><th>reference file</th><th>matched lines</th><th>leaf lines</th><th>suspect files</th></tr>\n"
        for f in r.files {
            h += "<tr><td>\(escape(f.path))</td><td>\(f.matched_lines)</td><td>\(f.leaf_lines)</td><td>\(escape(f.suspect_files.joined(separator: ", ")))</td></tr>\n"
        }
        h += "</table>\n" + sections.matches
        h += "<p>\(escape(r.excluded.joined(separator: "; ")))</p>\n</body></html>\n"
        return h
    }
}
