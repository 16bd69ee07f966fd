import Analysis
import Foundation
import FrontEnd
import XCTest
import Matching
@testable import Report
import TestSupport

/// The pictures of the HTML reports, on real compare results: the dot plot's segments, the token highlighting,
/// every match listed, and escaping inside SVG.
final class PicturesTests: XCTestCase {
    /// Forty functions of different shapes (loops, branches, calls chosen by the bits of i): enough matches to
    /// pass the text report's 25, each distinct enough to be matched on its own.
    static func module(_ prefix: String, _ shapes: Range<Int>, renamed: Bool = false) -> String {
        shapes.map { i in
            let v = renamed ? "acc" : "total", a = renamed ? "left" : "first", b = renamed ? "right" : "second"
            var body = ["def \(prefix)_\(i)(\(a), \(b)):", "    \(v) = \(i)"]
            if i & 1 != 0 { body += ["    for k in range(\(a)):", "        \(v) += k * \(i + 2)"] }
            if i & 2 != 0 { body += ["    while \(b) > \(i):", "        \(b) -= \(i % 3 + 1)", "        \(v) -= 1"] }
            if i & 4 != 0 { body += ["    if \(a) > \(b):", "        \(v) = max(\(v), \(a) - \(b))", "    else:", "        \(v) = min(\(v), \(b))"] }
            if i & 8 != 0 { body += ["    items = [x * \(i) for x in range(\(b)) if x % 2]", "    \(v) += sum(items)"] }
            if i & 16 != 0 { body += ["    try:", "        \(v) //= \(a)", "    except ZeroDivisionError:", "        \(v) = -\(i)"] }
            if i & 32 != 0 { body += ["    names = {str(k): k for k in range(\(i))}", "    \(v) += len(names)"] }
            body += ["    print(\"step\", \(i), \(v))", "    return \(v) + \(a) * \(b)", "", ""]
            return body.joined(separator: "\n")
        }.joined()
    }

    /// The compare report of `reference` against `suspect` trees, every match listed, with the trees' roots.
    func compare(_ reference: [String: String], _ suspect: [String: String]) async throws -> (CompareReport, SourceLines, SourceLines) {
        let refRoot = try tree(reference), susRoot = try tree(suspect)
        let parameters = AnalysisParameters()
        let ref = try await RepositoryAnalyzer().analyze(root: refRoot)
        let sus = try await RepositoryAnalyzer().analyze(root: susRoot)
        let comparison = try PairComparer(parameters: parameters).compare(reference: ref, suspect: sus)
        return (CompareReport(comparison, reference: ref, suspect: sus, parameters: parameters), SourceLines(root: refRoot), SourceLines(root: susRoot))
    }

    func html(_ r: CompareReport, _ ref: SourceLines, _ sus: SourceLines) -> String {
        HTMLRenderer.render(r) { side, path in (side == "reference" ? ref : sus).lines(of: path) }
    }

    func count(_ needle: String, in haystack: String) -> Int { haystack.components(separatedBy: needle).count - 1 }

    func testDotPlotHasOneSegmentPerMatchInsideThePlot() async throws {
        // Two files, the second copied first in the suspect: the plot must place each match in its file pair.
        let (r, ref, sus) = try await compare(["a/one.py": Self.module("alpha", 0..<20), "b/two.py": Self.module("beta", 20..<40)],
                                              ["lib/x.py": Self.module("beta", 20..<40, renamed: true) + Self.module("alpha", 0..<20, renamed: true)])
        XCTAssertGreaterThan(r.matches.count, 25, r.summary)
        let plot = DotPlot(matches: r.matches) { side, path in (side == "reference" ? ref : sus).lines(of: path)?.count }
        XCTAssertEqual(plot.segments.count, r.matches.count)
        XCTAssertEqual(plot.reference.map(\.path), ["a/one.py", "b/two.py"])
        for s in plot.segments {
            for x in [s.x1, s.x2] { XCTAssertTrue(DotPlot.plotX.contains(x), "x \(x) outside the plot") }
            for y in [s.y1, s.y2] { XCTAssertTrue(DotPlot.plotY.contains(y), "y \(y) outside the plot") }
            XCTAssertLessThanOrEqual(s.x1, s.x2)
            XCTAssertLessThanOrEqual(s.y1, s.y2)
        }
        // The reordering is visible: alpha (reference file 1, left half) sits in the suspect's lower half.
        let mid = (DotPlot.plotY.lowerBound + DotPlot.plotY.upperBound) / 2
        let alpha = plot.segments.filter { r.matches[$0.match].reference.path == "a/one.py" && r.matches[$0.match].suspect.unit.hasPrefix("alpha") }
        XCTAssertFalse(alpha.isEmpty)
        XCTAssertTrue(alpha.allSatisfy { $0.y1 >= mid - 1 }, "alpha copied second in the suspect must be drawn in its lower half")

        let page = html(r, ref, sus)
        XCTAssertEqual(count("class=\"seg\"", in: page), r.matches.count)
        XCTAssertEqual(count("<section class=\"match\"", in: page), r.matches.count, "every match gets its section, not the first 25")
        for i in 1...r.matches.count {
            XCTAssertTrue(page.contains("<a href=\"#m\(i)\"><line"), "segment \(i) links to its section")
            XCTAssertTrue(page.contains("id=\"m\(i)\""))
        }
        XCTAssertTrue(page.contains("next \u{2192}") && page.contains("\u{2190} previous"))
        XCTAssertGreaterThan(count("<span class=\"r\">", in: page), 0, "renamed identifiers are highlighted")
    }

