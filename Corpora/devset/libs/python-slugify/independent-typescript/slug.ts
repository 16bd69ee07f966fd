// Text to URL slug: the "legacy" pipeline (default) and the opt-in "modern" one.
import { ENTITY_CODE_POINTS } from "./entities";
import { Pair } from "./tables";

export type ReplacementStage = "both" | "pre" | "post";
export type Backend = "auto" | "text-unidecode" | "unidecode" | "anyascii";
export type Algorithm = "legacy" | "modern";

export interface SlugOptions {
  entities?: boolean;
  decimal?: boolean;
  hexadecimal?: boolean;
  maxLength?: number;
  wordBoundary?: boolean;
  separator?: string;
  saveOrder?: boolean;
  stopwords?: readonly string[];
  regexPattern?: string | null;
  lowercase?: boolean;
  replacements?: readonly Pair[];
  allowUnicode?: boolean;
  replacementStage?: string;
  backend?: string;
  algorithm?: string;
}

/** An argument outside the allowed values (Python's ValueError). */
export class SlugValueError extends Error {}

const STAGES = ["both", "pre", "post"];
const BACKENDS = ["auto", "text-unidecode", "unidecode", "anyascii"];
const ALGORITHMS = ["legacy", "modern"];

function applyPairs(s: string, pairs: readonly Pair[]): string {
  for (const [from, to] of pairs) s = s.replaceAll(from, () => to);
  return s;
}

function normalize(s: string, allowUnicode: boolean, transliterate: boolean): string {
  if (allowUnicode) return s.normalize("NFKC");
  const d = s.normalize("NFKD");
  // no transliteration tables: what decomposition leaves outside ASCII is dropped
  return transliterate ? d.replace(/[^\x00-\x7f]/gu, "") : d;
}

function codePointOf(digits: string, radix: number): number {
  const d = digits.replace(/^0+(?=.)/, "");
  if (d.length > 8) return -1;
  const v = parseInt(d, radix);
  return v > 0x10ffff ? -1 : v;
}

function decodeNamed(s: string): string {
  return s.replace(/&([A-Za-z][A-Za-z0-9]*);/g, (whole, name: string) => {
    const cp = ENTITY_CODE_POINTS.get(name);
    return cp === undefined ? whole : String.fromCodePoint(cp);
  });
}

function decodeAllOrNone(re: RegExp, radix: number, s: string): string {
  for (const m of s.matchAll(re)) if (codePointOf(m[1], radix) < 0) return s;
  return s.replace(re, (_, digits: string) => String.fromCodePoint(codePointOf(digits, radix)));
}

function decodeEach(re: RegExp, radix: number, s: string): string {
  return s.replace(re, (whole, digits: string) => {
    const cp = codePointOf(digits, radix);
    return cp < 0 || (cp >= 0xd800 && cp <= 0xdfff) ? whole : String.fromCodePoint(cp);
  });
}

/** Python's str.strip(chars). */
function stripChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

/** Python's s[:n]. */
function head(s: string, n: number): string {
  return n < 0 ? s.slice(0, Math.max(0, s.length + n)) : s.slice(0, n);
}

