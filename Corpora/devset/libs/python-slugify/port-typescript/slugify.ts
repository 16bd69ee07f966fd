import { NAME2CODEPOINT } from './entities';
import {
  Backend,
  ReplacementStage,
  SlugifyOptions,
  isAscii,
  slugify as legacySlugify,
  smartTruncate,
  strip,
  transliterate,
} from './legacy';

export { smartTruncate, Backend, ReplacementStage };
export { PRE_TRANSLATIONS, CYRILLIC, GERMAN, GREEK, addUppercaseChar } from './special';

export type Algorithm = 'legacy' | 'modern';

export const CHAR_ENTITY_PATTERN = new RegExp(`&(${Object.keys(NAME2CODEPOINT).join('|')});`, 'g');
export const DECIMAL_PATTERN = /&#(\d+);/g;
export const MODERN_HEX_PATTERN = /&#[xX]([\da-fA-F]+);/g;
export const QUOTE_PATTERN = /[']+/g;
export const DISALLOWED_CHARS_PATTERN = /[^-a-zA-Z0-9]+/g;
export const DISALLOWED_UNICODE_CHARS_PATTERN = /[\W_]+/g;
export const DUPLICATE_DASH_PATTERN = /-{2,}/g;
export const NUMBERS_PATTERN = /(?<=\d),(?=\d)/g;
export const DEFAULT_SEPARATOR = '-';
// Zero-width non-joiner/joiner: spelling-significant inside words in Indic,
// Sinhala and Persian text (e.g. Sinhala "ශ්‍රී"), invisible noise elsewhere.
export const WORD_JOINERS = new Set(['\u200c', '\u200d']);

/** Leave invalid references for ordinary filtering, independently of neighbors. */
function numericReference(match: string, digits: string, base: number): string {
  const value = parseInt(digits, base);
  if (0xd800 <= value && value <= 0xdfff) {
    return match;
  }
  try {
    return String.fromCodePoint(value);
  } catch (error) {
    return match;
  }
}

function decodeEntities(text: string, entities: boolean, decimal: boolean, hexadecimal: boolean): string {
  if (entities) {
    text = text.replace(CHAR_ENTITY_PATTERN, (_m, name: string) => String.fromCodePoint(NAME2CODEPOINT[name]));
  }
  if (decimal) {
    text = text.replace(DECIMAL_PATTERN, (m, digits: string) => numericReference(m, digits, 10));
  }
  if (hexadecimal) {
    text = text.replace(MODERN_HEX_PATTERN, (m, digits: string) => numericReference(m, digits, 16));
  }
  return text;
}

function isCombiningMark(char: string): boolean {
  // Variation selectors are Mn but select emoji/glyph styles, not spelling.
  const cp = char.codePointAt(0) as number;
  if ((0xfe00 <= cp && cp <= 0xfe0f) || (0xe0100 <= cp && cp <= 0xe01ef)) {
    return false;
  }
  return /^[\p{Mn}\p{Mc}]$/u.test(char);
}

function isAlnum(char: string): boolean {
  return /^[\p{L}\p{N}]$/u.test(char);
}

/**
 * Modern Unicode-mode filter: [\W_]+ -> '-', but keep words whole.
 *
 * A combining mark is a word character when it continues a word; a ZWNJ/ZWJ
 * is kept only between word parts. Identical to the plain [\W_]+ filter
 * for text without combining marks or joiners.
 */
function replaceDisallowedUnicode(text: string): string {
  if (isAscii(text)) {
    // No marks or joiners possible: keep the fast regex path.
    return text.replace(DISALLOWED_UNICODE_CHARS_PATTERN, DEFAULT_SEPARATOR);
  }
  const chars = Array.from(text);
  const out: string[] = [];
  let inWord = false;
  const last = chars.length - 1;
  chars.forEach((char, index) => {
    if (isAlnum(char)) {
      // Same definition as str-pattern \w, minus '_'.
      inWord = true;
    } else if (inWord && isCombiningMark(char)) {
      // keep
    } else if (
      inWord &&
      WORD_JOINERS.has(char) &&
      index < last &&
      (isAlnum(chars[index + 1]) || isCombiningMark(chars[index + 1]))
    ) {
      // keep
    } else {
      inWord = false;
      char = DEFAULT_SEPARATOR;
    }
    out.push(char);
  });
  return out.join('');
}

/**
 * Budget internal dash-separated tokens before mapping output delimiters.
 *
 * Output delimiters may also occur in words; never strip or split emitted text.
 * Post replacements retain the historical global dash-to-separator mapping.
 */
function modernTruncate(
  text: string,
  maxLength: number,
  wordBoundary: boolean,
  separator: string,
  saveOrder: boolean,
): string {
  if (maxLength <= 0) {
    return text.split(DEFAULT_SEPARATOR).join(separator);
  }
  const outputLength = text.length + (text.split(DEFAULT_SEPARATOR).length - 1) * (separator.length - 1);
  if (outputLength <= maxLength) {
    return text.split(DEFAULT_SEPARATOR).join(separator);
  }
  const tokens = text.split(DEFAULT_SEPARATOR);
  if (wordBoundary) {
    const words: string[] = [];
    let length = 0;
    let previousIndex = 0;
    let firstWord = true;
    for (let index = 0; index < tokens.length; index++) {
      const word = tokens[index];
      if (!word) {
        continue;
      }
      // Keep the full delimiter run attached to each retained word.
      // Skipping an oversized first word must not add a leading delimiter.
      const delimiter = words.length || firstWord ? separator.repeat(index - previousIndex) : '';
      previousIndex = index;
      firstWord = false;
      const nextLength = length + delimiter.length + word.length;
      if (nextLength <= maxLength) {
        words.push(delimiter + word);
        length = nextLength;
      } else if (saveOrder) {
        break;
      }
    }
    if (words.length) {
      return words.join('');
    }
  }
  // A hard cut may shorten a word but must not emit a partial/trailing delimiter.
  const parts: string[] = [];
  let length = 0;
  let previousIndex = 0;
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index];
    if (!word) {
      continue;
    }
    // Keep repeated delimiters with the next nonempty word until it fits.
    const delimiter = separator.repeat(index - previousIndex);
    const remaining = maxLength - length - delimiter.length;
    if (remaining <= 0) {
      break;
    }
    // A cut must not leave an invisible joiner dangling at the end.
    parts.push(delimiter + word.slice(0, remaining).replace(/[\u200c\u200d]+$/, ''));
    length += delimiter.length + Math.min(word.length, remaining);
    previousIndex = index;
    if (word.length > remaining) {
      break;
    }
  }
  return parts.join('');
}

