import { describe, expect, it } from '@jest/globals';
import { literalString } from '../../src/model/expression/literal.js';

describe('literalString', () => {
  it.each([
    ['my-secret', 'my-secret'],
    ["@encodeURIComponent('a''b')", "a'b"],
    ["@{encodeURIComponent('x')}", 'x'],
    ['@@literal', '@literal'],
    ["pre-@{'x'}-post", 'pre-x-post'],
    ["@items('Loop')?['name']", null],
    ["@{triggerBody()?['name']}", null],
  ])('%s → %s', (input, expected) => {
    expect(literalString(input)).toBe(expected);
  });
});
