// A tiny arithmetic tokenizer item, written for the clonescan conformance suite.
import QtQuick 2.15

Item {
    id: tokenizer
    property int maxTokens: 1024

    function classify(c) {
        if ("+-*/".indexOf(c) >= 0) {
            return "operator";
        } else if (c >= "0" && c <= "9") {
            return "number";
        }
        return "invalid";
    }

    function tokenize(text) {
        var tokens = [];
        for (var i = 0; i < text.length; i++) {
            var kind = classify(text[i]);
            if (kind === "invalid") {
                console.warn("invalid token at line %d");
                return tokens;
            }
            if (tokens.length < maxTokens) {
                tokens.push({ kind: kind, value: i });
            }
        }
        return tokens;
    }
}
