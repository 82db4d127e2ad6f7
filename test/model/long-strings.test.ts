import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mayHoldLongString } from '../../src/model/long-strings.js';

/** The one-pass check it replaced: every quote visited, the gap between unescaped quotes measured. */
function reference(text: string, max: number): boolean {
  let prev = -1;
  for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 1)) {
    let b = q - 1;
    while (b >= 0 && text.charCodeAt(b) === 92) b--;
    if ((q - 1 - b) % 2 === 1) continue;
    if (q - prev - 1 > max) return true;
    prev = q;
  }
  return text.length - prev - 1 > max;
}

describe('mayHoldLongString', () => {
  it('answers as the quote-by-quote check does, for texts made of quotes, backslashes and letters', () => {
    const text = fc
      .array(fc.constantFrom('"', '\\', 'a', '\\"', '\\\\', '""', 'aaaa'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), (t, max) => {
        expect(mayHoldLongString(t, max)).toBe(reference(t, max));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds a long string among short ones, escaped quotes and all, and nothing in JSON of short strings', () => {
    const short = JSON.stringify({ a: 'x'.repeat(50), b: ['say "hi"', '\\'], c: { d: '"'.repeat(40) } });
    expect(mayHoldLongString(short, 100)).toBe(false);
    expect(reference(short, 100)).toBe(false);
    const long = JSON.stringify({ a: 'x', b: `${'\\"'.repeat(30)}${'y'.repeat(50)}`, c: 'z' });
    expect(mayHoldLongString(long, 100)).toBe(true);
    expect(mayHoldLongString(long, 200)).toBe(false);
  });

  it('stays linear on a hostile run of escaped quotes', () => {
    const text = `["${'\\"'.repeat(200_000)}", ${'"a", '.repeat(100_000)}"b"]`;
    expect(mayHoldLongString(text, 131_072)).toBe(reference(text, 131_072));
    expect(mayHoldLongString(text, 1_000_000)).toBe(false);
  });
});
