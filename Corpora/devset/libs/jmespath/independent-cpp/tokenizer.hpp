// The JMESPath lexer: expression text -> tokens.
#pragma once
#include <string>
#include <vector>

#include "errors.hpp"
#include "jvalue.hpp"

namespace jmes {

struct Token {
    std::string type;
    JValue value;
    long start;
    long end;
};

class Lexer {
  public:
    std::vector<Token> tokenize(const std::string& expression) const;
};

}  // namespace jmes
