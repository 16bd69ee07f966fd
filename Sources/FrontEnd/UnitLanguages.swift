/// Languages of the pinned pack cut into units with the canonical vocabulary, each starting from its
/// `PackLanguages` entry (files, shebangs, metadata-driven leaves) and adding the node types of its functions,
/// classes, lambdas and literals, and the kinds the generic rules miss.
enum UnitLanguages {
    private static func upgrade(_ name: String, _ edit: (inout LanguageSpec) -> Void) -> LanguageSpec {
        var spec = PackLanguages.spec(named: name)
        edit(&spec)
        return spec
    }

    /// The unit-level languages added to the first table, in the order they were added.
    static let all: [LanguageSpec] = [
        upgrade("perl") {
            $0.functionTypes = ["subroutine_declaration_statement", "method_declaration_statement"]
            $0.classTypes = ["class_statement", "role_statement"]
            $0.lambdaTypes = ["anonymous_subroutine_expression", "anonymous_method_expression"]
            $0.stringTypes = ["string_literal", "interpolated_string_literal", "command_string", "heredoc_content"]
            $0.kinds = ["method_call_expression": .call, "function_call_expression": .call, "ambiguous_function_call_expression": .call,
                        "func0op_call_expression": .call, "func1op_call_expression": .call, "coderef_call_expression": .call,
                        "conditional_statement": .branch, "elsif": .branch, "loop_statement": .loop, "cstyle_for_statement": .loop,
                        "postfix_for_expression": .loop, "postfix_loop_expression": .loop, "postfix_conditional_expression": .branch,
                        "anonymous_hash_expression": .collection, "anonymous_array_expression": .collection,
                        "use_statement": .importLike, "method": .identifier, "autoquoted_bareword": .identifier,
                        "package": .identifier, "varname": .identifier, "undef_expression": .nullLiteral, "pod": .comment]
            $0.exportRule = .noLeadingUnderscore
            $0.receiverNames = ["self", "class"]
        },
        upgrade("r") {
            $0.functionTypes = ["function_definition"]
            $0.unitWrappers = ["binary_operator"]
            $0.stringTypes = ["string"]
            $0.kinds = ["call": .call, "if_statement": .branch, "repeat_statement": .loop, "return": .identifier,
                        "subset": .subscript, "subset2": .subscript, "extract_operator": .member, "braced_expression": .block,
                        "null": .nullLiteral, "na": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral,
                        "break": .jump, "next": .jump]
            $0.exportRule = .noLeadingUnderscore
        },
        upgrade("julia") {
            $0.functionTypes = ["function_definition", "macro_definition"]
            $0.classTypes = ["struct_definition", "abstract_definition"]
            $0.lambdaTypes = ["arrow_function_expression", "do_clause"]
            $0.stringTypes = ["string_literal", "character_literal", "prefixed_string_literal", "command_literal"]
            $0.kinds = ["call_expression": .call, "broadcast_call_expression": .call, "macrocall_expression": .call,
                        "if_statement": .branch, "elseif_clause": .branch, "ternary_expression": .branch,
                        "compound_assignment_expression": .assignment, "field_expression": .member, "index_expression": .subscript,
                        "vector_expression": .collection, "tuple_expression": .collection, "matrix_expression": .collection,
                        "using_statement": .importLike, "import_statement": .importLike, "boolean_literal": .booleanLiteral,
                        "integer_literal": .numberLiteral, "float_literal": .numberLiteral, "compound_statement": .block]
            $0.exportRule = .noLeadingUnderscore
        },
        upgrade("objc") {
            $0.extensions = ["m", "mm"]
            $0.functionTypes = ["function_definition", "method_definition"]
            $0.classTypes = ["class_implementation", "class_interface", "protocol_declaration", "struct_specifier"]
            $0.lambdaTypes = ["block_literal"]
            $0.stringTypes = ["string_literal", "char_literal", "concatenated_string", "system_lib_string"]
            $0.kinds = ["message_expression": .call, "field_expression": .member, "init_declarator": .assignment,
                        "initializer_list": .collection, "preproc_include": .importLike, "module_import": .importLike,
                        "array_literal": .collection, "dictionary_literal": .collection, "case_statement": .caseClause,
                        "number_literal": .numberLiteral, "nil": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral,
                        "YES": .booleanLiteral, "NO": .booleanLiteral, "method_declaration": .other, "for_in_statement": .loop,
                        "boxed_expression": .other]
            $0.exportRule = .keywords(publicWords: [], privateWords: ["static"], publicByDefault: true)
            $0.receiverNames = ["self"]
        },
    ]
}
