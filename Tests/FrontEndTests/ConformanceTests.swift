import XCTest
@testable import FrontEnd

/// The conformance suite every language passes (as JPlag's language modules do).
final class ConformanceTests: XCTestCase {
    func testTokensFollowSourceOrder() throws {
        for (language, path) in Fixtures.everyLevel {
            let file = try Fixtures.parse(try Fixtures.bytes(path), language)
            XCTAssertGreaterThan(file.tokens.count, 80, language)
            XCTAssertEqual(file.syntaxErrorCount, 0, "\(language) fixture should parse cleanly")
            for i in 1..<file.tokens.count {
                XCTAssertLessThanOrEqual(file.tokens.startBytes[i - 1], file.tokens.startBytes[i], "\(language): token \(i) out of order")
                XCTAssertLessThanOrEqual(file.tokens.endBytes[i - 1], file.tokens.startBytes[i], "\(language): tokens \(i - 1) and \(i) overlap")
            }
        }
    }

    func testEveryCodeLineIsCovered() throws {
        for (language, path) in Fixtures.everyLevel {
            let bytes = try Fixtures.bytes(path)
            let file = try Fixtures.parse(bytes, language)
            var covered = Set<UInt32>()
            for i in 0..<file.tokens.count { for l in file.tokens.startLines[i]...file.tokens.endLines[i] { covered.insert(l) } }
            let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
            // A component's code is its script blocks: the lines from each block's start tag to its end tag.
            var codeLines: Set<Int>?
            if LanguageRegistry.spec(named: language)?.embedsScripts == true {
                let frontmatter = LanguageRegistry.spec(named: language)?.hasScriptFrontmatter ?? false
                let blocks = bytes.withUnsafeBufferPointer { ScriptBlocks($0, frontmatter: frontmatter) }
                XCTAssertFalse(blocks.ranges.isEmpty, "\(language): no script block")
                codeLines = Set(blocks.ranges.flatMap { range -> ClosedRange<Int> in
                    let first = bytes[..<range.lowerBound].filter { $0 == 10 }.count + 1
                    let last = bytes[..<range.upperBound].filter { $0 == 10 }.count
                    return (first + 1)...max(first + 1, last)
                })
            }
            for (index, text) in lines.enumerated() {
                if let codeLines, !codeLines.contains(index + 1) {
                    XCTAssertFalse(covered.contains(UInt32(index + 1)), "\(language): markup line \(index + 1) `\(text)` has a token")
                    continue
                }
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                let prefixes = Fixtures.lineCommentPrefixes + (Fixtures.languageCommentPrefixes[language] ?? [])
                if trimmed.isEmpty || prefixes.contains(where: { trimmed.hasPrefix($0) }) && !trimmed.hasPrefix("#include") { continue }
                XCTAssertTrue(covered.contains(UInt32(index + 1)), "\(language): line \(index + 1) `\(trimmed)` has no token")
            }
        }
    }

    func testRenamingAndReformattingLeaveStructureUnchanged() throws {
        for (language, path) in Fixtures.everyLevel {
            let bytes = try Fixtures.bytes(path)
            let original = try Fixtures.parse(bytes, language)
            let renamed = Self.renameIdentifiersAndReformat(bytes, original)
            XCTAssertNotEqual(renamed, bytes)
            let changed = try Fixtures.parse(renamed, language)
            XCTAssertEqual(original.identifiers.map(\.text).first.map { changed.identifiers.map(\.text).contains($0) }, false,
                           "\(language): identifiers were not renamed")
            XCTAssertEqual(original.tokens.ids, changed.tokens.ids, "\(language): structure stream changed after renaming and reformatting")
        }
    }

