import CTreeSitter
import CTreeSitterArena

/// Owns one `TSParser`. Not `Sendable`: use one parser per task.
public final class Parser {
    private var raw: OpaquePointer?
    /// Whether this parser and its trees live in the thread's parse arena (see `withArena`).
    private let inArena: Bool

    /// A parser with no language; call `setGrammar` before parsing.
    public convenience init() { self.init(inArena: false) }

    private init(inArena: Bool) {
        // ts_parser_new only fails on out-of-memory, which tree-sitter itself aborts on.
        raw = ts_parser_new()
        self.inArena = inArena
    }

    deinit { close() }

    /// Deletes the TSParser now; an arena parser must be gone before its scope ends.
    private func close() {
        guard let raw else { return }
        self.raw = nil
        // Past the arena's cap the parse was cancelled with some of its state in malloc'd blocks. Freeing those
        // can pass glibc a slice of a block (tree-sitter issue #2231; an abort, seen on 980,000 nested
        // parentheses), so tree-sitter's frees are dropped while the parser is deleted: the few kilobytes taken
        // between the cap and the cancellation are left. The grammar's scanner still frees its own state.
        let discarding = exceededArena
        if discarding { clonescan_parse_arena_discard(true) }
        ts_parser_delete(raw)
        if discarding { clonescan_parse_arena_discard(false) }
    }

    /// Whether this arena parser's file needed more memory than the parse arena gives one file, so that its
    /// parse was stopped (`parse` returned nil for that reason, not the time limit).
    public var exceededArena: Bool { inArena && clonescan_parse_arena_overflowed() }

    /// The most memory one file's parse may take in the parse arena.
    public static var arenaCapBytes: Int { Int(clonescan_parse_arena_cap()) }

    /// Runs `body` with a fresh parser for `grammar` whose memory, and that of the trees and cursors it makes,
    /// comes from this thread's parse arena (`clonescan_parse_arena_begin`): parsing then costs no malloc/free
    /// churn and freeing a tree costs nothing, as the arena takes everything back at once when `body` returns.
    /// Trees parsed in `body` must not be used after it returns. Falls back to ordinary allocation when the
    /// system gives no address space for an arena. Returns nil when the runtime refuses `grammar`.
    public static func withArena<R>(grammar: Grammar, _ body: (Parser) throws -> R) rethrows -> R? {
        let inArena = clonescan_parse_arena_begin()
        defer { if inArena { clonescan_parse_arena_end() } }
        let parser = Parser(inArena: inArena)
        // Closed explicitly, not at the last release: the arena's memory is reused once the scope ends.
        defer { parser.close() }
        if inArena, let raw = parser.raw { ts_parser_set_cancellation_flag(raw, clonescan_parse_arena_cancellation_flag()) }
        guard parser.setGrammar(grammar) else { return nil }
        return try body(parser)
    }

    /// Selects the grammar; returns false if the runtime refuses it.
    @discardableResult
    public func setGrammar(_ grammar: Grammar) -> Bool {
        guard let raw else { return false }
        return ts_parser_set_language(raw, grammar.language)
    }

    /// Restricts the following parses to `ranges` of the input (byte offsets into `bytes`, in order, not
    /// overlapping), as for a language embedded in another (the `<script>` of a Vue file); the tree's positions stay
    /// those of the whole input. Returns false when tree-sitter refuses the ranges (they overlap or are out of order).
    @discardableResult
    public func setIncludedRanges(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let raw else { return false }
        var row: UInt32 = 0, lineStart = 0, cursor = 0
        func point(_ offset: Int) -> TSPoint {
            let target = min(max(offset, cursor), bytes.count)
            while cursor < target {
                if bytes[cursor] == 10 { row += 1; lineStart = cursor + 1 }
                cursor += 1
            }
            return TSPoint(row: row, column: UInt32(clamping: target - lineStart))
        }
        var converted: [TSRange] = []
        for range in ranges {
            let start = point(range.lowerBound), end = point(range.upperBound)
            converted.append(TSRange(start_point: start, end_point: end, start_byte: UInt32(clamping: range.lowerBound),
                                     end_byte: UInt32(clamping: range.upperBound)))
        }
        return converted.withUnsafeBufferPointer { ts_parser_set_included_ranges(raw, $0.baseAddress, UInt32($0.count)) }
    }

    /// Parses UTF-8 `bytes`; returns nil when the time limit was hit or parsing was cancelled.
    /// - Parameter timeoutMicros: per-file limit; 0 means none.
    /// - Complexity: linear in the input for the grammars we ship (tree-sitter is GLR, worst case higher).
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>, grammar: Grammar, timeoutMicros: UInt64) -> SyntaxTree? {
        guard let raw else { return nil }
        ts_parser_reset(raw)
        ts_parser_set_timeout_micros(raw, timeoutMicros)
        let length = UInt32(clamping: bytes.count)
        let tree: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
            ts_parser_parse_string_encoding(raw, nil, chars.baseAddress, length, TSInputEncodingUTF8)
        }
        guard let tree else { return nil }
        return SyntaxTree(raw: tree, grammar: grammar, inArena: inArena)
    }
}

/// Owns one `TSTree`; freed in `deinit` (or with its parse arena).
public final class SyntaxTree {
    let raw: OpaquePointer
    /// The grammar the tree was parsed with.
    public let grammar: Grammar
    private let inArena: Bool

    init(raw: OpaquePointer, grammar: Grammar, inArena: Bool) {
        self.raw = raw
        self.grammar = grammar
        self.inArena = inArena
    }

    // An arena tree is not walked node by node to be freed: its arena is reset wholesale. (One finished just as
    // its file passed the cap holds a few malloc'd nodes; they are left for the reason in `Parser.close`.)
    deinit { if !inArena { ts_tree_delete(raw) } }

    /// The root node. Valid only while this tree is alive.
    public var root: SyntaxNode { SyntaxNode(raw: ts_tree_root_node(raw)) }

    /// A cursor positioned on the root.
    public func makeCursor() -> TreeCursor { TreeCursor(root: root, tree: self) }
}