    func testHostileNamesAreEscapedInsideTheSVG() async throws {
        let hostile = "<script>alert('x')</script>\" onload=\"alert(1)"
        let (r, ref, sus) = try await compare(["\(hostile).py": Self.module("alpha", 0..<6)], ["q'><svg onload=alert(2)>.py": Self.module("alpha", 0..<6, renamed: true)])
        XCTAssertFalse(r.matches.isEmpty)
        let page = html(r, ref, sus)
        let svg = try XCTUnwrap(page.range(of: "<svg id=\"dotplot\"").flatMap { start in page.range(of: "</svg>", range: start.upperBound..<page.endIndex).map { page[start.lowerBound..<$0.upperBound] } })
        XCTAssertEqual(count("<svg", in: String(svg)), 1, "no second svg element opened by a name")
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertFalse(svg.contains("onload=\""))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onload=&quot;alert(1).py"), "the name is shown, escaped")
        XCTAssertEqual(count("<svg", in: page), 1)
        XCTAssertEqual(count("<script", in: page), 0)
    }

    func testTokenDiffTellsIdenticalRenamedAndDifferent() {
        let a = TokenDiff.tokens(["total = first + 1", "return total"])
        let b = TokenDiff.tokens(["acc = first - 1", "return acc"])
        let (ka, kb) = TokenDiff.compare(a, b)
        func kind(_ tokens: [TokenDiff.Token], _ kinds: [TokenDiff.Kind], _ text: String) -> TokenDiff.Kind? {
            tokens.firstIndex { $0.text == text }.map { kinds[$0] }
        }
        XCTAssertEqual(kind(a, ka, "total"), .renamed)
        XCTAssertEqual(kind(b, kb, "acc"), .renamed)
        XCTAssertEqual(kind(a, ka, "first"), .identical)
        XCTAssertEqual(kind(a, ka, "return"), .identical)
        XCTAssertEqual(kind(a, ka, "+"), .differs)
        XCTAssertEqual(kind(b, kb, "-"), .differs)
        // A keyword never counts as a rename of another word.
        let (kw, _) = TokenDiff.compare(TokenDiff.tokens(["while x:"]), TokenDiff.tokens(["for x:"]))
        XCTAssertEqual(kw.first, .differs)
        // Strings and comments are single tokens; a string's content is compared whole.
        XCTAssertEqual(TokenDiff.tokens(["s = 'a b' # c d"]).map(\.text), ["s", "=", "'a b'", "# c d"])
    }

    func testSVGWriterEscapesEveryAttributeAndText() {
        var w = SVGWriter()
        w.text("<b>\"x\" & 'y'</b>", x: .nan, y: 3.14159, [("class", .text("a\" onclick=\"b"))])
        w.rect(x: 1, y: 2, width: -5, height: .infinity, title: "</title><script>")
        w.link(toFragment: "m1\"><script>")
        let svg = w.svg(id: "p\"q", width: 10, height: 10, label: "<x>")
        XCTAssertFalse(svg.contains("<b>"))
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertFalse(svg.contains("\" onclick"))
        XCTAssertTrue(svg.contains("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;"))
        XCTAssertTrue(svg.contains("x=\"0\" y=\"3.14\""), "NaN becomes 0, numbers two decimals: \(svg)")
        XCTAssertTrue(svg.contains("width=\"0\" height=\"0\""), "negative and infinite sizes are clamped: \(svg)")
        XCTAssertTrue(svg.contains("href=\"#m1---script-\""), "fragments keep letters, digits, - and _ only: \(svg)")
        XCTAssertTrue(svg.hasSuffix("</a></svg>"), "open links are closed")
    }

