import CTreeSitter
import XCTest
@testable import FrontEnd
@testable import Syntax

/// The walker reads node starts from tree-sitter's node layout, a node's facts in one C call, and counts token end
/// rows itself, to save C calls per node; these tests hold the shortcuts to what tree-sitter's own API reports, on
/// every fixture.
final class TokenPositionTests: XCTestCase {
    /// `bytes` parsed by tree-sitter with the language's grammar.
    static func syntaxTree(_ language: String, _ bytes: [UInt8]) throws -> (tree: SyntaxTree, grammar: Grammar) {
        let grammar = try GrammarCatalog.shared.grammar(language)
        let parser = Parser()
        XCTAssertTrue(parser.setGrammar(grammar), language)
        return (try XCTUnwrap(bytes.withUnsafeBufferPointer { parser.parse($0, grammar: grammar, timeoutMicros: 0) }), grammar)
    }

    func testNodeStartsMatchTreeSitterAPI() throws {
        for (language, file) in Fixtures.conformance {
            let (tree, grammar) = try Self.syntaxTree(language, try Fixtures.bytes("conformance/" + file))
            let cursor = tree.makeCursor()
            // Every third symbol asks for the end of nodes with children too, so both branches are checked.
            let endWanted = (0..<grammar.symbolNames.count).map { $0 % 3 == 0 }
            var visited = 0, withChildrenAndEnd = 0
            var descending = true
            while true {
                if descending {
                    let node = cursor.node
                    XCTAssertEqual(node.startByte, ts_node_start_byte(node.raw), "\(language) node \(visited)")
                    XCTAssertEqual(node.startRow, ts_node_start_point(node.raw).row, "\(language) node \(visited)")
                    // The walker's one-call facts must be tree-sitter's own answers.
                    let facts = endWanted.withUnsafeBufferPointer { cursor.facts(endWanted: $0) }
                    let symbol = ts_node_symbol(node.raw), children = ts_node_child_count(node.raw)
                    XCTAssertEqual(facts.symbol, symbol, "\(language) node \(visited)")
                    XCTAssertEqual(facts.childCount, children, "\(language) node \(visited)")
                    XCTAssertEqual(facts.startByte, ts_node_start_byte(node.raw), "\(language) node \(visited)")
                    XCTAssertEqual(facts.startRow, ts_node_start_point(node.raw).row, "\(language) node \(visited)")
                    let wanted = children == 0 || (Int(symbol) < endWanted.count && endWanted[Int(symbol)])
                    XCTAssertEqual(facts.endByte, wanted ? ts_node_end_byte(node.raw) : 0, "\(language) node \(visited)")
                    if wanted && children > 0 { withChildrenAndEnd += 1 }
                    visited += 1
                    if cursor.gotoFirstChild() { continue }
                }
                if cursor.gotoNextSibling() { descending = true; continue }
                descending = false
                if !cursor.gotoParent() { break }
            }
            XCTAssertGreaterThan(visited, 200, language)
            XCTAssertGreaterThan(withChildrenAndEnd, 0, language)
        }
    }

    /// The one-call step the walker uses visits the nodes the classic cursor moves visit, in the same order, leaving
    /// as many nodes between two visits as the classic walk climbs; skipping a node's children skips exactly them.
    func testCursorStepWalksLikeTheCursorMoves() throws {
        for (language, file) in Fixtures.conformance {
            let (tree, grammar) = try Self.syntaxTree(language, try Fixtures.bytes("conformance/" + file))
            let endWanted = [Bool](repeating: false, count: grammar.symbolNames.count)
            // The children of every eleventh node are skipped, in both walks.
            func skips(_ ordinal: Int) -> Bool { ordinal % 11 == 10 }

            // The classic walk: (symbol, start, nodes left before this visit), then the count left at the end.
            var classic: [[UInt32]] = []
            let cursor = tree.makeCursor()
            var left: UInt32 = 0, descending = true
            while true {
                if descending {
                    let node = cursor.node
                    classic.append([UInt32(ts_node_symbol(node.raw)), ts_node_start_byte(node.raw), left])
                    left = 0
                    if !skips(classic.count - 1) && cursor.gotoFirstChild() { continue }
                }
                left += 1
                if cursor.gotoNextSibling() { descending = true; continue }
                descending = false
                if !cursor.gotoParent() { break }
            }
            classic.append([left])

            var stepped: [[UInt32]] = []
            let stepper = tree.makeCursor()
            endWanted.withUnsafeBufferPointer { wanted in
                var next: NodeFacts? = stepper.facts(endWanted: wanted)
                var leftBefore = 0
                while let node = next {
                    stepped.append([UInt32(node.symbol), node.startByte, UInt32(leftBefore)])
                    guard stepped.count < 1_000_000 else { return XCTFail("\(language): the step walk does not end") }
                    let step = stepper.step(descend: !skips(stepped.count - 1), endWanted: wanted)
                    (leftBefore, next) = (step.left, step.next)
                }
                stepped.append([UInt32(leftBefore)])
            }
            XCTAssertGreaterThan(classic.count, 40, language)
            XCTAssertEqual(stepped, classic, language)
        }
    }

    func testTokenLinesMatchTreeSitterPoints() throws {
        var multiLine = 0
        // Multi-line literals, written here because the conformance fixtures have none.
        let literals: [(String, String)] = [
            ("python", "def f():\n    \"\"\"Doc\n    spans lines.\n    \"\"\"\n    s = '''a\nb\n'''\n    return s\n"),
            ("javascript", "const t = `line one\nline two\n`;\nfunction g() { return `x\n${t}\ny`; }\n"),
            ("go", "package p\nvar r = `raw\nstring\n`\nfunc F() string { return r }\n"),
        ]
        let inputs = try Fixtures.conformance.map { ($0.0, try Fixtures.bytes("conformance/" + $0.1)) } + literals.map { ($0.0, Array($0.1.utf8)) }
        for (language, bytes) in inputs {
            let parsed = try Fixtures.parse(bytes, language)
            // Every node's rows by its byte span, from tree-sitter's API.
            let tree = try Self.syntaxTree(language, bytes).tree
            var rows: [UInt64: (UInt32, UInt32)] = [:]
            var stack = [tree.root]
            while let node = stack.popLast() {
                let key = UInt64(ts_node_start_byte(node.raw)) << 32 | UInt64(ts_node_end_byte(node.raw))
                rows[key] = (ts_node_start_point(node.raw).row, ts_node_end_point(node.raw).row)
                var i: UInt32 = 0
                while let child = node.child(i) { stack.append(child); i += 1 }
            }
            for t in 0..<parsed.tokens.count {
                let key = UInt64(parsed.tokens.startBytes[t]) << 32 | UInt64(parsed.tokens.endBytes[t])
                let expected = try XCTUnwrap(rows[key], "\(language) token \(t) has no node")
                XCTAssertEqual(parsed.tokens.startLines[t], expected.0 + 1, "\(language) token \(t)")
                XCTAssertEqual(parsed.tokens.endLines[t], expected.1 + 1, "\(language) token \(t)")
                if expected.1 > expected.0 { multiLine += 1 }
            }
        }
        // The docstring and the string literals above span lines, so the end-row count is exercised.
        XCTAssertGreaterThanOrEqual(multiLine, 5)
    }
}
