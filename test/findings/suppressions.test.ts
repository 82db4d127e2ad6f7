import { describe, expect, it } from '@jest/globals';
import {
  baselineAccepts,
  buildBaseline,
  parseBaseline,
  renderBaseline,
} from '../../src/findings/baseline-file.js';
import { classify } from '../../src/findings/classify.js';
import { ConfigSuppressions, matches } from '../../src/findings/config-suppressions.js';
import { InlineSuppressions, inlineIgnoresOf } from '../../src/findings/inline-suppressions.js';
import type { IgnoreEntry } from '../../src/findings/suppression-types.js';
import type { Finding } from '../../src/findings/types.js';
import { flowFile, listSecrets } from '../helpers/flow-builders.js';
import { modelOf } from '../helpers/rule-tester.js';

const FLOW_ID = '0a1b2c3d-0000-4000-8000-000000000001';
function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'FG130',
    rule: 'anonymous-http-trigger',
    severity: 'high',
    status: 'new',
    message: 'm',
    location: { file: 'solutions/hr/Workflows/Portal-X.json', entry: null, path: null, line: 3, endLine: 9 },
    flow: { id: FLOW_ID, name: 'Portal intake', key: `guid:${FLOW_ID}` },
    action: 'manual',
    fingerprint: 'a'.repeat(32),
    ...over,
  };
}
const entry = (over: Partial<IgnoreEntry>): IgnoreEntry => ({
  rule: 'FG130',
  reason: 'why',
  index: 0,
  ...over,
});

describe('config ignore entries', () => {
  it.each<[string, Partial<IgnoreEntry>, boolean]>([
    ['rule only', {}, true],
    ['another rule', { rule: 'FG110' }, false],
    ['flow display-name glob', { flow: 'Portal*' }, true],
    ['flow glob that does not match', { flow: 'Sales*' }, false],
    ['flow GUID, any case, braces', { flow: `{${FLOW_ID.toUpperCase()}}` }, true],
    ['another flow GUID', { flow: '0a1b2c3d-0000-4000-8000-000000000002' }, false],
    ['action glob', { action: 'man*' }, true],
    ['action glob that does not match', { action: 'When_*' }, false],
    ['path glob', { path: 'solutions/hr/**' }, true],
    ['path glob elsewhere', { path: 'solutions/sales/**' }, false],
    ['all of them', { flow: 'Portal*', action: 'manual', path: 'solutions/**' }, true],
  ])('%s', (_name, over, expected) => {
    expect(matches(entry(over), finding())).toBe(expected);
  });

  it('an action pattern never matches a flow-level finding', () => {
    expect(matches(entry({ action: '*' }), finding({ action: null }))).toBe(false);
  });

  it('applies before its expiry day, not from it, and warns naming the entry', () => {
    const e = entry({ expires: '2027-03-31', index: 4, flow: 'Portal*' });
    expect(new ConfigSuppressions([e], '2027-03-30').lookup(finding())).toBe(e);
    const onTheDay = new ConfigSuppressions([e], '2027-03-31');
    expect(onTheDay.lookup(finding())).toBeUndefined();
    expect(onTheDay.warnings).toEqual([
      expect.stringMatching(/^config ignore\[4\] \(FG130, flow Portal\*\) expired on 2027-03-31/),
    ]);
    expect(new ConfigSuppressions([e], '2026-01-01').warnings).toEqual([]);
  });
});

