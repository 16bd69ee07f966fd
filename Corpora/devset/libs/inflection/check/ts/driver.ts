import * as inflection from './inflection';

declare const require: any;
declare const process: any;

const fs = require('fs');
const lines: string[] = fs.readFileSync(0, 'utf8').split('\n').filter((l: string) => l.length > 0);
const out: string[] = [];
for (const line of lines) {
  const c = JSON.parse(line);
  const a = c.args;
  let res: any;
  try {
    switch (c.fn) {
      case 'camelize': res = a.length > 1 ? inflection.camelize(a[0], a[1]) : inflection.camelize(a[0]); break;
      case 'ordinal': res = inflection.ordinal(a[0]); break;
      case 'ordinalize': res = inflection.ordinalize(a[0]); break;
      case 'parameterize': res = inflection.parameterize(a[0], a[1]); break;
      default: res = (inflection as any)[c.fn](a[0]);
    }
    out.push(JSON.stringify({ ok: res }));
  } catch (e) {
    out.push(JSON.stringify({ error: true }));
  }
}
process.stdout.write(out.map((l) => l + '\n').join(''));
