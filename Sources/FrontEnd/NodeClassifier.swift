import Foundation
import Syntax

/// Per-grammar lookup tables indexed by `TSSymbol`, computed once so the walker's hot loop
/// does array reads instead of string comparisons.
final class NodeClassifier: @unchecked Sendable {
    /// What the walker does with a node.
    enum Role: UInt8 { case container, identifier, string, number, comment, keyword, error }

    let spec: LanguageSpec
    let grammar: Grammar
    let kinds: [CanonicalKind]
    let roles: [Role]
    /// By symbol, whether the walker needs the end of a node that has children (literals and comments are taken
    /// whole; a leaf's end is always read). Owned by the classifier, freed in deinit: the walker hands it to C.
    let endWanted: UnsafeBufferPointer<Bool>
    /// Token id emitted for a leaf of this symbol.
    let tokenIDs: [UInt32]
    /// Normalised token text for a leaf of this symbol.
    let tokenTexts: [String]
    let fieldName: UInt16
    let fieldParameters: UInt16
    let fieldDeclarator: UInt16
    let fieldBody: UInt16
    /// Fields that name an anonymous function by where it is stored: `left` of an assignment, `property` of a member
    /// expression, `key` of an object literal's pair.
    let fieldLeft: UInt16
    let fieldProperty: UInt16
    let fieldKey: UInt16
    /// `right` of an assignment and `value` of an object literal's pair: what `module.exports = …` publishes. `value`
    /// and `type` also name a class unit without a name of its own: Ruby's `class << Diff::LCS`, Rust's
    /// `impl<'a, T> Matcher<'a, T>`.
    let fieldRight: UInt16
    let fieldValue: UInt16
    let fieldType: UInt16
    /// By symbol, whether it is an `export { a as b }` specifier (JavaScript, TypeScript).
    let exportSpecifierSymbols: [Bool]

    static let identifierToken = "ID", stringToken = "STR", numberToken = "NUM"

    /// By symbol, whether it opens a `statement` unit (`LanguageSpec.statementTypes`).
    let statementSymbols: [Bool]
    /// By symbol, whether it may wrap a function unit (`LanguageSpec.unitWrappers`).
    let wrapperSymbols: [Bool]
    /// By symbol, whether its first child's keyword decides its kind (`LanguageSpec.keywordLedTypes`).
    let keywordLedSymbols: [Bool]
    /// By keyword symbol, the kind it gives the node it leads (`LanguageSpec.leadingKeywordKinds`).
    let leadingKeywordKinds: [UInt16: CanonicalKind]
    /// By symbol, whether it holds the body of the function unit it follows (`LanguageSpec.bodyTypes`).
    let bodySymbols: [Bool]
    /// Whether the language has such bodies at all (most do not: their function nodes hold their bodies).
    let hasBodySiblings: Bool
    /// By symbol, whether it is a list that may be a function form (`LanguageSpec.listTypes`).
    let listSymbols: [Bool]
    /// By symbol, whether its operator may make it an assignment (`LanguageSpec.assignmentOperators`).
    let operatorSymbols: [Bool]
    let fieldOperator: UInt16
    /// By symbol: an `expression_statement` of a language with docstrings, and a docstring's parent
    /// (`LanguageSpec.docstringParents`). Asked for every string literal: a table, not a name compared and hashed.
    let docstringStatements: [Bool]
    let docstringParentSymbols: [Bool]
    /// By symbol, whether it continues an if chain as a sibling of the `if` (Python's `elif`, Lua's `elseif`):
    /// the walker nests what follows it, as the `else if` of C-family languages nests (see `Normalizer.normalize`).
    let chainClauseSymbols: [Bool]