describe('inline flowguard-ignore', () => {
  const withNote = (description: string) =>
    flowFile({ List: { ...listSecrets('OpenApiConnection'), description } });

  it.each<[string, string, string[], number]>([
    ['one ignore', 'flowguard-ignore FG110: rotation job lists names only', ['FG110'], 0],
    ['lower case, among other notes', 'Owner: ops\nflowguard-ignore fg110 : needed\nsee wiki', ['FG110'], 0],
    ['two rules', 'flowguard-ignore FG110: a\nflowguard-ignore FG111: b', ['FG110', 'FG111'], 0],
    ['no reason', 'flowguard-ignore FG110:', [], 1],
    ['no colon', 'flowguard-ignore FG110 because', [], 1],
    ['unknown rule', 'flowguard-ignore FG999: x', [], 1],
    ['no rule', 'flowguard-ignore: x', [], 1],
    ['nothing', 'just a note', [], 0],
  ])('%s', (_name, description, rules, problems) => {
    const flow = modelOf(withNote(description));
    const got = inlineIgnoresOf(flow.byName.get('List')!);
    expect(got.ignores.map((i) => i.rule)).toEqual(rules);
    expect(got.problems).toHaveLength(problems);
  });

  const file = 'Workflows/Test-11111111-2222-3333-4444-555555555555.json';
  const onList = finding({
    ruleId: 'FG110',
    action: 'List',
    location: { file, entry: null, path: null, line: 1, endLine: 1 },
  });

  it('without a base revision, applies as written', () => {
    const inline = new InlineSuppressions();
    inline.add(modelOf(withNote('flowguard-ignore FG110: ok')), undefined);
    expect(inline.lookup(onList)?.reason).toBe('ok');
    expect(inline.lookup({ ...onList, ruleId: 'FG111' })).toBeUndefined();
    expect(inline.proposed).toEqual([]);
  });

  it('with a base revision, one the change adds does not apply and is proposed', () => {
    const inline = new InlineSuppressions();
    inline.add(modelOf(withNote('flowguard-ignore FG110: trust me')), modelOf(withNote('')));
    expect(inline.lookup(onList)).toBeUndefined();
    expect(inline.proposed).toEqual([
      { rule: 'FG110', reason: 'trust me', flow: 'Test', action: 'List', file },
    ]);
  });

  it('with a base revision, a flow the change adds has nothing approved', () => {
    const inline = new InlineSuppressions();
    inline.add(modelOf(withNote('flowguard-ignore FG110: new flow')), null);
    expect(inline.lookup(onList)).toBeUndefined();
    expect(inline.proposed).toHaveLength(1);
  });

  it("with a base revision, one the base had applies, with the base's reason", () => {
    const inline = new InlineSuppressions();
    inline.add(
      modelOf(withNote('flowguard-ignore FG110: reworded')),
      modelOf(withNote('flowguard-ignore FG110: reviewed')),
    );
    expect(inline.lookup(onList)?.reason).toBe('reviewed');
    expect(inline.proposed).toEqual([]);
  });

  it('with a base revision, a base ignore for another rule does not carry over', () => {
    const inline = new InlineSuppressions();
    inline.add(
      modelOf(withNote('flowguard-ignore FG110: x')),
      modelOf(withNote('flowguard-ignore FG111: y')),
    );
    expect(inline.lookup(onList)).toBeUndefined();
  });
});

