import * as tz from './index';

declare const require: any;
declare const process: any;

const num = (x: any): number => {
  if (typeof x !== 'number') throw new tz.TypeError_('unsupported operand type');
  return x;
};
const mod = (a: number, b: number) => ((num(a) % b) + b) % b;
const FUNCS: { [name: string]: any } = {
  inc: (x: number) => num(x) + 1, double: (x: number) => 2 * num(x), neg: (x: number) => -num(x), mod3: (x: number) => mod(x, 3),
  iseven: (x: number) => mod(x, 2) === 0, isodd: (x: number) => mod(x, 2) === 1, ispos: (x: number) => x > 0,
  len: (x: any) => x.length, upper: (s: string) => s.toUpperCase(), identity: (x: any) => x, dup: (x: any) => [x, x],
  add: (a: number, b: number) => num(a) + num(b), mul: (a: number, b: number) => num(a) * num(b),
  max: (a: number, b: number) => (num(b) > num(a) ? b : a), sub: (a: number, b: number) => num(a) - num(b),
  sum: (xs: number[]) => xs.reduce((s, x) => s + x, 0), count: (xs: any[]) => xs.length,
  maxl: (xs: number[]) => xs.reduce((m, x) => (x > m ? x : m)), firstl: (xs: any[]) => xs[0], list: (xs: any[]) => xs.slice(),
  swap: ([k, v]: [any, any]) => [v, k], v_even: ([, v]: [any, number]) => mod(v, 2) === 0,
  k_small: ([k]: [string, any]) => k < 'c', lt_c: (k: string) => k < 'c', keep: (a: any, _b: any) => a,
};

function dec(v: any): any {
  if (Array.isArray(v)) return v.map(dec);
  if (v !== null && typeof v === 'object') {
    if ('f' in v) return FUNCS[v.f];
    return new Map(v.d.map(([k, x]: [any, any]) => [dec(k), dec(x)]));
  }
  return v;
}

function enc(x: any): any {
  if (x instanceof Map) {
    const pairs = Array.from(x, ([k, v]) => [enc(k), enc(v)]);
    pairs.sort((a, b) => cmp(JSON.stringify(a[0]), JSON.stringify(b[0])));
    return { d: pairs };
  }
  if (Array.isArray(x)) return x.map(enc);
  if (x !== null && typeof x === 'object' && typeof x[Symbol.iterator] === 'function') return Array.from(x, enc);
  if (x === undefined) return null;
  return x;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function call(c: any): any {
  const a = c.args.map(dec);
  const kw: any = {};
  for (const k of Object.keys(c.kw ?? {})) kw[k] = dec(c.kw[k]);
  const opt = (i: number) => (a.length > i ? [a[i]] : []);
  switch (c.fn) {
    case 'remove': return tz.remove(a[0], a[1]);
    case 'accumulate': return tz.accumulate(a[0], a[1], ...opt(2));
    case 'groupby': return tz.groupby(a[0], a[1]);
    case 'merge_sorted': return tz.mergeSorted(a, kw.key ?? null);
    case 'interleave': return tz.interleave(a[0]);
    case 'unique': return tz.unique(a[0], a.length > 1 ? a[1] : null);
    case 'isiterable': return tz.isiterable(a[0]);
    case 'isdistinct': return tz.isdistinct(a[0]);
    case 'take': return tz.take(a[0], a[1]);
    case 'drop': return tz.drop(a[0], a[1]);
    case 'take_nth': return tz.takeNth(a[0], a[1]);
    case 'tail': return tz.tail(a[0], a[1]);
    case 'first': return tz.first(a[0]);
    case 'second': return tz.second(a[0]);
    case 'last': return tz.last(a[0]);
    case 'nth': return tz.nth(a[0], a[1]);
    case 'rest': return tz.rest(a[0]);
    case 'get': return tz.get(a[0], a[1], ...opt(2));
    case 'concat': return tz.concat(a[0]);
    case 'concatv': return tz.concatv(...a);
    case 'mapcat': return tz.mapcat(a[0], a[1]);
    case 'cons': return tz.cons(a[0], a[1]);
    case 'interpose': return tz.interpose(a[0], a[1]);
    case 'frequencies': return tz.frequencies(a[0]);
    case 'reduceby': return tz.reduceby(a[0], a[1], a[2], ...opt(3));
    case 'iterate': return Array.from(tz.take(c.n, tz.iterate(a[0], a[1])));
    case 'sliding_window': return tz.slidingWindow(a[0], a[1]);
    case 'partition': return tz.partition(a[0], a[1], ...opt(2));
    case 'partition_all': return tz.partitionAll(a[0], a[1]);
    case 'count': return tz.count(a[0] instanceof Map ? a[0].keys() : a[0]);
    case 'pluck': return tz.pluck(a[0], a[1], ...opt(2));
    case 'join': {
      const pairs = Array.from(tz.join(a[0], a[1], a[2], a[3],
        'left_default' in kw ? kw.left_default : tz.noDefault, 'right_default' in kw ? kw.right_default : tz.noDefault));
      return pairs.map(enc).map((p) => [JSON.stringify(p), p]).sort((x: any, y: any) => cmp(x[0], y[0])).map((x: any) => x[1]);
    }
    case 'diff': return tz.diff(a, kw);
    case 'topk': return tz.topk(a[0], a[1], a.length > 2 ? a[2] : null);
    case 'peek': { const [head, rest] = tz.peek(a[0]); return [head, Array.from(rest)]; }
    case 'peekn': { const [head, rest] = tz.peekn(a[0], a[1]); return [head, Array.from(rest)]; }
    case 'merge': return tz.merge(a);
    case 'merge_with': return tz.mergeWith(a[0], a.slice(1));
    case 'valmap': return tz.valmap(a[0], a[1]);
    case 'keymap': return tz.keymap(a[0], a[1]);
    case 'itemmap': return tz.itemmap(a[0], a[1]);
    case 'valfilter': return tz.valfilter(a[0], a[1]);
    case 'keyfilter': return tz.keyfilter(a[0], a[1]);
    case 'itemfilter': return tz.itemfilter(a[0], a[1]);
    case 'assoc': return tz.assoc(a[0], a[1], a[2]);
    case 'dissoc': return tz.dissoc(a[0], a.slice(1));
    case 'assoc_in': return tz.assocIn(a[0], a[1], a[2]);
    case 'update_in': return tz.updateIn(a[0], a[1], a[2], ...opt(3));
    case 'get_in': return tz.getIn(a[0], a[1], ...(a.length > 2 ? [a[2]] : []), ...(a.length > 3 ? [a[3]] : []));
  }
  throw new Error('unknown function ' + c.fn);
}

const fs = require('fs');
const lines: string[] = fs.readFileSync(0, 'utf8').split('\n').filter((l: string) => l.length > 0);
const out: string[] = [];
for (const line of lines) {
  const c = JSON.parse(line);
  let res: any;
  try {
    res = { ok: enc(call(c)) };
  } catch (e: any) {
    const name = e instanceof RangeError ? 'ValueError' : e.name;
    res = { error: name };
  }
  out.push(JSON.stringify(res));
}
process.stdout.write(out.map((l) => l + '\n').join(''));
