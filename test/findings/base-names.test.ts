import { describe, expect, it } from '@jest/globals';
import { BaseCounterparts } from '../../src/findings/base-counterparts.js';
import { classify } from '../../src/findings/classify.js';
import { ConfigSuppressions, refusalWarning } from '../../src/findings/config-suppressions.js';
import type { IgnoreEntry } from '../../src/findings/suppression-types.js';
import type { Finding } from '../../src/findings/types.js';
import type { Flow } from '../../src/model/types.js';
import { flowFile, listSecrets, manualTrigger } from '../helpers/flow-builders.js';
import { modelOf } from '../helpers/rule-tester.js';

/**
 * In a comparison a config `ignore` entry must match a flow the base has as the base names and places it
 * too (SPEC §4): the base's names come from the engine's flow and node matching.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const GUID = '0a1b2c3d-0000-4000-8000-00000000000a';
const SALES = `solutions/Sales/Workflows/Quote-${GUID}.json`;
const SANDBOX = `solutions/Sandbox/Workflows/Quote-${GUID}.json`;

function flow(name: string, file: string, actions: Json = {}): Flow {
  const f: Json = flowFile(actions, manualTrigger('All'));
  f.properties.displayName = name;
  return modelOf(f, file);
}

/** A head finding on `action` of the head flow, as a rule would build it. */
function findingOn(head: Flow, action: string | null, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'FG130',
    rule: 'anonymous-http-trigger',
    severity: 'high',
    status: 'new',
    message: 'm',
    location: { file: head.source.file, entry: null, path: null, line: 1, endLine: 1 },
    flow: { id: head.id, name: head.name, key: head.key },
    action,
    fingerprint: `${action ?? 'flow'}`.padEnd(32, '0'),
    ...over,
  };
}

const entry = (over: Partial<IgnoreEntry>): IgnoreEntry => ({
  rule: 'FG130',
  reason: 'why',
  index: 0,
  ...over,
});
const TODAY = '2026-01-01';

describe('BaseCounterparts', () => {
  it('records the base name, the base file only when the flow moved, and each node by its base name', () => {
    const list = listSecrets('OpenApiConnection');
    const base = flow('Quote', SALES, { List: list });
    const head = flow('Sandbox Quote', SANDBOX, { List_names: list, Added: listSecrets('ApiConnection') });
    const c = new BaseCounterparts();
    c.add(head, base);
    const names = c.of(findingOn(head, 'manual'))!;
    expect({ ...names, nodes: Object.fromEntries(names.nodes) }).toEqual({
      id: GUID,
      name: 'Quote',
      file: SALES,
      // A rename with an unchanged definition is the same action (SPEC §4); `Added` has no base counterpart.
      nodes: { manual: 'manual', List_names: 'List' },
    });
    c.add(flow('Quote', SALES), flow('Quote', SALES));
    expect(c.of(findingOn(flow('Quote', SALES), null))?.file).toBeNull();
  });

  it('a flow the change adds, and a file no flow was read from (FG001), have no base names', () => {
    const c = new BaseCounterparts();
    const added = flow('New', SANDBOX);
    c.add(added, null);
    expect(c.of(findingOn(added, 'manual'))).toBeNull();
    expect(
      c.of(findingOn(added, null, { flow: { id: null, name: 'x.json', key: 'path:x.json' } })),
    ).toBeNull();
  });
});

