import type { Expr } from './parser.js';
import { parseValue } from './template.js';

/**
 * Functions that keep a literal a literal for SPEC §2: the designer wraps path segments in
 * `encodeURIComponent('…')`, and `string`/`trim` of a literal are still that literal as written.
 */
const TRANSPARENT = new Set(['encodeuricomponent', 'string', 'trim']);

/** The literal string an expression stands for, or null. Iterative: wrappers may nest. */
function literalOf(root: Expr): string | null {
  let e = root;
  while (e.type === 'call' && e.args.length === 1 && TRANSPARENT.has(e.name.toLowerCase())) e = e.args[0];
  return e.type === 'string' ? e.value : null;
}

/**
 * The literal string a WDL value stands for, or null when it is an expression (SPEC §2 "literal"):
 * plain strings, `@@`-escaped strings, `@'…'`, `@encodeURIComponent('…')`, and `@{…}` interpolations of literals.
 */
export function literalString(value: string): string | null {
  const t = parseValue(value);
  if (!t) return null;
  let out = '';
  for (const s of t.segments) {
    if (s.kind === 'text') out += s.value;
    else {
      const lit = literalOf(s.expr);
      if (lit === null) return null;
      out += lit;
    }
  }
  return out;
}
