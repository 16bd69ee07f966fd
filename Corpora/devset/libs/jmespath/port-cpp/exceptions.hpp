#pragma once

#include <stdexcept>
#include <string>

namespace jmespath {

class JMESPathError : public std::runtime_error {
   public:
    explicit JMESPathError(const std::string& what) : std::runtime_error(what) {}
};

class ParseError : public JMESPathError {
   public:
    static constexpr const char* ERROR_MESSAGE = "Invalid jmespath expression";

    ParseError(long lex_position, std::string token_value, std::string token_type,
               std::string msg = ERROR_MESSAGE);

    long lex_position;
    std::string token_value;
    std::string token_type;
    std::string msg;
    // Whatever catches the ParseError can fill in the full expression
    std::string expression = "None";

    virtual std::string str() const;
};

class IncompleteExpressionError : public ParseError {
   public:
    using ParseError::ParseError;
    void set_expression(const std::string& expression);
    std::string str() const override;
};

class LexerError : public ParseError {
   public:
    LexerError(long lexer_position, std::string lexer_value, std::string message,
               std::string expression = "None");

    long lexer_position;
    std::string lexer_value;
    std::string message;

    std::string str() const override;
};

class ArityError : public ParseError {
   public:
    ArityError(long expected, long actual, std::string name);

    long expected_arity;
    long actual_arity;
    std::string function_name;

    std::string str() const override;

   protected:
    static std::string pluralize(const std::string& word, long count);
};

class VariadictArityError : public ArityError {
   public:
    using ArityError::ArityError;
    std::string str() const override;
};

class JMESPathTypeError : public JMESPathError {
   public:
    JMESPathTypeError(std::string function_name, std::string current_value, std::string actual_type,
                      std::string expected_types);

    std::string function_name;
    std::string current_value;
    std::string actual_type;
    std::string expected_types;

    std::string str() const;
};

class EmptyExpressionError : public JMESPathError {
   public:
    EmptyExpressionError() : JMESPathError("Invalid JMESPath expression: cannot be empty.") {}
};

class UnknownFunctionError : public JMESPathError {
   public:
    using JMESPathError::JMESPathError;
};

}  // namespace jmespath
