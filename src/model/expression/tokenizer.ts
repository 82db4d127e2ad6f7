/**
 * Tokenizer for Workflow Definition Language expressions (the text after `@` or inside `@{…}`).
 *
 * WDL has no operators: an expression is literals, function calls, `[…]`/`?[…]` indexers and `.`/`?.`
 * member access. The tokenizer is a single linear pass with no recursion, so it is also the fallback
 * when the parser gives up (syntax error, nesting too deep).
 */

export type TokenType = 'string' | 'number' | 'ident' | '(' | ')' | '[' | ']' | ',' | '.' | '?' | 'error';

export interface Token {
  type: TokenType;
  /** Decoded value: string contents with `''` undone, identifier text, number text, or the punctuation. */
  value: string;
  /** Offset of the token's first character in the tokenized text. */
  pos: number;
}

/**
 * Longest expression text flowguard reads. Power Automate and Logic Apps reject expressions longer than
 * 8,192 characters (Logic Apps limits, "Expression character limit"), so anything near this bound is not a
 * flow that runs; the bound only keeps hostile files from costing time.
 */
export const MAX_EXPRESSION_LENGTH = 1_000_000;

const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.', '?']);

function isIdentStart(c: number): boolean {
  // A-Z a-z _ $ (WDL function names are plain identifiers; `$` appears in some built-in parameter names).
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}

/** Reads a `'…'` literal starting at `start` (the quote). Returns the decoded value and the end offset. */
export function readStringLiteral(
  text: string,
  start: number,
  end: number,
): { value: string; end: number } | null {
  let i = start + 1;
  let value = '';
  let chunk = i;
  while (i < end) {
    if (text.charCodeAt(i) === 39) {
      if (i + 1 < end && text.charCodeAt(i + 1) === 39) {
        // A doubled quote stands for one quote: 'it''s' is it's.
        value += text.slice(chunk, i + 1);
        i += 2;
        chunk = i;
        continue;
      }
      return { value: value + text.slice(chunk, i), end: i + 1 };
    }
    i++;
  }
  return null;
}

/** Tokenizes `text[start, end)`. Never throws; unknown characters and unterminated strings become `error` tokens. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const ch = text[i];
    if (c === 39) {
      const lit = readStringLiteral(text, i, end);
      if (!lit) {
        tokens.push({ type: 'error', value: text.slice(i, end), pos: i });
        break;
      }
      tokens.push({ type: 'string', value: lit.value, pos: i });
      i = lit.end;
    } else if (isDigit(c) || ((ch === '-' || ch === '+') && i + 1 < end && isDigit(text.charCodeAt(i + 1)))) {
      // WDL has no binary minus, so a sign before a digit always belongs to the number.
      let j = i + 1;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      if (j + 1 < end && text[j] === '.' && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (j < end && isDigit(text.charCodeAt(j))) j++;
      }
      if (j < end && (text[j] === 'e' || text[j] === 'E')) {
        let k = j + 1;
        if (k < end && (text[k] === '+' || text[k] === '-')) k++;
        if (k < end && isDigit(text.charCodeAt(k))) {
          while (k < end && isDigit(text.charCodeAt(k))) k++;
          j = k;
        }
      }
      tokens.push({ type: 'number', value: text.slice(i, j), pos: i });
      i = j;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < end && (isIdentStart(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
      tokens.push({ type: 'ident', value: text.slice(i, j), pos: i });
      i = j;
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ type: ch as TokenType, value: ch, pos: i });
      i++;
    } else {
      tokens.push({ type: 'error', value: ch, pos: i });
      i++;
    }
  }
  return tokens;
}
