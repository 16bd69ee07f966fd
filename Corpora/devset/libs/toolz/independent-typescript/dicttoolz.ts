// Helpers over dictionaries (Map), the dicttoolz half of the toolz API. Results are new Maps made by
// `factory` (default: an empty Map); inputs are never modified.
import { contains, Dict, isDict, iterOf, itemOf, listOf, KeyError, IndexError, Py, StopIteration, typeName } from "./pyvalues";

export type Factory = () => Dict;
const newMap: Factory = () => new Map();

function copyOf(d: Py, factory: Factory): Dict {
  if (!isDict(d)) throw new TypeError(`cannot convert '${typeName(d)}' to a dict`);
  const out = factory();
  for (const [k, v] of d) out.set(k, v);
  return out;
}

function dictsOf(dicts: Py[]): Py[] {
  return dicts.length === 1 && !isDict(dicts[0]) ? listOf(dicts[0]) : dicts;
}

export function merge(dicts: Py[], factory: Factory = newMap): Dict {
  const out = factory();
  for (const d of dictsOf(dicts)) for (const [k, v] of d as Dict) out.set(k, v);
  return out;
}

export function mergeWith(func: (values: Py[]) => Py, dicts: Py[], factory: Factory = newMap): Dict {
  const collected = new Map<Py, Py[]>();
  for (const d of dictsOf(dicts)) {
    for (const [k, v] of d as Dict) {
      const list = collected.get(k);
      if (list) list.push(v); else collected.set(k, [v]);
    }
  }
  const out = factory();
  for (const [k, values] of collected) out.set(k, func(values));
  return out;
}

export function valmap(func: (v: Py) => Py, d: Dict, factory: Factory = newMap): Dict {
  const out = factory();
  for (const [k, v] of d) out.set(k, func(v));
  return out;
}

export function keymap(func: (k: Py) => Py, d: Dict, factory: Factory = newMap): Dict {
  const out = factory();
  for (const [k, v] of d) out.set(func(k), v);
  return out;
}

export function itemmap(func: (item: [Py, Py]) => Py, d: Dict, factory: Factory = newMap): Dict {
  const out = factory();
  for (const item of d) {
    const pair = listOf(func(item));
    if (pair.length !== 2) throw new TypeError("itemmap function must return a pair");
    out.set(pair[0], pair[1]);
  }
  return out;
}

export function valfilter(pred: (v: Py) => Py, d: Dict, factory: Factory = newMap): Dict {
  const out = factory();
  for (const [k, v] of d) if (pred(v)) out.set(k, v);
  return out;
}

export function keyfilter(pred: (k: Py) => Py, d: Dict, factory: Factory = newMap): Dict {
  const out = factory();
  for (const [k, v] of d) if (pred(k)) out.set(k, v);
  return out;
}

export function itemfilter(pred: (item: [Py, Py]) => Py, d: Dict, factory: Factory = newMap): Dict {
  const out = factory();
  for (const item of d) if (pred(item)) out.set(item[0], item[1]);
  return out;
}

export function assoc(d: Dict, key: Py, value: Py, factory: Factory = newMap): Dict {
  const out = copyOf(d, factory);
  out.set(key, value);
  return out;
}

export function dissoc(d: Dict, keys: Py[], factory: Factory = newMap): Dict {
  const out = copyOf(d, factory);
  for (const k of keys) out.delete(k);
  return out;
}

export function updateIn(d: Dict, keys: Py, func: (v: Py) => Py, fallback: Py = null,
  factory: Factory = newMap): Dict {
  const path = iterOf(keys);
  const start = path.next();
  if (start.done) throw new StopIteration("empty key path");
  let here = start.value;
  const top = copyOf(d, factory);
  let level = top;
  let source: Py = d;
  for (let r = path.next(); !r.done; r = path.next()) {
    let copy: Dict;
    if (contains(source, here)) {
      source = itemOf(source, here);
      copy = copyOf(source, factory);
    } else {
      source = copy = factory();
    }
    level.set(here, copy);
    level = copy;
    here = r.value;
  }
  level.set(here, contains(source, here) ? func(itemOf(source, here)) : func(fallback));
  return top;
}

export function assocIn(d: Dict, keys: Py, value: Py, factory: Factory = newMap): Dict {
  return updateIn(d, keys, () => value, value, factory);
}

export function getIn(keys: Py, coll: Py, fallback: Py = null, noDefault = false): Py {
  try {
    let here = coll;
    for (const k of listOf(keys)) here = itemOf(here, k);
    return here;
  } catch (e) {
    if (!noDefault && (e instanceof KeyError || e instanceof IndexError || e instanceof TypeError)) return fallback;
    throw e;
  }
}