    func testFamilyGraphAndHeatMapFollowTheReport() {
        let member = { (path: String, verdict: Verdict, relation: String) in
            FamiliesReport.Member(repository: path, relation: relation, verdict: verdict, score: 0.9, containment: 0.8, reverse_containment: 0.7, direction_evidence: [])
        }
        let hostile = "/r/<script>x</script>"
        let family = FamiliesReport.Family(id: 1, origin: "/r/origin", members: [member("/r/a", .clone, "clone"), member(hostile, .partialClone, "via another member"), member("/r/c", .clone, "port python -> go")])
        let pairs = [FamiliesReport.Pair(reference: "/r/origin", suspect: "/r/a", verdict: .clone, score: 0.95, containment: 1, reverse_containment: 0.9),
                     FamiliesReport.Pair(reference: "/r/a", suspect: hostile, verdict: .partialClone, score: 0.6, containment: 0.5, reverse_containment: 0.5),
                     FamiliesReport.Pair(reference: "/r/x", suspect: "/r/y", verdict: .notClone, score: 0.05, containment: 0, reverse_containment: 0)]
        let report = FamiliesReport(database: "db", repositories_indexed: 6, pairs_verified: 3, min_verdict: .partialClone, families: [family], pairs: pairs)
        let page = FamiliesRenderer.html(report)
        XCTAssertEqual(count("class=\"node\"", in: page) + count("class=\"node centre\"", in: page), 4, "the origin and three members")
        XCTAssertEqual(count("class=\"edge\"", in: page), 3, "one arrow per member")
        XCTAssertEqual(count("stroke-dasharray", in: page), 1, "the member linked through another is dashed")
        XCTAssertEqual(count("class=\"link\"", in: page), 1, "members verified against each other are joined")
        XCTAssertEqual(count("class=\"cell\"", in: page), 2 * pairs.count, "each verified pair twice in the symmetric map")
        XCTAssertEqual(count("<script", in: page), 0)
        XCTAssertTrue(page.contains("&lt;script&gt;x&lt;/script&gt;"))
        let map = FamiliesRenderer.heatMap(report, names: [:])
        XCTAssertEqual(RadialGraph.distinctNames(["/x/b/reference", "/x/c/reference", "/x/d/suspect"]),
                       ["/x/b/reference": "b/reference", "/x/c/reference": "c/reference", "/x/d/suspect": "suspect"])
        XCTAssertEqual(map.rows.count, 6, "four family repositories, then the two of the other pair")
        XCTAssertEqual(map.blocks, [0..<4])
        for i in 0..<3 {
            let p = RadialGraph.position(i, of: 3)
            let c = RadialGraph.middle(for: 3)
            XCTAssertEqual(((p.x - c.x) * (p.x - c.x) + (p.y - c.y) * (p.y - c.y)).squareRoot(), RadialGraph.radius(for: 3), accuracy: 1e-9)
            XCTAssertTrue((0...RadialGraph.width(for: 3)).contains(p.x) && (30...(RadialGraph.height(for: 3) - 30)).contains(p.y), "node \(i) at \(p) leaves room for its label")
        }
        // Any family size: every node inside the picture with room for its label, neighbours apart.
        for n in [1, 2, 5, 12, 30] {
            let points = (0..<n).map { RadialGraph.position($0, of: n) }
            for p in points {
                XCTAssertTrue((200...(RadialGraph.width(for: n) - 200)).contains(p.x) && (30...(RadialGraph.height(for: n) - 30)).contains(p.y), "\(n) members: \(p)")
            }
            for i in 1..<max(1, n) {
                let (a, b) = (points[i - 1], points[i])
                XCTAssertGreaterThan(((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot(), 60, "\(n) members: neighbours \(i - 1), \(i) overlap")
            }
        }
    }
}
