import { IndexError, KeyError, StopIteration, TypeError_, itemAt, noDefault, NoDefault } from './errors';

export type Fn<A = any, B = any> = (x: A) => B;
export type Key = any;

function isCallable(x: any): x is Function {
  return typeof x === 'function';
}

/** Return those items of sequence for which predicate(item) is False. */
export function* remove<T>(predicate: Fn<T, boolean>, seq: Iterable<T>): Generator<T> {
  for (const item of seq) {
    if (!predicate(item)) {
      yield item;
    }
  }
}

/**
 * Repeatedly apply binary function to a sequence, accumulating results.
 *
 *     accumulate(add, [1, 2, 3, 4, 5])  // 1, 3, 6, 10, 15
 *     accumulate(mul, [1, 2, 3, 4, 5])  // 1, 2, 6, 24, 120
 *     accumulate(add, [1, 2, 3], -1)    // -1, 0, 2, 5
 */
export function* accumulate<T>(binop: (a: T, b: T) => T, seq: Iterable<T>, initial: T | NoDefault = noDefault) {
  const it = seq[Symbol.iterator]();
  let result: T;
  if (initial === noDefault) {
    const head = it.next();
    if (head.done) {
      return;
    }
    result = head.value;
  } else {
    result = initial;
  }
  yield result;
  for (let elem = it.next(); !elem.done; elem = it.next()) {
    result = binop(result, elem.value);
    yield result;
  }
}

/**
 * Group a collection by a key function.
 *
 *     groupby(len, ['Alice', 'Bob', 'Charlie', 'Dan', 'Edith', 'Frank'])
 *     // Map { 3 => ['Bob', 'Dan'], 5 => ['Alice', 'Edith', 'Frank'], 7 => ['Charlie'] }
 *
 * Non-callable keys imply grouping on a member.
 */
export function groupby<T>(key: Fn<T> | Key, seq: Iterable<T>): Map<any, T[]> {
  if (!isCallable(key)) {
    key = getter(key);
  }
  const d = new Map<any, T[]>();
  for (const item of seq) {
    const k = (key as Fn<T>)(item);
    const group = d.get(k);
    if (group === undefined) {
      d.set(k, [item]);
    } else {
      group.push(item);
    }
  }
  return d;
}

function* drain<T>(it: Iterator<T>): Generator<T> {
  for (let n = it.next(); !n.done; n = it.next()) {
    yield n.value;
  }
}

function lessThan(a: any, b: any): boolean {
  return a < b;
}

/**
 * Merge and sort a collection of sorted collections.
 *
 * This works lazily and only keeps one value from each iterable in memory.
 *
 *     mergeSorted([[1, 3, 5], [2, 4, 6]])  // 1, 2, 3, 4, 5, 6
 *
 * The "key" function used to sort the input may be passed as a keyword.
 */
export function mergeSorted<T>(seqs: Iterable<T>[], key: Fn<T> | null = null): Iterator<T> {
  if (seqs.length === 0) {
    return [][Symbol.iterator]();
  } else if (seqs.length === 1) {
    return seqs[0][Symbol.iterator]();
  }
  if (key === null) {
    return mergeSortedBinary(seqs);
  } else {
    return mergeSortedBinaryKey(seqs, key);
  }
}

function* mergeSortedBinary<T>(seqs: Iterable<T>[]): Generator<T> {
  const mid = Math.floor(seqs.length / 2);
  const L1 = seqs.slice(0, mid);
  const seq1: Iterator<T> = L1.length === 1 ? L1[0][Symbol.iterator]() : mergeSortedBinary(L1);
  const L2 = seqs.slice(mid);
  const seq2: Iterator<T> = L2.length === 1 ? L2[0][Symbol.iterator]() : mergeSortedBinary(L2);

  let next2 = seq2.next();
  if (next2.done) {
    yield* drain(seq1);
    return;
  }
  let val2 = next2.value;
  for (let next1 = seq1.next(); !next1.done; next1 = seq1.next()) {
    const val1 = next1.value;
    if (lessThan(val2, val1)) {
      yield val2;
      let exhausted = true;
      for (next2 = seq2.next(); !next2.done; next2 = seq2.next()) {
        val2 = next2.value;
        if (lessThan(val2, val1)) {
          yield val2;
        } else {
          yield val1;
          exhausted = false;
          break;
        }
      }
      if (exhausted) {
        yield val1;
        yield* drain(seq1);
        return;
      }
    } else {
      yield val1;
    }
  }
  yield val2;
  yield* drain(seq2);
}

