// js-json-pointer - An implementation of the JSON Pointer syntax
//
// Identify specific nodes in a JSON document (RFC 6901)
'use strict';

const VERSION = '3.12';

const _nothing = Symbol('nothing');

// If true, exceptions include the doc content in the error message.
// Set to false to suppress potentially large document content from exceptions.
let VERBOSE_EXCEPTIONS = true;

function setVerboseExceptions(flag) {
  VERBOSE_EXCEPTIONS = flag;
}

/**
 * Resolves a pointer against doc and sets the value of the target within doc.
 *
 * With inplace set to true, doc is modified as long as pointer is not the root.
 *
 * With create set to true, missing intermediate members are created as objects
 * instead of raising a JsonPointerException. A missing intermediate array element
 * can be created by referencing the end of the array, either with "-" or with an
 * index equal to the length of the array.
 *
 *   setPointer({}, '/cat/name', 'whiskers', true, true)  // {cat: {name: 'whiskers'}}
 */
function setPointer(doc, pointer, value, inplace = true, create = false) {
  const ptr = new JsonPointer(pointer);
  return ptr.set(doc, value, inplace, create);
}

/**
 * Resolves pointer against doc and returns the referenced object.
 *
 *   resolvePointer(obj, '') === obj
 *   resolvePointer(obj, '/foo/another prop/baz')
 *   resolvePointer(obj, '/some/path', null) === null
 */
function resolvePointer(doc, pointer, dflt = _nothing) {
  const ptr = new JsonPointer(pointer);
  return ptr.resolve(doc, dflt);
}

/**
 * Transforms a list to a list of pairs of adjacent items
 *
 * s -> (s0,s1), (s1,s2), (s2, s3), ...
 *
 * @deprecated since 3.12
 */
function pairwise(iterable) {
  const items = Array.from(iterable);
  const out = [];
  for (let i = 0; i + 1 < items.length; i++) out.push([items[i], items[i + 1]]);
  return out;
}

class JsonPointerException extends Error {
  constructor(message) {
    super(message);
    this.name = 'JsonPointerException';
  }
}

/** Result of accessing element "-" of a list */
class EndOfList {
  constructor(list) {
    this.list_ = list;
  }

  toString() {
    return `EndOfList(${pyRepr(this.list_)})`;
  }
}

// Helpers that reproduce Python's notion of mappings, sequences and repr().
function isMapping(doc) {
  return doc !== null && typeof doc === 'object' && !Array.isArray(doc) && !(doc instanceof EndOfList);
}

function isSequence(doc) {
  return Array.isArray(doc) || typeof doc === 'string';
}

function pyTypeName(doc) {
  if (doc === null || doc === undefined) return "<class 'NoneType'>";
  if (typeof doc === 'boolean') return "<class 'bool'>";
  if (typeof doc === 'number') return Number.isInteger(doc) ? "<class 'int'>" : "<class 'float'>";
  if (typeof doc === 'string') return "<class 'str'>";
  if (Array.isArray(doc)) return "<class 'list'>";
  if (doc instanceof EndOfList) return "<class 'jsonpointer.EndOfList'>";
  return "<class 'dict'>";
}

function pyStrRepr(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else out += ch;
  }
  return out + quote;
}

function pyRepr(v) {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return pyStrRepr(v);
  if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
  if (v instanceof EndOfList) return v.toString();
  return '{' + Object.entries(v).map(([k, x]) => pyStrRepr(k) + ': ' + pyRepr(x)).join(', ') + '}';
}

function pyStr(v) {
  return typeof v === 'string' ? v : pyRepr(v);
}

/** A JSON Pointer that can reference parts of a JSON document */
class JsonPointer {
  constructor(pointer) {
    // validate escapes
    const invalidEscape = JsonPointer._RE_INVALID_ESCAPE.exec(pointer);
    if (invalidEscape) {
      throw new JsonPointerException(`Found invalid escape ${invalidEscape[0]}`);
    }

    const parts = pointer.split('/');
    if (parts.shift() !== '') {
      throw new JsonPointerException('Location must start with /');
    }

    this.parts = parts.map((part) => unescape(part));
  }

