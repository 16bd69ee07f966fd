import CTreeSitterArena
import XCTest
@testable import FrontEnd
@testable import Syntax

/// The parse arena (Sources/CTreeSitterArena) hands tree-sitter's allocations out of a per-thread bump region and
/// takes them back at the end of each file. These tests hold it to malloc's contract and the parses made in it to
/// the parses made on the heap.
final class ParseArenaTests: XCTestCase {
    /// Runs `body` inside one arena scope on this thread.
    private func inScope(_ body: () throws -> Void) throws {
        try XCTSkipUnless(clonescan_parse_arena_begin(), "no address space for a parse arena on this machine")
        defer { clonescan_parse_arena_end() }
        try body()
    }

    func testParsesInTheArenaNormaliseExactlyAsHeapParses() throws {
        for (language, file) in Fixtures.conformance {
            let bytes = try Fixtures.bytes("conformance/" + file)
            // On the heap: a plain parser, the tree freed node by node.
            let (tree, grammar) = try TokenPositionTests.syntaxTree(language, bytes)
            let classifier = NodeClassifier.shared(spec: try XCTUnwrap(LanguageRegistry.spec(named: language)), grammar: grammar)
            let options = FrontEndOptions()
            let normalizer = Normalizer(classifier: classifier, recordTokenText: options.recordTokenText,
                                        crossLanguageChannels: options.crossLanguageChannels,
                                        displayChannels: options.displayChannels)
            let heap = bytes.withUnsafeBufferPointer { normalizer.normalize(tree: tree, bytes: $0, path: file, pathBytes: nil) }
            // In the arena, through the front end's own path.
            guard case .parsed(let arena) = SourceParser().parse(bytes: bytes, language: language, path: file) else {
                return XCTFail("\(file) did not parse in the arena")
            }
            XCTAssertEqual(arena.tokens, heap.tokens, file)
            XCTAssertEqual(arena.units, heap.units, file)
            XCTAssertGreaterThan(heap.tokens.count, 0, file)
        }
    }

    func testTheArenaHoldsTheParseAndIsEmptyAfterIt() throws {
        let (language, file) = try XCTUnwrap(Fixtures.conformance.first)
        let bytes = try Fixtures.bytes("conformance/" + file)
        let grammar = try GrammarCatalog.shared.grammar(language)
        var usedDuringParse = 0
        let parsed = Parser.withArena(grammar: grammar) { parser in
            bytes.withUnsafeBufferPointer { buffer -> Bool in
                let tree = parser.parse(buffer, grammar: grammar, timeoutMicros: 0)
                usedDuringParse = clonescan_parse_arena_used()
                return tree.map { !$0.root.isNull } ?? false
            }
        }
        XCTAssertEqual(parsed, true)
        // A tree's nodes take several times the bytes of its source.
        XCTAssertGreaterThan(usedDuringParse, bytes.count, "the parse did not allocate from the arena")
        XCTAssertEqual(clonescan_parse_arena_used(), 0, "the arena was not reset when the scope ended")
        XCTAssertGreaterThanOrEqual(clonescan_parse_arena_peak(), usedDuringParse)
    }

    func testAFilePastTheCapIsStoppedAndSkippedAndLeaksLittle() throws {
        // The largest fixture, so that a 16 KiB cap is passed early in its parse.
        let (language, file) = try XCTUnwrap(Fixtures.conformance.max { a, b in
            ((try? Fixtures.bytes("conformance/" + a.1).count) ?? 0) < ((try? Fixtures.bytes("conformance/" + b.1).count) ?? 0)
        })
        let bytes = try Fixtures.bytes("conformance/" + file)
        let grammar = try GrammarCatalog.shared.grammar(language)
        func parse() -> (parsed: Bool, used: Int, exceeded: Bool) {
            Parser.withArena(grammar: grammar) { parser in
                bytes.withUnsafeBufferPointer { buffer in
                    let tree = parser.parse(buffer, grammar: grammar, timeoutMicros: 0)
                    return (tree != nil, clonescan_parse_arena_used(), parser.exceededArena)
                }
            } ?? (false, 0, false)
        }
        let uncapped = parse()
        XCTAssertTrue(uncapped.parsed)
        XCTAssertFalse(uncapped.exceeded)
        let cap = 16 << 10
        XCTAssertGreaterThan(uncapped.used, 4 * cap, "the fixture is too small to pass the test's cap")
        let defaultCap = clonescan_parse_arena_cap()
        clonescan_parse_arena_set_cap(cap)
        defer { clonescan_parse_arena_set_cap(defaultCap) }
        // Past the cap the parse is cancelled and the front end says why, in one skip.
        guard case .skipped(let skip) = SourceParser().parse(bytes: bytes, language: language, path: file) else {
            return XCTFail("\(file) parsed past the arena's cap")
        }
        XCTAssertEqual(skip.reason, .parseMemory)
        XCTAssertTrue(skip.reason.isProblem)
        // What the parse took from malloc between the cap and its cancellation is left (freeing it risks
        // tree-sitter's slice bug), so it must stay small: twenty such parses leave less than one cap's worth each.
        XCTAssertEqual(parse().parsed, false)
        let before = clonescan_parse_arena_heap_in_use()
        try XCTSkipIf(before == 0, "no mallinfo2 to measure the heap with")
        for _ in 0..<20 {
            let capped = parse()
            XCTAssertFalse(capped.parsed)
            XCTAssertTrue(capped.exceeded)
        }
        let grown = Int(clonescan_parse_arena_heap_in_use()) - Int(before)
        XCTAssertLessThan(grown, 20 * cap, "cancelled parses kept \(grown) bytes of malloc'd memory")
        // And the next file on this thread gets the whole arena again.
        clonescan_parse_arena_set_cap(defaultCap)
        XCTAssertTrue(parse().parsed)
    }

