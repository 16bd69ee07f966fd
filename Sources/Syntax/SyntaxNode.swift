import CTreeSitter

/// A node of a `SyntaxTree`; a plain value valid only while its tree is alive.
public struct SyntaxNode {
    let raw: TSNode

    /// The grammar symbol (index into `Grammar.symbolNames`).
    public var symbol: UInt16 { ts_node_symbol(raw) }
    // tree-sitter keeps a node's start in `context` (0.20-0.25: byte, row, column); reading it
    // here saves a C call per node in the walker's hot loop, as ts_node_start_byte does the same.
    /// Byte offset of the first byte.
    @inline(__always) public var startByte: UInt32 { raw.context.0 }
    /// Byte offset one past the last byte.
    public var endByte: UInt32 { ts_node_end_byte(raw) }
    /// Zero-based line of the first byte.
    @inline(__always) public var startRow: UInt32 { raw.context.1 }
    /// Zero-based line of the last byte.
    public var endRow: UInt32 { ts_node_end_point(raw).row }
    /// Whether this is a named node.
    public var isNamed: Bool { ts_node_is_named(raw) }
    /// Whether this node was inserted by error recovery.
    public var isMissing: Bool { ts_node_is_missing(raw) }
    /// Whether this node or a descendant is an ERROR or MISSING node.
    public var hasError: Bool { ts_node_has_error(raw) }
    /// Whether this is a null node (absent child).
    public var isNull: Bool { ts_node_is_null(raw) }
    /// Number of children, named or not.
    public var childCount: UInt32 { ts_node_child_count(raw) }
    /// Number of named children.
    public var namedChildCount: UInt32 { ts_node_named_child_count(raw) }

    /// The child in field `fieldID` (see `Grammar.fieldID`), or nil.
    public func child(field fieldID: UInt16) -> SyntaxNode? {
        guard fieldID != 0 else { return nil }
        let node = ts_node_child_by_field_id(raw, fieldID)
        return ts_node_is_null(node) ? nil : SyntaxNode(raw: node)
    }

    /// The `index`-th child, or nil.
    public func child(_ index: UInt32) -> SyntaxNode? {
        guard index < childCount else { return nil }
        return SyntaxNode(raw: ts_node_child(raw, index))
    }

    /// The `index`-th named child, or nil.
    public func namedChild(_ index: UInt32) -> SyntaxNode? {
        guard index < namedChildCount else { return nil }
        return SyntaxNode(raw: ts_node_named_child(raw, index))
    }

    /// The parent node, or nil at the root.
    public var parent: SyntaxNode? {
        let node = ts_node_parent(raw)
        return ts_node_is_null(node) ? nil : SyntaxNode(raw: node)
    }
}

/// The node under a cursor as a walk reads it: its symbol, start, child count and, when asked for, its end.
public struct NodeFacts {
    /// The grammar symbol (index into `Grammar.symbolNames`).
    public var symbol: UInt16
    /// Byte offset of the first byte.
    public var startByte: UInt32
    /// Zero-based line of the first byte.
    public var startRow: UInt32
    /// Byte offset one past the last byte: read for leaves and for the symbols the walk asked for, else 0.
    public var endByte: UInt32
    /// Number of children, named or not.
    public var childCount: UInt32
}

extension NodeFacts {
    /// The facts the C walk helpers filled in.
    @inline(__always)
    init(_ c: ClonescanNodeFacts) {
        self.init(symbol: c.symbol, startByte: c.start_byte, startRow: c.start_row, endByte: c.end_byte, childCount: c.child_count)
    }
}

/// Owns a `TSTreeCursor` (freed in `deinit`); walks a tree without recursion, so deeply
/// nested hostile input cannot overflow the stack.
public final class TreeCursor {
    // Heap-allocated once: a `var` stored property would pay Swift's dynamic exclusivity
    // check on every `&cursor` in the walker's hot loop.
    private let cursor: UnsafeMutablePointer<TSTreeCursor>
    private let tree: SyntaxTree  // keeps the tree alive while the cursor is in use

    init(root: SyntaxNode, tree: SyntaxTree) {
        cursor = .allocate(capacity: 1)
        cursor.initialize(to: ts_tree_cursor_new(root.raw))
        self.tree = tree
    }

    deinit {
        ts_tree_cursor_delete(cursor)
        cursor.deinitialize(count: 1)
        cursor.deallocate()
    }

    /// The node under the cursor.
    public var node: SyntaxNode { SyntaxNode(raw: ts_tree_cursor_current_node(cursor)) }

    /// What a walk reads of the node under the cursor, in one call into C (see `clonescan_cursor_facts`).
    /// - Parameter endWanted: by symbol, whether to read the end of a node that has children.
    @inline(__always)
    public func facts(endWanted: UnsafeBufferPointer<Bool>) -> NodeFacts {
        var facts = ClonescanNodeFacts()
        clonescan_cursor_facts(cursor, endWanted.baseAddress, UInt32(clamping: endWanted.count), &facts)
        return NodeFacts(facts)
    }
    /// Moves one step in preorder (see `clonescan_cursor_step`) and reads the facts of the node reached.
    /// - Parameter descend: enter the current node's first child if it has one (else move past the node).
    /// - Returns: how many nodes the step left (the current one unless it descended, and every ancestor climbed
    ///   out of), and the reached node's facts, or nil when the walk left the root and is over.
    @inline(__always)
    public func step(descend: Bool, endWanted: UnsafeBufferPointer<Bool>) -> (left: Int, next: NodeFacts?) {
        var facts = ClonescanNodeFacts()
        let left = Int(clonescan_cursor_step(cursor, descend, endWanted.baseAddress, UInt32(clamping: endWanted.count), &facts))
        guard left >= 0 else { return (-left - 1, nil) }
        return (left, NodeFacts(facts))
    }
    /// The field id of the node under the cursor within its parent (0 for none).
    public var fieldID: UInt16 { ts_tree_cursor_current_field_id(cursor) }
    /// Moves to the first child; false if there is none.
    public func gotoFirstChild() -> Bool { ts_tree_cursor_goto_first_child(cursor) }
    /// Moves to the next sibling; false if there is none.
    public func gotoNextSibling() -> Bool { ts_tree_cursor_goto_next_sibling(cursor) }
    /// Moves to the parent; false at the root.
    public func gotoParent() -> Bool { ts_tree_cursor_goto_parent(cursor) }
}
