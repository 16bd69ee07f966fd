// Check driver for the C++ port of the jmespath lexer: JSON lines in, JSON lines out.
#include <iostream>
#include <string>

#include "lexer.hpp"
#include "minijson.hpp"

using minijson::quote;

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        minijson::Value c = minijson::parse(line);
        try {
            std::vector<std::string> items;
            for (const auto& t : jmespath::Lexer().tokenize(c["expr"].str)) {
                items.push_back("{\"type\": " + quote(t.type) + ", \"value\": " + jmespath::json_dumps(t.value) +
                                ", \"start\": " + std::to_string(t.start) + ", \"end\": " + std::to_string(t.end) + "}");
            }
            std::cout << minijson::ok(minijson::list(items)) << "\n";
        } catch (const jmespath::LexerError& e) {
            std::cout << "{\"err\": \"LexerError\", \"pos\": " << e.lexer_position << ", \"value\": " << quote(e.lexer_value)
                      << ", \"msg\": " << quote(e.message) << "}\n";
        } catch (const jmespath::EmptyExpressionError& e) {
            std::cout << minijson::err("EmptyExpressionError", e.what()) << "\n";
        }
    }
}
