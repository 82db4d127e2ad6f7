import { entries, own } from '../json/json-path.js';
import type { ContainerKind, Flow, FlowNode } from './types.js';

/**
 * Which actions can run before which (SPEC §2 "Secret flow", run order). An action runs after the siblings
 * its `runAfter` names, transitively; an action inside a container runs when its container does. So a write
 * (of a variable) can reach a read unless
 * - the read's action, or its container at the level where the two first part, runs before the write's
 *   (the write's `runAfter` closure holds it: the value was read before it was written), or
 * - they sit in different branches of one If / Switch (then and else, two cases): a run takes one branch;
 * and neither holds when a loop (Foreach, Until, an agent's tool loop) encloses both: a later iteration reads
 * what an earlier one wrote. Parallel branches (siblings neither of which runs after the other) run
 * concurrently, so either order is possible and the write counts.
 */
const LOOPS: ReadonlySet<ContainerKind> = new Set(['Foreach', 'Until', 'Agent']);

/**
 * Steps all `runAfter` closures of one flow may take together. Real flows need a few thousand; past the
 * budget (a hostile flow of many long chains) every answer is "may run before", as without run order.
 */
const FLOW_BUDGET = 200_000;

export class RunOrder {
  /** Action → the siblings in its `runAfter` closure (computed once per action asked about). */
  private readonly closures = new Map<string, ReadonlySet<string> | null>();
  private spent = 0;

  constructor(private readonly flow: Flow) {}

  /** Whether `writer` can run before `reader` in the same run (an earlier loop iteration included). */
  mayPrecede(writer: FlowNode, reader: FlowNode): boolean {
    if (writer.kind === 'trigger') return true;
    if (reader.kind === 'trigger') return false;
    const w = writer.containers;
    const r = reader.containers;
    let i = 0;
    while (i < w.length && i < r.length && w[i].name === r[i].name) {
      if (LOOPS.has(w[i].kind)) return true; // a later iteration (or another agent tool) sees the write
      if (w[i].branch !== r[i].branch) return false; // then and else, two cases of one Switch
      i++;
    }
    // Where the two first part: a container of each, or the action itself once its containers are all shared.
    const a = i < w.length ? w[i].name : writer.name;
    const b = i < r.length ? r[i].name : reader.name;
    if (a === b) {
      // The same action reads its inputs before it writes (a loop around it returned above). A container
      // evaluates its own inputs before its body runs, except an Until's condition (after each iteration).
      if (writer === reader) return false;
      if (b === reader.name) return w[i].kind === 'Until' || w[i].kind === 'Agent';
      return true; // the writer contains the reader: not a variable writer, keep the edge
    }
    return !this.before(a).has(b);
  }

  /** The `runAfter` closure of a sibling: what has run before it starts. Empty past the flow's budget. */
  private before(name: string): ReadonlySet<string> {
    const known = this.closures.get(name);
    if (known !== undefined) return known ?? EMPTY;
    const seen = new Set<string>();
    const stack = [name];
    let within = true;
    while (stack.length > 0 && within) {
      const node = this.flow.byName.get(stack.pop()!);
      for (const [p] of entries(own(node?.raw, 'runAfter'))) {
        if (++this.spent > FLOW_BUDGET) within = false;
        if (!seen.has(p) && this.flow.byName.has(p)) {
          seen.add(p);
          stack.push(p);
        }
      }
    }
    this.closures.set(name, within ? seen : null);
    return within ? seen : EMPTY;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