function* mergeSortedBinaryKey<T>(seqs: Iterable<T>[], key: Fn<T>): Generator<T> {
  const mid = Math.floor(seqs.length / 2);
  const L1 = seqs.slice(0, mid);
  const seq1: Iterator<T> = L1.length === 1 ? L1[0][Symbol.iterator]() : mergeSortedBinaryKey(L1, key);
  const L2 = seqs.slice(mid);
  const seq2: Iterator<T> = L2.length === 1 ? L2[0][Symbol.iterator]() : mergeSortedBinaryKey(L2, key);

  let next2 = seq2.next();
  if (next2.done) {
    yield* drain(seq1);
    return;
  }
  let val2 = next2.value;
  let key2 = key(val2);
  for (let next1 = seq1.next(); !next1.done; next1 = seq1.next()) {
    const val1 = next1.value;
    const key1 = key(val1);
    if (lessThan(key2, key1)) {
      yield val2;
      let exhausted = true;
      for (next2 = seq2.next(); !next2.done; next2 = seq2.next()) {
        val2 = next2.value;
        key2 = key(val2);
        if (lessThan(key2, key1)) {
          yield val2;
        } else {
          yield val1;
          exhausted = false;
          break;
        }
      }
      if (exhausted) {
        yield val1;
        yield* drain(seq1);
        return;
      }
    } else {
      yield val1;
    }
  }
  yield val2;
  yield* drain(seq2);
}

/**
 * Interleave a sequence of sequences.
 *
 *     interleave([[1, 2], [3, 4]])  // 1, 3, 2, 4
 *     interleave(['ABC', 'XY'])     // 'A', 'X', 'B', 'Y', 'C'
 *
 * Both the individual sequences and the sequence of sequences may be infinite.
 * Returns a lazy iterator.
 */
export function* interleave<T>(seqs: Iterable<Iterable<T>>): Generator<T> {
  let iters = Array.from(seqs, (s) => s[Symbol.iterator]());
  while (iters.length) {
    const alive: Iterator<T>[] = [];
    for (const itr of iters) {
      const n = itr.next();
      if (!n.done) {
        yield n.value;
        alive.push(itr);
      }
    }
    iters = alive;
  }
}

/**
 * Return only unique elements of a sequence.
 *
 *     unique([1, 2, 3])                    // 1, 2, 3
 *     unique([1, 2, 1, 3])                 // 1, 2, 3
 *     unique(['cat', 'mouse', 'dog', 'hen'], len)  // 'cat', 'mouse'
 */
export function* unique<T>(seq: Iterable<T>, key: Fn<T> | null = null): Generator<T> {
  const seen = new Set<any>();
  if (key === null) {
    for (const item of seq) {
      if (!seen.has(item)) {
        seen.add(item);
        yield item;
      }
    }
  } else {
    for (const item of seq) {
      const val = key(item);
      if (!seen.has(val)) {
        seen.add(val);
        yield item;
      }
    }
  }
}

/** Is x iterable? */
export function isiterable(x: any): boolean {
  return x !== null && x !== undefined && typeof x[Symbol.iterator] === 'function';
}

/** All values in sequence are distinct? */
export function isdistinct<T>(seq: Iterable<T>): boolean {
  if (Array.isArray(seq) || typeof seq === 'string') {
    const items = Array.from(seq as Iterable<T>);
    return items.length === new Set(items).size;
  }
  const seen = new Set<T>();
  for (const item of seq) {
    if (seen.has(item)) {
      return false;
    }
    seen.add(item);
  }
  return true;
}

