import { describe, expect, it } from '@jest/globals';
import { buildFlow, DEFAULT_MAX_EXPRESSION_LENGTH } from '../../src/model/build-flow.js';
import type { FlowSource } from '../../src/sources/types.js';

/**
 * buildFlow looks for over-long expressions only in texts that can hold a long string (a run that long
 * between two unescaped quotes). The cut must never hide one: escaped quotes inside the string do not
 * end it, and a text made of many short strings is still passed.
 */
function source(actions: Record<string, unknown>): FlowSource {
  const definition = { triggers: {}, actions };
  return {
    source: { file: 'f.json', entry: null, layout: 'single-file', text: JSON.stringify({ definition }) },
    containerPath: [],
    container: { definition },
    meta: {},
    solutionConnectionReferences: [],
    pathKey: 'f.json',
  };
}

const half = Math.ceil(DEFAULT_MAX_EXPRESSION_LENGTH / 2) + 10;

describe('the long-string pre-check of maxExpressionLength', () => {
  it('still refuses a long expression whose text is cut by escaped quotes', () => {
    const inputs = `@concat('${'z'.repeat(half)}"${'z'.repeat(half)}"${'z'.repeat(half)}')`;
    expect(() => buildFlow(source({ C: { type: 'Compose', inputs } }))).toThrow(/maxExpressionLength/);
  });

  it('still refuses one cut by a backslash and a quote (an odd run of backslashes in the text)', () => {
    const inputs = `@concat('${'z'.repeat(half)}\\"${'z'.repeat(half)}\\\\"${'z'.repeat(half)}')`;
    const flow = source({ C: { type: 'Compose', inputs } });
    expect(flow.source.text).toContain('\\\\\\"');
    expect(() => buildFlow(flow)).toThrow(/maxExpressionLength/);
  });

  it('passes a large text made of short strings', () => {
    const actions: Record<string, unknown> = {};
    for (let i = 0; i < 3000; i++)
      actions[`C${i}`] = { type: 'Compose', inputs: `@{body('A${i}')} ${'x'.repeat(40)}` };
    const flow = buildFlow(source(actions));
    expect(flow.source.text.length).toBeGreaterThan(DEFAULT_MAX_EXPRESSION_LENGTH);
    expect(flow.nodes).toHaveLength(3000);
  });
});
