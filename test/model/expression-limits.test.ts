import { describe, expect, it } from '@jest/globals';
import { buildFlow, DEFAULT_MAX_EXPRESSION_LENGTH, ModelError } from '../../src/model/build-flow.js';
import { referencesFromScan, type Ref } from '../../src/model/expression/references.js';
import { longestExpression } from '../../src/model/expression/template.js';
import { describeNode } from '../../src/rules/describe-node.js';
import type { FlowSource } from '../../src/sources/types.js';

const ref = (fn: Ref['fn'], name: string | null, accessors: string[] = []): Ref => ({ fn, name, accessors });

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

describe('referencesFromScan (references of values the parser cannot read)', () => {
  it('reads calls, literal names and literal accessors, as the token scan does', () => {
    expect(
      referencesFromScan("@concat(body( 'A' )?['v'][0].w, variables('x'), items(foo()), trigger().outputs"),
    ).toEqual([
      ref('body', 'A', ['v', '0', 'w']),
      ref('variables', 'x'),
      ref('items', null),
      ref('trigger', null, ['outputs']),
    ]);
    expect(referencesFromScan("xbody('A') triggerBody() ITEM()")).toEqual([
      ref('triggerBody', null),
      ref('item', null),
    ]);
  });

  it('stays linear on a megabyte-long word and thousands of unclosed calls (regression: a quadratic regex hung)', () => {
    expect(referencesFromScan(`@{${'z'.repeat(2_000_000)}(body('A')`)).toEqual([ref('body', 'A')]);
    expect(referencesFromScan("body('".repeat(200_000))).toHaveLength(200_000);
  });
});

describe('longestExpression', () => {
  it.each<[string, number]>([
    ['plain text', 0],
    ["@body('A')", 9],
    ['@@not one', 0],
    ["a @{x()} b @{concat('}', y())} c", 16],
    ['a @@{x} b', 0],
    ['open @{never closed', 12],
  ])('%j → %i', (value, length) => {
    expect(longestExpression(value)).toBe(length);
  });
});

describe('maxExpressionLength', () => {
  const long = (n: number) => source({ C: { type: 'Compose', inputs: `@concat('${'z'.repeat(n)}')` } });

  it('refuses a definition holding a longer expression, naming the limit', () => {
    expect(() => buildFlow(long(DEFAULT_MAX_EXPRESSION_LENGTH))).toThrow(
      new ModelError(
        `an expression of ${DEFAULT_MAX_EXPRESSION_LENGTH + 10} characters, over the maxExpressionLength limit of ${DEFAULT_MAX_EXPRESSION_LENGTH} (the platform accepts 8,192)`,
      ),
    );
    expect(() => buildFlow(long(100), { maxExpressionLength: 50 })).toThrow(
      /over the maxExpressionLength limit of 50 /,
    );
    expect(
      buildFlow(long(DEFAULT_MAX_EXPRESSION_LENGTH), { maxExpressionLength: 1_000_000 }).nodes,
    ).toHaveLength(1);
  });

  it('accepts long text around short expressions', () => {
    const padded = source({ C: { type: 'Compose', inputs: `${'x'.repeat(500_000)} @{body('A')}` } });
    expect(buildFlow(padded).nodes).toHaveLength(1);
  });
});

describe('operation names in messages', () => {
  it('leave out the query of an ApiConnection path (regression: FG150 re-published a sig= key)', () => {
    const flow = buildFlow(
      source({
        Blob: {
          type: 'ApiConnection',
          inputs: {
            host: { connection: { name: "@parameters('$connections')['azureblob']['connectionId']" } },
            method: 'get',
            path: "/files/@{encodeURIComponent(body('X')?['id'])}/content?sv=2022&sig=Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2",
          },
        },
      }),
    );
    expect(describeNode(flow.nodes[0])).toBe(
      `"Blob" (azureblob GET /files/@{encodeURIComponent(body('X')?['id'])}/content)`,
    );
  });
});
