/// The compare report's dot plot: reference lines across, suspect lines down, one segment per matched region.
///
/// Each side's files are laid end to end in path order (a file's length is its line count when the source is
/// readable, else its last matched line), so a copy in the same order runs down the diagonal of its file pair, a
/// reordered copy shows as blocks off the diagonal, a partial copy as a short run, and a wrong pairing as a segment
/// far from its neighbours. Segments are coloured by the channel that carried the match and link to its section.
public struct DotPlot: Sendable {
    /// One file's band on an axis, in lines.
    public struct Band: Sendable {
        public var path: String
        /// Lines before this file on the axis.
        public var offset: Int
        public var lines: Int
    }

    /// One matched region drawn as a segment, in pixels.
    public struct Segment: Sendable {
        /// Position of the match in `CompareReport.matches` (0-based).
        public var match: Int
        public var x1: Double, y1: Double, x2: Double, y2: Double
        public var channel: String
        /// The tooltip: both locations, similarity and channel.
        public var label: String
    }

    /// Pixel layout: the plot square and its margins.
    public static let plotSize = 560.0
    public static let left = 190.0, top = 24.0, right = 24.0, bottom = 130.0

    public var reference: [Band]
    public var suspect: [Band]
    public var segments: [Segment]
    public var width: Double { Self.left + Self.plotSize + Self.right }
    public var height: Double { Self.top + Self.plotSize + Self.bottom }

    /// The plot area in pixels: x from `plotX.lowerBound` to `plotX.upperBound`, the same for y.
    public static var plotX: ClosedRange<Double> { left...(left + plotSize) }
    public static var plotY: ClosedRange<Double> { top...(top + plotSize) }

