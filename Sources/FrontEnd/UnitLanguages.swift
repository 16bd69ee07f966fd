/// Languages of the pinned pack cut into units with the canonical vocabulary, each starting from its
/// `PackLanguages` entry (files, shebangs, metadata-driven leaves) and adding the node types of its functions,
/// classes, lambdas and literals, and the kinds the generic rules miss.
enum UnitLanguages {
    private static func upgrade(_ name: String, _ edit: (inout LanguageSpec) -> Void) -> LanguageSpec {
        var spec = PackLanguages.spec(named: name)
        edit(&spec)
        return spec
    }

    /// A grammar derived from one of the first table's (CUDA and Arduino from C++, GLSL from C, Starlark from
    /// Python, Luau from Lua): the base's node mapping and tokenisation, so that code moved between the two
    /// compares as the same language would; the pack entry's files.
    private static func derived(_ name: String, from base: String, _ edit: (inout LanguageSpec) -> Void = { _ in }) -> LanguageSpec {
        let files = PackLanguages.spec(named: name)
        guard var spec = LanguageTable.established.first(where: { $0.name == base }) else { return files }
        spec.name = name
        spec.extensions = files.extensions
        spec.fileNames = files.fileNames
        spec.shebangs = files.shebangs
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
                        "package": .identifier, "varname": .identifier, "undef_expression": .nullLiteral, "pod": .comment,
                        "array": .other, "hash": .other, "scalar": .other, "arraylen": .other, "container_variable": .other,
                        // `&&`/`||` are `binary_expression`s; comparisons, `and`/`or`, `++`, indexing have node types of their own.
                        "equality_expression": .binaryOperator, "relational_expression": .binaryOperator,
                        "lowprec_logical_expression": .binaryOperator, "postinc_expression": .unaryOperator,
                        "preinc_expression": .unaryOperator, "array_element_expression": .subscript,
                        "hash_element_expression": .subscript, "loopex_expression": .jump]
            $0.exportRule = .noLeadingUnderscore
            $0.receiverNames = ["self", "class"]
            $0.parameterSources = ["@_", "shift", "shift @_", "shift(@_)"]
        },
        upgrade("r") {
            $0.functionTypes = ["function_definition"]
            $0.unitWrappers = ["binary_operator"]
            $0.assignmentOperatorTypes = ["binary_operator"]
            $0.assignmentOperators = ["<-", "<<-", "=", "->", "->>"]
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
                        "integer_literal": .numberLiteral, "float_literal": .numberLiteral, "compound_statement": .block,
                        "for_binding": .other, "signature": .parameterList]
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
            // `AssignExpr` is every expression statement (a `return` too, `keywordLedTypes`); `FieldOrFnCall` a field or a callee, and
            // `FnCallArguments` marks the call.
            $0.kinds = ["ParamDeclList": .parameterList, "ParamDecl": .parameter, "FnCallArguments": .call,
                        "AssignExpr": .other, "FieldOrFnCall": .member, "WhileContinueExpr": .other, "ForArgumentsList": .other,
                        "IfStatement": .branch, "IfExpr": .branch, "IfPrefix": .other, "ForStatement": .loop, "ForExpr": .loop,
                        "WhileStatement": .loop, "WhileExpr": .loop, "LoopStatement": .other, "LoopExpr": .other,
                        "SwitchExpr": .switchLike, "SwitchProng": .caseClause, "Block": .block,
                        "VarDecl": .assignment, "BinaryExpr": .binaryOperator, "CompareExpr": .binaryOperator,
                        "BoolOrExpr": .binaryOperator, "BoolAndExpr": .binaryOperator, "AdditionExpr": .binaryOperator,
                        "MultiplyExpr": .binaryOperator, "PrefixExpr": .unaryOperator, "InitList": .collection,
                        "BUILTINIDENTIFIER": .identifier, "INTEGER": .numberLiteral, "FLOAT": .numberLiteral,
                        "UnaryExpr": .unaryOperator]
            $0.keywordLedTypes = ["AssignExpr"]
            $0.leadingKeywordKinds = ["return": .returnStatement, "break": .jump, "continue": .jump]
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
        upgrade("elm") {
            $0.functionTypes = ["value_declaration"]
            $0.classTypes = []
            $0.lambdaTypes = ["anonymous_function_expr"]
            $0.stringTypes = ["string_constant_expr", "char_constant_expr"]
            $0.kinds = ["function_call_expr": .call, "if_else_expr": .branch, "case_of_expr": .switchLike, "case_of_branch": .caseClause,
                        "let_in_expr": .block, "list_expr": .collection, "record_expr": .collection, "tuple_expr": .collection,
                        "field_access_expr": .member, "bin_op_expr": .binaryOperator, "negate_expr": .unaryOperator,
                        "number_constant_expr": .numberLiteral, "import_clause": .importLike, "lower_pattern": .parameter,
                        "value_qid": .other, "upper_case_qid": .other]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("fortran") {
            $0.functionTypes = ["function", "subroutine", "module_procedure"]
            $0.classTypes = ["derived_type_definition"]
            $0.stringTypes = ["string_literal"]
            $0.kinds = ["call_expression": .call, "subroutine_call": .call, "if_statement": .branch, "elseif_clause": .branch,
                        "else_clause": .elseClause, "do_loop_statement": .loop, "do_label_statement": .loop, "while_statement": .loop,
                        "select_case_statement": .switchLike, "case_statement": .caseClause, "assignment_statement": .assignment,
                        "relational_expression": .binaryOperator, "logical_expression": .binaryOperator, "math_expression": .binaryOperator,
                        "unary_expression": .unaryOperator, "variable_declaration": .assignment, "use_statement": .importLike,
                        "number_literal": .numberLiteral, "boolean_literal": .booleanLiteral, "keyword_statement": .jump,
                        "stop_statement": .throwLike, "name": .identifier, "array_literal": .collection, "parameters": .parameterList]
            $0.exportRule = .keywords(publicWords: ["public"], privateWords: ["private"], publicByDefault: true)
        },
        upgrade("pascal") {
            $0.functionTypes = ["defProc"]
            $0.lambdaTypes = ["lambda"]
            $0.stringTypes = ["literalString", "literalChar"]
            $0.kinds = ["exprCall": .call, "exprSubscript": .subscript, "exprDot": .member, "genericDot": .member,
                        "ifElse": .branch, "if": .branch, "for": .loop, "foreach": .loop, "while": .loop, "repeat": .loop,
                        "case": .switchLike, "caseCase": .caseClause, "assignment": .assignment, "exprBinary": .binaryOperator,
                        "exprUnary": .unaryOperator, "literalNumber": .numberLiteral, "block": .block, "raise": .throwLike,
                        "try": .tryLike, "declArgs": .parameterList, "declArg": .parameter, "declUses": .importLike,
                        "kTrue": .booleanLiteral, "kFalse": .booleanLiteral, "kNil": .nullLiteral, "exprBrackets": .collection]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("sql") {
            $0.statementTypes = ["statement"]
            $0.stringTypes = ["literal"]
            $0.kinds = ["invocation": .call, "binary_expression": .binaryOperator, "unary_expression": .unaryOperator,
                        "where": .branch, "case": .switchLike, "when_clause": .caseClause, "subquery": .block,
                        "list": .collection, "assignment": .assignment, "object_reference": .other, "field": .other]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("clojure") {
            $0.listTypes = ["list_lit"]
            $0.functionHeads = ["defn", "defn-", "defmacro", "defmethod"]
            $0.lambdaTypes = ["anon_fn_lit"]
            $0.stringTypes = ["str_lit", "char_lit", "regex_lit"]
            $0.kinds = ["list_lit": .call, "vec_lit": .collection, "map_lit": .collection, "set_lit": .collection,
                        "num_lit": .numberLiteral, "nil_lit": .nullLiteral, "bool_lit": .booleanLiteral,
                        "sym_name": .identifier, "kwd_name": .identifier]
            $0.exportRule = .keywords(publicWords: [], privateWords: ["defn-"], publicByDefault: true)
        },
        upgrade("commonlisp") {
            $0.functionTypes = ["defun"]
            $0.unitWrappers = ["list_lit"]
            $0.stringTypes = ["str_lit", "char_lit"]
            $0.kinds = ["list_lit": .call, "vec_lit": .collection, "num_lit": .numberLiteral, "nil_lit": .nullLiteral,
                        "sym_lit": .identifier, "kwd_lit": .identifier, "loop_macro": .loop, "defun_header": .other,
                        "defun_keyword": .other]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("scheme") {
            $0.listTypes = ["list"]
            $0.functionHeads = ["define", "define-syntax", "define-record-type"]
            $0.stringTypes = ["string", "character"]
            $0.kinds = ["list": .call, "vector": .collection, "number": .numberLiteral, "boolean": .booleanLiteral, "symbol": .identifier]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("racket") {
            $0.listTypes = ["list"]
            $0.functionHeads = ["define", "define-syntax", "define/contract"]
            $0.stringTypes = ["string", "char"]
            $0.kinds = ["list": .call, "vector": .collection, "number": .numberLiteral, "boolean": .booleanLiteral, "symbol": .identifier]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        derived("cuda", from: "cpp") { $0.kinds["kernel_call_syntax"] = .call },
        derived("arduino", from: "cpp"),
        derived("glsl", from: "c"),
        derived("hlsl", from: "cpp"),
        derived("starlark", from: "python"),
        derived("luau", from: "lua"),
        upgrade("apex") {
            $0.functionTypes = ["method_declaration", "constructor_declaration"]
            $0.classTypes = ["class_declaration", "interface_declaration", "enum_declaration", "trigger_declaration"]
            $0.lambdaTypes = []
            $0.stringTypes = ["string_literal"]
            $0.kinds = ["method_invocation": .call, "object_creation_expression": .call, "field_access": .member,
                        "local_variable_declaration": .assignment, "field_declaration": .assignment, "array_initializer": .collection,
                        "enhanced_for_statement": .loop, "null_literal": .nullLiteral, "boolean": .booleanLiteral,
                        "int": .numberLiteral, "decimal_floating_point_literal": .numberLiteral, "array_access": .subscript,
                        "switch_expression": .switchLike, "line_comment": .comment, "block_comment": .comment]
            $0.exportRule = .keywords(publicWords: ["public", "global"], privateWords: ["private", "protected"], publicByDefault: false)
        },
        upgrade("gdscript") {
            $0.functionTypes = ["function_definition", "constructor_definition"]
            $0.classTypes = ["class_definition"]
            $0.lambdaTypes = ["lambda"]
            $0.stringTypes = ["string", "string_name", "node_path"]
            $0.kinds = ["call": .call, "attribute_call": .call, "base_call": .call, "attribute": .member, "elif_clause": .branch,
                        "match_statement": .switchLike, "pattern_section": .caseClause, "variable_statement": .assignment,
                        "const_statement": .assignment, "array": .collection, "dictionary": .collection, "body": .block,
                        "integer": .numberLiteral, "float": .numberLiteral, "null": .nullLiteral, "true": .booleanLiteral,
                        "false": .booleanLiteral, "subscript": .subscript, "pass_statement": .other]
            $0.exportRule = .noLeadingUnderscore
            $0.receiverNames = ["self"]
        },
        upgrade("matlab") {
            $0.functionTypes = ["function_definition"]
            $0.classTypes = ["class_definition"]
            $0.lambdaTypes = ["lambda"]
            $0.stringTypes = ["string"]
            $0.kinds = ["function_call": .call, "elseif_clause": .branch, "else_clause": .elseClause, "switch_statement": .switchLike,
                        "case_clause": .caseClause, "otherwise_clause": .caseClause, "assignment": .assignment,
                        "matrix": .collection, "cell": .collection, "field_expression": .member, "block": .block,
                        "function_arguments": .parameterList, "number": .numberLiteral, "boolean": .booleanLiteral,
                        "comparison_operator": .binaryOperator, "boolean_operator": .binaryOperator, "not_operator": .unaryOperator,
                        "try_statement": .tryLike, "catch_clause": .catchClause, "break_statement": .jump, "continue_statement": .jump]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("vue") { $0.embedsScripts = true },
        upgrade("astro") { $0.embedsScripts = true; $0.hasScriptFrontmatter = true },
        upgrade("svelte") { $0.embedsScripts = true },
        upgrade("gleam") {
            $0.functionTypes = ["function"]
            $0.lambdaTypes = ["anonymous_function"]
            $0.stringTypes = ["string"]
            $0.kinds = ["function_call": .call, "case": .switchLike, "case_clause": .caseClause, "let": .assignment,
                        "tuple": .collection, "list": .collection, "record": .call, "field_access": .member,
                        "integer": .numberLiteral, "float": .numberLiteral, "import": .importLike, "function_body": .block]
            $0.exportRule = .keywords(publicWords: ["pub"], privateWords: [], publicByDefault: false)
        },
        upgrade("odin") {
            $0.functionTypes = ["procedure_declaration"]
            $0.classTypes = ["struct_declaration"]
            $0.lambdaTypes = []
            $0.stringTypes = ["string", "character"]
            $0.kinds = ["else_if_clause": .branch, "else_clause": .elseClause, "variable_declaration": .assignment,
                        "const_declaration": .assignment, "number": .numberLiteral, "import_declaration": .importLike,
                        "switch_statement": .switchLike, "switch_case": .caseClause, "procedure": .other]
            $0.exportRule = .keywords(publicWords: [], privateWords: ["private"], publicByDefault: true)
        },
        upgrade("ada") {
            $0.functionTypes = ["subprogram_body"]
            $0.classTypes = ["package_body"]
            $0.stringTypes = ["string_literal", "character_literal"]
            $0.kinds = ["function_call": .call, "procedure_call_statement": .call, "loop_statement": .loop,
                        "simple_return_statement": .returnStatement, "extended_return_statement": .returnStatement,
                        "elsif_statement_item": .branch, "case_statement": .switchLike, "case_statement_alternative": .caseClause,
                        "object_declaration": .assignment, "numeric_literal": .numberLiteral, "with_clause": .importLike,
                        "use_clause": .importLike, "raise_statement": .throwLike, "formal_part": .parameterList,
                        "parameter_specification": .parameter, "handled_sequence_of_statements": .block]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("v") {
            $0.functionTypes = ["function_declaration"]
            $0.lambdaTypes = ["function_literal"]
            $0.stringTypes = ["interpreted_string_literal", "raw_string_literal", "c_string_literal", "rune_literal"]
            $0.kinds = ["array_creation": .collection, "type_initializer": .call, "const_declaration": .assignment,
                        "match_expression": .switchLike, "match_arm": .caseClause, "int_literal": .numberLiteral,
                        "float_literal": .numberLiteral, "module_clause": .other]
            $0.exportRule = .keywords(publicWords: ["pub"], privateWords: [], publicByDefault: false)
        },
        upgrade("hack") {
            $0.functionTypes = ["function_declaration", "method_declaration"]
            $0.classTypes = ["class_declaration", "interface_declaration", "trait_declaration"]
            $0.lambdaTypes = ["lambda_expression", "anonymous_function_expression"]
            $0.stringTypes = ["string", "prefixed_string", "heredoc"]
            $0.kinds = ["selection_expression": .member, "collection": .collection, "new_expression": .call,
                        "integer": .numberLiteral, "float": .numberLiteral, "null": .nullLiteral, "true": .booleanLiteral,
                        "false": .booleanLiteral, "variable": .identifier, "const_declaration": .assignment]
            $0.exportRule = .keywords(publicWords: ["public"], privateWords: ["private", "protected"], publicByDefault: true)
        },
        upgrade("tcl") {
            $0.functionTypes = ["procedure"]
            $0.stringTypes = ["quoted_word"]
            $0.kinds = ["command": .call, "conditional": .branch, "elseif": .branch, "else": .elseClause, "while": .loop,
                        "foreach": .loop, "set": .assignment, "binop_expr": .binaryOperator, "unary_expr": .unaryOperator,
                        "braced_word": .block, "id": .identifier, "command_substitution": .other, "variable_substitution": .other,
                        "arguments": .parameterList, "argument": .parameter, "try": .tryLike, "catch": .catchClause]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("fish") {
            $0.functionTypes = ["function_definition"]
            $0.stringTypes = ["double_quote_string", "single_quote_string"]
            $0.kinds = ["command": .call, "else_if_clause": .branch, "variable_expansion": .other, "variable_name": .identifier,
                        "command_substitution": .other, "integer": .numberLiteral, "float": .numberLiteral,
                        "return": .returnStatement, "break": .jump, "continue": .jump]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("elisp") {
            $0.functionTypes = ["function_definition", "macro_definition"]
            $0.stringTypes = ["string", "char"]
            $0.kinds = ["list": .call, "special_form": .call, "quote": .other, "vector": .collection, "symbol": .identifier,
                        "integer": .numberLiteral, "float": .numberLiteral]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("actionscript") {
            $0.functionTypes = ["function_declaration", "method_declaration"]
            $0.classTypes = ["class_declaration", "interface_declaration"]
            $0.lambdaTypes = ["anonymous_function"]
            $0.stringTypes = ["string", "regex"]
            $0.kinds = ["new_expression": .call, "variable_declaration": .assignment, "constant_declaration": .assignment,
                        "object": .collection, "number": .numberLiteral, "package_declaration": .other]
            $0.exportRule = .keywords(publicWords: ["public"], privateWords: ["private", "protected", "internal"], publicByDefault: false)
        },
        upgrade("squirrel") {
            $0.functionTypes = ["function_declaration"]
            $0.classTypes = ["class_declaration"]
            $0.lambdaTypes = ["anonymous_function", "lambda_expression"]
            $0.stringTypes = ["string", "verbatim_string", "char"]
            $0.kinds = ["else_statement": .elseClause, "local_declaration": .assignment, "const_declaration": .assignment,
                        "member_declaration": .other, "table": .collection, "deref_expression": .member, "call_args": .argumentList,
                        "integer": .numberLiteral, "float": .numberLiteral, "null": .nullLiteral]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("verilog") {
            $0.functionTypes = ["function_declaration", "task_declaration", "always_construct", "class_method",
                                "class_constructor_declaration"]
            $0.classTypes = ["module_declaration", "class_declaration", "interface_declaration", "package_declaration"]
            $0.stringTypes = ["string_literal", "quoted_string"]
            $0.kinds = ["conditional_statement": .branch, "loop_statement": .loop, "case_statement": .switchLike,
                        "case_item": .caseClause, "blocking_assignment": .assignment, "nonblocking_assignment": .assignment,
                        "continuous_assign": .assignment, "tf_call": .call, "system_tf_call": .call, "function_subroutine_call": .call,
                        "seq_block": .block, "jump_statement": .returnStatement, "integral_number": .numberLiteral,
                        "unsigned_number": .numberLiteral, "binary_number": .numberLiteral, "decimal_number": .numberLiteral]
            $0.exportRule = .keywords(publicWords: [], privateWords: ["local", "protected"], publicByDefault: true)
        },
        upgrade("vhdl") {
            $0.functionTypes = ["function_body", "procedure_body", "process_statement"]
            $0.classTypes = ["architecture_body", "entity_declaration", "package_body"]
            $0.stringTypes = ["string_literal", "character_literal", "bit_string_literal"]
            $0.kinds = ["if_statement": .branch, "elsif": .branch, "loop_statement": .loop, "case_statement": .switchLike,
                        "case_statement_alternative": .caseClause, "simple_signal_assignment": .assignment,
                        "simple_variable_assignment": .assignment, "function_call": .call, "procedure_call_statement": .call,
                        "return_statement": .returnStatement, "assertion_statement": .throwLike, "use_clause": .importLike,
                        "library_clause": .importLike, "relational_expression": .binaryOperator, "logical_expression": .binaryOperator,
                        "simple_expression": .binaryOperator, "integer_decimal": .numberLiteral, "real_decimal": .numberLiteral,
                        "sequence_of_statements": .block, "function_parameter_clause": .parameterList]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("fennel") {
            $0.functionTypes = ["fn", "lambda"]
            $0.stringTypes = ["string"]
            $0.kinds = ["list": .call, "table": .collection, "sequential_table": .collection, "let": .block, "local": .assignment,
                        "var": .assignment, "set": .assignment, "number": .numberLiteral, "boolean": .booleanLiteral, "nil": .nullLiteral,
                        "symbol": .identifier, "multi_symbol": .member, "multi_symbol_method": .member]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("cairo") {
            $0.functionTypes = ["function_definition"]
            $0.classTypes = ["struct_definition", "namespace_definition", "impl_definition", "trait_definition"]
            $0.stringTypes = ["string", "short_string"]
            $0.kinds = ["call_expression": .call, "let_statement": .assignment, "loop_expression": .loop,
                        "if_expression": .branch, "match_expression": .switchLike, "member_expression": .member,
                        "struct_expression": .collection, "array_expression": .collection, "use_declaration": .importLike,
                        "number": .numberLiteral, "const_definition": .assignment]
            $0.exportRule = .keywords(publicWords: ["pub"], privateWords: [], publicByDefault: true)
        },
        upgrade("purescript") {
            $0.functionTypes = ["function"]
            $0.classTypes = ["class_declaration", "class_instance"]
            $0.lambdaTypes = ["exp_lambda"]
            $0.stringTypes = ["string", "triple_quote_string", "char"]
            $0.kinds = ["exp_apply": .call, "exp_if": .branch, "exp_case": .switchLike, "alt": .caseClause, "exp_let": .block,
                        "exp_record_access": .member, "exp_array": .collection, "record_literal": .collection, "exp_infix": .binaryOperator,
                        "integer": .numberLiteral, "number": .numberLiteral, "import": .importLike, "variable": .identifier]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        derived("ispc", from: "c") { $0.kinds["foreach_statement"] = .loop },
        derived("nqc", from: "c") {
            $0.functionTypes.formUnion(["task_definition", "subroutine_definition"])
        },
        derived("qmljs", from: "typescript") {
            $0.classTypes.formUnion(["ui_object_definition"])
            $0.kinds["ui_binding"] = .assignment
            $0.kinds["ui_property"] = .assignment
            $0.kinds["ui_import"] = .importLike
        },
        upgrade("wgsl") {
            $0.functionTypes = ["function_declaration"]
            $0.stringTypes = []
            $0.kinds = ["type_constructor_or_function_call_expression": .call, "if_statement": .branch, "else_if_clause": .branch,
                        "for_statement": .loop, "loop_statement": .loop, "while_statement": .loop, "compound_statement": .block,
                        "variable_statement": .assignment, "global_constant_declaration": .assignment,
                        "global_variable_declaration": .assignment, "assignment_statement": .assignment,
                        "composite_value_decomposition_expression": .member, "int_literal": .numberLiteral,
                        "float_literal": .numberLiteral, "bool_literal": .booleanLiteral, "parameter_list": .parameterList]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("vim") {
            $0.functionTypes = ["function_definition"]
            $0.lambdaTypes = ["lambda_expression"]
            $0.stringTypes = ["string_literal"]
            $0.kinds = ["call_expression": .call, "call_statement": .call, "if_statement": .branch, "elseif_statement": .branch,
                        "else_statement": .elseClause, "for_loop": .loop, "while_loop": .loop, "let_statement": .assignment,
                        "return_statement": .returnStatement, "throw_statement": .throwLike, "try_statement": .tryLike,
                        "list": .collection, "dictionnary": .collection, "integer_literal": .numberLiteral,
                        "float_literal": .numberLiteral, "scoped_identifier": .identifier, "argument": .identifier]
            $0.exportRule = .keywords(publicWords: [], privateWords: ["s:"], publicByDefault: true)
        },
        upgrade("hare") {
            $0.functionTypes = ["function_declaration"]
            $0.stringTypes = ["string", "raw_string", "rune_literal"]
            $0.kinds = ["call_expression": .call, "if_expression": .branch, "for_expression": .loop, "match_expression": .switchLike,
                        "match_case": .caseClause, "switch_expression": .switchLike, "let_declaration": .assignment,
                        "const_declaration": .assignment, "assignment": .assignment, "member_access_expression": .member,
                        "indexing_expression": .subscript, "compound_expression": .block, "integer_literal": .numberLiteral,
                        "floating_literal": .numberLiteral, "use_directive": .importLike, "yield_expression": .yieldLike,
                        "return_statement": .returnStatement]
            $0.exportRule = .keywords(publicWords: ["export"], privateWords: [], publicByDefault: false)
        },
        upgrade("cmake") {
            $0.functionTypes = ["function_def", "macro_def"]
            $0.stringTypes = ["quoted_argument", "bracket_argument"]
            // Every command is generic (`set(...)`, `add_library(...)`); a function is named by its first argument.
            $0.nameTypes = ["unquoted_argument"]
            $0.kinds = ["normal_command": .call, "if_condition": .branch, "elseif_command": .branch, "else_command": .elseClause,
                        "foreach_loop": .loop, "while_loop": .loop, "body": .block,
                        "variable_ref": .other, "function_command": .other, "macro_command": .other]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("puppet") {
            $0.functionTypes = ["defined_resource_type", "function_declaration"]
            $0.classTypes = ["class_definition", "node_definition"]
            $0.lambdaTypes = ["lambda"]
            $0.stringTypes = ["string"]
            $0.kinds = ["resource_declaration": .call, "function_call": .call, "if_statement": .branch, "elsif_statement": .branch,
                        "else_statement": .elseClause, "case_statement": .switchLike, "attribute": .assignment,
                        "assignment": .assignment, "hash": .collection, "array": .collection, "number": .numberLiteral,
                        "undef": .nullLiteral, "true": .booleanLiteral, "false": .booleanLiteral, "variable": .other]
            $0.exportRule = .keywords(publicWords: [], privateWords: [], publicByDefault: true)
        },
        upgrade("pony") {
            $0.functionTypes = ["method", "behavior", "constructor"]
            $0.classTypes = ["class_definition", "actor_definition", "primitive_definition", "trait_definition",
                             "interface_definition", "struct_definition"]
            $0.lambdaTypes = ["lambda_expression"]
            $0.stringTypes = ["string", "character"]
            $0.kinds = ["if_block": .other, "elseif_block": .branch, "else_block": .elseClause, "match_statement": .switchLike,
                        "variable_declaration": .assignment, "assignment_expression": .assignment, "field": .assignment,
                        "member_expression": .member, "array_literal": .collection, "tuple_expression": .collection,
                        "number": .numberLiteral, "use_statement": .importLike, "error_statement": .throwLike,
                        "try_statement": .tryLike]
            $0.exportRule = .noLeadingUnderscore
        },
        // Groovy's grammar is dekobon-tree-sitter-groovy, not the pack's (scripts/setup-grammars.sh): Java's node names
        // for Java's constructs, so that a Java class ported to Groovy keeps its canonical stream. Its sdist ships no
        // node-types.json, so leaves are classified by the shared name rules, not by metadata.
        upgrade("groovy") {
            $0.usesGrammarMetadata = false
            $0.functionTypes = ["method_declaration", "constructor_declaration"]
            $0.classTypes = ["class_declaration", "interface_declaration", "enum_declaration", "record_declaration",
                             "trait_declaration", "annotation_type_declaration"]
            $0.lambdaTypes = ["closure"]
            $0.stringTypes = ["string_literal"]
            $0.kinds = ["method_invocation": .call, "object_creation_expression": .call, "command_chain": .call,
                        "field_access": .member, "safe_navigation_expression": .member, "safe_chain_dot_expression": .member,
                        "spread_dot_expression": .member, "direct_field_access_expression": .member,
                        "local_variable_declaration": .assignment, "field_declaration": .assignment,
                        "multi_assignment_declaration": .assignment, "list_literal": .collection, "map_literal": .collection,
                        "switch_expression": .switchLike, "switch_block": .block, "switch_case": .caseClause,
                        "switch_default": .caseClause, "switch_arrow_case": .caseClause, "elvis_expression": .branch,
                        "null_literal": .nullLiteral, "boolean_literal": .booleanLiteral, "true": .booleanLiteral,
                        "false": .booleanLiteral, "line_comment": .comment, "block_comment": .comment,
                        "groovydoc_comment": .comment, "shebang": .comment, "for_in_statement": .loop]
            $0.exportRule = .keywords(publicWords: ["public"], privateWords: ["private", "protected"], publicByDefault: true)
        },
    ]
}
