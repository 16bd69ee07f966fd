/// A heat map: rows by columns, each known cell shaded from white (0) to dark red (1); unknown cells stay empty.
/// Families use it repository by repository (the verified pair scores), audit project file by repository.
public struct HeatMap: Sendable {
    /// One shaded cell.
    public struct Cell: Sendable {
        public var row: Int
        public var column: Int
        /// 0...1; clamped.
        public var value: Double
        public var tooltip: String
        public init(row: Int, column: Int, value: Double, tooltip: String) {
            self.row = row; self.column = column; self.value = value; self.tooltip = tooltip
        }
    }

    /// Row and column labels (shortened by `DotPlot.label` to 24 characters).
    public var rows: [String]
    public var columns: [String]
    public var cells: [Cell]
    /// Square blocks outlined on the diagonal (e.g. one per family), as index ranges of `rows`.
    public var blocks: [Range<Int>]

    public static let labelWidth = 200.0, labelHeight = 150.0, maxSide = 560.0

    public init(rows: [String], columns: [String], cells: [Cell], blocks: [Range<Int>] = []) {
        self.rows = rows; self.columns = columns; self.cells = cells; self.blocks = blocks
    }

    /// The side of one cell in pixels: 22, smaller when there are many rows or columns, never under 8 so labels
    /// stay legible (a map of 130 repositories is then about 1,300 pixels wide and scales down with the page).
    public var cellSize: Double { max(8, min(22, Self.maxSide / Double(max(1, rows.count, columns.count)))) }
    public var width: Double { Self.labelWidth + Double(columns.count) * cellSize + 100 }
    public var height: Double { Self.labelHeight + Double(rows.count) * cellSize + 40 }

    /// White to dark red.
    public static func colour(_ value: Double) -> String {
        let v = min(1, max(0, value.isFinite ? value : 0))
        let (r, g, b) = (255 - 152 * v, 255 - 255 * v, 255 - 225 * v)
        func hex(_ x: Double) -> String {
            let n = Int(x.rounded())
            return String(n, radix: 16).count == 1 ? "0" + String(n, radix: 16) : String(n, radix: 16)
        }
        return "#" + hex(r) + hex(g) + hex(b)
    }

    /// The map as an inline `<svg>` with element id `id`.
    public func svg(id: String, label: String) -> String {
        var w = SVGWriter()
        let size = cellSize, x0 = Self.labelWidth, y0 = Self.labelHeight
        let fontSize = SVGWriter.Attribute.number(min(11, max(7, size - 2)))
        w.rect(x: x0, y: y0, width: Double(columns.count) * size, height: Double(rows.count) * size, [("class", "frame"), ("fill", "#f6f6f6"), ("stroke", "#999")])
        w.group([("class", "row-labels"), ("font-size", fontSize), ("text-anchor", "end")])
        for (i, name) in rows.enumerated() {
            w.text(DotPlot.label(name, limit: 24), x: x0 - 4, y: y0 + (Double(i) + 0.75) * size)
        }
        w.close()
        w.group([("class", "column-labels"), ("font-size", fontSize)])
        for (j, name) in columns.enumerated() {
            let x = x0 + (Double(j) + 0.7) * size, y = y0 - 4
            w.text(DotPlot.label(name, limit: 24), x: x, y: y, [("transform", .text("rotate(-60 \(SVGWriter.number(x)) \(SVGWriter.number(y)))"))])
        }
        w.close()
        w.group([("class", "cells")])
        for c in cells where rows.indices.contains(c.row) && columns.indices.contains(c.column) {
            w.rect(x: x0 + Double(c.column) * size, y: y0 + Double(c.row) * size, width: size, height: size,
                   [("class", "cell"), ("fill", .text(Self.colour(c.value))), ("stroke", "#fff"), ("stroke-width", "0.5")], title: c.tooltip)
        }
        w.close()
        for b in blocks where !b.isEmpty && b.upperBound <= min(rows.count, columns.count) {
            w.rect(x: x0 + Double(b.lowerBound) * size, y: y0 + Double(b.lowerBound) * size, width: Double(b.count) * size, height: Double(b.count) * size,
                   [("class", "block"), ("fill", "none"), ("stroke", "#2166ac"), ("stroke-width", "1.5")])
        }
        // The scale: 0 to 1.
        let sx = x0 + Double(columns.count) * size + 16
        for k in 0..<10 {
            w.rect(x: sx, y: y0 + Double(9 - k) * 12, width: 14, height: 12, [("fill", .text(Self.colour((Double(k) + 0.5) / 10)))])
        }
        w.text("1", x: sx + 18, y: y0 + 10, [("font-size", "11")])
        w.text("0", x: sx + 18, y: y0 + 120, [("font-size", "11")])
        return w.svg(id: id, width: width, height: height, label: label)
    }
}
