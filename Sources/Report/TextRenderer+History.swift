import FrontEnd

extension TextRenderer {
    /// The `--history` lines of a compare report (none without `--history`).
    static func historyLines(_ history: CompareReport.History?) -> [String] {
        guard let h = history else { return [] }
        var out = ["  history: \(terminalSafe(h.summary))"]
        func side(_ name: String, _ s: CompareReport.History.Side) -> String {
            guard s.status == "git" else { return "\(name) \(s.status)" + (s.detail.map { " (\(terminalSafe($0)))" } ?? "") }
            return "\(name) git, \(s.commits ?? 0) commits, \(s.tags ?? 0) tags, HEAD \(String((s.head ?? "").prefix(12)))"
        }
        out.append("    \(side("reference", h.reference)); \(side("suspect", h.suspect))")
        if let fork = h.fork {
            var line = "    fork: \(fork ? "yes" : "no") (\(h.shared_commits ?? 0) shared commits)"
            if let base = h.merge_base { line += ", merge base \(base)" }
            if let root = h.shared_root { line += ", shared root \(root)" }
            out.append(line)
        }
        if let f = h.first_seen {
            out.append("    first seen: \(f.commit) \(terminalSafe(f.date)) \(terminalSafe(f.author)) (\(percent(f.share))% of the matched lines"
                       + (f.share_before.map { "; \(percent($0))% the commit before" } ?? "") + "; \(f.analyses) trees analysed)")
        }
        if let v = h.closest_reference_version {
            let neighbours = v.neighbours.map { "\(terminalSafe($0.tag ?? String($0.commit.prefix(12)))) \(fmt($0.score))" }.joined(separator: ", ")
            out.append("    closest reference version: \(terminalSafe(v.tag ?? v.commit)) (\(v.commit)) score \(fmt(v.score))"
                       + (neighbours.isEmpty ? "" : "; neighbours \(neighbours)")
                       + (v.same_score.map { $0.isEmpty ? "" : "; same score: " + terminalSafe($0.joined(separator: ", ")) } ?? "")
                       + " (\(v.analyses) of \(v.candidates) \(v.candidates_kind) analysed)")
        }
        for note in h.notes { out.append("    note: \(terminalSafe(note))") }
        return out
    }

    private static func percent(_ x: Double) -> Int { Int((x * 100).rounded()) }
}
