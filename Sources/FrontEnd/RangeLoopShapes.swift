import Syntax

/// Gives a counted loop written as iteration over a range (`for i in range(a, b, s)`) the shape of the C-style
/// counted loop its ports are written as (`for (i = a; i < b; i += s)`, `for (i = 0; i < n; i++)`): an assignment of the start, a comparison
/// with the end, an update.
///
/// Translations from Python turn almost every `range` loop into a C-style one (Java, C, C++, Go, JavaScript), and
/// without this the two loops share no shape beyond their bodies: `loop > call > call` against
/// `loop > assignment, binaryOperator > call, unaryOperator`. The rewrite touches the shape stream only; tokens and
/// every other channel keep what the source says. Recognised: a call whose callee is the identifier `range`, as
/// the direct child of a loop, with one to three arguments.
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
    }
    private var open: [Open] = []

    /// Whether a range call is being walked (only then do entered nodes need counting).
    var isOpen: Bool { !open.isEmpty }

    /// Called for a call node about to be entered, whose frame will be at `frameIndex`. When it is a range call of a
    /// loop header, appends the shapes that stand for it (the start's assignment, and for `range(n)` the implicit 0
    /// and the comparison) and returns true: the walker then gives the call a structural level but no shape of its own.
    mutating func enterCall(_ call: SyntaxNode, parentIsLoop: Bool, bytes: UnsafeBufferPointer<UInt8>, frameIndex: Int,
                            depth: Int, tokenIndex: Int32, line: UInt32, into shapes: inout [ShapeEntry]) -> Bool {
        guard parentIsLoop, let callee = call.namedChild(0), let arguments = call.namedChild(1),
              (1...3).contains(arguments.namedChildCount) else { return false }
        let start = min(Int(callee.startByte), bytes.count), end = min(max(Int(callee.endByte), start), bytes.count)
        guard bytes[start..<end].elementsEqual("range".utf8) else { return false }
        let d = UInt16(clamping: depth)
        func append(_ kind: CanonicalKind, _ depth: UInt16) {
            shapes.append(ShapeEntry(kind: kind.rawValue, depth: depth, tokenIndex: tokenIndex, line: line))
        }
        append(.assignment, d)
        if arguments.namedChildCount == 1 {
            // `range(n)` starts at 0 and compares with its only argument.
            append(.numberLiteral, d + 1)
            append(.binaryOperator, d)
        }
        open.append(Open(frameIndex: frameIndex, depth: d, arguments: arguments.namedChildCount, seen: 0))
        return true
    }

    /// Called for every named node about to be entered with `frameCount` frames open: before the second argument of
    /// an open range call comes its comparison, before the third its update (`i += step`, an assignment).
    mutating func enterNamed(frameCount: Int, tokenIndex: Int32, line: UInt32, into shapes: inout [ShapeEntry]) {
        guard let last = open.indices.last, open[last].arguments > 1, frameCount == open[last].frameIndex + 2 else { return }
        open[last].seen += 1
        let kind: CanonicalKind
        switch open[last].seen {
        case 2: kind = .binaryOperator
        case 3: kind = .assignment  // `i += step`
        default: return
        }
        shapes.append(ShapeEntry(kind: kind.rawValue, depth: open[last].depth, tokenIndex: tokenIndex, line: line))
    }

    /// Called when the walker leaves a range call's frame: the update of a range without a step comes last, as in
    /// the loop header it stands for.
    mutating func leaveCall(tokenIndex: Int32, line: UInt32, into shapes: inout [ShapeEntry]) {
        guard let call = open.popLast(), call.arguments < 3 else { return }
        shapes.append(ShapeEntry(kind: CanonicalKind.unaryOperator.rawValue, depth: call.depth, tokenIndex: tokenIndex, line: line))
    }
}
