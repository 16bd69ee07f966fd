// Lazy helpers over iterables (the itertoolz half of the toolz API).
import {
  Dict, equal, IndexError, isIterable, itemOf, iterOf, KeyError, lengthOf, less, Py, StopIteration,
  ValueError, listOf,
} from "./pyvalues";

export type Fn1 = (x: Py) => Py;
export type Fn2 = (a: Py, b: Py) => Py;
/** A key: a function, or an index / list of indices for getter(). */
export type Key = Fn1 | Py;

/** Marks an omitted optional argument (distinct from null). */
export const NO_DEFAULT: unique symbol = Symbol("no default");
type Maybe<T> = T | typeof NO_DEFAULT;

function* fromIterator(it: Iterator<Py>): Generator<Py> {
  for (let r = it.next(); !r.done; r = it.next()) yield r.value;
}

function items(seq: Py): Generator<Py> {
  return fromIterator(iterOf(seq));
}

export function getter(index: Py): Fn1 {
  if (Array.isArray(index)) return (x) => index.map((i) => itemOf(x, i));
  return (x) => itemOf(x, index);
}

function keyFn(key: Key): Fn1 {
  return typeof key === "function" ? key : getter(key);
}

export function* remove(predicate: Fn1, seq: Py): Generator<Py> {
  for (const x of items(seq)) if (!predicate(x)) yield x;
}

export function* accumulate(binop: Fn2, seq: Py, initial: Maybe<Py> = NO_DEFAULT): Generator<Py> {
  const it = iterOf(seq);
  let total: Py;
  if (initial === NO_DEFAULT) {
    const r = it.next();
    if (r.done) return;
    total = r.value;
  } else {
    total = initial;
  }
  yield total;
  for (const x of fromIterator(it)) {
    total = binop(total, x);
    yield total;
  }
}

export function groupby(key: Key, seq: Py): Dict {
  const f = keyFn(key);
  const groups: Dict = new Map();
  for (const x of items(seq)) {
    const k = f(x);
    const bucket = groups.get(k);
    if (bucket) bucket.push(x); else groups.set(k, [x]);
  }
  return groups;
}

function* mergeTwo(left: Iterator<Py>, right: Iterator<Py>, key: Fn1): Generator<Py> {
  let a = left.next();
  if (a.done) { yield* fromIterator(right); return; }
  let b = right.next();
  if (b.done) { yield a.value; yield* fromIterator(left); return; }
  let ka = key(a.value);
  let kb = key(b.value);
  for (;;) {
    if (less(kb, ka)) {
      yield b.value;
      b = right.next();
      if (b.done) { yield a.value; yield* fromIterator(left); return; }
      kb = key(b.value);
    } else {
      yield a.value;
      a = left.next();
      if (a.done) { yield b.value; yield* fromIterator(right); return; }
      ka = key(a.value);
    }
  }
}

/** Merges sorted iterables; on ties the earlier iterable's items come first. */
export function mergeSorted(seqs: Py[], key: Fn1 | null = null): Iterator<Py> {
  const k = key ?? ((x: Py) => x);
  if (seqs.length === 0) return [][Symbol.iterator]();
  if (seqs.length === 1) return iterOf(seqs[0]);
  const mid = Math.floor(seqs.length / 2);
  return mergeTwo(mergeSorted(seqs.slice(0, mid), k), mergeSorted(seqs.slice(mid), k), k);
}

export function* interleave(seqs: Py): Generator<Py> {
  let live = [...items(seqs)].map(iterOf);
  while (live.length > 0) {
    const still: Iterator<Py>[] = [];
    for (const it of live) {
      const r = it.next();
      if (!r.done) { yield r.value; still.push(it); }
    }
    live = still;
  }
}

export function* unique(seq: Py, key: Key | null = null): Generator<Py> {
  const seen = new Set<Py>();
  const f = key === null ? (x: Py) => x : keyFn(key);
  for (const x of items(seq)) {
    const tag = f(x);
    if (!seen.has(tag)) { seen.add(tag); yield x; }
  }
}

export function isiterable(x: Py): boolean {
  return isIterable(x) || x instanceof Map;
}

export function isdistinct(seq: Py): boolean {
  const seen = new Set<Py>();
  for (const x of items(seq)) {
    if (seen.has(x)) return false;
    seen.add(x);
  }
  return true;
}

function checkCount(n: number, what: string, min = 0): void {
  if (!Number.isInteger(n) || n < min) throw new ValueError(`${what} must be an integer >= ${min}`);
}

