// JMESPath exception hierarchy.
#pragma once
#include <optional>
#include <stdexcept>
#include <string>

namespace jmes {

struct JMESPathError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

struct EmptyExpressionError : JMESPathError {
    EmptyExpressionError() : JMESPathError("Invalid JMESPath expression: cannot be empty.") {}
};

struct UnknownFunctionError : JMESPathError {
    using JMESPathError::JMESPathError;
};

class ParseError : public JMESPathError {
  public:
    ParseError(long lex_position, std::string token_value, std::string token_type,
               std::string msg = "Invalid jmespath expression");
    long lex_position;
    std::string token_value;
    std::string token_type;  // upper-cased
    std::string msg;
    std::optional<std::string> expression;
    virtual std::string text() const;
    const char* what() const noexcept override;

  protected:
    mutable std::string rendered_;
    std::string caret() const { return std::string(lex_position + 1, ' ') + "^"; }
};

class IncompleteExpressionError : public ParseError {
  public:
    using ParseError::ParseError;
    void set_expression(const std::string& expr);
    std::string text() const override;
};

class LexerError : public ParseError {
  public:
    LexerError(long lexer_position, std::string lexer_value, std::string message,
               std::optional<std::string> expression = std::nullopt);
    long lexer_position;
    std::string lexer_value;
    std::string message;
    std::string text() const override;
};

class ArityError : public ParseError {
  public:
    ArityError(long expected, long actual, std::string name);
    long expected_arity, actual_arity;
    std::string function_name;
    std::string text() const override;

  protected:
    virtual const char* lead() const { return "Expected"; }
};

class VariadictArityError : public ArityError {
  public:
    using ArityError::ArityError;

  protected:
    const char* lead() const override { return "Expected at least"; }
};

class JMESPathTypeError : public JMESPathError {
  public:
    JMESPathTypeError(std::string function_name, std::string current_value, std::string actual_type,
                      std::string expected_types);
    std::string function_name, current_value, actual_type, expected_types;
};

}  // namespace jmes
