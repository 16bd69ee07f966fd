'use strict';
// JSON Pointer (RFC 6901) over plain JavaScript JSON values, with Python-compatible messages.

const settings = { verboseExceptions: true };

class JsonPointerException extends Error {
  constructor(message) {
    super(message);
    this.name = 'JsonPointerException';
  }
}

class EndOfList {
  constructor(list) {
    this.list_ = list;
  }

  toString() {
    return `EndOfList(${pythonRepr(this.list_)})`;
  }
}

const isMapping = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof EndOfList);
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

function pythonString(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch.codePointAt(0) < 0x20 || ch.codePointAt(0) === 0x7f) out += '\\x' + ch.codePointAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

// str()/repr() of a JSON value as Python prints it.
function pythonRepr(v) {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return pythonString(v);
  if (Array.isArray(v)) return '[' + v.map(pythonRepr).join(', ') + ']';
  if (v instanceof EndOfList) return v.toString();
  return '{' + Object.keys(v).map((k) => `${pythonString(k)}: ${pythonRepr(v[k])}`).join(', ') + '}';
}

function pythonType(v) {
  if (v === null || v === undefined) return "<class 'NoneType'>";
  if (typeof v === 'boolean') return "<class 'bool'>";
  if (typeof v === 'number') return Number.isInteger(v) ? "<class 'int'>" : "<class 'float'>";
  if (typeof v === 'string') return "<class 'str'>";
  if (Array.isArray(v)) return "<class 'list'>";
  if (v instanceof EndOfList) return "<class 'jsonpointer.EndOfList'>";
  return "<class 'dict'>";
}

const escape = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');

const deepCopy = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

class JsonPointer {
  constructor(pointer) {
    const bad = /~([^01]|$)/s.exec(pointer);
    if (bad) throw new JsonPointerException(`Found invalid escape ${bad[0]}`);
    const pieces = pointer.split('/');
    if (pieces[0] !== '') throw new JsonPointerException('Location must start with /');
    this.parts = pieces.slice(1).map(unescape);
  }

  static fromParts(parts) {
    return new JsonPointer(parts.map((t) => '/' + escape(String(t))).join(''));
  }

  join(suffix) {
    let extra;
    if (suffix instanceof JsonPointer) extra = suffix.parts;
    else if (typeof suffix === 'string') extra = new JsonPointer(suffix).parts;
    else extra = suffix;
    try {
      return JsonPointer.fromParts([...this.parts, ...extra]);
    } catch (e) {
      throw new JsonPointerException('Invalid suffix');
    }
  }

  get path() {
    return this.parts.map((t) => '/' + escape(t)).join('');
  }

  getParts() {
    return this.parts;
  }

  toString() {
    return this.path;
  }

  repr() {
    return `JsonPointer(${pythonString(this.path)})`;
  }

  equals(other) {
    return other instanceof JsonPointer && other.parts.length === this.parts.length && other.parts.every((t, i) => t === this.parts[i]);
  }

  contains(other) {
    return other.parts.length <= this.parts.length && other.parts.every((t, i) => t === this.parts[i]);
  }

  getPart(doc, token) {
    if (isMapping(doc)) return token;
    if (typeof doc === 'string') {
      throw new JsonPointerException(`Cannot apply token '${token}' to non-container type ${pythonType(doc)}`);
    }
    if (Array.isArray(doc)) {
      if (token === '-') return token;
      if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new JsonPointerException(`'${token}' is not a valid sequence index`);
      return Number(token);
    }
    throw new JsonPointerException(
      `Document '${pythonType(doc)}' does not support indexing, must be mapping/sequence or support __getitem__`,
    );
  }

  walk(doc, token) {
    const key = this.getPart(doc, token);
    if (Array.isArray(doc)) {
      if (key === '-') return new EndOfList(doc);
      if (key >= doc.length) throw new JsonPointerException(`index '${key}' is out of bounds`);
      return doc[key];
    }
    if (!hasOwn(doc, key)) {
      const where = settings.verboseExceptions ? ` in ${pythonRepr(doc)}` : '';
      throw new JsonPointerException(`member '${key}' not found${where}`);
    }
    return doc[key];
  }

  resolve(doc, ...fallback) {
    let node = doc;
    for (const token of this.parts) {
      try {
        node = this.walk(node, token);
      } catch (e) {
        if (!(e instanceof JsonPointerException) || fallback.length === 0) throw e;
        return fallback[0];
      }
    }
    return node;
  }

  get(doc, ...fallback) {
    return this.resolve(doc, ...fallback);
  }

  toLast(doc) {
    if (this.parts.length === 0) return [doc, null];
    let node = doc;
    for (const token of this.parts.slice(0, -1)) node = this.walk(node, token);
    return [node, this.getPart(node, this.parts[this.parts.length - 1])];
  }

  static assign(parent, key, value, appendAtEnd) {
    if (typeof parent === 'string') throw new JsonPointerException('Cannot set value in a string');
    if (Array.isArray(parent)) {
      if (key === '-' || (appendAtEnd && key === parent.length)) {
        parent.push(value);
        return;
      }
      if (key >= parent.length) {
        throw new JsonPointerException('Invalid assignment target: list assignment index out of range');
      }
    }
    parent[key] = value;
  }

  set(doc, value, inplace = true, create = false) {
    if (this.parts.length === 0) {
      if (inplace) throw new JsonPointerException('Cannot set root in place');
      return value;
    }
    if (!inplace) doc = deepCopy(doc);
    if (!create) {
      const [parent, key] = this.toLast(doc);
      JsonPointer.assign(parent, key, value, false);
      return doc;
    }
    let node = doc;
    const last = this.parts.length - 1;
    for (let depth = 0; depth < last; depth++) {
      const token = this.parts[depth];
      let key = this.getPart(node, token);
      if (Array.isArray(node) && key === node.length) key = '-';
      const absent = (isMapping(node) && !hasOwn(node, key)) || (Array.isArray(node) && key === '-');
      if (absent) {
        let subtree = value;
        for (let i = last; i > depth; i--) subtree = { [this.parts[i]]: subtree };
        JsonPointer.assign(node, key, subtree, true);
        return doc;
      }
      node = this.walk(node, token);
    }
    JsonPointer.assign(node, this.getPart(node, this.parts[last]), value, true);
    return doc;
  }
}

function resolvePointer(doc, pointer, ...fallback) {
  return new JsonPointer(pointer).resolve(doc, ...fallback);
}

function setPointer(doc, pointer, value, inplace = true, create = false) {
  return new JsonPointer(pointer).set(doc, value, inplace, create);
}

function pairwise(iterable) {
  process.emitWarning('pairwise is deprecated', 'DeprecationWarning');
  const items = Array.from(iterable);
  return items.slice(1).map((b, i) => [items[i], b]);
}

module.exports = {
  settings, JsonPointerException, EndOfList, JsonPointer, escape, unescape, resolvePointer, setPointer, pairwise, pythonRepr,
};
