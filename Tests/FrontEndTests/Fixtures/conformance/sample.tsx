// Conformance sample: a small React component that lists tokens.
import React, { useState } from 'react';

interface TokenRowProps {
  kind: string;
  text: string;
  line: number;
}

const MAX_ROWS: number = 50;

export class TokenStore {
  private rows: TokenRowProps[] = [];

  add(kind: string, text: string, line: number): void {
    if (this.rows.length >= MAX_ROWS) {
      throw new Error(`invalid token at line ${line}`);
    }
    this.rows.push({ kind, text, line });
  }

  all(): TokenRowProps[] {
    return this.rows.slice();
  }
}

function splitWords(source: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of source) {
    if (ch === ' ') {
      if (current.length > 0) {
        words.push(current);
      }
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.length > 0) {
    words.push(current);
  }
  return words;
}

function TokenRow(props: TokenRowProps) {
  const label = props.kind.toUpperCase();
  const tone = props.line % 2 === 0 ? 'even' : 'odd';
  return (
    <li className={tone}>
      <strong>{label}</strong> {props.text} <em>line {props.line}</em>
    </li>
  );
}

export function TokenList({ source }: { source: string }) {
  const [filter, setFilter] = useState<string>('');
  const words = splitWords(source).filter((w) => w.includes(filter));
  return (
    <div className="token-list">
      <input value={filter} onChange={(e) => setFilter(e.target.value)} />
      <ul>
        {words.map((word, i) => (
          <TokenRow key={i} kind="word" text={word} line={i + 1} />
        ))}
      </ul>
      <p>{words.length > 0 ? 'found ' + words.length : 'no tokens'}</p>
    </div>
  );
}

export { splitWords, TokenRow };
