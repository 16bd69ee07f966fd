#include "exceptions.hpp"

#include <cctype>

namespace jmespath {

static std::string upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

ParseError::ParseError(long lex_position, std::string token_value, std::string token_type, std::string msg)
    : JMESPathError(msg),
      lex_position(lex_position),
      token_value(std::move(token_value)),
      token_type(upper(std::move(token_type))),
      msg(std::move(msg)) {}

std::string ParseError::str() const {
    // lex_position + 1 to account for the starting double quote char.
    std::string underline = std::string(lex_position + 1, ' ') + "^";
    return msg + ": Parse error at column " + std::to_string(lex_position) + ", token \"" + token_value + "\" (" +
           token_type + "), for expression:\n\"" + expression + "\"\n" + underline;
}

void IncompleteExpressionError::set_expression(const std::string& expr) {
    expression = expr;
    lex_position = static_cast<long>(expr.size());
    token_type = "None";
    token_value = "None";
}

std::string IncompleteExpressionError::str() const {
    // lex_position + 1 to account for the starting double quote char.
    std::string underline = std::string(lex_position + 1, ' ') + "^";
    return "Invalid jmespath expression: Incomplete expression:\n\"" + expression + "\"\n" + underline;
}

LexerError::LexerError(long lexer_position, std::string lexer_value, std::string message, std::string expression)
    : ParseError(lexer_position, lexer_value, message),
      lexer_position(lexer_position),
      lexer_value(lexer_value),
      message(message) {
    // Whatever catches LexerError can set this.
    this->expression = std::move(expression);
}

std::string LexerError::str() const {
    std::string underline = std::string(lexer_position, ' ') + "^";
    return "Bad jmespath expression: " + message + ":\n" + expression + "\n" + underline;
}

ArityError::ArityError(long expected, long actual, std::string name)
    : ParseError(0, "", ""), expected_arity(expected), actual_arity(actual), function_name(std::move(name)) {}

std::string ArityError::pluralize(const std::string& word, long count) {
    if (count == 1) return word;
    return word + "s";
}

std::string ArityError::str() const {
    return "Expected " + std::to_string(expected_arity) + " " + pluralize("argument", expected_arity) +
           " for function " + function_name + "(), received " + std::to_string(actual_arity);
}

std::string VariadictArityError::str() const {
    return "Expected at least " + std::to_string(expected_arity) + " " + pluralize("argument", expected_arity) +
           " for function " + function_name + "(), received " + std::to_string(actual_arity);
}

JMESPathTypeError::JMESPathTypeError(std::string function_name, std::string current_value, std::string actual_type,
                                     std::string expected_types)
    : JMESPathError(function_name),
      function_name(std::move(function_name)),
      current_value(std::move(current_value)),
      actual_type(std::move(actual_type)),
      expected_types(std::move(expected_types)) {}

std::string JMESPathTypeError::str() const {
    return "In function " + function_name + "(), invalid type for value: " + current_value +
           ", expected one of: " + expected_types + ", received: \"" + actual_type + "\"";
}

}  // namespace jmespath
