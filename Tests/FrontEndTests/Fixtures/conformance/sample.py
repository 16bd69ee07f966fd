# Conformance sample: a tiny tokenizer for arithmetic expressions.
import sys

DIGITS = "0123456789"
OPERATORS = "+-*/"


class Token:
    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line

    def describe(self):
        """Return a short human-readable description."""
        label = self.kind.upper()
        if self.text:
            label = label + " " + repr(self.text)
        else:
            label = label + " <empty>"
        return label + " @" + str(self.line)


def scan_number(source, start):
    end = start
    while end < len(source) and source[end] in DIGITS:
        end += 1
    if end < len(source) and source[end] == ".":
        end += 1
        while end < len(source) and source[end] in DIGITS:
            end += 1
    return end


def tokenize(source, line=1):
    tokens = []
    index = 0
    while index < len(source):
        char = source[index]
        if char.isspace():
            index += 1
        elif char in DIGITS:
            end = scan_number(source, index)
            tokens.append(Token("number", source[index:end], line))
            index = end
        elif char in OPERATORS:
            tokens.append(Token("operator", char, line))
            index += 1
        else:
            raise ValueError("invalid token at line %d" % line)
    return tokens


def main(argv):
    # Tokenize each argument and print one token per line.
    total = 0
    for number, text in enumerate(argv[1:], start=1):
        for token in tokenize(text, number):
            print(token.describe())
            total += 1
    print("tokens: {}".format(total))
    return 0 if total > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
