import Foundation

/// A family as a picture: one node in the centre (a family's origin, or the audited project), the others on a
/// circle around it in the given order, an arrow per relation with its label, and thin links between outer nodes.
///
/// The layout is deterministic: node i of n sits at angle i·360°/n clockwise from the right, so the same report
/// always draws the same picture. Labels have a white halo so a spoke passing under one leaves it readable.
public struct RadialGraph: Sendable {
    /// A node: its label as drawn (short: `distinctNames`), fill colour and tooltip (the whole path).
    public struct Node: Sendable {
        public var name: String
        public var colour: String
        public var tooltip: String
        public init(name: String, colour: String, tooltip: String) { self.name = name; self.colour = colour; self.tooltip = tooltip }
    }

    /// An arrow between the centre and outer node `node`.
    public struct Spoke: Sendable {
        public var node: Int
        public var label: String
        /// True: outer node -> centre (the audited project took from a repository); false: centre -> outer node.
        public var inward: Bool
        /// Drawn dashed: the relation is indirect (e.g. linked through another member).
        public var dashed: Bool
        public init(node: Int, label: String, inward: Bool = false, dashed: Bool = false) {
            self.node = node; self.label = label; self.inward = inward; self.dashed = dashed
        }
    }

    public var centre: Node
    public var outer: [Node]
    public var spokes: [Spoke]
    /// Pairs of outer nodes linked directly (drawn as thin grey lines, tooltip = label).
    public var links: [(a: Int, b: Int, label: String)]

    /// The circle's radius for n outer nodes: 190 pixels, growing past 10 members so neighbours keep apart.
    public static func radius(for n: Int) -> Double { min(420, 190 + Double(max(0, n - 10)) * 12) }

    /// The picture's width: the circle plus room for labels on both sides.
    public static func width(for n: Int) -> Double { 2 * radius(for: n) + 480 }
    static let centreRadius = 24.0, nodeRadius = 15.0

    public init(centre: Node, outer: [Node], spokes: [Spoke], links: [(a: Int, b: Int, label: String)] = []) {
        self.centre = centre; self.outer = outer; self.spokes = spokes; self.links = links
    }

    /// The picture's height for n outer nodes: as tall as the nodes reach, plus room for labels (one or two
    /// members sit on a horizontal line, so the picture stays short).
    public static func height(for n: Int) -> Double {
        let reach = (0..<max(1, n)).map { abs(sin(angle($0, of: n))) }.max() ?? 0
        return 2 * (radius(for: n) * reach + 60)
    }

    /// The centre of the picture for n outer nodes.
    public static func middle(for n: Int) -> (x: Double, y: Double) { (width(for: n) / 2, height(for: n) / 2) }

    static func angle(_ i: Int, of n: Int) -> Double { 2 * Double.pi * Double(i) / Double(max(1, n)) }

    /// Where outer node i of n is drawn.
    public static func position(_ i: Int, of n: Int) -> (x: Double, y: Double) {
        let c = middle(for: n), a = angle(i, of: n)
        let r = radius(for: n)
        return (c.x + r * cos(a), c.y + r * sin(a))
    }

