'use strict';

class JMESPathError extends Error {}

class ParseError extends JMESPathError {
  constructor(lexPosition, tokenValue, tokenType, msg = ParseError._ERROR_MESSAGE) {
    super(msg);
    this.lexPosition = lexPosition;
    this.tokenValue = tokenValue;
    this.tokenType = String(tokenType).toUpperCase();
    this.msg = msg;
    // Whatever catches the ParseError can fill in the full expression
    this.expression = null;
  }

  toString() {
    // this.lexPosition + 1 to account for the starting double quote char.
    const underline = ' '.repeat(this.lexPosition + 1) + '^';
    return `${this.msg}: Parse error at column ${this.lexPosition}, ` +
      `token "${this.tokenValue}" (${this.tokenType}), for expression:\n"${this.expression}"\n${underline}`;
  }
}
ParseError._ERROR_MESSAGE = 'Invalid jmespath expression';

class IncompleteExpressionError extends ParseError {
  setExpression(expression) {
    this.expression = expression;
    this.lexPosition = expression.length;
    this.tokenType = null;
    this.tokenValue = null;
  }

  toString() {
    // this.lexPosition + 1 to account for the starting double quote char.
    const underline = ' '.repeat(this.lexPosition + 1) + '^';
    return `Invalid jmespath expression: Incomplete expression:\n"${this.expression}"\n${underline}`;
  }
}

class LexerError extends ParseError {
  constructor(lexerPosition, lexerValue, message, expression = null) {
    super(lexerPosition, lexerValue, message);
    this.lexerPosition = lexerPosition;
    this.lexerValue = lexerValue;
    this.message = message;
    // Whatever catches LexerError can set this.
    this.expression = expression;
  }

  toString() {
    const underline = ' '.repeat(this.lexerPosition) + '^';
    return `Bad jmespath expression: ${this.message}:\n${this.expression}\n${underline}`;
  }
}

class ArityError extends ParseError {
  constructor(expected, actual, name) {
    super(0, null, '');
    this.expectedArity = expected;
    this.actualArity = actual;
    this.functionName = name;
    this.expression = null;
  }

  toString() {
    return `Expected ${this.expectedArity} ${this._pluralize('argument', this.expectedArity)} ` +
      `for function ${this.functionName}(), received ${this.actualArity}`;
  }

  _pluralize(word, count) {
    if (count === 1) {
      return word;
    }
    return word + 's';
  }
}

class VariadictArityError extends ArityError {
  toString() {
    return `Expected at least ${this.expectedArity} ${this._pluralize('argument', this.expectedArity)} ` +
      `for function ${this.functionName}(), received ${this.actualArity}`;
  }
}

class JMESPathTypeError extends JMESPathError {
  constructor(functionName, currentValue, actualType, expectedTypes) {
    super('');
    this.functionName = functionName;
    this.currentValue = currentValue;
    this.actualType = actualType;
    this.expectedTypes = expectedTypes;
  }

  toString() {
    return `In function ${this.functionName}(), invalid type for value: ${this.currentValue}, ` +
      `expected one of: ${this.expectedTypes}, received: "${this.actualType}"`;
  }
}

class EmptyExpressionError extends JMESPathError {
  constructor() {
    super('Invalid JMESPath expression: cannot be empty.');
  }
}

class UnknownFunctionError extends JMESPathError {}

module.exports = {
  JMESPathError,
  ParseError,
  IncompleteExpressionError,
  LexerError,
  ArityError,
  VariadictArityError,
  JMESPathTypeError,
  EmptyExpressionError,
  UnknownFunctionError,
};
