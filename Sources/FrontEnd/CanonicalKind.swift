/// The cross-language node vocabulary: every grammar's node types map onto these, so a
/// Python function and its Go port produce comparable shape streams.
/// Raw values are stable: they are hashed into shingles that the index stores.
public enum CanonicalKind: UInt16, Sendable, CaseIterable, Codable {
    case other = 0
    case function = 1, lambda, classLike, call, loop, branch, switchLike, caseClause
    case returnStatement, assignment, binaryOperator, unaryOperator, stringLiteral, numberLiteral
    case booleanLiteral, nullLiteral, identifier, parameter, parameterList, block, importLike
    case tryLike, catchClause, throwLike, jump, `subscript`, member, collection, yieldLike, awaitLike
    case comment, error, module, argumentList, elseClause

    /// Short name used in token streams and `parse --tokens` output.
    public var name: String { String(describing: self) }

    /// Whether the shape stream keeps this kind. Identifiers and comments carry no structure;
    /// `other` wrappers differ between grammars and would make ports look unrelated; so do blocks, the braces
    /// around statements, which C-family languages drop around a single statement and Python always has; and so do
    /// `else` clauses, a node in C++, JavaScript, Rust and Python but only a keyword in Java and Go.
    public var isStructural: Bool {
        switch self {
        case .other, .identifier, .comment, .argumentList, .module, .block, .elseClause: return false
        default: return true
        }
    }
}
