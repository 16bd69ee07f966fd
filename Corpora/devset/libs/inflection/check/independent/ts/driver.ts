// JSON-lines driver for the independent TypeScript inflection (no @types/node: declare what is used).
import * as infl from "./inflection";

declare function require(name: string): any;
declare const process: any;

type Fn = (...args: any[]) => string;
const table: Record<string, Fn> = {
  camelize: infl.camelize, dasherize: infl.dasherize, humanize: infl.humanize, ordinal: infl.ordinal,
  ordinalize: infl.ordinalize, parameterize: infl.parameterize, pluralize: infl.pluralize,
  singularize: infl.singularize, tableize: infl.tableize, titleize: infl.titleize,
  transliterate: infl.transliterate, underscore: infl.underscore,
};

const input: string = require("fs").readFileSync(0, "utf8");
const answers: string[] = [];
for (const line of input.split("\n")) {
  if (!line) continue;
  const c = JSON.parse(line) as { fn: string; args: any[] };
  let answer: unknown;
  try {
    answer = { ok: table[c.fn](...c.args) };
  } catch (e) {
    answer = { error: true };
  }
  answers.push(JSON.stringify(answer) + "\n");
}
process.stdout.write(answers.join(""));
