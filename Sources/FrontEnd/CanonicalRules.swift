/// Generic rules mapping grammar node types onto `CanonicalKind`, shared by every language
/// (most tree-sitter grammars use the same naming conventions). A language's explicit
/// `LanguageSpec.kinds` entry wins over these. Ordered: the first matching rule applies.
enum CanonicalRules {
    enum Match { case exact(String), prefix(String), suffix(String), contains(String) }

    static let rules: [(Match, CanonicalKind)] = [
        (.exact("ERROR"), .error),
        (.contains("comment"), .comment),
        (.suffix("identifier"), .identifier),
        (.exact("identifier"), .identifier),
        (.exact("self"), .identifier), (.exact("this"), .identifier),
        (.exact("true"), .booleanLiteral), (.exact("false"), .booleanLiteral),
        (.exact("none"), .nullLiteral), (.exact("nil"), .nullLiteral), (.exact("null"), .nullLiteral),
        (.exact("integer"), .numberLiteral), (.exact("float"), .numberLiteral), (.exact("number"), .numberLiteral),
        (.suffix("integer_literal"), .numberLiteral), (.suffix("float_literal"), .numberLiteral),
        (.suffix("number_literal"), .numberLiteral), (.exact("int_literal"), .numberLiteral),
        (.exact("imaginary_literal"), .numberLiteral), (.suffix("floating_point_literal"), .numberLiteral),
        (.exact("arguments"), .argumentList), (.exact("argument_list"), .argumentList),
        // C++'s `a[i]` holds its index in a `subscript_argument_list`: an argument list, not a second subscript.
        (.exact("subscript_argument_list"), .argumentList),
        (.exact("module"), .module), (.exact("source_file"), .module), (.exact("program"), .module),
        (.exact("translation_unit"), .module), (.exact("compilation_unit"), .module),
        (.suffix("parameters"), .parameterList), (.exact("parameter_list"), .parameterList),
        (.exact("formal_parameters"), .parameterList),
        (.suffix("parameter"), .parameter), (.exact("parameter_declaration"), .parameter),
        (.contains("invocation"), .call), (.exact("call"), .call), (.suffix("call_expression"), .call),
        (.prefix("for_"), .loop), (.prefix("while_"), .loop), (.prefix("loop_"), .loop), (.exact("do_statement"), .loop),
        (.prefix("foreach"), .loop),
        (.prefix("if_"), .branch), (.exact("elif_clause"), .branch), (.exact("elseif_clause"), .branch),
        (.exact("elseif_statement"), .branch), (.exact("else_if_clause"), .branch), (.exact("elsif"), .branch), (.exact("conditional_expression"), .branch),
        (.exact("ternary_expression"), .branch), (.exact("else_clause"), .elseClause), (.exact("else"), .elseClause),
        (.contains("switch"), .switchLike), (.exact("match_statement"), .switchLike), (.exact("case_clause"), .caseClause),
        (.exact("case_statement"), .caseClause), (.exact("switch_case"), .caseClause), (.exact("default_clause"), .caseClause),
        (.prefix("return"), .returnStatement),
        (.contains("assignment"), .assignment), (.exact("short_var_declaration"), .assignment),
        (.exact("variable_declarator"), .other), (.exact("lexical_declaration"), .assignment),
        (.prefix("binary"), .binaryOperator), (.contains("comparison"), .binaryOperator),
        (.exact("boolean_operator"), .binaryOperator),
        (.prefix("unary"), .unaryOperator), (.exact("not_operator"), .unaryOperator), (.exact("update_expression"), .unaryOperator),
        (.exact("inc_statement"), .unaryOperator), (.exact("dec_statement"), .unaryOperator),
        (.prefix("import"), .importLike), (.prefix("use_"), .importLike), (.contains("include"), .importLike),
        (.prefix("try"), .tryLike), (.contains("catch"), .catchClause), (.exact("except_clause"), .catchClause),
        (.exact("finally_clause"), .catchClause),
        (.prefix("throw"), .throwLike), (.prefix("raise"), .throwLike),
        (.prefix("break"), .jump), (.prefix("continue"), .jump),
        (.contains("subscript"), .subscript), (.exact("index_expression"), .subscript), (.contains("element_access"), .subscript),
        (.exact("array_access"), .subscript),
        (.exact("attribute"), .member), (.exact("member_expression"), .member), (.exact("selector_expression"), .member),
        (.exact("field_expression"), .member),
        (.exact("block"), .block), (.exact("statement_block"), .block), (.exact("compound_statement"), .block),
        (.exact("function_body"), .block), (.exact("constructor_body"), .block),
        (.prefix("yield"), .yieldLike), (.prefix("await"), .awaitLike),
        (.suffix("string_literal"), .stringLiteral), (.exact("string"), .stringLiteral),
        (.suffix("array"), .collection), (.exact("list"), .collection), (.exact("dictionary"), .collection),
    ]

    /// The canonical kind of `type` in `spec`.
    static func kind(of type: String, in spec: LanguageSpec) -> CanonicalKind {
        if let explicit = spec.kinds[type] { return explicit }
        if spec.functionTypes.contains(type) { return .function }
        if spec.classTypes.contains(type) { return .classLike }
        if spec.lambdaTypes.contains(type) { return .lambda }
        if spec.stringTypes.contains(type) { return .stringLiteral }
        for (match, kind) in rules {
            switch match {
            case .exact(let s): if type == s { return kind }
            case .prefix(let s): if type.hasPrefix(s) { return kind }
            case .suffix(let s): if type.hasSuffix(s) { return kind }
            case .contains(let s): if type.contains(s) { return kind }
            }
        }
        return .other
    }
}