  /** Resolves ptr until the last step, returns [sub-doc, last-step] */
  toLast(doc) {
    if (this.parts.length === 0) {
      return [doc, null];
    }

    for (const part of this.parts.slice(0, -1)) {
      doc = this.walk(doc, part);
    }

    return [doc, JsonPointer.getPart(doc, this.parts[this.parts.length - 1])];
  }

  /** Resolves the pointer against doc and returns the referenced object */
  resolve(doc, dflt = _nothing) {
    for (const part of this.parts) {
      try {
        doc = this.walk(doc, part);
      } catch (e) {
        if (!(e instanceof JsonPointerException) || dflt === _nothing) {
          throw e;
        }
        return dflt;
      }
    }
    return doc;
  }

  get(doc, dflt = _nothing) {
    return this.resolve(doc, dflt);
  }

  /**
   * Resolve the pointer against the doc and replace the target with value.
   *
   * With create set to true, missing intermediate members are created as
   * objects (see setPointer).
   */
  set(doc, value, inplace = true, create = false) {
    if (this.parts.length === 0) {
      if (inplace) {
        throw new JsonPointerException('Cannot set root in place');
      }
      return value;
    }

    if (!inplace) {
      doc = structuredClone(doc);
    }

    let part;
    if (create) {
      let parent = doc;
      const head = this.parts.slice(0, -1);
      for (let i = 0; i < head.length; i++) {
        part = JsonPointer._getCreatePart(parent, head[i]);
        if (JsonPointer._isMissing(parent, part)) {
          // Everything below this point is new, so build the
          // missing structure detached and attach it in one step.
          // This leaves doc unchanged if anything goes wrong.
          let child = value;
          for (const missing of this.parts.slice(i + 1).reverse()) {
            child = { [missing]: child };
          }
          JsonPointer._setChild(parent, part, child);
          return doc;
        }
        parent = this.walk(parent, part);
      }
      part = JsonPointer._getCreatePart(parent, this.parts[this.parts.length - 1]);
      JsonPointer._setChild(parent, part, value);
    } else {
      const [parent, last] = this.toLast(doc);
      JsonPointer._setChild(parent, last, value);
    }
    return doc;
  }

  /**
   * Like getPart, but maps an index just past the end of a sequence
   * to "-" so that it is appended
   */
  static _getCreatePart(doc, part) {
    part = JsonPointer.getPart(doc, part);
    if (isSequence(doc) && part === doc.length) {
      return '-';
    }
    return part;
  }

  /** Returns true if part does not exist in doc but could be added */
  static _isMissing(doc, part) {
    if (isMapping(doc)) {
      return !Object.prototype.hasOwnProperty.call(doc, part);
    }
    if (Array.isArray(doc)) {
      return part === '-';
    }
    return false;
  }

  /** Sets parent[part] to value, appending for the end of a sequence */
  static _setChild(parent, part, value) {
    if (typeof parent === 'string') {
      throw new JsonPointerException('Cannot set value in a string');
    } else if (Array.isArray(parent) && part === '-') {
      parent.push(value);
    } else if (Array.isArray(parent)) {
      if (part >= parent.length) {
        throw new JsonPointerException('Invalid assignment target: list assignment index out of range');
      }
      parent[part] = value;
    } else if (isMapping(parent)) {
      parent[part] = value;
    } else {
      throw new JsonPointerException(
        `Invalid assignment target: '${pyTypeName(parent).slice(8, -2)}' object does not support item assignment`);
    }
  }

