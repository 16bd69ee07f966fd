"""Turn a JMESPath expression into a stream of token dicts."""

import json
import string
import warnings

from .exceptions import EmptyExpressionError, LexerError

_PUNCTUATION = {".": "dot", "*": "star", "]": "rbracket", ",": "comma", ":": "colon", "@": "current",
                "(": "lparen", ")": "rparen", "{": "lbrace", "}": "rbrace"}
# first char -> (second char that extends it, token type if extended, token type otherwise)
_PAIRS = {"|": ("|", "or", "pipe"), "&": ("&", "and", "expref"), "<": ("=", "lte", "lt"),
          ">": ("=", "gte", "gt"), "!": ("=", "ne", "not")}
_IDENT_START = frozenset(string.ascii_letters + "_")
_IDENT_BODY = _IDENT_START | frozenset(string.digits)
_DIGITS = frozenset(string.digits)
_BLANKS = frozenset(" \t\n\r")


def _token(kind, value, start, end):
    return {"type": kind, "value": value, "start": start, "end": end}


class _Scan:
    """The expression plus a read position; `ch` is None past the end."""

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.ch = text[0]

    def advance(self):
        if self.pos + 1 >= len(self.text):
            self.ch = None
        else:
            self.pos += 1
            self.ch = self.text[self.pos]
        return self.ch

    def take_while(self, allowed):
        run = self.ch
        while self.advance() in allowed:
            run += self.ch
        return run

    def delimited(self, closing):
        """Text up to an unescaped *closing* char (backslash pairs kept verbatim); skips the closer."""
        opened_at = self.pos
        pieces = []
        self.advance()
        while self.ch != closing:
            if self.ch == "\\":
                pieces.append("\\")
                self.advance()
            if self.ch is None:
                raise LexerError(lexer_position=opened_at, lexer_value=self.text[opened_at:],
                                 message=f"Unclosed {closing} delimiter")
            pieces.append(self.ch)
            self.advance()
        self.advance()
        return "".join(pieces)


def _json_literal(scan):
    start = scan.pos
    body = scan.delimited("`").replace("\\`", "`")
    try:
        value = json.loads(body)
    except ValueError:
        try:
            value = json.loads('"%s"' % body.lstrip())
        except ValueError:
            raise LexerError(lexer_position=start, lexer_value=scan.text[start:], message=f"Bad token {body}")
        warnings.warn("deprecated string literal syntax", PendingDeprecationWarning)
    return _token("literal", value, start, scan.pos - start)


def _raw_string(scan):
    start = scan.pos
    body = scan.delimited("'").replace("\\'", "'")
    return _token("literal", body, start, scan.pos - start)


def _quoted_name(scan):
    start = scan.pos
    quoted = '"%s"' % scan.delimited('"')
    try:
        return _token("quoted_identifier", json.loads(quoted), start, scan.pos - start)
    except ValueError as exc:
        raise LexerError(lexer_position=start, lexer_value=quoted, message=str(exc).split(":")[0])


def _number(scan):
    start = scan.pos
    digits = scan.take_while(_DIGITS)
    if digits == "-":
        raise LexerError(lexer_position=start, lexer_value=digits, message="Unknown token '-'")
    return _token("number", int(digits), start, start + len(digits))


def _bracket(scan):
    start = scan.pos
    follower = scan.advance()
    if follower in ("]", "?"):
        scan.advance()
        return _token("flatten" if follower == "]" else "filter", "[" + follower, start, start + 2)
    return _token("lbracket", "[", start, start + 1)


def _equals(scan):
    if scan.advance() == "=":
        tok = _token("eq", "==", scan.pos - 1, scan.pos)
        scan.advance()
        return tok
    where = scan.pos if scan.ch is None else scan.pos - 1
    raise LexerError(lexer_position=where, lexer_value="=", message="Unknown token '='")


_HANDLERS = {"[": _bracket, "'": _raw_string, "`": _json_literal, '"': _quoted_name, "-": _number,
             "=": _equals}


class Lexer:
    """`Lexer().tokenize(expr)` yields dicts with type, value, start and end, ending with 'eof'."""

    def tokenize(self, expression):
        if not expression:
            raise EmptyExpressionError()
        scan = _Scan(expression)
        while scan.ch is not None:
            ch = scan.ch
            if ch in _BLANKS:
                scan.advance()
            elif ch in _PUNCTUATION:
                yield _token(_PUNCTUATION[ch], ch, scan.pos, scan.pos + 1)
                scan.advance()
            elif ch in _IDENT_START:
                start = scan.pos
                name = scan.take_while(_IDENT_BODY)
                yield _token("unquoted_identifier", name, start, start + len(name))
            elif ch in _DIGITS:
                yield _number(scan)
            elif ch in _PAIRS:
                second, joined, single = _PAIRS[ch]
                start = scan.pos
                if scan.advance() == second:
                    scan.advance()
                    yield _token(joined, ch + second, start, start + 1)
                else:
                    yield _token(single, ch, start, start)
            elif ch in _HANDLERS:
                yield _HANDLERS[ch](scan)
            else:
                raise LexerError(lexer_position=scan.pos, lexer_value=ch, message=f"Unknown token {ch}")
        yield _token("eof", "", len(expression), len(expression))
