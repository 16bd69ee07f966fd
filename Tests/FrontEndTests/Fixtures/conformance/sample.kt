// Conformance sample: a tiny tokenizer for arithmetic expressions.
package sample

const val DIGITS = "0123456789"
const val OPERATORS = "+-*/"

data class Token(val kind: String, val text: String, val line: Int) {
    fun describe(): String {
        var label = kind.uppercase()
        if (text.isNotEmpty()) {
            label += " \"" + text + "\""
        } else {
            label += " <empty>"
        }
        return label + " @" + line
    }
}

fun scanNumber(source: String, start: Int): Int {
    var end = start
    while (end < source.length && DIGITS.indexOf(source[end]) >= 0) {
        end++
    }
    if (end < source.length && source[end] == '.') {
        end++
        while (end < source.length && DIGITS.indexOf(source[end]) >= 0) {
            end++
        }
    }
    return end
}

fun tokenize(source: String, line: Int = 1): List<Token> {
    val tokens = mutableListOf<Token>()
    var index = 0
    while (index < source.length) {
        val ch = source[index]
        if (ch.isWhitespace()) {
            index++
        } else if (DIGITS.indexOf(ch) >= 0) {
            val end = scanNumber(source, index)
            tokens.add(Token("number", source.substring(index, end), line))
            index = end
        } else if (OPERATORS.indexOf(ch) >= 0) {
            tokens.add(Token("operator", ch.toString(), line))
            index++
        } else {
            throw IllegalArgumentException(String.format("invalid token at line %d", line))
        }
    }
    return tokens
}

fun main(args: Array<String>) {
    // Tokenize each argument and print one token per line.
    var total = 0
    for ((i, text) in args.withIndex()) {
        for (token in tokenize(text, i + 1)) {
            println(token.describe())
            total += 1
        }
    }
    println("tokens: " + total)
}
