import { analyseFlow, type AnalysisOptions } from './analyse-flow.js';
import type { FlowAnalysis } from './flow-analysis.js';
import { callKeys, keysOf, type ReturnedSecret, type SecretChildren } from './child-flow-calls.js';
import type { Flow } from './types.js';

/**
 * Child flows that return secrets (SPEC §2 "Child flows"). A flow whose Response ("Respond to a PowerApp or
 * flow", the HTTP Response) carries secret-derived data hands the secret to its caller: in the calling flow,
 * the outputs of the `Workflow` action ("Run a Child Flow", Logic Apps "Invoke a workflow") that calls it are
 * secret material, like a secret source's. Only children among the flows read are known; a call whose target
 * is an expression or an ARM parameter is not followed.
 */

export function hasResponse(flow: Flow): boolean {
  return flow.nodes.some((n) => n.type.toLowerCase() === 'response');
}

/** The first Response whose inputs carry secret-derived data, with its source, or null. */
export function returnedSecret(flow: Flow, analysis: FlowAnalysis): ReturnedSecret | null {
  for (const node of flow.nodes) {
    if (node.type.toLowerCase() !== 'response') continue;
    const use = analysis.secretUses(node).find((u) => u.slot === 'data' && u.path[0] === 'inputs');
    if (use) return { flow: flow.name, response: node.name, source: use.source };
  }
  return null;
}

/** A flow that returns what its children return, once one of them does: analysed again when that is known. */
export interface Relay {
  targets: readonly string[];
  flow(): Flow;
}

/**
 * Adds to `known` every relay that returns a secret once its children's are known, to a fixed point (a child
 * returning what its own child returned). A relay is analysed again only when one of its targets becomes
 * known, so each is analysed at most once per target.
 */
export function closeOver(
  relays: readonly Relay[],
  known: Map<string, ReturnedSecret>,
  options: AnalysisOptions,
): void {
  const byTarget = new Map<string, Relay[]>();
  for (const r of relays) {
    for (const t of new Set(r.targets)) {
      const list = byTarget.get(t);
      if (list) list.push(r);
      else byTarget.set(t, [r]);
    }
  }
  const done = new Set<Relay>();
  const queue = [...known.keys()];
  while (queue.length > 0) {
    for (const r of byTarget.get(queue.pop()!) ?? []) {
      if (done.has(r)) continue;
      const flow = r.flow();
      const returned = returnedSecret(flow, analyseFlow(flow, { ...options, secretChildren: known }));
      if (!returned) continue;
      done.add(r);
      for (const k of keysOf(flow)) {
        if (known.has(k)) continue;
        known.set(k, returned);
        queue.push(k);
      }
    }
  }
}

/**
 * The flows of one revision that return secrets to their callers, by call key. Only flows with a Response
 * are analysed here: those with a secret source once, those that call other flows again when a callee turns
 * out to return a secret.
 */
export function secretChildrenOf(flows: readonly Flow[], options: AnalysisOptions = {}): SecretChildren {
  const known = new Map<string, ReturnedSecret>();
  const relays: Relay[] = [];
  for (const flow of flows) {
    if (!hasResponse(flow)) continue;
    const returned = flow.nodes.some((n) => n.secretSource)
      ? returnedSecret(flow, analyseFlow(flow, options))
      : null;
    if (returned) {
      for (const k of keysOf(flow)) if (!known.has(k)) known.set(k, returned);
      continue;
    }
    const targets = callKeys(flow);
    if (targets.length > 0) relays.push({ targets, flow: () => flow });
  }
  closeOver(relays, known, options);
  return known;
}
