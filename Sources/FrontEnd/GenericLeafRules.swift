import Syntax

/// Classifies the node types of a grammar without a hand-written table (and those a new table leaves to the
/// rules): the grammar's `word` token is an identifier, named leaves called like identifiers, numbers or strings
/// are those, and `extras` documentation symbols (Perl's POD) are comments. Which types are leaves comes from
/// `node-types.json`; without it every type is treated as a possible leaf and only names decide.
struct GenericLeafRules {
    let metadata: GrammarMetadata

    private static let identifierNames: Set<String> = [
        "name", "symbol", "word", "variable", "id", "ident", "atom", "label", "sym_lit", "simple_name", "varname",
        "var", "bareword", "constant", "lower_case_identifier", "upper_case_identifier", "command_name",
    ]
    private static let identifierSuffixes = ["identifier", "_name", "_id", "_ident", "_variable", "_symbol"]
    private static let stringNames: Set<String> = [
        "str", "string_lit", "str_lit", "char_lit", "character", "quoted_string", "raw_string", "heredoc",
        "string_value", "template_string", "interpreted_string", "text_block", "regex_lit", "string_content",
        "string_fragment", "quoted_content", "raw_string_content", "string_constant_expr", "char_constant_expr",
        "literalchar", "linestring",
    ]
    private static let numberNames: Set<String> = [
        "num_lit", "numeric_lit", "int_lit", "float_lit", "numeric_literal", "hex", "octal", "bin",
        "decimal", "digits", "natural", "rational",
    ]
    private static let booleanNames: Set<String> = ["true", "false", "boolean", "bool", "bool_lit", "boolean_literal", "bool_literal"]
    private static let nullNames: Set<String> = ["nil", "null", "none", "undefined", "nil_lit", "null_lit", "null_literal", "nil_literal"]

    /// The kind of named node type `name`, or nil to keep `ruleKind` (what `CanonicalRules` said).
    func kind(of type: String, ruleKind: CanonicalKind) -> CanonicalKind? {
        if type == "ERROR" { return nil }
        if let word = metadata.word, type == word { return .identifier }
        if metadata.extras.contains(type), type.contains("pod") || type.contains("haddock") || type.hasSuffix("doc") {
            return .comment
        }
        guard ruleKind == .other else { return nil }
        let isLeaf = metadata.leafTypes.isEmpty || metadata.leafTypes.contains(type)
        // Some grammars name types in capitals (Zig's `IDENTIFIER`) or camel case (Pascal's `literalString`).
        let name = type.lowercased()
        // Keyword leaves (`keyword_string` in SQL, `kString` in Pascal) are keywords whatever they name.
        if name.hasPrefix("keyword") || (type.count > 1 && type.first == "k" && type.dropFirst().first?.isUppercase == true) { return nil }
        if name.hasSuffix("_type") || name.hasSuffix("_start") || name.hasSuffix("_end") || name.hasSuffix("delimiter") { return nil }
        if Self.booleanNames.contains(name) { return .booleanLiteral }
        if Self.nullNames.contains(name) { return .nullLiteral }
        if Self.stringNames.contains(name) || name.hasSuffix("_string") || name.hasSuffix("_str") || name.contains("stringliteral")
            || name.hasSuffix("string_literal") || name.hasPrefix("literalstring") || name.hasSuffix("char_literal")
            || name.hasSuffix("character_literal") || name.hasSuffix("rune_literal")
            || name.hasSuffix("_string_lit") || (isLeaf && name.contains("string")) {
            return .stringLiteral
        }
        // An identifier type that sometimes has children (Zig's `@"name"`) is one only where it is a leaf: the walk
        // descends into the others.
        if Self.identifierNames.contains(name) || Self.identifierSuffixes.contains(where: name.hasSuffix) || name.hasPrefix("identifier") {
            return .identifier
        }
        guard isLeaf else { return nil }
        if Self.numberNames.contains(name) || name.contains("number") || name.contains("integer") || name.contains("float")
            || name.hasSuffix("num_lit") || name.hasSuffix("_literal") && (name.hasPrefix("hex") || name.hasPrefix("oct") || name.hasPrefix("bin")) {
            return .numberLiteral
        }
        return nil
    }
}
