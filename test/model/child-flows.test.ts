import { describe, expect, it } from '@jest/globals';
import { analyseFlow } from '../../src/model/analyse-flow.js';
import { buildFlow } from '../../src/model/build-flow.js';
import { callKey, keysOf } from '../../src/model/child-flow-calls.js';
import { ChildFlowLedger } from '../../src/model/child-flow-ledger.js';
import { secretChildrenOf } from '../../src/model/child-flows.js';
import type { Flow } from '../../src/model/types.js';
import type { Layout } from '../../src/sources/types.js';
import { flowFile } from '../helpers/flow-builders.js';
import { modelOf } from '../helpers/rule-tester.js';
import {
  CHILD_FILE,
  CHILD_ID,
  childFlow,
  MIDDLE_FILE,
  MIDDLE_ID,
  relayFlow,
  respond,
  runChild,
} from '../rules/child-flow-fixtures.js';

type Json = Record<string, unknown>;

function workflowAt(file: string, layout: Layout, definition: Json, name?: string): Flow {
  return buildFlow({
    source: { file, entry: null, layout, text: '{}' },
    containerPath: [],
    container: { definition },
    meta: name ? { name } : {},
    solutionConnectionReferences: [],
    pathKey: file,
  });
}
const invoke = (id: string): Json => ({
  type: 'Workflow',
  inputs: { host: { workflow: { id } } },
  runAfter: {},
});
const defOf = (actions: Json): Json => ({ triggers: {}, actions });

describe('child-flow calls', () => {
  it('reads the target of Power Automate and Logic Apps calls, and nothing from expressions', () => {
    const caller = modelOf(
      flowFile({
        A: runChild(`{${CHILD_ID.toUpperCase()}}`),
        B: invoke('/subscriptions/x/resourceGroups/rg/providers/Microsoft.Logic/workflows/Child-LA'),
        C: invoke("[resourceId('Microsoft.Logic/workflows', 'arm-child')]"),
        D: invoke("[resourceId('Microsoft.Logic/workflows', parameters('name'))]"),
        E: invoke("@parameters('childId')"),
        F: {
          type: 'Workflow',
          inputs: { host: { workflowReferenceName: "@variables('id')" } },
          runAfter: {},
        },
      }),
    );
    const key = (n: string) => callKey(caller, caller.byName.get(n)!);
    expect(key('A')).toBe(CHILD_ID);
    expect(key('B')).toBe('name:child-la');
    expect(key('C')).toBe('name:arm-child');
    expect([key('D'), key('E'), key('F')]).toEqual([null, null, null]);
  });

  it('a Logic Apps Standard call names a workflow of the same app only', () => {
    const caller = workflowAt(
      'apps/one/Caller/workflow.json',
      'logic-apps-standard',
      defOf({ Go: invoke('Child') }),
      'Caller',
    );
    const child = workflowAt('apps/one/Child/workflow.json', 'logic-apps-standard', defOf({}), 'Child');
    const elsewhere = workflowAt('apps/two/Child/workflow.json', 'logic-apps-standard', defOf({}), 'Child');
    expect(callKey(caller, caller.byName.get('Go')!)).toBe('app:apps/one/child');
    expect(keysOf(child)).toEqual(['app:apps/one/child']);
    expect(keysOf(elsewhere)).toEqual(['app:apps/two/child']);
  });
});

describe('children that return secrets', () => {
  it('follows a chain to a fixed point, and terminates on a cycle of calls', () => {
    const children = secretChildrenOf([
      modelOf(relayFlow(), MIDDLE_FILE),
      modelOf(childFlow(true), CHILD_FILE),
    ]);
    expect([...children.keys()].sort()).toEqual([CHILD_ID, MIDDLE_ID].sort());
    expect(children.get(MIDDLE_ID)).toMatchObject({
      response: 'Respond_to_a_PowerApp_or_flow',
      source: 'Run_a_Child_Flow',
    });

    const a = modelOf(flowFile({ Go: runChild(MIDDLE_ID), R: respond("@body('Go')") }), CHILD_FILE);
    const b = modelOf(flowFile({ Go: runChild(CHILD_ID), R: respond("@body('Go')") }), MIDDLE_FILE);
    expect(secretChildrenOf([a, b]).size).toBe(0);
  });

  it('a child that returns no secret, or has no Response, is not one', () => {
    expect(secretChildrenOf([modelOf(childFlow(false), CHILD_FILE)]).size).toBe(0);
    const noResponse = flowFile({ Go: runChild(MIDDLE_ID) });
    expect(secretChildrenOf([modelOf(noResponse, CHILD_FILE), modelOf(relayFlow(), MIDDLE_FILE)]).size).toBe(
      0,
    );
  });
});

describe('the streamed ledger', () => {
  const caller = () =>
    modelOf(flowFile({ Run_a_Child_Flow: runChild(), Use: respond("@body('Run_a_Child_Flow')") }));
  const note = (ledger: ChildFlowLedger<string>, flow: Flow, item: string) =>
    ledger.note(flow, analyseFlow(flow, { secretChildren: ledger.children }), item);

  it('holds a caller read before its child, and answers it once the child returns a secret', () => {
    const ledger = new ChildFlowLedger<string>();
    const flows = new Map<string, Flow>([['caller', caller()]]);
    expect(note(ledger, flows.get('caller')!, 'caller')).toBe(true);
    expect(note(ledger, modelOf(childFlow(true), CHILD_FILE), 'child')).toBe(false);
    expect(ledger.settle((i) => flows.get(i)!, {})).toEqual(['caller']);
  });

  it('does not hold a caller read after its child: the child is known, or settled', () => {
    for (const returns of [true, false]) {
      const ledger = new ChildFlowLedger<string>();
      expect(note(ledger, modelOf(childFlow(returns), CHILD_FILE), 'child')).toBe(false);
      expect(note(ledger, caller(), 'caller')).toBe(false);
      expect(ledger.children.has(CHILD_ID)).toBe(returns);
      expect(
        ledger.settle(() => {
          throw new Error('nothing to rebuild');
        }, {}),
      ).toEqual([]);
    }
  });

  it('a relay read first becomes a returning child once its own child is read', () => {
    const ledger = new ChildFlowLedger<string>();
    const relay = modelOf(relayFlow(), MIDDLE_FILE);
    const top = modelOf(flowFile({ Run_relay: runChild(MIDDLE_ID) }));
    expect(note(ledger, top, 'top')).toBe(true);
    expect(note(ledger, relay, 'relay')).toBe(true);
    note(ledger, modelOf(childFlow(true), CHILD_FILE), 'child');
    const flows: Record<string, Flow> = { top, relay };
    expect(ledger.settle((i) => flows[i], {}).sort()).toEqual(['relay', 'top']);
    expect(ledger.children.has(MIDDLE_ID)).toBe(true);
  });
});
