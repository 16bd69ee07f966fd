import { KeyError, IndexError, StopIteration, TypeError_, contains, itemAt } from './errors';

export type Dict = Map<any, any>;
export type Factory = () => Dict;

const dictFactory: Factory = () => new Map();

function update(target: Dict, source: any): void {
  if (!(source instanceof Map)) {
    throw new TypeError_("'int' object is not iterable");
  }
  for (const [k, v] of source) {
    target.set(k, v);
  }
}

function isMapping(x: any): boolean {
  return x instanceof Map;
}

/**
 * Merge a collection of dictionaries.
 *
 *     merge({1: 'one'}, {2: 'two'})            // {1: 'one', 2: 'two'}
 *
 * Later dictionaries have precedence:
 *
 *     merge({1: 2, 3: 4}, {3: 3, 4: 4})        // {1: 2, 3: 3, 4: 4}
 */
export function merge(dicts: Dict[] | [Dict[]], factory: Factory = dictFactory): Dict {
  let ds: any[] = dicts;
  if (ds.length === 1 && !isMapping(ds[0])) {
    ds = ds[0];
  }
  const rv = factory();
  for (const d of ds) {
    update(rv, d);
  }
  return rv;
}

/**
 * Merge dictionaries and apply function to combined values.
 *
 * A key may occur in more than one dict, and all values mapped from the key will be passed to the
 * function as a list, such as func([val1, val2, ...]).
 *
 *     mergeWith(sum, {1: 1, 2: 2}, {1: 10, 2: 20})  // {1: 11, 2: 22}
 */
export function mergeWith(func: (values: any[]) => any, dicts: Dict[] | [Dict[]], factory: Factory = dictFactory): Dict {
  let ds: any[] = dicts;
  if (ds.length === 1 && !isMapping(ds[0])) {
    ds = ds[0];
  }
  const values = new Map<any, any[]>();
  for (const d of ds) {
    for (const [k, v] of d as Dict) {
      const group = values.get(k);
      if (group === undefined) {
        values.set(k, [v]);
      } else {
        group.push(v);
      }
    }
  }
  const result = factory();
  for (const [k, v] of values) {
    result.set(k, func(v));
  }
  return result;
}

/**
 * Apply function to values of dictionary.
 *
 *     valmap(sum, {'Alice': [20, 15, 30], 'Bob': [10, 35]})  // {'Alice': 65, 'Bob': 45}
 */
export function valmap(func: (v: any) => any, d: Dict, factory: Factory = dictFactory): Dict {
  const rv = factory();
  for (const [k, v] of d) {
    rv.set(k, func(v));
  }
  return rv;
}

/**
 * Apply function to keys of dictionary.
 *
 *     keymap(str.lower, {'Alice': [20, 15, 30], 'Bob': [10, 35]})  // {'alice': [...], 'bob': [...]}
 */
export function keymap(func: (k: any) => any, d: Dict, factory: Factory = dictFactory): Dict {
  const rv = factory();
  for (const [k, v] of d) {
    rv.set(func(k), v);
  }
  return rv;
}

/**
 * Apply function to items of dictionary.
 *
 *     itemmap(reversed, {'Alice': 10, 'Bob': 20})  // {10: 'Alice', 20: 'Bob'}
 */
export function itemmap(func: (item: [any, any]) => [any, any], d: Dict, factory: Factory = dictFactory): Dict {
  const rv = factory();
  for (const item of d) {
    const [k, v] = func(item as [any, any]);
    rv.set(k, v);
  }
  return rv;
}

/**
 * Filter items in dictionary by value.
 *
 *     valfilter(iseven, {1: 2, 2: 3, 3: 4, 4: 5})  // {1: 2, 3: 4}
 */
export function valfilter(predicate: (v: any) => boolean, d: Dict, factory: Factory = dictFactory): Dict {
  const rv = factory();
  for (const [k, v] of d) {
    if (predicate(v)) {
      rv.set(k, v);
    }
  }
  return rv;
}

/**
 * Filter items in dictionary by key.
 *
 *     keyfilter(iseven, {1: 2, 2: 3, 3: 4, 4: 5})  // {2: 3, 4: 5}
 */
export function keyfilter(predicate: (k: any) => boolean, d: Dict, factory: Factory = dictFactory): Dict {
  const rv = factory();
  for (const [k, v] of d) {
    if (predicate(k)) {
      rv.set(k, v);
    }
  }
  return rv;
}

/**
 * Filter items in dictionary by item.
 *
 *     itemfilter(([k, v]) => iseven(k) && v < 4, {1: 2, 2: 3, 3: 4, 4: 5})  // {2: 3}
 */
export function itemfilter(predicate: (item: [any, any]) => boolean, d: Dict, factory: Factory = dictFactory): Dict {
  const rv = factory();
  for (const item of d) {
    if (predicate(item as [any, any])) {
      const [k, v] = item;
      rv.set(k, v);
    }
  }
  return rv;
}

