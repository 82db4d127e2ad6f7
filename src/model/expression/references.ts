import type { Expr } from './parser.js';
import { parseTemplate } from './template.js';
import { MAX_EXPRESSION_LENGTH, readStringLiteral, tokenize, type Token } from './tokenizer.js';

/** The WDL functions that read data of the run: trigger/action outputs, variables, loop items, parameters. */
export type RefFn =
  | 'body'
  | 'outputs'
  | 'actions'
  | 'result'
  | 'variables'
  | 'items'
  | 'item'
  | 'triggerBody'
  | 'triggerOutputs'
  | 'trigger'
  | 'parameters'
  | 'iterationIndexes';

/** One read of run data in an expression, e.g. `body('Get_secret')?['value']`. */
export interface Ref {
  fn: RefFn;
  /** The literal first argument (`'Get_secret'`), or null when absent or computed. */
  name: string | null;
  /** Literal `?['x']` / `['x']` / `.x` accessors applied to the call, up to the first computed one. */
  accessors: string[];
}

/**
 * Function name (lower-case) → the reference it makes. WDL function names are case-insensitive.
 * `actionBody`/`actionOutputs` are the long forms of body/outputs; the trigger form-data functions read
 * the trigger's body.
 */
const REF_FUNCTIONS: ReadonlyMap<string, RefFn> = new Map<string, RefFn>([
  ['body', 'body'],
  ['actionbody', 'body'],
  ['outputs', 'outputs'],
  ['actionoutputs', 'outputs'],
  ['actions', 'actions'],
  ['result', 'result'],
  ['variables', 'variables'],
  ['items', 'items'],
  ['item', 'item'],
  ['triggerbody', 'triggerBody'],
  ['triggeroutputs', 'triggerOutputs'],
  ['trigger', 'trigger'],
  ['triggerformdatavalue', 'triggerBody'],
  ['triggerformdatamultiplevalues', 'triggerBody'],
  ['triggermultipartbody', 'triggerBody'],
  ['parameters', 'parameters'],
  ['iterationindexes', 'iterationIndexes'],
]);

export function refFunction(name: string): RefFn | undefined {
  return REF_FUNCTIONS.get(name.toLowerCase());
}

function literalKey(e: Expr): string | null {
  if (e.type === 'string') return e.value;
  if (e.type === 'number') return String(e.value);
  return null;
}

/** References made by a parsed expression. Iterative: the tree may be up to MAX_EXPRESSION_DEPTH deep. */
export function referencesOfExpr(root: Expr, out: Ref[] = []): Ref[] {
  const stack: Expr[] = [root];
  while (stack.length > 0) {
    let e = stack.pop()!;
    // Unwind an accessor chain down to its base, remembering accessors innermost first.
    const chain: Array<{ key: string | null }> = [];
    while (e.type === 'index' || e.type === 'member') {
      if (e.type === 'index') {
        chain.push({ key: literalKey(e.index) });
        stack.push(e.index);
      } else chain.push({ key: e.name });
      e = e.target;
    }
    if (e.type !== 'call') continue;
    for (let i = e.args.length - 1; i >= 0; i--) stack.push(e.args[i]);
    const fn = refFunction(e.name);
    if (!fn) continue;
    const accessors: string[] = [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const key = chain[i].key;
      if (key === null) break;
      accessors.push(key);
    }
    const first = e.args[0];
    out.push({ fn, name: first && first.type === 'string' ? first.value : null, accessors });
  }
  return out;
}

/**
 * Best-effort references from tokens, for text the parser could not read (syntax error, too deep):
 * `fn ( 'name' )` followed by literal accessors. Linear, no recursion.
 */
export function referencesFromTokens(tokens: Token[], out: Ref[] = []): Ref[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'ident' || tokens[i + 1].type !== '(') continue;
    const fn = refFunction(t.value);
    if (!fn) continue;
    let j = i + 2;
    let name: string | null = null;
    if (tokens[j]?.type === 'string' && tokens[j + 1]?.type === ')') {
      name = tokens[j].value;
      j += 2;
    } else if (tokens[j]?.type === ')') j += 1;
    else {
      out.push({ fn, name: null, accessors: [] });
      continue;
    }
    const accessors: string[] = [];
    for (;;) {
      if (tokens[j]?.type === '?') j++;
      const a = tokens[j];
      if (
        a?.type === '[' &&
        (tokens[j + 1]?.type === 'string' || tokens[j + 1]?.type === 'number') &&
        tokens[j + 2]?.type === ']'
      ) {
        accessors.push(tokens[j + 1].value);
        j += 3;
      } else if (a?.type === '.' && tokens[j + 1]?.type === 'ident') {
        accessors.push(tokens[j + 1].value);
        j += 2;
      } else break;
    }
    out.push({ fn, name, accessors });
  }
  return out;
}

