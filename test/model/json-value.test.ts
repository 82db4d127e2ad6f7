import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonText, sameJson } from '../../src/model/json-value.js';

describe('jsonText and sameJson', () => {
  it('write exactly what JSON.stringify writes, and compare as its texts would', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(jsonText(a)).toBe(JSON.stringify(a));
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(sameJson(a, JSON.parse(JSON.stringify(a)))).toBe(true);
      }),
    );
  });

  it('keep key order and `__proto__` keys as JSON.parse made them', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"x":[1,"two",null]},"a":{}}');
    expect(jsonText(parsed)).toBe('{"b":1,"__proto__":{"x":[1,"two",null]},"a":{}}');
    expect(sameJson(parsed, JSON.parse('{"__proto__":{"x":[1,"two",null]},"b":1,"a":{}}'))).toBe(false);
  });

  it('handle a value nested 200,000 deep (regression: JSON.stringify overflowed on a diff of such a flow)', () => {
    const deep = (leaf: string): unknown =>
      JSON.parse(`${'{"k":['.repeat(100_000)}"${leaf}"${']}'.repeat(100_000)}`);
    expect(() => JSON.stringify(deep('x'))).toThrow(RangeError);
    expect(jsonText(deep('x'))).toBe(`${'{"k":['.repeat(100_000)}"x"${']}'.repeat(100_000)}`);
    expect(sameJson(deep('x'), deep('x'))).toBe(true);
    expect(sameJson(deep('x'), deep('y'))).toBe(false);
  });
});
