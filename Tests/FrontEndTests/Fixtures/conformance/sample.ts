// Conformance sample: a tiny tokenizer for arithmetic expressions.
type TokenKind = 'number' | 'operator';

interface Position {
  line: number;
  column: number;
}

const DIGITS: string = '0123456789';
const OPERATORS: string = '+-*/';

export class Token {
  constructor(
    public readonly kind: TokenKind,
    public readonly text: string,
    public readonly position: Position,
  ) {}

  describe(): string {
    let label: string = this.kind.toUpperCase();
    if (this.text.length > 0) {
      label += ' ' + JSON.stringify(this.text);
    } else {
      label += ' <empty>';
    }
    return `${label} @${this.position.line}:${this.position.column}`;
  }
}

function scanNumber(source: string, start: number): number {
  let end = start;
  while (end < source.length && DIGITS.includes(source[end])) {
    end += 1;
  }
  if (end < source.length && source[end] === '.') {
    end += 1;
    while (end < source.length && DIGITS.includes(source[end])) {
      end += 1;
    }
  }
  return end;
}

function tokenize(source: string, line: number = 1): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const ch = source[index];
    const position: Position = { line, column: index + 1 };
    if (/\s/.test(ch)) {
      index += 1;
    } else if (DIGITS.includes(ch)) {
      const end = scanNumber(source, index);
      tokens.push(new Token('number', source.slice(index, end), position));
      index = end;
    } else if (OPERATORS.includes(ch)) {
      tokens.push(new Token('operator', ch, position));
      index += 1;
    } else {
      throw new Error(`invalid token at line ${line}`);
    }
  }
  return tokens;
}

export function countTokens(lines: string[]): Map<TokenKind, number> {
  // Count tokens of each kind across every line.
  const counts = new Map<TokenKind, number>();
  lines.forEach((text, i) => {
    for (const token of tokenize(text, i + 1)) {
      counts.set(token.kind, (counts.get(token.kind) ?? 0) + 1);
    }
  });
  return counts;
}

export { scanNumber, tokenize };