export function slugify(text: string, opts: SlugOptions = {}): string {
  const stage = opts.replacementStage ?? "both";
  const backend = opts.backend ?? "auto";
  const algorithm = opts.algorithm ?? "legacy";
  if (!STAGES.includes(stage)) throw new SlugValueError(`bad replacement_stage ${stage}`);
  if (!BACKENDS.includes(backend)) throw new SlugValueError(`bad backend ${backend}`);
  if (!ALGORITHMS.includes(algorithm)) throw new SlugValueError(`bad algorithm ${algorithm}`);
  const allowUnicode = opts.allowUnicode ?? false;
  const lowercase = opts.lowercase ?? true;
  const pairs = opts.replacements ?? [];
  const separator = opts.separator ?? "-";
  const banned = opts.regexPattern != null ? new RegExp(opts.regexPattern, "g")
    : allowUnicode ? /[\W_]+/g
    : lowercase ? /[^-a-z0-9]+/g : /[^-a-zA-Z0-9]+/g;

  let s = text;
  if (stage !== "post") s = applyPairs(s, pairs);
  if (algorithm === "modern") {
    if (opts.entities ?? true) s = decodeNamed(s);
    if (opts.decimal ?? true) s = decodeEach(/&#([0-9]+);/g, 10, s);
    if (opts.hexadecimal ?? true) s = decodeEach(/&#[xX]([0-9A-Fa-f]+);/g, 16, s);
    s = normalize(s.replace(/'+/g, "-"), allowUnicode, true);
  } else {
    s = normalize(s.replace(/'+/g, "-"), allowUnicode, true);
    if (opts.entities ?? true) s = decodeNamed(s);
    if (opts.decimal ?? true) s = decodeAllOrNone(/&#([0-9]+);/g, 10, s);
    if (opts.hexadecimal ?? true) s = decodeAllOrNone(/&#x([0-9A-Fa-f]+);/g, 16, s);
  }
  s = normalize(s, allowUnicode, false);
  if (lowercase) s = s.toLowerCase();
  s = s.replace(/'/g, "").replace(/(?<=[0-9]),(?=[0-9])/g, "");
  s = stripChars(s.replace(banned, "-").replace(/-{2,}/g, "-"), "-");
  const stopwords = opts.stopwords ?? [];
  if (stopwords.length > 0) {
    const drop = new Set(stopwords.map((w) => (lowercase ? w.toLowerCase() : w)));
    s = s.split("-").filter((w) => !drop.has(w)).join("-");
  }
  if (stage !== "pre") s = applyPairs(s, pairs);

  const maxLength = opts.maxLength ?? 0;
  const wordBoundary = opts.wordBoundary ?? false;
  const saveOrder = opts.saveOrder ?? false;
  if (algorithm === "modern") return fitToBudget(s, maxLength, wordBoundary, separator, saveOrder);
  if (maxLength > 0) s = smartTruncate(s, maxLength, wordBoundary, "-", saveOrder);
  return separator === "-" ? s : s.split("-").join(separator);
}

function fitToBudget(s: string, max: number, wordBoundary: boolean, sep: string, saveOrder: boolean): string {
  const mapped = s.split("-").join(sep);
  if (max <= 0 || mapped.length <= max) return mapped;
  const pieces = [...s.matchAll(/(-*)([^-]+)/g)].map((m) => ({ dashes: m[1].length, word: m[2] }));
  if (wordBoundary) {
    let kept = "";
    for (let i = 0; i < pieces.length; i++) {
      const lead = kept || i === 0 ? sep.repeat(pieces[i].dashes) : "";
      if (kept.length + lead.length + pieces[i].word.length <= max) kept += lead + pieces[i].word;
      else if (saveOrder) break;
    }
    if (kept) return kept;
  }
  let cut = "";
  for (let i = 0; i < pieces.length; i++) {
    const lead = cut || i === 0 ? sep.repeat(pieces[i].dashes) : "";
    if (cut.length + lead.length >= max) break;
    cut += lead;
    const room = max - cut.length;
    cut += pieces[i].word.slice(0, room);
    if (pieces[i].word.length > room) break;
  }
  return cut;
}

export function smartTruncate(text: string, maxLength = 0, wordBoundary = false, separator = " ",
  saveOrder = false): string {
  const s = stripChars(text, separator);
  if (maxLength === 0 || s.length < maxLength) return s;
  if (!wordBoundary) return stripChars(head(s, maxLength), separator);
  if (separator === "") throw new SlugValueError("empty separator");
  if (!s.includes(separator)) return head(s, maxLength);
  let kept = "";
  for (const word of s.split(separator)) {
    if (!word) continue;
    const size = kept.length + word.length;
    if (size < maxLength) {
      kept += word + separator;
    } else if (size === maxLength) {
      kept += word;
      break;
    } else if (saveOrder) {
      break;
    }
  }
  return stripChars(kept || head(s, maxLength), separator);
}
