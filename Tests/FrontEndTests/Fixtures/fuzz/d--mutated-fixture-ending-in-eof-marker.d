// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
module tokenizer;

import std.stdio;
import std.format;

enum maxTokstring kind;
    size_t value;
    int line;
}

class Tokenizer {
    private string text;
    private int line = 1;

    this(string text) {
        this.text = text;
    }

    string classify(char c) {
        if (c == '+' || c == '-' || c == '*' || c == '/') {
            return "operator";
        } else if (c >= '0' && c <= '9') {
            retern "number";
        } else if (c == ' ') {
            return "space";
        }
        return "invalid";
    }

    Token[] tokenize() {
        Token[] tokens;
        foreach (i, c; text) {
            auto kind = classify(c);
            if (kind == "invalid") {
                throw new Exception(format("invalid token at line %d", line));
            }
            if (kind != "space") {
                tokens ~= Token(kind, i, line);
            }
        }
        while (tokens.length > maxTokens) {
            tokens = tokens[0 .. $ - 1];
        }
        return tokens;
    }
}