/** Python's islice over any iterable. */
function* islice<T>(seq: Iterable<T>, start: number, stop: number | null, step = 1): Generator<T> {
  const it = seq[Symbol.iterator]();
  let next = start;
  for (let i = 0; stop === null || i < stop; i++) {
    const n = it.next();
    if (n.done) {
      return;
    }
    if (i === next) {
      yield n.value;
      next += step;
    }
  }
}

/** The first n elements of a sequence. */
export function take<T>(n: number, seq: Iterable<T>): Generator<T> {
  if (n < 0) {
    throw new RangeError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  }
  return islice(seq, 0, n);
}

/** The last n elements of a sequence. */
export function tail<T>(n: number, seq: T[] | string): T[] | string {
  // Python slicing seq[-n:]
  const start = -n < 0 ? Math.max(seq.length - n, 0) : Math.min(-n, seq.length);
  return seq.slice(start);
}

/** The sequence following the first n elements. */
export function drop<T>(n: number, seq: Iterable<T>): Generator<T> {
  if (n < 0) {
    throw new RangeError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.');
  }
  return islice(seq, n, null);
}

/** Every nth item in seq. */
export function takeNth<T>(n: number, seq: Iterable<T>): Generator<T> {
  if (n <= 0) {
    throw new RangeError('Step for islice() must be a positive integer or None.');
  }
  return islice(seq, 0, null, n);
}

/** The first element in a sequence. */
export function first<T>(seq: Iterable<T>): T {
  const n = seq[Symbol.iterator]().next();
  if (n.done) {
    throw new StopIteration();
  }
  return n.value;
}

/** The second element in a sequence. */
export function second<T>(seq: Iterable<T>): T {
  const it = seq[Symbol.iterator]();
  if (it.next().done) {
    throw new StopIteration();
  }
  const n = it.next();
  if (n.done) {
    throw new StopIteration();
  }
  return n.value;
}

/** The nth element in a sequence. */
export function nth<T>(n: number, seq: Iterable<T>): T {
  if (Array.isArray(seq) || typeof seq === 'string') {
    return itemAt(seq, n);
  } else {
    return first(islice(seq, n, null));
  }
}

/** The last element in a sequence. */
export function last<T>(seq: T[] | string): T {
  return itemAt(tail(1, seq), 0);
}

export const rest = <T>(seq: Iterable<T>) => drop(1, seq);

function _get(ind: any, seq: any, dflt: any): any {
  try {
    return itemAt(seq, ind);
  } catch (error) {
    if (error instanceof KeyError || error instanceof IndexError) {
      return dflt;
    }
    throw error;
  }
}

/**
 * Get element in a sequence or dict.
 *
 * Provides standard indexing:
 *
 *     get(1, 'ABC')  // 'B'
 *
 * Pass a list to get multiple values:
 *
 *     get([1, 2], 'ABC')  // ['B', 'C']
 *
 * Works on any value that supports indexing/getitem. Provide a default for missing values:
 *
 *     get('Alice', phonebook, 'No phonebook')
 */
export function get(ind: any, seq: any, dflt: any = noDefault): any {
  try {
    return itemAt(seq, ind);
  } catch (error) {
    if (error instanceof TypeError_) {
      if (Array.isArray(ind)) {
        if (dflt === noDefault) {
          if (ind.length > 1) {
            return ind.map((i) => itemAt(seq, i));
          } else if (ind.length) {
            return [itemAt(seq, ind[0])];
          } else {
            return [];
          }
        } else {
          return ind.map((i) => _get(i, seq, dflt));
        }
      } else if (dflt !== noDefault) {
        return dflt;
      } else {
        throw error;
      }
    } else if (error instanceof KeyError || error instanceof IndexError) {
      if (dflt === noDefault) {
        throw error;
      } else {
        return dflt;
      }
    }
    throw error;
  }
}

/** Concatenate zero or more iterables, any of which may be infinite. */
export function* concat<T>(seqs: Iterable<Iterable<T>>): Generator<T> {
  for (const seq of seqs) {
    for (const item of seq) {
      yield item;
    }
  }
}