    func testReorderingFunctionsKeepsTheUnitStreams() throws {
        for (language, name) in Fixtures.conformance + Fixtures.components {
            let bytes = try Fixtures.bytes("conformance/\(name)")
            let original = try Fixtures.parse(bytes, language)
            // Two adjacent function units with the same parent.
            let functions = original.units.enumerated().filter { $0.element.kind == .function || $0.element.kind == .method || $0.element.kind == .statement }
            guard let pair = zip(functions, functions.dropFirst()).first(where: { a, b in
                a.element.parent == b.element.parent && a.element.endByte <= b.element.startByte
                    && Self.onlyWhitespace(bytes[Int(a.element.endByte)..<Int(b.element.startByte)])
            }) else { XCTFail("\(language): fixture has no adjacent functions"); continue }
            let (a, b) = (pair.0.element, pair.1.element)
            var swapped = Array(bytes[0..<Int(a.startByte)])
            swapped += bytes[Int(b.startByte)..<Int(b.endByte)]
            swapped += bytes[Int(a.endByte)..<Int(b.startByte)]
            swapped += bytes[Int(a.startByte)..<Int(a.endByte)]
            swapped += bytes[Int(b.endByte)...]
            let reordered = try Fixtures.parse(swapped, language)
            func streams(_ f: ParsedFile) -> [[UInt32]] {
                f.units.filter { $0.kind == .function || $0.kind == .method || $0.kind == .statement }.map { u in
                    u.tokenRanges.flatMap { f.tokens.ids[Int($0.lowerBound)..<Int($0.upperBound)] }
                }.sorted { $0.lexicographicallyPrecedes($1) }
            }
            XCTAssertEqual(streams(original), streams(reordered), "\(language): unit streams changed after reordering")
            XCTAssertNotEqual(original.tokens.ids, reordered.tokens.ids, "\(language): reordering should change the file stream")
        }
    }

    func testUnitsHaveNamesKindsAndLeafMarks() throws {
        let file = try Fixtures.parse(try Fixtures.bytes("conformance/sample.py"), "python")
        XCTAssertEqual(file.units[0].kind, .file)
        let named = file.units.filter { $0.kind == .function || $0.kind == .method }
        XCTAssertGreaterThanOrEqual(named.count, 3)
        XCTAssertFalse(named.contains { $0.name == "<anonymous>" })
        XCTAssertTrue(file.units.contains { $0.kind == .topLevel && $0.isLeaf })
        for unit in file.units where unit.kind == .method { XCTAssertEqual(file.units[unit.parent ?? 0].kind, .class) }
        for language in ["go", "java", "rust", "csharp", "ruby", "kotlin", "swift", "c", "cpp", "php", "scala", "javascript", "typescript", "bash", "lua"]
                + (Fixtures.added + Fixtures.components).map(\.0) where LanguageRegistry.spec(named: language)?.statementTypes.isEmpty ?? true {
            let name = (Fixtures.conformance + Fixtures.components).first { $0.0 == language }!.1
            let parsed = try Fixtures.parse(try Fixtures.bytes("conformance/\(name)"), language)
            let functions = parsed.units.filter { ($0.kind == .function || $0.kind == .method) && $0.name != "<anonymous>" }
            XCTAssertGreaterThanOrEqual(functions.count, 2, "\(language): named functions found: \(functions.map(\.name))")
            XCTAssertTrue(parsed.units.contains { $0.isLeaf }, language)
        }
    }

    /// A unit's code lines are the lines its own tokens touch: not blank or comment-only lines, a multi-line literal's
    /// every line, a nested function's lines in its parent's count too, and top-level code in several pieces.
    func testCodeLinesCountTheLinesAUnitsTokensTouch() throws {
        let source = """
            import os

            def outer(a):
                # a comment line
                x = \"\"\"two
                lines\"\"\"
                def inner(b):
                    return b
                return inner(x)

            y = outer(1)
            """
        let file = try Fixtures.parse(Array(source.utf8), "python")
        func lines(_ kind: UnitKind, _ name: String? = nil) -> Int? {
            file.units.first { $0.kind == kind && (name == nil || $0.name == name) }?.codeLineCount
        }
        XCTAssertEqual(lines(.file), 8)  // 1, 3, 5, 6, 7, 8, 9, 11
        XCTAssertEqual(lines(.function, "outer"), 6)  // 3, 5, 6, 7, 8, 9
        XCTAssertEqual(lines(.function, "inner"), 2)  // 7, 8
        XCTAssertEqual(lines(.topLevel), 2)  // 1 and 11: two pieces around `outer`
    }

