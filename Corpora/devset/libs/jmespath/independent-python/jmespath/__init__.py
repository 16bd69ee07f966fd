"""JMESPath tokenizer and exception classes."""
from .exceptions import (  # noqa: F401
    ArityError, EmptyExpressionError, IncompleteExpressionError, JMESPathError, JMESPathTypeError,
    LexerError, ParseError, UnknownFunctionError, VariadictArityError,
)
from .lexer import Lexer  # noqa: F401
