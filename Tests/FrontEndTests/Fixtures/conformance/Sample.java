// Conformance sample: a tiny tokenizer for arithmetic expressions.
package sample;

import java.util.ArrayList;
import java.util.List;

public class Sample {
    private static final String DIGITS = "0123456789";
    private static final String OPERATORS = "+-*/";

    public static final class Token {
        final String kind;
        final String text;
        final int line;

        Token(String kind, String text, int line) {
            this.kind = kind;
            this.text = text;
            this.line = line;
        }

        String describe() {
            String label = kind.toUpperCase();
            if (!text.isEmpty()) {
                label = label + " \"" + text + "\"";
            } else {
                label = label + " <empty>";
            }
            return label + " @" + line;
        }
    }

    static int scanNumber(String source, int start) {
        int end = start;
        while (end < source.length() && DIGITS.indexOf(source.charAt(end)) >= 0) {
            end++;
        }
        if (end < source.length() && source.charAt(end) == '.') {
            end++;
            while (end < source.length() && DIGITS.indexOf(source.charAt(end)) >= 0) {
                end++;
            }
        }
        return end;
    }

    static List<Token> tokenize(String source, int line) {
        List<Token> tokens = new ArrayList<>();
        int index = 0;
        while (index < source.length()) {
            char ch = source.charAt(index);
            if (Character.isWhitespace(ch)) {
                index++;
            } else if (DIGITS.indexOf(ch) >= 0) {
                int end = scanNumber(source, index);
                tokens.add(new Token("number", source.substring(index, end), line));
                index = end;
            } else if (OPERATORS.indexOf(ch) >= 0) {
                tokens.add(new Token("operator", String.valueOf(ch), line));
                index++;
            } else {
                throw new IllegalArgumentException(String.format("invalid token at line %d", line));
            }
        }
        return tokens;
    }

    public static void main(String[] args) {
        // Tokenize each argument and print one token per line.
        int total = 0;
        for (int i = 0; i < args.length; i++) {
            for (Token token : tokenize(args[i], i + 1)) {
                System.out.println(token.describe());
                total += 1;
            }
        }
        System.out.println("tokens: " + total);
    }
}