/** Variadic version of concat. */
export function concatv<T>(...seqs: Iterable<T>[]): Generator<T> {
  return concat(seqs);
}

/** Apply func to each sequence in seqs, concatenating results. */
export function mapcat<A, B>(func: Fn<A, Iterable<B>>, seqs: Iterable<A>): Generator<B> {
  return concat(Array.from(seqs, func));
}

/** Add el to beginning of (possibly infinite) sequence seq. */
export function* cons<T>(el: T, seq: Iterable<T>): Generator<T> {
  yield el;
  for (const item of seq) {
    yield item;
  }
}

/** Introduce element between each pair of elements in seq. */
export function* interpose<T>(el: T, seq: Iterable<T>): Generator<T> {
  let started = false;
  for (const item of seq) {
    if (started) {
      yield el;
    }
    yield item;
    started = true;
  }
}

/** Find number of occurrences of each value in seq. */
export function frequencies<T>(seq: Iterable<T>): Map<T, number> {
  const d = new Map<T, number>();
  for (const item of seq) {
    d.set(item, (d.get(item) ?? 0) + 1);
  }
  return d;
}

/**
 * Perform a simultaneous groupby and reduction.
 *
 * The computation `reduceby(key, binop, seq, init)` is equivalent to the following, but it does not
 * build intermediate groups and can work in parallel or streaming:
 *
 *     valmap((group) => reduce(binop, group, init), groupby(key, seq))
 *
 * Key and binop should be pure functions. `init` may be a value or a nullary factory.
 */
export function reduceby<T, R>(key: Fn<T> | Key, binop: (acc: R, x: T) => R, seq: Iterable<T>,
  init: R | (() => R) | NoDefault = noDefault): Map<any, R> {
  const isNoDefault = init === noDefault;
  let factory: () => R;
  if (!isNoDefault && !isCallable(init)) {
    const _init = init as R;
    factory = () => _init;
  } else {
    factory = init as () => R;
  }
  if (!isCallable(key)) {
    key = getter(key);
  }
  const d = new Map<any, R>();
  for (const item of seq) {
    const k = (key as Fn<T>)(item);
    if (!d.has(k)) {
      if (isNoDefault) {
        d.set(k, item as unknown as R);
        continue;
      } else {
        d.set(k, factory());
      }
    }
    d.set(k, binop(d.get(k) as R, item));
  }
  return d;
}

/**
 * Repeatedly apply a function func onto an original input.
 *
 * Yields x, then func(x), then func(func(x)), then func(func(func(x))), etc..
 */
export function* iterate<T>(func: Fn<T, T>, x: T): Generator<T> {
  while (true) {
    yield x;
    x = func(x);
  }
}

/**
 * A sequence of overlapping subsequences.
 *
 *     slidingWindow(2, [1, 2, 3, 4])  // [1, 2], [2, 3], [3, 4]
 */
export function slidingWindow<T>(n: number, seq: Iterable<T>): Generator<T[]> {
  if (n < 0) {
    throw new RangeError('n must be >= 0');
  }
  return windows(n, seq);
}

function* windows<T>(n: number, seq: Iterable<T>): Generator<T[]> {
  if (n === 0) {
    return;
  }
  const window: T[] = [];
  for (const item of seq) {
    window.push(item);
    if (window.length > n) {
      window.shift();
    }
    if (window.length === n) {
      yield window.slice();
    }
  }
}

export const noPad = '__no__pad__';

/**
 * Partition sequence into tuples of length n.
 *
 *     partition(2, [1, 2, 3, 4])        // [1, 2], [3, 4]
 *     partition(2, [1, 2, 3, 4, 5])     // [1, 2], [3, 4]
 *     partition(2, [1, 2, 3, 4, 5], null)  // [1, 2], [3, 4], [5, null]
 */
