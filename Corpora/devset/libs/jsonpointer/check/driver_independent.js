// Check driver for the independent JavaScript jsonpointer: JSON lines in, JSON lines out.
'use strict';
const path = require('path');
const readline = require('readline');
const jp = require(path.join(__dirname, '..', 'independent-javascript', 'pointer.js'));

const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
const shown = (v) => (v instanceof jp.EndOfList ? { end_of_list: v.list_ } : v);

function handle(c) {
  const doc = clone(c.doc);
  try {
    switch (c.op) {
      case 'resolve':
        return { ok: shown('default' in c ? jp.resolvePointer(doc, c.ptr, c.default) : jp.resolvePointer(doc, c.ptr)) };
      case 'set':
        return { ok: jp.setPointer(doc, c.ptr, clone(c.value), c.inplace, c.create), doc };
      case 'parse': {
        const p = new jp.JsonPointer(c.ptr);
        return { ok: [p.parts, p.path, String(p), p.repr(), p.getParts()] };
      }
      case 'contains':
        return { ok: new jp.JsonPointer(c.ptr).contains(new jp.JsonPointer(c.other)) };
      case 'eq':
        return { ok: new jp.JsonPointer(c.ptr).equals(new jp.JsonPointer(c.other)) };
      case 'join':
        return { ok: new jp.JsonPointer(c.ptr).join(c.suffix).path };
      case 'from_parts':
        return { ok: jp.JsonPointer.fromParts(c.parts).path };
      case 'to_last': {
        const [sub, part] = new jp.JsonPointer(c.ptr).toLast(doc);
        return { ok: [shown(sub), part] };
      }
      default:
        throw new Error('unknown op ' + c.op);
    }
  } catch (e) {
    if (!(e instanceof jp.JsonPointerException)) throw e;
    const out = { err: 'JsonPointerException', msg: e.message };
    if (c.op === 'set') out.doc = doc;
    return out;
  }
}

const lines = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => lines.push(JSON.stringify(handle(JSON.parse(line)))));
rl.on('close', () => process.stdout.write(lines.join('\n') + (lines.length ? '\n' : '')));