export function* take(n: number, seq: Py): Generator<Py> {
  checkCount(n, "take count");
  if (n === 0) return;
  let left = n;
  for (const x of items(seq)) {
    yield x;
    if (--left === 0) return;
  }
}

export function* drop(n: number, seq: Py): Generator<Py> {
  checkCount(n, "drop count");
  let skip = n;
  for (const x of items(seq)) {
    if (skip > 0) { skip--; continue; }
    yield x;
  }
}

export function* takeNth(n: number, seq: Py): Generator<Py> {
  checkCount(n, "step", 1);
  let i = 0;
  for (const x of items(seq)) {
    if (i % n === 0) yield x;
    i++;
  }
}

export function tail(n: number, seq: Py): Py {
  if (typeof seq === "string" || Array.isArray(seq)) return seq.slice(-n);
  const all = listOf(seq);
  return n <= 0 ? [] : all.slice(-n);
}

export function first(seq: Py): Py {
  const r = iterOf(seq).next();
  if (r.done) throw new StopIteration("empty sequence");
  return r.value;
}

export function second(seq: Py): Py {
  const it = iterOf(seq);
  it.next();
  const r = it.next();
  if (r.done) throw new StopIteration("sequence too short");
  return r.value;
}

export function nth(n: number, seq: Py): Py {
  if (typeof seq === "string" || Array.isArray(seq)) return itemOf(seq, n);
  checkCount(n, "index");
  let i = 0;
  for (const x of items(seq)) if (i++ === n) return x;
  throw new StopIteration("sequence too short");
}

export function last(seq: Py): Py {
  const end = tail(1, seq);
  if (end.length === 0) throw new IndexError("empty sequence");
  return end[0];
}

export function rest(seq: Py): Iterator<Py> {
  const it = iterOf(seq);
  it.next();
  return it;
}

function itemOr(seq: Py, ind: Py, fallback: Py): Py {
  try {
    return itemOf(seq, ind);
  } catch (e) {
    if (e instanceof KeyError || e instanceof IndexError) return fallback;
    throw e;
  }
}

export function get(ind: Py, seq: Py, fallback: Maybe<Py> = NO_DEFAULT): Py {
  try {
    return itemOf(seq, ind);
  } catch (e) {
    if (e instanceof TypeError) {
      if (Array.isArray(ind)) {
        if (fallback === NO_DEFAULT) return getter(ind)(seq);
        return ind.map((i) => itemOr(seq, i, fallback));
      }
      if (fallback === NO_DEFAULT) throw e;
      return fallback;
    }
    if ((e instanceof KeyError || e instanceof IndexError) && fallback !== NO_DEFAULT) return fallback;
    throw e;
  }
}

export function* concat(seqs: Py): Generator<Py> {
  for (const s of items(seqs)) yield* items(s);
}

export function concatv(...seqs: Py[]): Generator<Py> {
  return concat(seqs);
}

export function* mapcat(func: Fn1, seqs: Py): Generator<Py> {
  for (const s of items(seqs)) yield* items(func(s));
}

export function* cons(el: Py, seq: Py): Generator<Py> {
  yield el;
  yield* items(seq);
}

export function* interpose(el: Py, seq: Py): Generator<Py> {
  let started = false;
  for (const x of items(seq)) {
    if (started) yield el;
    yield x;
    started = true;
  }
}

export function frequencies(seq: Py): Dict {
  const counts: Dict = new Map();
  for (const x of items(seq)) counts.set(x, (counts.get(x) ?? 0) + 1);
  return counts;
}

export function reduceby(key: Key, binop: Fn2, seq: Py, init: Maybe<Py> = NO_DEFAULT): Dict {
  const f = keyFn(key);
  const totals: Dict = new Map();
  for (const x of items(seq)) {
    const k = f(x);
    if (totals.has(k)) totals.set(k, binop(totals.get(k), x));
    else if (init === NO_DEFAULT) totals.set(k, x);
    else totals.set(k, binop(typeof init === "function" ? init() : init, x));
  }
  return totals;
}

export function* iterate(func: Fn1, x: Py): Generator<Py> {
  for (let v = x; ; v = func(v)) yield v;
}

export function* slidingWindow(n: number, seq: Py): Generator<Py[]> {
  if (n < 0) throw new ValueError("window size must be non-negative");
  if (n === 0) return;
  const window: Py[] = [];
  for (const x of items(seq)) {
    window.push(x);
    if (window.length > n) window.shift();
    if (window.length === n) yield [...window];
  }
}