describe('config ignore entries in a comparison', () => {
  const list = listSecrets('OpenApiConnection');
  const base = flow('Quote', SALES, { List: list });
  const cases: Array<[string, Flow, string, Partial<IgnoreEntry>, boolean]> = [
    [
      'flow renamed into the glob',
      flow('Sandbox Quote', SALES, { List: list }),
      'manual',
      { flow: 'Sandbox*' },
      false,
    ],
    [
      'flow renamed within the glob',
      flow('Quote v2', SALES, { List: list }),
      'manual',
      { flow: 'Quote*' },
      true,
    ],
    ['flow unchanged, matching', flow('Quote', SALES, { List: list }), 'manual', { flow: 'Quo*' }, true],
    ['by GUID: the same flow', flow('Sandbox Quote', SALES, { List: list }), 'manual', { flow: GUID }, true],
    [
      'file moved under the glob',
      flow('Quote', SANDBOX, { List: list }),
      'manual',
      { path: 'solutions/Sandbox/**' },
      false,
    ],
    [
      'file moved, glob matching both',
      flow('Quote', SANDBOX, { List: list }),
      'manual',
      { path: 'solutions/**' },
      true,
    ],
    [
      'action renamed into the glob',
      flow('Quote', SALES, { List_ok: list }),
      'List_ok',
      { rule: 'FG110', action: 'List_ok' },
      false,
    ],
    [
      'action unchanged, matching',
      flow('Quote', SALES, { List: list }),
      'List',
      { rule: 'FG110', action: 'Li*' },
      true,
    ],
    [
      'action the change adds: its own name',
      flow('Quote', SALES, { List: list, New_list: listSecrets('ApiConnection') }),
      'New_list',
      { rule: 'FG110', action: 'New_*' },
      true,
    ],
    [
      'action the change adds, flow renamed into the glob',
      flow('Sandbox Quote', SALES, { List: list, New_list: listSecrets('ApiConnection') }),
      'New_list',
      { rule: 'FG110', flow: 'Sandbox*' },
      false,
    ],
  ];

  it.each(cases)('%s', (_name, head, action, over, applies) => {
    const c = new BaseCounterparts();
    c.add(head, base);
    const e = entry(over);
    const f = findingOn(head, action, { ruleId: e.rule });
    const config = new ConfigSuppressions([e], TODAY);
    // By the head's names alone (a tree scan) every case matches: only the base's names decide.
    expect(config.lookup(f)).toBe(e);
    expect(config.lookup(f, c.of(f)) ?? null).toBe(applies ? e : null);
    expect(config.refusedBy(f, c.of(f)) ?? null).toBe(applies ? null : e);
  });

  it('a flow the change adds is matched by its own names', () => {
    const added = flow('Sandbox Intake', SANDBOX);
    const c = new BaseCounterparts();
    c.add(added, null);
    const e = entry({ flow: 'Sandbox*', path: 'solutions/Sandbox/**' });
    const f = findingOn(added, 'manual');
    expect(new ConfigSuppressions([e], TODAY).lookup(f, c.of(f))).toBe(e);
    expect(new ConfigSuppressions([e], TODAY).refusedBy(f, c.of(f))).toBeUndefined();
  });

  it('the warning names the entry, the finding and what the base calls the flow, file and action', () => {
    const head = flow('Sandbox Quote', SANDBOX, { List_ok: list });
    const c = new BaseCounterparts();
    c.add(head, base);
    const e = entry({ rule: 'FG110', index: 2, flow: 'Sandbox*', action: 'List_ok' });
    const f = findingOn(head, 'List_ok', { ruleId: 'FG110' });
    expect(refusalWarning(e, f, c.of(f)!)).toBe(
      `config ignore[2] (FG110, flow Sandbox*, action List_ok) not applied to FG110 in flow "Sandbox Quote", List_ok (${SANDBOX}): ` +
        `it matches only the names this change gives (the base revision calls the flow "Quote"; the base revision has the flow in ${SALES}; ` +
        'the base revision calls the action "List"). A suppression follows a rename or move once that is in the base branch.',
    );
  });
});

describe('classify in a comparison', () => {
  const base = flow('Quote', SALES);
  const head = flow('Sandbox Quote', SALES);
  const counts = { flows: 1, changedFlows: 1, filesRead: 2 };
  const config = () => new ConfigSuppressions([entry({ flow: 'Sandbox*' })], TODAY);

  it('a refused entry leaves the finding unaccepted and gating, with one warning for it', () => {
    const c = new BaseCounterparts();
    c.add(head, base);
    const f = findingOn(head, 'manual');
    const report = classify([f, { ...f }], [], {
      failOn: 'high',
      ...counts,
      suppressions: { config: config(), counterparts: c },
    });
    expect(report.findings.map((x) => [x.status, x.suppressed])).toEqual([['new', null]]);
    expect(report.summary.gate).toBe('failed');
    expect(report.warnings).toEqual([
      expect.stringMatching(/^config ignore\[0\] \(FG130, flow Sandbox\*\) not applied/),
    ]);
  });

  it('an existing finding not reported (`report: new`) gets no warning; without base names nothing changes', () => {
    const c = new BaseCounterparts();
    c.add(head, base);
    const f = findingOn(head, 'manual');
    const existing = classify([f], [f], {
      failOn: 'high',
      ...counts,
      suppressions: { config: config(), counterparts: c },
    });
    expect(existing.findings).toEqual([]);
    expect(existing.warnings).toBeUndefined();
    const tree = classify([f], null, { failOn: 'high', ...counts, suppressions: { config: config() } });
    expect(tree.findings.map((x) => x.suppressed?.by)).toEqual(['config']);
    expect(tree.warnings).toBeUndefined();
  });
});
