/// The compare report's pictures and matched regions: the dot plot, a list of every match, and one section per
/// match with token-level highlighting and links to the previous and next match. No script: navigation is plain
/// same-document links, and `content-visibility` keeps a page of thousands of matches quick to scroll.
extension HTMLRenderer {
    /// The CSS the dot plot, the list and the highlighted sections use.
    static let matchStyle = """
    \(PictureStyle.css)
    svg .axis{font-size:11px;fill:#444}svg a:hover line{stroke-width:6}
    .legend .swatch,td .swatch{width:1.6em;height:.5em;border:0}
    .ch-structure{background:#2166ac}.ch-shape-words{background:#e08214}.ch-literals{background:#7b3294}
    .list{max-height:24em;overflow:auto;border:1px solid #ddd;display:inline-block}
    section.match{content-visibility:auto;contain-intrinsic-size:auto 420px;border-top:1px solid #ddd}
    nav.step a{margin-right:1em}
    .hit{background:#e3f4e1}.r{background:#ffe08a;outline:1px solid #d9b44a}.d{background:#ffc9c9}.ctx{color:#888}
    """

    /// The dot plot section (`#plot`) and the matched-regions section (`#matches`) of `r`.
    /// - Parameter lines: a file's lines by side (`reference`, `suspect`) and path; each file is read once.
    static func matchSections(_ r: CompareReport, lines: (String, String) -> [String]?) -> (plot: String, matches: String) {
        var cache: [String: [String]?] = [:]
        func source(_ side: String, _ path: String) -> [String]? {
            let key = side + "\u{0}" + path
            if let hit = cache[key] { return hit }
            let read = lines(side, path)
            cache[key] = read
            return read
        }
        let plot = DotPlot(matches: r.matches) { side, path in source(side, path)?.count }
        var p = "<h2 id=\"plot\">Dot plot</h2>\n<p>Each segment is a matched region: reference lines across, suspect lines down, files in path order. "
        p += "A copy in order runs down the diagonal of its file pair; reordered code shows as blocks off it; click a segment for the region.</p>\n"
        p += plot.svg(matchID: matchID) + "\n<p class=\"legend\">"
        p += DotPlot.legend.map { "<span><i class=\"swatch ch-\(SVGWriter.fragment($0.channel))\"></i>\(escape($0.channel)): \(escape($0.meaning))</span>" }.joined()
        p += "</p>\n"

        var m = "<h2 id=\"matches\">Matched regions</h2>\n"
        m += "<p>\(r.matches.count) matched region\(r.matches.count == 1 ? "" : "s"), best first. In each region: "
        m += "<span class=\"hit\">identical tokens</span>, <span class=\"r\">renamed identifiers</span>, <span class=\"d\">tokens that differ</span>.</p>\n"
        if !r.matches.isEmpty {
            m += "<div class=\"list\"><table id=\"match-list\"><tr><th>#</th><th>reference</th><th>suspect</th><th>similarity</th><th>channel</th></tr>\n"
            for (i, x) in r.matches.enumerated() {
                m += "<tr><td><a href=\"#\(matchID(i))\">\(i + 1)</a></td><td>\(location(x.reference))</td><td>\(location(x.suspect))</td>"
                m += "<td>\(x.similarity)</td><td><i class=\"swatch ch-\(SVGWriter.fragment(x.channel))\"></i>\(escape(x.channel))</td></tr>\n"
            }
            m += "</table></div>\n"
        }
        for (i, x) in r.matches.enumerated() {
            m += "<section class=\"match\" id=\"\(matchID(i))\"><h3>\(i + 1). \(location(x.reference)) ~ \(location(x.suspect)) (\(x.similarity), \(escape(x.channel)))</h3>\n"
            m += "<nav class=\"step\">"
            m += i > 0 ? "<a href=\"#\(matchID(i - 1))\">\u{2190} previous</a>" : ""
            m += "<a href=\"#match-list\">list</a><a href=\"#plot\">dot plot</a>"
            m += i + 1 < r.matches.count ? "<a href=\"#\(matchID(i + 1))\">next \u{2192}</a>" : ""
            m += "</nav>\n<div class=\"pair\">"
            let (a, b) = highlightedPair(source("reference", x.reference.path), x.reference, source("suspect", x.suspect.path), x.suspect)
            m += a + b + "</div></section>\n"
        }
        return (p, m)
    }

