/// One node of a unit's syntax tree in preorder: its canonical kind and its depth.
///
/// The front end maps every grammar's node types onto one canonical vocabulary, so `kind` values
/// mean the same thing across languages; `depth` is 0 for the unit's root and grows by one per level.
public struct ShapeNode: Sendable, Hashable {
    /// Canonical node kind (shared across languages).
    public var kind: UInt16
    /// Depth in the tree, 0 at the root.
    public var depth: UInt16

    /// Creates a node.
    @inlinable
    public init(kind: UInt16, depth: UInt16) {
        self.kind = kind
        self.depth = depth
    }
}