    /// - Parameter metadata: the grammar's node-type metadata, read when `spec.usesGrammarMetadata` (else unused).
    init(spec: LanguageSpec, grammar: Grammar, metadata: GrammarMetadata = GrammarMetadata()) {
        self.spec = spec
        self.grammar = grammar
        var kinds: [CanonicalKind] = []
        var roles: [Role] = []
        var ids: [UInt32] = []
        var texts: [String] = []
        let generic = spec.usesGrammarMetadata ? GenericLeafRules(metadata: metadata) : nil
        for (symbol, name) in grammar.symbolNames.enumerated() {
            let named = grammar.symbolIsNamed[symbol]
            var kind = named || name == "ERROR" ? CanonicalRules.kind(of: name, in: spec) : .other
            if let generic, named, spec.kinds[name] == nil, let inferred = generic.kind(of: name, ruleKind: kind) { kind = inferred }
            kinds.append(kind)
            let role: Role
            switch kind {
            case .identifier: role = .identifier
            case .stringLiteral: role = .string
            case .numberLiteral: role = .number
            case .comment: role = .comment
            case .error: role = .error
            default: role = named ? .container : .keyword
            }
            roles.append(role)
            let text: String
            switch role {
            case .identifier: text = Self.identifierToken
            case .string: text = Self.stringToken
            case .number: text = Self.numberToken
            default: text = name
            }
            texts.append(text)
            ids.append(Self.tokenID(text))
        }
        self.kinds = kinds
        self.roles = roles
        let table = UnsafeMutableBufferPointer<Bool>.allocate(capacity: roles.count)
        _ = table.initialize(from: roles.map { $0 == .string || $0 == .number || $0 == .comment })
        endWanted = UnsafeBufferPointer(table)
        self.tokenIDs = ids
        self.tokenTexts = texts
        fieldName = grammar.fieldID("name")
        fieldParameters = grammar.fieldID("parameters")
        fieldDeclarator = grammar.fieldID("declarator")
        fieldBody = grammar.fieldID("body")
        fieldLeft = grammar.fieldID("left")
        fieldProperty = grammar.fieldID("property")
        fieldKey = grammar.fieldID("key")
        fieldRight = grammar.fieldID("right")
        fieldValue = grammar.fieldID("value")
        fieldType = grammar.fieldID("type")
        exportSpecifierSymbols = grammar.symbolNames.map { spec.conventionExports && $0 == "export_specifier" }
        statementSymbols = grammar.symbolNames.enumerated().map { spec.statementTypes.contains($1) && grammar.symbolIsNamed[$0] }
        wrapperSymbols = grammar.symbolNames.enumerated().map { spec.unitWrappers.contains($1) && grammar.symbolIsNamed[$0] }
        keywordLedSymbols = grammar.symbolNames.enumerated().map { spec.keywordLedTypes.contains($1) && grammar.symbolIsNamed[$0] }
        var keywordKinds: [UInt16: CanonicalKind] = [:]
        for (symbol, name) in grammar.symbolNames.enumerated() where !grammar.symbolIsNamed[symbol] {
            if let kind = spec.leadingKeywordKinds[name] { keywordKinds[UInt16(symbol)] = kind }
        }
        leadingKeywordKinds = keywordKinds
        bodySymbols = grammar.symbolNames.enumerated().map { spec.bodyTypes.contains($1) && grammar.symbolIsNamed[$0] }
        hasBodySiblings = !spec.bodyTypes.isEmpty
        operatorSymbols = grammar.symbolNames.enumerated().map { spec.assignmentOperatorTypes.contains($1) && grammar.symbolIsNamed[$0] }
        fieldOperator = grammar.fieldID("operator")
        listSymbols = grammar.symbolNames.enumerated().map { spec.listTypes.contains($1) && grammar.symbolIsNamed[$0] && !spec.functionHeads.isEmpty }
        docstringStatements = grammar.symbolNames.map { !spec.docstringParents.isEmpty && $0 == "expression_statement" }
        docstringParentSymbols = grammar.symbolNames.map { spec.docstringParents.contains($0) }
        chainClauseSymbols = grammar.symbolNames.enumerated().map { Self.chainClauseTypes.contains($1) && grammar.symbolIsNamed[$0] }
    }

    deinit { endWanted.deallocate() }

    /// tree-sitter's ERROR symbol, outside the grammar's own symbol table.
    static let errorSymbol = UInt16.max

