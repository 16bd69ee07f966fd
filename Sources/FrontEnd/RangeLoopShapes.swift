import Syntax

/// Gives a counted loop written as iteration over a range (`for i in range(a, b, s)`) the shape and the operators of
/// the C-style counted loop its ports are written as (`for (i = a; i < b; i += s)`, `for (i = 0; i < n; i++)`): an
/// assignment of the start, a comparison with the end, an update.
///
/// Translations from Python turn almost every `range` loop into a C-style one (Java, C, C++, Go, JavaScript), and
/// without this the two loops share no shape beyond their bodies: `loop > call > call` against
/// `loop > assignment, binaryOperator > call, unaryOperator`, and none of the operators `= 0 < ++`. The rewrite
/// touches the shape stream and the operator sequence (`OperatorEdit`) only; tokens and every other channel keep what
/// the source says. Recognised: a call whose callee is the identifier `range`, as the direct child of a loop, with one
/// to three arguments. The ends ports write differently are read as they write them (feature version 7): an end
/// `b + 1` is `i <= b`, a step of 1 or -1 is `i++` or `i--`, and a step written negative counts down (`i > b`,
/// `i -= s`; an end `b - 1` is `i >= b`, `-1` is `i >= 0`).
struct RangeLoopShapes {
    /// A range call being walked.
    private struct Open {
        /// Index in the walker's frame stack of the call's frame; its arguments sit two frames below.
        var frameIndex: Int
        /// Structural depth of the call: the synthetic nodes take its place, its arguments sit one level below.
        var depth: UInt16
        var arguments: UInt32
        /// Arguments entered so far.
        var seen: UInt32
        /// How the end reads in a C-style loop, for the comparison before the second argument.
        var end: End
        /// How the step reads (three arguments only).
        var step: Step
    }

    /// The end argument as a port compares with it.
    struct End {
        /// The comparison: `<`, `<=`, `>`, `>=`.
        var comparison: String
        /// The bytes of the operator and number that leave with the comparison (`+ 1` of `b + 1`, `- 1` of `-1`).
        var dropped: Range<UInt32>?
        /// The number that takes their place (`0` for an end of `-1`).
        var inserted: String?
        /// The end's own node gets no shape (its operator became the comparison); shapes from `shapesFrom` on neither.
        var unshaped: Bool
        var shapesFrom: UInt32
    }

    /// The step argument as a port updates by it.
    enum Step { case none, increment, decrement, add, subtract }

    /// What the walker does with an argument of a range call it enters.
    enum Argument {
        /// The argument keeps its shapes.
        case kept
        /// The argument's node gets no shape, nor does anything from byte `from` on inside it.
        case unshaped(from: UInt32)
    }

    private var open: [Open] = []

    /// Whether a range call is being walked (only then do entered nodes need counting).
    var isOpen: Bool { !open.isEmpty }

