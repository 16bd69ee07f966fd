extension HTMLRenderer {
    /// The `--history` section of the compare page (empty without `--history`); every value escaped.
    static func history(_ history: CompareReport.History?) -> String {
        guard let h = history else { return "" }
        var s = "<section id=\"history\"><h2>History</h2>\n<p>\(escape(h.summary))</p>\n<table>\n"
        func row(_ name: String, _ value: String) { s += "<tr><th>\(escape(name))</th><td>\(value)</td></tr>\n" }
        func side(_ x: CompareReport.History.Side) -> String {
            guard x.status == "git" else { return escape(x.status + (x.detail.map { ": " + $0 } ?? "")) }
            return "git, \(x.commits ?? 0) commits, \(x.tags ?? 0) tags, HEAD <code>\(escape(x.head ?? ""))</code>"
        }
        row("reference", side(h.reference))
        row("suspect", side(h.suspect))
        if let fork = h.fork {
            var v = "\(fork ? "yes" : "no"), \(h.shared_commits ?? 0) shared commits"
            if let base = h.merge_base { v += "; merge base <code>\(escape(base))</code>" }
            if let root = h.shared_root { v += "; shared root <code>\(escape(root))</code>" }
            row("fork", v)
        }
        if let f = h.first_seen {
            row("first seen in the suspect", "<code>\(escape(f.commit))</code>, \(escape(f.date)), \(escape(f.author)); "
                + "\(Int((f.share * 100).rounded()))% of the matched lines (\(f.analyses) trees analysed)")
        }
        if let v = h.closest_reference_version {
            row("closest reference version", "<b>\(escape(v.tag ?? v.commit))</b> <code>\(escape(v.commit))</code>, score \(v.score) "
                + "(\(v.analyses) of \(v.candidates) \(escape(v.candidates_kind)) analysed)")
            if let same = v.same_score, !same.isEmpty { row("same score", escape(same.joined(separator: ", "))) }
            for n in v.neighbours { row("neighbour", "\(escape(n.tag ?? n.commit)) <code>\(escape(n.commit))</code>, score \(n.score)") }
        }
        for note in h.notes { row("note", escape(note)) }
        return s + "</table></section>\n"
    }
}
