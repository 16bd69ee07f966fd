"""Errors raised while tokenizing, parsing and evaluating JMESPath expressions."""


class JMESPathError(ValueError):
    pass


class ParseError(JMESPathError):
    _DEFAULT = "Invalid jmespath expression"

    def __init__(self, lex_position, token_value, token_type, msg=_DEFAULT):
        super().__init__(lex_position, token_value, token_type)
        self.lex_position = lex_position
        self.token_value = token_value
        self.token_type = token_type.upper()
        self.msg = msg
        self.expression = None

    def _caret(self):
        return " " * (self.lex_position + 1) + "^"

    def __str__(self):
        return (
            f'{self.msg}: Parse error at column {self.lex_position}, token "{self.token_value}" '
            f'({self.token_type}), for expression:\n"{self.expression}"\n{self._caret()}'
        )


class IncompleteExpressionError(ParseError):
    def set_expression(self, expression):
        self.expression = expression
        self.lex_position = len(expression)
        self.token_type = None
        self.token_value = None

    def __str__(self):
        return f'Invalid jmespath expression: Incomplete expression:\n"{self.expression}"\n{self._caret()}'


class LexerError(ParseError):
    def __init__(self, lexer_position, lexer_value, message, expression=None):
        self.lexer_position = lexer_position
        self.lexer_value = lexer_value
        self.message = message
        super().__init__(lexer_position, lexer_value, message)
        self.expression = expression

    def __str__(self):
        pad = " " * self.lexer_position
        return f"Bad jmespath expression: {self.message}:\n{self.expression}\n{pad}^"


class EmptyExpressionError(JMESPathError):
    def __init__(self):
        super().__init__("Invalid JMESPath expression: cannot be empty.")


class ArityError(ParseError):
    def __init__(self, expected, actual, name):
        self.expected_arity = expected
        self.actual_arity = actual
        self.function_name = name
        self.expression = None

    def _lead(self):
        return "Expected"

    def __str__(self):
        noun = "argument" if self.expected_arity == 1 else "arguments"
        return (f"{self._lead()} {self.expected_arity} {noun} for function {self.function_name}(), "
                f"received {self.actual_arity}")


class VariadictArityError(ArityError):
    def _lead(self):
        return "Expected at least"


class JMESPathTypeError(JMESPathError):
    def __init__(self, function_name, current_value, actual_type, expected_types):
        self.function_name = function_name
        self.current_value = current_value
        self.actual_type = actual_type
        self.expected_types = expected_types

    def __str__(self):
        return (f"In function {self.function_name}(), invalid type for value: {self.current_value}, "
                f'expected one of: {self.expected_types}, received: "{self.actual_type}"')


class UnknownFunctionError(JMESPathError):
    pass