    func testAllocationsFollowMallocsContract() throws {
        // Heap memory from before a scope is freed and resized on the heap, even inside one.
        let before = try XCTUnwrap(clonescan_parse_arena_malloc(40))
        XCTAssertFalse(clonescan_parse_arena_contains(before))
        try inScope {
            let first = try XCTUnwrap(clonescan_parse_arena_malloc(24))
            XCTAssertTrue(clonescan_parse_arena_contains(first))
            XCTAssertEqual(Int(bitPattern: first) % 16, 0, "arena blocks must be aligned as malloc's are")
            memset(first, 0x5A, 24)
            // The newest block grows in place and keeps its bytes.
            let grown = try XCTUnwrap(clonescan_parse_arena_realloc(first, 4000))
            XCTAssertEqual(grown, first)
            XCTAssertEqual(grown.load(fromByteOffset: 23, as: UInt8.self), 0x5A)
            // An older block moves, and its bytes move with it.
            let newer = try XCTUnwrap(clonescan_parse_arena_malloc(8))
            memset(grown, 0x33, 4000)
            let moved = try XCTUnwrap(clonescan_parse_arena_realloc(grown, 9000))
            XCTAssertNotEqual(moved, grown)
            XCTAssertEqual(moved.load(fromByteOffset: 3999, as: UInt8.self), 0x33)
            clonescan_parse_arena_free(newer)
            clonescan_parse_arena_free(moved)
            let resized = try XCTUnwrap(clonescan_parse_arena_realloc(before, 4096))
            XCTAssertFalse(clonescan_parse_arena_contains(resized), "heap memory must stay on the heap")
            clonescan_parse_arena_free(resized)
            // Larger than a thread's whole slot (128 MiB): served by malloc, freed by free.
            if let huge = clonescan_parse_arena_malloc(512 << 20) {
                XCTAssertFalse(clonescan_parse_arena_contains(huge))
                clonescan_parse_arena_free(huge)
            }
            XCTAssertNil(clonescan_parse_arena_calloc(Int.max, 4), "an overflowing calloc must fail")
        }
    }

    func testPointersIntoTheMiddleOfABlockAreFreedAndResizedSafely() throws {
        // tree-sitter 0.20.7's error recovery can free or resize a slice of a children array (its issue #2231);
        // glibc aborts on that, the arena must not.
        try inScope {
            let block = try XCTUnwrap(clonescan_parse_arena_malloc(256)).assumingMemoryBound(to: UInt8.self)
            for i in 0..<256 { block[i] = UInt8(i) }
            let slice = UnsafeMutableRawPointer(block + 64)
            clonescan_parse_arena_free(slice)  // a no-op, not a crash
            let resized = try XCTUnwrap(clonescan_parse_arena_realloc(slice, 128)).assumingMemoryBound(to: UInt8.self)
            XCTAssertTrue(clonescan_parse_arena_contains(resized))
            XCTAssertEqual((0..<128).map { resized[$0] }, (64..<192).map { UInt8($0) }, "the slice's bytes must move with it")
            XCTAssertEqual(block[255], 255, "the block the slice came from must be untouched")
        }
    }

    func testCallocZeroesRecycledArenaMemory() throws {
        try inScope {
            let dirty = try XCTUnwrap(clonescan_parse_arena_malloc(256))
            memset(dirty, 0xFF, 256)
        }
        try inScope {
            // The same bytes again, now promised zero.
            let clean = try XCTUnwrap(clonescan_parse_arena_calloc(32, 8)).assumingMemoryBound(to: UInt8.self)
            XCTAssertTrue((0..<256).allSatisfy { clean[$0] == 0 })
        }
    }

    func testOutsideAScopeTheHooksAreTheHeap() throws {
        try inScope {}  // installs the hooks
        let block = try XCTUnwrap(clonescan_parse_arena_malloc(64))
        XCTAssertFalse(clonescan_parse_arena_contains(block))
        let zeroed = try XCTUnwrap(clonescan_parse_arena_calloc(8, 8))
        XCTAssertFalse(clonescan_parse_arena_contains(zeroed))
        clonescan_parse_arena_free(block)
        clonescan_parse_arena_free(zeroed)
        // A plain parser outside any scope allocates on the heap and frees its tree node by node.
        let (language, file) = try XCTUnwrap(Fixtures.conformance.first)
        let (tree, _) = try TokenPositionTests.syntaxTree(language, try Fixtures.bytes("conformance/" + file))
        XCTAssertFalse(tree.root.isNull)
        XCTAssertEqual(clonescan_parse_arena_used(), 0)
    }

    func testThreadsParseInTheirOwnArenasAtOnce() async throws {
        let fixtures = Fixtures.conformance
        let serial = fixtures.map { language, file in
            (try? Fixtures.bytes("conformance/" + file)).flatMap { bytes -> TokenStream? in
                guard case .parsed(let parsed) = SourceParser().parse(bytes: bytes, language: language, path: file) else { return nil }
                return parsed.tokens
            }
        }
        // Four workers over the fixtures four times, so arenas are reused and threads interleave.
        let items = Array(repeating: fixtures, count: 4).flatMap { $0 }
        let parallel = await SourceParser.map(items, workers: 4) { parser, item -> TokenStream? in
            guard let bytes = try? Fixtures.bytes("conformance/" + item.1),
                  case .parsed(let parsed) = parser.parse(bytes: bytes, language: item.0, path: item.1) else { return nil }
            return parsed.tokens
        }
        XCTAssertEqual(parallel.count, items.count)
        for (i, tokens) in parallel.enumerated() {
            XCTAssertNotNil(tokens)
            XCTAssertEqual(tokens, serial[i % fixtures.count], items[i].1)
        }
    }
}