function modernSlugify(text: string, options: SlugifyOptions): string {
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
  // Modern rejects a non-integer max_length, and a non-string separator, up front.
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength)) {
    throw new TypeError(`max_length must be an int, not ${typeof maxLength}`);
  }
  if (typeof separator !== 'string') {
    throw new TypeError(`separator must be str, not ${typeof separator}`);
  }
  if (typeof text !== 'string') {
    throw new TypeError(`text must be str, bytes or bytearray, not ${typeof text}`);
  }
  if (!['both', 'pre', 'post'].includes(replacementStage)) {
    throw new RangeError("replacement_stage must be 'both', 'pre' or 'post'");
  }
  if (!['auto', 'text-unidecode', 'unidecode', 'anyascii'].includes(backend)) {
    throw new RangeError("backend must be 'auto', 'text-unidecode', 'unidecode' or 'anyascii'");
  }

  // Materialize rules once: consumption of an iterator would affect output.
  const rules = Array.from(replacements);
  if (rules.length && (replacementStage === 'both' || replacementStage === 'pre')) {
    for (const [oldText, newText] of rules) {
      text = text.replaceAll(oldText, () => newText);
    }
  }

  text = decodeEntities(text, entities, decimal, hexadecimal);
  text = text.replace(QUOTE_PATTERN, DEFAULT_SEPARATOR);
  if (allowUnicode) {
    text = text.normalize('NFKC');
  } else {
    text = transliterate(text.normalize('NFKD'), backend);
  }
  text = text.normalize(allowUnicode ? 'NFKC' : 'NFKD');
  if (lowercase) {
    text = text.toLowerCase();
  }
  text = text.replace(QUOTE_PATTERN, '');
  text = text.replace(NUMBERS_PATTERN, '');
  if (regexPattern) {
    text = text.replace(new RegExp(regexPattern, 'g'), () => DEFAULT_SEPARATOR);
  } else if (allowUnicode) {
    text = replaceDisallowedUnicode(text);
  } else {
    text = text.replace(DISALLOWED_CHARS_PATTERN, DEFAULT_SEPARATOR);
  }
  text = strip(text.replace(DUPLICATE_DASH_PATTERN, DEFAULT_SEPARATOR), DEFAULT_SEPARATOR);

  const stops = Array.from(stopwords);
  if (stops.length) {
    const excluded = new Set(stops.map((word) => (lowercase ? word.toLowerCase() : word)));
    text = text
      .split(DEFAULT_SEPARATOR)
      .filter((word) => !excluded.has(word))
      .join(DEFAULT_SEPARATOR);
  }
  if (rules.length && (replacementStage === 'both' || replacementStage === 'post')) {
    for (const [oldText, newText] of rules) {
      text = text.replaceAll(oldText, () => newText);
    }
  }

  return modernTruncate(text, maxLength, wordBoundary, separator, saveOrder);
}

/**
 * Make a slug with the legacy output pipeline by default, permanently.
 *
 * algorithm='legacy' (the default) dispatches to the frozen legacy pipeline in
 * legacy.ts, which must never change. algorithm='modern' opts into early
 * entity decoding, reusable iterator rules, stable stopword membership, a final
 * emitted-character length budget, and up-front argument type validation.
 * replacements are ordered literal rules, before and after cleanup by default;
 * replacementStage selects 'pre', 'post' or 'both'. Post rules are unfiltered.
 * regexPattern matches disallowed characters; stopwords match internal words.
 * allowUnicode uses NFKC without transliteration.
 */
export function slugify(text: string, options: SlugifyOptions & { algorithm?: Algorithm } = {}): string {
  const { algorithm = 'legacy', ...rest } = options;
  if (algorithm !== 'legacy' && algorithm !== 'modern') {
    throw new RangeError("algorithm must be 'legacy' or 'modern'");
  }
  if (algorithm === 'legacy') {
    return legacySlugify(text, rest);
  }
  return modernSlugify(text, rest);
}