export function* partitionAll(n: number, seq: Py): Generator<Py[]> {
  if (n <= 0) return;
  let group: Py[] = [];
  for (const x of items(seq)) {
    group.push(x);
    if (group.length === n) { yield group; group = []; }
  }
  if (group.length > 0) yield group;
}

export function* partition(n: number, seq: Py, pad: Maybe<Py> = NO_DEFAULT): Generator<Py[]> {
  for (const group of partitionAll(n, seq)) {
    if (group.length === n) yield group;
    else if (pad !== NO_DEFAULT) yield [...group, ...new Array(n - group.length).fill(pad)];
  }
}

export function count(seq: Py): number {
  const n = lengthOf(seq);
  if (n >= 0) return n;
  let total = 0;
  for (const _ of items(seq)) total++;
  return total;
}

export function* pluck(ind: Py, seqs: Py, fallback: Maybe<Py> = NO_DEFAULT): Generator<Py> {
  const pick = fallback === NO_DEFAULT ? getter(ind)
    : Array.isArray(ind) ? (s: Py) => ind.map((i) => itemOr(s, i, fallback))
    : (s: Py) => itemOr(s, ind, fallback);
  for (const s of items(seqs)) yield pick(s);
}

export interface JoinDefaults {
  leftDefault?: Py;
  rightDefault?: Py;
}

/** Pairs (left, right) with equal keys; the left side is grouped in memory, the right side streamed. */
export function* join(leftkey: Key, leftseq: Py, rightkey: Key, rightseq: Py,
  defaults: JoinDefaults = {}): Generator<[Py, Py]> {
  const groups = groupby(leftkey, leftseq);
  const rk = keyFn(rightkey);
  const matched = new Set<Py>();
  for (const right of items(rightseq)) {
    const k = rk(right);
    const lefts = groups.get(k);
    if (lefts !== undefined) {
      matched.add(k);
      for (const left of lefts) yield [left, right];
    } else if ("leftDefault" in defaults) {
      yield [defaults.leftDefault, right];
    }
  }
  if ("rightDefault" in defaults) {
    for (const [k, lefts] of groups) {
      if (!matched.has(k)) for (const left of lefts) yield [left, defaults.rightDefault];
    }
  }
}

export interface DiffOptions {
  fill?: Py;
  key?: Fn1;
}

/** Rows of items at the same position that are not all equal (a lone list argument holds the sequences). */
export function diff(seqs: Py[], options: DiffOptions = {}): Generator<Py[]> {
  const all = seqs.length === 1 && Array.isArray(seqs[0]) ? seqs[0] : seqs;
  if (all.length < 2) throw new TypeError("diff needs at least two sequences");
  return differing(all.map(iterOf), "fill" in options, options.fill, options.key);
}

function* differing(its: Iterator<Py>[], padded: boolean, fill: Py, key: Fn1 | undefined): Generator<Py[]> {
  for (;;) {
    const row: Py[] = [];
    let live = 0;
    for (const it of its) {
      const r = it.next();
      if (r.done) row.push(fill); else { row.push(r.value); live++; }
    }
    if (padded ? live === 0 : live < its.length) return;
    const seen = key ? row.map(key) : row;
    if (seen.some((v) => !equal(v, seen[0]))) yield row;
  }
}

export function topk(k: number, seq: Py, key: Key | null = null): Py[] {
  if (k <= 0) return [];
  const f = key === null ? (x: Py) => x : keyFn(key);
  const keyed = [...items(seq)].map((x, i) => ({ x, k: f(x), i }));
  keyed.sort((a, b) => (less(b.k, a.k) ? -1 : less(a.k, b.k) ? 1 : a.i - b.i));
  return keyed.slice(0, k).map((e) => e.x);
}

export function peek(seq: Py): [Py, Generator<Py>] {
  const it = iterOf(seq);
  const r = it.next();
  if (r.done) throw new StopIteration("empty sequence");
  return [r.value, cons(r.value, fromIterator(it))];
}

export function peekn(n: number, seq: Py): [Py[], Generator<Py>] {
  const it = iterOf(seq);
  const head: Py[] = [];
  while (head.length < n) {
    const r = it.next();
    if (r.done) break;
    head.push(r.value);
  }
  return [head, (function* () { yield* head; yield* fromIterator(it); })()];
}

/** Keeps each item with probability prob; `random` supplies numbers in [0, 1). */
export function* randomSample(prob: number, seq: Py, random: () => number = Math.random): Generator<Py> {
  for (const x of items(seq)) if (random() < prob) yield x;
}

