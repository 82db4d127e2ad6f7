import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_PAYLOADS } from '../report/hostile-payloads.js';

/**
 * Inputs for the engine fuzz test: a sample of the real flows in test/corpus, and mutations of
 * them — subtrees deleted or replaced, types swapped, nesting thousands deep, long strings and
 * expressions, hostile keys and names, broken bytes — written as fast-check arbitraries so a failure
 * shrinks to a small reproduction and replays from its seed.
 */

export const CORPUS = path.resolve('test', 'corpus');

/** Every `Workflows/*.json` of the corpus under 150 KB, sorted; `count` of them, evenly spaced. */
export function corpusSample(count: number): Array<{ name: string; text: string }> {
  const all: string[] = [];
  const pending = [CORPUS];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, d.name);
      if (d.isDirectory()) pending.push(abs);
      else if (/[/\\]workflows[/\\][^/\\]+\.json$/i.test(abs) && statSync(abs).size < 150_000) all.push(abs);
    }
  }
  all.sort();
  const step = Math.max(1, Math.floor(all.length / count));
  return all
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((abs) => ({ name: path.basename(abs), text: readFileSync(abs, 'utf8') }));
}

export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '',
  ...HOSTILE_PAYLOADS.filter((p) => p.payload.length < 1000).map((p) => p.payload),
];

/** Expression text, valid and broken, that the parser and the reference scanners must survive. */
export const EXPRESSIONS = [
  "@body('Get_secret')?['value']",
  "@{body('Get_secret')?['value']}",
  "@{outputs('X')['body']",
  "@variables('v')",
  "@items('Apply_to_each')?['name']",
  "@{triggerBody()?['text']} and @{item()}",
  '@{',
  "@body('",
  '@@{not an expression}',
  "@concat('}', '{', body('A'))",
  `@${'concat('.repeat(700)}'x'${')'.repeat(700)}`,
  `@{${"body('x')['a']".repeat(2000)}}`,
  `${"body('".repeat(5000)}`,
  "@parameters('$connections')['shared_keyvault']['connectionId']",
  'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ',
  'https://example.blob.core.windows.net/c?sv=2020-08-04&sig=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789%3D',
];

export type MutationKind =
  'delete' | 'replace' | 'swapType' | 'deep' | 'longString' | 'hostileKey' | 'expression' | 'renameKey';

export interface Mutation {
  kind: MutationKind;
  at: number;
  value: unknown;
  pick: number;
  /** A second, independent choice (filler and position of a long string). */
  alt: number;
  size: number;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<MutationKind>(
    'delete',
    'replace',
    'swapType',
    'deep',
    'longString',
    'hostileKey',
    'expression',
    'renameKey',
  ),
  at: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }),
  pick: fc.nat(),
  alt: fc.nat(5),
  size: fc.constantFrom(3, 40, 600, 6_000, 12_000, 200_000, 1_200_000),
});

type Container = Record<string, unknown> | unknown[];
interface Site {
  parent: Container | null;
  key: string | number;
  value: unknown;
}

/** The first `limit` values of a document, parents before children, with where each sits. */
function sites(doc: unknown, limit = 20_000): Site[] {
  const out: Site[] = [];
  const stack: Site[] = [{ parent: null, key: '', value: doc }];
  while (stack.length > 0 && out.length < limit) {
    const s = stack.pop()!;
    out.push(s);
    const v = s.value;
    if (Array.isArray(v)) v.forEach((c, i) => stack.push({ parent: v, key: i, value: c }));
    else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v))
        stack.push({ parent: v as Container, key: k, value: (v as Container)[k as never] });
    }
  }
  return out;
}

/** Sets an own property even for `__proto__`, as JSON.parse would. */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `levels` of arrays, of objects, or of Scopes each holding the next (mode 0, 1, 2). */
function nest(value: unknown, levels: number, mode: number): unknown {
  let v = value;
  for (let i = 0; i < levels; i++) {
    if (mode === 0) v = [v];
    else if (mode === 1) {
      const o: Record<string, unknown> = {};
      setOwn(o, i % 7 === 0 ? 'actions' : 'a', v);
      v = o;
    } else v = { [`Scope_${i}`]: { type: 'Scope', actions: v, runAfter: {} } };
  }
  return v;
}

function swapType(v: unknown): unknown {
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (v !== null && typeof v === 'object') return Object.values(v);
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return null;
  return {};
}

/** Applies one mutation in place; returns the (possibly new) document root. */
export function mutate(doc: unknown, m: Mutation): unknown {
  const all = sites(doc);
  const s = all[m.at % all.length];
  const replaceWith = (v: unknown): unknown => {
    if (s.parent === null) return v;
    if (Array.isArray(s.parent)) s.parent[s.key as number] = v;
    else setOwn(s.parent, s.key as string, v);
    return doc;
  };
  switch (m.kind) {
    case 'delete':
      if (s.parent === null) return {};
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
      return doc;
    case 'replace':
      return replaceWith(m.value);
    case 'swapType':
      return replaceWith(swapType(s.value));
    case 'deep':
      return replaceWith(nest(s.value, Math.min(m.size, 20_000), m.pick % 3));
    case 'longString': {
      // Long text before or after an expression, as words or as one word (which regexes scan differently).
      const expr = EXPRESSIONS[m.pick % EXPRESSIONS.length];
      const filler = ['x'.repeat(m.size), 'y '.repeat(m.size / 2), `${'z'.repeat(m.size)}(`][m.alt % 3];
      return replaceWith(m.alt < 3 ? `${filler}${expr}` : `${expr}${filler}`);
    }
    case 'expression':
      return replaceWith(EXPRESSIONS[m.pick % EXPRESSIONS.length]);
    case 'hostileKey': {
      const key = HOSTILE_KEYS[m.pick % HOSTILE_KEYS.length];
      if (s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value)) {
        setOwn(s.value as Record<string, unknown>, key, m.value);
        return doc;
      }
      const o: Record<string, unknown> = {};
      setOwn(o, key, s.value);
      return replaceWith(o);
    }
    case 'renameKey': {
      if (s.parent === null || Array.isArray(s.parent)) return doc;
      const key = HOSTILE_KEYS[m.pick % HOSTILE_KEYS.length];
      delete s.parent[s.key as string];
      setOwn(s.parent, key, s.value);
      return doc;
    }
  }
}

export type ByteOp = {
  kind: 'truncate' | 'flip' | 'invalidUtf8' | 'bom' | 'utf16' | 'cut';
  at: number;
  n: number;
};

export const byteOpArb: fc.Arbitrary<ByteOp> = fc.record({
  kind: fc.constantFrom<ByteOp['kind']>('truncate', 'flip', 'invalidUtf8', 'bom', 'utf16', 'cut'),
  at: fc.nat(),
  n: fc.integer({ min: 1, max: 4096 }),
});

/** Byte-level damage: cut files, flipped bytes, invalid UTF-8, byte-order marks. */
export function damage(buf: Buffer, op: ByteOp): Buffer {
  const at = buf.length === 0 ? 0 : op.at % buf.length;
  switch (op.kind) {
    case 'truncate':
      return buf.subarray(0, at);
    case 'flip': {
      const out = Buffer.from(buf);
      if (out.length > 0) out[at] ^= 1 << (op.n % 8);
      return out;
    }
    case 'invalidUtf8':
      return Buffer.concat([
        buf.subarray(0, at),
        Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]),
        buf.subarray(at),
      ]);
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(buf.toString('utf8'), 'utf16le')]);
    case 'cut':
      return Buffer.concat([buf.subarray(0, at), buf.subarray(Math.min(buf.length, at + op.n))]);
  }
}
