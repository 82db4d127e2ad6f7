import { identityOf } from '../model/connection-identity.js';
import type { Flow } from '../model/types.js';

/**
 * Whether a matched flow changed (SPEC §4 `changedFlows`): its definition or what its connection
 * references name. Re-serialisation is no change — key order, indentation, BOM, line endings and the file
 * name are gone once parsed, and objects are compared as sets of keys — and neither is renaming a
 * connection key that still names the same reference (`host.connectionName`, `$connections['key']`).
 * Iterative: a definition may nest thousands of levels deep.
 */
export function flowChanged(base: Flow, head: Flow): boolean {
  return !sameReferences(base, head) || !sameDefinition(base, head);
}

function sameReferences(base: Flow, head: Flow): boolean {
  const describe = (f: Flow): Map<string, string> => {
    const out = new Map<string, string>();
    for (const r of f.connectionReferences.values()) {
      out.set(identityOf(f.connectionIdentities, r.key), `${r.connector}\u0000${r.runtimeSource ?? ''}`);
    }
    return out;
  };
  const a = describe(base);
  const b = describe(head);
  if (a.size !== b.size) return false;
  for (const [id, v] of a) if (b.get(id) !== v) return false;
  return true;
}

const CONNECTIONS_KEY = /(\$connections'\s*\)\s*\[\s*')((?:[^']|'')*)(')/g;

/** A string as its connection identity when it is a connection key, or names one in `$connections`. */
function canonical(flow: Flow, s: string): string {
  const ids = flow.connectionIdentities;
  if (ids?.has(s) || flow.connectionReferences.has(s)) return `\u0000${identityOf(ids, s)}`;
  if (!s.includes('$connections')) return s;
  return s.replace(
    CONNECTIONS_KEY,
    (_m, a: string, key: string, b: string) => `${a}\u0000${identityOf(ids, key.replace(/''/g, "'"))}${b}`,
  );
}

function sameDefinition(base: Flow, head: Flow): boolean {
  const stack: Array<[unknown, unknown]> = [[base.definition, head.definition]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y && typeof x !== 'string') continue;
    if (typeof x === 'string' && typeof y === 'string') {
      if (canonical(base, x) !== canonical(head, y)) return false;
      continue;
    }
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i]]);
      continue;
    }
    const ox = x as Record<string, unknown>;
    const oy = y as Record<string, unknown>;
    const kx = Object.keys(ox);
    if (kx.length !== Object.keys(oy).length) return false;
    for (const k of kx) {
      if (!Object.prototype.hasOwnProperty.call(oy, k)) return false;
      stack.push([ox[k], oy[k]]);
    }
  }
  return true;
}
