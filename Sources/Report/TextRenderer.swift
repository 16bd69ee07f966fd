import Matching
import FrontEnd

/// Plain-text rendering for a terminal; every name and path passes through `terminalSafe`.
public enum TextRenderer {
    public static func render(_ r: CompareReport) -> String {
        var out: [String] = []
        // "UNATTRIBUTED CLONE, license changed A -> B": the verdict words lead, the license change follows.
        let parts = r.headline.components(separatedBy: ", license changed")
        let words = parts[0]
        let change = parts.count > 1 ? ", license changed" + parts[1] : ""
        let lead = r.verdict >= .partialClone ? "looks like \(article(words)) \(words) of" : "is \(words) of"
        out.append("\(terminalSafe(r.suspect.path)) \(lead) \(terminalSafe(r.reference.path)) (score \(fmt(r.score)), verdict \(r.verdict.rawValue))\(change)")
        out.append("  relation: \(r.relation)")
        out.append("  \(r.summary)")
        out.append("  \(r.evidence)")
        if let reason = r.reason { out.append("  reason: \(reason)") }
        if let api = r.api_compatible { out.append("  \(api)") }
        if let ch = r.evidence_channels { out += ch.carrierLines(indent: "  ") }
        if let l = r.license {
            out.append("  reference license: \(l.reference.declared ?? "none found") \(l.reference.evidence.prefix(2).joined(separator: ", "))   suspect license: \(l.suspect.declared ?? "none found") \(l.suspect.evidence.prefix(2).joined(separator: ", "))")
            for o in l.obligations_broken { out.append("  obligation broken: \(o.rule) (\(terminalSafe(o.license))): \(terminalSafe(o.explanation))") }
            if l.obligations_broken.isEmpty, let note = l.obligations_note { out.append("  obligations: \(terminalSafe(note))") }
            if let e = l.error { out.append("  license: \(e)") }
        }
        do {
            let a = r.attribution
            out.append("  attribution: \(a.verdict)" + (a.evidence.isEmpty ? "" : " — " + terminalSafe(a.evidence.prefix(2).map(\.display).joined(separator: "; "))))
        }
        out += historyLines(r.history)
        if !r.matches.isEmpty {
            out.append("  top matches:")
            for m in r.matches.prefix(10) {
                out.append("    \(terminalSafe(m.reference.path)):\(m.reference.start_line)-\(m.reference.end_line)  ~  \(terminalSafe(m.suspect.path)):\(m.suspect.start_line)-\(m.suspect.end_line)   \(fmt(m.similarity))  (\(m.channel), \(terminalSafe(m.reference.unit)) ~ \(terminalSafe(m.suspect.unit)))")
            }
        }
        let matchedFiles = r.files.filter { $0.matched_units > 0 }
        if !matchedFiles.isEmpty {
            out.append("  per file (reference: matched/leaf lines):")
            for f in matchedFiles.prefix(15) {
                out.append("    \(terminalSafe(f.path))  \(f.matched_lines)/\(f.leaf_lines)  -> \(terminalSafe(f.suspect_files.prefix(3).joined(separator: ", ")))")
            }
        }
        for e in r.excluded { out.append("  excluded: \(e)") }
        return out.joined(separator: "\n")
    }

    static func article(_ headline: String) -> String {
        guard let first = headline.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
    static func fmt(_ x: Double) -> String {
        let v = (x * 100).rounded() / 100
        var s = String(v)
        if s.hasSuffix(".0") { s += "0" }
        return s
    }
}

extension CompareReport.EvidenceChannelsJSON {
    /// The examples a report shows: those of the channels that carried the score (text and HTML alike).
    var shownExamples: [CompareReport.ChannelExampleJSON] { examples.filter { carried_by.contains($0.channel) } }

    /// "score carried by: ..." and, under it, the examples of the channels that carried the score; names through
    /// `terminalSafe`. Empty when no channel carried it.
    func carrierLines(indent: String) -> [String] {
        guard !carried_by.isEmpty else { return [] }
        var out = ["\(indent)score carried by: \(carried_by.joined(separator: ", "))"]
        for e in shownExamples {
            out.append("\(indent)  \(e.channel): \(terminalSafe(e.reference)) ~ \(terminalSafe(e.suspect)): \(terminalSafe(e.detail))")
        }
        return out
    }
}

