// Check driver for the independent C++ jmespath lexer: JSON lines in, JSON lines out.
#include <iostream>
#include <string>

#include "tokenizer.hpp"

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    jmes::Lexer lexer;
    while (std::getline(std::cin, line)) {
        auto request = jmes::parse_json(line);
        const jmes::JValue* expr = request ? request->field("expr") : nullptr;
        std::string text = expr ? expr->str : "";
        try {
            std::string items;
            for (const auto& t : lexer.tokenize(text)) {
                if (!items.empty()) items += ", ";
                items += "{\"type\": " + jmes::dump_json(jmes::JValue::of_string(t.type)) + ", \"value\": " +
                         jmes::dump_json(t.value) + ", \"start\": " + std::to_string(t.start) +
                         ", \"end\": " + std::to_string(t.end) + "}";
            }
            std::cout << "{\"ok\": [" << items << "]}\n";
        } catch (const jmes::LexerError& e) {
            std::cout << "{\"err\": \"LexerError\", \"pos\": " << e.lexer_position
                      << ", \"value\": " << jmes::dump_json(jmes::JValue::of_string(e.lexer_value))
                      << ", \"msg\": " << jmes::dump_json(jmes::JValue::of_string(e.message)) << "}\n";
        } catch (const jmes::EmptyExpressionError& e) {
            std::cout << "{\"err\": \"EmptyExpressionError\", \"msg\": "
                      << jmes::dump_json(jmes::JValue::of_string(e.what())) << "}\n";
        }
    }
}