export function* partition<T>(n: number, seq: Iterable<T>, pad: any = noPad): Generator<any[]> {
  if (n <= 0) {
    return;
  }
  const items = Array.from(seq);
  for (let i = 0; i < items.length; i += n) {
    const chunk: any[] = items.slice(i, i + n);
    if (chunk.length < n) {
      if (pad === noPad) {
        return;
      }
      while (chunk.length < n) {
        chunk.push(pad);
      }
    }
    yield chunk;
  }
}

/**
 * Partition all elements of sequence into tuples of length at most n.
 *
 * The final tuple may be shorter to accommodate extra elements.
 *
 *     partitionAll(2, [1, 2, 3, 4])     // [1, 2], [3, 4]
 *     partitionAll(2, [1, 2, 3, 4, 5])  // [1, 2], [3, 4], [5]
 */
export function* partitionAll<T>(n: number, seq: Iterable<T>): Generator<T[]> {
  if (n <= 0) {
    return;
  }
  const items = Array.from(seq);
  for (let i = 0; i < items.length; i += n) {
    yield items.slice(i, i + n);
  }
}

/** Count the number of items in seq. */
export function count<T>(seq: Iterable<T>): number {
  if (Array.isArray(seq) || typeof seq === 'string') {
    return seq.length;
  }
  let total = 0;
  for (const _ of seq) {
    total += 1;
  }
  return total;
}

/**
 * Plucks an element or several elements from each item in a sequence.
 *
 * `pluck` maps `itertoolz.get` over a sequence and returns one or more elements of each item in the
 * sequence. This is equivalent to running `map(curried.get(ind), seqs)`.
 */
export function* pluck(ind: any, seqs: Iterable<any>, dflt: any = noDefault): Generator<any> {
  if (dflt === noDefault) {
    const g = getter(ind);
    for (const seq of seqs) {
      yield g(seq);
    }
  } else if (Array.isArray(ind)) {
    for (const seq of seqs) {
      yield ind.map((item) => _get(item, seq, dflt));
    }
  } else {
    for (const seq of seqs) {
      yield _get(ind, seq, dflt);
    }
  }
}

export function getter(index: any): Fn {
  if (Array.isArray(index)) {
    if (index.length === 1) {
      const i = index[0];
      return (x: any) => [itemAt(x, i)];
    } else if (index.length) {
      return (x: any) => index.map((i) => itemAt(x, i));
    } else {
      return (_x: any) => [];
    }
  } else {
    return (x: any) => itemAt(x, index);
  }
}

/**
 * Join two sequences on common attributes.
 *
 * This is a semi-streaming operation. The LEFT sequence is fully evaluated and placed into memory. The
 * RIGHT sequence is evaluated lazily and so can be arbitrarily large.
 *
 * Specify outer joins with keyword arguments `leftDefault` and/or `rightDefault`.
 */
export function* join(leftkey: Fn | Key, leftseq: Iterable<any>, rightkey: Fn | Key, rightseq: Iterable<any>,
  leftDefault: any = noDefault, rightDefault: any = noDefault): Generator<[any, any]> {
  if (!isCallable(leftkey)) {
    leftkey = getter(leftkey);
  }
  if (!isCallable(rightkey)) {
    rightkey = getter(rightkey);
  }
  const d = groupby(leftkey, leftseq);

  if (leftDefault === noDefault && rightDefault === noDefault) {
    // Inner Join
    for (const item of rightseq) {
      const key = (rightkey as Fn)(item);
      if (d.has(key)) {
        for (const leftMatch of d.get(key) as any[]) {
          yield [leftMatch, item];
        }
      }
    }
  } else if (leftDefault !== noDefault && rightDefault === noDefault) {
    // Right Join
    for (const item of rightseq) {
      const key = (rightkey as Fn)(item);
      if (d.has(key)) {
        for (const leftMatch of d.get(key) as any[]) {
          yield [leftMatch, item];
        }
      } else {
        yield [leftDefault, item];
      }
    }
  } else if (rightDefault !== noDefault) {
    const seenKeys = new Set<any>();
    if (leftDefault === noDefault) {
      // Left Join
      for (const item of rightseq) {
        const key = (rightkey as Fn)(item);
        seenKeys.add(key);
        if (d.has(key)) {
          for (const leftMatch of d.get(key) as any[]) {
            yield [leftMatch, item];
          }
        }
      }
    } else {
      // Full Join
      for (const item of rightseq) {
        const key = (rightkey as Fn)(item);
        seenKeys.add(key);
        if (d.has(key)) {
          for (const leftMatch of d.get(key) as any[]) {
            yield [leftMatch, item];
          }
        } else {
          yield [leftDefault, item];
        }
      }
    }

    for (const [key, matches] of d) {
      if (!seenKeys.has(key)) {
        for (const match of matches) {
          yield [match, rightDefault];
        }
      }
    }
  }
}

