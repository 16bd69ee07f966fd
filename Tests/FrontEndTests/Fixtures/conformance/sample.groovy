// A tiny arithmetic tokenizer, written for the clonescan conformance suite.
package tokenizer

class Tokenizer {
    static final int MAX_TOKENS = 1024
    String text
    int line = 1

    String classify(String c) {
        if (c in ['+', '-', '*', '/']) {
            return 'operator'
        } else if (c.isNumber()) {
            return 'number'
        } else if (c == ' ') {
            return 'space'
        }
        return 'invalid'
    }

    List tokenize() {
        def tokens = []
        for (int i = 0; i < text.length(); i++) {
            def kind = classify(text[i])
            if (kind == 'invalid') {
                throw new IllegalArgumentException("invalid token at line %d")
            }
            if (kind != 'space') {
                tokens << [kind: kind, value: i]
            }
        }
        while (tokens.size() > MAX_TOKENS) {
            tokens.removeLast()
        }
        return tokens
    }
}
