import { describe, expect, it } from '@jest/globals';
import { MAX_EXPRESSION_DEPTH } from '../../src/model/expression/parser.js';
import { references, type Ref } from '../../src/model/expression/references.js';
import { MAX_EXPRESSION_LENGTH } from '../../src/model/expression/tokenizer.js';

const ref = (fn: Ref['fn'], name: string | null, accessors: string[] = []): Ref => ({ fn, name, accessors });

describe('references', () => {
  it.each<[string, Ref[]]>([
    ['plain text', []],
    ["@body('Get_secret')?['value']", [ref('body', 'Get_secret', ['value'])]],
    ["@outputs('A')['body/value'].x", [ref('outputs', 'A', ['body/value', 'x'])]],
    ["@actionBody('A')", [ref('body', 'A')]],
    ["@{variables('it''s')}", [ref('variables', "it's")]],
    ["@items('Loop')?['name']", [ref('items', 'Loop', ['name'])]],
    ["@item()?['id']", [ref('item', null, ['id'])]],
    ["@triggerBody()?['secretName']", [ref('triggerBody', null, ['secretName'])]],
    ["@triggerOutputs()['headers']", [ref('triggerOutputs', null, ['headers'])]],
    ['@trigger()', [ref('trigger', null)]],
    [
      "@parameters('$connections')['kv']['connectionId']",
      [ref('parameters', '$connections', ['kv', 'connectionId'])],
    ],
    ["@iterationIndexes('Until')", [ref('iterationIndexes', 'Until')]],
    ["@result('Try')", [ref('result', 'Try')]],
    ["@BODY('A')", [ref('body', 'A')]],
    ["@actions('A').outputs.body", [ref('actions', 'A', ['outputs', 'body'])]],
    // A computed accessor stops the literal chain; the reads inside it are references of their own.
    ["@body('A')?['x'][variables('k')]?['y']", [ref('body', 'A', ['x']), ref('variables', 'k')]],
    ["@body(variables('name'))", [ref('body', null), ref('variables', 'name')]],
    [
      "Bearer @{body('A')?['token']} and @{concat('x', variables('v'))}",
      [ref('body', 'A', ['token']), ref('variables', 'v')],
    ],
    ["@{concat('}', body('A'))}", [ref('body', 'A')]],
    ["@concat('body(''A'')')", []],
    ['@@body(x)', []],
  ])('%s', (value, expected) => {
    expect(references(value)).toEqual(expected);
  });

  it('falls back to tokens when the expression does not parse', () => {
    expect(references("@concat(body('A')?['v'], ")).toEqual([ref('body', 'A', ['v'])]);
    expect(references("x @{variables('v')")).toEqual([ref('variables', 'v')]);
  });

  it('falls back to tokens when the expression is nested too deep', () => {
    const deep =
      '@' + 'f('.repeat(MAX_EXPRESSION_DEPTH + 5) + "body('S')" + ')'.repeat(MAX_EXPRESSION_DEPTH + 5);
    expect(references(deep)).toEqual([ref('body', 'S')]);
  });

  it('still finds the references of an expression over the length limit, by a bounded scan', () => {
    // Regression: such a value was opaque, so a secret sent in it went unseen (FG120/FG121).
    const long = "@concat(body('S')?['v'], '" + 'x'.repeat(MAX_EXPRESSION_LENGTH) + "', variables('t'))";
    expect(references(long)).toEqual([ref('body', 'S', ['v']), ref('variables', 't')]);
    const padded = 'x'.repeat(2 * MAX_EXPRESSION_LENGTH) + " @{outputs('O')['body'].id}";
    expect(references(padded)).toEqual([ref('outputs', 'O', ['body', 'id'])]);
  });

  it('handles many references in one long value', () => {
    const value = Array.from({ length: 2000 }, (_, i) => `@{body('A${i}')}`).join(',');
    expect(references(value)).toHaveLength(2000);
  });
});
