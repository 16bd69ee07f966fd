/// The language registry: one table entry per language. Node types not listed in `kinds`
/// fall through to the shared rules in `CanonicalRules`.
public enum LanguageTable {
    /// Every language with units, in registry order: the first table, then `UnitLanguages` (appended, so that the
    /// fuzz harness's language selectors keep their meaning).
    public static let all: [LanguageSpec] = established + UnitLanguages.all

    /// The languages of the first table, whose tokens existing indexes hold.
    static let established: [LanguageSpec] = [
        LanguageSpec(
            name: "python", extensions: ["py", "pyi", "pyw"], shebangs: ["python", "python3", "python2"],
            functionTypes: ["function_definition"], classTypes: ["class_definition"], lambdaTypes: ["lambda"],
            stringTypes: ["string", "concatenated_string"],
            kinds: ["for_in_clause": .loop, "dictionary": .collection, "list": .collection, "set": .collection,
                    "tuple": .collection, "attribute": .member, "call": .call, "raise_statement": .throwLike,
                    "assert_statement": .throwLike, "none": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral,
                    "with_statement": .tryLike, "pass_statement": .other, "expression_statement": .other],
            docstringParents: ["block", "module"],
            exportRule: .noLeadingUnderscore, receiverNames: ["self", "cls"],
            wordlessIdentifiers: ["int", "float", "bool", "complex"]),
        LanguageSpec(
            name: "javascript", extensions: ["js", "mjs", "cjs", "jsx"], shebangs: ["node", "nodejs"],
            functionTypes: ["function_declaration", "generator_function_declaration", "method_definition", "function_expression", "function", "generator_function"],
            classTypes: ["class_declaration", "class"], lambdaTypes: ["arrow_function"],
            stringTypes: ["string", "template_string", "regex"],
            kinds: ["object": .collection, "array": .collection, "member_expression": .member, "new_expression": .call,
                    "ternary_expression": .branch, "lexical_declaration": .assignment, "variable_declaration": .assignment,
                    "undefined": .nullLiteral, "null": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral],
            exportRule: .keywords(publicWords: ["export"], privateWords: [], publicByDefault: false), conventionExports: true),
        LanguageSpec(
            name: "typescript", extensions: ["ts", "mts", "cts"], shebangs: ["ts-node", "deno"],
            functionTypes: ["function_declaration", "generator_function_declaration", "method_definition", "function_expression", "function", "generator_function"],
            classTypes: ["class_declaration", "class", "abstract_class_declaration", "interface_declaration"], lambdaTypes: ["arrow_function"],
            stringTypes: ["string", "template_string", "regex"],
            kinds: ["object": .collection, "array": .collection, "member_expression": .member, "new_expression": .call,
                    "ternary_expression": .branch, "lexical_declaration": .assignment, "variable_declaration": .assignment,
                    "undefined": .nullLiteral, "null": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral],
            exportRule: .keywords(publicWords: ["export", "public"], privateWords: ["private", "protected"], publicByDefault: false), conventionExports: true),
        LanguageSpec(
            name: "tsx", extensions: ["tsx"],
            functionTypes: ["function_declaration", "generator_function_declaration", "method_definition", "function_expression", "function", "generator_function"],
            classTypes: ["class_declaration", "class", "abstract_class_declaration", "interface_declaration"], lambdaTypes: ["arrow_function"],
            stringTypes: ["string", "template_string", "regex"],
            kinds: ["object": .collection, "array": .collection, "member_expression": .member, "new_expression": .call,
                    "ternary_expression": .branch, "lexical_declaration": .assignment, "variable_declaration": .assignment,
                    "undefined": .nullLiteral, "null": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral],
            exportRule: .keywords(publicWords: ["export", "public"], privateWords: ["private", "protected"], publicByDefault: false), conventionExports: true),
        LanguageSpec(
            name: "go", extensions: ["go"],
            functionTypes: ["function_declaration", "method_declaration"], classTypes: ["type_declaration"], lambdaTypes: ["func_literal"],
            stringTypes: ["interpreted_string_literal", "raw_string_literal", "rune_literal"],
            kinds: ["selector_expression": .member, "composite_literal": .collection, "short_var_declaration": .assignment,
                    "var_declaration": .assignment, "const_declaration": .assignment, "expression_switch_statement": .switchLike,
                    "type_switch_statement": .switchLike, "expression_case": .caseClause, "default_case": .caseClause,
                    "type_case": .caseClause, "nil": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral,
                    "defer_statement": .tryLike, "go_statement": .call, "range_clause": .other, "package_clause": .other,
                    // `for i := 0; i < n; i++ {}` is one loop: the clause is its header, not a second loop.
                    "for_clause": .other],
            exportRule: .capitalised,
            wordlessIdentifiers: ["bool", "byte", "rune", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                                  "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128"]),
        LanguageSpec(
            name: "rust", extensions: ["rs"],
            functionTypes: ["function_item"], classTypes: ["impl_item", "trait_item", "struct_item", "enum_item", "mod_item"],
            lambdaTypes: ["closure_expression"],
            stringTypes: ["string_literal", "raw_string_literal", "char_literal"],
            kinds: ["field_expression": .member, "macro_invocation": .call, "let_declaration": .assignment,
                    "match_expression": .switchLike, "match_arm": .caseClause, "array_expression": .collection,
                    "struct_expression": .collection, "boolean_literal": .booleanLiteral, "line_comment": .comment,
                    "block_comment": .comment, "use_declaration": .importLike, "try_expression": .tryLike],
            exportRule: .keywords(publicWords: ["pub"], privateWords: [], publicByDefault: false)),
        LanguageSpec(
            name: "java", extensions: ["java"],
            functionTypes: ["method_declaration", "constructor_declaration"],
            classTypes: ["class_declaration", "interface_declaration", "enum_declaration", "record_declaration"],
            lambdaTypes: ["lambda_expression"],
            stringTypes: ["string_literal", "character_literal", "text_block"],
            kinds: ["method_invocation": .call, "object_creation_expression": .call, "field_access": .member,
                    "local_variable_declaration": .assignment, "field_declaration": .assignment,
                    "array_initializer": .collection, "switch_expression": .switchLike, "switch_block_statement_group": .caseClause,
                    "switch_rule": .caseClause, "null_literal": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral,
                    "line_comment": .comment, "block_comment": .comment, "enhanced_for_statement": .loop],
            exportRule: .keywords(publicWords: ["public"], privateWords: ["private", "protected"], publicByDefault: false),
            // The boxed primitives, which generics force (`List<Integer>`): their primitives give no word either.
            wordlessIdentifiers: ["Integer", "Double", "Boolean", "Long", "Character", "Float", "Short", "Byte"],
            indexingMethods: ["charAt"]),
        LanguageSpec(
            name: "c", extensions: ["c", "h"],
            functionTypes: ["function_definition"], classTypes: ["struct_specifier"],
            stringTypes: ["string_literal", "char_literal", "concatenated_string", "system_lib_string"],
            kinds: ["field_expression": .member, "init_declarator": .assignment, "initializer_list": .collection,
                    "preproc_include": .importLike, "true": .booleanLiteral, "false": .booleanLiteral, "null": .nullLiteral,
                    "case_statement": .caseClause, "number_literal": .numberLiteral],
            exportRule: .keywords(publicWords: [], privateWords: ["static"], publicByDefault: true)),
        LanguageSpec(
            name: "cpp", extensions: ["cc", "cpp", "cxx", "hpp", "hh", "hxx", "c++", "h++"],
            functionTypes: ["function_definition"], classTypes: ["class_specifier", "struct_specifier", "namespace_definition"],
            lambdaTypes: ["lambda_expression"],
            stringTypes: ["string_literal", "char_literal", "raw_string_literal", "concatenated_string", "system_lib_string"],
            kinds: ["field_expression": .member, "init_declarator": .assignment, "initializer_list": .collection,
                    "preproc_include": .importLike, "true": .booleanLiteral, "false": .booleanLiteral, "null": .nullLiteral,
                    "nullptr": .nullLiteral, "case_statement": .caseClause, "number_literal": .numberLiteral,
                    "new_expression": .call, "for_range_loop": .loop],
            exportRule: .keywords(publicWords: ["public"], privateWords: ["static", "private"], publicByDefault: true)),
        LanguageSpec(
            name: "csharp", extensions: ["cs"],
            functionTypes: ["method_declaration", "constructor_declaration", "local_function_statement", "operator_declaration"],
            classTypes: ["class_declaration", "struct_declaration", "interface_declaration", "record_declaration", "enum_declaration"],
            lambdaTypes: ["lambda_expression", "anonymous_method_expression"],
            stringTypes: ["string_literal", "verbatim_string_literal", "raw_string_literal", "character_literal", "interpolated_string_expression"],
            kinds: ["invocation_expression": .call, "object_creation_expression": .call, "member_access_expression": .member,
                    "local_declaration_statement": .assignment, "variable_declaration": .assignment, "foreach_statement": .loop,
                    "switch_section": .caseClause, "null_literal": .nullLiteral, "boolean_literal": .booleanLiteral,
                    "integer_literal": .numberLiteral, "real_literal": .numberLiteral, "using_directive": .importLike,
                    "element_access_expression": .subscript],
            exportRule: .keywords(publicWords: ["public"], privateWords: ["private", "protected", "internal"], publicByDefault: false)),
        LanguageSpec(
            name: "ruby", extensions: ["rb", "rake", "gemspec"], fileNames: ["Rakefile", "Gemfile"], shebangs: ["ruby"],
            functionTypes: ["method", "singleton_method"], classTypes: ["class", "module", "singleton_class"],
            lambdaTypes: ["lambda", "block", "do_block"],
            stringTypes: ["string", "simple_symbol", "regex", "heredoc_body", "string_array", "symbol_array", "bare_string", "chained_string"],
            kinds: ["call": .call, "hash": .collection, "array": .collection, "element_reference": .subscript,
                    "nil": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral, "unless": .branch,
                    "if": .branch, "conditional": .branch, "while": .loop, "for": .loop, "until_modifier": .loop, "next": .jump,
                    "if_modifier": .branch, "unless_modifier": .branch, "while_modifier": .loop, "until": .loop,
                    "case": .switchLike, "when": .caseClause, "begin": .tryLike, "rescue": .catchClause,
                    "body_statement": .block, "integer": .numberLiteral, "float": .numberLiteral],
            exportRule: .noLeadingUnderscore),
        LanguageSpec(
            name: "php", extensions: ["php", "phtml"], shebangs: ["php"],
            functionTypes: ["function_definition", "method_declaration"],
            classTypes: ["class_declaration", "interface_declaration", "trait_declaration"],
            lambdaTypes: ["anonymous_function", "arrow_function"],
            stringTypes: ["string", "encapsed_string", "nowdoc", "heredoc"],
            kinds: ["function_call_expression": .call, "member_call_expression": .call, "scoped_call_expression": .call,
                    "object_creation_expression": .call, "member_access_expression": .member, "array_creation_expression": .collection,
                    "foreach_statement": .loop, "null": .nullLiteral, "boolean": .booleanLiteral, "integer": .numberLiteral,
                    "float": .numberLiteral, "name": .identifier, "variable_name": .identifier, "subscript_expression": .subscript],
            exportRule: .keywords(publicWords: ["public"], privateWords: ["private", "protected"], publicByDefault: true)),
        LanguageSpec(
            name: "kotlin", extensions: ["kt", "kts"],
            functionTypes: ["function_declaration", "secondary_constructor"], classTypes: ["class_declaration", "object_declaration"],
            lambdaTypes: ["lambda_literal", "anonymous_function"],
            stringTypes: ["string_literal", "character_literal"],
            kinds: ["navigation_expression": .member, "property_declaration": .assignment, "when_expression": .switchLike,
                    "when_entry": .caseClause, "jump_expression": .returnStatement, "collection_literal": .collection,
                    "boolean_literal": .booleanLiteral, "null_literal": .nullLiteral, "integer_literal": .numberLiteral,
                    "real_literal": .numberLiteral, "long_literal": .numberLiteral, "hex_literal": .numberLiteral,
                    "line_comment": .comment, "multiline_comment": .comment, "import_header": .importLike,
                    "indexing_expression": .subscript, "if_expression": .branch]
                .merging(operators(binary: swiftKotlinBinary + ["elvis_expression"], unary: swiftKotlinUnary)) { a, _ in a },
            exportRule: .keywords(publicWords: ["public"], privateWords: ["private", "internal", "protected"], publicByDefault: true)),
        LanguageSpec(
            name: "swift", extensions: ["swift"],
            functionTypes: ["function_declaration", "init_declaration", "deinit_declaration", "protocol_function_declaration"],
            classTypes: ["class_declaration", "protocol_declaration"], lambdaTypes: ["lambda_literal"],
            stringTypes: ["line_string_literal", "multi_line_string_literal", "raw_string_literal", "regex_literal"],
            kinds: ["navigation_expression": .member, "property_declaration": .assignment, "switch_entry": .caseClause,
                    "boolean_literal": .booleanLiteral, "integer_literal": .numberLiteral, "real_literal": .numberLiteral,
                    "hex_literal": .numberLiteral, "multiline_comment": .comment, "array_literal": .collection,
                    "dictionary_literal": .collection, "guard_statement": .branch, "control_transfer_statement": .returnStatement,
                    "import_declaration": .importLike, "do_statement": .tryLike, "catch_block": .catchClause, "nil": .nullLiteral]
                .merging(operators(binary: swiftKotlinBinary + ["nil_coalescing_expression", "bitwise_operation"],
                                   unary: swiftKotlinUnary)) { a, _ in a },
            exportRule: .keywords(publicWords: ["public", "open"], privateWords: ["private", "fileprivate"], publicByDefault: false)),
        LanguageSpec(
            name: "scala", extensions: ["scala", "sc"],
            functionTypes: ["function_definition"], classTypes: ["class_definition", "object_definition", "trait_definition"],
            lambdaTypes: ["lambda_expression"],
            stringTypes: ["string", "interpolated_string_expression", "character_literal"],
            kinds: ["field_expression": .member, "val_definition": .assignment, "var_definition": .assignment,
                    "match_expression": .switchLike, "case_clause": .caseClause, "boolean_literal": .booleanLiteral,
                    "null_literal": .nullLiteral, "integer_literal": .numberLiteral, "floating_point_literal": .numberLiteral,
                    "block_comment": .comment, "import_declaration": .importLike, "if_expression": .branch,
                    "while_expression": .loop, "for_expression": .loop]
                .merging(operators(binary: ["infix_expression"], unary: ["prefix_expression", "postfix_expression"])) { a, _ in a },
            exportRule: .keywords(publicWords: [], privateWords: ["private", "protected"], publicByDefault: true)),
        LanguageSpec(
            name: "bash", extensions: ["sh", "bash"], shebangs: ["sh", "bash", "dash", "zsh", "ksh"],
            functionTypes: ["function_definition"],
            stringTypes: ["string", "raw_string", "ansi_c_string", "translated_string", "heredoc_body"],
            kinds: ["command": .call, "variable_name": .identifier, "command_name": .identifier, "word": .identifier,
                    "case_statement": .switchLike, "case_item": .caseClause, "variable_assignment": .assignment,
                    "c_style_for_statement": .loop, "number": .numberLiteral, "test_command": .branch],
            exportRule: .keywords(publicWords: [], privateWords: [], publicByDefault: true)),
        LanguageSpec(
            name: "lua", extensions: ["lua"], shebangs: ["lua", "luajit"],
            functionTypes: ["function_declaration"], lambdaTypes: ["function_definition"],
            stringTypes: ["string"],
            kinds: ["function_call": .call, "table_constructor": .collection, "dot_index_expression": .member,
                    "method_index_expression": .member, "bracket_index_expression": .subscript, "variable_declaration": .assignment,
                    "nil": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral, "number": .numberLiteral,
                    "repeat_statement": .loop],
            exportRule: .keywords(publicWords: [], privateWords: ["local"], publicByDefault: true)),
        LanguageSpec(
            name: "haskell", extensions: ["hs"],
            functionTypes: ["function"], classTypes: ["class", "instance", "data_type"],
            lambdaTypes: ["lambda"], stringTypes: ["string", "char"],
            kinds: ["apply": .call, "integer": .numberLiteral, "float": .numberLiteral, "variable": .identifier,
                    "constructor": .identifier, "case": .switchLike, "alternative": .caseClause, "conditional": .branch,
                    "infix": .binaryOperator, "negation": .unaryOperator, "patterns": .parameterList],
            exportRule: .keywords(publicWords: [], privateWords: [], publicByDefault: true)),
        LanguageSpec(
            name: "ocaml", extensions: ["ml", "mli"],
            functionTypes: ["let_binding"], classTypes: ["module_definition", "class_definition"],
            lambdaTypes: ["fun_expression", "function_expression"], stringTypes: ["string", "character"],
            kinds: ["application_expression": .call, "value_name": .identifier, "value_path": .identifier,
                    "constructor_path": .identifier, "match_expression": .switchLike, "match_case": .caseClause,
                    "if_expression": .branch, "for_expression": .loop, "while_expression": .loop, "number": .numberLiteral,
                    "infix_expression": .binaryOperator, "sign_expression": .unaryOperator, "prefix_expression": .unaryOperator,
                    "array_get_expression": .subscript, "string_get_expression": .subscript,
                    "bigarray_get_expression": .subscript],
            exportRule: .keywords(publicWords: [], privateWords: [], publicByDefault: true)),
        LanguageSpec(
            name: "elixir", extensions: ["ex", "exs"], shebangs: ["elixir"],
            lambdaTypes: ["anonymous_function"], stringTypes: ["string", "charlist", "sigil", "atom"],
            kinds: ["call": .call, "do_block": .block, "integer": .numberLiteral, "float": .numberLiteral,
                    "list": .collection, "map": .collection, "tuple": .collection, "nil": .nullLiteral, "boolean": .booleanLiteral],
            exportRule: .keywords(publicWords: [], privateWords: ["defp"], publicByDefault: true)),
        LanguageSpec(
            name: "dart", extensions: ["dart"],
            // A method's `method_signature` only wraps the signature: the function, getter, setter or constructor
            // signature inside it is the unit, which takes in the `function_body` that follows (`bodyTypes`).
            functionTypes: ["function_signature", "getter_signature", "setter_signature", "constructor_signature",
                            "factory_constructor_signature", "operator_signature"],
            classTypes: ["class_definition"],
            lambdaTypes: ["function_expression"], stringTypes: ["string_literal"],
            kinds: ["decimal_integer_literal": .numberLiteral, "decimal_floating_point_literal": .numberLiteral,
                    "null_literal": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral, "list_literal": .collection,
                    "set_or_map_literal": .collection, "formal_parameter_list": .parameterList, "index_selector": .subscript,
                    "argument_part": .call, "local_variable_declaration": .assignment]
                .merging(operators(binary: ["equality_expression", "relational_expression", "additive_expression",
                                            "multiplicative_expression", "logical_and_expression", "logical_or_expression",
                                            "bitwise_and_expression", "bitwise_or_expression", "bitwise_xor_expression",
                                            "shift_expression", "if_null_expression"],
                                   unary: ["postfix_expression"])) { a, _ in a },
            exportRule: .noLeadingUnderscore, bodyTypes: ["function_body"]),
    ]

    /// Operator node types: each of `binary` a `binaryOperator`, each of `unary` a `unaryOperator`.
    static func operators(binary: [String], unary: [String] = []) -> [String: CanonicalKind] {
        Dictionary(binary.map { ($0, CanonicalKind.binaryOperator) } + unary.map { ($0, CanonicalKind.unaryOperator) },
                   uniquingKeysWith: { a, _ in a })
    }

    /// The operator node types Swift's and Kotlin's grammars share (comparisons are `comparison_expression`, which
    /// the generic rules map).
    static let swiftKotlinBinary = ["equality_expression", "conjunction_expression", "disjunction_expression", "additive_expression",
                                    "multiplicative_expression", "range_expression", "infix_expression"]
    static let swiftKotlinUnary = ["prefix_expression", "postfix_expression"]

    /// Every language: the hand-written table, then the pack's other grammars at token level (`PackLanguages`).
    public static let registry: [LanguageSpec] = {
        let tabled = Set(all.map(\.name))
        return all + PackLanguages.all.filter { !tabled.contains($0.name) }
    }()

    /// Languages by registry name.
    public static let byName: [String: LanguageSpec] = Dictionary(registry.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
}
