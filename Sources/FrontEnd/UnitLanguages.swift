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
        upgrade("zig") {
            $0.functionTypes = ["FnProto"]
            $0.unitWrappers = ["Decl"]
            $0.stringTypes = ["STRINGLITERALSINGLE", "LINESTRING", "CHAR_LITERAL"]
            $0.kinds = ["ParamDeclList": .parameterList, "ParamDecl": .parameter, "FnCallArguments": .argumentList,
                        "IfStatement": .branch, "IfExpr": .branch, "IfPrefix": .other, "ForStatement": .loop, "ForExpr": .loop,
                        "WhileStatement": .loop, "WhileExpr": .loop, "LoopStatement": .other, "LoopExpr": .other,
                        "SwitchExpr": .switchLike, "SwitchProng": .caseClause, "Block": .block, "AssignExpr": .assignment,
                        "VarDecl": .assignment, "BinaryExpr": .binaryOperator, "CompareExpr": .binaryOperator,
                        "BoolOrExpr": .binaryOperator, "BoolAndExpr": .binaryOperator, "AdditionExpr": .binaryOperator,
                        "MultiplyExpr": .binaryOperator, "PrefixExpr": .unaryOperator, "InitList": .collection,
                        "BUILTINIDENTIFIER": .identifier, "INTEGER": .numberLiteral, "FLOAT": .numberLiteral]
            $0.exportRule = .keywords(publicWords: ["pub"], privateWords: [], publicByDefault: false)
        },
        upgrade("erlang") {
            $0.functionTypes = ["fun_decl"]
            $0.lambdaTypes = ["anonymous_fun"]
            $0.stringTypes = ["string", "char"]
            $0.kinds = ["case_expr": .switchLike, "cr_clause": .caseClause, "if_expr": .branch, "if_clause": .caseClause,
                        "binary_op_expr": .binaryOperator, "unary_op_expr": .unaryOperator, "match_expr": .assignment,
                        "list": .collection, "tuple": .collection, "map_expr": .collection, "record_expr": .collection,
                        "remote": .member, "expr_args": .argumentList, "list_comprehension": .loop, "clause_body": .block,
                        "try_expr": .tryLike, "catch_clause": .catchClause, "receive_expr": .switchLike, "var": .identifier,
                        "atom": .identifier, "integer": .numberLiteral, "float": .numberLiteral]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("solidity") {
            $0.functionTypes = ["function_definition", "constructor_definition", "modifier_definition", "fallback_receive_definition"]
            $0.classTypes = ["contract_declaration", "interface_declaration", "library_declaration", "struct_declaration"]
            $0.stringTypes = ["string", "hex_string_literal", "unicode_string_literal"]
            $0.kinds = ["emit_statement": .call, "revert_statement": .throwLike, "variable_declaration_statement": .assignment,
                        "state_variable_declaration": .assignment, "augmented_assignment_expression": .assignment,
                        "array_access": .subscript, "member_expression": .member, "number_literal": .numberLiteral,
                        "boolean_literal": .booleanLiteral, "ternary_expression": .branch, "function_body": .block,
                        "block_statement": .block, "import_directive": .importLike, "pragma_directive": .other]
            $0.exportRule = .keywords(publicWords: ["public", "external"], privateWords: ["private", "internal"], publicByDefault: true)
        },
        upgrade("powershell") {
            $0.functionTypes = ["function_statement", "class_method_definition"]
            $0.classTypes = ["class_statement"]
            $0.lambdaTypes = ["script_block_expression"]
            $0.stringTypes = ["string_literal", "expandable_string_literal", "verbatim_string_characters", "expandable_here_string_literal"]
            $0.kinds = ["command": .call, "invokation_expression": .call, "if_statement": .branch, "elseif_clause": .branch,
                        "else_clause": .elseClause, "foreach_statement": .loop, "for_statement": .loop, "while_statement": .loop,
                        "do_statement": .loop, "switch_statement": .switchLike, "assignment_expression": .assignment,
                        "array_literal_expression": .other, "array_expression": .collection, "hash_literal_expression": .collection,
                        "member_access": .member, "element_access": .subscript, "flow_control_statement": .returnStatement,
                        "trap_statement": .catchClause, "try_statement": .tryLike, "catch_clause": .catchClause,
                        "variable": .identifier, "statement_block": .block, "script_block": .block, "param_block": .parameterList,
                        "integer_literal": .numberLiteral, "real_literal": .numberLiteral]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("d") {
            $0.functionTypes = ["function_declaration", "constructor", "destructor"]
            $0.classTypes = ["class_declaration", "struct_declaration", "interface_declaration", "union_declaration"]
            $0.lambdaTypes = ["function_literal"]
            $0.stringTypes = ["string_literal", "char_literal", "quoted_string", "raw_string", "token_string", "hex_string"]
            $0.kinds = ["string": .other, "wstring": .other, "dstring": .other, "cstring": .other, "char": .other,
                        "wchar": .other, "dchar": .other, "int": .other, "bool": .other, "float": .other,
                        "import_declaration": .importLike, "foreach_statement": .loop, "property_expression": .member,
                        "index_expression": .subscript, "new_expression": .call, "int_literal": .numberLiteral,
                        "float_literal": .numberLiteral, "array_literal": .collection, "function_body": .block,
                        "block_statement": .block, "conditional_statement": .branch, "throw_statement": .throwLike]
            $0.exportRule = .keywords(publicWords: ["public", "export"], privateWords: ["private", "package", "protected"], publicByDefault: true)
        },
    ]
}
