import Syntax

/// The parameters a Perl sub declares in the first statements of its body (`my ($list, $i) = @_;`, `my $self = shift;`,
/// `LanguageSpec.parameterSources`): its parameter list, as Python's `def pick(list, i)` has one. The walker shapes the
/// first declaration as the `parameterList` and each declared variable as a `parameter` in it; the rest of those
/// statements (`my`, `@_`, `shift`) gets no shape.
struct LeadingParameters {
    /// The bytes of the declaring statements.
    var start: UInt32, end: UInt32
    /// The first declaration's assignment node (start byte and symbol): the parameter list's shape.
    var listStart: UInt32, listSymbol: UInt16
    /// The declared variables (start byte and symbol): one `parameter` shape each.
    var variables: [(start: UInt32, symbol: UInt16)]
    /// Parameters counted (receivers such as `$self` excluded).
    var count: Int
    /// Depth of the parameter list's shape, once the walk has given it.
    var listDepth: Int?

    /// The shape kind of a node entered inside the declaring statements, or nil for a node outside them.
    mutating func kind(start: UInt32, symbol: UInt16, depth: Int) -> CanonicalKind? {
        guard start >= self.start, start < end else { return nil }
        if listDepth == nil, start == listStart, symbol == listSymbol {
            listDepth = depth
            return .parameterList
        }
        if variables.contains(where: { $0.start == start && $0.symbol == symbol }) { return .parameter }
        return .other
    }
}

extension Normalizer {
    /// The leading parameter declarations of `function`'s body, or nil when it has none (or the language declares
    /// parameters otherwise). Reads only the body's first statements.
    func leadingParameters(_ function: SyntaxNode, bytes: UnsafeBufferPointer<UInt8>) -> LeadingParameters? {
        let sources = classifier.spec.parameterSources
        guard !sources.isEmpty, let body = function.child(field: classifier.fieldBody) else { return nil }
        var found: LeadingParameters?
        var i: UInt32 = 0
        while let statement = body.namedChild(i), i < 16 {
            i += 1
            if classifier.kind(statement.symbol) == .comment { continue }
            // `my (...) = @_` is an assignment, alone in its expression statement.
            var assignment = statement
            if classifier.kind(assignment.symbol) != .assignment, statement.namedChildCount == 1, let only = statement.namedChild(0) {
                assignment = only
            }
            guard classifier.kind(assignment.symbol) == .assignment, assignment.namedChildCount == 2,
                  let left = assignment.namedChild(0), let right = assignment.namedChild(1),
                  right.endByte - right.startByte <= 16,
                  sources.contains(String(decoding: text(of: right, in: bytes, limit: 16), as: UTF8.self)) else { break }
            // The declared variables: `$list`, `@rest` (a sigil and a name, never a bare name).
            var variables: [(start: UInt32, symbol: UInt16)] = []
            var count = 0
            var k: UInt32 = 0
            while let variable = left.namedChild(k) {
                k += 1
                guard classifier.role(variable.symbol) == .container, let name = variable.namedChild(0) else { continue }
                variables.append((variable.startByte, variable.symbol))
                let nameText = String(decoding: text(of: name, in: bytes, limit: 32), as: UTF8.self)
                if !classifier.spec.receiverNames.contains(nameText) { count += 1 }
            }
            guard !variables.isEmpty else { break }
            if found == nil {
                found = LeadingParameters(start: statement.startByte, end: statement.endByte, listStart: assignment.startByte,
                                          listSymbol: assignment.symbol, variables: [], count: 0, listDepth: nil)
            }
            found?.end = statement.endByte
            found?.variables += variables
            found?.count += count
        }
        return found
    }
}
