/** Python-style exceptions, so callers can tell the failure kinds of the toolz functions apart. */
export class KeyError extends Error {
  constructor(message?: string) {
    super(message);
    this.name = 'KeyError';
  }
}

export class IndexError extends Error {
  constructor(message?: string) {
    super(message);
    this.name = 'IndexError';
  }
}

export class TypeError_ extends Error {
  constructor(message?: string) {
    super(message);
    this.name = 'TypeError';
  }
}

export class StopIteration extends Error {
  constructor(message?: string) {
    super(message);
    this.name = 'StopIteration';
  }
}

export class LookupError extends Error {
  constructor(message?: string) {
    super(message);
    this.name = 'LookupError';
  }
}

/** Marker for "no default given". */
export const noDefault: unique symbol = Symbol('__no__default__');
export type NoDefault = typeof noDefault;

/** Python's `seq[ind]` on arrays, strings and Maps (negative indices count from the end). */
export function itemAt(seq: any, ind: any): any {
  if (seq instanceof Map) {
    if (Array.isArray(ind) || ind instanceof Map) {
      throw new TypeError_("unhashable type: 'list'");
    }
    if (!seq.has(ind)) {
      throw new KeyError(String(ind));
    }
    return seq.get(ind);
  }
  if (Array.isArray(seq) || typeof seq === 'string') {
    if (typeof ind !== 'number' || !Number.isInteger(ind)) {
      throw new TypeError_('indices must be integers or slices');
    }
    const i = ind < 0 ? seq.length + ind : ind;
    if (i < 0 || i >= seq.length) {
      throw new IndexError('index out of range');
    }
    return seq[i];
  }
  throw new TypeError_('object is not subscriptable');
}

/** Python's `key in d` for Maps (TypeError for other containers we do not model). */
export function contains(d: any, key: any): boolean {
  if (d instanceof Map) {
    return d.has(key);
  }
  if (Array.isArray(d) || typeof d === 'string') {
    return d.includes(key);
  }
  throw new TypeError_('argument of type is not iterable');
}
