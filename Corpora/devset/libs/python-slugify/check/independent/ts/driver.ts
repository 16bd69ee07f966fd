// JSON-lines driver for the independent TypeScript slugify (no @types/node: declare what is used).
import { slugify, smartTruncate, SlugOptions, SlugValueError } from "./slug";
import { Pair, PRE_TRANSLATIONS } from "./tables";

declare function require(name: string): any;
declare const process: any;

const optionNames: Record<string, keyof SlugOptions> = {
  entities: "entities", decimal: "decimal", hexadecimal: "hexadecimal", max_length: "maxLength",
  word_boundary: "wordBoundary", separator: "separator", save_order: "saveOrder", stopwords: "stopwords",
  regex_pattern: "regexPattern", lowercase: "lowercase", replacements: "replacements",
  allow_unicode: "allowUnicode", replacement_stage: "replacementStage", backend: "backend", algorithm: "algorithm",
};

function run(c: any): unknown {
  if (c.fn === "tables") return PRE_TRANSLATIONS;
  if (c.fn === "smart_truncate") {
    const [s, n, wb, sep, so] = c.args;
    return smartTruncate(s, n, wb, sep, so);
  }
  const opts: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.kw as Record<string, unknown>)) {
    opts[optionNames[k]] = k === "replacements" && v === "PRE" ? PRE_TRANSLATIONS : (v as Pair[]);
  }
  return slugify(c.text, opts as SlugOptions);
}

const answers: string[] = [];
for (const line of (require("fs").readFileSync(0, "utf8") as string).split("\n")) {
  if (!line) continue;
  let answer: unknown;
  try {
    answer = { ok: run(JSON.parse(line)) };
  } catch (e) {
    if (!(e instanceof SlugValueError)) throw e;
    answer = { error: "ValueError" };
  }
  answers.push(JSON.stringify(answer) + "\n");
}
process.stdout.write(answers.join(""));
