// English inflections and case-style conversions, written from the `inflection` API description.

export const VERSION = "0.5.1";

export const UNCOUNTABLES: ReadonlySet<string> = new Set([
  "equipment", "fish", "information", "jeans", "money", "rice", "series", "sheep", "species",
]);

type Rewrite = (groups: string[]) => string;

export interface Rule {
  pattern: RegExp;
  rewrite: Rewrite;
}

function template(t: string): Rewrite {
  // "$1" style references into the capture groups
  return (groups) => t.replace(/\$(\d)/g, (_, d: string) => groups[Number(d)] ?? "");
}

function rule(source: string, to: string | Rewrite): Rule {
  return { pattern: new RegExp(source, "i"), rewrite: typeof to === "string" ? template(to) : to };
}

export const PLURALS: Rule[] = [
  rule("(quiz)$", "$1zes"),
  rule("^(oxen)$", "$1"),
  rule("^(ox)$", "$1en"),
  rule("(m|l)ice$", "$1ice"),
  rule("(m|l)ouse$", "$1ice"),
  rule("(passer)s?by$", "$1sby"),
  rule("(matr|vert|ind)(?:ix|ex)$", "$1ices"),
  rule("(x|ch|ss|sh)$", "$1es"),
  rule("([^aeiouy]|qu)y$", "$1ies"),
  rule("(hive)$", "$1s"),
  rule("([lr])f$", "$1ves"),
  rule("([^f])fe$", "$1ves"),
  rule("sis$", "ses"),
  rule("([ti])a$", "$1a"),
  rule("([ti])um$", "$1a"),
  rule("(buffal|potat|tomat)o$", "$1oes"),
  rule("(bu)s$", "$1ses"),
  rule("(alias|status)$", "$1es"),
  rule("(octop|vir)i$", "$1i"),
  rule("(octop|vir)us$", "$1i"),
  rule("^(ax|test)is$", "$1es"),
  rule("s$", "s"),
  rule("$", "s"),
];

export const SINGULARS: Rule[] = [
  rule("(database)s$", "$1"),
  rule("(quiz)zes$", "$1"),
  rule("(matr)ices$", "$1ix"),
  rule("(vert|ind)ices$", "$1ex"),
  rule("(passer)sby$", "$1by"),
  rule("^(ox)en", "$1"),
  rule("(alias|status)(es)?$", "$1"),
  rule("(octop|vir)(us|i)$", "$1us"),
  rule("^(a)x[ie]s$", "$1xis"),
  rule("(cris|test)(is|es)$", "$1is"),
  rule("(shoe)s$", "$1"),
  rule("(o)es$", "$1"),
  rule("(bus)(es)?$", "$1"),
  rule("(m|l)ice$", "$1ouse"),
  rule("(x|ch|ss|sh)es$", "$1"),
  rule("(m)ovies$", "$1ovie"),
  rule("(s)eries$", "$1eries"),
  rule("([^aeiouy]|qu)ies$", "$1y"),
  rule("([lr])ves$", "$1f"),
  rule("(tive|hive)s$", "$1"),
  rule("([^f])ves$", "$1fe"),
  rule("(analy|ba|diagno|parenthe|progno|synop|the)(sis|ses)$",
    (g) => g[1][0] + g[1].slice(1).toLowerCase() + "sis"),
  rule("([ti])a$", "$1um"),
  rule("(n)ews$", "$1ews"),
  rule("(ss)$", "$1"),
  rule("s$", ""),
];

function matchCase(first: string, word: string): string {
  const isUpper = first !== first.toLowerCase();
  return (isUpper ? word[0].toUpperCase() : word[0].toLowerCase()) + word.slice(1);
}