describe('baseline', () => {
  const accepted = finding({ severity: 'medium', ruleId: 'FG112', fingerprint: 'b'.repeat(32) });

  it('round-trips without messages, lines or secrets', () => {
    const withSecret = { ...accepted, message: 'the key abc…(32 chars)' };
    const text = renderBaseline(
      buildBaseline(
        [withSecret, { ...accepted, fingerprint: 'c'.repeat(32), status: 'resolved' }],
        'flowguard 0',
      ),
    );
    expect(text).not.toContain('abc');
    expect(text).not.toMatch(/"line"/);
    const parsed = parseBaseline(text, 'b.json');
    expect([...parsed.keys()]).toEqual(['b'.repeat(32)]);
    expect(parsed.get('b'.repeat(32))).toEqual({
      fingerprint: 'b'.repeat(32),
      rule: 'FG112',
      flow: 'Portal intake',
      action: 'manual',
      file: 'solutions/hr/Workflows/Portal-X.json',
      severity: 'medium',
      count: 1,
    });
  });

  it('never hides what was added since: a second occurrence, or the same finding grown more severe', () => {
    const entries = parseBaseline(renderBaseline(buildBaseline([accepted], 't')), 'b.json');
    const e = entries.get(accepted.fingerprint);
    expect(baselineAccepts(e, accepted, 1)).toBe(true);
    expect(baselineAccepts(e, accepted, 2)).toBe(false);
    expect(baselineAccepts(e, { ...accepted, severity: 'high' }, 1)).toBe(false);
    expect(baselineAccepts(e, { ...accepted, severity: 'low' }, 1)).toBe(true);
    expect(baselineAccepts(undefined, accepted, 1)).toBe(false);
  });

  it.each([
    ['not JSON', '{', /not a valid baseline: invalid JSON: .* \(line 1\)/],
    ['another file', '{"version": 2}', /not a flowguard baseline/],
    [
      'a bad fingerprint',
      '{"schemaVersion":1,"tool":"x","findings":[{"fingerprint":"zz"}]}',
      /findings\[0\] has no valid "fingerprint"/,
    ],
  ])('rejects %s, naming the file', (_name, text, message) => {
    expect(() => parseBaseline(text, 'base.json')).toThrow(message);
    expect(() => parseBaseline(text, 'base.json')).toThrow(/base\.json/);
  });
});

describe('classify with suppressions', () => {
  it('a suppressed finding is reported, counted apart and never fails the gate; inline beats config beats baseline', () => {
    const a = finding({ fingerprint: '1'.repeat(32), ruleId: 'FG130' });
    const b = finding({ fingerprint: '2'.repeat(32), ruleId: 'FG110', action: 'List', severity: 'critical' });
    const baseline = parseBaseline(renderBaseline(buildBaseline([a, b], 't')), 'b.json');
    const config = new ConfigSuppressions([entry({ rule: 'FG130' })], '2026-01-01');
    const report = classify([a, b], null, {
      failOn: 'high',
      flows: 1,
      changedFlows: 1,
      filesRead: 1,
      suppressions: { config, baseline },
    });
    expect(report.findings.map((f) => f.suppressed?.by)).toEqual(['config', 'baseline']);
    expect(report.summary).toEqual(
      expect.objectContaining({ gate: 'passed', maxSeverity: null, suppressed: 2 }),
    );
    expect(report.summary.findings).toEqual({ new: 0, existing: 0, resolved: 0 });
    const plain = classify([a, b], null, { failOn: 'high', flows: 1, changedFlows: 1, filesRead: 1 });
    expect(plain.summary.gate).toBe('failed');
    expect(plain.findings.every((f) => f.suppressed === null)).toBe(true);
  });

  it('with a base, the baseline accepts only what the base has: a finding the change adds stays new and unaccepted', () => {
    const kept = finding({ fingerprint: '4'.repeat(32) });
    const added = finding({ fingerprint: '5'.repeat(32), action: 'Put_back' });
    const baseline = parseBaseline(renderBaseline(buildBaseline([kept, added], 't')), 'b.json');
    const report = classify([kept, added], [kept], {
      failOn: 'high',
      report: 'all',
      flows: 1,
      changedFlows: 1,
      filesRead: 2,
      suppressions: { baseline },
    });
    expect(report.findings.map((f) => [f.status, f.suppressed?.by ?? null])).toEqual([
      ['existing', 'baseline'],
      ['new', null],
    ]);
    expect(report.summary.gate).toBe('failed');
  });

  it('counts occurrences of a fingerprint, so a baseline of one does not hide a second', () => {
    const a = finding({ fingerprint: '3'.repeat(32) });
    const baseline = parseBaseline(renderBaseline(buildBaseline([a], 't')), 'b.json');
    const report = classify([a, { ...a }], null, {
      failOn: 'high',
      flows: 1,
      changedFlows: 1,
      filesRead: 1,
      suppressions: { baseline },
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].suppressed).toBeNull();
    expect(report.findings[0].occurrences).toBe(2);
    expect(report.summary.gate).toBe('failed');
  });
});