/**
 * Return a new dict with new key value pair.
 *
 * New dict has d[key] set to value. Does not modify the initial dictionary.
 *
 *     assoc({'x': 1}, 'x', 2)  // {'x': 2}
 *     assoc({'x': 1}, 'y', 3)  // {'x': 1, 'y': 3}
 */
export function assoc(d: Dict, key: any, value: any, factory: Factory = dictFactory): Dict {
  const d2 = factory();
  update(d2, d);
  d2.set(key, value);
  return d2;
}

/**
 * Return a new dict with the given key(s) removed.
 *
 * New dict has d[key] deleted for each supplied key. Does not modify the initial dictionary.
 *
 *     dissoc({'x': 1, 'y': 2}, 'y')       // {'x': 1}
 *     dissoc({'x': 1, 'y': 2}, 'y', 'x')  // {}
 *     dissoc({'x': 1}, 'y')               // Ignores missing keys: {'x': 1}
 */
export function dissoc(d: Dict, keys: any[], factory: Factory = dictFactory): Dict {
  const d2 = factory();

  if (keys.length < d.size * 0.6) {
    update(d2, d);
    for (const key of keys) {
      if (d2.has(key)) {
        d2.delete(key);
      }
    }
  } else {
    const remaining = new Set(d.keys());
    for (const key of keys) {
      remaining.delete(key);
    }
    for (const k of remaining) {
      d2.set(k, d.get(k));
    }
  }
  return d2;
}

/**
 * Return a new dict with new, potentially nested, key value pair.
 *
 *     purchase = {'name': 'Alice', 'order': {'items': ['Apple', 'Orange'], 'costs': [0.50, 1.25]},
 *                 'credit card': '5555-1234-1234-1234'}
 *     assocIn(purchase, ['order', 'costs'], [0.25, 1.00])  // costs replaced
 */
export function assocIn(d: Dict, keys: any[], value: any, factory: Factory = dictFactory): Dict {
  return updateIn(d, keys, (_x: any) => value, value, factory);
}

/**
 * Update value in a (potentially) nested dictionary.
 *
 * Applies func to the value at the key path given by keys; nested dictionaries are created for missing
 * keys, and `dflt` is passed to func when the final key is absent. The original dictionary is not
 * modified.
 *
 *     inc = (x) => x + 1
 *     updateIn({'a': 0}, ['a'], inc)                 // {'a': 1}
 *     updateIn({'a': {'b': 3}}, ['a', 'b'], inc)    // {'a': {'b': 4}}
 *     updateIn({}, [1, 2, 3], String, 'bar')        // {1: {2: {3: 'bar'}}}
 */
export function updateIn(d: any, keys: Iterable<any>, func: (x: any) => any, dflt: any = null,
  factory: Factory = dictFactory): Dict {
  const ks = keys[Symbol.iterator]();
  const head = ks.next();
  if (head.done) {
    throw new StopIteration();
  }
  let k = head.value;

  const rv = factory();
  let inner = rv;
  update(rv, d);

  for (let n = ks.next(); !n.done; n = ks.next()) {
    const key = n.value;
    let dtemp: Dict;
    if (contains(d, k)) {
      d = itemAt(d, k);
      dtemp = factory();
      update(dtemp, d);
    } else {
      d = dtemp = factory();
    }

    inner.set(k, dtemp);
    inner = dtemp;
    k = key;
  }

  if (contains(d, k)) {
    inner.set(k, func(itemAt(d, k)));
  } else {
    inner.set(k, func(dflt));
  }
  return rv;
}

/**
 * Returns coll[i0][i1]...[iX] where [i0, i1, ..., iX]==keys.
 *
 * If coll[i0][i1]...[iX] cannot be found, returns `dflt`, unless `noDefault` is specified, then it
 * raises KeyError or IndexError.
 *
 * `getIn` is a generalization of `operator.getitem` for nested data structures such as dictionaries
 * and lists.
 *
 *     transaction = {'name': 'Alice', 'purchase': {'items': ['Apple', 'Orange'], 'costs': [0.50, 1.25]},
 *                    'credit card': '5555-1234-1234-1234'}
 *     getIn(['purchase', 'items', 0], transaction)  // 'Apple'
 *     getIn(['name'], transaction)                  // 'Alice'
 *     getIn(['purchase', 'total'], transaction)     // null
 *     getIn(['purchase', 'items', 10], transaction) // null
 */
export function getIn(keys: any[], coll: any, dflt: any = null, noDefault = false): any {
  try {
    return keys.reduce((acc, key) => itemAt(acc, key), coll);
  } catch (error) {
    if (error instanceof KeyError || error instanceof IndexError || error instanceof TypeError_) {
      if (noDefault) {
        throw error;
      }
      return dflt;
    }
    throw error;
  }
}