    /// Lays out `matches`; `lineCount(side, path)` gives a file's line count when its source is readable.
    public init(matches: [CompareReport.Match], lineCount: (String, String) -> Int?) {
        reference = Self.bands(matches.map(\.reference), side: "reference", lineCount: lineCount)
        suspect = Self.bands(matches.map(\.suspect), side: "suspect", lineCount: lineCount)
        let refOffset = Dictionary(reference.map { ($0.path, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let susOffset = Dictionary(suspect.map { ($0.path, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let xScale = Self.plotSize / Double(max(1, reference.last.map { $0.offset + $0.lines } ?? 1))
        let yScale = Self.plotSize / Double(max(1, suspect.last.map { $0.offset + $0.lines } ?? 1))
        segments = matches.enumerated().map { i, m in
            let rx = Double(refOffset[m.reference.path] ?? 0), sy = Double(susOffset[m.suspect.path] ?? 0)
            return Segment(match: i,
                           x1: Self.left + (rx + Double(max(0, m.reference.start_line - 1))) * xScale,
                           y1: Self.top + (sy + Double(max(0, m.suspect.start_line - 1))) * yScale,
                           x2: Self.left + (rx + Double(max(m.reference.start_line, m.reference.end_line))) * xScale,
                           y2: Self.top + (sy + Double(max(m.suspect.start_line, m.suspect.end_line))) * yScale,
                           channel: m.channel,
                           label: "match \(i + 1): \(m.reference.path):\(m.reference.start_line)-\(m.reference.end_line) ~ \(m.suspect.path):\(m.suspect.start_line)-\(m.suspect.end_line), \(m.similarity) (\(m.channel))")
        }
    }

    /// The files of one side in path order, each as long as its source (or its last matched line).
    static func bands(_ locations: [CompareReport.Location], side: String, lineCount: (String, String) -> Int?) -> [Band] {
        var lastLine: [String: Int] = [:]
        for l in locations { lastLine[l.path] = max(lastLine[l.path] ?? 0, l.end_line, l.start_line) }
        var out: [Band] = []
        var offset = 0
        for path in lastLine.keys.sorted() {
            let lines = max(1, lastLine[path] ?? 1, lineCount(side, path) ?? 0)
            out.append(Band(path: path, offset: offset, lines: lines))
            offset += lines
        }
        return out
    }

    /// The colour of a channel (`EvidenceChannel` raw values); grey for any other.
    public static func colour(_ channel: String) -> String {
        switch channel {
        case "structure": return "#2166ac"
        case "shape+words": return "#e08214"
        case "literals": return "#7b3294"
        default: return "#555555"
        }
    }

    /// What each channel's colour means, for the legend.
    public static let legend: [(channel: String, meaning: String)] = [
        ("structure", "same token sequence after renaming (same language)"),
        ("shape+words", "same AST shape and words (port or rewrite)"),
        ("literals", "shared literals (data)"),
    ]

    /// The plot as an inline `<svg>`; `matchID(i)` is the fragment of match i's section.
    public func svg(matchID: (Int) -> String) -> String {
        var w = SVGWriter()
        let px = Self.plotX, py = Self.plotY
        w.rect(x: px.lowerBound, y: py.lowerBound, width: Self.plotSize, height: Self.plotSize, [("class", "frame"), ("fill", "#fbfbfb"), ("stroke", "#999")])
        let xScale = Self.plotSize / Double(max(1, reference.last.map { $0.offset + $0.lines } ?? 1))
        let yScale = Self.plotSize / Double(max(1, suspect.last.map { $0.offset + $0.lines } ?? 1))
        // File bands: alternate shading, a boundary line, the name where there is room and always as a tooltip.
        w.group([("class", "bands")])
        for (i, b) in reference.enumerated() {
            let x = px.lowerBound + Double(b.offset) * xScale, bw = Double(b.lines) * xScale
            if i % 2 == 1 { w.rect(x: x, y: py.lowerBound, width: bw, height: Self.plotSize, [("fill", "#eef2f7")], title: "reference \(b.path)") }
            if i > 0 { w.line(x1: x, y1: py.lowerBound, x2: x, y2: py.upperBound, [("stroke", "#c8c8c8")]) }
            if bw >= 9 {
                let lx = x + bw / 2, ly = py.upperBound + 8
                w.text(Self.label(b.path), x: lx, y: ly, [("class", "axis"), ("text-anchor", "end"), ("transform", .text("rotate(-50 \(SVGWriter.number(lx)) \(SVGWriter.number(ly)))"))])
            }
        }
        for (i, b) in suspect.enumerated() {
            let y = py.lowerBound + Double(b.offset) * yScale, bh = Double(b.lines) * yScale
            if i % 2 == 1 { w.rect(x: px.lowerBound, y: y, width: Self.plotSize, height: bh, [("fill", "#f7f0e8"), ("fill-opacity", "0.7")], title: "suspect \(b.path)") }
            if i > 0 { w.line(x1: px.lowerBound, y1: y, x2: px.upperBound, y2: y, [("stroke", "#c8c8c8")]) }
            if bh >= 9 { w.text(Self.label(b.path), x: px.lowerBound - 6, y: y + bh / 2 + 4, [("class", "axis"), ("text-anchor", "end")]) }
        }
        w.close()
        w.text("reference lines \u{2192}", x: px.upperBound, y: py.lowerBound - 8, [("class", "axis"), ("text-anchor", "end")])
        w.text("suspect lines \u{2193}", x: 4, y: py.lowerBound - 8, [("class", "axis")])
        w.group([("class", "segments"), ("stroke-linecap", "round")])
        for s in segments {
            w.link(toFragment: matchID(s.match))
            w.line(x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2,
                   [("class", "seg"), ("data-channel", .text(s.channel)), ("stroke", .text(Self.colour(s.channel))), ("stroke-width", "3")],
                   title: s.label)
            w.close()
        }
        w.close()
        return w.svg(id: "dotplot", width: width, height: height,
                     label: "dot plot: \(segments.count) matched regions, reference lines across, suspect lines down")
    }

    /// A label short enough for a margin: at most `limit` characters; a path keeps its end (the file name),
    /// anything else its start.
    public static func label(_ name: String, limit: Int = 26) -> String {
        guard name.count > limit else { return name }
        return name.contains("/") ? "\u{2026}" + String(name.suffix(limit - 1)) : String(name.prefix(limit - 1)) + "\u{2026}"
    }
}
