#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "exceptions.hpp"
#include "json.hpp"

namespace jmespath {

struct Token {
    std::string type;
    JsonValue value;
    long start;
    long end;
};

class Lexer {
   public:
    static const std::set<char32_t> START_IDENTIFIER;
    static const std::set<char32_t> VALID_IDENTIFIER;
    static const std::set<char32_t> VALID_NUMBER;
    static const std::set<char32_t> WHITESPACE;
    static const std::map<char32_t, std::string> SIMPLE_TOKENS;

    // Expressions are UTF-8; positions count code points.
    std::vector<Token> tokenize(const std::string& expression);

   private:
    static constexpr char32_t NONE = 0xFFFFFFFF;  // end of input

    long position_ = 0;
    std::u32string expression_;
    std::u32string chars_;
    char32_t current_ = NONE;
    long length_ = 0;

    std::u32string consume_number();
    void initialize_for_expression(const std::string& expression);
    char32_t next();
    std::u32string consume_until(char32_t delimiter);
    Token consume_literal();
    Token consume_quoted_identifier();
    Token consume_raw_string_literal();
    Token match_or_else(char32_t expected, const std::string& match_type, const std::string& else_type);
};

}  // namespace jmespath
