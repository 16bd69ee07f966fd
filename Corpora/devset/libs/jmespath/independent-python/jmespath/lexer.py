"""Turns a JMESPath expression into tokens."""
import json
import string
import warnings

from .exceptions import EmptyExpressionError, LexerError

_IDENT_START = frozenset(string.ascii_letters + "_")
_IDENT_BODY = frozenset(string.ascii_letters + string.digits + "_")
_DIGITS = frozenset(string.digits)
_BLANKS = frozenset(" \t\n\r")
_ONE_CHAR = {
    ".": "dot", "*": "star", "]": "rbracket", ",": "comma", ":": "colon", "@": "current",
    "(": "lparen", ")": "rparen", "{": "lbrace", "}": "rbrace",
}
# first char -> (second char, type when doubled, type when single)
_PAIRS = {
    "|": ("|", "or", "pipe"),
    "&": ("&", "and", "expref"),
    "<": ("=", "lte", "lt"),
    ">": ("=", "gte", "gt"),
    "!": ("=", "ne", "not"),
}


class _Cursor:
    """Walks the code points of the expression; the index never passes the last one."""

    def __init__(self, text):
        self.text = text
        self.index = 0
        self.char = text[0]

    def advance(self):
        if self.index >= len(self.text) - 1:
            self.char = None
        else:
            self.index += 1
            self.char = self.text[self.index]
        return self.char

    def peek(self):
        nxt = self.index + 1
        return self.text[nxt] if nxt < len(self.text) and self.char is not None else None


class Lexer:
    def tokenize(self, expression):
        if not expression:
            raise EmptyExpressionError()
        cur = _Cursor(expression)
        while cur.char is not None:
            ch = cur.char
            at = cur.index
            if ch in _ONE_CHAR:
                yield self._token(_ONE_CHAR[ch], ch, at, at + 1)
                cur.advance()
            elif ch in _IDENT_START:
                word = self._take_while(cur, _IDENT_BODY)
                yield self._token("unquoted_identifier", word, at, at + len(word))
            elif ch in _BLANKS:
                cur.advance()
            elif ch == "[":
                after = cur.advance()
                if after == "]":
                    cur.advance()
                    yield self._token("flatten", "[]", at, at + 2)
                elif after == "?":
                    cur.advance()
                    yield self._token("filter", "[?", at, at + 2)
                else:
                    yield self._token("lbracket", "[", at, at + 1)
            elif ch in _PAIRS:
                second, double, single = _PAIRS[ch]
                if cur.advance() == second:
                    cur.advance()
                    yield self._token(double, ch + second, at, at + 1)
                else:
                    yield self._token(single, ch, at, at)
            elif ch == "=":
                if cur.advance() == "=":
                    cur.advance()
                    yield self._token("eq", "==", at, at + 1)
                else:
                    raise LexerError(at, "=", "Unknown token '='")
            elif ch in _DIGITS:
                digits = self._take_while(cur, _DIGITS)
                yield self._token("number", int(digits), at, at + len(digits))
            elif ch == "-":
                if cur.peek() is not None and cur.peek() in _DIGITS:
                    cur.advance()
                    digits = "-" + self._take_while(cur, _DIGITS)
                    yield self._token("number", int(digits), at, at + len(digits))
                else:
                    raise LexerError(at, "-", "Unknown token '-'")
            elif ch == "'":
                body, width = self._delimited(cur, "'")
                yield self._token("literal", body.replace("\\'", "'"), at, width)
            elif ch == "`":
                body, width = self._delimited(cur, "`")
                yield self._token("literal", self._json_literal(body, at, expression), at, width)
            elif ch == '"':
                body, width = self._delimited(cur, '"')
                yield self._token("quoted_identifier", self._quoted(body, at), at, width)
            else:
                raise LexerError(at, ch, "Unknown token %s" % ch)
        end = len(expression)
        yield self._token("eof", "", end, end)

    @staticmethod
    def _token(kind, value, start, end):
        return {"type": kind, "value": value, "start": start, "end": end}

    @staticmethod
    def _take_while(cur, allowed):
        start = cur.index
        while cur.advance() is not None and cur.char in allowed:
            pass
        stop = cur.index if cur.char is not None else len(cur.text)
        return cur.text[start:stop]

    @staticmethod
    def _delimited(cur, delim):
        """Reads up to the closing delimiter; returns the raw text and the token's quirky `end`."""
        start = cur.index
        pieces = []
        cur.advance()
        while cur.char != delim:
            if cur.char is None:
                raise LexerError(start, cur.text[start:], "Unclosed %s delimiter" % delim)
            if cur.char == "\\":
                pieces.append("\\")
                cur.advance()
                if cur.char is None:
                    raise LexerError(start, cur.text[start:], "Unclosed %s delimiter" % delim)
            pieces.append(cur.char)
            cur.advance()
        cur.advance()
        return "".join(pieces), cur.index - start

    @staticmethod
    def _json_literal(body, start, expression):
        text = body.replace("\\`", "`")
        try:
            return json.loads(text)
        except ValueError:
            pass
        try:
            value = json.loads('"%s"' % text.lstrip())
        except ValueError:
            raise LexerError(start, expression[start:], "Bad token %s" % text) from None
        warnings.warn("deprecated string literal syntax", PendingDeprecationWarning)
        return value

    @staticmethod
    def _quoted(body, start):
        lexeme = '"%s"' % body
        try:
            return json.loads(lexeme)
        except ValueError as exc:
            reason = str(exc).split(":")[0]
            raise LexerError(start, lexeme, reason) from None
