import { describe, expect, it } from '@jest/globals';
import { analyse } from '../../src/engine/analyse.js';
import { buildRevision } from '../../src/engine/revision.js';
import type { FailOn, ReportMode } from '../../src/findings/types.js';
import type { FlowSource } from '../../src/sources/types.js';
import { flowFile, getSecret, http, listSecrets, scope } from '../helpers/flow-builders.js';

type Json = Record<string, unknown>;

function source(
  obj: Json,
  file = 'Workflows/Sync-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json',
  text?: string,
): FlowSource {
  return {
    source: { file, entry: null, layout: 'unpacked-solution', text: text ?? JSON.stringify(obj, null, 2) },
    containerPath: ['properties'],
    container: (obj as { properties: Json }).properties,
    meta: {},
    solutionConnectionReferences: [],
    pathKey: file,
  };
}
const rev = (...flows: FlowSource[]) => buildRevision({ flows, unreadable: [], filesRead: flows.length });
const run = (head: FlowSource[], base: FlowSource[] | null, failOn: FailOn = 'high', report?: ReportMode) =>
  analyse(rev(...head), base ? rev(...base) : null, {
    failOn,
    report,
    rules: { allowedHosts: [], privilegedConnectors: [] },
  });

const secure = flowFile({ Get_secret: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }) });
const insecure = flowFile({ Get_secret: getSecret('OpenApiConnection', 'api-key') });
const attack = flowFile({
  Get_secret: getSecret('OpenApiConnection', 'api-key'),
  List_secrets: listSecrets('OpenApiConnection'),
});

describe('analyse: statuses and the gate (SPEC §4)', () => {
  it('without a base every finding is new and reported', () => {
    const r = run([source(insecure)], null);
    expect(r.compared).toBe(false);
    expect(r.findings.map((f) => [f.ruleId, f.status])).toEqual([['FG103', 'new']]);
    expect(r.summary).toMatchObject({
      flows: 1,
      gate: 'failed',
      failOn: 'high',
      report: 'all',
      maxSeverity: 'high',
    });
  });

  it('FG101 supersedes FG103 on the same action, and the secure-outputs removal fails the gate', () => {
    const r = run([source(attack)], [source(secure)]);
    expect(r.findings.map((f) => `${f.ruleId}:${f.status}:${f.action}`).sort()).toEqual([
      'FG101:new:Get_secret',
      'FG110:new:List_secrets',
    ]);
    expect(r.findings[0]).toMatchObject({ ruleId: 'FG101', severity: 'critical' });
    expect(r.findings[0].baseLocation?.line).toEqual(expect.any(Number));
    expect(r.summary.gate).toBe('failed');
  });

  it('an unchanged problem is existing: hidden and not gated with --report new, shown and gated with --report all', () => {
    const news = run([source(insecure)], [source(insecure)]);
    expect(news.summary.findings).toEqual({ new: 0, existing: 1, resolved: 0 });
    expect(news.findings).toEqual([]);
    expect(news.summary.gate).toBe('passed');
    const all = run([source(insecure)], [source(insecure)], 'high', 'all');
    expect(all.findings.map((f) => f.status)).toEqual(['existing']);
    expect(all.summary.gate).toBe('failed');
  });

  it('a fixed problem is resolved, located in the base file, and never fails the gate', () => {
    const r = run([source(secure)], [source(insecure)]);
    expect(r.findings.map((f) => [f.ruleId, f.status])).toEqual([['FG103', 'resolved']]);
    expect(r.findings[0].location.line).toEqual(expect.any(Number));
    expect(r.summary.gate).toBe('passed');
  });

  it('fingerprints ignore formatting, order, moves into a Scope and the file name', () => {
    const moved = flowFile({
      Wrapper: scope({ Get_secret: getSecret('OpenApiConnection', 'api-key') }),
      Other: http({ uri: 'https://example.com' }),
    });
    const r = run(
      [source(moved, 'Workflows/Renamed-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json', JSON.stringify(moved))],
      [source(insecure)],
    );
    expect(r.summary.findings).toEqual({ new: 0, existing: 1, resolved: 0 });
  });

  it('--fail-on none never fails; --fail-on critical ignores a high', () => {
    expect(run([source(insecure)], null, 'none').summary.gate).toBe('passed');
    expect(run([source(insecure)], null, 'critical').summary.gate).toBe('passed');
    expect(run([source(insecure)], null, 'medium').summary.gate).toBe('failed');
  });

  it('an unreadable file is an FG001 finding that fails the gate', () => {
    const r = analyse(
      buildRevision({
        flows: [],
        unreadable: [{ file: 'Workflows/Broken.json', entry: null, reason: 'JSON syntax error at line 3' }],
        filesRead: 1,
      }),
      null,
      { failOn: 'high', rules: { allowedHosts: [], privilegedConnectors: [] } },
    );
    expect(r.findings).toMatchObject([
      {
        ruleId: 'FG001',
        severity: 'high',
        action: null,
        location: { file: 'Workflows/Broken.json', line: null },
      },
    ]);
    expect(r.summary.gate).toBe('failed');
  });

  it('a definition that is not an object is FG001, not a crash', () => {
    const bad = source({ properties: { definition: 'nope' } });
    const r = run([bad], null);
    expect(r.findings).toMatchObject([{ ruleId: 'FG001' }]);
    expect(r.findings[0].message).toContain('definition');
  });
});

describe('analyse: the secret access map', () => {
  it("lists the head flow's sources with the rules still firing on them: a resolved finding is not one", () => {
    const r = run([source(secure)], [source(insecure)], 'high', 'all');
    expect(r.findings.map((f) => [f.ruleId, f.status])).toEqual([['FG103', 'resolved']]);
    expect(r.secretAccess).toEqual([
      expect.objectContaining({
        entries: [
          { action: 'Get_secret', kind: 'secret source', secureOutputs: true, inLoop: false, rules: [] },
        ],
      }),
    ]);
    // The change removes secure outputs: FG101, which supersedes FG103 there, is the rule listed.
    const unsecured = run([source(insecure)], [source(secure)]);
    expect(unsecured.secretAccess?.[0].entries[0]).toMatchObject({ secureOutputs: false, rules: ['FG101'] });
  });
});
