#include "errors.hpp"

#include <cctype>

namespace jmes {

static std::string upper(std::string s) {
    for (auto& c : s) c = (char)std::toupper((unsigned char)c);
    return s;
}

ParseError::ParseError(long pos, std::string value, std::string type, std::string message)
    : JMESPathError(message), lex_position(pos), token_value(std::move(value)), token_type(upper(std::move(type))),
      msg(std::move(message)) {}

std::string ParseError::text() const {
    return msg + ": Parse error at column " + std::to_string(lex_position) + ", token \"" + token_value + "\" (" +
           token_type + "), for expression:\n\"" + expression.value_or("None") + "\"\n" + caret();
}

const char* ParseError::what() const noexcept {
    rendered_ = text();
    return rendered_.c_str();
}

void IncompleteExpressionError::set_expression(const std::string& expr) {
    expression = expr;
    lex_position = (long)expr.size();
    token_type.clear();
    token_value.clear();
}

std::string IncompleteExpressionError::text() const {
    return "Invalid jmespath expression: Incomplete expression:\n\"" + expression.value_or("None") + "\"\n" + caret();
}

LexerError::LexerError(long pos, std::string value, std::string text_message, std::optional<std::string> expr)
    : ParseError(pos, value, text_message), lexer_position(pos), lexer_value(std::move(value)),
      message(std::move(text_message)) {
    expression = std::move(expr);
}

std::string LexerError::text() const {
    return "Bad jmespath expression: " + message + ":\n" + expression.value_or("None") + "\n" +
           std::string(lexer_position, ' ') + "^";
}

ArityError::ArityError(long expected, long actual, std::string name)
    : ParseError(0, "", ""), expected_arity(expected), actual_arity(actual), function_name(std::move(name)) {}

std::string ArityError::text() const {
    return std::string(lead()) + " " + std::to_string(expected_arity) + (expected_arity == 1 ? " argument" : " arguments") +
           " for function " + function_name + "(), received " + std::to_string(actual_arity);
}

JMESPathTypeError::JMESPathTypeError(std::string f, std::string v, std::string a, std::string e)
    : JMESPathError("In function " + f + "(), invalid type for value: " + v + ", expected one of: " + e +
                    ", received: \"" + a + "\""),
      function_name(std::move(f)), current_value(std::move(v)), actual_type(std::move(a)), expected_types(std::move(e)) {}

}  // namespace jmes