function irregular(one: string, many: string): void {
  const oneRest = one.slice(1);
  const manyRest = many.slice(1);
  if (one[0].toLowerCase() === many[0].toLowerCase()) {
    const head = `(${one[0]})`;
    PLURALS.unshift(rule(head + manyRest + "$", "$1" + manyRest), rule(head + oneRest + "$", "$1" + manyRest));
    SINGULARS.unshift(rule(head + manyRest + "$", "$1" + oneRest));
  } else {
    PLURALS.unshift(
      rule(`(${one[0]})${oneRest}$`, (g) => matchCase(g[1], many)),
      rule(`(${many[0]})${manyRest}$`, (g) => matchCase(g[1], many)),
    );
    SINGULARS.unshift(rule(`(${many[0]})${manyRest}$`, (g) => matchCase(g[1], one)));
  }
}

for (const [one, many] of [["person", "people"], ["man", "men"], ["human", "humans"], ["child", "children"],
  ["sex", "sexes"], ["move", "moves"], ["cow", "kine"], ["zombie", "zombies"]]) {
  irregular(one, many);
}

function firstRule(word: string, rules: Rule[]): string {
  for (const r of rules) {
    const m = r.pattern.exec(word);
    if (m) {
      const groups = Array.from(m, (g) => g ?? "");
      return word.slice(0, m.index) + r.rewrite(groups) + word.slice(m.index + m[0].length);
    }
  }
  return word;
}

export function pluralize(word: string): string {
  if (word === "" || UNCOUNTABLES.has(word.toLowerCase())) return word;
  return firstRule(word, PLURALS);
}

const uncountableEnd = new RegExp(`\\b(${[...UNCOUNTABLES].join("|")})$`, "i");

export function singularize(word: string): string {
  if (uncountableEnd.test(word)) return word;
  return firstRule(word, SINGULARS);
}

export function underscore(word: string): string {
  return word
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase();
}

export function camelize(text: string, uppercaseFirstLetter = true): string {
  const joined = text.replace(/(?:^|_)(.)/g, (_, c: string) => c.toUpperCase());
  if (uppercaseFirstLetter) return joined;
  if (text.length === 0) throw new RangeError("camelize: empty string");
  return text[0].toLowerCase() + joined.slice(1);
}

export function dasherize(word: string): string {
  return word.replace(/_/g, "-");
}

export function humanize(word: string): string {
  return word
    .replace(/_id$/, "")
    .replace(/_/g, " ")
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/^\w/, (c) => c.toUpperCase());
}

function pyTitle(s: string): string {
  let out = "";
  let afterLetter = false;
  for (const c of s) {
    const letter = /[A-Za-z]/.test(c);
    out += letter ? (afterLetter ? c.toLowerCase() : c.toUpperCase()) : c;
    afterLetter = letter;
  }
  return out;
}

export function titleize(word: string): string {
  return pyTitle(humanize(underscore(word))).replace(/\b('?\w)/g,
    (m: string) => m[0].toUpperCase() + m.slice(1).toLowerCase());
}

export function tableize(word: string): string {
  return pluralize(underscore(word));
}

export function transliterate(text: string): string {
  return text.normalize("NFKD").replace(/[^\x00-\x7f]/gu, "");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/-]/g, "\\$&");
}

export function parameterize(text: string, separator = "-"): string {
  let s = transliterate(text).replace(/[^a-z0-9\-_]+/gi, () => separator);
  if (separator !== "") {
    const head = escapeRegExp(separator.slice(0, -1));
    const last = escapeRegExp(separator.slice(-1));
    s = s.replace(new RegExp(`${head}(?:${last}){2,}`, "g"), () => separator);
    s = s.replace(new RegExp(`^${head}${last}`), "").replace(new RegExp(`${head}${last}$`), "");
  }
  return s.toLowerCase();
}

export function ordinal(n: number): string {
  const abs = Math.abs(Math.trunc(n));
  const lastTwo = abs % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[abs % 10] ?? "th";
}

export function ordinalize(n: number): string {
  return `${n}${ordinal(n)}`;
}