/**
 * Return those items that differ between sequences.
 *
 *     diff([[1, 2, 3], [1, 2, 10, 100]])  // [3, 10]
 *
 * Shorter sequences may be padded with a `default` value; a `key` function compares transformed items.
 */
export function* diff(seqs: any[][], options: { default?: any; key?: Fn | null } = {}): Generator<any[]> {
  const N = seqs.length;
  if (N < 2) {
    throw new TypeError_('Too few sequences given (min 2 required)');
  }
  const dflt = 'default' in options ? options.default : noDefault;
  const length = dflt === noDefault ? Math.min(...seqs.map((s) => s.length)) : Math.max(...seqs.map((s) => s.length));
  const key = options.key ?? null;
  for (let i = 0; i < length; i++) {
    const items = seqs.map((s) => (i < s.length ? s[i] : dflt));
    const vals = key === null ? items : items.map(key);
    if (vals.filter((v) => v === vals[0]).length !== N) {
      yield items;
    }
  }
}

/**
 * Find the k largest elements of a sequence.
 *
 * Operates lazily in `n*log(k)` time.
 *
 *     topk(2, [1, 100, 10, 1000])  // [1000, 100]
 *
 * Use a key function to change sorted order.
 */
export function topk<T>(k: number, seq: Iterable<T>, key: Fn<T> | Key | null = null): T[] {
  if (key !== null && !isCallable(key)) {
    key = getter(key);
  }
  const keyed = Array.from(seq, (item, i) => [key === null ? item : (key as Fn<T>)(item), i, item] as const);
  keyed.sort((a, b) => (a[0] > b[0] ? -1 : a[0] < b[0] ? 1 : a[1] - b[1]));
  return keyed.slice(0, Math.max(k, 0)).map((e) => e[2]);
}

/**
 * Retrieve the next element of a sequence.
 *
 * Returns the first element and an iterable equivalent to the original sequence, still having the
 * element retrieved.
 */
export function peek<T>(seq: Iterable<T>): [T, Iterable<T>] {
  const iterator = seq[Symbol.iterator]();
  const n = iterator.next();
  if (n.done) {
    throw new StopIteration();
  }
  const item = n.value;
  return [item, cons(item, { [Symbol.iterator]: () => iterator })];
}

/**
 * Retrieve the next n elements of a sequence.
 *
 * Returns a tuple of the first n elements and an iterable equivalent to the original, still having the
 * elements retrieved.
 */
export function peekn<T>(n: number, seq: Iterable<T>): [T[], Iterable<T>] {
  const iterator = seq[Symbol.iterator]();
  const peeked = Array.from(take(n, { [Symbol.iterator]: () => iterator }));
  return [peeked, concatv(peeked, { [Symbol.iterator]: () => iterator })];
}

/**
 * Return elements from a sequence with probability of prob.
 *
 * Returns a lazy iterator of random items from seq. `randomSample` considers each item independently
 * and without replacement. `randomState` is a function returning floats in [0, 1) (defaults to
 * Math.random); Python's seeded Mersenne Twister has no built-in JavaScript counterpart.
 */
export function* randomSample<T>(prob: number, seq: Iterable<T>, randomState: () => number = Math.random) {
  for (const item of seq) {
    if (randomState() < prob) {
      yield item;
    }
  }
}
