/**
 * The literal string a WDL value stands for, or null when it is an expression (SPEC §2 "literal"):
 * plain strings, `@@`-escaped strings, `@'…'`, `@encodeURIComponent('…')`, and `@{…}` interpolations of literals.
 */
export function literalString(value: string): string | null {
  if (!value.startsWith('@')) return interpolatedLiteral(value);
  if (value.startsWith('@@')) return value.slice(1);
  if (value.startsWith('@{')) return interpolatedLiteral(value);
  return literalExpression(value.slice(1).trim());
}

function literalExpression(expr: string): string | null {
  let e = expr.trim();
  const fn = /^(?:encodeURIComponent|string|trim)\s*\(([\s\S]*)\)$/i.exec(e);
  if (fn) e = fn[1].trim();
  const m = /^'((?:[^']|'')*)'$/.exec(e);
  return m ? m[1].replace(/''/g, "'") : null;
}

function interpolatedLiteral(value: string): string | null {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const start = value.indexOf('@{', i);
    if (start < 0) return out + value.slice(i);
    out += value.slice(i, start);
    let depth = 1;
    let j = start + 2;
    let quoted = false;
    for (; j < value.length && depth > 0; j++) {
      const c = value[j];
      if (c === "'") quoted = !quoted;
      else if (!quoted && c === '{') depth++;
      else if (!quoted && c === '}') depth--;
    }
    if (depth > 0) return null;
    const inner = literalExpression(value.slice(start + 2, j - 1));
    if (inner === null) return null;
    out += inner;
    i = j;
  }
  return out;
}
