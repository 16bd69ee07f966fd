// Conformance sample: a tiny tokenizer for arithmetic expressions.
import Foundation

enum TokenError: Error {
    case invalid(String)
}

struct Token {
    let kind: String
    let text: String
    let line: Int

    func describe() -> String {
        var label = kind.uppercased()
        if text.isEmpty {
            label += " <empty>"
        } else {
            label += " \"" + text + "\""
        }
        return label + " @" + String(line)
    }
}

let digits: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
let operators: Set<Character> = ["+", "-", "*", "/"]

func scanNumber(_ chars: [Character], from start: Int) -> Int {
    var end = start
    while end < chars.count && digits.contains(chars[end]) {
        end += 1
    }
    if end < chars.count && chars[end] == "." {
        end += 1
        while end < chars.count && digits.contains(chars[end]) {
            end += 1
        }
    }
    return end
}

func tokenize(_ source: String, line: Int = 1) throws -> [Token] {
    let chars = Array(source)
    var tokens: [Token] = []
    var index = 0
    while index < chars.count {
        let ch = chars[index]
        if ch.isWhitespace {
            index += 1
        } else if digits.contains(ch) {
            let end = scanNumber(chars, from: index)
            tokens.append(Token(kind: "number", text: String(chars[index..<end]), line: line))
            index = end
        } else if operators.contains(ch) {
            tokens.append(Token(kind: "operator", text: String(ch), line: line))
            index += 1
        } else {
            throw TokenError.invalid(String(format: "invalid token at line %d", line))
        }
    }
    return tokens
}

func countTokens(_ lines: [String]) throws -> Int {
    // Tokenize every line and add up the token counts.
    var total = 0
    for (i, text) in lines.enumerated() {
        let tokens = try tokenize(text, line: i + 1)
        total += tokens.count
    }
    return total
}
