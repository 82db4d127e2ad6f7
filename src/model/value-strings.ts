import { own, type JsonPath } from '../json/json-path.js';
import type { FlowNode } from './types.js';

/**
 * Calls `visit` for every string inside a JSON value that may hold an expression (contains `@`), with its
 * path. Iterative (an explicit stack), so a hostile definition nested thousands of levels deep cannot
 * overflow the call stack; one shared path array is copied only for the strings visited, which keeps large
 * inputs (adaptive cards, HTML bodies) cheap. Object keys are not visited: the engine does not evaluate
 * expressions in property names.
 */
export function forEachString(
  value: unknown,
  base: JsonPath,
  visit: (s: string, path: JsonPath) => void,
): void {
  const stack: Array<{ v: unknown; key: string | number | null; depth: number }> = [
    { v: value, key: null, depth: 0 },
  ];
  const cur: Array<string | number> = [];
  while (stack.length > 0) {
    const { v, key, depth } = stack.pop()!;
    cur.length = Math.max(depth - 1, 0);
    if (key !== null) cur.push(key);
    if (typeof v === 'string') {
      if (v.includes('@')) visit(v, [...base, ...cur]);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, depth: depth + 1 });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ v: (v as Record<string, unknown>)[keys[i]], key: keys[i], depth: depth + 1 });
      }
    }
  }
}

/**
 * The parts of a node the engine evaluates before running it, with their path relative to the node:
 * `inputs` for every trigger and action, a Foreach's `foreach`, and the `expression` of If, Switch and Until.
 * Child actions of containers are nodes of their own and are not included.
 */
export function evaluatedValues(node: FlowNode): Array<[JsonPath, unknown]> {
  const out: Array<[JsonPath, unknown]> = [];
  const inputs = own(node.raw, 'inputs');
  if (inputs !== undefined) out.push([['inputs'], inputs]);
  const type = node.type.toLowerCase();
  if (type === 'foreach' && own(node.raw, 'foreach') !== undefined)
    out.push([['foreach'], own(node.raw, 'foreach')]);
  if ((type === 'if' || type === 'switch' || type === 'until') && own(node.raw, 'expression') !== undefined) {
    out.push([['expression'], own(node.raw, 'expression')]);
  }
  return out;
}
