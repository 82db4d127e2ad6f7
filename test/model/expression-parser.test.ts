import { describe, expect, it } from '@jest/globals';
import { MAX_EXPRESSION_DEPTH, parseExpression, type Expr } from '../../src/model/expression/parser.js';
import { parseTemplate, parseValue } from '../../src/model/expression/template.js';
import { MAX_EXPRESSION_LENGTH, tokenize } from '../../src/model/expression/tokenizer.js';

const parse = (text: string): Expr => {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`failed: ${r.reason}`);
  return r.expr;
};

describe('tokenize', () => {
  it.each([
    ["'it''s'", [['string', "it's"]]],
    ["''''", [['string', "'"]]],
    ["''", [['string', '']]],
    ['-12.5e3', [['number', '-12.5e3']]],
    [
      "body('A')?['b'].c",
      [
        ['ident', 'body'],
        ['(', '('],
        ['string', 'A'],
        [')', ')'],
        ['?', '?'],
        ['[', '['],
        ['string', 'b'],
        [']', ']'],
        ['.', '.'],
        ['ident', 'c'],
      ],
    ],
    [
      "concat( 'a' ,\n 1 )",
      [
        ['ident', 'concat'],
        ['(', '('],
        ['string', 'a'],
        [',', ','],
        ['number', '1'],
        [')', ')'],
      ],
    ],
    ["'unterminated", [['error', "'unterminated"]]],
    [
      'a # b',
      [
        ['ident', 'a'],
        ['error', '#'],
        ['ident', 'b'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => [t.type, t.value])).toEqual(expected);
  });
});

describe('parseExpression', () => {
  it('parses literals', () => {
    expect(parse("'it''s'")).toEqual({ type: 'string', value: "it's" });
    expect(parse('42')).toEqual({ type: 'number', value: 42 });
    expect(parse('-1.5')).toEqual({ type: 'number', value: -1.5 });
    expect(parse('true')).toEqual({ type: 'boolean', value: true });
    expect(parse('False')).toEqual({ type: 'boolean', value: false });
    expect(parse('null')).toEqual({ type: 'null' });
  });

  it('parses nested calls, indexers and member access', () => {
    expect(parse("concat(body('A')?['x'], variables('v').y, item()[0])")).toEqual({
      type: 'call',
      name: 'concat',
      args: [
        {
          type: 'index',
          optional: true,
          target: { type: 'call', name: 'body', args: [{ type: 'string', value: 'A' }] },
          index: { type: 'string', value: 'x' },
        },
        {
          type: 'member',
          optional: false,
          name: 'y',
          target: { type: 'call', name: 'variables', args: [{ type: 'string', value: 'v' }] },
        },
        {
          type: 'index',
          optional: false,
          target: { type: 'call', name: 'item', args: [] },
          index: { type: 'number', value: 0 },
        },
      ],
    });
  });

  it('parses optional member access', () => {
    expect(parse('triggerBody()?.name')).toEqual({
      type: 'member',
      optional: true,
      name: 'name',
      target: { type: 'call', name: 'triggerBody', args: [] },
    });
  });

  it.each(['', 'concat(', "body('a'", 'a b', 'foo', "body('a'))", 'x()?', "x()['a'", 'f(,)', '1 2', '@x()'])(
    'rejects %j without throwing',
    (text) => {
      expect(parseExpression(text)).toEqual({ ok: false, reason: 'syntax' });
    },
  );

  it('gives up on nesting deeper than the bound, without throwing', () => {
    const deep = 'f('.repeat(MAX_EXPRESSION_DEPTH + 10) + "'x'" + ')'.repeat(MAX_EXPRESSION_DEPTH + 10);
    expect(parseExpression(deep)).toEqual({ ok: false, reason: 'too-deep' });
    const deepIndex = 'x()['.repeat(50_000) + '1' + ']'.repeat(50_000);
    expect(parseExpression(deepIndex)).toEqual({ ok: false, reason: 'too-deep' });
  });

  it('accepts nesting just under the bound', () => {
    const n = MAX_EXPRESSION_DEPTH - 1;
    expect(parseExpression('f('.repeat(n) + '1' + ')'.repeat(n)).ok).toBe(true);
  });

  it('parses a long flat chain of accessors without recursion', () => {
    const long = "body('A')" + "?['k']".repeat(100_000);
    expect(parseExpression(long).ok).toBe(true);
  });

  it('gives up on text over the length limit', () => {
    expect(parseExpression('x'.repeat(MAX_EXPRESSION_LENGTH + 1))).toEqual({ ok: false, reason: 'too-long' });
  });
});

describe('parseValue', () => {
  it('reads plain strings as text', () => {
    expect(parseValue('hello')).toEqual({ whole: false, segments: [{ kind: 'text', value: 'hello' }] });
    expect(parseValue('')).toEqual({ whole: false, segments: [{ kind: 'text', value: '' }] });
    expect(parseValue('user@example.com')).toEqual({
      whole: false,
      segments: [{ kind: 'text', value: 'user@example.com' }],
    });
  });

  it('reads a whole expression', () => {
    const t = parseValue("@body('A')")!;
    expect(t.whole).toBe(true);
    expect(t.segments).toHaveLength(1);
    expect(t.segments[0]).toMatchObject({ kind: 'expr', expr: { type: 'call', name: 'body' } });
  });

  it('reads @@ escapes as literal text', () => {
    expect(parseValue('@@literal')).toEqual({
      whole: false,
      segments: [{ kind: 'text', value: '@literal' }],
    });
    expect(parseValue('a @@{x} b')).toEqual({
      whole: false,
      segments: [{ kind: 'text', value: 'a @{x} b' }],
    });
  });

  it('reads several interpolations with braces and quotes inside', () => {
    const t = parseValue("a @{concat('}', '{''')} b @{body('X')?['y']} c")!;
    expect(t.whole).toBe(false);
    expect(t.segments.map((s) => s.kind)).toEqual(['text', 'expr', 'text', 'expr', 'text']);
    expect(t.segments[1]).toMatchObject({ expr: { args: [{ value: '}' }, { value: "{'" }] } });
    expect(t.segments[4]).toEqual({ kind: 'text', value: ' c' });
  });

  it('returns null for malformed values without throwing', () => {
    expect(parseValue('@{unclosed')).toBeNull();
    expect(parseValue("x @{body('A'}")).toBeNull();
    expect(parseValue('@concat(')).toBeNull();
    expect(parseTemplate('@concat(')).toBe('syntax');
  });

  it('bounds the length of each expression, not of the value', () => {
    expect(parseTemplate(`@${'a'.repeat(MAX_EXPRESSION_LENGTH + 1)}`)).toBe('too-long');
    expect(parseTemplate(`x @{${'a'.repeat(MAX_EXPRESSION_LENGTH + 1)}}`)).toBe('too-long');
    // Regression: a long text around a short expression was opaque as a whole, which hid the reference.
    const padded = parseValue(`${'a'.repeat(MAX_EXPRESSION_LENGTH + 1)} @{body('A')}`)!;
    expect(padded.segments.map((s) => s.kind)).toEqual(['text', 'expr']);
  });
});
