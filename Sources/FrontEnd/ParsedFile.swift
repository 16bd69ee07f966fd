/// The structure-token channel of a file, struct-of-arrays so walking and shingling stay
/// allocation-free. Token `i` has id `ids[i]`, covers lines `startLines[i]...endLines[i]` (1-based)
/// and bytes `startBytes[i]..<endBytes[i]`.
public struct TokenStream: Sendable, Equatable {
    /// Token ids: stable 32-bit hashes of the normalised token text (`ID`, `STR`, `NUM`, keywords, punctuation).
    public var ids: [UInt32] = []
    public var startLines: [UInt32] = []
    public var endLines: [UInt32] = []
    public var startBytes: [UInt32] = []
    public var endBytes: [UInt32] = []
    /// Normalised token text, filled only when `FrontEndOptions.recordTokenText` is set.
    public var texts: [String] = []

    /// Number of tokens.
    public var count: Int { ids.count }

    mutating func reserve(_ n: Int) {
        ids.reserveCapacity(n); startLines.reserveCapacity(n); endLines.reserveCapacity(n)
        startBytes.reserveCapacity(n); endBytes.reserveCapacity(n)
    }
}

/// One node of the canonical shape stream: a preorder walk of structural nodes with their
/// depth among structural nodes, so grammar-specific wrapper nodes are transparent.
public struct ShapeEntry: Sendable, Equatable {
    /// `CanonicalKind.rawValue`.
    public var kind: UInt16
    /// Depth counted in structural ancestors.
    public var depth: UInt16
    /// Index of the first token inside the node (the unit a node belongs to is found through it).
    public var tokenIndex: Int32
    /// 1-based first line.
    public var line: UInt32
}

/// One change to the operators a file's tokens spell, so that a port and its original name the same operations
/// (`for i in range(n)` spells none of the `= 0`, `<`, `++` of `for (i = 0; i < n; i++)`).
public struct OperatorEdit: Sendable, Equatable {
    /// The token the edit applies to (an insertion comes before it).
    public var tokenIndex: Int32
    /// An operator's text (`<=`, `++`) or a small number's digits inserted before the token; nil: the token itself
    /// leaves the operator sequence.
    public var inserted: String?

    public init(tokenIndex: Int32, inserted: String?) {
        self.tokenIndex = tokenIndex
        self.inserted = inserted
    }
}

/// A word or literal of a side channel, anchored to a token position and a line.
public struct ChannelEntry: Sendable, Equatable {
    /// The normalised text (a lower-case sub-word, a literal's content, a comment word).
    public var text: String
    /// Index of the token it belongs to (for comments: the next token), so units can select it.
    public var tokenIndex: Int32
    /// 1-based line.
    public var line: UInt32
}

/// What kind of code a unit is.
public enum UnitKind: String, Sendable, Codable {
    /// The whole file.
    case file
    /// A class, struct, trait, impl, module or interface body.
    case `class`
    /// A function outside any class.
    case function
    /// A function inside a class-like unit.
    case method
    /// All code of a file outside its functions and methods.
    case topLevel = "top-level"
    /// One statement of a language whose programs are lists of statements (SQL); a leaf like a function.
    case statement
}

/// A unit of a file: the file itself, a class, a function or method, or the file's top-level code.
public struct Unit: Sendable, Equatable {
    public var name: String
    public var kind: UnitKind
    /// 1-based, inclusive.
    public var startLine: UInt32
    public var endLine: UInt32
    public var startByte: UInt32
    public var endByte: UInt32
    /// Token index ranges covered (one range except for `topLevel`).
    public var tokenRanges: [Range<Int32>]
    /// Number of declared parameters (receivers such as `self` excluded); 0 for non-functions.
    public var parameterCount: Int
    /// Whether the declaration is public/exported by its language's convention.
    public var isExported: Bool
    /// Index of the enclosing unit in `ParsedFile.units`, nil for the file unit.
    public var parent: Int?
    /// Leaf units are what later stages count: outermost functions and methods, plus top-level code.
    public var isLeaf: Bool
    /// Lines of this unit that carry at least one token.
    public var codeLineCount: Int

    /// Number of tokens in the unit.
    public var tokenCount: Int { tokenRanges.reduce(0) { $0 + $1.count } }

    /// Whether token `index` belongs to this unit.
    public func contains(token index: Int32) -> Bool {
        for range in tokenRanges where range.contains(index) { return true }
        return false
    }
}

/// Everything the front end made of one source file.
public struct ParsedFile: Sendable {
    /// Path relative to the scanned root, lossily decoded for display.
    public var path: String
    /// The exact path bytes when they are not valid UTF-8.
    public var pathBytes: [UInt8]?
    public var language: String
    public var grammarVersion: String
    public var byteCount: Int
    public var lineCount: Int
    public var tokens: TokenStream
    public var shapes: [ShapeEntry]
    /// Identifier sub-words (`parseHeader` -> `parse`, `header`).
    public var subwords: [ChannelEntry]
    /// Whole identifiers, as written (used for API surface).
    public var identifiers: [ChannelEntry]
    /// String literal contents (quotes removed).
    public var strings: [ChannelEntry]
    /// Number literal texts.
    public var numbers: [ChannelEntry]
    /// Words of comments and docstrings.
    public var commentWords: [ChannelEntry]
    /// Names of the functions and methods called, as written (the last identifier before the call's arguments:
    /// `self._helper(x)` calls `_helper`), anchored to the call's first token: a port keeps who calls whom.
    public var calls: [ChannelEntry] = []
    /// Where the operator sequence of a port differs from this file's tokens only by syntax (`OperatorEdits`):
    /// operators it writes and this file does not, and tokens it has no counterpart for. In token order.
    public var operatorEdits: [OperatorEdit] = []
    /// Units; index 0 is the file unit.
    public var units: [Unit]
    /// Number of ERROR or MISSING nodes tree-sitter recovered from; the file is still tokenised.
    public var syntaxErrorCount: Int
}

extension TokenStream {
    /// The id a token of normalised text `text` has in every language (`+`, `==`, `and`, `NUM`): later stages name
    /// tokens by text without knowing how ids are made.
    public static func id(of text: String) -> UInt32 { NodeClassifier.tokenID(text) }
    /// The id every number literal's token has.
    public static let numberID = NodeClassifier.tokenID(NodeClassifier.numberToken)
}