    /// The fragment of match i's section (0-based i, 1-based id).
    static func matchID(_ i: Int) -> String { "m\(i + 1)" }

    /// `path:start-end unit`, escaped.
    static func location(_ l: CompareReport.Location) -> String {
        "<code>\(escape(l.path)):\(l.start_line)-\(l.end_line)</code> \(escape(l.unit))"
    }

    /// Lines of a region shown at most, per side.
    static let maxRegionLines = 200

    /// Both sides of a match, tokens classed against each other.
    static func highlightedPair(_ refLines: [String]?, _ ref: CompareReport.Location,
                                _ susLines: [String]?, _ sus: CompareReport.Location) -> (String, String) {
        let refRegion = region(refLines, ref), susRegion = region(susLines, sus)
        let ta = TokenDiff.tokens(refRegion), tb = TokenDiff.tokens(susRegion)
        let (ka, kb) = TokenDiff.compare(ta, tb)
        return (snippet(refLines, ref, tokens: ta, kinds: ka), snippet(susLines, sus, tokens: tb, kinds: kb))
    }

    /// The region's lines as shown (at most `maxRegionLines`).
    static func region(_ fileLines: [String]?, _ loc: CompareReport.Location) -> [String] {
        guard let fileLines else { return [] }
        let start = max(1, loc.start_line), end = min(fileLines.count, loc.end_line, start + maxRegionLines - 1)
        guard start <= end else { return [] }
        return Array(fileLines[(start - 1)..<end])
    }

    /// A side's code: two lines of context each way, the region's tokens classed by `kinds`.
    static func snippet(_ fileLines: [String]?, _ loc: CompareReport.Location, tokens: [TokenDiff.Token], kinds: [TokenDiff.Kind]) -> String {
        guard let fileLines, !fileLines.isEmpty else { return "<div><pre>(source not available)</pre></div>" }
        let start = max(1, loc.start_line), shownEnd = min(fileLines.count, loc.end_line, start + maxRegionLines - 1)
        guard start <= shownEnd else { return "<div><pre></pre></div>" }
        var byLine = [[Int]](repeating: [], count: shownEnd - start + 1)
        for (k, t) in tokens.enumerated() where t.line < byLine.count { byLine[t.line].append(k) }
        var s = "<div><pre>"
        func number(_ n: Int) -> String { "\(n)".padding(toLength: 5, withPad: " ", startingAt: 0) }
        for n in max(1, start - 2)..<start { s += "<span class=\"ctx\">\(number(n))\(escape(String(fileLines[n - 1].prefix(400))))</span>\n" }
        for n in start...shownEnd {
            let scalars = Array(fileLines[n - 1].unicodeScalars.prefix(400))
            var line = "", pos = 0
            func text(_ range: Range<Int>) -> String {
                var t = ""
                t.unicodeScalars.append(contentsOf: scalars[range])
                return escape(t)
            }
            for k in byLine[n - start] {
                let t = tokens[k]
                guard t.start >= pos, t.end <= scalars.count else { continue }
                line += text(pos..<t.start)
                switch kinds[k] {
                case .identical: line += text(t.start..<t.end)
                case .renamed: line += "<span class=\"r\">\(text(t.start..<t.end))</span>"
                case .differs: line += "<span class=\"d\">\(text(t.start..<t.end))</span>"
                }
                pos = t.end
            }
            line += text(pos..<scalars.count)
            s += "<span class=\"hit\">\(number(n))\(line)</span>\n"
        }
        if shownEnd < min(loc.end_line, fileLines.count) {
            s += "<span class=\"ctx\">      \u{2026} \(min(loc.end_line, fileLines.count) - shownEnd) more lines of this region</span>\n"
        } else {
            for n in stride(from: shownEnd + 1, through: min(fileLines.count, shownEnd + 2), by: 1) { s += "<span class=\"ctx\">\(number(n))\(escape(String(fileLines[n - 1].prefix(400))))</span>\n" }
        }
        return s + "</pre></div>"
    }
}
