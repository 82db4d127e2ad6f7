import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/findings/types.js';
import { buildFlow } from '../../src/model/build-flow.js';
import { analyseFiles, renderChannels } from '../helpers/engine-channels.js';

/**
 * Flow-controlled names that are also Object.prototype members, used as action, trigger, variable,
 * parameter, connection-reference and header names, through the whole engine (base and head, so change
 * rules run too) and every channel. Each must be analysed as the ordinary name it is — found by every
 * rule that applies — and none may reach, or change, Object.prototype.
 */

const NAMES = ['__proto__', 'constructor', 'hasOwnProperty'] as const;
const GUID = '0a0b0c0d-1111-4222-8333-444455556666';
const FILE = `Workflows/Keys-${GUID}.json`;
const KEYVAULT = '/providers/Microsoft.PowerApps/apis/shared_keyvault';

/** An object whose keys are own data properties even when named `__proto__` (as JSON.parse makes them). */
function obj(entries: Array<[string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true });
  return o;
}

function flow(runtimeSource: 'invoker' | 'embedded'): string {
  const actions: Array<[string, unknown]> = [
    [
      'Get_secret',
      {
        type: 'OpenApiConnection',
        inputs: {
          host: { apiId: KEYVAULT, connectionName: NAMES[0], operationId: 'GetSecret' },
          parameters: { secretName: 'api-key' },
        },
        runtimeConfiguration: { secureData: { properties: ['inputs', 'outputs'] } },
      },
    ],
    [
      'Init',
      {
        type: 'InitializeVariable',
        inputs: {
          variables: NAMES.map((n) => ({ name: n, type: 'string', value: "@body('Get_secret')?['value']" })),
        },
        runAfter: { Get_secret: ['Succeeded'] },
      },
    ],
    ...NAMES.map((n): [string, unknown] => [
      n,
      {
        type: 'Http',
        inputs: {
          method: 'POST',
          uri: 'https://partner.example/hook',
          headers: obj([
            [n, `@variables('${n}')`],
            ['Authorization', 'Bearer Hx7Kq2Lm9Pz4Rt6Vw8Yb3Nc5'],
          ]),
          body: obj([[n, `@variables('${n}')`]]),
        },
        runAfter: { Init: ['Succeeded'] },
      },
    ]),
  ];
  const definition = {
    parameters: obj(NAMES.map((n) => [n, { type: 'SecureString', defaultValue: `Pw-${n}-9f8e7d6c5b4a` }])),
    triggers: obj(NAMES.map((n) => [n, { type: 'Request', kind: 'Http', inputs: { schema: {} } }])),
    actions: obj(actions),
  };
  const connectionReferences = obj(
    NAMES.map((n) => [
      n,
      { api: { name: 'shared_keyvault' }, connection: { connectionReferenceLogicalName: n }, runtimeSource },
    ]),
  );
  return JSON.stringify({ properties: { connectionReferences, definition } }, null, 2);
}

describe('names that are Object.prototype members, through the engine and every channel', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  let report: Report;
  let channels: Record<string, string>;

  beforeAll(async () => {
    expect(flow('embedded')).toContain('"__proto__": {');
    report = await analyseFiles({ [FILE]: flow('embedded') }, { [FILE]: flow('invoker') }, {});
    channels = await renderChannels({ ...report, findings: report.findings });
  });

  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  });

  it('finds each name by every rule that applies to it, as for any other name', () => {
    const got = new Set(report.findings.map((f) => `${f.ruleId} ${f.action ?? '-'} ${f.status}`));
    for (const n of NAMES) {
      // A trigger anyone can call; an action that sends the secret out and holds a literal credential.
      expect(got).toContain(`FG130 ${n} existing`);
      expect(got).toContain(`FG121 ${n} existing`);
      expect(got).toContain(`FG150 ${n} existing`);
    }
    const flowLevel = report.findings.filter((f) => f.action === null).map((f) => [f.ruleId, f.message]);
    for (const n of NAMES) {
      // The secure parameter's literal default, and the connection reference that became embedded.
      expect(flowLevel).toContainEqual(['FG150', expect.stringContaining(`Secure parameter "${n}"`)]);
      expect(flowLevel).toContainEqual(['FG140', expect.stringContaining(`Connection reference "${n}"`)]);
    }
    // The variable named `constructor` carries the secret into the header named `constructor`.
    const fg121 = report.findings.filter((f) => f.ruleId === 'FG121' && f.action === 'constructor');
    expect(fg121.map((f) => f.message).join('\n')).toMatch(/headers\.constructor/);
    expect(report.findings.filter((f) => f.ruleId === 'FG001')).toEqual([]);
  });

  it('keeps the names as data in JSON and renders them in every channel', () => {
    const json = JSON.parse(channels.json) as { findings: Array<{ action: string | null }> };
    expect(new Set(json.findings.map((f) => f.action))).toEqual(new Set([...NAMES, null]));
    for (const [channel, text] of Object.entries(channels)) {
      expect([channel, text.includes('constructor')]).toEqual([channel, true]);
    }
  });

  it('leaves Object.prototype and fresh objects untouched', () => {
    const fresh: Record<string, unknown> = {};
    expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
    expect(fresh.constructor).toBe(Object);
    expect(typeof fresh.hasOwnProperty).toBe('function');
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('a `type` that names an Object.prototype member', () => {
  it('is not a container: regression for CONTAINER_KINDS looked up on a plain object', () => {
    const actions = obj(
      ['__proto__', 'constructor', 'toString', 'Scope'].map((t, i): [string, unknown] => [
        `Outer_${i}`,
        { type: t, actions: { [`Inner_${i}`]: { type: 'Compose', inputs: 'x' } } },
      ]),
    );
    const definition = { triggers: {}, actions };
    const text = JSON.stringify({ properties: { definition } });
    const f = buildFlow({
      source: { file: FILE, entry: null, layout: 'single-file', text },
      containerPath: ['properties'],
      container: { definition },
      meta: {},
      solutionConnectionReferences: [],
      pathKey: FILE,
    });
    expect(f.nodes.map((n) => [n.name, n.containers.map((c) => c.kind)])).toEqual([
      ['Outer_0', []],
      ['Outer_1', []],
      ['Outer_2', []],
      ['Outer_3', []],
      ['Inner_3', ['Scope']],
    ]);
  });
});
