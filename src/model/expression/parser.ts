import { MAX_EXPRESSION_LENGTH, tokenize, type Token } from './tokenizer.js';

/** A parsed WDL expression. */
export type Expr =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'call'; name: string; args: Expr[] }
  /** `target[index]` or `target?[index]`. */
  | { type: 'index'; target: Expr; index: Expr; optional: boolean }
  /** `target.name` or `target?.name`. */
  | { type: 'member'; target: Expr; name: string; optional: boolean };

/**
 * Deepest nesting of calls and indexers the parser follows. Real expressions nest a dozen levels at most;
 * the bound keeps the (recursive) parser and every walker over its trees far from the stack limit.
 */
export const MAX_EXPRESSION_DEPTH = 500;

export type ParseResult =
  { ok: true; expr: Expr } | { ok: false; reason: 'syntax' | 'too-deep' | 'too-long' };

/** Internal: unwinds the recursive descent; never escapes `parseExpression`. */
class ParseFailure {
  constructor(readonly reason: 'syntax' | 'too-deep') {}
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): Expr {
    const expr = this.expression(0);
    if (this.pos !== this.tokens.length) throw new ParseFailure('syntax');
    return expr;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  private expect(type: Token['type']): Token {
    const t = this.tokens[this.pos];
    if (!t || t.type !== type) throw new ParseFailure('syntax');
    this.pos++;
    return t;
  }

  private expression(depth: number): Expr {
    if (depth > MAX_EXPRESSION_DEPTH) throw new ParseFailure('too-deep');
    let expr = this.primary(depth);
    // Postfix chain: a loop, not recursion, so `x['a']['b']…` costs no stack however long it is.
    for (;;) {
      const t = this.peek();
      if (!t) return expr;
      let optional = false;
      let next = t;
      if (t.type === '?') {
        const after = this.peek(1);
        if (!after || (after.type !== '[' && after.type !== '.')) throw new ParseFailure('syntax');
        optional = true;
        next = after;
        this.pos++;
      }
      if (next.type === '[') {
        this.pos++;
        const index = this.expression(depth + 1);
        this.expect(']');
        expr = { type: 'index', target: expr, index, optional };
      } else if (next.type === '.') {
        this.pos++;
        const name = this.expect('ident').value;
        expr = { type: 'member', target: expr, name, optional };
      } else {
        return expr;
      }
    }
  }

  private primary(depth: number): Expr {
    const t = this.tokens[this.pos];
    if (!t) throw new ParseFailure('syntax');
    this.pos++;
    switch (t.type) {
      case 'string':
        return { type: 'string', value: t.value };
      case 'number':
        return { type: 'number', value: Number(t.value) };
      case 'ident': {
        const next = this.peek();
        if (next?.type === '(') {
          this.pos++;
          const args: Expr[] = [];
          if (this.peek()?.type === ')') {
            this.pos++;
            return { type: 'call', name: t.value, args };
          }
          for (;;) {
            args.push(this.expression(depth + 1));
            const sep = this.peek();
            if (sep?.type === ',') this.pos++;
            else if (sep?.type === ')') {
              this.pos++;
              return { type: 'call', name: t.value, args };
            } else throw new ParseFailure('syntax');
          }
        }
        const word = t.value.toLowerCase();
        if (word === 'true' || word === 'false') return { type: 'boolean', value: word === 'true' };
        if (word === 'null') return { type: 'null' };
        throw new ParseFailure('syntax');
      }
      default:
        throw new ParseFailure('syntax');
    }
  }
}

/**
 * Parses an expression (without its leading `@` or `@{ }`). Never throws: syntax errors, nesting deeper
 * than MAX_EXPRESSION_DEPTH and text longer than MAX_EXPRESSION_LENGTH come back as `ok: false`.
 */
export function parseExpression(text: string, start = 0, end = text.length): ParseResult {
  if (end - start > MAX_EXPRESSION_LENGTH) return { ok: false, reason: 'too-long' };
  const tokens = tokenize(text, start, end);
  if (tokens.length === 0) return { ok: false, reason: 'syntax' };
  try {
    return { ok: true, expr: new Parser(tokens).parseAll() };
  } catch (err) {
    if (err instanceof ParseFailure) return { ok: false, reason: err.reason };
    // A RangeError here would mean the depth bound is too generous for this engine: treat as opaque.
    if (err instanceof RangeError) return { ok: false, reason: 'too-deep' };
    throw err;
  }
}