    /// The canonical kind of `symbol`; ERROR and out-of-table symbols are handled.
    @inline(__always) func kind(_ symbol: UInt16) -> CanonicalKind {
        Int(symbol) < kinds.count ? kinds[Int(symbol)] : (symbol == Self.errorSymbol ? .error : .other)
    }
    /// The walker role of `symbol`.
    @inline(__always) func role(_ symbol: UInt16) -> Role {
        Int(symbol) < roles.count ? roles[Int(symbol)] : (symbol == Self.errorSymbol ? .error : .container)
    }
    /// Whether `symbol` opens a statement unit.
    @inline(__always) func isStatement(_ symbol: UInt16) -> Bool {
        Int(symbol) < statementSymbols.count && statementSymbols[Int(symbol)]
    }
    /// Whether `symbol` may wrap a function unit.
    @inline(__always) func isUnitWrapper(_ symbol: UInt16) -> Bool {
        Int(symbol) < wrapperSymbols.count && wrapperSymbols[Int(symbol)]
    }
    /// Whether `symbol`'s first child's keyword decides its kind.
    @inline(__always) func isKeywordLed(_ symbol: UInt16) -> Bool {
        Int(symbol) < keywordLedSymbols.count && keywordLedSymbols[Int(symbol)]
    }
    /// Whether `symbol` holds the body of the function unit it follows.
    @inline(__always) func isBody(_ symbol: UInt16) -> Bool {
        Int(symbol) < bodySymbols.count && bodySymbols[Int(symbol)]
    }
    /// Whether `symbol` is a binary node that is an assignment when its operator is one.
    @inline(__always) func hasAssignmentOperators(_ symbol: UInt16) -> Bool {
        Int(symbol) < operatorSymbols.count && operatorSymbols[Int(symbol)]
    }
    /// Whether `symbol` continues an if chain as a sibling clause (`chainClauseSymbols`).
    @inline(__always) func isChainClause(_ symbol: UInt16) -> Bool {
        Int(symbol) < chainClauseSymbols.count && chainClauseSymbols[Int(symbol)]
    }
    /// Node types of the clauses that continue an if chain: flat siblings of the `if` in Python, Starlark, GDScript,
    /// Bash, Lua, Julia, MATLAB, Fortran, PowerShell and PHP; nested in Ruby (where nesting what follows is a no-op).
    static let chainClauseTypes: Set<String> = ["elif_clause", "elseif_clause", "elseif_statement", "else_if_clause", "elsif"]
    /// Whether `symbol` is an `expression_statement` of a language with docstrings.
    @inline(__always) func isDocstringStatement(_ symbol: UInt16) -> Bool {
        Int(symbol) < docstringStatements.count && docstringStatements[Int(symbol)]
    }
    /// Whether `symbol` is a node type whose body's first string is a docstring (`LanguageSpec.docstringParents`).
    @inline(__always) func isDocstringParent(_ symbol: UInt16) -> Bool {
        Int(symbol) < docstringParentSymbols.count && docstringParentSymbols[Int(symbol)]
    }
    /// Whether `symbol` is a list that may be a function form.
    @inline(__always) func isList(_ symbol: UInt16) -> Bool {
        Int(symbol) < listSymbols.count && listSymbols[Int(symbol)]
    }
    /// The grammar's name for `symbol`.
    func name(_ symbol: UInt16) -> String {
        Int(symbol) < grammar.symbolNames.count ? grammar.symbolNames[Int(symbol)] : (symbol == Self.errorSymbol ? "ERROR" : "")
    }

    /// FNV-1a of the token text: stable across runs, machines and grammar rebuilds.
    static func tokenID(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: NodeClassifier] = [:]

    /// The shared classifier for a language and its loaded grammar.
    /// - Parameter metadata: read only when the language classifies leaves from grammar metadata, and only once.
    static func shared(spec: LanguageSpec, grammar: Grammar, metadata: () -> GrammarMetadata = { GrammarMetadata() }) -> NodeClassifier {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[spec.name] { return hit }
        let made = NodeClassifier(spec: spec, grammar: grammar, metadata: spec.usesGrammarMetadata ? metadata() : GrammarMetadata())
        cache[spec.name] = made
        return made
    }
}
