import type { FlowAnalysis } from './flow-analysis.js';
import type { Flow, FlowNode } from './types.js';

/** Why a secret source reads secrets in bulk (SPEC §3 FG111). */
export type BulkSecretRead =
  { reason: 'loop'; loop: string } | { reason: 'enumeration'; enumeration: string };

/**
 * FG111's condition, shared with FG112 (which fires only where this returns null): a secret source inside
 * a Foreach/Until, or one whose secret name derives from an enumeration source's outputs.
 */
export function bulkSecretRead(flow: Flow, analysis: FlowAnalysis, node: FlowNode): BulkSecretRead | null {
  const source = node.secretSource;
  if (!source) return null;
  // The enumeration reason first: a loop over a vault listing is explained best by the listing.
  if (source.literalName === null && source.secretName !== undefined) {
    for (const name of analysis.origins(source.secretName, node)) {
      if (flow.byName.get(name)?.enumerationSource) return { reason: 'enumeration', enumeration: name };
    }
  }
  const loop = node.loops[node.loops.length - 1];
  if (loop !== undefined) return { reason: 'loop', loop };
  return null;
}

/** A secret source whose secret name is an expression (SPEC §2 "literal"), and the trigger it derives from. */
export interface DynamicSecretName {
  /** The trigger whose data picks the secret (the caller chooses), or null. */
  trigger: string | null;
}

/** FG112's condition (without FG111's exclusion): the secret name is an expression, not a literal. */
export function dynamicSecretName(
  flow: Flow,
  analysis: FlowAnalysis,
  node: FlowNode,
): DynamicSecretName | null {
  const source = node.secretSource;
  if (!source || source.literalName !== null || typeof source.secretName !== 'string') return null;
  for (const name of analysis.origins(source.secretName, node)) {
    if (flow.byName.get(name)?.kind === 'trigger') return { trigger: name };
  }
  return { trigger: null };
}
