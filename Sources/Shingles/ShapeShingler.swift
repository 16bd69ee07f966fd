/// Hashes the canonical shape of every subtree, truncated to a bounded depth.
///
/// For node `i` the shingle is a hash of its kind and, recursively, of its children's shapes down to
/// `maxDepth` levels below it. Only canonical kinds and tree structure enter the hash — no names, no
/// positions — so a Python function and its Go port with the same structure hash equally. Bounding the
/// depth keeps a small edit deep inside a function from changing the hashes of everything above it.
public struct ShapeShingler: Sendable, Hashable {
    /// Levels below a node that its hash covers (0: the node's kind alone).
    public let maxDepth: Int
    /// Seed folded into every output hash.
    public let seed: UInt64

    /// Creates a shingler; a negative `maxDepth` is treated as 0.
    public init(maxDepth: Int, seed: UInt64 = 0) {
        self.maxDepth = max(0, maxDepth)
        self.seed = seed
    }

    /// One hash per node: output `i` is the bounded-depth shape hash of the subtree rooted at `nodes[i]`.
    ///
    /// `nodes` is a preorder traversal; a node's parent is the nearest earlier node with a smaller
    /// depth, so inconsistent depths (jumps of more than one level) are tolerated, never trapped on.
    ///
    /// - Complexity: O(n · maxDepth) time, O(n) extra memory.
    public func shingles(of nodes: [ShapeNode]) -> [UInt64] {
        let n = nodes.count
        guard n > 0 else { return [] }
        let parents = Self.parentIndices(of: nodes)
        // Level 0: the kind alone. Each further level folds the previous level's hashes of the
        // children, in order, into the parent's kind hash — a bottom-up Merkle hash cut at a depth.
        var current = nodes.map { Self.kindHash($0.kind) }
        var accumulator = [UInt64](repeating: 0, count: n)
        if maxDepth > 0 {
            for _ in 1...maxDepth {
                for i in 0..<n { accumulator[i] = current[i] }
                for child in 0..<n {
                    let parent = parents[child]
                    if parent >= 0 { accumulator[parent] = Mixing.combine(accumulator[parent], current[child]) }
                }
                // A closing marker keeps "a(b(c))" apart from "a(b, c)" at the same level.
                for i in 0..<n { current[i] = Mixing.combine(accumulator[i], 0x2F) }
            }
        }
        return current.map { Mixing.fmix64($0 ^ seed) }
    }

    /// Index of each node's parent, -1 for roots.
    static func parentIndices(of nodes: [ShapeNode]) -> [Int] {
        var parents = [Int](repeating: -1, count: nodes.count)
        var stack: [Int] = []
        for (i, node) in nodes.enumerated() {
            while let top = stack.last, nodes[top].depth >= node.depth { stack.removeLast() }
            parents[i] = stack.last ?? -1
            stack.append(i)
        }
        return parents
    }

    @inline(__always)
    static func kindHash(_ kind: UInt16) -> UInt64 {
        Mixing.fmix64(UInt64(kind) &+ 0x5348_4150_4500_0000)  // "SHAPE" tag keeps kind 0 from hashing to 0.
    }
}
