// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
const MAX_TOKENS = 1024;

class Tokenizer {
    line = 1;

    function classify(c) {
        if (c == "+" || c == "-" || c == "*" || c == "/") {
            return "operator";
        } else if (c >= "0" && c <= "9") {
            return "number";
        } else if (c == " ") {
            return "space";
        }
        return "invalid";
    }

    function tokenize(text) {
        local tokens = [];
        for (local i = 0; i < text.len(); i++) {
            local kind = classify(text.slice(i, i + 1));
            if (kind == "invalid") {
                throw "invalid token at line %d";
            }
            if (kind != "space" && tokens.len() < MAX_TOKENS) {
                tokens.append(kind);
            }
        }
        return tokens;
    }
}
