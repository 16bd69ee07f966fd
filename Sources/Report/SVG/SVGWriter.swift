import Foundation

/// A small, dependency-free writer of inline SVG for the HTML reports.
///
/// Every attribute value and every text node goes through `HTMLRenderer.escape`, so a repository or file name
/// (scanned data) can never open an element or an attribute; numbers are written with at most two decimals and
/// non-finite values become 0, so a coordinate can never carry text either. The writer emits no scripts, no event
/// handlers and no external references: links are same-document fragments only (`#id`).
public struct SVGWriter: Sendable {
    /// The markup written so far (the body of the `<svg>` element).
    private(set) var body = ""
    /// Open `<g>`/`<a>` elements, closed by `close()`.
    private var open: [String] = []

    public init() {}

    /// A number as SVG writes it: up to two decimals, no exponent, 0 for NaN and infinities.
    public static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let rounded = (x * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", rounded)
    }

    /// A fragment identifier safe in an `href` and an `id`: letters, digits, `-` and `_` only.
    public static func fragment(_ s: String) -> String {
        String(s.unicodeScalars.map { ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" ? Character($0) : "-" })
    }

    /// `name="value"` pairs, values escaped; numbers go through `number`.
    private static func attributes(_ attrs: [(String, Attribute)]) -> String {
        attrs.map { name, value in " \(name)=\"\(HTMLRenderer.escape(value.text))\"" }.joined()
    }

    /// An attribute value: text (escaped) or a number (formatted).
    public enum Attribute: Sendable, ExpressibleByStringLiteral {
        case text(String)
        case number(Double)
        public init(stringLiteral value: String) { self = .text(value) }
        var text: String {
            switch self {
            case .text(let s): return s
            case .number(let x): return SVGWriter.number(x)
            }
        }
    }

    /// An empty element, e.g. `line`, `rect`, `circle`; `title` becomes a tooltip child.
    public mutating func element(_ name: String, _ attrs: [(String, Attribute)], title: String? = nil) {
        if let title {
            body += "<\(name)\(Self.attributes(attrs))><title>\(HTMLRenderer.escape(title))</title></\(name)>"
        } else {
            body += "<\(name)\(Self.attributes(attrs))/>"
        }
    }

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, _ extra: [(String, Attribute)] = [], title: String? = nil) {
        element("line", [("x1", .number(x1)), ("y1", .number(y1)), ("x2", .number(x2)), ("y2", .number(y2))] + extra, title: title)
    }

    /// A rectangle.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, _ extra: [(String, Attribute)] = [], title: String? = nil) {
        element("rect", [("x", .number(x)), ("y", .number(y)), ("width", .number(max(0, width))), ("height", .number(max(0, height)))] + extra, title: title)
    }

    /// A circle.
    public mutating func circle(cx: Double, cy: Double, r: Double, _ extra: [(String, Attribute)] = [], title: String? = nil) {
        element("circle", [("cx", .number(cx)), ("cy", .number(cy)), ("r", .number(max(0, r)))] + extra, title: title)
    }

    /// A text label at (x, y); the content is escaped.
    public mutating func text(_ content: String, x: Double, y: Double, _ extra: [(String, Attribute)] = []) {
        body += "<text\(Self.attributes([("x", .number(x)), ("y", .number(y))] + extra))>\(HTMLRenderer.escape(content))</text>"
    }

    /// Opens a group; close it with `close()`.
    public mutating func group(_ attrs: [(String, Attribute)] = []) {
        body += "<g\(Self.attributes(attrs))>"
        open.append("g")
    }

    /// Opens a link to an element of this document (`#fragment`); close it with `close()`.
    public mutating func link(toFragment id: String) {
        body += "<a href=\"#\(Self.fragment(id))\">"
        open.append("a")
    }

    /// Closes the innermost open group or link.
    public mutating func close() {
        guard let name = open.popLast() else { return }
        body += "</\(name)>"
    }

    /// An arrow head for `marker-end` (`url(#id)`); the id keeps letters, digits, `-` and `_` only.
    public mutating func arrowMarker(id: String) {
        body += "<defs><marker id=\"\(Self.fragment(id))\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" "
            + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker></defs>"
    }

    /// The finished `<svg>` element, every open group closed.
    /// - Parameters:
    ///   - id: the element's id (for links and tests).
    ///   - label: what the picture shows (`aria-label`, and a `<title>`).
    public func svg(id: String, width: Double, height: Double, label: String) -> String {
        var done = body
        for name in open.reversed() { done += "</\(name)>" }
        let attrs = Self.attributes([("id", .text(Self.fragment(id))), ("class", "picture"), ("role", "img"), ("aria-label", .text(label)),
                                     ("width", .number(width)), ("height", .number(height)),
                                     ("viewBox", .text("0 0 \(Self.number(width)) \(Self.number(height))"))])
        return "<svg\(attrs)><title>\(HTMLRenderer.escape(label))</title>\(done)</svg>"
    }
}
