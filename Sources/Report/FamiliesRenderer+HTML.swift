import Foundation
import Matching

/// `families --format html`: one self-contained page, a graph per family and a repository-by-repository heat map of
/// the verified pair scores. No scripts, no network requests; every path and name escaped (SVG through `SVGWriter`).
extension FamiliesRenderer {
    /// The page's style.
    static let pageStyle = """
    body{font-family:system-ui,sans-serif;margin:2em;color:#222}
    table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}
    \(PictureStyle.css)
    """

    /// The head of the page: strict CSP (no script, no fetch of any kind), title, style.
    static func pageHead(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        \(PictureStyle.cspMeta)
        <title>\(HTMLRenderer.escape(title))</title>
        <style>
        \(pageStyle)
        </style></head><body>

        """
    }

    /// The legend of node colours by verdict; `centre` names the centre node (origin, project).
    static func verdictLegend(centre: String) -> String {
        let items = [(centre, "#2166ac"), ("clone", RadialGraph.colour("clone")), ("partial-clone", RadialGraph.colour("partial-clone")), ("related", RadialGraph.colour("related"))]
        return "<p class=\"legend\">" + items.map { "<span><i class=\"swatch\" style=\"background:\($0.1)\"></i>\($0.0)</span>" }.joined() + "</p>\n"
    }

    public static func html(_ r: FamiliesReport) -> String {
        let e = HTMLRenderer.escape
        var h = pageHead(title: "clonescan families: \(r.database)")
        h += "<h1>\(r.families.count) famil\(r.families.count == 1 ? "y" : "ies") among \(r.repositories_indexed) indexed repositories</h1>\n"
        h += "<p>index <code>\(e(r.database))</code>; \(r.pairs_verified) candidate pairs verified; linked at \(e(r.min_verdict.rawValue)) or above. "
        h += "Arrows point from the likely origin to each member (dashed: linked through another member), labelled with the relation and score; grey lines join members verified against each other.</p>\n"
        h += verdictLegend(centre: "origin")
        let names = RadialGraph.distinctNames(r.families.flatMap { [$0.origin] + $0.members.map(\.repository) } + r.pairs.flatMap { [$0.reference, $0.suspect] })
        for f in r.families {
            h += "<h2 id=\"family-\(f.id)\">family \(f.id): origin <code>\(e(f.origin))</code></h2>\n"
            h += familyGraph(f, pairs: r.pairs, minVerdict: r.min_verdict.rawValue, names: names).svg(id: "family-graph-\(f.id)", label: "family \(f.id): origin \(f.origin) and \(f.members.count) members")
            h += "\n<table><tr><th>repository</th><th>relation</th><th>verdict</th><th>score</th><th>of the origin</th><th>of itself</th><th>direction evidence</th></tr>\n"
            for m in f.members {
                h += "<tr><td><code>\(e(m.repository))</code></td><td>\(e(m.relation))</td><td>\(e(m.verdict.rawValue))</td><td>\(m.score)</td>"
                h += "<td>\(percent(m.containment))</td><td>\(percent(m.reverse_containment))</td><td>\(e(m.direction_evidence.joined(separator: "; ")))</td></tr>\n"
            }
            h += "</table>\n"
        }
        h += "<h2 id=\"heatmap\">Similarity of every verified pair</h2>\n"
        h += "<p>Rows and columns are the repositories of the verified candidate pairs, family by family (outlined), then the rest; a cell is the pair's score, empty when the index never named the pair a candidate.</p>\n"
        h += heatMap(r, names: names).svg(id: "families-heatmap", label: "heat map of \(r.pairs.count) verified pair scores")
        h += "\n</body></html>\n"
        return h
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    /// A family's graph: the origin in the centre, members around it in report order.
    /// - Parameter names: what each repository path is called on the picture (`RadialGraph.distinctNames`).
    public static func familyGraph(_ f: FamiliesReport.Family, pairs: [FamiliesReport.Pair], minVerdict: String, names: [String: String]) -> RadialGraph {
        let index = Dictionary(f.members.enumerated().map { ($1.repository, $0) }, uniquingKeysWith: { a, _ in a })
        let outer = f.members.map {
            RadialGraph.Node(name: names[$0.repository] ?? $0.repository, colour: RadialGraph.colour($0.verdict.rawValue),
                             tooltip: "\($0.repository): \($0.relation), \($0.verdict.rawValue), score \($0.score)")
        }
        let spokes = f.members.enumerated().map { i, m in
            RadialGraph.Spoke(node: i, label: "\(m.relation) \(String(format: "%.2f", m.score))", dashed: m.relation == "via another member")
        }
        let floor = Verdict(rawValue: minVerdict) ?? .partialClone
        let links = pairs.compactMap { p -> (a: Int, b: Int, label: String)? in
            guard p.verdict >= floor, let a = index[p.reference], let b = index[p.suspect] else { return nil }
            return (a, b, "\(p.reference) ~ \(p.suspect): \(p.verdict.rawValue) \(String(format: "%.2f", p.score))")
        }
        return RadialGraph(centre: .init(name: names[f.origin] ?? f.origin, colour: "#2166ac", tooltip: "origin \(f.origin)"), outer: outer, spokes: spokes, links: links)
    }

    /// Every repository of a verified pair, family members first (origin, then members), symmetric cells.
    public static func heatMap(_ r: FamiliesReport, names: [String: String]) -> HeatMap {
        var order: [String] = [], seen = Set<String>(), blocks: [Range<Int>] = []
        for f in r.families {
            let start = order.count
            for path in [f.origin] + f.members.map(\.repository) where seen.insert(path).inserted { order.append(path) }
            blocks.append(start..<order.count)
        }
        for path in Set(r.pairs.flatMap { [$0.reference, $0.suspect] }).sorted() where seen.insert(path).inserted { order.append(path) }
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var cells: [HeatMap.Cell] = []
        for p in r.pairs {
            guard let i = position[p.reference], let j = position[p.suspect] else { continue }
            let tip = "\(p.reference) ~ \(p.suspect): \(p.verdict.rawValue), score \(p.score), \(percent(p.containment)) / \(percent(p.reverse_containment))"
            cells.append(.init(row: i, column: j, value: p.score, tooltip: tip))
            cells.append(.init(row: j, column: i, value: p.score, tooltip: tip))
        }
        let labels = order.map { names[$0] ?? $0 }
        return HeatMap(rows: labels, columns: labels, cells: cells, blocks: blocks)
    }
}
