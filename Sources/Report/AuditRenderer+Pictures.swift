/// The audit report's pictures: the project in the centre with an arrow from every listed repository (the
/// direction code travelled, labelled with verdict and score), and a heat map of project files by repository
/// (matched lines, darkest where a file took most from a repository).
extension AuditRenderer {
    /// Both pictures with their headings, or nothing when no repository is listed.
    static func pictures(_ r: AuditReport) -> String {
        guard !r.results.isEmpty else { return "" }
        var h = "<h2 id=\"graph\">Where the project's code came from</h2>\n"
        h += graph(r).svg(id: "audit-graph", label: "the project and the \(r.results.count) repositories it has code of")
        h += "\n" + FamiliesRenderer.verdictLegend(centre: "project")
        let map = heatMap(r)
        if !map.rows.isEmpty {
            h += "<h2 id=\"heatmap\">Project files by repository</h2>\n<p>A cell is the number of the file's lines matched in the repository, relative to the largest cell.</p>\n"
            h += map.svg(id: "audit-heatmap", label: "heat map of \(map.rows.count) project files by \(map.columns.count) repositories")
            h += "\n"
        }
        return h
    }

    /// The project in the centre; each listed repository around it, an arrow from it to the project.
    public static func graph(_ r: AuditReport) -> RadialGraph {
        let outer = r.results.map {
            RadialGraph.Node(name: DotPlot.label($0.repository, limit: 28), colour: RadialGraph.colour($0.verdict.rawValue),
                             tooltip: "\($0.repository) (\($0.path)): \($0.verdict.rawValue), score \($0.score)\($0.fails ? ", fails the audit" : "")")
        }
        let spokes = r.results.enumerated().map { i, x in
            RadialGraph.Spoke(node: i, label: "\(x.verdict.rawValue) \(SVGWriter.number(x.score))", inward: true, dashed: x.verdict < .partialClone)
        }
        return RadialGraph(centre: .init(name: RadialGraph.distinctNames([r.project.path])[r.project.path] ?? r.project.path, colour: "#2166ac", tooltip: "project \(r.project.path)"), outer: outer, spokes: spokes)
    }

    /// Project files (rows, most matched first) by listed repository (columns, report order).
    public static func heatMap(_ r: AuditReport) -> HeatMap {
        var total: [String: Int] = [:]
        for x in r.results { for f in x.project_files { total[f.path, default: 0] += f.matched_lines } }
        let rows = total.keys.sorted { total[$0, default: 0] != total[$1, default: 0] ? total[$0, default: 0] > total[$1, default: 0] : $0 < $1 }
        let row = Dictionary(rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let largest = max(1, r.results.flatMap(\.project_files).map(\.matched_lines).max() ?? 1)
        var cells: [HeatMap.Cell] = []
        for (j, x) in r.results.enumerated() {
            for f in x.project_files {
                guard let i = row[f.path] else { continue }
                cells.append(.init(row: i, column: j, value: Double(f.matched_lines) / Double(largest),
                                   tooltip: "\(f.path) <- \(x.repository): \(f.matched_lines) lines, \(f.matched_units) units"))
            }
        }
        return HeatMap(rows: rows, columns: r.results.map(\.repository), cells: cells)
    }
}
