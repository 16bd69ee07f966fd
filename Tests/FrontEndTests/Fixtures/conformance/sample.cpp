// Conformance sample: a tiny tokenizer for arithmetic expressions.
#include <cctype>
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace sample {

struct Token {
    std::string kind;
    std::string text;
    int line;
};

class Tokenizer {
public:
    explicit Tokenizer(std::string source) : source_(std::move(source)) {}

    std::size_t scanNumber(std::size_t start) const {
        std::size_t end = start;
        while (end < source_.size() && std::isdigit(static_cast<unsigned char>(source_[end]))) {
            ++end;
        }
        if (end < source_.size() && source_[end] == '.') {
            ++end;
            while (end < source_.size() && std::isdigit(static_cast<unsigned char>(source_[end]))) {
                ++end;
            }
        }
        return end;
    }

    std::vector<Token> tokenize(int line) const {
        std::vector<Token> tokens;
        std::size_t index = 0;
        while (index < source_.size()) {
            char ch = source_[index];
            if (std::isspace(static_cast<unsigned char>(ch))) {
                ++index;
            } else if (std::isdigit(static_cast<unsigned char>(ch))) {
                std::size_t end = scanNumber(index);
                tokens.push_back(Token{"number", source_.substr(index, end - index), line});
                index = end;
            } else if (std::string("+-*/").find(ch) != std::string::npos) {
                tokens.push_back(Token{"operator", std::string(1, ch), line});
                ++index;
            } else {
                char message[64];
                std::snprintf(message, sizeof message, "invalid token at line %d", line);
                throw std::runtime_error(message);
            }
        }
        return tokens;
    }

private:
    std::string source_;
};

}

int main(int argc, char **argv) {
    // Tokenize each argument and print one token per line.
    int total = 0;
    for (int i = 1; i < argc; ++i) {
        sample::Tokenizer tokenizer(argv[i]);
        for (const auto &token : tokenizer.tokenize(i)) {
            std::cout << token.kind << " '" << token.text << "' @" << token.line << "\n";
            total += 1;
        }
    }
    std::cout << "tokens: " << total << std::endl;
    return 0;
}
