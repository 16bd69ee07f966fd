/**
 * Frozen legacy slugify implementation.
 *
 * DO NOT MODIFY. This module is the permanently frozen legacy output pipeline.
 * Many deployed sites depend on its exact output, so its behavior must never
 * change. All improvements belong in the modern path (slugify.ts).
 */
import { NAME2CODEPOINT } from './entities';

export type Backend = 'auto' | 'text-unidecode' | 'unidecode' | 'anyascii';
export type ReplacementStage = 'both' | 'pre' | 'post';

export const CHAR_ENTITY_PATTERN = new RegExp(`&(${Object.keys(NAME2CODEPOINT).join('|')});`, 'g');
export const DECIMAL_PATTERN = /&#(\d+);/g;
export const HEX_PATTERN = /&#x([\da-fA-F]+);/g;
export const QUOTE_PATTERN = /[']+/g;
export const DISALLOWED_CHARS_PATTERN = /[^-a-zA-Z0-9]+/g;
export const DISALLOWED_UNICODE_CHARS_PATTERN = /[\W_]+/g;
export const DUPLICATE_DASH_PATTERN = /-{2,}/g;
export const NUMBERS_PATTERN = /(?<=\d),(?=\d)/g;
export const DEFAULT_SEPARATOR = '-';

export interface SlugifyOptions {
  entities?: boolean;
  decimal?: boolean;
  hexadecimal?: boolean;
  maxLength?: number;
  wordBoundary?: boolean;
  separator?: string;
  saveOrder?: boolean;
  stopwords?: Iterable<string>;
  regexPattern?: RegExp | string | null;
  lowercase?: boolean;
  replacements?: Iterable<[string, string]>;
  allowUnicode?: boolean;
  replacementStage?: ReplacementStage;
  backend?: Backend;
}

/** Python's str.strip(chars). */
export function strip(s: string, chars: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s[start])) start++;
  while (end > start && chars.includes(s[end - 1])) end--;
  return s.slice(start, end);
}

/** Python's s[:n], negative n counting from the end. */
function head(s: string, n: number): string {
  return n < 0 ? s.slice(0, Math.max(s.length + n, 0)) : s.slice(0, n);
}

export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

function decodeEntities(text: string, entities: boolean, decimal: boolean, hexadecimal: boolean): string {
  if (entities) {
    text = text.replace(CHAR_ENTITY_PATTERN, (_m, name: string) => String.fromCodePoint(NAME2CODEPOINT[name]));
  }
  if (decimal) {
    // Legacy substitution is all-or-nothing for each numeric reference kind.
    try {
      text = text.replace(DECIMAL_PATTERN, (_m, digits: string) => String.fromCodePoint(parseInt(digits, 10)));
    } catch (error) {
      // keep the text unchanged
    }
  }
  if (hexadecimal) {
    try {
      text = text.replace(HEX_PATTERN, (_m, digits: string) => String.fromCodePoint(parseInt(digits, 16)));
    } catch (error) {
      // keep the text unchanged
    }
  }
  return text;
}

export function transliterate(text: string, backend: Backend): string {
  // Non-behavioral: every backend maps 7-bit ASCII to itself, so skip loading one.
  if (isAscii(text)) {
    return text;
  }
  // The Python backends (Unidecode, text-unidecode, anyascii) have no JavaScript built-in counterpart:
  // approximate them by dropping what compatibility decomposition leaves outside ASCII.
  void backend;
  return text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
}

/**
 * Historical public truncation behavior, including character-set stripping.
 *
 * Zero means unlimited; negative limits retain Python slicing semantics.
 * An empty separator throws, as in the legacy implementation.
 */
export function smartTruncate(
  string: string,
  maxLength = 0,
  wordBoundary = false,
  separator = ' ',
  saveOrder = false,
): string {
  string = strip(string, separator);
  if (!maxLength) {
    return string;
  }
  if (string.length < maxLength) {
    return string;
  }
  if (!wordBoundary) {
    return strip(head(string, maxLength), separator);
  }
  if (!string.includes(separator)) {
    return head(string, maxLength);
  }
  if (separator === '') {
    throw new RangeError('empty separator');
  }
  let truncated = '';
  for (const word of string.split(separator)) {
    if (word) {
      const nextLen = truncated.length + word.length;
      if (nextLen < maxLength) {
        truncated += `${word}${separator}`;
      } else if (nextLen === maxLength) {
        truncated += `${word}`;
        break;
      } else if (saveOrder) {
        break;
      }
    }
  }
  if (!truncated) {
    truncated = head(string, maxLength);
  }
  return strip(truncated, separator);
}

/** Frozen legacy output pipeline. Do not change its behavior. */
export function slugify(text: string, options: SlugifyOptions = {}): string {
  const {
    entities = true,
    decimal = true,
    hexadecimal = true,
    maxLength = 0,
    wordBoundary = false,
    separator = DEFAULT_SEPARATOR,
    saveOrder = false,
    stopwords = [],
    regexPattern = null,
    lowercase = true,
    replacements = [],
    allowUnicode = false,
    replacementStage = 'both',
    backend = 'auto',
  } = options;
  if (typeof text !== 'string') {
    throw new TypeError(`text must be str, bytes or bytearray, not ${typeof text}`);
  }
  if (!['both', 'pre', 'post'].includes(replacementStage)) {
    throw new RangeError("replacement_stage must be 'both', 'pre' or 'post'");
  }
  if (!['auto', 'text-unidecode', 'unidecode', 'anyascii'].includes(backend)) {
    throw new RangeError("backend must be 'auto', 'text-unidecode', 'unidecode' or 'anyascii'");
  }
  const rules = Array.from(replacements);
  const stops = Array.from(stopwords);

  if (rules.length && (replacementStage === 'both' || replacementStage === 'pre')) {
    for (const [oldText, newText] of rules) {
      text = text.replaceAll(oldText, () => newText);
    }
  }

  text = text.replace(QUOTE_PATTERN, DEFAULT_SEPARATOR);
  if (allowUnicode) {
    text = text.normalize('NFKC');
  } else {
    text = transliterate(text.normalize('NFKD'), backend);
  }
  text = decodeEntities(text, entities, decimal, hexadecimal);
  text = text.normalize(allowUnicode ? 'NFKC' : 'NFKD');
  if (lowercase) {
    text = text.toLowerCase();
  }
  text = text.replace(QUOTE_PATTERN, '');
  text = text.replace(NUMBERS_PATTERN, '');
  const pattern = regexPattern
    ? new RegExp(regexPattern, 'g')
    : allowUnicode
      ? DISALLOWED_UNICODE_CHARS_PATTERN
      : DISALLOWED_CHARS_PATTERN;
  text = text.replace(pattern, () => DEFAULT_SEPARATOR);
  text = strip(text.replace(DUPLICATE_DASH_PATTERN, DEFAULT_SEPARATOR), DEFAULT_SEPARATOR);

  if (stops.length) {
    const excluded = lowercase ? stops.map((word) => word.toLowerCase()) : stops;
    text = text
      .split(DEFAULT_SEPARATOR)
      .filter((word) => !excluded.includes(word))
      .join(DEFAULT_SEPARATOR);
  }
  if (rules.length && (replacementStage === 'both' || replacementStage === 'post')) {
    for (const [oldText, newText] of rules) {
      text = text.replaceAll(oldText, () => newText);
    }
  }

  if (maxLength > 0) {
    text = smartTruncate(text, maxLength, wordBoundary, DEFAULT_SEPARATOR, saveOrder);
  }
  return separator !== DEFAULT_SEPARATOR ? text.split(DEFAULT_SEPARATOR).join(separator) : text;
}
