import { slugify, smartTruncate, PRE_TRANSLATIONS } from './slugify';

declare const require: any;
declare const process: any;

const fs = require('fs');
const lines: string[] = fs.readFileSync(0, 'utf8').split('\n').filter((l: string) => l.length > 0);
const out: string[] = [];
for (const line of lines) {
  const c = JSON.parse(line);
  let res: any;
  try {
    if (c.fn === 'tables') {
      res = { ok: PRE_TRANSLATIONS };
    } else if (c.fn === 'smart_truncate') {
      const [s, maxLength, wordBoundary, separator, saveOrder] = c.args;
      res = { ok: smartTruncate(s, maxLength, wordBoundary, separator, saveOrder) };
    } else {
      const kw = c.kw;
      const o: any = {
        entities: kw.entities,
        decimal: kw.decimal,
        hexadecimal: kw.hexadecimal,
        maxLength: kw.max_length,
        wordBoundary: kw.word_boundary,
        separator: kw.separator,
        saveOrder: kw.save_order,
        stopwords: kw.stopwords,
        regexPattern: kw.regex_pattern,
        lowercase: kw.lowercase,
        replacements: kw.replacements === 'PRE' ? PRE_TRANSLATIONS : kw.replacements,
        allowUnicode: kw.allow_unicode,
        replacementStage: kw.replacement_stage,
        backend: kw.backend,
        algorithm: kw.algorithm,
      };
      for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
      res = { ok: slugify(c.text, o) };
    }
  } catch (e) {
    res = { error: e instanceof RangeError ? 'ValueError' : String(e) };
  }
  out.push(JSON.stringify(res));
}
process.stdout.write(out.map((l) => l + '\n').join(''));
