import XCTest
@testable import Shingles

final class ShapeShinglerTests: XCTestCase {
    /// function(call(name, literal), return(binary(name, literal)))
    let function: [ShapeNode] = [
        .init(kind: 1, depth: 0), .init(kind: 2, depth: 1), .init(kind: 7, depth: 2), .init(kind: 8, depth: 2),
        .init(kind: 3, depth: 1), .init(kind: 4, depth: 2), .init(kind: 7, depth: 3), .init(kind: 8, depth: 3),
    ]

    func testOneHashPerNode() {
        XCTAssertEqual(ShapeShingler(maxDepth: 3).shingles(of: function).count, function.count)
        XCTAssertEqual(ShapeShingler(maxDepth: 3).shingles(of: []), [])
    }

    func testEqualShapesHashEquallyAtAnyDepthOffset() {
        // The same subtree nested one level deeper (as a port wrapped in a class would be).
        let nested = [ShapeNode(kind: 9, depth: 0)] + function.map { ShapeNode(kind: $0.kind, depth: $0.depth + 1) }
        let shingler = ShapeShingler(maxDepth: 3, seed: 5)
        XCTAssertEqual(shingler.shingles(of: function), Array(shingler.shingles(of: nested).dropFirst()),
                       "subtree hashes depend on shape only, not on where the subtree sits")
    }

    func testDepthBoundLimitsWhatAChangeAffects() {
        var changed = function
        changed[6].kind = 99  // a leaf three levels below the root
        let d2 = ShapeShingler(maxDepth: 2)
        XCTAssertEqual(d2.shingles(of: function)[0], d2.shingles(of: changed)[0], "a change 3 levels down is beyond maxDepth 2")
        let d3 = ShapeShingler(maxDepth: 3)
        XCTAssertNotEqual(d3.shingles(of: function)[0], d3.shingles(of: changed)[0], "but within maxDepth 3")
        XCTAssertEqual(d3.shingles(of: function)[1], d3.shingles(of: changed)[1], "sibling subtree unaffected")
    }

    func testChildOrderAndNestingMatter() {
        let ab: [ShapeNode] = [.init(kind: 1, depth: 0), .init(kind: 2, depth: 1), .init(kind: 3, depth: 1)]
        let ba: [ShapeNode] = [.init(kind: 1, depth: 0), .init(kind: 3, depth: 1), .init(kind: 2, depth: 1)]
        let nested: [ShapeNode] = [.init(kind: 1, depth: 0), .init(kind: 2, depth: 1), .init(kind: 3, depth: 2)]
        let s = ShapeShingler(maxDepth: 2)
        XCTAssertNotEqual(s.shingles(of: ab)[0], s.shingles(of: ba)[0])
        XCTAssertNotEqual(s.shingles(of: ab)[0], s.shingles(of: nested)[0], "a(b, c) differs from a(b(c))")
    }

    func testInconsistentDepthsDoNotTrap() {
        let odd: [ShapeNode] = [.init(kind: 1, depth: 5), .init(kind: 2, depth: 9), .init(kind: 3, depth: 0), .init(kind: 4, depth: 0)]
        XCTAssertEqual(ShapeShingler(maxDepth: 4).shingles(of: odd).count, 4)
        XCTAssertEqual(ShapeShingler.parentIndices(of: odd), [-1, 0, -1, -1])
    }
}
