import { dataFlowOf } from './data-flow.js';
import type { SecretUse } from './flow-analysis.js';
import type { Flow, FlowNode } from './types.js';

/** References that read another node's outputs directly (not through a variable or a loop item). */
const DIRECT_READS = new Set([
  'body',
  'outputs',
  'actions',
  'result',
  'triggerBody',
  'triggerOutputs',
  'trigger',
]);

/**
 * Whether run history hides all of a node's inputs (SPEC §2): the node has secure inputs, or it directly
 * references the outputs of a trigger/action with secure outputs — the engine then hides the inputs of
 * the referencing action automatically ("Secure data in run history", Azure Logic Apps docs).
 */
export function inputsHidden(flow: Flow, node: FlowNode): boolean {
  if (node.secure.inputs) return true;
  const df = dataFlowOf(flow);
  for (const site of df.refSites(node)) {
    if (!DIRECT_READS.has(site.ref.fn)) continue;
    for (const v of df.resolve(node, site.ref, site.path)) {
      if (flow.byName.get(v.slice(2))?.secure.outputs) return true;
    }
  }
  return false;
}

/**
 * Whether run history shows a secret use (SPEC §2, FG120): data that has travelled at least one hop,
 * outside credential slots, in a node whose inputs are not hidden. Direct reads (0 hops) are left to
 * the source's own protection (FG101/FG103). A condition's expression is not listed in run history — If
 * and Until show only the result — so those paths are not exposures.
 */
export function shownInRunHistory(flow: Flow, use: SecretUse): boolean {
  if (use.slot !== 'data' || use.hops < 1) return false;
  const type = use.node.type.toLowerCase();
  if ((type === 'if' || type === 'until') && use.path[0] === 'expression') return false;
  return !inputsHidden(flow, use.node);
}
