'use strict';
// JMESPath exception classes.

class JMESPathError extends Error {}

class EmptyExpressionError extends JMESPathError {
  constructor() {
    super('Invalid JMESPath expression: cannot be empty.');
  }
}

class UnknownFunctionError extends JMESPathError {}

class ParseError extends JMESPathError {
  constructor(lexPosition, tokenValue, tokenType, msg = 'Invalid jmespath expression') {
    super(msg);
    this.lexPosition = lexPosition;
    this.tokenValue = tokenValue;
    this.tokenType = String(tokenType).toUpperCase();
    this.msg = msg;
    this.expression = null;
  }

  caret() {
    return ' '.repeat(this.lexPosition + 1) + '^';
  }

  toString() {
    return `${this.msg}: Parse error at column ${this.lexPosition}, token "${this.tokenValue}" (${this.tokenType}), ` +
      `for expression:\n"${this.expression}"\n${this.caret()}`;
  }
}

class IncompleteExpressionError extends ParseError {
  setExpression(expression) {
    this.expression = expression;
    this.lexPosition = [...expression].length;
    this.tokenType = null;
    this.tokenValue = null;
  }

  toString() {
    return `Invalid jmespath expression: Incomplete expression:\n"${this.expression}"\n${this.caret()}`;
  }
}

class LexerError extends ParseError {
  constructor(lexerPosition, lexerValue, message, expression = null) {
    super(lexerPosition, lexerValue, message);
    this.lexerPosition = lexerPosition;
    this.lexerValue = lexerValue;
    this.message = message;
    this.expression = expression;
  }

  toString() {
    return `Bad jmespath expression: ${this.message}:\n${this.expression}\n${' '.repeat(this.lexerPosition)}^`;
  }
}

class ArityError extends ParseError {
  constructor(expected, actual, name) {
    super(0, '', '');
    this.expectedArity = expected;
    this.actualArity = actual;
    this.functionName = name;
    this.message = this.toString();
  }

  lead() {
    return 'Expected';
  }

  toString() {
    const noun = this.expectedArity === 1 ? 'argument' : 'arguments';
    return `${this.lead()} ${this.expectedArity} ${noun} for function ${this.functionName}(), received ${this.actualArity}`;
  }
}

class VariadictArityError extends ArityError {
  lead() {
    return 'Expected at least';
  }
}

class JMESPathTypeError extends JMESPathError {
  constructor(functionName, currentValue, actualType, expectedTypes) {
    super(`In function ${functionName}(), invalid type for value: ${currentValue}, expected one of: ${expectedTypes}, ` +
      `received: "${actualType}"`);
    Object.assign(this, { functionName, currentValue, actualType, expectedTypes });
  }
}

module.exports = {
  JMESPathError, EmptyExpressionError, UnknownFunctionError, ParseError, IncompleteExpressionError, LexerError,
  ArityError, VariadictArityError, JMESPathTypeError,
};
