import CTreeSitter

/// Owns one `TSParser`. Not `Sendable`: use one parser per task.
public final class Parser {
    private let raw: OpaquePointer

    /// A parser with no language; call `setGrammar` before parsing.
    public init() {
        // ts_parser_new only fails on out-of-memory, which tree-sitter itself aborts on.
        raw = ts_parser_new()
    }

    deinit { ts_parser_delete(raw) }

    /// Selects the grammar; returns false if the runtime refuses it.
    @discardableResult
    public func setGrammar(_ grammar: Grammar) -> Bool {
        ts_parser_set_language(raw, grammar.language)
    }

    /// Parses UTF-8 `bytes`; returns nil when the time limit was hit or parsing was cancelled.
    /// - Parameter timeoutMicros: per-file limit; 0 means none.
    /// - Complexity: linear in the input for the grammars we ship (tree-sitter is GLR, worst case higher).
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>, grammar: Grammar, timeoutMicros: UInt64) -> SyntaxTree? {
        ts_parser_reset(raw)
        ts_parser_set_timeout_micros(raw, timeoutMicros)
        let length = UInt32(clamping: bytes.count)
        let tree: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
            ts_parser_parse_string_encoding(raw, nil, chars.baseAddress, length, TSInputEncodingUTF8)
        }
        guard let tree else { return nil }
        return SyntaxTree(raw: tree, grammar: grammar)
    }
}

/// Owns one `TSTree`; freed in `deinit`.
public final class SyntaxTree {
    let raw: OpaquePointer
    /// The grammar the tree was parsed with.
    public let grammar: Grammar

    init(raw: OpaquePointer, grammar: Grammar) {
        self.raw = raw
        self.grammar = grammar
    }

    deinit { ts_tree_delete(raw) }

    /// The root node. Valid only while this tree is alive.
    public var root: SyntaxNode { SyntaxNode(raw: ts_tree_root_node(raw)) }

    /// A cursor positioned on the root.
    public func makeCursor() -> TreeCursor { TreeCursor(root: root, tree: self) }
}
