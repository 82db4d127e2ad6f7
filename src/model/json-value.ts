/**
 * Comparing and serialising parsed JSON values without recursion. `JSON.stringify` recurses natively and
 * throws a RangeError at a few thousand levels, while `JSON.parse` reads any depth: a hostile flow nested
 * 10,000 levels deep parses fine and would then crash whatever stringifies it. These walk an explicit
 * stack instead, so depth costs heap, never call stack.
 */

/** `JSON.stringify(value)` for a value that came from `JSON.parse` (same text, key order kept). */
export function jsonText(value: unknown): string {
  const out: string[] = [];
  // Work items: a value to write, or punctuation already decided.
  const stack: Array<{ v: unknown } | string> = [{ v: value }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const v = item.v;
    if (Array.isArray(v)) {
      out.push('[');
      stack.push(']');
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ v: v[i] === undefined ? null : v[i] });
        if (i > 0) stack.push(',');
      }
    } else if (v !== null && typeof v === 'object') {
      out.push('{');
      stack.push('}');
      const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ v: (v as Record<string, unknown>)[keys[i]] });
        stack.push(`${JSON.stringify(keys[i])}:`);
        if (i > 0) stack.push(',');
      }
    } else {
      out.push(JSON.stringify(v) ?? 'null');
    }
  }
  return out.join('');
}

/**
 * Whether two parsed JSON values are the same, key order included (as comparing their `JSON.stringify`
 * texts would say), stopping at the first difference and building no text.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const stack: Array<[unknown, unknown]> = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i]]);
      continue;
    }
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (let i = 0; i < kx.length; i++) {
      if (kx[i] !== ky[i]) return false;
      stack.push([(x as Record<string, unknown>)[kx[i]], (y as Record<string, unknown>)[ky[i]]]);
    }
  }
  return true;
}
