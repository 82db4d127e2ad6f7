import { parseExpression, type Expr } from './parser.js';

/** One piece of a WDL string value: literal text, or an expression with its offsets in the string. */
export type Segment =
  | { kind: 'text'; value: string }
  | {
      kind: 'expr';
      expr: Expr;
      /** Offsets of the expression text (without `@`/`@{`/`}`) in the string value. */
      start: number;
      end: number;
    };

/**
 * A string value as the workflow engine reads it:
 * - `whole`: the value is one expression (`@fn(…)`), evaluated to any type;
 * - otherwise a string template: text and `@{…}` interpolations, each converted to a string.
 * A plain string is a template with one text segment.
 */
export interface Template {
  whole: boolean;
  segments: Segment[];
}

export type TemplateFailure = 'syntax' | 'too-deep' | 'too-long';

/**
 * End offset (exclusive, at the closing brace) of an `@{` interpolation whose expression text starts at
 * `from`, skipping quoted strings so `@{concat('}', '{')}` closes at the right brace. -1 when unclosed.
 */
export function interpolationEnd(text: string, from: number): number {
  let depth = 1;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 39)
      quoted = !quoted; // `''` inside a literal toggles twice: still inside.
    else if (quoted) continue;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return -1;
}

/**
 * Parses a string value. Returns the template, or a failure reason when an expression in it is too long,
 * nested too deep or not valid WDL — callers then treat the value as opaque (and may fall back to a token scan).
 *
 * Escapes: a value starting with `@@` is literal text starting with `@` (Logic Apps docs, "Expressions");
 * inside a template `@@{` is the literal text `@{`. Both are rare in flows; reading them as literal text
 * follows the engine.
 */
export function parseTemplate(value: string): Template | TemplateFailure {
  // The length bound is per expression (parseExpression checks it), not per value: a long e-mail body
  // with a short `@{…}` inside is an ordinary flow, and reading it as opaque would hide that reference.
  if (value.startsWith('@') && !value.startsWith('@@') && !value.startsWith('@{')) {
    const r = parseExpression(value, 1);
    return r.ok
      ? { whole: true, segments: [{ kind: 'expr', expr: r.expr, start: 1, end: value.length }] }
      : r.reason;
  }
  const segments: Segment[] = [];
  let text = '';
  let i = 0;
  if (value.startsWith('@@')) {
    text = '@';
    i = 2;
  }
  while (i < value.length) {
    const at = value.indexOf('@', i);
    if (at < 0) {
      text += value.slice(i);
      break;
    }
    text += value.slice(i, at);
    if (value.startsWith('@@{', at)) {
      text += '@{';
      i = at + 3;
      continue;
    }
    if (value[at + 1] !== '{') {
      text += '@';
      i = at + 1;
      continue;
    }
    const start = at + 2;
    const end = interpolationEnd(value, start);
    if (end < 0) return 'syntax';
    const r = parseExpression(value, start, end);
    if (!r.ok) return r.reason;
    if (text) segments.push({ kind: 'text', value: text });
    text = '';
    segments.push({ kind: 'expr', expr: r.expr, start, end });
    i = end + 1;
  }
  if (text || segments.length === 0) segments.push({ kind: 'text', value: text });
  return { whole: false, segments };
}

/**
 * Length of the longest expression in a string value (0 when it holds none): the whole value after `@`,
 * or each `@{…}` interpolation, an unclosed one running to the end. Linear, parses nothing.
 */
export function longestExpression(value: string): number {
  if (value.startsWith('@') && !value.startsWith('@@') && !value.startsWith('@{')) return value.length - 1;
  let longest = 0;
  for (let at = value.indexOf('@{'); at >= 0; at = value.indexOf('@{', at + 2)) {
    if (at > 0 && value[at - 1] === '@') continue; // `@@{` is literal text
    const end = interpolationEnd(value, at + 2);
    longest = Math.max(longest, (end < 0 ? value.length : end) - (at + 2));
    if (end < 0) break;
    at = end - 1;
  }
  return longest;
}

/** Parses a string value; null when it is opaque (too long, too deep, or not valid WDL). Never throws. */
export function parseValue(value: string): Template | null {
  const t = parseTemplate(value);
  return typeof t === 'string' ? null : t;
}

/** Whether a string value contains any expression at all (cheap pre-check before parsing). */
export function mayContainExpression(value: string): boolean {
  return value.includes('@');
}