/**
 * Every reference to run data in a string value. Never throws. A value the parser cannot read (a typo,
 * nesting too deep, an expression over MAX_EXPRESSION_LENGTH) still gives its references, so that no
 * such value can hide one: a short value is scanned token by token, a long one — whose tokens would
 * cost memory in proportion — by a bounded scan for `fn('name')` calls.
 */
export function references(value: string): Ref[] {
  if (!value.includes('@')) return [];
  const t = parseTemplate(value);
  if (typeof t === 'string') {
    return value.length > MAX_EXPRESSION_LENGTH
      ? referencesFromScan(value)
      : referencesFromTokens(tokenize(value));
  }
  const out: Ref[] = [];
  for (const s of t.segments) if (s.kind === 'expr') referencesOfExpr(s.expr, out);
  return out;
}

/** Longest name or accessor key the scan reads; real action names stop at 80 characters. */
const MAX_SCANNED_LITERAL = 1024;
// The lookbehind starts a name only at its first character: without it, every character of a long word
// starts a match that runs to the word's end, and a megabyte of letters took minutes (a hang).
const CALL = /(?<![\w$])([A-Za-z_$][\w$]*)\s*\(/g;
const IDENT = /^[A-Za-z_$][\w$]*/;
const DIGITS = /^\d+/;

/**
 * References found without tokenizing: each `fn(` of a reference function, its literal argument and
 * literal accessors. Linear: literals are read at most MAX_SCANNED_LITERAL characters ahead, so
 * thousands of unclosed `body('` cannot make it quadratic. May report a call inside literal text, which
 * only errs on the side of seeing a reference.
 */
export function referencesFromScan(value: string, out: Ref[] = []): Ref[] {
  const scan = new Scanner(value);
  for (const m of value.matchAll(CALL)) {
    const fn = refFunction(m[1]);
    if (!fn) continue;
    let j = scan.space(m.index + m[0].length);
    const arg = scan.literal(j);
    if (arg) j = scan.space(arg.end);
    if (value[j] !== ')') {
      out.push({ fn, name: null, accessors: [] });
      continue;
    }
    out.push({ fn, name: arg ? arg.value : null, accessors: scan.accessors(j + 1) });
  }
  return out;
}

/** Bounded reads over one string, for referencesFromScan. */
class Scanner {
  constructor(private readonly text: string) {}

  space(j: number): number {
    while (j < this.text.length && /\s/.test(this.text[j])) j++;
    return j;
  }

  literal(j: number): { value: string; end: number } | null {
    const end = Math.min(this.text.length, j + MAX_SCANNED_LITERAL + 2);
    return this.text[j] === "'" ? readStringLiteral(this.text, j, end) : null;
  }

  /** `?['a'][0].b` from `j` on, up to the first accessor that is not literal. */
  accessors(j: number): string[] {
    const out: string[] = [];
    for (;;) {
      let k = this.space(j);
      if (this.text[k] === '?') k = this.space(k + 1);
      const next = this.text.slice(k + 1, k + 1 + MAX_SCANNED_LITERAL);
      if (this.text[k] === '.' && IDENT.test(next)) {
        const id = IDENT.exec(next)![0];
        out.push(id);
        j = k + 1 + id.length;
        continue;
      }
      if (this.text[k] !== '[') return out;
      const start = this.space(k + 1);
      const key = this.literal(start);
      const digits = key ? null : DIGITS.exec(this.text.slice(start, start + 20));
      const end = key ? this.space(key.end) : digits ? this.space(start + digits[0].length) : -1;
      if (end < 0 || this.text[end] !== ']') return out;
      out.push(key ? key.value : digits![0]);
      j = end + 1;
    }
  }
}
