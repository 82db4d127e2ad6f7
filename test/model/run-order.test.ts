import { describe, expect, it } from '@jest/globals';
import { analyseFlow } from '../../src/model/analyse-flow.js';
import { RunOrder } from '../../src/model/run-order.js';
import { flowFile, foreach, getSecret, scope } from '../helpers/flow-builders.js';
import { modelOf } from '../helpers/rule-tester.js';
import { compose, ifElse, initVar, setVar, switchOf, until } from '../rules/secret-fixtures.js';

type Json = Record<string, unknown>;
const after = (...names: string[]): Json => ({
  runAfter: Object.fromEntries(names.map((n) => [n, ['Succeeded']])),
});

function orderOf(actions: Json) {
  const flow = modelOf(flowFile(actions));
  const order = new RunOrder(flow);
  return (w: string, r: string) => order.mayPrecede(flow.byName.get(w)!, flow.byName.get(r)!);
}

describe('run order', () => {
  it('follows runAfter transitively, through containers at the level where the two part', () => {
    const may = orderOf({
      A: compose('a'),
      B: compose('b', after('A')),
      S: scope({ Inner: compose('i') }, after('B')),
      P: compose('p', after('A')),
    });
    expect(may('A', 'Inner')).toBe(true);
    expect(may('Inner', 'A')).toBe(false);
    expect(may('Inner', 'B')).toBe(false);
    expect(may('B', 'P')).toBe(true); // parallel branches: either order
    expect(may('P', 'B')).toBe(true);
    expect(may('A', 'A')).toBe(false); // an action reads its inputs before it writes
    expect(may('Inner', 'S')).toBe(false); // a Scope's inputs are evaluated before its body
  });

  it('keeps If/Switch branches apart, unless a loop encloses both', () => {
    const may = orderOf({
      C: ifElse(true, { Then: compose('t') }, { Else: compose('e') }),
      W: switchOf('@1', { One: { K1: compose('1') }, Two: { K2: compose('2') } }, { D: compose('d') }),
      L: foreach('@createArray(1)', { C2: ifElse(true, { T2: compose('t') }, { E2: compose('e') }) }),
      U: until('@true', { Set: compose('s'), Read: compose('r', after('Set')) }),
    });
    expect(may('Then', 'Else')).toBe(false);
    expect(may('K1', 'K2')).toBe(false);
    expect(may('K1', 'D')).toBe(false);
    expect(may('T2', 'E2')).toBe(true); // the next iteration takes the other branch
    expect(may('Read', 'Set')).toBe(true); // next iteration
    expect(may('Then', 'K1')).toBe(true); // two parallel containers
    expect(may('Set', 'U')).toBe(true); // an Until's condition is checked after its body
    expect(may('T2', 'L')).toBe(false); // a Foreach's list is read before its body
  });

  it('the trigger runs before every action', () => {
    const flow = modelOf(flowFile({ A: compose('a') }));
    const order = new RunOrder(flow);
    const trigger = flow.nodes.find((n) => n.kind === 'trigger')!;
    expect(order.mayPrecede(trigger, flow.byName.get('A')!)).toBe(true);
    expect(order.mayPrecede(flow.byName.get('A')!, trigger)).toBe(false);
  });

  it('terminates on a runAfter cycle and answers a chain of 5,000 actions', () => {
    const cyclic = orderOf({ A: compose('a', after('B')), B: compose('b', after('A')) });
    expect(typeof cyclic('A', 'B')).toBe('boolean');
    const actions: Json = { N0: compose('0') };
    for (let i = 1; i < 5000; i++) actions[`N${i}`] = compose(`${i}`, after(`N${i - 1}`));
    const may = orderOf(actions);
    expect(may('N4999', 'N0')).toBe(false);
    expect(may('N0', 'N4999')).toBe(true);
  });

  it('past its budget (many long chains) answers "may run before", as without run order', () => {
    const actions: Json = { N0: compose('0') };
    for (let i = 1; i < 3000; i++) actions[`N${i}`] = compose(`${i}`, after(`N${i - 1}`));
    const flow = modelOf(flowFile(actions));
    const order = new RunOrder(flow);
    const node = (i: number) => flow.byName.get(`N${i}`)!;
    // Each closure from the end of the chain walks ~3,000 steps: the 200,000-step budget runs out.
    const answers = [];
    for (let i = 2999; i > 2800; i--) answers.push(order.mayPrecede(node(i), node(0)));
    expect(answers[0]).toBe(false);
    expect(answers[answers.length - 1]).toBe(true);
  });

  it('a variable read sees only the writes that may run before it', () => {
    const flow = modelOf(
      flowFile({
        Get_secret: getSecret('OpenApiConnection', 'k', { secureOutputs: true }),
        Init: initVar('v', ''),
        Early: compose("@variables('v')", after('Init')),
        Set: setVar('v', "@body('Get_secret')?['value']", after('Early')),
        Late: compose("@variables('v')", after('Set')),
      }),
    );
    const a = analyseFlow(flow);
    expect(a.secretUses(flow.byName.get('Early')!)).toEqual([]);
    expect(a.secretUses(flow.byName.get('Late')!)[0]).toMatchObject({ hops: 1, via: ['Get_secret', 'Set'] });
    // origins() answers with the same order: at Early, the variable holds only what Init wrote.
    expect([...a.origins("@variables('v')", flow.byName.get('Early')!)]).toEqual([]);
    expect([...a.origins("@variables('v')", flow.byName.get('Late')!)]).toEqual(['Get_secret']);
  });

  it('more than 64 writes of one variable: every read sees all of them (bounded cost)', () => {
    const actions: Json = { Get_secret: getSecret('OpenApiConnection', 'k', { secureOutputs: true }) };
    actions.Read = compose("@variables('v')");
    for (let i = 0; i < 70; i++) {
      actions[`W${i}`] = setVar('v', i === 69 ? "@body('Get_secret')" : 'x', after('Read'));
    }
    const flow = modelOf(flowFile(actions));
    expect(analyseFlow(flow).secretUses(flow.byName.get('Read')!)).toHaveLength(1);
  });
});