    /// The same algorithm in two languages shares at least twice the canonical 5-grams that unrelated code does.
    func testPortsShareCanonicalShapeGrams() throws {
        func grams(_ name: String, _ language: String) throws -> Set<[UInt16]> {
            let file = try Fixtures.parse(try Fixtures.bytes("ports/\(name)"), language)
            let kinds = file.shapes.map(\.kind)
            guard kinds.count >= 5 else { return [] }
            return Set((0...(kinds.count - 5)).map { Array(kinds[$0..<($0 + 5)]) })
        }
        func jaccard(_ a: Set<[UInt16]>, _ b: Set<[UInt16]>) -> Double { Double(a.intersection(b).count) / Double(max(1, a.union(b).count)) }
        let cases: [(String, String, String, String, String, String, Double)] = [
            ("wordwrap.py", "python", "wordwrap.go", "go", "unrelated_b.go", "go", 0.05),
            ("wordwrap.py", "python", "wordwrap.go", "go", "unrelated_a.py", "python", 0.05),
            ("levenshtein.js", "javascript", "levenshtein.rs", "rust", "unrelated_c.rs", "rust", 0.05),
            // Added languages: the unrelated control is the language's conformance sample (a tokenizer). Julia's
            // grammar has no block node under `function` or `if`, and Perl subs no parameter list (arguments are
            // unpacked from `@_`, so Python's parameter shapes find no counterpart), so their floor is lower.
            ("wordwrap.py", "python", "wordwrap.jl", "julia", "../conformance/sample.jl", "julia", 0.04),
            ("wordwrap.py", "python", "wordwrap.pl", "perl", "../conformance/sample.pl", "perl", 0.02),
            ("wordwrap.py", "python", "wordwrap.R", "r", "../conformance/sample.R", "r", 0.05),
            ("levenshtein.js", "javascript", "levenshtein.d", "d", "../conformance/sample.d", "d", 0.05),
            ("levenshtein.js", "javascript", "levenshtein.sol", "solidity", "../conformance/sample.sol", "solidity", 0.05),
            ("levenshtein.js", "javascript", "levenshtein.zig", "zig", "../conformance/sample.zig", "zig", 0.05),
            ("Levenshtein.java", "java", "Levenshtein.groovy", "groovy", "../conformance/sample.groovy", "groovy", 0.05),
        ]
        for (a, la, b, lb, u, lu, floor) in cases {
            let ported = jaccard(try grams(a, la), try grams(b, lb))
            let unrelated = jaccard(try grams(a, la), try grams(u, lu))
            print("canonical 5-gram Jaccard \(a)~\(b) = \(ported), \(a)~\(u) = \(unrelated)")
            XCTAssertGreaterThanOrEqual(ported, 2 * unrelated, "\(a) ~ \(b): \(ported) should be >= 2 x unrelated \(unrelated)")
            XCTAssertGreaterThan(ported, floor, "\(a) ~ \(b)")
        }
    }

    /// Whitespace, or a statement terminator between two SQL statements.
    static func onlyWhitespace(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.allSatisfy { $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 || $0 == 59 } }

    /// Renames every identifier consistently (keeping the first letter's case, which some grammars
    /// use to tell constants from variables), widens spaces and adds blank lines.
    static func renameIdentifiersAndReformat(_ bytes: [UInt8], _ file: ParsedFile) -> [UInt8] {
        var names: [String: String] = [:]
        var out: [UInt8] = []
        var cursor = 0
        let identifierTokens = Set(file.identifiers.map(\.tokenIndex))
        for i in 0..<file.tokens.count {
            let start = Int(file.tokens.startBytes[i]), end = Int(file.tokens.endBytes[i])
            guard start >= cursor else { continue }
            var gap = Array(bytes[cursor..<start])
            if !gap.contains(10) && gap.contains(32) { gap += [32, 32] }
            if gap.contains(10) && file.tokens.startLines[i] == file.tokens.endLines[i] {
                // A blank line after each line break keeps layout-sensitive languages valid.
                if let nl = gap.firstIndex(of: 10) { gap.insert(10, at: nl) }
            }
            out += gap
            var text = String(decoding: bytes[start..<end], as: UTF8.self)
            // A sigil written into the identifier token (PowerShell's `$name`) stays.
            if identifierTokens.contains(Int32(i)), text.count > 1, text.first == "$", text.dropFirst().first.map({ $0.isLetter }) == true {
                out += [UInt8(ascii: "$")]
                text.removeFirst()
            }
            if identifierTokens.contains(Int32(i)), text.first.map({ $0.isLetter || $0 == "_" }) == true,
               !["self", "this", "super", "cls", "main", "string", "int", "bool", "void", "char", "float", "double", "new", "echo", "len"].contains(text) {
                let upper = text.first?.isUppercase ?? false
                let renamed = names[text] ?? (upper ? "Zq" : "zq") + "\(names.count)x"
                names[text] = renamed
                out += Array(renamed.utf8)
            } else {
                out += Array(text.utf8)
            }
            cursor = end
        }
        out += bytes[cursor...]
        return out
    }
}