    /// The graph as an inline `<svg>` with element id `id`.
    public func svg(id: String, label: String) -> String {
        var w = SVGWriter()
        let markerID = id + "-arrow"
        w.arrowMarker(id: markerID)
        let n = outer.count, c = Self.middle(for: n)
        w.group([("class", "links"), ("stroke", "#bbbbbb"), ("stroke-width", "1")])
        for l in links where outer.indices.contains(l.a) && outer.indices.contains(l.b) {
            let a = Self.position(l.a, of: n), b = Self.position(l.b, of: n)
            w.line(x1: a.x, y1: a.y, x2: b.x, y2: b.y, [("class", "link")], title: l.label)
        }
        w.close()
        w.group([("class", "spokes")])
        for s in spokes where outer.indices.contains(s.node) {
            let p = Self.position(s.node, of: n)
            let (dx, dy) = (p.x - c.x, p.y - c.y)
            let length = max(1, (dx * dx + dy * dy).squareRoot())
            let (ux, uy) = (dx / length, dy / length)
            // From the edge of one circle to the edge of the other, so the arrow head shows.
            var from = (c.x + ux * (Self.centreRadius + 2), c.y + uy * (Self.centreRadius + 2))
            var to = (p.x - ux * (Self.nodeRadius + 4), p.y - uy * (Self.nodeRadius + 4))
            if s.inward {
                from = (p.x - ux * (Self.nodeRadius + 2), p.y - uy * (Self.nodeRadius + 2))
                to = (c.x + ux * (Self.centreRadius + 4), c.y + uy * (Self.centreRadius + 4))
            }
            var attrs: [(String, SVGWriter.Attribute)] = [("class", "edge"), ("stroke", "#444"), ("stroke-width", "1.6"), ("marker-end", .text("url(#\(SVGWriter.fragment(markerID)))"))]
            if s.dashed { attrs.append(("stroke-dasharray", "5 4")) }
            w.line(x1: from.0, y1: from.1, x2: to.0, y2: to.1, attrs, title: s.label)
            w.text(s.label, x: c.x + dx * 0.55, y: c.y + dy * 0.55 - 3,
                   [("class", "edge-label"), ("text-anchor", "middle"), ("font-size", "11"), ("paint-order", "stroke"), ("stroke", "#fff"), ("stroke-width", "3")])
        }
        w.close()
        w.group([("class", "nodes"), ("font-size", "12")])
        w.circle(cx: c.x, cy: c.y, r: Self.centreRadius, [("class", "node centre"), ("fill", .text(centre.colour)), ("stroke", "#222")], title: centre.tooltip)
        w.text(centre.name, x: c.x, y: c.y + Self.centreRadius + 15, [("class", "node-label"), ("text-anchor", "middle"), ("font-weight", "bold"), ("stroke", "#fff"), ("stroke-width", "4"), ("paint-order", "stroke")])
        for (i, node) in outer.enumerated() {
            let p = Self.position(i, of: n)
            w.circle(cx: p.x, cy: p.y, r: Self.nodeRadius, [("class", "node"), ("fill", .text(node.colour)), ("stroke", "#222")], title: node.tooltip)
            let right = p.x >= c.x - 1
            w.text(node.name, x: p.x + (right ? 1 : -1) * (Self.nodeRadius + 5), y: p.y + (p.y < c.y ? -Self.nodeRadius : Self.nodeRadius + 10),
                   [("class", "node-label"), ("text-anchor", right ? "start" : "end"), ("stroke", "#fff"), ("stroke-width", "4"), ("paint-order", "stroke")])
        }
        w.close()
        return w.svg(id: id, width: Self.width(for: n), height: Self.height(for: n), label: label)
    }

    /// What to call each path on a picture: its shortest run of trailing components that no other path in `paths`
    /// ends with (`b/reference` and `c/reference` stay apart), at most 28 characters.
    public static func distinctNames(_ paths: [String]) -> [String: String] {
        let parts = Dictionary(paths.map { p in (p, p.split(separator: "/").map(String.init)) }, uniquingKeysWith: { a, _ in a })
        var out: [String: String] = [:]
        for (path, components) in parts {
            var k = 1
            func tail(_ c: [String], _ k: Int) -> String { c.suffix(k).joined(separator: "/") }
            while k < components.count, parts.contains(where: { $0.key != path && tail($0.value, k) == tail(components, k) }) { k += 1 }
            out[path] = DotPlot.label(components.isEmpty ? path : tail(components, k), limit: 28)
        }
        return out
    }

    /// The fill of a verdict.
    public static func colour(_ verdict: String) -> String {
        switch verdict {
        case "clone": return "#b2182b"
        case "partial-clone": return "#ef8a62"
        case "related": return "#bdbdbd"
        default: return "#eeeeee"
        }
    }
}