    /// Called for a call node about to be entered, whose frame will be at `frameIndex`. When it is a range call of a
    /// loop header, appends the shapes that stand for it (the start's assignment, and for `range(n)` the implicit 0
    /// and the comparison) and their operators, and returns true: the walker then gives the call a structural level
    /// but no shape of its own.
    mutating func enterCall(_ call: SyntaxNode, parentIsLoop: Bool, classifier: NodeClassifier, bytes: UnsafeBufferPointer<UInt8>,
                            frameIndex: Int, depth: Int, tokenIndex: Int32, line: UInt32, into shapes: inout [ShapeEntry],
                            edits: inout [OperatorEdit], muted: inout [Range<UInt32>]) -> Bool {
        guard parentIsLoop, let callee = call.namedChild(0), let arguments = call.namedChild(1),
              (1...3).contains(arguments.namedChildCount) else { return false }
        guard callee.bytes(in: bytes).elementsEqual("range".utf8) else { return false }
        let count = arguments.namedChildCount
        let stepNode = count == 3 ? arguments.namedChild(2) : nil
        let step = stepNode.map { Self.step($0, classifier: classifier, bytes: bytes) } ?? .increment
        let descending = step == .decrement || step == .subtract
        let end = arguments.namedChild(count == 1 ? 0 : 1).map {
            Self.end($0, descending: descending, classifier: classifier, bytes: bytes)
        } ?? End(comparison: "<", dropped: nil, inserted: nil, unshaped: false, shapesFrom: .max)
        let d = UInt16(clamping: depth)
        func append(_ kind: CanonicalKind, _ depth: UInt16) {
            shapes.append(ShapeEntry(kind: kind.rawValue, depth: depth, tokenIndex: tokenIndex, line: line))
        }
        append(.assignment, d)
        edits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: "="))
        if count == 1 {
            // `range(n)` starts at 0 and compares with its only argument.
            append(.numberLiteral, d + 1)
            append(.binaryOperator, d)
            edits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: "0"))
            Self.compare(end, tokenIndex: tokenIndex, edits: &edits, muted: &muted)
        }
        open.append(Open(frameIndex: frameIndex, depth: d, arguments: count, seen: 0, end: end, step: step))
        return true
    }

    /// Called for every named node about to be entered with `frameCount` frames open: before the second argument of
    /// an open range call comes its comparison, before the third its update (`i += step`, an assignment, or `i++`).
    /// Returns what becomes of the node's shapes.
    mutating func enterNamed(_ node: SyntaxNode, frameCount: Int, tokenIndex: Int32, line: UInt32, into shapes: inout [ShapeEntry],
                             edits: inout [OperatorEdit], muted: inout [Range<UInt32>]) -> Argument {
        guard let last = open.indices.last, frameCount == open[last].frameIndex + 2 else { return .kept }
        open[last].seen += 1
        let call = open[last]
        let isEnd = call.seen == (call.arguments == 1 ? 1 : 2)
        var argument = Argument.kept
        if isEnd, call.end.unshaped { argument = .unshaped(from: call.end.shapesFrom) }
        guard call.arguments > 1 else { return argument }
        let kind: CanonicalKind
        switch call.seen {
        case 2:
            kind = .binaryOperator
            Self.compare(call.end, tokenIndex: tokenIndex, edits: &edits, muted: &muted)
        case 3:
            switch call.step {
            case .increment, .decrement:
                // `i++`: the step's own nodes and operators have no counterpart.
                kind = .unaryOperator
                edits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: call.step == .increment ? "++" : "--"))
                muted.append(node.startByte..<node.endByte)
                argument = .unshaped(from: node.startByte)
            case .subtract:
                kind = .assignment  // `i -= step`: the sign is the operator
                edits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: "-="))
                muted.append(node.startByte..<(node.startByte + 1))
            case .add, .none:
                kind = .assignment  // `i += step`
                edits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: "+="))
            }
        default: return argument
        }
        shapes.append(ShapeEntry(kind: kind.rawValue, depth: call.depth, tokenIndex: tokenIndex, line: line))
        return argument
    }

    /// Called when the walker leaves a range call's frame: the update of a range without a step comes last, as in
    /// the loop header it stands for.
    mutating func leaveCall(tokenIndex: Int32, line: UInt32, into shapes: inout [ShapeEntry], edits: inout [OperatorEdit]) {
        guard let call = open.popLast(), call.arguments < 3 else { return }
        shapes.append(ShapeEntry(kind: CanonicalKind.unaryOperator.rawValue, depth: call.depth, tokenIndex: tokenIndex, line: line))
        edits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: "++"))
    }

    /// The comparison before the end, and the end's operators that it replaces.
    private static func compare(_ end: End, tokenIndex: Int32, edits: inout [OperatorEdit], muted: inout [Range<UInt32>]) {
        edits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: end.comparison))
        if let inserted = end.inserted { edits.append(OperatorEdit(tokenIndex: tokenIndex, inserted: inserted)) }
        if let dropped = end.dropped { muted.append(dropped) }
    }

    /// A unary minus over `node`'s only operand, or nil.
    private static func negated(_ node: SyntaxNode, classifier: NodeClassifier, bytes: UnsafeBufferPointer<UInt8>) -> SyntaxNode? {
        guard classifier.kind(node.symbol) == .unaryOperator, node.namedChildCount == 1, let operand = node.namedChild(0),
              node.bytes(in: bytes).first == UInt8(ascii: "-") else { return nil }
        return operand
    }

    private static func step(_ node: SyntaxNode, classifier: NodeClassifier, bytes: UnsafeBufferPointer<UInt8>) -> Step {
        if classifier.isNumberOne(node, bytes: bytes) { return .increment }
        if let operand = negated(node, classifier: classifier, bytes: bytes) {
            return classifier.isNumberOne(operand, bytes: bytes) ? .decrement : .subtract
        }
        return .add
    }

    /// The end as a port compares with it: `b + 1` counting up is `<= b`, `b - 1` counting down `>= b`, `-1`
    /// counting down `>= 0`.
    private static func end(_ node: SyntaxNode, descending: Bool, classifier: NodeClassifier, bytes: UnsafeBufferPointer<UInt8>) -> End {
        var end = End(comparison: descending ? ">" : "<", dropped: nil, inserted: nil, unshaped: false, shapesFrom: .max)
        if classifier.kind(node.symbol) == .binaryOperator, node.namedChildCount == 2, let left = node.namedChild(0),
           let right = node.namedChild(1), classifier.isNumberOne(right, bytes: bytes),
           let sign = node.child(field: classifier.fieldOperator).map({ $0.bytes(in: bytes) }),
           sign.elementsEqual((descending ? "-" : "+").utf8) {
            end.comparison = descending ? ">=" : "<="
            end.dropped = left.endByte..<node.endByte
            end.unshaped = true
            end.shapesFrom = right.startByte
        } else if descending, let operand = negated(node, classifier: classifier, bytes: bytes),
                  classifier.isNumberOne(operand, bytes: bytes) {
            end.comparison = ">="
            end.dropped = node.startByte..<node.endByte
            end.inserted = "0"
            end.unshaped = true  // `0`: the number keeps its shape, the minus goes
        }
        return end
    }
}
