// Python value semantics the toolz API relies on: its exception kinds, iteration over strings, lists and
// dicts (Map, iterated by key), item access with negative indices, and `<` ordering.

export class KeyError extends Error { override name = "KeyError"; }
export class IndexError extends Error { override name = "IndexError"; }
export class ValueError extends Error { override name = "ValueError"; }
export class StopIteration extends Error { override name = "StopIteration"; }
// Python's TypeError is JavaScript's built-in TypeError.

export type Py = any;
export type Dict = Map<Py, Py>;

export function isDict(x: Py): x is Dict {
  return x instanceof Map;
}

export function isIterable(x: Py): boolean {
  return typeof x === "string" || (x != null && typeof x[Symbol.iterator] === "function");
}

/** Python's iter(x): a Map yields its keys. */
export function iterOf(x: Py): Iterator<Py> {
  if (isDict(x)) return x.keys();
  if (!isIterable(x)) throw new TypeError(`'${typeName(x)}' object is not iterable`);
  return x[Symbol.iterator]();
}

/** Python's list(x). */
export function listOf(x: Py): Py[] {
  const out: Py[] = [];
  const it = iterOf(x);
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}

export function typeName(x: Py): string {
  if (x === null || x === undefined) return "NoneType";
  if (Array.isArray(x)) return "list";
  if (isDict(x)) return "dict";
  if (typeof x === "number") return "int";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  return typeof x;
}

/** Python's len(x), or -1 when x has no length. */
export function lengthOf(x: Py): number {
  if (typeof x === "string" || Array.isArray(x)) return x.length;
  if (isDict(x)) return x.size;
  return -1;
}

function isHashable(x: Py): boolean {
  return !(Array.isArray(x) || isDict(x));
}

/** Python's x[key] for lists, strings and dicts. */
export function itemOf(x: Py, key: Py): Py {
  if (isDict(x)) {
    if (!isHashable(key)) throw new TypeError(`unhashable type: '${typeName(key)}'`);
    if (!x.has(key)) throw new KeyError(String(key));
    return x.get(key);
  }
  if (typeof x === "string" || Array.isArray(x)) {
    if (typeof key !== "number" || !Number.isInteger(key)) {
      throw new TypeError(`${typeName(x)} indices must be integers, not ${typeName(key)}`);
    }
    const at = key < 0 ? key + x.length : key;
    if (at < 0 || at >= x.length) throw new IndexError(`${typeName(x)} index out of range`);
    return x[at];
  }
  throw new TypeError(`'${typeName(x)}' object is not subscriptable`);
}

/** Python's `key in x` for dicts (by key), lists and strings. */
export function contains(x: Py, key: Py): boolean {
  if (isDict(x)) {
    if (!isHashable(key)) throw new TypeError(`unhashable type: '${typeName(key)}'`);
    return x.has(key);
  }
  if (Array.isArray(x)) return x.some((v) => equal(v, key));
  if (typeof x === "string") return typeof key === "string" && x.includes(key);
  throw new TypeError(`argument of type '${typeName(x)}' is not iterable`);
}

export function equal(a: Py, b: Py): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => equal(v, b[i]));
  return a === b;
}

/** Python's a < b for numbers, strings and sequences of them. */
export function less(a: Py, b: Py): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return a < b;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < a.length && i < b.length; i++) {
      if (!equal(a[i], b[i])) return less(a[i], b[i]);
    }
    return a.length < b.length;
  }
  throw new TypeError(`'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}
