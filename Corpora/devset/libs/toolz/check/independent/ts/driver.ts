// JSON-lines driver for the independent TypeScript toolz. Arguments: {"f": name} is a function from the
// table below (Python semantics, including its TypeErrors), {"d": pairs} a dict (Map). Results: dicts as
// {"d": pairs sorted by the compact JSON of the key}, iterators materialised, join() pairs sorted.
import * as it from "./itertoolz";
import * as dt from "./dicttoolz";
import { IndexError, KeyError, Py, StopIteration, ValueError, isDict, lengthOf, listOf, typeName } from "./pyvalues";

declare function require(name: string): any;
declare const process: any;

function num(x: Py): number {
  if (typeof x !== "number") throw new TypeError(`unsupported operand type: '${typeName(x)}'`);
  return x;
}

function pyMod(a: Py, b: number): number {
  const r = num(a) % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

function pyLess(a: Py, b: Py): boolean {
  if (typeof a === typeof b && (typeof a === "number" || typeof a === "string")) return a < b;
  throw new TypeError(`'<' not supported between '${typeName(a)}' and '${typeName(b)}'`);
}

function pyMax(xs: Py[]): Py {
  if (xs.length === 0) throw new ValueError("max() arg is an empty sequence");
  return xs.reduce((m, x) => (pyLess(m, x) ? x : m));
}

function pyLen(x: Py): number {
  const n = lengthOf(x);
  if (n < 0) throw new TypeError(`object of type '${typeName(x)}' has no len()`);
  return n;
}

const FUNCS: Record<string, (...a: Py[]) => Py> = {
  inc: (x) => num(x) + 1, double: (x) => 2 * num(x), neg: (x) => -num(x), mod3: (x) => pyMod(x, 3),
  iseven: (x) => pyMod(x, 2) === 0, isodd: (x) => pyMod(x, 2) === 1, ispos: (x) => num(x) > 0,
  len: pyLen, upper: (s) => String(s).toUpperCase(), identity: (x) => x, dup: (x) => [x, x],
  add: (a, b) => num(a) + num(b), mul: (a, b) => num(a) * num(b), max: (a, b) => pyMax([a, b]),
  sub: (a, b) => num(a) - num(b),
  sum: (xs) => listOf(xs).reduce((t: number, x: Py) => t + num(x), 0), count: pyLen, maxl: (xs) => pyMax(listOf(xs)),
  firstl: (xs) => { if (!xs.length) throw new IndexError("list index out of range"); return xs[0]; },
  list: (xs) => listOf(xs),
  swap: (kv) => [kv[1], kv[0]], v_even: (kv) => pyMod(kv[1], 2) === 0, k_small: (kv) => pyLess(kv[0], "c"),
  lt_c: (k) => pyLess(k, "c"), keep: (a, _b) => a,
};

function dec(v: Py): Py {
  if (Array.isArray(v)) return v.map(dec);
  if (v !== null && typeof v === "object") {
    if ("f" in v) return FUNCS[v.f];
    return new Map(v.d.map(([k, x]: [Py, Py]) => [dec(k), dec(x)]));
  }
  return v;
}

function canon(x: Py): string {
  return JSON.stringify(x);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function enc(x: Py): Py {
  if (isDict(x)) {
    const pairs = [...x].map(([k, v]) => [enc(k), enc(v)]);
    return { d: pairs.sort((p, q) => byText(canon(p[0]), canon(q[0]))) };
  }
  if (Array.isArray(x)) return x.map(enc);
  if (x !== null && typeof x === "object" && typeof x[Symbol.iterator] === "function") return [...x].map(enc);
  if (x !== null && typeof x === "object" && typeof x.next === "function") return listOf(x).map(enc);
  return x;
}

function call(fn: string, a: Py[], kw: Record<string, Py>): Py {
  const opt = (i: number) => (a.length > i ? a[i] : it.NO_DEFAULT);
  switch (fn) {
    case "remove": return it.remove(a[0], a[1]);
    case "accumulate": return it.accumulate(a[0], a[1], opt(2));
    case "groupby": return it.groupby(a[0], a[1]);
    case "merge_sorted": return it.mergeSorted(a, kw.key ?? null);
    case "interleave": return it.interleave(a[0]);
    case "unique": return it.unique(a[0], a.length > 1 ? a[1] : null);
    case "isiterable": return it.isiterable(a[0]);
    case "isdistinct": return it.isdistinct(a[0]);
    case "take": return it.take(a[0], a[1]);
    case "drop": return it.drop(a[0], a[1]);
    case "take_nth": return it.takeNth(a[0], a[1]);
    case "tail": return it.tail(a[0], a[1]);
    case "first": return it.first(a[0]);
    case "second": return it.second(a[0]);
    case "last": return it.last(a[0]);
    case "nth": return it.nth(a[0], a[1]);
    case "rest": return it.rest(a[0]);
    case "get": return it.get(a[0], a[1], opt(2));
    case "concat": return it.concat(a[0]);
    case "concatv": return it.concatv(...a);
    case "mapcat": return it.mapcat(a[0], a[1]);
    case "cons": return it.cons(a[0], a[1]);
    case "interpose": return it.interpose(a[0], a[1]);
    case "frequencies": return it.frequencies(a[0]);
    case "reduceby": return it.reduceby(a[0], a[1], a[2], opt(3));
    case "sliding_window": return it.slidingWindow(a[0], a[1]);
    case "partition": return it.partition(a[0], a[1], opt(2));
    case "partition_all": return it.partitionAll(a[0], a[1]);
    case "count": return it.count(a[0]);
    case "pluck": return it.pluck(a[0], a[1], opt(2));
    case "join": {
      const defaults: it.JoinDefaults = {};
      if ("left_default" in kw) defaults.leftDefault = kw.left_default;
      if ("right_default" in kw) defaults.rightDefault = kw.right_default;
      return it.join(a[0], a[1], a[2], a[3], defaults);
    }
    case "diff": {
      const options: it.DiffOptions = {};
      if ("default" in kw) options.fill = kw.default;
      if (kw.key) options.key = kw.key;
      return it.diff(a, options);
    }
    case "topk": return it.topk(a[0], a[1], a.length > 2 ? a[2] : null);
    case "merge": return dt.merge(a);
    case "merge_with": return dt.mergeWith(a[0], a.slice(1));
    case "valmap": return dt.valmap(a[0], a[1]);
    case "keymap": return dt.keymap(a[0], a[1]);
    case "itemmap": return dt.itemmap(a[0], a[1]);
    case "valfilter": return dt.valfilter(a[0], a[1]);
    case "keyfilter": return dt.keyfilter(a[0], a[1]);
    case "itemfilter": return dt.itemfilter(a[0], a[1]);
    case "assoc": return dt.assoc(a[0], a[1], a[2]);
    case "dissoc": return dt.dissoc(a[0], a.slice(1));
    case "assoc_in": return dt.assocIn(a[0], a[1], a[2]);
    case "update_in": return dt.updateIn(a[0], a[1], a[2], a.length > 3 ? a[3] : null);
    case "get_in": return dt.getIn(a[0], a[1], a.length > 2 ? a[2] : null, a.length > 3 ? a[3] : false);
    default: throw new Error(`unknown function ${fn}`);
  }
}

function answer(c: Py): Py {
  const args: Py[] = (c.args ?? []).map(dec);
  const kw: Record<string, Py> = {};
  for (const [k, v] of Object.entries(c.kw ?? {})) kw[k] = dec(v);
  try {
    if (c.fn === "iterate") return { ok: enc(it.take(c.n, it.iterate(args[0], args[1]))) };
    if (c.fn === "peek" || c.fn === "peekn") {
      const [head, whole] = c.fn === "peek" ? it.peek(args[0]) : it.peekn(args[0], args[1]);
      return { ok: [enc(head), enc([...whole])] };
    }
    const result = call(c.fn, args, kw);
    if (c.fn === "join") return { ok: enc(result).sort((p: Py, q: Py) => byText(canon(p), canon(q))) };
    return { ok: enc(result) };
  } catch (e) {
    for (const kind of [KeyError, IndexError, StopIteration, ValueError, TypeError]) {
      if (e instanceof kind) return { error: kind.name };
    }
    throw e;
  }
}

const out: string[] = [];
for (const line of (require("fs").readFileSync(0, "utf8") as string).split("\n")) {
  if (line) out.push(JSON.stringify(answer(JSON.parse(line))) + "\n");
}
process.stdout.write(out.join(""));