  /** Returns the next step in the correct type */
  static getPart(doc, part) {
    if (isMapping(doc)) {
      return part;
    } else if (typeof doc === 'string') {
      throw new JsonPointerException(`Cannot apply token '${part}' to non-container type ${pyTypeName(doc)}`);
    } else if (Array.isArray(doc)) {
      if (part === '-') {
        return part;
      }

      if (!JsonPointer._RE_ARRAY_INDEX.test(String(part))) {
        throw new JsonPointerException(`'${part}' is not a valid sequence index`);
      }

      return parseInt(part, 10);
    } else {
      throw new JsonPointerException(`Document '${pyTypeName(doc)}' does not support indexing, ` +
        'must be mapping/sequence or support __getitem__');
    }
  }

  /** Returns the list of the parts. For example, new JsonPointer('/a/b').getParts() is ['a', 'b'] */
  getParts() {
    return this.parts;
  }

  /** Walks one step in doc and returns the referenced part */
  walk(doc, part) {
    part = JsonPointer.getPart(doc, part);

    if (isSequence(doc)) {
      if (part === '-') {
        return new EndOfList(doc);
      }

      if (part >= doc.length) {
        throw new JsonPointerException(`index '${part}' is out of bounds`);
      }
      return doc[part];
    }

    // Else the object is a mapping: check membership first so that absent
    // members are reported as missing.
    if (!Object.prototype.hasOwnProperty.call(doc, part)) {
      if (VERBOSE_EXCEPTIONS) {
        throw new JsonPointerException(`member '${part}' not found in ${pyStr(doc)}`);
      }
      throw new JsonPointerException(`member '${part}' not found`);
    }
    return doc[part];
  }

  /**
   * Returns true if ptr's parts are a prefix of this pointer's parts.
   *
   * Equal pointers and the root pointer are also prefixes.
   */
  contains(ptr) {
    if (ptr.parts.length > this.parts.length) return false;
    return ptr.parts.every((part, i) => this.parts[i] === part);
  }

  /** Returns a new JsonPointer with the given suffix appended to this ptr */
  join(suffix) {
    let suffixParts;
    if (suffix instanceof JsonPointer) {
      suffixParts = suffix.parts;
    } else if (typeof suffix === 'string') {
      suffixParts = new JsonPointer(suffix).parts;
    } else {
      suffixParts = suffix;
    }
    try {
      return JsonPointer.fromParts([...this.parts, ...suffixParts]);
    } catch (e) {
      throw new JsonPointerException('Invalid suffix');
    }
  }

  /**
   * Returns the string representation of the pointer
   *
   *   new JsonPointer('/~0/0/~1').path === '/~0/0/~1'
   */
  get path() {
    const parts = this.parts.map((part) => escape(part));
    return parts.map((part) => '/' + part).join('');
  }

  /**
   * Compares a pointer to another object
   *
   * Pointers can be compared by comparing their strings (or split
   * strings), because no two different parts can point to the same
   * structure in an object (eg no different number representations)
   */
  equals(other) {
    if (!(other instanceof JsonPointer)) {
      return false;
    }
    return this.parts.length === other.parts.length && this.parts.every((p, i) => p === other.parts[i]);
  }

  toString() {
    return this.path;
  }

  repr() {
    return `${this.constructor.name}(${pyStrRepr(this.path)})`;
  }

  /**
   * Constructs a JsonPointer from a list of (unescaped) parts
   *
   *   JsonPointer.fromParts(['a', '~', '/', 0]).path === '/a/~0/~1/0'
   */
  static fromParts(parts) {
    parts = Array.from(parts, (part) => escape(String(part)));
    return new this(parts.map((part) => '/' + part).join(''));
  }
}

// Array indices must not contain:
// leading zeros, signs, spaces, decimals, etc
JsonPointer._RE_ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
JsonPointer._RE_INVALID_ESCAPE = /(~[^01]|~$)/s;

function escape(s) {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescape(s) {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

module.exports = {
  VERSION,
  setVerboseExceptions,
  setPointer,
  resolvePointer,
  pairwise,
  JsonPointerException,
  EndOfList,
  JsonPointer,
  escape,
  unescape,
};
