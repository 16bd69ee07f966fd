import Syntax

extension SyntaxNode {
    /// The source bytes of this node, at most `limit` of them, clamped to the file (a node past its end is empty).
    func bytes(in source: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> UnsafeBufferPointer<UInt8> {
        let s = min(Int(startByte), source.count)
        let e = min(max(Int(endByte), s), source.count, limit == .max ? source.count : s + limit)
        return UnsafeBufferPointer(rebasing: source[s..<e])
    }
}

extension NodeClassifier {
    /// Whether `node` is the number literal `1`: the step ports write as `++` (`i += 1`, `range(a, b + 1)`).
    func isNumberOne(_ node: SyntaxNode, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        kind(node.symbol) == .numberLiteral && node.bytes(in: bytes, limit: 4).elementsEqual("1".utf8)
    }
}
