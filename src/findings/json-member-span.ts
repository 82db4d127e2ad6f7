/**
 * Where a JSON path sits in a document's text, found by scanning only up to it: no parse tree is built
 * and no value decoded except keys with escapes. The result is the one jsonc-parser's `parseTree` +
 * `findNodeAtLocation` give (test/findings/json-member-span.test.ts compares them): at each level the
 * first property of that name, an array item by index; the span of a property runs from its key to the
 * end of its value, that of an array item or the root is the value. Iterative, so any depth is fine.
 * The text is one JSON.parse accepted (after a leading BOM); anything else gives null, never a throw.
 */
export interface Span {
  /** Offset of the member's first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function skipWs(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || (c === 0xfeff && i === 0)) i++;
    else return i;
  }
}

/** Offset just past the string starting at `i` (a quote), or -1. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c === BACKSLASH) j++;
  }
  return -1;
}

/** Offset just past the value starting at `i`, or -1. */
function valueEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return stringEnd(text, i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number or a literal: up to the next delimiter.
    let j = i;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (
        c === COMMA ||
        c === CLOSE_BRACE ||
        c === CLOSE_BRACKET ||
        c === 32 ||
        c === 10 ||
        c === 13 ||
        c === 9
      )
        break;
    }
    return j > i ? j : -1;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      j = stringEnd(text, j) - 1;
      if (j < 0) return -1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth === 0) return j + 1;
    }
  }
  return -1;
}

/** Whether the key string at [start, end) (quotes included) is `name`. */
function keyIs(text: string, start: number, end: number, name: string): boolean {
  const raw = end - start - 2;
  if (raw < name.length) return false;
  if (raw === name.length && text.startsWith(name, start + 1)) return true;
  // Only a key with escapes can spell `name` in more characters, or differently.
  const escape = text.indexOf('\\', start + 1);
  if (escape === -1 || escape >= end - 1) return false;
  try {
    return JSON.parse(text.slice(start, end)) === name;
  } catch {
    return false;
  }
}

/** The span of the member at `path`, or null when the text has no such member. */
export function memberSpan(text: string, path: ReadonlyArray<string | number>): Span | null {
  let i = skipWs(text, 0);
  let start = i;
  for (const seg of path) {
    const open = text.charCodeAt(i);
    if (typeof seg === 'string') {
      if (open !== OPEN_BRACE) return null;
      i = skipWs(text, i + 1);
      for (;;) {
        if (text.charCodeAt(i) !== QUOTE) return null;
        const keyEnd = stringEnd(text, i);
        if (keyEnd < 0) return null;
        const keyStart = i;
        i = skipWs(text, keyEnd);
        if (text.charCodeAt(i) !== COLON) return null;
        i = skipWs(text, i + 1);
        if (keyIs(text, keyStart, keyEnd, seg)) {
          start = keyStart;
          break;
        }
        const end = valueEnd(text, i);
        if (end < 0) return null;
        i = skipWs(text, end);
        if (text.charCodeAt(i) !== COMMA) return null;
        i = skipWs(text, i + 1);
      }
    } else {
      if (open !== OPEN_BRACKET || !Number.isInteger(seg) || seg < 0) return null;
      i = skipWs(text, i + 1);
      if (text.charCodeAt(i) === CLOSE_BRACKET) return null;
      for (let n = 0; n < seg; n++) {
        const end = valueEnd(text, i);
        if (end < 0) return null;
        i = skipWs(text, end);
        if (text.charCodeAt(i) !== COMMA) return null;
        i = skipWs(text, i + 1);
      }
      start = i;
    }
  }
  const end = valueEnd(text, i);
  return end < 0 ? null : { start, end };
}
