// Check driver for the JavaScript port of jsonpointer: JSON lines in, JSON lines out.
'use strict';
const path = require('path');
const readline = require('readline');
const jp = require(path.join(__dirname, '..', 'port-javascript', 'jsonpointer.js'));

function render(v) {
  return v instanceof jp.EndOfList ? { end_of_list: v.list_ } : v;
}

function answer(c) {
  const doc = c.doc === undefined ? undefined : structuredClone(c.doc);
  const state = { doc };
  try {
    switch (c.op) {
      case 'resolve':
        return { ok: render('default' in c ? jp.resolvePointer(doc, c.ptr, c.default) : jp.resolvePointer(doc, c.ptr)) };
      case 'set': {
        const res = jp.setPointer(doc, c.ptr, structuredClone(c.value), c.inplace, c.create);
        return { ok: res, doc };
      }
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
        return { ok: [render(sub), part] };
      }
      default:
        throw new Error('unknown op ' + c.op);
    }
  } catch (e) {
    if (!(e instanceof jp.JsonPointerException)) throw e;
    const out = { err: 'JsonPointerException', msg: e.message };
    if (c.op === 'set') out.doc = state.doc;
    return out;
  }
}

const out = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => out.push(JSON.stringify(answer(JSON.parse(line)))));
rl.on('close', () => process.stdout.write(out.join('\n') + (out.length ? '\n' : '')));
