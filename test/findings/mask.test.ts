import { describe, expect, it } from '@jest/globals';
import { maskSecret } from '../../src/findings/mask.js';

describe('maskSecret', () => {
  it.each([
    ['', '…(0 chars)'],
    ['hunter2', '…(7 chars)'],
    ['12345678901', '…(11 chars)'],
    ['123456789012', '123…(12 chars)'],
    ['s3cr3t-value-with-32-characters!', 's3c…(32 chars)'],
    // Counted in code points: a surrogate pair is one character and is never split.
    ['🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑', '🔑🔑🔑…(12 chars)'],
  ])('%j → %j', (value, expected) => {
    expect(maskSecret(value)).toBe(expected);
  });

  it('never shows more than three characters of the value', () => {
    for (let length = 0; length <= 80; length += 1) {
      const value = 'x'.repeat(length);
      const masked = maskSecret(value);
      expect(masked.replace(/…\(\d+ chars\)$/, '').length).toBeLessThanOrEqual(length >= 12 ? 3 : 0);
      expect(masked).toMatch(new RegExp(`…\\(${length} chars\\)$`));
    }
  });
});
